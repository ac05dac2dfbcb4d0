"""The scanner's misses and false finds on a labelled dev set, one line each, in context.

    python benchmarks/privacy_data/errors.py benchmarks/privacy_data/eval_v3.jsonl \\
        --kind national_id [--locale tr_TR] [--only fn|fp|boundary] [--limit 50] [--no-ner]

Each error line: the record's index, locale and style; `FN` (a labelled value not found
exactly), `FP` (a finding matching no label) or `BOUND` (a finding of the same kind that
overlaps a label but with other ends); the value in brackets with 30 characters either
side. A summary per kind comes first: tp / fp / fn, and how many of the errors are only
boundary errors.

For dev sets only (v2 and v3 became dev sets once scored and reported): never point it at
the held-out set that is being kept blind.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from hybridsdk.routing._detectors import PiiScanner  # noqa: E402


def _context(text: str, a: int, b: int, width: int = 30) -> str:
    left = text[max(0, a - width) : a]
    right = text[b : b + width]
    return f"{left}[{text[a:b]}]{right}".replace("\n", "⏎")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("files", nargs="+", type=Path, help="labelled JSONL files")
    p.add_argument("--kind", action="append", help="only this kind (repeatable)")
    p.add_argument("--locale", action="append", help="only this locale (repeatable)")
    p.add_argument("--only", choices=("fn", "fp", "boundary"), help="one class of error")
    p.add_argument("--limit", type=int, default=200, help="error lines printed at most")
    p.add_argument("--no-ner", action="store_true", help="regex-only scanner")
    p.add_argument("--no-hint", action="store_true", help="do not pass the locale hint")
    args = p.parse_args(argv)

    scanner = PiiScanner(use_phonenumbers=True, ner=not args.no_ner)
    counts: dict[str, Counter[str]] = {}
    lines: list[str] = []
    for path in args.files:
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            item = json.loads(line)
            if args.locale and item["locale"] not in args.locale:
                continue
            text = item["text"]
            truth = {(k, a, b) for k, a, b in item["spans"]}
            found = {
                (f.kind.value, f.start, f.end)
                for f in scanner.scan(text, locale=None if args.no_hint else item["locale"])
            }
            tag = f"{path.stem}:{i} {item['locale']} {item.get('style', '')}"
            for kind, a, b in sorted(found | truth, key=lambda s: s[1]):
                if args.kind and kind not in args.kind:
                    continue
                c = counts.setdefault(kind, Counter())
                if (kind, a, b) in found and (kind, a, b) in truth:
                    c["tp"] += 1
                    continue
                other = found if (kind, a, b) in truth else truth
                bound = any(k == kind and s < b and a < e for k, s, e in other)
                cls = "fn" if (kind, a, b) in truth else "fp"
                c[cls] += 1
                c[f"{cls}_boundary"] += bound
                show = "boundary" if bound else cls
                if args.only and args.only != show and not (args.only == cls and not bound):
                    continue
                label = "BOUND-" + cls.upper() if bound else cls.upper()
                lines.append(f"{tag} {label:9} {kind:11} {_context(text, a, b)}")
    for kind, c in sorted(counts.items()):
        print(
            f"{kind:11} tp {c['tp']:5} fp {c['fp']:5} (boundary {c['fp_boundary']:4})"
            f" fn {c['fn']:5} (boundary {c['fn_boundary']:4})"
        )
    print()
    for line in lines[: args.limit]:
        print(line)
    if len(lines) > args.limit:
        print(f"... {len(lines) - args.limit} more (--limit)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
