"""A camera frame loop on hybridsdk (Raspberry Pi / Jetson): frames are batched and read
by a trained digits CNN on the device; when the board runs hot or low on battery, the
router sends batches to the gateway instead, and uploads that may wait go to the outbox.

The "camera" here replays 540 held-out digit images (frames.npz: 8x8, sensor noise
added) so the loop runs anywhere; swap `frames()` for your capture code
(OpenCV, picamera2) producing 8x8 grey crops scaled 0..16.

Run: python examples/camera/camera.py [--cloud URL] [--board cool|hot|low-battery|real]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

import hybridsdk

MODEL = "cnn-digits-fp32"
# 540 held-out 8x8 digits (sklearn's digits test split, CC BY 4.0): the stand-in camera.
FRAMES = Path(__file__).resolve().parent / "frames.npz"


@dataclasses.dataclass(frozen=True)
class BoardState:
    """What the router reads from the board (the fields of hybridsdk's device state)."""

    temperature_c: float | None = None
    throttled: bool | None = None
    battery_percent: float | None = None
    on_battery: bool | None = None
    memory_pressure: float | None = None
    memory_available_fraction: float | None = None


# Fixed board states, to see the route change without heating a real board.
BOARDS = {
    "cool": BoardState(temperature_c=52.0, throttled=False, battery_percent=90, on_battery=False),
    "hot": BoardState(temperature_c=84.0, throttled=True, battery_percent=90, on_battery=False),
    "low-battery": BoardState(temperature_c=55.0, battery_percent=12.0, on_battery=True),
}


def frames(count: int, noise: float, seed: int) -> Iterator[tuple[np.ndarray, int]]:
    """(frame [1, 8, 8] float32 0..16, true digit) pairs from the shipped test digits."""
    with np.load(FRAMES) as data:
        pixels = data["pixels"].astype(np.float32)
        labels = data["labels"].astype(np.int64)
    rng = np.random.default_rng(seed)
    for i in range(count):
        j = i % len(pixels)
        frame = pixels[j] + rng.normal(0.0, noise, pixels[j].shape)
        yield np.clip(frame, 0.0, 16.0).astype(np.float32).reshape(1, 8, 8), int(labels[j])


def make_client(args: argparse.Namespace) -> hybridsdk.Client:
    task = hybridsdk.Task(
        "frames",
        local_model=MODEL,
        # The gateway serves the same CNN: when the board is hot, the work moves there.
        cloud_model=MODEL if args.cloud else None,
        confidence_threshold=args.threshold,
    )
    board = BOARDS.get(args.board)
    device: Any = True if board is None else (lambda: board)  # "real": read the board
    endpoint = (
        hybridsdk.CloudEndpoint(url=args.cloud, key_pin_sha256=args.key_pin or ())
        if args.cloud
        else None
    )
    return hybridsdk.Client(
        tasks=[task], cloud=endpoint, outbox=args.outbox, device=device, offline_after=2
    )


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Process `args.frames` frames in batches; returns the run's figures."""
    routes: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    correct = seen = 0
    started = time.perf_counter()
    with make_client(args) as client:
        batch: list[np.ndarray] = []
        truth: list[int] = []
        for frame, label in frames(args.frames, args.noise, args.seed):
            batch.append(frame)
            truth.append(label)
            if len(batch) < args.batch:
                continue
            result = client.infer(
                inputs={"image": np.stack(batch)},
                deferrable=args.defer,  # an upload that may wait for the gateway
                deadline_ms=2000,
            )
            routes[result.route.value] += 1
            reasons.update(r.code for r in result.reasons)
            if result.outputs:
                predicted = result.outputs["probabilities"].argmax(axis=1)
                correct += int(np.sum(predicted == np.asarray(truth)))
                seen += len(truth)
            batch, truth = [], []
        health = client.health()
    elapsed = time.perf_counter() - started
    return {
        "board": args.board,
        "batches": sum(routes.values()),
        "batch_size": args.batch,
        "routes": dict(routes),
        "reasons": dict(reasons),
        "accuracy": None if seen == 0 else round(correct / seen, 4),
        "frames_per_s": round(args.frames / elapsed, 1),
        "security_ok": health["security"]["ok"],
        "outbox": None if health["outbox"] is None else health["outbox"]["counts"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cloud", help="gateway URL to offload to (default: device only)")
    parser.add_argument("--key-pin", help="the gateway key's SHA-256 fingerprint to pin")
    parser.add_argument("--outbox", help="outbox file for deferrable uploads")
    parser.add_argument("--defer", action="store_true", help="batches may wait for the cloud")
    parser.add_argument(
        "--board", choices=[*BOARDS, "real"], default="real", help="board state the router sees"
    )
    parser.add_argument("--frames", type=int, default=256, help="frames to process")
    parser.add_argument("--batch", type=int, default=8, help="frames per inference call")
    parser.add_argument("--noise", type=float, default=1.0, help="sensor noise (pixel units)")
    parser.add_argument("--threshold", type=float, default=0.6, help="cascade threshold")
    parser.add_argument("--seed", type=int, default=0, help="noise seed")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    print(json.dumps(run(args)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
