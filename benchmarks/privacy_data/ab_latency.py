"""Side-by-side scan latency of two checkouts on the same texts, interleaved.

    python benchmarks/privacy_data/ab_latency.py /path/to/main /path/to/branch [--rounds 5]

Each checkout runs in its own worker process (same interpreter, one thread); rounds
alternate A, B, A, B so load on a shared machine hits both alike. Prints the median over
texts of the per-text median time per 100 characters, full mode with the locale hint, on
benchmarks/privacy_data/structured_dev.jsonl (or --data).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "structured_dev.jsonl"
WORKER = r"""
import sys, json, time
sys.path.insert(0, sys.argv[1])
from hybridsdk.routing._detectors import PiiScanner
items = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
s = PiiScanner()
for it in items[:20]:
    s.scan(it["text"], locale=it["locale"])
for line in sys.stdin:
    out = []
    for it in items:
        t0 = time.perf_counter()
        s.scan(it["text"], locale=it["locale"])
        out.append((time.perf_counter() - t0) * 1000 * 100 / max(len(it["text"]), 1))
    print(json.dumps(out), flush=True)
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--data", default=str(DATA), help="JSONL with text and locale per line")
    args = ap.parse_args()
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, root, args.data],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for root in (args.a, args.b)
    ]
    times: list[list[list[float]]] = [[], []]
    for _ in range(args.rounds):
        for i, p in enumerate(procs):
            assert p.stdin is not None and p.stdout is not None
            p.stdin.write("go\n")
            p.stdin.flush()
            times[i].append(json.loads(p.stdout.readline()))
    for p in procs:
        assert p.stdin is not None
        p.stdin.close()
        p.wait()
    meds = []
    for name, runs in zip((args.a, args.b), times, strict=True):
        per_text = [statistics.median(col) for col in zip(*runs, strict=True)]
        meds.append(statistics.median(per_text))
        q = statistics.quantiles(per_text, n=20)
        print(f"{name}: p50 {meds[-1]:.3f} ms / 100 chars, p95 {q[18]:.3f}")
    print(f"ratio b/a: {meds[1] / meds[0]:.2f}")


if __name__ == "__main__":
    main()
