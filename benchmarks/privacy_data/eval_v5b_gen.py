"""Generate the fifth held-out privacy set, half b (eval_v5b.jsonl): 1,000 texts, 10 locales.

    python benchmarks/privacy_data/eval_v5b_gen.py            # write eval_v5b.jsonl
    python benchmarks/privacy_data/eval_v5b_gen.py --check    # regenerate, compare byte for byte
    python benchmarks/privacy_data/eval_v5b_gen.py --check --limit 60
    python benchmarks/privacy_data/eval_v5b_gen.py --stats    # per kind x locale and per style tables
    python benchmarks/privacy_data/eval_v5b_gen.py --refresh-names   # re-read names-dataset (slow)

Record i is drawn from its own random.Random(f"eval_v5b/{i}"); see docs/privacy_eval_v5b.md.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _v5b_checks as checks  # noqa: E402
from _v5b_doc import KINDS  # noqa: E402
from _v5b_people import LANGS, LOCALES, Ctx  # noqa: E402
from _v5b_styles_forms import STYLES as FORMS  # noqa: E402
from _v5b_styles_talk import CLEAN_OK as TALK_CLEAN  # noqa: E402
from _v5b_styles_talk import STYLES as TALK  # noqa: E402
from _v5b_styles_tech import CLEAN_OK as TECH_CLEAN  # noqa: E402
from _v5b_styles_tech import STYLES as TECH  # noqa: E402

OUT = HERE / "eval_v5b.jsonl"
N = 1000
STYLES = {**FORMS, **TECH, **TALK}
STYLE_ORDER = sorted(STYLES)
CLEAN_STYLES = sorted(TECH_CLEAN | TALK_CLEAN)


def build(i: int) -> tuple[dict[str, object], tuple[int, bool]]:
    """Record i, how many hard negatives it holds on purpose, and whether it drew the 30% extra one."""
    rng = random.Random(f"eval_v5b/{i}")
    loc_idx = i % len(LOCALES)
    locale = LOCALES[loc_idx]
    langs = LANGS[locale]
    lang = rng.choices([lg for lg, _ in langs], weights=[w for _, w in langs])[0]
    clean = rng.random() < 0.08
    neg = rng.random() < 0.30
    if clean:
        style = rng.choice(CLEAN_STYLES)
    else:
        style = STYLE_ORDER[(i // len(LOCALES) + 3 * loc_idx) % len(STYLE_ORDER)]
    ctx = Ctx(rng=rng, locale=locale, lang=lang, neg=neg, clean=clean)
    doc = STYLES[style](ctx)
    text, spans = doc.finish()
    rec = {"locale": locale, "spans": spans, "style": style, "text": text}
    errs = checks.check_structure(rec) + checks.check_parse(style, text)
    if clean and spans:
        errs.append("clean record has spans")
    if errs:
        raise AssertionError(f"record {i} ({locale}, {style}): {errs}\n{text}")
    return rec, (doc.negatives, neg)


def line(rec: dict[str, object]) -> str:
    return json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n"


def generate(limit: int = N) -> tuple[list[str], list[tuple[int, bool]]]:
    lines, negs = [], []
    for i in range(limit):
        rec, n = build(i)
        lines.append(line(rec))
        negs.append(n)
    return lines, negs


def stats(lines: list[str], negs: list[tuple[int, bool]]) -> str:
    recs = [json.loads(x) for x in lines]
    table: dict[str, collections.Counter[str]] = {k: collections.Counter() for k in KINDS}
    styles: collections.Counter[str] = collections.Counter()
    for r in recs:
        styles[r["style"]] += 1
        for kind, _, _ in r["spans"]:
            table[kind][r["locale"]] += 1
    out = ["| kind | " + " | ".join(LOCALES) + " | total |", "|---" * (len(LOCALES) + 2) + "|"]
    for k in KINDS:
        row = [str(table[k][loc]) for loc in LOCALES]
        out.append(f"| {k} | " + " | ".join(row) + f" | {sum(table[k].values())} |")
    totals = [str(sum(table[k][loc] for k in KINDS)) for loc in LOCALES]
    out.append("| all spans | " + " | ".join(totals) + f" | {sum(int(t) for t in totals)} |")
    out += ["", "| style | texts |", "|---|---|"]
    out += [f"| {s} | {styles[s]} |" for s in sorted(styles)]
    no_pii = sum(1 for r in recs if not r["spans"])
    with_neg = sum(1 for n, _ in negs if n)
    drew = sum(1 for _, flag in negs if flag)
    out += ["", f"texts: {len(recs)}; without personal data: {no_pii}; with an extra hard-negative sentence"
            f" (30% draw): {drew}; with any hard negative put in (incl. the styles' own dates, companies, ids): {with_neg};"
            f" styles: {len(styles)}; locales: {len({r['locale'] for r in recs})}"]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="regenerate and compare with the committed file")
    ap.add_argument("--limit", type=int, default=N, help="only the first N records (with --check)")
    ap.add_argument("--stats", action="store_true", help="print per kind x locale and per style counts")
    ap.add_argument("--file", type=Path, default=OUT, help="the file to write or check")
    ap.add_argument("--refresh-names", action="store_true", help="re-extract eval_v5b_names.json from names-dataset")
    args = ap.parse_args(argv)
    if args.refresh_names:
        import _v5b_names
        _v5b_names.write(_v5b_names.extract())
        print(f"wrote {_v5b_names.NAMES_FILE}")
        return 0
    limit = args.limit if args.check else N
    lines, negs = generate(limit)
    if args.check:
        have = args.file.read_text(encoding="utf-8").splitlines(keepends=True)[:limit]
        if have != lines:
            bad = next((i for i, (a, b) in enumerate(zip(have, lines, strict=False)) if a != b), min(len(have), len(lines)))
            print(f"MISMATCH at record {bad} of {args.file}", file=sys.stderr)
            return 1
        print(f"ok: {limit} records match {args.file.name}")
        return 0
    if args.stats:
        print(stats(lines, negs))
        return 0
    args.file.write_text("".join(lines), encoding="utf-8")
    print(f"wrote {len(lines)} records to {args.file}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
