"""Generate the v10a blind privacy evaluation set (1,000 texts, 10 locales).

Usage:
    python eval_v10a_gen.py            # write eval_v10a.jsonl
    python eval_v10a_gen.py --check [--limit N]   # regenerate and compare byte for byte
    python eval_v10a_gen.py --stats    # span counts per kind, locale and style

Record i (0..999) draws only from random.Random(f"eval_v10a/{i}"); locale = i // 100; the
first 8 records of each locale are hard negatives, the rest cycle through that locale's styles.
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

from _v10a_core import Doc  # noqa: E402
from _v10a_negatives import NEG_STYLES  # noqa: E402
from _v10a_styles_money import (  # noqa: E402
    dispute_email,
    harvest_payout_sheet,
    pos_terminal_batch,
    remittance_kyc_form,
    topup_agent_ledger,
)
from _v10a_styles_ops import OPS_STYLES  # noqa: E402
from _v10a_styles_rolls import (  # noqa: E402
    FERRY,
    RESORT,
    carnival_band_registration,
    congregation_committee_record,
    driving_test_slip,
    ferry_manifest,
    intercom_directory,
    resort_duty_roster,
    squad_registration_sheet,
    water_tanker_rota,
)
from _v10a_values import lookalike  # noqa: E402

OUT = HERE / "eval_v10a.jsonl"
LOCALES = ["ps_AF", "tg_TJ", "ky_KG", "ar_QA", "so_SO", "rw_RW", "es_NI", "bs_BA", "dv_MV", "en_TT"]
N_NEG = 8
LOOKALIKE_RATE = 0.12

# (style, function, locales or None for all)
STYLES = [(name, fn, None) for name, fn in OPS_STYLES.items()] + [
    ("dispute_email", dispute_email, None),
    ("topup_agent_ledger", topup_agent_ledger, None),
    ("harvest_payout_sheet", harvest_payout_sheet, [x for x in LOCALES if x != "ar_QA"]),
    ("remittance_kyc_form", remittance_kyc_form, None),
    ("pos_terminal_batch", pos_terminal_batch, None),
    ("water_tanker_rota", water_tanker_rota, None),
    ("ferry_manifest", ferry_manifest, list(FERRY)),
    ("congregation_committee_record", congregation_committee_record, None),
    ("squad_registration_sheet", squad_registration_sheet, None),
    ("driving_test_slip", driving_test_slip, None),
    ("intercom_directory", intercom_directory, None),
    ("resort_duty_roster", resort_duty_roster, list(RESORT)),
    ("carnival_band_registration", carnival_band_registration, ["en_TT", "es_NI"]),
]


def locale_styles(loc):
    return [(n, f) for n, f, locs in STYLES if locs is None or loc in locs]


def make_record(i: int) -> dict:
    rng = random.Random(f"eval_v10a/{i}")
    loc = LOCALES[i // 100]
    j = i % 100
    d = Doc()
    if j < N_NEG:
        name, fn = NEG_STYLES[j]
        fn(rng, loc, d)
    else:
        styles = locale_styles(loc)
        name, fn = styles[(j - N_NEG) % len(styles)]
        fn(rng, loc, d)
        if rng.random() < LOOKALIKE_RATE:
            d.ln("")
            d.ln(lookalike(rng, loc))
    return d.record(loc, name)


def dumps(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, sort_keys=True)


def generate(limit: int | None = None) -> list[str]:
    n = 1000 if limit is None else min(limit, 1000)
    return [dumps(make_record(i)) for i in range(n)]


def stats(lines: list[str]) -> str:
    kinds = collections.Counter()
    per_loc = collections.defaultdict(collections.Counter)
    per_style = collections.Counter()
    style_recs = collections.Counter()
    for line in lines:
        r = json.loads(line)
        style_recs[r["style"]] += 1
        for k, _s, _e in r["spans"]:
            kinds[k] += 1
            per_loc[r["locale"]][k] += 1
            per_style[r["style"]] += 1
    out = [f"records {len(lines)}, spans {sum(kinds.values())}", "", "per kind:"]
    out += [f"  {k:<12} {v}" for k, v in kinds.most_common()]
    out += ["", "per locale:"]
    out += [f"  {loc:<6} {sum(c.values()):>5}  " + ", ".join(f"{k} {v}" for k, v in c.most_common()) for loc, c in per_loc.items()]
    out += ["", "per style (records / spans):"]
    out += [f"  {s:<32} {style_recs[s]:>4} {per_style[s]:>6}" for s in sorted(style_recs)]
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    if a.check:
        lines = generate(a.limit)
        disk = OUT.read_text(encoding="utf-8").split("\n")
        want = "\n".join(lines)
        have = "\n".join(disk[: len(lines)])
        if want != have:
            for k, (x, y) in enumerate(zip(lines, disk, strict=False)):
                if x != y:
                    print(f"record {k} differs", file=sys.stderr)
                    break
            return 1
        if a.limit is None and OUT.read_text(encoding="utf-8") != want + "\n":
            print("file differs", file=sys.stderr)
            return 1
        print(f"ok: {len(lines)} records reproduce {OUT.name}")
        return 0
    if a.stats:
        print(stats(OUT.read_text(encoding="utf-8").splitlines()))
        return 0
    lines = generate()
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
