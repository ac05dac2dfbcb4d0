"""Generator of the v9b blind PII evaluation half (1,000 texts, 10 locales).

    python eval_v9b_gen.py            # write eval_v9b.jsonl
    python eval_v9b_gen.py --check [--limit N]   # regenerate and compare byte for byte
    python eval_v9b_gen.py --stats    # span counts per kind, locale and style

Record i uses only random.Random(f"eval_v9b/{i}"); locale = i // 100; the first 8 records of
each locale are hard negatives, the rest cycle through the styles.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import _v9b_negatives as NEG  # noqa: E402
import _v9b_styles_civic as CIV  # noqa: E402
import _v9b_styles_docs as DOC  # noqa: E402
import _v9b_styles_net as NET  # noqa: E402
from _v9b_text import Ctx  # noqa: E402

OUT = os.path.join(HERE, "eval_v9b.jsonl")
LOCALES = ["si_LK", "uz_UZ", "lv_LV", "be_BY", "mk_MK", "fr_SN", "es_DO", "en_UG", "lo_LA", "pt_MZ"]
STYLES = [
    ("zeek_log", NET.zeek_log), ("suricata_eve", NET.suricata_eve), ("nmap_scan", NET.nmap_scan),
    ("wireshark_text", NET.wireshark_text), ("oauth_token_log", NET.oauth_token_log),
    ("dotfile_creds", NET.dotfile_creds), ("ansible_inventory", NET.ansible_inventory), ("slapd_log", NET.slapd_log),
    ("ubl_einvoice", DOC.ubl_einvoice), ("x12_834", DOC.x12_834), ("court_judgment", DOC.court_judgment),
    ("land_register_extract", DOC.land_register_extract), ("tax_clearance_cert", DOC.tax_clearance_cert),
    ("pension_statement", DOC.pension_statement), ("arrival_card", DOC.arrival_card),
    ("church_member_card", CIV.church_member_card), ("funeral_contributions", CIV.funeral_contributions),
    ("water_board_bill", CIV.water_board_bill), ("market_stall_licence", CIV.market_stall_licence),
    ("vaccination_card", CIV.vaccination_card), ("driving_school_register", CIV.driving_school_register),
    ("hostel_checkin_book", CIV.hostel_checkin_book), ("alumni_directory", CIV.alumni_directory),
    ("volunteer_roster", CIV.volunteer_roster), ("sacco_loan_book", CIV.sacco_loan_book),
    ("parcel_locker_notice", CIV.parcel_locker_notice), ("player_licence", CIV.player_licence),
]
NEGATIVES = [(f.__name__, f) for f in NEG.NEG_STYLES]
N_NEG = 8
LOOKALIKE_RATE = 0.12


def make_record(i: int) -> dict:
    rng = random.Random(f"eval_v9b/{i}")
    li, j = divmod(i, 100)
    loc = LOCALES[li]
    ctx = Ctx(rng, loc)
    if j < N_NEG:
        name, fn = NEGATIVES[(j + li) % len(NEGATIVES)]
        b = fn(ctx)
    else:
        name, fn = STYLES[(j - N_NEG + 3 * li) % len(STYLES)]
        b = fn(ctx)
        if rng.random() < LOOKALIKE_RATE:
            b("\n" + NEG.lookalike(rng))
    text = b.text()
    spans = b.spans
    for k, (kind, s, e) in enumerate(spans):
        frag = text[s:e]
        assert frag and frag == frag.strip(), (i, kind, frag)
        if k:
            assert spans[k - 1][2] <= s, (i, spans[k - 1], spans[k])
    if j < N_NEG:
        assert not spans, (i, name)
    return {"locale": loc, "spans": spans, "style": name, "text": text}


def dumps(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, sort_keys=True)


def generate(limit: int | None = None):
    n = 1000 if limit is None else limit
    return [dumps(make_record(i)) for i in range(n)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    if a.check:
        lines = generate(a.limit)
        with open(OUT, encoding="utf-8") as fh:
            disk = fh.read().split("\n")
        for k, ln in enumerate(lines):
            if k >= len(disk) or disk[k] != ln:
                print(f"record {k} differs", file=sys.stderr)
                return 1
        if a.limit is None and len([d for d in disk if d]) != len(lines):
            print("line count differs", file=sys.stderr)
            return 1
        print(f"ok: {len(lines)} records reproduce byte for byte")
        return 0
    if a.stats:
        kinds, locs, styles = collections.Counter(), collections.Counter(), collections.Counter()
        with open(OUT, encoding="utf-8") as fh:
            for ln in fh:
                r = json.loads(ln)
                styles[r["style"]] += 0
                for k, _, _ in r["spans"]:
                    kinds[k] += 1
                    locs[r["locale"]] += 1
                    styles[r["style"]] += 1
        print("per kind:")
        for k, v in sorted(kinds.items(), key=lambda x: -x[1]):
            print(f"  {k:<12} {v}")
        print(f"  {'total':<12} {sum(kinds.values())}")
        print("per locale:")
        for k in LOCALES:
            print(f"  {k:<12} {locs[k]}")
        print("per style:")
        for k, v in sorted(styles.items()):
            print(f"  {k:<24} {v}")
        return 0
    lines = generate()
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} records to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
