"""Generate eval_v7b.jsonl: 1,000 blind evaluation texts, 100 per locale (see docs/privacy_eval_v7b.md).

Usage: eval_v7b_gen.py [--check] [--stats] [--limit N] [--out PATH]
Record i uses only random.Random(f"eval_v7b/{i}").
"""

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _v7b_people import LANGS  # noqa: E402
from _v7b_styles_forms import STYLES as FORMS  # noqa: E402
from _v7b_styles_neg import STYLES as NEG  # noqa: E402
from _v7b_styles_prose import STYLES as PROSE  # noqa: E402
from _v7b_styles_tech import STYLES as TECH  # noqa: E402
from _v7b_values import lookalike  # noqa: E402

LOCALES = ["zh_HK", "es_EC", "es_GT", "en_GH", "ro_MD", "sq_AL", "fr_MA", "ar_AE", "el_CY", "en_JM"]
PER_LOCALE = 100
NEG_PER_LOCALE = 8
STYLES = {**FORMS, **PROSE, **TECH}
OUT = HERE / "eval_v7b.jsonl"
EXTRA = {
    "en": "Note", "es": "Nota", "fr": "NB", "ro": "Notă", "sq": "Shënim", "el": "Σημ.", "ar": "ملاحظة", "zh": "備註",
}  # fmt: skip


def record(i: int) -> dict:
    rng = random.Random(f"eval_v7b/{i}")
    loc = LOCALES[i // PER_LOCALE]
    j = i % PER_LOCALE
    lang = rng.choice(LANGS[loc])
    if j < NEG_PER_LOCALE:
        names = sorted(NEG)
        style = names[j % len(names)]
        doc = NEG[style](rng, loc, lang)
    else:
        names = sorted(STYLES)
        style = names[(j + i // PER_LOCALE) % len(names)]
        doc = STYLES[style](rng, loc, lang)
        if rng.random() < 0.1:
            if not doc.text().endswith("\n"):
                doc.t("\n")
            doc.t(f"{EXTRA[lang]}: {lookalike(rng)}\n")
    text = doc.text()
    spans = sorted(doc.spans, key=lambda s: (s[1], s[2]))
    return {"locale": loc, "spans": spans, "style": style, "text": text}


def dump(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    n = len(LOCALES) * PER_LOCALE
    if a.check:
        have = a.out.read_text(encoding="utf-8").splitlines()
        idx = (
            range(n)
            if a.limit is None
            else sorted(random.Random("check").sample(range(n), a.limit))
        )
        if len(have) != n:
            print(f"line count {len(have)} != {n}")
            return 1
        bad = [i for i in idx if dump(record(i)) != have[i]]
        print(f"checked {len(idx)} records, {len(bad)} differ" + (f": {bad[:10]}" if bad else ""))
        return 1 if bad else 0
    if a.stats:
        recs = [json.loads(x) for x in a.out.read_text(encoding="utf-8").splitlines()]
        kinds, locs, styles = Counter(), Counter(), Counter()
        for r in recs:
            styles[r["style"]] += 1
            for k, _, _ in r["spans"]:
                kinds[k] += 1
                locs[r["locale"]] += 1
        print(f"records {len(recs)}, spans {sum(kinds.values())}")
        print("per kind:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        print("per locale:", ", ".join(f"{k} {v}" for k, v in sorted(locs.items())))
        print("per style:", ", ".join(f"{k} {v}" for k, v in sorted(styles.items())))
        return 0
    lines = [dump(record(i)) for i in range(n if a.limit is None else a.limit)]
    a.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
