"""Generator of the fifth held-out privacy set, first half (eval_v5a.jsonl; issue #12).

1,000 texts, 100 in each of en_CA, fr_CA, es_AR, pt_PT, pl_PL, tr_TR, ko_KR, el_GR (instead of
th_TH: names-dataset 3.3.1 has no Thai names, nor Slovak ones for the first substitute), bg_BG
and fa_IR, in 19 styles. Record i uses only its own ``random.Random(f"eval_v5a/{i}")``.

    python benchmarks/privacy_data/eval_v5a_gen.py            # write eval_v5a.jsonl
    python benchmarks/privacy_data/eval_v5a_gen.py --check    # regenerate, compare bytes
    python benchmarks/privacy_data/eval_v5a_gen.py --check --limit 60
    python benchmarks/privacy_data/eval_v5a_gen.py --stats    # per kind x locale, per style

Every record is self-checked while it is made: spans sorted, disjoint, trimmed, of the 14
kinds; each structured value re-validated from the text alone (check digits, Luhn, IBAN
mod 97, phonenumbers, ipaddress); JSON, YAML and XHTML styles parsed.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _v5a_styles_forms as forms  # noqa: E402
import _v5a_styles_talk as talk  # noqa: E402
import _v5a_styles_tech as tech  # noqa: E402
from _v5a_doc import Doc, Facts, NeedsEscape  # noqa: E402
from _v5a_values import check_value  # noqa: E402

OUT = HERE / "eval_v5a.jsonl"
N = 1000
LOCALES = ["en_CA", "fr_CA", "es_AR", "pt_PT", "pl_PL", "tr_TR", "ko_KR", "el_GR", "bg_BG", "fa_IR"]
KINDS = [
    "person",
    "address",
    "dob",
    "email",
    "phone",
    "card",
    "iban",
    "ssn",
    "national_id",
    "ipv4",
    "ipv6",
    "gps",
    "mac",
    "secret",
]
STYLES = {
    "asr_transcript": talk.asr_transcript,
    "chat_export": talk.chat_export,
    "codeswitch_chat": talk.codeswitch_chat,
    "classified_ad": talk.classified_ad,
    "slack_json": talk.slack_json,
    "vcard": forms.vcard,
    "html_form": forms.html_form,
    "hotel_card": forms.hotel_card,
    "pharmacy_label": forms.pharmacy_label,
    "boarding_pass": forms.boarding_pass,
    "shipping_label": forms.shipping_label,
    "insurance_claim": forms.insurance_claim,
    "cv": forms.cv,
    "tsv_sheet": forms.tsv_sheet,
    "devops_config": tech.devops_config,
    "http_dump": tech.http_dump,
    "github_issue": tech.github_issue,
    "pdf_letter": tech.pdf_letter,
    "incident_report": tech.incident_report,
}
STYLE_NAMES = list(STYLES)
CLEAN_SLOTS = (7, 19)  # j % 25 in these: 8 clean texts per locale (8 %)
NEGATIVE_SHARE = 0.08


def plan(i: int) -> tuple[str, str, bool]:
    locale = LOCALES[i % len(LOCALES)]
    j = i // len(LOCALES)
    style = STYLE_NAMES[(j + 5 * (i % len(LOCALES))) % len(STYLE_NAMES)]
    return locale, style, j % 25 in CLEAN_SLOTS


def self_check(rec: dict, style: str, clean: bool) -> None:
    text: str = rec["text"]
    prev = 0
    for kind, s, e in rec["spans"]:
        assert kind in KINDS, kind
        assert prev <= s < e <= len(text), (s, e)
        value = text[s:e]
        assert value == value.strip() and value, value
        assert check_value(kind, value, rec["locale"]), (kind, value, rec["locale"])
        prev = e
    assert not (clean and rec["spans"]), "a clean record has spans"
    if style == "slack_json":
        json.loads(text)
    elif style == "html_form":
        ET.fromstring(f"<root>{text}</root>")
    elif style == "devops_config" and text.startswith(("apiVersion", "# docker-compose")):
        import yaml

        assert isinstance(yaml.safe_load(text), dict)


def make(i: int) -> tuple[dict, int]:
    """Record i and its number of hard negatives."""
    rng = Random(f"eval_v5a/{i}")
    locale, style, clean = plan(i)
    negatives = rng.random() < NEGATIVE_SHARE
    for _ in range(100):
        f = Facts(rng, locale, clean=clean, negatives=negatives)
        try:
            d: Doc = STYLES[style](f)
        except NeedsEscape:
            continue
        if not clean and not d.spans:
            continue
        text = d.text
        if text != text.strip():
            lead = len(text) - len(text.lstrip())
            text = text.strip()
            d.spans = [(k, s - lead, e - lead) for k, s, e in d.spans]
        # Span text equals the value as inserted (also after wrapping and trimming).
        assert [text[s:e] for _, s, e in d.spans] == d.values, i
        rec = {
            "locale": locale,
            "spans": [[k, s, e] for k, s, e in sorted(d.spans, key=lambda x: x[1])],
            "style": style,
            "text": text,
        }
        self_check(rec, style, clean)
        return rec, d.negatives
    raise RuntimeError(f"record {i}: no valid rendering")


def line(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, sort_keys=True)


def generate(limit: int = N) -> tuple[list[str], list[int]]:
    lines, negs = [], []
    for i in range(limit):
        rec, n = make(i)
        lines.append(line(rec))
        negs.append(n)
    return lines, negs


def stats(lines: list[str], negs: list[int]) -> str:
    recs = [json.loads(x) for x in lines]
    table: Counter[tuple[str, str]] = Counter()
    styles: Counter[str] = Counter()
    style_spans: Counter[str] = Counter()
    for r in recs:
        styles[r["style"]] += 1
        for k, _, _ in r["spans"]:
            table[(k, r["locale"])] += 1
            style_spans[r["style"]] += 1
    out = ["| kind | " + " | ".join(LOCALES) + " | total |", "|---" * (len(LOCALES) + 2) + "|"]
    for k in KINDS:
        row = [table[(k, loc)] for loc in LOCALES]
        out.append(f"| {k} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(table[(k, loc)] for k in KINDS) for loc in LOCALES]
    out.append("| all | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    out += ["", "| style | texts | spans |", "|---|---|---|"]
    for s in STYLE_NAMES:
        out.append(f"| {s} | {styles[s]} | {style_spans[s]} |")
    clean = sum(1 for r in recs if not r["spans"])
    with_neg = sum(1 for n in negs if n)
    out += [
        "",
        f"texts: {len(recs)}; without personal data: {clean}; with hard negatives: {with_neg}",
    ]
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="regenerate and compare with the committed file"
    )
    ap.add_argument("--limit", type=int, default=N, help="with --check: only the first N records")
    ap.add_argument(
        "--stats", action="store_true", help="print per kind x locale and per style counts"
    )
    ap.add_argument("--path", type=Path, default=OUT, help="the jsonl to write or check")
    args = ap.parse_args()
    if args.check:
        lines, _ = generate(args.limit)
        have = args.path.read_text(encoding="utf-8").splitlines()[: args.limit]
        if have != lines:
            bad = next(
                (i for i, (a, b) in enumerate(zip(have, lines, strict=False)) if a != b),
                min(len(have), len(lines)),
            )
            print(f"MISMATCH at record {bad}", file=sys.stderr)
            return 1
        print(f"OK: {len(lines)} records match {args.path.name}")
        return 0
    lines, negs = generate()
    if args.stats:
        print(stats(lines, negs))
        return 0
    args.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {args.path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
