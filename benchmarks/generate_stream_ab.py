"""Old vs new `client.generate(..., stream=True)` on the device, side by side.

What a stream now keeps for a caller that cancels (`_generate.Progress`) is updated on
every piece; this measures what that costs: each side runs in its own fresh process with
its own copy of hybridsdk on PYTHONPATH, alternating old/new so both see the same load.
Per side: the median wall and process-CPU time of a whole streamed generation (greedy, a fixed token
count), and on the new side the time of the first `stream.result` after `cancel()` (the
partial result, counted with the already-loaded tokenizer).

    python -m benchmarks.generate_stream_ab --old-src /path/to/main/checkout [--pairs 5]
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
PROMPT = [{"role": "user", "content": "Count from one to fifty, one number per line."}]


def measure(tokens: int, rounds: int) -> dict[str, Any]:
    """One side, in this process."""
    import time

    from hybridsdk import Client
    from hybridsdk.generate import LocalGenerator

    gen = LocalGenerator.from_pinned(threads=1)
    walls: list[float] = []
    cpus: list[float] = []
    partial: list[float] = []
    with Client(llm=gen, device=False) as client:
        list(client.generate(messages=PROMPT, max_tokens=tokens, stream=True))  # warm up
        for _ in range(rounds):
            t, c = time.perf_counter(), time.process_time()
            stream = client.generate(messages=PROMPT, max_tokens=tokens, stream=True)
            pieces = list(stream)
            walls.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
            assert pieces and stream.result.completion_tokens == tokens
            stream = client.generate(messages=PROMPT, max_tokens=tokens, stream=True)
            for _ in range(4):
                next(stream)
            stream.cancel()
            t = time.perf_counter()
            try:
                _ = stream.result
            except Exception:  # the old code: no result after a cancel
                continue
            partial.append(time.perf_counter() - t)
    return {
        "wall_s": statistics.median(walls),
        "cpu_s": statistics.median(cpus),
        "partial_result_ms": statistics.median(partial) * 1000 if partial else None,
    }


def _side(src: Path, tokens: int, rounds: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{HERE.parent.parent}"}
    env.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    code = (
        "import json, sys; from benchmarks.generate_stream_ab import measure; "
        f"print(json.dumps(measure({tokens}, {rounds})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old-src", type=Path, required=True, help="a checkout of the old code")
    parser.add_argument("--new-src", type=Path, default=HERE.parent.parent)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=24)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    old: list[dict[str, Any]] = []
    new: list[dict[str, Any]] = []
    for _ in range(args.pairs):
        old.append(_side(args.old_src, args.tokens, args.rounds))
        new.append(_side(args.new_src, args.tokens, args.rounds))
    old_wall = statistics.median(r["wall_s"] for r in old)
    new_wall = statistics.median(r["wall_s"] for r in new)
    old_cpu = statistics.median(r["cpu_s"] for r in old)
    new_cpu = statistics.median(r["cpu_s"] for r in new)
    partial = [r["partial_result_ms"] for r in new if r["partial_result_ms"] is not None]
    print(f"streamed {args.tokens} tokens, median of {args.pairs} interleaved pairs:")
    print(
        f"  wall: old {old_wall * 1e3:.1f} ms, new {new_wall * 1e3:.1f} ms, new/old {new_wall / old_wall:.3f}"
    )
    print(
        f"  CPU:  old {old_cpu * 1e3:.1f} ms, new {new_cpu * 1e3:.1f} ms, new/old {new_cpu / old_cpu:.3f}"
    )
    pairs = [
        (round(o["cpu_s"] * 1e3), round(n["cpu_s"] * 1e3)) for o, n in zip(old, new, strict=True)
    ]
    print("  CPU ms per pair (old, new):", pairs)
    if partial:
        print(f"  new: stream.result after cancel(): median {statistics.median(partial):.2f} ms")
    print(f"  load average: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
