"""Checks on the tenth blind privacy set, half b (benchmarks/privacy_data/eval_v10b.jsonl)."""

from __future__ import annotations

import collections
import ipaddress
import json
import re
import subprocess
import sys
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum.dk import cpr as dk_cpr
from stdnum.ve import rif as ve_rif

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "privacy_data"
PATH = DATA / "eval_v10b.jsonl"
GEN = DATA / "eval_v10b_gen.py"

LOCALES = ["ar_LY", "ar_SD", "en_ZM", "en_ZW", "fr_CI", "fr_MG", "es_HN", "es_VE", "nl_SR", "fo_FO"]
REGION = {"ar_LY": "LY", "ar_SD": "SD", "en_ZM": "ZM", "en_ZW": "ZW", "fr_CI": "CI", "fr_MG": "MG",
          "es_HN": "HN", "es_VE": "VE", "nl_SR": "SR", "fo_FO": "FO"}
IBAN_COUNTRIES = {"ar_LY": {"LY"}, "ar_SD": {"SD"}, "en_ZM": {"GB"}, "en_ZW": {"GB", "DE"}, "fr_CI": {"FR"},
                  "fr_MG": {"FR"}, "es_HN": {"HN"}, "es_VE": {"ES"}, "nl_SR": {"NL"}, "fo_FO": {"FO", "DK"}}
KINDS = {"person", "address", "dob", "email", "phone", "card", "iban", "ssn", "national_id", "ipv4", "ipv6",
         "gps", "mac", "secret"}
EAST = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
ZW_LETTERS = "ZABCDEFGHJKLMNPQRSTVWXY"

# national id shapes per locale (format-only schemes; check digits tested separately)
NID = {
    "ar_LY": [r"[12](19|20)\d{9}", r"[A-Z]{2}\d{7}"],
    "ar_SD": [r"[1-9]\d{10}", r"P[1-9]\d{7}"],
    "en_ZM": [r"\d{6}/\d{2}/1", r"100\d{7}", r"Z[NAB]\d{6}"],
    "en_ZW": [r"\d{2}-?\d{6,7}[ -]?[A-Z][ -]?\d{2}", r"\d{8,9}[A-Z]\d{2}", r"[DEFG]N\d{6}"],
    "fr_CI": [r"CI0[012]\d{7}", r"[1-9]\d{10}", r"\d{2}A[DEFHK]\d{5}"],
    "fr_MG": [r"[1-6][12]\d{10}", r"[1-6][12]\d \d{3} \d{3} \d{3}", r"[1-6][12]\d\.\d{3}\.\d{3}\.\d{3}", r"\d{2}A[BCFG]\d{5}"],
    "es_HN": [r"\d{4}-(19|20)\d{2}-\d{5}", r"\d{4}(19|20)\d{2}\d{5}\d?", r"\d{4} (19|20)\d{2} \d{5}", r"[EFGH]\d{7}"],
    "es_VE": [r"V-\d{1,2}(\.\d{3}){2}", r"V-?\d{7,8}", r"\d{1,2}(\.\d{3}){2}", r"V-?\d{8}-?\d", r"[1-9]\d{8}"],
    "nl_SR": [r"F[BCDEKL]\d{6}", r"R\d{7}"],
    "fo_FO": [r"\d{6}-\d{3}", r"\d{6}-\d{4}", r"[1-9]\d{8}"],
}


def _load() -> list[dict]:
    return [json.loads(ln) for ln in PATH.read_text(encoding="utf-8").splitlines()]


RECORDS = _load()


def _spans(kind: str):
    for r in RECORDS:
        for k, a, b in r["spans"]:
            if k == kind:
                yield r, r["text"][a:b]


def test_shape_and_order():
    assert len(RECORDS) == 1000
    for i, r in enumerate(RECORDS):
        assert r["locale"] == LOCALES[i // 100]
        assert set(r) == {"locale", "spans", "style", "text"}
    counts = collections.Counter(r["locale"] for r in RECORDS)
    assert all(counts[loc] == 100 for loc in LOCALES)


def test_keys_sorted_on_disk():
    for ln in PATH.read_text(encoding="utf-8").splitlines():
        keys = list(json.loads(ln, object_pairs_hook=lambda kv: [k for k, _ in kv]))
        assert keys == sorted(keys)
        assert ln == json.dumps(json.loads(ln), ensure_ascii=False, sort_keys=True)


def test_spans_sorted_disjoint_stripped():
    for r in RECORDS:
        last = 0
        for k, a, b in r["spans"]:
            assert k in KINDS
            assert last <= a < b <= len(r["text"])
            v = r["text"][a:b]
            assert v == v.strip() and v
            last = b


def test_negatives():
    negs = [r for r in RECORDS if not r["spans"]]
    assert len(negs) >= 80
    for i, r in enumerate(RECORDS):
        if i % 100 < 8:
            assert r["style"].startswith("neg_") and not r["spans"]
        else:
            assert not r["style"].startswith("neg_")


def test_style_count():
    styles = {r["style"] for r in RECORDS}
    assert len(styles) >= 18
    assert len({s for s in styles if not s.startswith("neg_")}) >= 18


def _luhn(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        x = int(c)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        tot += x
    return tot % 10 == 0


def test_cards_luhn_and_issuer():
    n = 0
    for _, v in _spans("card"):
        ds = re.sub(r"[ -]", "", v)
        assert ds.isdigit() and _luhn(ds), v
        ok = (ds[0] == "4" and len(ds) == 16) or (51 <= int(ds[:2]) <= 55 and len(ds) == 16) or \
             (2221 <= int(ds[:4]) <= 2720 and len(ds) == 16) or (ds[:2] in ("34", "37") and len(ds) == 15)
        assert ok, v
        n += 1
    assert n > 50


def test_ibans_valid_and_country():
    n = 0
    for r, v in _spans("iban"):
        assert std_iban.is_valid(v), v
        assert v[:2] in IBAN_COUNTRIES[r["locale"]], (r["locale"], v)
        n += 1
    assert n > 50


def test_ips_parse():
    for _, v in _spans("ipv4"):
        ipaddress.IPv4Address(v)
        assert not v.startswith("255.")
    for _, v in _spans("ipv6"):
        ipaddress.IPv6Address(v)


def test_no_unlabelled_ips_or_emails():
    """Every dotted quad and every e-mail address in a text sits inside a span (audit, session 13)."""
    pats = [re.compile(r"(?<![\d.])(\d{1,3}\.){3}\d{1,3}(?![\d.])"), re.compile(r"[\w.-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}\b")]
    for r in RECORDS:
        spans = [(a, b) for _, a, b in r["spans"]]
        for pat in pats:
            for m in pat.finditer(r["text"]):
                assert any(a <= m.start() < b for a, b in spans), (r["style"], m.group())


def test_macs_well_formed():
    pat = re.compile(r"([0-9a-f]{2}:){5}[0-9a-f]{2}|([0-9A-F]{2}:){5}[0-9A-F]{2}|([0-9A-F]{2}-){5}[0-9A-F]{2}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}")
    for _, v in _spans("mac"):
        assert pat.fullmatch(v), v


def test_phones_valid_for_country():
    n = 0
    for r, v in _spans("phone"):
        region = REGION[r["locale"]]
        s = v.translate(EAST)
        num = phonenumbers.parse(s, region)
        if not phonenumbers.is_valid_number(num) and s.isdigit():
            num = phonenumbers.parse("+" + s, region)
        assert phonenumbers.is_valid_number(num), (r["locale"], v)
        assert phonenumbers.region_code_for_number(num) == region, (r["locale"], v)
        n += 1
    assert n > 1000


def test_national_ids():
    for r, v in _spans("national_id"):
        loc = r["locale"]
        assert any(re.fullmatch(p, v) for p in NID[loc]), (loc, v)
        if loc == "es_VE" and v.startswith("V") and len(re.sub(r"\D", "", v)) == 9:  # RIF (cedulas have <= 8 digits)
            assert ve_rif.is_valid(v.replace("-", "")), v
        if loc == "fo_FO" and re.fullmatch(r"\d{6}-\d{4}", v):
            assert dk_cpr.is_valid(v), v
        if loc == "en_ZW" and re.search(r"[A-Z]\s?-?\d{2}$", v) and not v.startswith(("DN", "EN", "FN", "GN")):
            c = re.sub(r"[ -]", "", v)
            assert ZW_LETTERS[int(c[:-3]) % 23] == c[-3], v


def test_emails_shape():
    pat = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[a-z]{2,}")
    for _, v in _spans("email"):
        assert pat.fullmatch(v), v


def test_gps_pairs():
    for _, v in _spans("gps"):
        nums = [float(x) for x in re.findall(r"-?\d+\.\d+", v)]
        assert len(nums) == 2 and abs(nums[0]) <= 90 and abs(nums[1]) <= 180, v


def test_dobs_are_dates():
    for _, v in _spans("dob"):
        groups = re.findall(r"\d+", v.translate(EAST))
        assert groups, v
        if len(groups) == 1 and len(groups[0]) == 8:  # YYYYMMDD or DDMMYYYY
            s = groups[0]
            assert 1940 <= int(s[:4]) <= 2025 or 1940 <= int(s[4:]) <= 2025, v
        elif any(len(g) == 4 for g in groups):
            assert any(1940 <= int(g) <= 2025 for g in groups if len(g) == 4), v


def test_generator_reproduces_file():
    out = subprocess.run([sys.executable, str(GEN), "--check"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
