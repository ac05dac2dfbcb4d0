"""How many person spans of eval_v2.jsonl use only names that Faker's lists also hold.

The set takes no value from Faker, but common names are in every list. A span counts as
overlapping when each of its whitespace-separated tokens is in Faker's first/last name
lists of the same locale (names written without spaces, as in Chinese, count as one token).
Prints "locale overlapping/total ratio" per locale and overall.

    python benchmarks/privacy_data/eval_v2_faker_overlap.py
"""

from __future__ import annotations

import json
from pathlib import Path

SET = Path(__file__).resolve().parent / "eval_v2.jsonl"
_ATTRS = (
    "first_names", "last_names", "first_names_male", "first_names_female", "last_names_male",
    "last_names_female", "first_romanized_names", "last_romanized_names",
)  # fmt: skip


def faker_names(locale: str) -> set[str]:
    from faker import Faker

    names: set[str] = set()
    for provider in Faker(locale).providers:
        for attr in _ATTRS:
            value = getattr(provider, attr, None)
            if value:
                names.update(n.lower() for n in value)
    return names


def main() -> None:
    records = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
    total = hits = 0
    for locale in sorted({r["locale"] for r in records}):
        names = faker_names(locale)
        t = h = 0
        for r in records:
            if r["locale"] != locale:
                continue
            for kind, start, end in r["spans"]:
                if kind == "person":
                    tokens = r["text"][start:end].replace("\u3000", " ").replace(",", " ").split()
                    t += 1
                    h += all(tok.lower() in names for tok in tokens)
        print(f"{locale} {h}/{t} {h / t:.2f}")
        total, hits = total + t, hits + h
    print(f"all {hits}/{total} {hits / total:.2f}")


if __name__ == "__main__":
    main()
