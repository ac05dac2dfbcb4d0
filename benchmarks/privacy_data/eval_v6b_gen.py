"""Generate eval_v6b.jsonl: 1,000 blind privacy texts, 100 per locale (10 locales).

Usage: python benchmarks/privacy_data/eval_v6b_gen.py [--check] [--stats] [--limit N]
Record i uses only random.Random(f"eval_v6b/{i}").
"""

import argparse
import collections
import json
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))

from _v6b_doc import Doc
from _v6b_lex import lex
from _v6b_negatives import NEGATIVES, lookalike
from _v6b_styles_docs import STYLES as DOC_STYLES
from _v6b_styles_letters import STYLES as LETTER_STYLES
from _v6b_styles_tech import STYLES as TECH_STYLES

LOCALES = ["en_PH", "en_SG", "en_NG", "bn_BD", "sr_RS", "mt_MT", "is_IS", "kk_KZ", "pt_AO", "es_UY"]
STYLES = {**DOC_STYLES, **TECH_STYLES, **LETTER_STYLES}
OUT = pathlib.Path(__file__).with_name("eval_v6b.jsonl")
N = 1000
NEG_PER_LOCALE = 8


def make(i: int) -> dict:
    rng = random.Random(f"eval_v6b/{i}")
    li, slot = i % len(LOCALES), i // len(LOCALES)
    loc = LOCALES[li]
    L = lex(loc)
    if slot < NEG_PER_LOCALE:
        name = sorted(NEGATIVES)[(slot + li) % len(NEGATIVES)]
        doc = NEGATIVES[name](rng, loc, L)
        if rng.random() < 0.5:
            doc.t("\n" + lookalike(rng, loc))
        return doc.record(loc, name)
    names = sorted(STYLES)
    name = names[(slot + 3 * li) % len(names)]
    doc: Doc = STYLES[name](rng, loc, L)
    if rng.random() < 0.1:
        doc.t("\n" + lookalike(rng, loc))
    return doc.record(loc, name)


def line(i: int) -> str:
    return json.dumps(make(i), ensure_ascii=False, sort_keys=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--limit", type=int, default=N)
    ap.add_argument("--file", type=pathlib.Path, default=OUT)
    a = ap.parse_args()
    if a.check:
        have = a.file.read_text("utf-8").splitlines()
        if len(have) != N:
            print(f"line count {len(have)} != {N}")
            return 1
        for i in range(min(a.limit, N)):
            if have[i] != line(i):
                print(f"record {i} differs")
                return 1
        print(f"ok: {min(a.limit, N)} records reproduce byte for byte")
        return 0
    if a.stats:
        kinds, locs = collections.Counter(), collections.Counter()
        for raw in a.file.read_text("utf-8").splitlines():
            r = json.loads(raw)
            for k, _, _ in r["spans"]:
                kinds[k] += 1
                locs[r["locale"]] += 1
        print("kind         spans")
        for k, n in sorted(kinds.items()):
            print(f"{k:<12} {n:>5}")
        print(f"{'total':<12} {sum(kinds.values()):>5}\n\nlocale       spans")
        for k, n in sorted(locs.items()):
            print(f"{k:<12} {n:>5}")
        return 0
    a.file.write_text("".join(line(i) + "\n" for i in range(N)), "utf-8")
    print(f"wrote {N} records to {a.file}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
