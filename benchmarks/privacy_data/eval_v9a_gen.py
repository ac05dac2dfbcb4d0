"""Generator of the v9a blind privacy evaluation set (1,000 texts, 10 locales).

    python benchmarks/privacy_data/eval_v9a_gen.py            # write eval_v9a.jsonl
    python benchmarks/privacy_data/eval_v9a_gen.py --check [--limit N]
    python benchmarks/privacy_data/eval_v9a_gen.py --stats

Record i uses only random.Random(f"eval_v9a/{i}"); its locale is LOCALES[i // 100];
records 0-7 of each locale are hard negatives, the rest cycle through the styles.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import _v9a_values as X  # noqa: E402
from _v9a_doc import finish  # noqa: E402
from _v9a_people import LOCALES  # noqa: E402
from _v9a_styles_forms import FORMS  # noqa: E402
from _v9a_styles_life import LIFE  # noqa: E402
from _v9a_styles_neg import NEG  # noqa: E402
from _v9a_styles_tech import TECH  # noqa: E402

OUT = os.path.join(HERE, "eval_v9a.jsonl")
STYLES = {**TECH, **LIFE, **FORMS}
STYLE_NAMES = list(STYLES)
LOOKALIKE_RATE = 0.12


def record(i: int) -> dict:
    rng = random.Random(f"eval_v9a/{i}")
    li, k = divmod(i, 100)
    loc = LOCALES[li]
    if k < 8:
        name, fn = NEG[k]
        return finish(loc, name, fn(rng, loc))
    name = STYLE_NAMES[(k - 8 + 5 * li) % len(STYLE_NAMES)]
    d = STYLES[name](rng, loc)
    if rng.random() < LOOKALIKE_RATE:
        if not d.text().endswith("\n"):
            d.t("\n")
        d.t(X.lookalike(rng) + "\n")
    return finish(loc, name, d)


def line(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, sort_keys=True)


def generate(limit: int = 1000) -> list[str]:
    return [line(record(i)) for i in range(limit)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    if a.check:
        with open(OUT, encoding="utf-8") as f:
            have = f.read().split("\n")
        want = generate(a.limit)
        bad = [i for i, w in enumerate(want) if i >= len(have) or have[i] != w]
        if a.limit == 1000 and len([h for h in have if h]) != 1000:
            bad.append(-1)
        if bad:
            print(f"differs at records {bad[:10]}")
            return 1
        print(f"ok: {a.limit} records reproduce byte for byte")
        return 0
    if a.stats:
        with open(OUT, encoding="utf-8") as f:
            recs = [json.loads(x) for x in f if x.strip()]
        kinds = collections.Counter(s[0] for r in recs for s in r["spans"])
        print("spans per kind:")
        for kk, n in kinds.most_common():
            print(f"  {kk:<12} {n}")
        print(f"  {'total':<12} {sum(kinds.values())}")
        print("records / spans per locale:")
        for loc in LOCALES:
            rs = [r for r in recs if r["locale"] == loc]
            print(f"  {loc}  {len(rs)}  {sum(len(r['spans']) for r in rs)}")
        print("records / spans per style:")
        by = collections.defaultdict(list)
        for r in recs:
            by[r["style"]].append(r)
        for st in sorted(by):
            print(f"  {st:<24} {len(by[st]):>3}  {sum(len(r['spans']) for r in by[st]):>5}")
        print(f"negatives (no spans): {sum(1 for r in recs if not r['spans'])}")
        return 0
    lines = generate()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} records to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
