"""Dump every finding (kind, start, end) per text of the dev sets, to check that a speed-up
changes none of them.

    PYTHONPATH=<tree> python benchmarks/privacy_data/findings_dump.py --out /tmp/a.json
    PYTHONPATH=<tree> python benchmarks/privacy_data/findings_dump.py --out /tmp/b.json \
        --compare /tmp/a.json

Full mode (tagger and phonenumbers) with each text's locale hint, as the quick scorer runs
it. The default files are the labelled dev sets of this folder (eval, eval_v2..eval_v9b,
the structured, phone, cue and line sets); --files picks others. With --compare the run
exits 1 and prints the first differing texts when any finding differs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV_SETS = [
    "eval.jsonl",
    "eval_v2.jsonl",
    "eval_v3.jsonl",
    *[f"eval_v{n}{s}.jsonl" for n in range(4, 10) for s in "ab"],
    "eval_lines.jsonl",
    "structured_dev.jsonl",
    "structured_dev2.jsonl",
    "phone_dev.jsonl",
    "cues_dev.jsonl",
    "cues_fresh.jsonl",
]


def _dump(files: list[Path]) -> dict[str, list[list[list[object]]]]:
    from hybridsdk.routing._detectors import PiiScanner

    scanner = PiiScanner(use_phonenumbers=True, ner=True)
    out: dict[str, list[list[list[object]]]] = {}
    for f in files:
        rows = [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
        t0 = time.process_time()
        out[f.name] = [
            sorted(
                [x.kind.value, x.start, x.end]
                for x in scanner.scan(r["text"], locale=r.get("locale"))
            )
            for r in rows
        ]
        print(f"{f.name}: {len(rows)} texts, {time.process_time() - t0:.1f} CPU-s", flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--compare", type=Path, default=None, help="an earlier --out file")
    parser.add_argument("--files", type=Path, nargs="*", default=None)
    args = parser.parse_args(argv)
    files = args.files or [HERE / n for n in DEV_SETS]
    found = _dump(files)
    args.out.write_text(json.dumps(found), encoding="utf-8")
    if args.compare is None:
        return 0
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    bad = 0
    for name, per_text in found.items():
        old = before.get(name)
        if old is None:
            print(f"{name}: not in {args.compare}")
            continue
        for i, (a, b) in enumerate(zip(old, per_text, strict=True)):
            if a != b:
                bad += 1
                if bad <= 10:
                    print(f"{name} #{i}: before {a}\n{' ' * len(name)}    after  {b}")
    print(f"{bad} texts differ" if bad else "all findings identical")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
