"""Checks on the v9b blind evaluation half (benchmarks/privacy_data/eval_v9b.jsonl)."""

from __future__ import annotations

import collections
import ipaddress
import json
import pathlib
import re
import subprocess
import sys
import unicodedata

import phonenumbers
import pytest
from stdnum import iban as std_iban
from stdnum.by import unp
from stdnum.do import cedula
from stdnum.lv import pvn
from stdnum.mk import edb
from stdnum.mz import nuit
from stdnum.sn import ninea

DATA = pathlib.Path(__file__).resolve().parents[1] / "benchmarks" / "privacy_data"
FILE = DATA / "eval_v9b.jsonl"
GEN = DATA / "eval_v9b_gen.py"
LOCALES = ["si_LK", "uz_UZ", "lv_LV", "be_BY", "mk_MK", "fr_SN", "es_DO", "en_UG", "lo_LA", "pt_MZ"]
REGION = {
    "si_LK": "LK",
    "uz_UZ": "UZ",
    "lv_LV": "LV",
    "be_BY": "BY",
    "mk_MK": "MK",
    "fr_SN": "SN",
    "es_DO": "DO",
    "en_UG": "UG",
    "lo_LA": "LA",
    "pt_MZ": "MZ",
}
KINDS = {
    "person",
    "address",
    "dob",
    "email",
    "phone",
    "card",
    "iban",
    "ssn",
    "national_id",
    "ipv4",
    "ipv6",
    "gps",
    "mac",
    "secret",
}
IBAN_OK = {
    "si_LK": {"GB", "DE", "AE"},
    "uz_UZ": {"DE", "LT", "AE"},
    "lv_LV": {"LV", "LT", "DE", "GB"},
    "be_BY": {"BY", "LT", "DE", "LV"},
    "mk_MK": {"MK", "DE", "BE", "GB"},
    "fr_SN": {"FR", "BE", "ES"},
    "es_DO": {"DO", "ES", "DE", "GB"},
    "en_UG": {"GB", "DE", "AE"},
    "lo_LA": {"FR", "DE", "GB"},
    "pt_MZ": {"PT", "GB", "DE"},
}


@pytest.fixture(scope="module")
def lines():
    return FILE.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def records(lines):
    return [json.loads(ln) for ln in lines]


def _spans(records, kind):
    for r in records:
        for k, s, e in r["spans"]:
            if k == kind:
                yield r, r["text"][s:e]


def _ascii_digits(s):
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)


def test_shape(lines, records):
    assert len(records) == 1000
    for i, (ln, r) in enumerate(zip(lines, records, strict=True)):
        assert list(r) == ["locale", "spans", "style", "text"]
        assert ln == json.dumps(r, ensure_ascii=False, sort_keys=True)
        assert r["locale"] == LOCALES[i // 100]
        prev = 0
        for k, s, e in r["spans"]:
            assert k in KINDS
            assert 0 <= prev <= s < e <= len(r["text"])
            frag = r["text"][s:e]
            assert frag == frag.strip() and frag
            prev = e
    assert collections.Counter(r["locale"] for r in records) == {loc: 100 for loc in LOCALES}


def test_negatives_and_styles(records):
    negs = [r for r in records if not r["spans"]]
    assert len(negs) >= 80
    for li in range(10):
        for j in range(8):
            assert not records[li * 100 + j]["spans"]
            assert records[li * 100 + j]["style"].startswith("neg_")
    styles = {r["style"] for r in records if not r["style"].startswith("neg_")}
    assert len(styles) >= 18
    for r in records:
        assert "\x00" not in r["text"]
        if not r["style"].startswith("neg_"):
            assert r["spans"], r["text"][:80]


def test_cards_luhn(records):
    n = 0
    for _, v in _spans(records, "card"):
        d = re.sub(r"[ -]", "", v)
        assert d.isdigit() and 13 <= len(d) <= 19, v
        tot = 0
        for i, c in enumerate(reversed(d)):
            x = int(c) * (2 if i % 2 else 1)
            tot += x - 9 if x > 9 else x
        assert tot % 10 == 0, v
        n += 1
    assert n > 0


def test_ibans(records):
    n = 0
    for r, v in _spans(records, "iban"):
        assert std_iban.is_valid(v), v
        assert v[:2] in IBAN_OK[r["locale"]], (r["locale"], v)
        n += 1
    assert n > 0


def test_ips_and_macs(records):
    for _, v in _spans(records, "ipv4"):
        assert isinstance(ipaddress.ip_address(v), ipaddress.IPv4Address)
    for _, v in _spans(records, "ipv6"):
        assert isinstance(ipaddress.ip_address(v), ipaddress.IPv6Address)
    mac = re.compile(
        r"^([0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\2[0-9A-Fa-f]{2}){4}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})$"
    )
    for _, v in _spans(records, "mac"):
        assert mac.match(v), v


def test_phones(records):
    n = 0
    for r, v in _spans(records, "phone"):
        num = phonenumbers.parse(_ascii_digits(v), REGION[r["locale"]])
        assert phonenumbers.is_valid_number(num), (r["locale"], v)
        n += 1
    assert n > 500


def test_emails(records):
    plain = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
    obf = re.compile(
        r"^[A-Za-z0-9._-]+( ?\[dot\] ?[A-Za-z0-9_-]+)* ?\[at\] ?[A-Za-z0-9-]+( ?\[dot\] ?[A-Za-z0-9-]+)+$"
    )
    for _, v in _spans(records, "email"):
        assert plain.match(v) or obf.match(v), v


def _embg_ok(v):
    w = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    m = 11 - sum(int(d) * w[i] for i, d in enumerate(v[:12])) % 11
    return m != 10 and str(0 if m == 11 else m) == v[12]


def _pinfl_ok(v):
    w = (7, 3, 1) * 5
    return str(sum(int(d) * w[i] for i, d in enumerate(v[:13])) % 10) == v[13]


PASSPORT = re.compile(r"^(N\d{7}|[A-Z]{2}\d{7}|[MAN]\d{7}|[ABC]\d{8}|RD\d{7}|LV\d{7}|P[AB]\d{7})$")


def _nid_ok(loc, v):
    c = v.replace(" ", "")
    if PASSPORT.match(c):
        return True
    if loc == "si_LK":
        return bool(re.fullmatch(r"\d{9}[VX]|\d{12}|\d{9}", c))
    if loc == "uz_UZ":
        return (len(c) == 14 and c.isdigit() and _pinfl_ok(c)) or bool(
            re.fullmatch(r"[456]\d{8}", c)
        )
    if loc == "lv_LV":
        return pvn.is_valid(c)
    if loc == "be_BY":
        return unp.is_valid(c) or bool(re.fullmatch(r"[3-6]\d{6}[ABCEHKM]\d{3}(PB|BA|BI|GB)\d", c))
    if loc == "mk_MK":
        if len(c) == 13 and c.isdigit():
            return edb.is_valid(c) if c[0] in "45" else _embg_ok(c)
        return False
    if loc == "fr_SN":
        return ninea.is_valid(c) or bool(re.fullmatch(r"[12]\d{12}", c))
    if loc == "es_DO":
        return cedula.is_valid(c)
    if loc == "en_UG":
        return bool(re.fullmatch(r"C[MF]\d{2}[0-9A-Z]{10}|10\d{8}", c))
    if loc == "lo_LA":
        return bool(re.fullmatch(r"\d{12}", c))
    if loc == "pt_MZ":
        return nuit.is_valid(c) or bool(re.fullmatch(r"\d{12}[A-Z]", c))
    return False


def test_national_ids(records):
    n = 0
    for r, v in _spans(records, "national_id"):
        assert _nid_ok(r["locale"], v), (r["locale"], v)
        n += 1
    assert n > 300


def test_no_ssn(records):
    assert not list(_spans(records, "ssn"))


def test_regenerates_byte_for_byte():
    out = subprocess.run(
        [sys.executable, str(GEN), "--check"], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
