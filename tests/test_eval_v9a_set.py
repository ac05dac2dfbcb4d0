"""Checks on the v9a blind privacy evaluation set (benchmarks/privacy_data/eval_v9a.jsonl)."""

from __future__ import annotations

import ipaddress
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.ke import pin as ke_pin
from stdnum.nz import ird as nz_ird
from stdnum.pk import cnic as pk_cnic
from stdnum.py import ruc as py_ruc
from stdnum.sk import rc as sk_rc
from stdnum.th import pin as th_pin

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "privacy_data" / "eval_v9a.jsonl"
GEN = ROOT / "benchmarks" / "privacy_data" / "eval_v9a_gen.py"
LOCALES = ["th_TH", "ur_PK", "sw_KE", "my_MM", "mn_MN", "ne_NP", "es_PY", "en_NZ", "sk_SK", "hy_AM"]
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
    "th_TH": {"DE", "GB"},
    "ur_PK": {"PK", "AE", "SA", "GB"},
    "sw_KE": {"GB", "DE"},
    "my_MM": set(),
    "mn_MN": {"MN", "DE"},
    "ne_NP": {"QA", "AE"},
    "es_PY": set(),
    "en_NZ": {"GB", "IE"},
    "sk_SK": {"SK", "CZ", "AT", "DE"},
    "hy_AM": {"DE", "GE"},
}


def _ascii_digits(s: str) -> str:
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)


@pytest.fixture(scope="module")
def lines():
    return DATA.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def recs(lines):
    return [json.loads(x) for x in lines]


def _values(recs, kind):
    for r in recs:
        for k, s, e in r["spans"]:
            if k == kind:
                yield r, r["text"][s:e]


def test_shape(lines, recs):
    assert len(recs) == 1000
    for i, (ln, r) in enumerate(zip(lines, recs)):  # noqa: B905
        assert list(r) == ["locale", "spans", "style", "text"]
        assert ln == json.dumps(r, ensure_ascii=False, sort_keys=True)
        assert r["locale"] == LOCALES[i // 100]
    assert Counter(r["locale"] for r in recs) == {loc: 100 for loc in LOCALES}


def test_spans_sorted_disjoint_stripped(recs):
    for r in recs:
        t, last = r["text"], 0
        for k, s, e in r["spans"]:
            assert k in KINDS
            assert 0 <= last <= s < e <= len(t)
            assert t[s:e] == t[s:e].strip()
            last = e
        assert r["spans"] == sorted(r["spans"], key=lambda x: (x[1], x[2]))


def test_negatives_and_styles(recs):
    for i, r in enumerate(recs):
        if i % 100 < 8:
            assert r["spans"] == [] and r["style"].startswith("neg_")
        else:
            assert r["spans"] and not r["style"].startswith("neg_")
    assert sum(1 for r in recs if not r["spans"]) >= 80
    assert len({r["style"] for r in recs}) >= 18


def test_cards_luhn(recs):
    for _, v in _values(recs, "card"):
        assert luhn.is_valid(re.sub(r"[ -]", "", v)), v


def test_ibans(recs):
    for r, v in _values(recs, "iban"):
        assert std_iban.is_valid(v), v
        assert v[:2] in IBAN_OK[r["locale"]], (r["locale"], v)


def test_ips(recs):
    for _, v in _values(recs, "ipv4"):
        assert ipaddress.ip_address(v).version == 4, v
    for _, v in _values(recs, "ipv6"):
        assert ipaddress.ip_address(v).version == 6, v


def test_macs(recs):
    pat = re.compile(
        r"^([0-9A-Fa-f]{2}([:-])){5}[0-9A-Fa-f]{2}$|^[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}$"
    )
    for _, v in _values(recs, "mac"):
        assert pat.match(v), v


def test_phones(recs):
    n = 0
    for r, v in _values(recs, "phone"):
        num = phonenumbers.parse(_ascii_digits(v), r["locale"][3:])
        assert phonenumbers.is_valid_number(num), (r["locale"], v)
        n += 1
    assert n > 500


def test_emails(recs):
    pat = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
    for _, v in _values(recs, "email"):
        assert pat.match(v), v


def test_national_ids(recs):
    checked = Counter()
    for r, v in _values(recs, "national_id"):
        loc, a = r["locale"], _ascii_digits(v)
        if loc == "th_TH" and re.fullmatch(r"[\d-]{13,17}", a):
            assert th_pin.is_valid(a), v
        elif loc == "ur_PK" and re.fullmatch(r"\d{5}-\d{7}-\d", a):
            assert pk_cnic.is_valid(a), v
        elif loc == "sw_KE" and a.startswith("A"):
            assert ke_pin.is_valid(a), v
        elif loc == "es_PY" and "-" in a:
            assert py_ruc.is_valid(a), v
        elif loc == "en_NZ" and re.fullmatch(r"\d{3}-\d{3}-\d{3}|\d{8,9}", a):
            assert nz_ird.is_valid(a), v
        elif loc == "sk_SK" and "/" in a:
            assert sk_rc.is_valid(a), v
        else:
            continue
        checked[loc] += 1
    for loc in ("th_TH", "ur_PK", "en_NZ", "sk_SK"):
        assert checked[loc] > 10, checked


def test_check_reproduces():
    out = subprocess.run(
        [sys.executable, str(GEN), "--check"], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stdout + out.stderr
