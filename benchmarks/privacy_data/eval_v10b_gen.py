"""Generator of the tenth blind privacy set, half b (eval_v10b.jsonl).

Record i (0..999) draws only from random.Random(f"eval_v10b/{i}"); locale = i // 100; the first
8 records of each locale are hard negatives, the rest cycle through that locale's styles.

    python benchmarks/privacy_data/eval_v10b_gen.py            # write the file
    python benchmarks/privacy_data/eval_v10b_gen.py --check    # regenerate and compare
    python benchmarks/privacy_data/eval_v10b_gen.py --stats    # span counts
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

import _v10b_styles_money as M  # noqa: E402
import _v10b_styles_people as P  # noqa: E402
import _v10b_styles_tech as T  # noqa: E402
import _v10b_values as V  # noqa: E402
from _v10b_doc import KINDS, Doc, record  # noqa: E402
from _v10b_locale import Loc  # noqa: E402
from _v10b_negatives import NEG_STYLES  # noqa: E402

OUT = HERE / "eval_v10b.jsonl"
LOCALES = ["ar_LY", "ar_SD", "en_ZM", "en_ZW", "fr_CI", "fr_MG", "es_HN", "es_VE", "nl_SR", "fo_FO"]

STYLES = [
    M.camt053_xml, M.nacha_iat, M.edifact_invoic, M.fuel_card_statement, M.sms_bank_alerts, M.customs_declaration,
    T.dicom_dump, T.haproxy_log, T.cisco_asa_syslog, T.keycloak_event_json, T.jenkins_console, T.ussd_session_log,
    T.pharmacy_delivery_log, T.x12_270_271,
    P.ship_crew_list, P.hostel_allotment, P.tenant_screening, P.telemedicine_chat, P.choir_roster,
    P.fishing_licence_register, P.mining_permit_register, P.pilgrimage_registration, P.call_disposition_csv,
]
# styles a locale does not have (no such register or service there)
SKIP = {"fo_FO": {"mining_permit_register", "pilgrimage_registration", "ussd_session_log"}}

LOOKALIKE_RATE = 0.12


def locale_styles(code: str) -> list:
    return [s for s in STYLES if s.__name__ not in SKIP.get(code, set())]


def check_record(rec: dict) -> None:
    text = rec["text"]
    last = 0
    for kind, a, b in rec["spans"]:
        if kind not in KINDS:
            raise ValueError(kind)
        if a < last or b <= a or b > len(text):
            raise ValueError(f"bad span {kind} {a} {b} in {rec['style']}")
        v = text[a:b]
        if v != v.strip():
            raise ValueError(f"unstripped {v!r}")
        last = b


def make(i: int, locs: dict) -> dict:
    rng = random.Random(f"eval_v10b/{i}")
    li = i // 100
    code = LOCALES[li]
    L = locs[code]
    k = i % 100
    d = Doc()
    if k < 8:
        fn = NEG_STYLES[(k + li) % len(NEG_STYLES)]
        fn(rng, L, d)
        if d.spans:
            raise ValueError(f"negative with spans: {fn.__name__}")
    else:
        styles = locale_styles(code)
        fn = styles[(k - 8 + 3 * li) % len(styles)]
        fn(rng, L, d)
        if rng.random() < LOOKALIKE_RATE:
            d.t("\n" + V.lookalike(rng, L.lang))
    rec = record(code, fn.__name__, d)
    check_record(rec)
    return rec


def build(limit: int | None = None) -> list[str]:
    locs = {c: Loc(c) for c in LOCALES}
    n = 1000 if limit is None else limit
    return [json.dumps(make(i, locs), ensure_ascii=False, sort_keys=True) for i in range(n)]


def stats(lines: list[str]) -> None:
    by_kind: collections.Counter = collections.Counter()
    by_loc: dict = collections.defaultdict(collections.Counter)
    by_style: dict = collections.defaultdict(collections.Counter)
    neg = 0
    for ln in lines:
        r = json.loads(ln)
        if not r["spans"]:
            neg += 1
        for kind, _, _ in r["spans"]:
            by_kind[kind] += 1
            by_loc[r["locale"]][kind] += 1
        by_style[r["style"]]["records"] += 1
        by_style[r["style"]]["spans"] += len(r["spans"])
    print(f"records {len(lines)}, without spans {neg}, spans {sum(by_kind.values())}")
    print("\nper kind:")
    for k in KINDS:
        print(f"  {k:<12} {by_kind[k]:>5}")
    print("\nper locale:")
    for loc in LOCALES:
        c = by_loc[loc]
        print(f"  {loc}  total {sum(c.values()):>5}  " + " ".join(f"{k}={c[k]}" for k in KINDS if c[k]))
    print("\nper style (records, spans):")
    for s in sorted(by_style):
        print(f"  {s:<26} {by_style[s]['records']:>4} {by_style[s]['spans']:>6}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--limit", type=int)
    a = ap.parse_args()
    lines = build(a.limit)
    if a.check:
        have = OUT.read_text(encoding="utf-8").splitlines()
        want = have if a.limit is None else have[: a.limit]
        if lines != want:
            bad = next((i for i, (x, y) in enumerate(zip(lines, want, strict=False)) if x != y), min(len(lines), len(want)))
            print(f"MISMATCH at record {bad}", file=sys.stderr)
            return 1
        print(f"ok: {len(lines)} records reproduce {OUT.name}")
        return 0
    if a.stats:
        stats(lines)
        return 0
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
