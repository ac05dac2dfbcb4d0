"""Shape and value checks for the blind evaluation set eval_v6a (benchmarks/privacy_data)."""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import subprocess
import sys
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.az import voen
from stdnum.be import nn as be_nn
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.ee import ik
from stdnum.is_ import kennitala
from stdnum.pe import cui
from stdnum.si import ddv, emso
from stdnum.za import idnr, tin

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "privacy_data"
FILE = DATA / "eval_v6a.jsonl"
GEN = DATA / "eval_v6a_gen.py"
LOCALES = {"en_ZA", "is_IS", "es_CL", "es_PE", "fr_BE", "it_CH", "sl_SI", "et_EE", "ka_GE", "az_AZ"}
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
REGION = {loc: loc.split("_")[1] for loc in LOCALES}
PASSPORT = re.compile(r"^(?:[A-Z]{1,2}\d{6,8}|\d{9}|\d{2}[A-Z]{2}\d{5}|[A-Z]\d{7,8})$")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(x) for x in FILE.read_text("utf-8").splitlines()]


def _values(records, kind):
    for r in records:
        for k, a, b in r["spans"]:
            if k == kind:
                yield r, r["text"][a:b]


def test_shape(records):
    assert len(records) == 1000
    per = {}
    for r in records:
        assert list(r) == ["locale", "spans", "style", "text"]
        assert r["locale"] in LOCALES
        per[r["locale"]] = per.get(r["locale"], 0) + 1
        prev = -1
        for k, a, b in r["spans"]:
            assert k in KINDS
            assert 0 <= a < b <= len(r["text"])
            assert a >= prev, r
            prev = b
            v = r["text"][a:b]
            assert v == v.strip()
    assert set(per.values()) == {100}
    styles = {r["style"] for r in records}
    assert len(styles) >= 18
    for loc in LOCALES:
        assert len({r["style"] for r in records if r["locale"] == loc}) >= 18, loc
    for loc in LOCALES:
        empty = [r for r in records if r["locale"] == loc and not r["spans"]]
        assert len(empty) >= 8


def test_cards(records):
    for _, v in _values(records, "card"):
        d = re.sub(r"[ .-]", "", v)
        assert d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d), v


def test_ibans(records):
    for _r, v in _values(records, "iban"):
        assert std_iban.is_valid(v.replace(" ", "").upper()), v


def test_ips_macs_gps(records):
    for _, v in _values(records, "ipv4"):
        assert ipaddress.ip_address(v).version == 4
    for _, v in _values(records, "ipv6"):
        assert ipaddress.ip_address(v).version == 6
    for _, v in _values(records, "mac"):
        assert re.fullmatch(r"[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}", v), v
    for _, v in _values(records, "gps"):
        lat, lon = (float(x) for x in re.split(r",\s*|\s+", v))
        assert -90 <= lat <= 90 and -180 <= lon <= 180


def test_phones(records):
    for r, v in _values(records, "phone"):
        num = phonenumbers.parse(v, REGION[r["locale"]])
        assert phonenumbers.is_valid_number(num), (r["locale"], v)


def test_emails(records):
    for _, v in _values(records, "email"):
        assert re.search(r"@|\bat\b|\[at\]|\(at\)|arroba|arobase|chiocciola|afna|ät|hjá", v), v


def _nid_ok(loc: str, v: str) -> bool:
    c = re.sub(r"[ .\-/]", "", v)
    if PASSPORT.match(v) and not (loc == "es_PE" and len(c) == 8):
        return True
    checks = {
        "en_ZA": lambda: idnr.is_valid(c) or tin.is_valid(c),
        "is_IS": lambda: kennitala.is_valid(c),
        "es_CL": lambda: rut.is_valid(c),
        "es_PE": lambda: (
            (len(c) == 8 and c.isdigit())
            or (len(c) == 9 and cui.calc_check_digits(c[:8])[0] == c[8])
        ),
        "fr_BE": lambda: be_nn.is_valid(c),
        "it_CH": lambda: ch_ssn.is_valid(c),
        "sl_SI": lambda: emso.is_valid(c) or ddv.is_valid(c),
        "et_EE": lambda: ik.is_valid(c),
        "ka_GE": lambda: len(c) == 11 and c.isdigit(),
        "az_AZ": lambda: voen.is_valid(c) or bool(re.fullmatch(r"[0-9A-Z]{7}", c)),
    }
    return checks[loc]()


def test_national_ids(records):
    for r, v in _values(records, "national_id"):
        assert _nid_ok(r["locale"], v), (r["locale"], v)


def test_dob_look_like_dates(records):
    for _, v in _values(records, "dob"):
        assert re.search(r"\d{4}", v), v


def test_check_reproduces(tmp_path):
    run = [sys.executable, str(GEN), "--check", "--limit", "50"]
    assert subprocess.run(run, capture_output=True).returncode == 0
    lines = FILE.read_text("utf-8").splitlines(keepends=True)
    lines[7] = lines[7].replace('"text": "', '"text": "x', 1)
    bad = tmp_path / "tampered.jsonl"
    bad.write_text("".join(lines), "utf-8")
    assert subprocess.run([*run, "--path", str(bad)], capture_output=True).returncode != 0


def test_generator_imports():
    banned = ("hybridsdk", "faker", "mimesis")
    files = [GEN, *DATA.glob("_v6a_*.py")]
    assert len(files) > 5
    for f in files:
        tree = ast.parse(f.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for n in names:
                assert not n.split(".")[0].lower().startswith(banned), (f.name, n)
