"""National ids and birth dates in countries no scheme knows: recall with the scheme
detectors taken out.

The scheme detectors (`NationalIdDetector`, `IntlNationalIdDetector`, the cued and shaped
schemes of `WorldNationalIdDetector`) know one country each. A blind set's new countries
meet only the generic parts: the generic cue finder (`_id_generic.py`), identity words
before document numbers (`_travel_documents.py`) and id columns of tables. This script
scores national_id (and dob) on labelled sets twice, with every detector and with the
scheme detectors removed, so the second figure estimates recall in a country nobody
wrote rules for.

    python benchmarks/privacy_data/unknown_country_ab.py benchmarks/privacy_data/eval_v6a.jsonl \
        [more files] [--ner]

Dev sets only; never point it at a held-out set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hybridsdk.routing._detectors import Finding, PiiScanner, default_detectors
from hybridsdk.routing._id_generic import GenericIdDetector
from hybridsdk.routing._national_ids import NationalIdDetector
from hybridsdk.routing._national_ids_intl import (
    IntlNationalIdDetector,
    ascii_digits,
)
from hybridsdk.routing._national_ids_world import WorldNationalIdDetector

_KINDS = ("national_id", "dob")


class _TablesOnly(WorldNationalIdDetector):
    """The world detector without its schemes: id columns of tables only."""

    def __call__(self, text: str) -> Iterator[Finding]:
        yield from self._table_cells(text, ascii_digits(text), [])


def _without_schemes(ner: bool) -> PiiScanner:
    kept = []
    for d in default_detectors(use_phonenumbers=True, ner=ner):
        if isinstance(d, (NationalIdDetector, IntlNationalIdDetector)):
            continue
        if isinstance(d, GenericIdDetector):
            d = GenericIdDetector(defer_to_schemes=False)  # no scheme knows the cue
        kept.append(_TablesOnly() if isinstance(d, WorldNationalIdDetector) else d)
    return PiiScanner(detectors=kept)


def _score(
    scanner: PiiScanner, items: list[dict[str, object]], errors: list[str] | None = None
) -> dict[str, Counter[str]]:
    counts = {k: Counter[str]() for k in _KINDS}
    for i, item in enumerate(items):
        text = str(item["text"])
        truth = {(k, a, b) for k, a, b in item["spans"] if k in _KINDS}  # type: ignore[attr-defined]
        found = {
            (f.kind.value, f.start, f.end)
            for f in scanner.scan(text, locale=str(item["locale"]))
            if f.kind.value in _KINDS
        }
        for k, _, _ in truth & found:
            counts[k]["tp"] += 1
        for k, _, _ in truth - found:
            counts[k]["fn"] += 1
        for k, _, _ in found - truth:
            counts[k]["fp"] += 1
        if errors is not None:
            for label, spans in (("FN", truth - found), ("FP", found - truth)):
                for k, a, b in sorted(spans, key=lambda s: s[1]):
                    context = text[max(0, a - 40) : a] + "[" + text[a:b] + "]" + text[b : b + 30]
                    errors.append(f"{i} {item['locale']} {label} {k} " + context.replace("\n", "⏎"))
    return counts


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--ner", action="store_true", help="with the tagger (slower)")
    p.add_argument("--errors", action="store_true", help="print the errors without schemes")
    args = p.parse_args(argv)
    scanners = {
        "all": PiiScanner(use_phonenumbers=True, ner=args.ner),
        "no_schemes": _without_schemes(args.ner),
    }
    for path in args.files:
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for name, scanner in scanners.items():
            errors: list[str] | None = [] if args.errors and name == "no_schemes" else None
            for kind, c in _score(scanner, items, errors).items():
                tp, fp, fn = c["tp"], c["fp"], c["fn"]
                r = tp / (tp + fn) if tp + fn else 0.0
                pr = tp / (tp + fp) if tp + fp else 0.0
                print(
                    f"{path.stem:9} {name:10} {kind:11} tp {tp:4} fp {fp:4} fn {fn:4}"
                    f"  R {r:.3f}  P {pr:.3f}",
                    flush=True,
                )
            for line in errors or []:
                print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
