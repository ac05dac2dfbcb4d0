"""Generator of eval_v4b.jsonl: half b of the fourth held-out privacy evaluation set (issue #12).

1,000 texts, 100 in each of en_GB, es_ES, pt_BR, zh_CN, it_IT, da_DK, nb_NO, id_ID, es_MX and
en_AU, in 14 styles. Record i is made from its own `random.Random(f"eval_v4b/{i}")`, so any
prefix can be regenerated alone. Written from scratch for this set: no Faker, no mimesis, no
earlier set, nothing from hybridsdk. See docs/privacy_eval_v4b.md.

    python benchmarks/privacy_data/eval_v4b_gen.py            # write eval_v4b.jsonl
    python benchmarks/privacy_data/eval_v4b_gen.py --check [--limit N] [--file PATH]
    python benchmarks/privacy_data/eval_v4b_gen.py --stats
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the _v4b_* modules sit beside this file
    sys.path.insert(0, str(HERE))

import _v4b_values as values  # noqa: E402
from _v4b_doc import Ctx, Doc, make_person  # noqa: E402
from _v4b_styles import NO_PII_STYLES, STYLES, no_pii  # noqa: E402

OUT = HERE / "eval_v4b.jsonl"
SEED = "eval_v4b"
N = 1000
LOCALES = ["en_GB", "es_ES", "pt_BR", "zh_CN", "it_IT", "da_DK", "nb_NO", "id_ID", "es_MX", "en_AU"]
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
STYLE_NAMES = list(STYLES)
NO_PII_SHARE = 0.09
NEG_SHARE = 0.24


class SelfCheckError(AssertionError):
    """A generated record broke one of the set's rules."""


def flags(i: int) -> tuple[random.Random, str, str, bool, bool]:
    """(rng, locale, style, has_personal_data, has_hard_negatives) of record i."""
    rng = random.Random(f"{SEED}/{i}")
    locale = LOCALES[i % len(LOCALES)]
    style = STYLE_NAMES[(i // len(LOCALES) + i) % len(STYLE_NAMES)]
    pii = rng.random() >= NO_PII_SHARE
    neg = rng.random() < NEG_SHARE
    if not pii:
        style = NO_PII_STYLES[rng.randrange(len(NO_PII_STYLES))]
        neg = True
    return rng, locale, style, pii, neg


def make(i: int) -> dict:
    rng, locale, style, pii, neg = flags(i)
    ctx = Ctx(rng=rng, locale=locale, neg=neg, person=make_person(rng, locale))
    d = Doc()
    if pii:
        STYLES[style](ctx, d)
    else:
        no_pii(style, ctx, d)
    rec = {
        "locale": locale,
        "spans": [[k, s, e] for k, s, e, _ in d.spans],
        "style": style,
        "text": d.text.rstrip(),
    }
    self_check(rec, [v for *_, v in d.spans], pii)
    return rec


def self_check(rec: dict, inserted: list[str], pii: bool) -> None:
    text, spans = rec["text"], rec["spans"]
    where = f"{rec['locale']}/{rec['style']}"
    if pii != bool(spans):
        raise SelfCheckError(f"{where}: personal-data flag {pii} but {len(spans)} spans")
    prev = 0
    for (kind, s, e), value in zip(spans, inserted, strict=True):
        if kind not in KINDS:
            raise SelfCheckError(f"{where}: unknown kind {kind}")
        if not (prev <= s < e <= len(text)):
            raise SelfCheckError(f"{where}: span {s}-{e} out of order or overlapping")
        piece = text[s:e]
        if piece != value or piece != piece.strip():
            raise SelfCheckError(
                f"{where}: span text {piece!r} is not the inserted value {value!r}"
            )
        if not values.check(kind, piece, rec["locale"]):
            raise SelfCheckError(f"{where}: {kind} {piece!r} fails its re-check")
        prev = e
    if rec["style"] == "xml":
        ET.fromstring(text)
    elif rec["style"] == "yaml":
        try:
            import yaml  # PyYAML (in the dev environment): only to prove the YAML parses
        except ImportError as exc:
            raise SelfCheckError("pip install pyyaml to check the YAML records") from exc

        if not isinstance(yaml.safe_load(text), dict):
            raise SelfCheckError(f"{where}: YAML is not a mapping")


def line(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, sort_keys=True)


def generate(n: int = N) -> list[str]:
    return [line(make(i)) for i in range(n)]


def check(path: Path, limit: int | None) -> int:
    want = path.read_text(encoding="utf-8").splitlines()
    n = min(limit, N) if limit else N
    if len(want) < n or (limit is None and len(want) != N):
        print(f"{path}: {len(want)} lines, expected {n if limit else N}", file=sys.stderr)
        return 1
    for i in range(n):
        got = line(make(i))
        if got != want[i]:
            print(f"{path}: line {i + 1} differs from the regenerated record", file=sys.stderr)
            return 1
    print(f"ok: {n} records identical")
    return 0


def stats(path: Path) -> str:
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    per = Counter((k, r["locale"]) for r in recs for k, _, _ in r["spans"])
    out = ["| kind | " + " | ".join(LOCALES) + " | total |", "|---" * (len(LOCALES) + 2) + "|"]
    for k in KINDS:
        row = [per[(k, loc)] for loc in LOCALES]
        out.append(f"| {k} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(per[(k, loc)] for k in KINDS) for loc in LOCALES]
    out.append("| all | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    styles = Counter(r["style"] for r in recs)
    out += ["", "| style | texts | spans |", "|---|---|---|"]
    for s in sorted(styles):
        out.append(
            f"| {s} | {styles[s]} | {sum(len(r['spans']) for r in recs if r['style'] == s)} |"
        )
    nopii = sum(1 for r in recs if not r["spans"])
    neg = sum(1 for i in range(len(recs)) if flags(i)[4])
    out += [
        "",
        f"texts: {len(recs)}; without personal data: {nopii}; with planted hard negatives: {neg}",
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="regenerate and compare byte for byte")
    ap.add_argument(
        "--limit", type=int, default=None, help="with --check: only the first N records"
    )
    ap.add_argument(
        "--stats", action="store_true", help="print per kind x locale and per style tables"
    )
    ap.add_argument("--file", type=Path, default=OUT)
    a = ap.parse_args(argv)
    if a.check:
        return check(a.file, a.limit)
    if a.stats:
        print(stats(a.file))
        return 0
    a.file.write_text("\n".join(generate()) + "\n", encoding="utf-8")
    print(f"wrote {N} records to {a.file}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
