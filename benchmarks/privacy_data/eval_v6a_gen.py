"""Generate eval_v6a.jsonl: blind PII evaluation set, half a (10 locales x 100 texts).

Record i uses only random.Random(f"eval_v6a/{i}").

    python eval_v6a_gen.py            # write eval_v6a.jsonl
    python eval_v6a_gen.py --check    # regenerate and compare byte for byte
    python eval_v6a_gen.py --stats    # per-kind and per-locale span counts
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _v6a_ctx import Ctx
from _v6a_doc import Doc
from _v6a_styles_forms import (
    gym_membership,
    parking_fine,
    payroll_slip,
    school_enrolment,
    utility_bill,
    visa_application,
)
from _v6a_styles_letters import (
    clinic_referral,
    death_notice,
    job_application,
    meeting_minutes,
    order_email,
    real_estate_listing,
    ride_receipt,
    support_call_notes,
)
from _v6a_styles_neg import NEG_STYLES, lookalike_line
from _v6a_styles_tech import (
    app_log,
    bank_statement,
    crm_csv,
    email_headers,
    git_log,
    ics_invite,
    iot_yaml,
    pandas_print,
    sql_dump,
    traceback_locals,
)

OUT = Path(__file__).with_name("eval_v6a.jsonl")
LOCALES = ["en_ZA", "is_IS", "es_CL", "es_PE", "fr_BE", "it_CH", "sl_SI", "et_EE", "ka_GE", "az_AZ"]
PER_LOCALE = 100
NEG_SLOTS = {5, 17, 29, 41, 53, 65, 77, 89}  # 8 texts per locale with no personal data

STYLES = {
    "sql_dump": sql_dump,
    "crm_csv": crm_csv,
    "iot_fleet_yaml": iot_yaml,
    "pandas_printout": pandas_print,
    "email_headers": email_headers,
    "ics_invite": ics_invite,
    "git_log": git_log,
    "traceback_locals": traceback_locals,
    "mobile_app_log": app_log,
    "bank_statement": bank_statement,
    "payroll_slip": payroll_slip,
    "school_enrolment": school_enrolment,
    "gym_membership": gym_membership,
    "visa_application": visa_application,
    "utility_bill": utility_bill,
    "parking_fine": parking_fine,
    "clinic_referral": clinic_referral,
    "death_notice": death_notice,
    "support_call_notes": support_call_notes,
    "order_email": order_email,
    "real_estate_listing": real_estate_listing,
    "job_application_email": job_application,
    "ride_receipt": ride_receipt,
    "meeting_minutes_md": meeting_minutes,
}
CASUAL = {"support_call_notes", "meeting_minutes_md", "crm_csv", "ride_receipt"}


def strip_marks(s: str) -> str:
    """Drop diacritics where that keeps the length (so offsets stay valid)."""
    out = []
    for ch in s:
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(b for b in base if not unicodedata.combining(b))
        out.append(base if len(base) == 1 and base.isascii() else ch)
    return "".join(out)


def make(i: int) -> dict:
    rng = random.Random(f"eval_v6a/{i}")
    loc = LOCALES[i // PER_LOCALE]
    j = i % PER_LOCALE
    c = Ctx(rng, loc)
    d = Doc()
    if j in NEG_SLOTS:
        names = sorted(NEG_STYLES)
        style = names[(j // 12 + i // PER_LOCALE) % len(names)]
        NEG_STYLES[style](c, d)
        return d.record(loc, style)
    names = list(STYLES)
    k = j - sum(1 for x in NEG_SLOTS if x < j)  # rank among this locale's texts with PII
    style = names[(k + 7 * (i // PER_LOCALE)) % len(names)]
    STYLES[style](c, d)
    if rng.random() < 0.08:  # long texts: a bundle of documents of the same kind
        for _ in range(rng.randint(2, 4)):
            d.t("\n\n-----\n\n")
            STYLES[style](c, d)
    if rng.random() < 0.12:
        d.t("\n" + lookalike_line(c))
    rec = d.record(loc, style)
    if style in CASUAL and rng.random() < 0.35:
        rec["text"] = strip_marks(rec["text"])
    return rec


def dump(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, sort_keys=True)


def generate(limit: int | None = None) -> list[str]:
    n = len(LOCALES) * PER_LOCALE
    idx = range(n) if limit is None else range(min(limit, n))
    return [dump(make(i)) for i in idx]


def stats(path: Path) -> None:
    kinds = collections.Counter()
    per_loc = collections.defaultdict(collections.Counter)
    styles = collections.Counter()
    for line in path.read_text("utf-8").splitlines():
        rec = json.loads(line)
        styles[rec["style"]] += 1
        for k, _, _ in rec["spans"]:
            kinds[k] += 1
            per_loc[rec["locale"]][k] += 1
    print("kind counts:")
    for k, v in sorted(kinds.items(), key=lambda x: -x[1]):
        print(f"  {k:12s} {v}")
    print("per locale:")
    for loc in LOCALES:
        print(
            f"  {loc} total={sum(per_loc[loc].values())} "
            + " ".join(f"{k}={v}" for k, v in sorted(per_loc[loc].items()))
        )
    print("styles:", dict(sorted(styles.items())))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--path", type=Path, default=OUT)
    a = ap.parse_args(argv)
    if a.stats:
        stats(a.path)
        return 0
    lines = generate(a.limit)
    if a.check:
        have = a.path.read_text("utf-8").splitlines(keepends=True)
        if a.limit is not None:
            have = have[: a.limit]
        want = [x + "\n" for x in lines]
        if have != want:
            bad = next(
                (k for k, (x, y) in enumerate(zip(have, want, strict=False)) if x != y), len(want)
            )
            print(f"MISMATCH at line {bad + 1}", file=sys.stderr)
            return 1
        print(f"ok: {len(want)} lines reproduce")
        return 0
    a.path.write_text("".join(x + "\n" for x in lines), "utf-8")
    print(f"wrote {len(lines)} records to {a.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
