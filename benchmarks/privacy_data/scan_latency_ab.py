"""Scanner latency, this checkout against another one, interleaved in one run.

    python benchmarks/privacy_data/scan_latency_ab.py --ref /work/main --texts FILE.jsonl

Runs `PiiScanner()` (full mode, or `--regex-only`; locale hint) of each checkout in its own child process, in
alternating rounds (A B A B ...), one thread each, and prints the median over rounds of
each round's p50 scan time per 100 characters, and the ratio. FILE.jsonl is any labelled
file with a "text" field (the tune split of pii_textgen.py, or cues_dev.jsonl).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

_CHILD = r"""
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from hybridsdk.routing._detectors import PiiScanner
data = [json.loads(x) for x in open(sys.argv[2], encoding="utf-8") if x.strip()]
scanner = PiiScanner(ner=None if sys.argv[3] == "full" else False)
for item in data[:50]:
    scanner.scan(item["text"], locale=item.get("locale"))
per = []
for item in data:
    t0 = time.perf_counter()
    scanner.scan(item["text"], locale=item.get("locale"))
    per.append((time.perf_counter() - t0) * 1000 * 100 / max(1, len(item["text"])))
import hybridsdk
print(json.dumps({"p50": statistics.median(per), "where": hybridsdk.__file__}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", required=True, help="the other checkout (its root folder)")
    parser.add_argument("--texts", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--regex-only", action="store_true", help="PiiScanner(ner=False)")
    args = parser.parse_args(argv)
    here = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONSAFEPATH": "1"}
    results: dict[str, list[float]] = {"this": [], "ref": []}
    for _ in range(args.rounds):
        for name, root in (("this", here), ("ref", str(Path(args.ref).resolve()))):
            out = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    _CHILD,
                    root,
                    args.texts,
                    "regex" if args.regex_only else "full",
                ],
                capture_output=True,
                text=True,
                check=True,
                env=env,
                cwd="/",
            )
            got = json.loads(out.stdout.strip().splitlines()[-1])
            assert got["where"].startswith(root), got
            results[name].append(got["p50"])
    this, ref = statistics.median(results["this"]), statistics.median(results["ref"])
    print(f"p50 ms per 100 chars: this {this:.3f}, ref {ref:.3f}, ratio {this / ref:.3f}")
    print(
        f"rounds: this {[round(x, 3) for x in results['this']]}, ref {[round(x, 3) for x in results['ref']]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
