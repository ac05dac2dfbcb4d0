"""Old vs new local decoder, side by side: separate processes, interleaved, same prompt.

Each side runs in its own fresh process (as a user's would: one model per process, its
own huge pages) with its own copy of hybridsdk on PYTHONPATH, alternating old/new so both
see the same machine load. Reports medians of wall tok/s, tokens per CPU-second (process
CPU time, less sensitive to load), time to first token and RSS added by loading, plus the
new/old ratios and the load average.

    python -m benchmarks.generate_ab --old-src /path/to/main/checkout \\
        --old-folder ~/.cache/hybridsdk/genai/smollm2-135m-instruct-q4_1/onnx-v3 [--pairs 4]

``--old-folder`` is the model folder the old code built (its format); the new side builds
or reuses its own. ``--new-src`` defaults to this checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
PROMPT = [{"role": "user", "content": "Write a short story about a lighthouse keeper and a storm."}]


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def measure(folder: Path, prompt: list[int], tokens: int, rounds: int) -> dict[str, float]:
    """One side, in this process: load the folder's decoder, time prefill and decode."""
    import time

    import numpy as np

    from hybridsdk.generate._decoder import OnnxDecoder

    cfg = json.loads((folder / "hybridsdk_genai.json").read_text("utf-8"))["config"]
    rss0 = _rss_mb()
    t = time.perf_counter()
    dec = OnnxDecoder(
        folder / "model.onnx",
        n_layers=cfg["n_layers"],
        n_kv_heads=cfg["n_kv_heads"],
        head_dim=cfg["hidden"] // cfg["n_heads"],
        context_length=cfg["context_length"],
        threads=1,
    )
    load_s = time.perf_counter() - t
    pages = getattr(dec, "huge_pages", None)
    if pages is not None:
        pages.wait()  # the background collapse, so every round sees the same memory
    steps: list[float] = []
    cpu: list[float] = []
    ttft: list[float] = []
    for r in range(rounds + 1):  # round 0 warms up
        dec.reset(len(prompt) + tokens)
        t = time.perf_counter()
        tok = int(np.argmax(dec.forward(prompt)[-1]))
        first = time.perf_counter() - t
        c = time.process_time()
        for _ in range(tokens):
            t = time.perf_counter()
            tok = int(np.argmax(dec.forward([tok])[-1]))
            if r:
                steps.append(time.perf_counter() - t)
        if r:
            ttft.append(first)
            cpu.append((time.process_time() - c) / tokens)
    return {
        "decode_tok_s": 1.0 / statistics.median(steps),
        "decode_tok_per_cpu_s": 1.0 / statistics.median(cpu),
        "ttft_ms": 1e3 * statistics.median(ttft),
        "load_s": load_s,
        "rss_mb_loaded": _rss_mb() - rss0,
    }


def _side(src: Path, folder: Path, prompt: list[int], tokens: int, rounds: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(src), "OMP_NUM_THREADS": "1"}
    cmd = [sys.executable, str(HERE), "--measure", str(folder), json.dumps(prompt)]
    cmd += ["--tokens", str(tokens), "--rounds", str(rounds)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old-src", type=Path, help="checkout holding the old hybridsdk")
    parser.add_argument("--old-folder", type=Path, help="model folder built by the old code")
    parser.add_argument("--new-src", type=Path, default=HERE.parent.parent)
    parser.add_argument("--new-folder", type=Path, default=None)
    parser.add_argument("--pairs", type=int, default=4, help="old/new process pairs")
    parser.add_argument("--tokens", type=int, default=128, help="decode steps per round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per process")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("prompt", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure is not None:
        figures = measure(args.measure, json.loads(args.prompt), args.tokens, args.rounds)
        print(json.dumps(figures))
        return
    if args.old_src is None or args.old_folder is None:
        parser.error("--old-src and --old-folder are required")

    from hybridsdk.generate import LocalGenerator
    from hybridsdk.generate._build import build_model

    built = build_model()
    new_folder = args.new_folder or built
    prompt = LocalGenerator(built).prompt_tokens(PROMPT)
    runs: dict[str, list[dict[str, Any]]] = {"old": [], "new": []}
    loads = []
    for _ in range(args.pairs):
        for name, src, folder in (
            ("old", args.old_src, args.old_folder),
            ("new", args.new_src, new_folder),
        ):
            runs[name].append(_side(src, folder, prompt, args.tokens, args.rounds))
            loads.append(os.getloadavg()[0])
    summary: dict[str, Any] = {
        "prompt_tokens": len(prompt),
        "decode_steps_per_round": args.tokens,
        "pairs": args.pairs,
        "load_average_1m_median": statistics.median(loads),
        "cpus": os.cpu_count(),
    }
    for name, rows in runs.items():
        summary[name] = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
    summary["ratio_new_over_old"] = {
        k: summary["new"][k] / summary["old"][k] for k in summary["new"] if summary["old"][k]
    }
    if args.json:
        print(json.dumps(summary, indent=1))
        return
    for name in ("old", "new"):
        s = summary[name]
        print(
            f"{name}: decode {s['decode_tok_s']:.1f} tok/s ({s['decode_tok_per_cpu_s']:.1f} per "
            f"CPU-s), TTFT {s['ttft_ms']:.0f} ms, load {s['load_s']:.2f} s, "
            f"RSS +{s['rss_mb_loaded']:.0f} MB"
        )
    r = summary["ratio_new_over_old"]
    print(
        f"new/old: decode {r['decode_tok_s']:.3f}, per CPU-s {r['decode_tok_per_cpu_s']:.3f}, "
        f"TTFT {r['ttft_ms']:.3f}; load average {summary['load_average_1m_median']:.1f} "
        f"on {summary['cpus']} CPUs"
    )


if __name__ == "__main__":
    main()
