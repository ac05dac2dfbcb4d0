"""The first set (eval.jsonl) relabelled to the convention of every later set.

    python benchmarks/privacy_data/relabel_first_set.py [--check]

The first set was labelled before the convention (docs/privacy_sets.md, labelling rules of the
held-out sets) was written down, and differs from it in two ways:

- 52 postal addresses over several lines are one span each ("Backtorget 27⏎75585
  Karlskrona"); the convention has one span per line (the street line; the postcode and
  city line). Each such span is split at its line breaks, every part less the blanks and
  the commas at its edges;
- 17 person spans hold the title before the name ("Dr. ", "Sra. ", "Frau "); the
  convention gives the name only. Each listed title (with its stop and the blank after it)
  is taken off the span's start. The list is this set's own titles (Faker's prefixes of
  its locales), written out here; nothing of the scanner is used.

Writes eval_lines.jsonl beside eval.jsonl (which stays as it is: `pii_textgen.py --check`
regenerates it) and prints what it changed; `--check` compares with the file instead.
Score it with `hybridsdk bench privacy --eval-file benchmarks/privacy_data/eval_lines.jsonl`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "eval.jsonl"
OUT = HERE / "eval_lines.jsonl"
TITLES = (
    "Dr.", "Dr", "Dra.", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Prof.",
    "Ing.", "Sr.", "Sra.", "Sig.", "Sig.ra", "Frau", "Herr", "Mme", "M.",
)  # fmt: skip


def _split_lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    at = a
    for part in text[a:b].split("\n"):
        s, e = at, at + len(part)
        while s < e and text[s] in " \t,":
            s += 1
        while e > s and text[e - 1] in " \t,":
            e -= 1
        if e > s:
            out.append((s, e))
        at += len(part) + 1
    return out


def _untitled(text: str, a: int, b: int) -> int:
    value = text[a:b]
    for t in sorted(TITLES, key=len, reverse=True):
        if t == "M.":
            continue  # an initial as often as "Monsieur": left as labelled
        if value.startswith(t + " ") and len(value) > len(t) + 1:
            return a + len(t) + 1
    return a


def relabel(lines: list[str]) -> tuple[list[str], list[str]]:
    out, log = [], []
    for i, line in enumerate(lines):
        item = json.loads(line)
        text = item["text"]
        spans = []
        for kind, a, b in item["spans"]:
            if kind == "address" and "\n" in text[a:b]:
                parts = _split_lines(text, a, b)
                log.append(f"{i}: address {text[a:b]!r} -> {[text[s:e] for s, e in parts]}")
                spans += [[kind, s, e] for s, e in parts]
            elif kind == "person" and _untitled(text, a, b) != a:
                s = _untitled(text, a, b)
                log.append(f"{i}: person {text[a:b]!r} -> {text[s:b]!r}")
                spans.append([kind, s, b])
            else:
                spans.append([kind, a, b])
        item["spans"] = spans
        out.append(json.dumps(item, ensure_ascii=False))
    return out, log


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--check", action="store_true", help="compare with eval_lines.jsonl")
    args = p.parse_args(argv)
    out, log = relabel(SRC.read_text(encoding="utf-8").splitlines())
    body = "\n".join(out) + "\n"
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == body
        print("eval_lines.jsonl is up to date" if same else "eval_lines.jsonl differs")
        return 0 if same else 1
    OUT.write_text(body, encoding="utf-8")
    print("\n".join(log))
    print(
        f"{sum('address' in x for x in log)} addresses split, "
        f"{sum('person' in x for x in log)} titles taken off; wrote {OUT.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
