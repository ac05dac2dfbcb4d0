"""Whole-scanner latency of two source trees side by side (A/B interleaved rounds).

    git -C /path/to/repo worktree add /tmp/main-tree main     # or: git archive main | tar -x
    python benchmarks/privacy_data/scanner_latency_ab.py --a /tmp/main-tree --b . --rounds 5
    python benchmarks/privacy_data/scanner_latency_ab.py --a ... --b . --data structured_dev.jsonl

Each round runs one fresh process per tree over the same texts (tune split seeds 2001-2002
and the phone dev set, or any labelled JSONL file given with --data: cues_dev.jsonl,
structured_dev.jsonl ...), A then B then B then A alternately, one thread each, and reports
the p50 of scan time per 100 characters for each scanner mode. Medians over rounds and the
B/A ratio are printed at the end. Needs `faker` for the tune texts. `--clock cpu` times
each scan in process time instead of wall time: on a loaded shared machine a wall-clock
p50 moves with the other jobs (session 13 saw one tree's full mode at 11 ms and 5 ms in
two rounds); `--modes full regex_only` skips the others.
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

_WORKER = r"""
import json, statistics, sys, time
from hybridsdk.routing._detectors import PiiScanner
texts = json.load(open(sys.argv[1]))
clock = time.process_time if sys.argv[2] == "cpu" else time.perf_counter
wanted = sys.argv[3].split(",")
modes = {
    "full": dict(ner=True, use_phonenumbers=True),
    "regex_only": dict(ner=False, use_phonenumbers=True),
    "smallest": dict(ner=False, use_phonenumbers=False),
}
out = {}
for name, kw in modes.items():
    if name not in wanted:
        continue
    try:
        scanner = PiiScanner(**kw)
    except Exception as exc:  # no onnxruntime: skip the tagger mode
        out[name] = None
        continue
    for text, locale in texts[:50]:
        scanner.scan(text, locale=locale)  # warm the caches
    per_100 = []
    for text, locale in texts:
        t0 = clock()
        scanner.scan(text, locale=locale)
        per_100.append((clock() - t0) * 1000 * 100 / max(len(text), 1))
    out[name] = statistics.median(per_100)
print(json.dumps(out))
"""


def _texts(path: Path, data: Path | None) -> None:
    if data is not None:
        rows = [json.loads(x) for x in data.read_text(encoding="utf-8").splitlines() if x.strip()]
        texts = [(r["text"], r.get("locale")) for r in rows]
        path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        return
    sys.path.insert(0, str(HERE))
    import pii_textgen as gen

    data = gen.generate("tune", 300, seed=2001) + gen.generate("tune", 300, seed=2002)
    texts = [(d["text"], d["locale"]) for d in data]
    dev = HERE / "phone_dev.jsonl"
    for line in dev.read_text(encoding="utf-8").splitlines()[::4]:
        item = json.loads(line)
        texts.append((item["text"], item["locale"]))
    path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")


def _run(tree: Path, texts: Path, clock: str, modes: list[str]) -> dict[str, float | None]:
    env = {**os.environ, "PYTHONPATH": str(tree.resolve()), "OMP_NUM_THREADS": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", _WORKER, str(texts), clock, ",".join(modes)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
    )
    result: dict[str, float | None] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", type=Path, required=True, help="source tree A (e.g. main)")
    parser.add_argument("--b", type=Path, required=True, help="source tree B (this branch)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--data", type=Path, default=None, help="a labelled JSONL file (text, locale) to time"
    )
    parser.add_argument("--texts", type=Path, default=Path("/tmp/scanner_latency_texts.json"))
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    parser.add_argument(
        "--modes", nargs="+", default=["full", "regex_only", "smallest"], help="scanner modes"
    )
    args = parser.parse_args(argv)
    _texts(args.texts, args.data)
    runs: dict[str, list[dict[str, float | None]]] = {"a": [], "b": []}
    for r in range(args.rounds):
        order = ("a", "b") if r % 2 == 0 else ("b", "a")
        for side in order:
            runs[side].append(_run(getattr(args, side), args.texts, args.clock, args.modes))
        print(f"round {r + 1}: a={runs['a'][-1]} b={runs['b'][-1]}", flush=True)
    print(f"mode: p50 ms per 100 chars ({args.clock} clock), median over rounds (A, B, B/A)")
    for mode in runs["a"][0]:
        a = [x[mode] for x in runs["a"] if x[mode] is not None]
        b = [x[mode] for x in runs["b"] if x[mode] is not None]
        if a and b:
            ma, mb = statistics.median(a), statistics.median(b)
            print(f"{mode}: {ma:.3f} {mb:.3f} {mb / ma:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
