"""Run every benchmark once and print each target beside its measured value.

    python benchmarks/targets.py [--quick] [--out results.json]

Each figure comes from the same `hybridsdk bench KIND` code the CLI runs; ratios are
measured side by side within one run (the machine may be shared: read medians, rerun
when a figure looks off). --quick shrinks the chaos run (1,500 requests) for a fast look.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from typing import Any

# (bench kind, figure, comparison, target, source issue)
TARGETS = [
    ("local", "overhead_us", "<=", 10.0, "SDK overhead on the digits model (median over models)"),
    (
        "routing",
        "match_cloud_share",
        "<=",
        0.15,
        "cloud share at which the cascade reaches cloud accuracy",
    ),
    ("routing", "decision_p50_us", "<=", 20.0, "pre-hoc decision p50"),
    ("routing", "decision_p99_us", "<=", 100.0, "pre-hoc decision p99"),
    ("cloud", "ohttp_over_plain", "<=", 1.15, "OHTTP vs plain OIP, loopback p50 ratio"),
    ("chaos", "lost", "==", 0, "deferred requests never delivered"),
    ("chaos", "unhandled", "==", 0, "exceptions outside the typed hierarchy"),
    (
        "gateway_state",
        "idem_full_ratio",
        "<=",
        2.0,
        "idempotency store: us/request full at 100k vs 1k entries (O(1))",
    ),
]


def bench(kind: str, extra: list[str]) -> Any:
    cmd = [sys.executable, "-m", "hybridsdk", "bench", kind, "--json", *extra]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=900).stdout
    return json.loads(out)


def figure(kind: str, name: str, data: Any) -> float:
    if kind == "local":  # one row per model x runtime: the digits models' median overhead
        rows = [
            r for r in data if r.get("model", "").startswith("digits-linear") and "overhead_us" in r
        ]
        values = sorted(float(r["overhead_us"]) for r in rows)
        return values[len(values) // 2]
    return float(data[name])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smaller chaos run")
    parser.add_argument("--out", help="also write every bench's JSON here")
    args = parser.parse_args()
    extra = {"chaos": ["--requests", "1500", "--rate", "50"] if args.quick else []}
    results: dict[str, Any] = {}
    for kind in dict.fromkeys(k for k, *_ in TARGETS):
        started = time.monotonic()
        results[kind] = bench(kind, extra.get(kind, []))
        print(f"ran bench {kind} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    print(f"{'figure':<20} {'target':>10} {'measured':>10}  verdict  what")
    missed = 0
    for kind, name, op, target, what in TARGETS:
        value = figure(kind, name, results[kind])
        ok = value <= target if op == "<=" else value == target
        missed += not ok
        print(
            f"{name:<20} {op + ' ' + format(target, 'g'):>10} {value:>10.4g}  {'met' if ok else 'MISSED':<7}  {what}"
        )
    if args.out:
        with open(args.out, "w") as f:
            json.dump(results, f, indent=2)
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
