"""Generate the v8a blind privacy evaluation set (1,000 texts, 10 locales x 100).

    python eval_v8a_gen.py            # write eval_v8a.jsonl
    python eval_v8a_gen.py --check    # regenerate and compare byte for byte (--limit N: first N)
    python eval_v8a_gen.py --stats    # span counts per kind and per locale

Record i uses only random.Random(f"eval_v8a/{i}").  Style generators live in
_v8a_styles_tech.py, _v8a_styles_records.py, _v8a_styles_forms.py and _v8a_styles_neg.py
(see docs/privacy_eval_v8a.md for the table).
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

import _v8a_styles_casual as C  # noqa: E402
import _v8a_styles_forms as F  # noqa: E402
import _v8a_styles_neg as N  # noqa: E402
import _v8a_styles_records as R  # noqa: E402
import _v8a_styles_tech as T  # noqa: E402
from _v8a_doc import record  # noqa: E402
from _v8a_kit import lookalike  # noqa: E402
from _v8a_lang import LOCALES, form_lang  # noqa: E402

OUT = HERE / "eval_v8a.jsonl"
PER_LOCALE = 100
NEGATIVES = 8

# (style name, function, takes a language?)
POSITIVE = [
    ("whois", T.whois, False), ("x509_dump", T.x509, False), ("gpg_keys", T.gpg, False), ("sip_trace", T.sip, False),
    ("mail_log", T.maillog, False), ("toml_config", T.toml_cfg, False), ("ini_config", T.ini_cfg, False),
    ("mongo_shell", T.mongo, True), ("paxlst", R.paxlst, False), ("marc21", R.marc, True), ("jira_csv", R.jira_csv, True),
    ("excel_dump", R.excel_dump, True), ("mobile_money_receipt", F.money_receipt, True), ("microloan_form", F.microloan, True),
    ("baptism_register", F.baptism, True), ("report_card", F.report_card, True), ("pawn_ticket", F.pawn_ticket, True),
    ("remittance_slip", F.remittance, True), ("sim_form", F.sim_form, True), ("hotspot_log", F.hotspot_log, True),
    ("us_w9", F.us_w9, True),
    ("radio_dedication", C.radio_dedication, True),
    ("prayer_request", C.prayer_request, True),
    ("loan_officer_note", C.loan_officer_note, True),
]  # fmt: skip
NEGATIVE = [("metar", N.metar, False), ("chess_crosstable", N.chess, False), ("assembly_instructions", N.assembly, True),
            ("fx_board", N.fx_board, True)]  # fmt: skip
NO_BAPTISM = {"DZ", "IQ", "YE"}
CASUAL = {"radio_dedication", "prayer_request", "loan_officer_note"}


def make(i: int) -> str:
    rng = random.Random(f"eval_v8a/{i}")
    loc = LOCALES[i // PER_LOCALE]
    j = i % PER_LOCALE
    if j < NEGATIVES:
        name, fn, takes = NEGATIVE[j % len(NEGATIVE)]
    else:
        pool = [
            s
            for s in POSITIVE
            if not (s[0] in ("baptism_register", "prayer_request") and loc.cc in NO_BAPTISM)
        ]
        pool = [s for s in pool if s[0] != "us_w9" or loc.cc in ("BW", "FJ")]
        name, fn, takes = pool[(j - NEGATIVES + i // PER_LOCALE) % len(pool)]
    lang = form_lang(rng, loc)
    doc = fn(rng, loc, lang) if takes else fn(rng, loc)
    if j >= NEGATIVES and name not in CASUAL and rng.random() < 0.13:
        doc.t("\n" + lookalike(rng, loc))
    return record(loc.code, name, doc)


def generate(limit: int | None = None) -> list[str]:
    n = len(LOCALES) * PER_LOCALE
    return [make(i) for i in range(n if limit is None else min(limit, n))]


def stats(lines: list[str]) -> str:
    kinds: collections.Counter = collections.Counter()
    per: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    styles: collections.Counter = collections.Counter()
    for ln in lines:
        r = json.loads(ln)
        styles[r["style"]] += 1
        for k, _, _ in r["spans"]:
            kinds[k] += 1
            per[r["locale"]][k] += 1
    out = ["kind          spans"] + [
        f"{k:<13} {v}" for k, v in sorted(kinds.items(), key=lambda x: -x[1])
    ]
    out += ["", "locale  texts spans"] + [
        f"{loc:<7} {PER_LOCALE:>5} {sum(c.values()):>5}" for loc, c in per.items()
    ]
    out += ["", "style                   texts"] + [
        f"{s:<23} {v}" for s, v in sorted(styles.items())
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--file", type=Path, default=OUT)
    a = ap.parse_args(argv)
    if a.check:
        lines = generate(a.limit)
        have = a.file.read_text(encoding="utf-8").split("\n")
        if have[-1] == "":
            have = have[:-1]
        if a.limit is None and len(have) != len(lines):
            print(f"length differs: {len(have)} != {len(lines)}")
            return 1
        for k, ln in enumerate(lines):
            if k >= len(have) or have[k] != ln:
                print(f"line {k + 1} differs")
                return 1
        print(f"ok: {len(lines)} lines reproduce")
        return 0
    if a.stats:
        print(stats(a.file.read_text(encoding="utf-8").splitlines()))
        return 0
    lines = generate(a.limit)
    a.file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {a.file}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
