"""Shape, value and reproducibility checks for the v7a blind privacy evaluation set."""

import ast
import ipaddress
import json
import re
import subprocess
import sys
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban, luhn, verhoeff
from stdnum.al import nipt
from stdnum.cy import vat as cy_vat
from stdnum.es import dni, nie
from stdnum.gh import tin as gh_tin
from stdnum.md import idno
from stdnum.za import idnr

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "privacy_data"
FILE = DATA / "eval_v7a.jsonl"
GEN = DATA / "eval_v7a_gen.py"
LOCALES = {"ro_MD", "el_CY", "en_GH", "sq_AL", "ca_ES", "lb_LU", "ar_MA", "ar_JO", "fr_CM", "af_ZA"}
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
REGION = {
    "ro_MD": "MD",
    "el_CY": "CY",
    "en_GH": "GH",
    "sq_AL": "AL",
    "ca_ES": "ES",
    "lb_LU": "LU",
    "ar_MA": "MA",
    "ar_JO": "JO",
    "fr_CM": "CM",
    "af_ZA": "ZA",
}


@pytest.fixture(scope="module")
def records():
    return [json.loads(ln) for ln in FILE.read_text(encoding="utf-8").splitlines()]


def test_shape(records):
    assert len(records) == 1000
    per = {}
    for r in records:
        assert list(r) == ["locale", "spans", "style", "text"]
        assert r["locale"] in LOCALES
        per[r["locale"]] = per.get(r["locale"], 0) + 1
        prev_end = -1
        for kind, s, e in r["spans"]:
            assert kind in KINDS
            assert 0 <= s < e <= len(r["text"])
            assert s >= prev_end, r["spans"]
            prev_end = e
            v = r["text"][s:e]
            assert v == v.strip() and v
    assert set(per.values()) == {100}
    assert len({r["style"] for r in records}) >= 18
    for loc in LOCALES:
        neg = [r for r in records if r["locale"] == loc and not r["spans"]]
        assert len(neg) >= 8, loc


def _luxid(v):
    v = v.replace(" ", "")
    return (
        len(v) == 13 and v.isdigit() and luhn.is_valid(v[:12]) and verhoeff.is_valid(v[:11] + v[12])
    )


def _nss(v):
    v = v.replace(" ", "")
    return len(v) == 12 and v.isdigit() and int(v[:10]) % 97 == int(v[10:])


def _nid_ok(loc, v):
    c = v.replace(" ", "").replace("-", "")
    if loc == "ro_MD":
        return idno.is_valid(c)
    if loc == "el_CY":
        return cy_vat.is_valid(c) or re.fullmatch(r"\d{6,8}", c) is not None
    if loc == "en_GH":
        return gh_tin.is_valid(c) or re.fullmatch(r"GHA-\d{9}-\d", v) is not None
    if loc == "sq_AL":
        return nipt.is_valid(c)
    if loc == "ca_ES":
        return dni.is_valid(c) or nie.is_valid(c) or _nss(v)
    if loc == "lb_LU":
        return _luxid(v)
    if loc == "ar_MA":
        return re.fullmatch(r"[A-Z]{1,2}\d{5,6}", c) is not None
    if loc == "ar_JO":
        return re.fullmatch(r"\d{10}", c) is not None
    if loc == "fr_CM":
        return re.fullmatch(r"\d{9}", c) is not None
    return idnr.is_valid(c)


def test_values_revalidate(records):
    for r in records:
        loc = r["locale"]
        for kind, s, e in r["spans"]:
            v = r["text"][s:e]
            if kind == "card":
                d = re.sub(r"[ -]", "", v)
                assert d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d), v
            elif kind == "iban":
                assert iban.is_valid(v), v
            elif kind == "national_id":
                assert _nid_ok(loc, v), (loc, v)
            elif kind == "ipv4":
                assert ipaddress.ip_address(v).version == 4, v
            elif kind == "ipv6":
                assert ipaddress.ip_address(v).version == 6, v
            elif kind == "phone":
                assert phonenumbers.is_valid_number(phonenumbers.parse(v, REGION[loc])), (loc, v)
            elif kind == "email":
                plain = re.sub(r"\s*(\[at\]|\(at\)| at )\s*", "@", v)
                plain = re.sub(r"\s*(\[dot\]| dot )\s*", ".", plain)
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", plain), v
            elif kind == "mac":
                assert re.fullmatch(
                    r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|([0-9a-f]{4}\.){2}[0-9a-f]{4}", v
                ), v
            elif kind == "gps":
                la, lo = (float(x) for x in re.split(r"[ ,]+", v))
                assert -90 <= la <= 90 and -180 <= lo <= 180
            elif kind == "person":
                assert not re.search(r"[\d@:|^/]", v), v
            elif kind == "dob":
                assert re.search(r"\d", v), v


def test_check_reproduces():
    out = subprocess.run(
        [sys.executable, str(GEN), "--check", "--limit", "50"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_tampered_copy_fails(tmp_path):
    lines = FILE.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[0] = lines[0].replace('"text": "', '"text": "X', 1)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("".join(lines), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(GEN), "--check", "--limit", "50", "--file", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode != 0


def test_generator_imports_are_clean():
    files = [GEN, *sorted(DATA.glob("_v7a_*.py"))]
    assert len(files) > 5
    for f in files:
        tree = ast.parse(f.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for n in names:
                assert n.split(".")[0] not in {"hybridsdk", "faker", "mimesis"}, (f.name, n)
