"""Generate benchmarks/privacy_data/eval_v8b.jsonl: half of the eighth blind privacy set.

1,000 texts, 100 per locale (es_PA es_SV ar_TN ar_KW ar_OM am_ET zh_MO en_NA fr_HT ms_BN).
Record i uses only random.Random(f"eval_v8b/{i}").

    python benchmarks/privacy_data/eval_v8b_gen.py            # write the file
    python benchmarks/privacy_data/eval_v8b_gen.py --check    # regenerate, compare byte for byte
    python benchmarks/privacy_data/eval_v8b_gen.py --check --limit 50 [--path FILE]
    python benchmarks/privacy_data/eval_v8b_gen.py --stats    # per-kind / per-locale span counts
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

import _v8b_negatives as NEG  # noqa: E402
import _v8b_people as P  # noqa: E402
import _v8b_styles_machine as M  # noqa: E402
import _v8b_styles_paper as D  # noqa: E402

OUT = HERE / "eval_v8b.jsonl"
PER_LOCALE = 100
NEG_PER_LOCALE = 8
STYLES = {
    "radius_acct": M.radius_acct,
    "win_event_xml": M.win_event_xml,
    "journal_json": M.journal_json,
    "crontab_keys": M.crontab_keys,
    "protobuf_text": M.protobuf_text,
    "es_hits": M.es_hits,
    "redis_monitor": M.redis_monitor,
    "k8s_events": M.k8s_events,
    "helpdesk_json": M.helpdesk_json,
    "sip_cdr": M.sip_cdr,
    "payment_webhook_log": M.payment_webhook_log,
    "postfix_maillog": M.postfix_maillog,
    "remittance_receipt": D.remittance_receipt,
    "electoral_roll": D.electoral_roll,
    "rent_ledger": D.rent_ledger,
    "savings_group": D.savings_group,
    "lottery_notice": D.lottery_notice,
    "md_blog": D.md_blog,
    "mbox": D.mbox,
    "pnr_gds": D.pnr_gds,
    "bibtex": D.bibtex,
    "sim_registration": D.sim_registration,
    "group_manifest": D.group_manifest,
}
NEGATIVES = {
    "stock_board": NEG.stock_board,
    "boardgame_rules": NEG.boardgame_rules,
    "transit_delay": NEG.transit_delay,
}


def record(i: int) -> dict:
    rng = random.Random(f"eval_v8b/{i}")
    loc = P.LOCALES[i // PER_LOCALE]
    j = i % PER_LOCALE
    if j < NEG_PER_LOCALE:
        names = sorted(NEGATIVES)
        style = names[j % len(names)]
        doc = NEGATIVES[style](rng, loc)
    else:
        names = sorted(STYLES)
        style = names[(j - NEG_PER_LOCALE + i // PER_LOCALE) % len(names)]
        doc = STYLES[style](rng, loc)
        if rng.random() < 0.12:
            doc.t(("\n" if not doc.text().endswith("\n") else "") + NEG.lookalike(rng) + "\n")
    text = doc.text()
    assert all(k == k and text[a:b] == text[a:b].strip() for k, a, b in doc.spans)
    return {
        "locale": loc,
        "spans": sorted(doc.spans, key=lambda s: (s[1], s[2])),
        "style": style,
        "text": text,
    }


def line(i: int) -> str:
    return json.dumps(record(i), ensure_ascii=False, sort_keys=True) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--path", default=str(OUT))
    a = ap.parse_args(argv)
    n = len(P.LOCALES) * PER_LOCALE
    path = Path(a.path)
    if a.check:
        have = path.read_text(encoding="utf-8").splitlines(keepends=True)
        idx = range(n) if a.limit is None else random.Random("check").sample(range(n), a.limit)
        bad = [i for i in idx if i >= len(have) or have[i] != line(i)]
        if len(have) != n:
            bad.append(-1)
        print("check:", "OK" if not bad else f"{len(bad)} mismatching records, e.g. {bad[:5]}")
        return 1 if bad else 0
    if a.stats:
        kinds, locs, styles = (
            collections.Counter(),
            collections.defaultdict(collections.Counter),
            collections.Counter(),
        )
        for ln in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(ln)
            styles[r["style"]] += 1
            for k, _, _ in r["spans"]:
                kinds[k] += 1
                locs[r["locale"]][k] += 1
        print("kind         spans")
        for k, c in sorted(kinds.items(), key=lambda x: -x[1]):
            print(f"{k:<12} {c:>6}")
        print(
            f"{'total':<12} {sum(kinds.values()):>6}\n\nlocale  spans  "
            + " ".join(k[:5] for k in sorted(kinds))
        )
        for loc in P.LOCALES:
            print(
                f"{loc}  {sum(locs[loc].values()):>5}  "
                + " ".join(f"{locs[loc][k]:>5}" for k in sorted(kinds))
            )
        print("\nstyle texts")
        for s, c in sorted(styles.items()):
            print(f"{s:<20} {c:>4}")
        return 0
    path.write_text("".join(line(i) for i in range(n)), encoding="utf-8")
    print(f"wrote {n} records to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
