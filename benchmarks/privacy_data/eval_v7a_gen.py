"""Generator for the v7a blind privacy evaluation set (1,000 texts, 10 locales x 100).

Record i uses only random.Random(f"eval_v7a/{i}").
  python benchmarks/privacy_data/eval_v7a_gen.py            # write eval_v7a.jsonl
  python benchmarks/privacy_data/eval_v7a_gen.py --check    # regenerate and compare byte for byte
  python benchmarks/privacy_data/eval_v7a_gen.py --stats    # per-kind and per-locale span counts
"""

import argparse
import collections
import json
import random
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _v7a_styles_forms import STYLES as FORM_STYLES
from _v7a_styles_neg import NEG_STYLES
from _v7a_styles_tech import BANK_STYLES
from _v7a_styles_tech import STYLES as TECH_STYLES
from _v7a_values import has_iban, lookalike

LOCALES = ["ro_MD", "el_CY", "en_GH", "sq_AL", "ca_ES", "lb_LU", "ar_MA", "ar_JO", "fr_CM", "af_ZA"]
PER_LOCALE = 100
N_NEG = 8
SEPA = {"ro_MD", "el_CY", "sq_AL", "ca_ES", "lb_LU"}
OUT = Path(__file__).with_name("eval_v7a.jsonl")
REF = {
    "ro_MD": "Ref.",
    "el_CY": "Αρ. αναφοράς",
    "en_GH": "Ref",
    "sq_AL": "Ref.",
    "ca_ES": "Ref.",
    "lb_LU": "Réf.",
    "ar_MA": "Réf.",
    "ar_JO": "المرجع",
    "fr_CM": "Réf.",
    "af_ZA": "Verw.",
}


def styles_for(locale: str) -> list:
    out = list(FORM_STYLES)
    for s in TECH_STYLES:
        if s == "sepa_pain001_xml" and locale not in SEPA:
            continue
        if s in BANK_STYLES and not has_iban(locale):
            continue
        out.append(s)
    return out


def _strip_marks(text: str) -> str:
    """Drop diacritics one char for one char (offsets stay valid)."""
    out = []
    for c in text:
        base = unicodedata.normalize("NFD", c)[0]
        out.append(base if base.isascii() and c.isalpha() else c)
    return "".join(out)


def make(i: int) -> dict:
    rng = random.Random(f"eval_v7a/{i}")
    li, j = divmod(i, PER_LOCALE)
    locale = LOCALES[li]
    if j < N_NEG:
        style = list(NEG_STYLES)[(j + li) % len(NEG_STYLES)]
        doc = NEG_STYLES[style](rng, locale)
    else:
        names = styles_for(locale)
        style = names[(j - N_NEG + li * 3) % len(names)]
        fn = FORM_STYLES.get(style) or TECH_STYLES[style]
        doc = fn(rng, locale)
        if rng.random() < 0.1:
            doc.t(f"\n{REF[locale]} {lookalike(rng)}")
    rec = doc.record(locale, style)
    if (
        style == "llm_chat_log_json"
        and not locale.startswith(("ar_", "el_"))
        and rng.random() < 0.4
    ):
        rec["text"] = _strip_marks(rec["text"])
    return rec


def line(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--limit", type=int, default=len(LOCALES) * PER_LOCALE)
    ap.add_argument("--file", type=Path, default=OUT)
    a = ap.parse_args(argv)
    n = len(LOCALES) * PER_LOCALE
    if a.stats:
        kinds, locs, styles = collections.Counter(), collections.Counter(), collections.Counter()
        for ln in a.file.read_text(encoding="utf-8").splitlines():
            r = json.loads(ln)
            styles[r["style"]] += 1
            for k, _, _ in r["spans"]:
                kinds[k] += 1
                locs[r["locale"]] += 1
        print("kind counts:", dict(sorted(kinds.items())))
        print("locale span counts:", dict(sorted(locs.items())))
        print("style text counts:", dict(sorted(styles.items())))
        print("total spans:", sum(kinds.values()))
        return 0
    if a.check:
        have = a.file.read_bytes().decode("utf-8").splitlines(keepends=True)
        idx = (
            range(n) if a.limit >= n else sorted(set(range(0, n, max(1, n // a.limit))))[: a.limit]
        )
        for i in idx:
            if i >= len(have) or have[i] != line(make(i)):
                print(f"mismatch at record {i}")
                return 1
        if a.limit >= n and len(have) != n:
            print("wrong number of records")
            return 1
        print(f"ok: {len(idx)} records reproduce byte for byte")
        return 0
    a.file.write_text("".join(line(make(i)) for i in range(n)), encoding="utf-8")
    print(f"wrote {n} records to {a.file}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
