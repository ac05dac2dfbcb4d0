"""Shape, value validity and reproducibility of the blind set benchmarks/privacy_data/eval_v7b.jsonl."""

import ast
import ipaddress
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.al import nipt
from stdnum.cy import vat as cy_vat
from stdnum.ec import ci as ec_ci
from stdnum.gh import tin as gh_tin
from stdnum.gt import nit as gt_nit
from stdnum.md import idno as md_idno

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "privacy_data"
GEN = DATA / "eval_v7b_gen.py"
SET = DATA / "eval_v7b.jsonl"
LOCALES = {"zh_HK", "es_EC", "es_GT", "en_GH", "ro_MD", "sq_AL", "fr_MA", "ar_AE", "el_CY", "en_JM"}
KINDS = {
    "person", "address", "dob", "email", "phone", "card", "iban", "ssn", "national_id",
    "ipv4", "ipv6", "gps", "mac", "secret",
}  # fmt: skip
REGION = {loc: loc.split("_")[1] for loc in LOCALES}


@pytest.fixture(scope="module")
def records():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]


def values(records, kind):
    for r in records:
        for k, s, e in r["spans"]:
            if k == kind:
                yield r["locale"], r["text"][s:e]


def test_shape(records):
    assert len(records) == 1000
    per_locale = Counter(r["locale"] for r in records)
    assert set(per_locale) == LOCALES and set(per_locale.values()) == {100}
    assert len({r["style"] for r in records}) >= 18
    for line in SET.read_text(encoding="utf-8").splitlines():
        assert list(json.loads(line)) == ["locale", "spans", "style", "text"]
    for r in records:
        prev_end = 0
        for k, s, e in r["spans"]:
            assert k in KINDS
            assert 0 <= s < e <= len(r["text"])
            assert s >= prev_end, r
            val = r["text"][s:e]
            assert val == val.strip() and val
            prev_end = e
        assert r["spans"] == sorted(r["spans"], key=lambda x: (x[1], x[2]))


def test_negatives(records):
    for loc in LOCALES:
        empty = [r for r in records if r["locale"] == loc and not r["spans"]]
        assert len(empty) >= 8


def test_cards_luhn(records):
    vals = list(values(records, "card"))
    assert vals
    for _, v in vals:
        digits = re.sub(r"[ .-]", "", v)
        assert digits.isdigit() and len(digits) in (15, 16) and luhn.is_valid(digits), v


def test_ibans_mod97(records):
    vals = list(values(records, "iban"))
    assert vals
    for loc, v in vals:
        assert iban.is_valid(v), v
        assert v[:2] == REGION[loc]


def id_valid(loc: str, v: str) -> bool:
    compact = v.replace("-", "").replace(" ", "")
    if PASSPORT.get(loc) and re.fullmatch(PASSPORT[loc], compact) and not compact.startswith("784"):
        return True  # passport numbers carry no public check digit
    if loc == "es_EC":
        return ec_ci.is_valid(compact)
    if loc == "es_GT":
        return gt_nit.is_valid(v)
    if loc == "en_GH":
        return gh_tin.is_valid(compact)
    if loc == "ro_MD":
        return md_idno.is_valid(compact)
    if loc == "sq_AL":
        return nipt.is_valid(compact)
    if loc == "el_CY":
        return cy_vat.is_valid(compact)
    if loc == "ar_AE":
        return len(compact) == 15 and compact.startswith("784") and luhn.is_valid(compact)
    if loc == "zh_HK":
        sys.path.insert(0, str(DATA))
        from _v7b_values import hkid_valid

        return hkid_valid(v)
    if loc == "fr_MA":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d{5,6}", compact))
    if loc == "en_JM":
        return bool(re.fullmatch(r"\d{9}", compact))
    return False


PASSPORT = {
    "zh_HK": r"K\d{8}", "es_EC": r"A\d{7}", "en_GH": r"G\d{7}", "ro_MD": r"AB\d{7}",
    "sq_AL": r"B\d{8}", "es_GT": r"\d{9}", "fr_MA": r"[A-Z]{2}\d{7}", "ar_AE": r"[PN]\d{7}", "el_CY": r"K\d{8}", "en_JM": r"A\d{7}",
}  # fmt: skip


def test_national_ids(records):
    vals = list(values(records, "national_id"))
    assert len(vals) > 150
    for loc, v in vals:
        assert id_valid(loc, v), (loc, v)


def test_ips(records):
    for _, v in values(records, "ipv4"):
        assert ipaddress.ip_address(v).version == 4, v
    for _, v in values(records, "ipv6"):
        assert ipaddress.ip_address(v).version == 6, v


def test_phones(records):
    n = 0
    for loc, v in values(records, "phone"):
        num = phonenumbers.parse(v, REGION[loc])
        assert phonenumbers.is_valid_number(num), (loc, v)
        n += 1
    assert n > 500


def test_emails_and_gps(records):
    for _, v in values(records, "email"):
        assert (
            "@" in v
            or " at " in v
            or "[at]" in v
            or "(at)" in v
            or "arroba" in v
            or "arobase" in v
            or " et " in v
        ), v
    for _, v in values(records, "gps"):
        lat, lon = (float(x) for x in v.split(","))
        assert -90 <= lat <= 90 and -180 <= lon <= 180


def run_check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(GEN), "--check", "--limit", "50", "--out", str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_check_reproduces():
    res = run_check(SET)
    assert res.returncode == 0, res.stdout + res.stderr


def test_tampered_copy_fails(tmp_path):
    copy = tmp_path / "eval_v7b.jsonl"
    shutil.copy(SET, copy)
    lines = copy.read_text(encoding="utf-8").splitlines()
    res0 = subprocess.run(
        [sys.executable, "-c", "import random; print(sorted(random.Random('check').sample(range(1000), 50))[0])"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    i = int(res0.stdout)
    lines[i] = lines[i].replace('"text": "', '"text": "x', 1)
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run_check(copy).returncode == 1


def test_generator_imports():
    files = [GEN, *DATA.glob("_v7b_*.py")]
    assert len(files) >= 6
    for f in files:
        tree = ast.parse(f.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            mods = []
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                mods = [node.module or ""]
            for m in mods:
                assert m.split(".")[0] not in {"hybridsdk", "faker", "mimesis"}, (f, m)
