"""Scores tagger models side by side on the tagger's dev sets, per locale group.

    python benchmarks/privacy_data/ner_dev_score.py --model old=hybridsdk/routing/models/pii-ner.onnx \\
        --model new=/tmp/new.onnx --data dev.jsonl --data names_dev.jsonl [--json out.json]

Each model runs as the whole scanner would (the tagger first, then every regex detector,
phonenumbers, the text's locale as hint). Person, address and birth-date spans: exact
precision / recall (kind, start and end equal) and overlap recall, per group:

- `build_pii_ner.py --dev-out` texts by locale: the tune locales trained on, it_IT (in the
  gazetteer, no training texts), cs_CZ + fi_FI (in no source the tagger trains on) and
  ru_RU + zh_TW (not in Faker's part; their languages are in the mimesis part);
- `names_dev.py` texts by source: names from gender-guesser, and names and addresses from
  mimesis's held-out locales (cs, fi, kk).

Only dev sets: never pass the held-out sets (benchmarks/privacy_data/eval*) here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from hybridsdk.routing._detectors import PiiScanner, default_detectors  # noqa: E402
from hybridsdk.routing._ner import NerDetector  # noqa: E402

KINDS = ("person", "address", "dob")
_TUNE = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "nl_NL", "pt_BR", "ja_JP", "ko_KR", "zh_CN")


def group_of(item: dict[str, Any], kind: str) -> str:
    """The locale group a labelled span of `item` is reported under."""
    if "source" in item:
        if kind == "person" and item["source"].startswith("gender-guesser"):
            return "names_dev: gender-guesser names"
        return f"names_dev: mimesis-{item['mimesis_locale']}"
    loc = item["locale"]
    if loc == "it_IT":
        return "dev: it_IT (gazetteer only)"
    if loc in ("cs_CZ", "fi_FI"):
        return "dev: cs_CZ+fi_FI (no source)"
    if loc in ("ru_RU", "zh_TW"):
        return "dev: ru_RU+zh_TW (not in Faker part)"
    return "dev: tune locales (trained)"


def score(
    scanner: PiiScanner, data: list[dict[str, Any]]
) -> dict[str, dict[str, dict[str, float]]]:
    """{group: {kind: {precision, recall, overlap_recall, n}}} for one scanner."""
    c: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for item in data:
        text = item["text"]
        truth = {(k, a, b) for k, a, b in item["spans"] if k in KINDS}
        found = {
            (f.kind.value, f.start, f.end)
            for f in scanner.scan(text, locale=item["locale"])
            if f.kind.value in KINDS
        }
        whole = "names_dev: all" if "source" in item else "dev: all"
        for k, a, b in found:
            for g in (group_of(item, k), whole):
                c[(g, k)]["tp" if (k, a, b) in truth else "fp"] += 1
        for k, a, b in truth:
            near = any(kk == k and s < b and a < e for kk, s, e in found)
            for g in (group_of(item, k), whole):
                c[(g, k)]["n"] += 1
                c[(g, k)]["near"] += near
    out: dict[str, dict[str, dict[str, float]]] = defaultdict(dict)
    for (g, k), x in sorted(c.items()):
        if not x["n"]:
            continue
        found_n = x["tp"] + x["fp"]
        out[g][k] = {
            "precision": round(x["tp"] / found_n, 3) if found_n else 1.0,
            "recall": round(x["tp"] / x["n"], 3),
            "overlap_recall": round(x["near"] / x["n"], 3),
            "n": x["n"],
        }
    return dict(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="append", required=True, help="NAME=path.onnx")
    parser.add_argument("--data", action="append", required=True, type=Path)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    data = [
        json.loads(line)
        for p in args.data
        for line in p.read_text(encoding="utf-8").splitlines()
        if line
    ]
    results = {}
    for spec in args.model:
        name, _, path = spec.partition("=")
        tagger = NerDetector(model_path=path, sha256=None)
        scanner = PiiScanner([tagger, *default_detectors(ner=False, use_phonenumbers=True)])
        results[name] = score(scanner, data)
    names = list(results)
    print("group | kind | n | " + " | ".join(f"{n} P / R (overlap R)" for n in names))
    for g in sorted({g for r in results.values() for g in r}):
        for k in KINDS:
            cells = [results[n].get(g, {}).get(k) for n in names]
            if not any(cells):
                continue
            n_items = next(x["n"] for x in cells if x)
            row = [
                f"{x['precision']:.2f} / {x['recall']:.2f} ({x['overlap_recall']:.2f})"
                if x
                else "-"
                for x in cells
            ]
            print(f"{g} | {k} | {n_items} | " + " | ".join(row))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
