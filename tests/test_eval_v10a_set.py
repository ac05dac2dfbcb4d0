"""Checks on the v10a blind privacy evaluation set (benchmarks/privacy_data/eval_v10a.jsonl)."""

from __future__ import annotations

import collections
import datetime as dt
import ipaddress
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.si import emso

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "privacy_data" / "eval_v10a.jsonl"
GEN = ROOT / "benchmarks" / "privacy_data" / "eval_v10a_gen.py"
KINDS = {"person", "address", "dob", "email", "phone", "card", "iban", "ssn", "national_id", "ipv4", "ipv6", "gps", "mac", "secret"}
LOCALES = ["ps_AF", "tg_TJ", "ky_KG", "ar_QA", "so_SO", "rw_RW", "es_NI", "bs_BA", "dv_MV", "en_TT"]
REGION = {loc: loc[-2:] for loc in LOCALES}
IBAN_OK = {
    "ps_AF": {"DE", "GB", "SE"}, "tg_TJ": {"TR"}, "ky_KG": {"KZ", "TR"}, "ar_QA": {"QA"}, "so_SO": {"SO", "GB", "SE", "NO"},
    "rw_RW": {"BE", "FR"}, "es_NI": {"NI", "CR", "ES"}, "bs_BA": {"BA", "DE", "AT", "SI", "HR"}, "dv_MV": {"AE"}, "en_TT": {"GB"},
}


@pytest.fixture(scope="module")
def raw_lines():
    return DATA.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def records(raw_lines):
    return [json.loads(x) for x in raw_lines]


def values(records, kind):
    for r in records:
        for k, s, e in r["spans"]:
            if k == kind:
                yield r, r["text"][s:e]


def test_shape(records, raw_lines):
    assert len(records) == 1000
    counts = collections.Counter(r["locale"] for r in records)
    assert counts == {loc: 100 for loc in LOCALES}
    for i, (line, r) in enumerate(zip(raw_lines, records, strict=True)):
        assert list(r) == ["locale", "spans", "style", "text"]
        assert line == json.dumps(r, ensure_ascii=False, sort_keys=True)
        assert r["locale"] == LOCALES[i // 100]
        prev = 0
        for k, s, e in r["spans"]:
            assert k in KINDS
            assert prev <= s < e <= len(r["text"]), (i, k, s, e)
            v = r["text"][s:e]
            assert v == v.strip() and v, (i, k, v)
            prev = e


def test_negatives_and_styles(records):
    neg = [r for r in records if r["style"].startswith("neg_")]
    assert len(neg) >= 80
    assert all(not r["spans"] for r in neg)
    for i, r in enumerate(records):
        assert r["style"].startswith("neg_") == (i % 100 < 8)
    styles = {r["style"] for r in records if not r["style"].startswith("neg_")}
    assert len(styles) >= 18


_ISSUER = re.compile(r"^(4\d{15}|5[1-5]\d{14}|2(2[2-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}|3[47]\d{13}|62\d{14}|220[0-4]\d{12})$")


def test_cards(records):
    n = 0
    for _r, v in values(records, "card"):
        digits = re.sub(r"[ -]", "", v)
        assert luhn.is_valid(digits), v
        assert _ISSUER.match(digits), v
        n += 1
    assert n > 20


def test_ibans(records):
    for r, v in values(records, "iban"):
        assert std_iban.is_valid(v), v
        assert v[:2] in IBAN_OK[r["locale"]], (r["locale"], v)


def test_ips_and_macs(records):
    for _r, v in values(records, "ipv4"):
        assert isinstance(ipaddress.ip_address(v), ipaddress.IPv4Address), v
    for _r, v in values(records, "ipv6"):
        assert isinstance(ipaddress.ip_address(v), ipaddress.IPv6Address), v
    mac_re = re.compile(r"^([0-9a-f]{2}(:[0-9a-f]{2}){5}|[0-9A-F]{2}(:[0-9A-F]{2}){5}|[0-9A-F]{2}(-[0-9A-F]{2}){5}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})$")
    for _r, v in values(records, "mac"):
        assert mac_re.match(v), v


def test_no_unlabelled_ipv4_lookalikes(records):
    ip_re = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
    for r in records:
        covered = [(s, e) for k, s, e in r["spans"] if k == "ipv4"]
        for m in ip_re.finditer(r["text"]):
            assert any(s <= m.start() and m.end() <= e for s, e in covered), (r["style"], m.group())


def _ascii_digits(v):
    return "".join(str(unicodedata.digit(c)) if unicodedata.category(c) == "Nd" else c for c in v)


def test_phones(records):
    n = 0
    for r, v in values(records, "phone"):
        s = _ascii_digits(v)
        region = REGION[r["locale"]]
        num = phonenumbers.parse(s, region)
        ok = phonenumbers.is_valid_number(num)
        if not ok and s.isdigit():
            ok = phonenumbers.is_valid_number(phonenumbers.parse("+" + s, None))
        assert ok, (r["locale"], v)
        n += 1
    assert n > 1000


def _date_ok(y, m, d):
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


NI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY"


def _nid_ok(loc, style, v):
    if loc == "bs_BA" and re.fullmatch(r"\d{13}", v):
        return emso.is_valid(v) and 10 <= int(v[7:9]) <= 19
    if loc == "es_NI" and (m := re.fullmatch(r"(\d{3})-(\d{2})(\d{2})(\d{2})-(\d{4})([A-Z])", v)):
        return _date_ok(1900 + int(m[4]) if int(m[4]) > 25 else 2000 + int(m[4]), int(m[3]), int(m[2])) and \
            NI_LETTERS[int(v[:3] + v[4:10] + v[11:15]) % 23] == m[6]
    if loc == "ky_KG" and re.fullmatch(r"[12]\d{13}", v):
        return _date_ok(int(v[5:9]), int(v[3:5]), int(v[1:3]))
    if loc == "ar_QA" and re.fullmatch(r"[23]\d{10}", v):
        return True
    if loc == "rw_RW" and re.fullmatch(r"1 ?(19|20)\d\d ?[78] ?\d{7} ?\d ?\d\d", v):
        return len(v.replace(" ", "")) == 16
    if loc == "en_TT" and re.fullmatch(r"(19|20)\d{9}", v):
        return _date_ok(int(v[:4]), int(v[4:6]), int(v[6:8]))
    pats = {"ps_AF": r"1[34]\d\d-\d{4}-\d{5}|P\d{8}", "tg_TJ": r"\d{9}", "ky_KG": r"(AC|AN|PE)\d{7}", "ar_QA": r"0[12]\d{6}",
            "so_SO": r"\d{4} \d{4} \d{4}|P0[01]\d{6}", "rw_RW": r"PC\d{6}", "es_NI": r"C\d{8}", "bs_BA": r"A\d{7}",
            "dv_MV": r"A\d{6}|LA\d{7}", "en_TT": r"T\d{7}"}
    if re.fullmatch(pats[loc], v):
        return True
    return style == "ferry_manifest" and re.fullmatch(r"[A-Z0-9]{8,9}", v) is not None


def test_national_ids(records):
    for r, v in values(records, "national_id"):
        assert _nid_ok(r["locale"], r["style"], v), (r["locale"], r["style"], v)
    assert not list(values(records, "ssn"))


def test_emails(records):
    email_re = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
    for _r, v in values(records, "email"):
        assert email_re.match(v), v


def test_gps(records):
    gps_re = re.compile(r"^-?\d{1,2}\.\d{4,6},? ?-?\d{1,3}\.\d{4,6}$|^\d{1,2}°\d\d'\d\d\.\d\"[NS] \d{1,3}°\d\d'\d\d\.\d\"[EW]$")
    for _r, v in values(records, "gps"):
        assert gps_re.match(v), v


def test_check_reproduces_file():
    out = subprocess.run([sys.executable, str(GEN), "--check"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
