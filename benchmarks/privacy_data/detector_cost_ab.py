"""Cost of each detector of the smallest scanner in two source trees, side by side.

    python benchmarks/privacy_data/detector_cost_ab.py --a /work/main --b . --runs 4

The same texts as `scanner_latency_ab.py` (tune split seeds 2001-2002 and the phone dev
set, or --data FILE). Each run is one fresh process per tree (A B, then B A ...), one
thread; in it every detector runs over all texts three times and the fastest pass counts
(the minimum is what a loaded machine perturbs least), then the whole scan likewise.
Prints the median over runs per detector for the id detectors, their sum and the scan,
with B/A. A detector timed alone rebuilds the shared cue index for each text (in a scan
it is built once per text), so the per-detector times are upper bounds; the scan line is
the honest total.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from scanner_latency_ab import _texts  # noqa: E402

_IDS = (
    "NationalIdDetector",
    "IntlNationalIdDetector",
    "WorldNationalIdDetector",
    "TravelDocumentDetector",
)
_WORKER = r"""
import json, sys, time
from hybridsdk.routing._detectors import PiiScanner
texts = [t for t, _ in json.load(open(sys.argv[1]))]
scanner = PiiScanner(ner=False, use_phonenumbers=False)
for t in texts[:100]:
    scanner.scan(t)
out = {}
for _ in range(3):
    for d in scanner.detectors:
        name = type(d).__name__
        t0 = time.perf_counter()
        for t in texts:
            list(d(t))
        out[name] = min(out.get(name, 1e9), time.perf_counter() - t0)
    t0 = time.perf_counter()
    for t in texts:
        scanner.scan(t)
    out["scan"] = min(out.get("scan", 1e9), time.perf_counter() - t0)
print(json.dumps(out))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", type=Path, required=True)
    parser.add_argument("--b", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--texts", type=Path, default=Path("/tmp/scanner_latency_texts.json"))
    args = parser.parse_args(argv)
    _texts(args.texts, args.data)
    runs: dict[str, list[dict[str, float]]] = {"a": [], "b": []}
    for r in range(args.runs):
        for side in ("a", "b") if r % 2 == 0 else ("b", "a"):
            tree = getattr(args, side).resolve()
            env = {**os.environ, "PYTHONPATH": str(tree), "OMP_NUM_THREADS": "1"}
            proc = subprocess.run(
                [sys.executable, "-c", _WORKER, str(args.texts)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
                cwd="/",
            )
            result = json.loads(proc.stdout.strip().splitlines()[-1])
            result["id detectors"] = sum(result.get(n, 0.0) for n in _IDS)
            runs[side].append(result)
    for key in (*_IDS, "id detectors", "scan"):
        a = statistics.median(x.get(key, 0.0) for x in runs["a"])
        b = statistics.median(x.get(key, 0.0) for x in runs["b"])
        print(f"{key:26s} A {a * 1000:8.1f} ms  B {b * 1000:8.1f} ms  B/A {b / max(a, 1e-9):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
