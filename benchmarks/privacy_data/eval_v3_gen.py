"""Generate the third held-out privacy set, benchmarks/privacy_data/eval_v3.jsonl.

    python benchmarks/privacy_data/eval_v3_gen.py            # write eval_v3.jsonl
    python benchmarks/privacy_data/eval_v3_gen.py --check    # regenerate, compare byte for byte
    python benchmarks/privacy_data/eval_v3_gen.py --check --limit 200   # the first 200 records only
    python benchmarks/privacy_data/eval_v3_gen.py --stats    # per kind x locale and per style counts

Written without reading the detectors, their training data or the earlier sets. Each record is
drawn from its own `random.Random(f"eval_v3/{index}")`, so any prefix can be regenerated alone.
Every record is self-checked as it is made: span text equals the inserted value, offsets are in
order and trimmed, JSON styles parse, and every structured value is re-validated from the
record's text alone (check digits with python-stdnum, phones with phonenumbers).
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import _v3_values as V  # noqa: E402
from _v3_render import RENDER  # noqa: E402
from _v3_styles import STYLES  # noqa: E402

OUT = HERE / "eval_v3.jsonl"
N_TEXTS = 2000
LOCALES = (
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "nl_NL",
    "pl_PL",
    "sv_SE",
    "en_GB",
    "en_US",
    "el_GR",
    "ru_RU",
    "ar_EG",
    "hi_IN",
    "ja_JP",
    "zh_CN",
    "ko_KR",
    "pt_BR",
    "tr_TR",
    "uk_UA",
    "cs_CZ",
)
KINDS = (
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
)
# Which personal values each style plausibly carries, and how many per text.
STYLE_KINDS: dict[str, tuple[tuple[str, ...], int, int]] = {
    "chat": (
        (
            "person",
            "phone",
            "email",
            "address",
            "dob",
            "nid",
            "card",
            "iban",
            "secret",
            "gps",
            "ip",
        ),
        1,
        3,
    ),
    "kiosk_form": (("person", "dob", "address", "phone", "email", "nid", "card"), 2, 5),
    "support_ticket": (
        ("person", "email", "phone", "address", "nid", "card", "iban", "secret", "ip"),
        1,
        4,
    ),
    "iot_log": (("ip", "mac", "gps", "secret", "email", "phone", "person", "card", "nid"), 1, 4),
    "json_compact": (
        (
            "person",
            "email",
            "phone",
            "address",
            "dob",
            "nid",
            "card",
            "iban",
            "secret",
            "gps",
            "ip",
            "mac",
        ),
        1,
        5,
    ),
    "json_pretty": (
        (
            "person",
            "email",
            "phone",
            "address",
            "dob",
            "nid",
            "card",
            "iban",
            "secret",
            "gps",
            "ip",
            "mac",
        ),
        2,
        5,
    ),
    "json_nested": (
        (
            "person",
            "email",
            "phone",
            "address",
            "dob",
            "nid",
            "card",
            "iban",
            "secret",
            "gps",
            "ip",
            "mac",
        ),
        2,
        6,
    ),
    "sms": (("person", "phone", "email", "secret", "card", "gps", "iban", "address"), 1, 2),
    "email_signature": (("address", "email"), 1, 2),
    "voice_transcript": (
        ("person", "phone", "email", "address", "dob", "nid", "card", "iban", "secret"),
        1,
        3,
    ),
    "code_config": (("secret", "ip", "email", "phone", "mac", "gps", "person"), 1, 4),
    "csv_export": (("person", "email", "phone", "dob", "address", "nid", "iban", "card"), 1, 4),
    "http_request": (
        ("secret", "ip", "email", "phone", "person", "card", "gps", "address", "dob"),
        1,
        4,
    ),
}
_TWO_PEOPLE = ("chat", "sms", "voice_transcript", "support_ticket")
P_NO_PII = 0.087  # email signatures always carry some, so ~8% of all texts have none
P_NEG = 0.27


class SelfCheckError(AssertionError):
    """A generated record broke one of the set's rules; the message names the record and rule."""


def plan(index: int) -> tuple[random.Random, str, str, list[str], bool]:
    """The record's own generator, locale, style, personal kinds and whether it has hard negatives."""
    rng = random.Random(f"eval_v3/{index}")
    locale = LOCALES[index % len(LOCALES)]
    style = STYLES[(index // len(LOCALES) + index % len(LOCALES)) % len(STYLES)]
    pool, lo, hi = STYLE_KINDS[style]
    has_pii = rng.random() >= P_NO_PII or style == "email_signature"
    # A text without personal data always carries hard negatives, or it would be empty or trivial.
    neg = rng.random() < P_NEG or not has_pii
    kinds = rng.sample(pool, k=min(len(pool), rng.randint(lo, hi))) if has_pii else []
    if (
        locale == "en_US"
        and has_pii
        and "nid" in pool
        and "nid" not in kinds
        and rng.random() < 0.3
    ):
        kinds.append("nid")  # US texts carry SSNs often enough to measure them
    if style in _TWO_PEOPLE and "person" in kinds and rng.random() < 0.25:
        kinds.append("person2")  # someone else is named too ("writing on behalf of ...")
    return rng, locale, style, kinds, neg


def make_record(index: int) -> dict[str, object]:
    rng, locale, style, kinds, neg = plan(index)
    builder = RENDER[style](rng, locale, kinds, neg)
    text = builder.text
    spans = [[kind, start, end] for kind, start, end, _, _ in builder.spans]
    _self_check(index, style, locale, text, builder.spans)
    return {"locale": locale, "spans": spans, "style": style, "text": text}


def _self_check(
    index: int, style: str, locale: str, text: str, spans: list[tuple[str, int, int, str, str]]
) -> None:
    where = f"record {index} ({locale}, {style})"
    last_end = 0
    for kind, start, end, check, inserted in spans:
        if kind not in KINDS:
            raise SelfCheckError(f"{where}: unknown kind {kind!r}")
        if start < last_end or end <= start:
            raise SelfCheckError(f"{where}: spans overlap or are out of order at {start}")
        last_end = end
        got = text[start:end]
        if got != inserted:
            raise SelfCheckError(f"{where}: span text {got!r} != inserted {inserted!r}")
        if got != got.strip():
            raise SelfCheckError(f"{where}: span {got!r} has outer whitespace")
        if not V.check(got, check):
            raise SelfCheckError(f"{where}: {kind} {got!r} fails its check {check}")
    if style.startswith("json"):
        json.loads(text)
    if style == "http_request":
        json.loads(text.split("\n\n", 1)[1])


def dumps(record: dict[str, object]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def generate(limit: int = N_TEXTS) -> list[str]:
    return [dumps(make_record(i)) for i in range(limit)]


def stats(lines: list[str]) -> str:
    records = [json.loads(line) for line in lines]
    per = collections.Counter()
    per_style = collections.Counter(r["style"] for r in records)
    no_pii = sum(1 for r in records if not r["spans"])
    with_neg = sum(1 for i in range(len(records)) if plan(i)[4])
    for r in records:
        for kind, _, _ in r["spans"]:
            per[(kind, r["locale"])] += 1
    out = [
        f"texts: {len(records)}  without personal data: {no_pii} ({no_pii / len(records):.1%})",
        f"with deliberate hard negatives: {with_neg} ({with_neg / len(records):.1%})"
        " (log timestamps and JSON ids come on top)",
        f"spans: {sum(per.values())}",
        "",
        "| locale | " + " | ".join(KINDS) + " | texts |",
        "|---|" + "---:|" * (len(KINDS) + 1),
    ]
    texts = collections.Counter(r["locale"] for r in records)
    for loc in LOCALES:
        row = [per[(kind, loc)] for kind in KINDS]
        out.append(f"| {loc} | " + " | ".join(str(c) for c in row) + f" | {texts[loc]} |")
    totals = [sum(per[(kind, loc)] for loc in LOCALES) for kind in KINDS]
    out.append("| **total** | " + " | ".join(str(c) for c in totals) + f" | {len(records)} |")
    spans_per_style = collections.Counter()
    for r in records:
        spans_per_style[r["style"]] += len(r["spans"])
    out += ["", "| style | texts | spans |", "|---|---:|---:|"]
    out += [f"| {s} | {per_style[s]} | {spans_per_style[s]} |" for s in STYLES]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="regenerate and compare with the file")
    parser.add_argument("--stats", action="store_true", help="print counts of the committed file")
    parser.add_argument(
        "--limit", type=int, default=N_TEXTS, help="only the first N records (with --check)"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if args.stats:
        print(stats(args.out.read_text(encoding="utf-8").splitlines()))
        return 0
    lines = generate(args.limit)
    if args.check:
        raw = args.out.read_bytes()
        if args.limit >= N_TEXTS and raw != ("\n".join(lines) + "\n").encode("utf-8"):
            print("eval_v3: the file differs from a fresh generation", file=sys.stderr)
            return 1
        committed = raw.decode("utf-8").splitlines()[: args.limit]
        if committed != lines:
            bad = next(
                i
                for i, (a, b) in enumerate(zip(committed + [""] * len(lines), lines, strict=False))
                if a != b
            )
            print(f"eval_v3: record {bad} differs from a fresh generation", file=sys.stderr)
            return 1
        print(f"eval_v3: {len(lines)} records identical to a fresh generation")
        return 0
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
