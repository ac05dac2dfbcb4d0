"""Generate the fourth blind privacy set, half A (eval_v4a.jsonl): 1,000 texts, 10 locales.

    python benchmarks/privacy_data/eval_v4a_gen.py            # write eval_v4a.jsonl
    python benchmarks/privacy_data/eval_v4a_gen.py --check    # regenerate and compare byte for byte
    python benchmarks/privacy_data/eval_v4a_gen.py --check --limit 60
    python benchmarks/privacy_data/eval_v4a_gen.py --stats    # per kind x locale and per style tables

Record i is made from its own random.Random(f"eval_v4a/{i}"); its locale is LOCALES[i % 10].
Every record is self-checked while it is made (see `self_check`). Written for this set only:
no detector code, no Faker or mimesis, nothing from older sets.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _v4a_ids as ids  # noqa: E402
import _v4a_styles as styles  # noqa: E402
import _v4a_values as val  # noqa: E402
from _v4a_doc import Ctx, Doc  # noqa: E402

OUT = HERE / "eval_v4a.jsonl"
N = 1000
LOCALES = ["en_US", "de_DE", "fr_FR", "ja_JP", "ru_RU", "ro_RO", "hu_HU", "fi_FI", "he_IL", "vi_VN"]
KINDS = ["person", "address", "dob", "email", "phone", "card", "iban", "ssn", "national_id", "ipv4", "ipv6", "gps", "mac", "secret"]
CLEAN_STYLES = ["email_thread", "xml_record", "markdown_table", "sql_insert", "kv_log", "yaml_config", "chat", "ocr_receipt",
                "calendar_invite", "json_form", "sms"]
# Topic weights for the personal data a text carries.
TOPICS = {"phone": 5, "email": 4, "email_obf": 1, "addr": 4, "dob": 3, "nid": 5, "card": 3, "iban": 3, "pwd": 2, "token": 1,
          "ip4": 1, "ip6": 2, "mac": 2, "gps": 2, "ssn": 10}

# What a text of each style plausibly carries (a clinic note holds no API key); others: any.
_PERSONAL = {"phone", "email", "email_obf", "addr", "dob", "nid", "ssn"}
STYLE_TOPICS = {
    "clinic_note": _PERSONAL | {"card", "iban"},
    "courier_note": {"phone", "email", "email_obf", "addr", "gps", "nid", "card"},
    "crm_note": _PERSONAL | {"card", "iban", "pwd", "ip4"},
    "hr_form": _PERSONAL | {"iban"},
    "bank_transfer": {"card", "iban", "phone", "email"},
    "sms": _PERSONAL | {"card", "iban", "pwd", "gps", "ip4"},
}


def _phrasings(locale: str) -> tuple[dict, dict]:
    mod = __import__(f"_v4a_loc_{locale}")
    return mod.S, mod.F


def plan_for(rng: random.Random, locale: str, S: dict) -> tuple[str, dict]:
    clean = rng.random() < 0.08
    negs = ["neg"] * rng.randint(1, 2) if (clean or rng.random() < 0.28) else []
    if clean:
        return rng.choice(CLEAN_STYLES), {"clean": True, "topics": [], "negs": negs}
    style = rng.choice(styles.STYLES)
    allowed = STYLE_TOPICS.get(style, set(TOPICS))
    avail = [t for t in TOPICS if S.get(t) and (t != "ssn" or locale == "en_US") and t in allowed]
    topics: list[str] = []
    for _ in range(rng.randint(1, 5)):
        t = rng.choices(avail, weights=[TOPICS[a] for a in avail])[0]
        if t not in topics:
            topics.append(t)
    return style, {"clean": False, "topics": topics, "negs": negs}


def make(i: int) -> dict:
    rng = random.Random(f"eval_v4a/{i}")
    locale = LOCALES[i % len(LOCALES)]
    S, F = _phrasings(locale)
    style, plan = plan_for(rng, locale, S)
    ctx = Ctx(rng, locale)
    doc = Doc()
    styles.RENDER[style](doc, ctx, S, F, plan)
    styles.strip_end(doc)
    rec = {"locale": locale, "spans": [list(s) for s in doc.spans], "style": style, "text": doc.text}
    self_check(rec, doc, ctx)
    rec["_neg"] = bool(ctx.used_negatives)
    rec["_negplan"] = bool(plan["negs"])
    return rec


def check_value(kind: str, value: str, locale: str) -> bool:
    """Re-validate one labelled value from its text alone."""
    if kind == "phone":
        return val.check_phone(value, locale)
    if kind == "email":
        return val.check_email(value, locale)
    if kind == "card":
        return ids.check_card(value)
    if kind == "iban":
        return ids.check_iban(value)
    if kind == "ssn":
        return ids.check_ssn(value)
    if kind == "national_id":
        keys = {"en_US": ["itin", "passport", "licence"], "de_DE": ["taxid", "idcard", "passport", "pension"],
                "fr_FR": ["nir", "taxid", "passport"], "ja_JP": ["mynumber", "passport"], "ru_RU": ["inn", "snils", "passport", "intpassport"],
                "ro_RO": ["cnp", "idcard", "passport"], "hu_HU": ["taxid", "taj", "idcard"], "fi_FI": ["hetu", "vero", "passport"],
                "he_IL": ["tz", "passport"], "vi_VN": ["cccd", "mst", "passport"]}[locale]
        return any(ids.check_national_id(locale, k, value) for k in keys)
    if kind == "ipv4":
        return val.check_ip(value, 4)
    if kind == "ipv6":
        return val.check_ip(value, 6)
    if kind == "mac":
        return val.check_mac(value)
    if kind == "gps":
        return val.check_gps(value)
    if kind == "dob":
        return val.parse_date(value, locale) is not None
    if kind == "secret":
        return val.check_secret(value)
    if kind == "person":
        return not any(c.isdigit() for c in value) and len(value) >= 1
    if kind == "address":
        return len(value) >= 4
    return False


def self_check(rec: dict, doc: Doc | None = None, ctx: Ctx | None = None) -> None:
    text, spans, locale = rec["text"], rec["spans"], rec["locale"]
    last = 0
    for n, (kind, s, e) in enumerate(spans):
        assert kind in KINDS, kind
        assert last <= s < e <= len(text), (rec, kind, s, e)
        value = text[s:e]
        assert value == value.strip() and value, (rec, value)
        if doc is not None:
            assert value == doc.values[n][2], (value, doc.values[n])
        assert check_value(kind, value, locale), (kind, value, locale)
        last = e
    if rec["style"] == "json_form":
        json.loads(text)
    elif rec["style"] == "xml_record":
        root = ET.fromstring(text.split("?>", 1)[1])
        found = " ".join(el.text or "" for el in root.iter())
        assert all(text[s:e] in found for _, s, e in spans)
    elif rec["style"] == "yaml_config":
        import yaml

        data = yaml.safe_load(text)
        flat = json.dumps(data, ensure_ascii=False)
        assert all(text[s:e] in flat for _, s, e in spans)
    if ctx is not None and "dob" in ctx:
        d = val.parse_date(ctx["dob"], locale)
        assert d == ctx.p.dob, (ctx["dob"], ctx.p.dob)


def records(limit: int = N) -> list[dict]:
    return [make(i) for i in range(limit)]


def dumps(rec: dict) -> str:
    return json.dumps({k: v for k, v in rec.items() if not k.startswith("_")}, ensure_ascii=False, sort_keys=True)


def stats(recs: list[dict]) -> str:
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    per_style: collections.Counter = collections.Counter()
    no_pii = neg = negplan = 0
    for r in recs:
        per_style[r["style"]] += 1
        no_pii += not r["spans"]
        neg += bool(r.get("_neg"))
        negplan += bool(r.get("_negplan"))
        for kind, _, _ in r["spans"]:
            table[kind][r["locale"]] += 1
    lines = ["| kind | " + " | ".join(LOCALES) + " | total |", "|---|" + "---:|" * (len(LOCALES) + 1)]
    for k in KINDS:
        row = [table[k][loc] for loc in LOCALES]
        lines.append(f"| {k} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(table[k][loc] for k in KINDS) for loc in LOCALES]
    lines.append("| all | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    lines += ["", "| style | texts |", "|---|---:|"] + [f"| {s} | {per_style[s]} |" for s in styles.STYLES]
    lines += ["", f"texts: {len(recs)}; without personal data: {no_pii}; with planted hard-negative sentences/fields: {negplan}; "
              f"with any unlabelled look-alike (also dates, timestamps, prices, tracking numbers the style carries anyway): {neg}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="regenerate and compare with the committed file byte for byte")
    ap.add_argument("--limit", type=int, default=N, help="only the first N records (with --check: a prefix)")
    ap.add_argument("--stats", action="store_true", help="print per kind x locale and per style counts")
    ap.add_argument("--file", type=Path, default=OUT, help="the jsonl to write or check")
    args = ap.parse_args(argv)
    recs = records(args.limit)
    body = "".join(dumps(r) + "\n" for r in recs)
    if args.stats:
        print(stats(recs))
        return 0
    if args.check:
        have = args.file.read_text(encoding="utf-8")
        if args.limit < N:
            have = "".join(have.splitlines(keepends=True)[: args.limit])
        if have != body:
            for n, (a, b) in enumerate(zip(have.splitlines(), body.splitlines(), strict=False)):
                if a != b:
                    print(f"record {n} differs", file=sys.stderr)
                    break
            else:
                print("line counts differ", file=sys.stderr)
            return 1
        print(f"ok: {len(recs)} records match {args.file.name}")
        return 0
    args.file.write_text(body, encoding="utf-8")
    print(f"wrote {len(recs)} records to {args.file}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
