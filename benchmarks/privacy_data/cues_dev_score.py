"""Scores the scanner's secrets and dates of birth on the cue development set.

    python benchmarks/privacy_data/cues_dev_score.py [--errors] [--regex-only]

Exact spans (kind, start, end), as the held-out sets are scored; only `secret` and `dob`
are labelled in `cues_dev.jsonl`, so findings of other kinds are ignored. `--errors` lists
the misses and false findings (this is a development set: reading them is its purpose).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from hybridsdk.routing._detectors import PiiScanner

DEV = Path(__file__).resolve().parent / "cues_dev.jsonl"
KINDS = ("secret", "dob")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--regex-only", action="store_true", help="without the tagger")
    parser.add_argument("--file", default=str(DEV))
    args = parser.parse_args(argv)
    data = [json.loads(x) for x in Path(args.file).read_text(encoding="utf-8").splitlines() if x]
    scanner = PiiScanner(use_phonenumbers=True, ner=not args.regex_only)
    per: dict[str, Counter[str]] = defaultdict(Counter)
    per_loc: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for item in data:
        text = item["text"]
        truth = {tuple(s) for s in item["spans"] if s[0] in KINDS}
        found = {
            (f.kind.value, f.start, f.end)
            for f in scanner.scan(text, locale=item["locale"])
            if f.kind.value in KINDS
        }
        for s in found | truth:
            outcome = "tp" if s in found and s in truth else ("fp" if s in found else "fn")
            per[s[0]][outcome] += 1
            per_loc[(s[0], item["locale"])][outcome] += 1
            if args.errors and outcome != "tp":
                print(f"{outcome} {s[0]:6} {item['locale']} {text[s[1] : s[2]]!r:32} in {text!r}")
    print(f"{len(data)} texts")
    for kind in KINDS:
        c = per[kind]
        p = c["tp"] / max(1, c["tp"] + c["fp"])
        r = c["tp"] / max(1, c["tp"] + c["fn"])
        print(f"{kind:7} P {p:.3f} R {r:.3f}  tp {c['tp']} fp {c['fp']} fn {c['fn']}")
        worst = sorted(
            ((loc, v) for (k, loc), v in per_loc.items() if k == kind),
            key=lambda kv: kv[1]["tp"] / max(1, kv[1]["tp"] + kv[1]["fn"] + kv[1]["fp"]),
        )
        print("   " + " ".join(f"{loc}:{v['tp']}/{v['fp']}/{v['fn']}" for loc, v in worst))
    return 0


if __name__ == "__main__":
    sys.exit(main())
