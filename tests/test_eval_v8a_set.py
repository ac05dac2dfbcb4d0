"""Checks for the v8a blind privacy evaluation set (benchmarks/privacy_data/eval_v8a.jsonl)."""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.cr import cpf as cr_cpf
from stdnum.dz import nif as dz_nif

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "privacy_data"
FILE = DATA / "eval_v8a.jsonl"
KINDS = {"person", "address", "dob", "email", "phone", "card", "iban", "ssn", "national_id",
         "ipv4", "ipv6", "gps", "mac", "secret"}  # fmt: skip
LOCALES = ["es_BO", "es_CR", "fr_HT", "ar_DZ", "ar_IQ", "ar_LB", "en_BW", "km_KH", "en_FJ", "ar_YE"]
KH_AR = str.maketrans("០១២៣៤៥៦៧៨៩٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(ln) for ln in FILE.read_text(encoding="utf-8").splitlines()]


def _values(records: list[dict], kind: str):
    for r in records:
        for k, a, b in r["spans"]:
            if k == kind:
                yield r, r["text"][a:b]


def test_shape(records: list[dict]) -> None:
    assert len(records) == 1000
    counts: dict[str, int] = {}
    for r in records:
        assert sorted(r) == ["locale", "spans", "style", "text"]
        counts[r["locale"]] = counts.get(r["locale"], 0) + 1
        end = 0
        for k, a, b in r["spans"]:
            assert k in KINDS
            assert 0 <= a < b <= len(r["text"])
            assert a >= end, r["spans"]
            end = b
            v = r["text"][a:b]
            assert v == v.strip() and v
    assert counts == {loc: 100 for loc in LOCALES}
    styles = {r["style"] for r in records}
    assert len(styles) >= 18
    negatives = [r for r in records if not r["spans"]]
    assert len(negatives) >= 80


def test_keys_sorted_on_disk() -> None:
    for ln in FILE.read_text(encoding="utf-8").splitlines()[:50]:
        assert ln == json.dumps(json.loads(ln), ensure_ascii=False, sort_keys=True)


def test_cards_luhn(records: list[dict]) -> None:
    for _, v in _values(records, "card"):
        digits = re.sub(r"[ .-]", "", v)
        assert digits.isdigit() and len(digits) in (15, 16) and luhn.is_valid(digits), v


def test_ibans(records: list[dict]) -> None:
    n = 0
    for r, v in _values(records, "iban"):
        assert std_iban.is_valid(v), v
        assert v[:2] == r["locale"][-2:]
        n += 1
    assert n >= 20


def test_ips_macs_gps(records: list[dict]) -> None:
    for _, v in _values(records, "ipv4"):
        assert isinstance(ipaddress.ip_address(v), ipaddress.IPv4Address), v
    for _, v in _values(records, "ipv6"):
        assert isinstance(ipaddress.ip_address(v), ipaddress.IPv6Address), v
    for _, v in _values(records, "mac"):
        assert re.fullmatch(
            r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|([0-9a-f]{4}\.){2}[0-9a-f]{4}", v
        ), v
    for _, v in _values(records, "gps"):
        lat, lon = (float(x) for x in re.split(r",\s*|\s+", v))
        assert -90 <= lat <= 90 and -180 <= lon <= 180


def test_phones_valid(records: list[dict]) -> None:
    for r, v in _values(records, "phone"):
        region = r["locale"][-2:]
        num = v.replace("/", "")
        if num.startswith("00"):
            num = "+" + num[2:]
        p = phonenumbers.parse(num, region)
        assert phonenumbers.is_valid_number(p), (r["locale"], v)
        assert phonenumbers.region_code_for_number(p) == region, (r["locale"], v)


def test_national_ids(records: list[dict]) -> None:
    fmt = {
        "BO": r"\d{7,8}(( |-)(LP|SC|CB|OR|PT|CH|TJ)| L\.P\.)?|\d{10,11}|B\d{7}",
        "CR": r"\d-\d{4}-\d{4}|\d{9}|1(55|86)\d{9}",
        "HT": r"\d{3}-\d{3}-\d{3}-\d|\d{2}-\d{2}-\d{2}-\d{4}-\d{2}-\d{5}|R\d{7}",
        "DZ": r"\d{15}|[12]\d{17}|\d{9}",
        "IQ": r"(19|20)\d{10}|[ABG]\d{8}",
        "LB": r"LR\d{7}|0000\d{8}",
        "BW": r"\d{4}[12]\d{4}|BN\d{7}",
        "KH": r"\d{9}|N\d{8}",
        "FJ": r"[56]\d{8}|[12]\d{7}|[BC]\d{6}",
        "YE": r"\d{11}|0\d{8}",
    }
    for r, v in _values(records, "national_id"):
        cc = r["locale"][-2:]
        assert re.fullmatch(fmt[cc], v), (cc, v)
        if cc == "CR" and re.fullmatch(r"\d-\d{4}-\d{4}|\d{9}", v):
            assert cr_cpf.is_valid(v), v
        if cc == "DZ" and len(v) == 15:
            assert dz_nif.is_valid(v), v


def test_ssn_email_secret_dob(records: list[dict]) -> None:
    for _, v in _values(records, "ssn"):
        m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
        assert (
            m and m[1] not in ("000", "666") and m[1][0] != "9" and m[2] != "00" and m[3] != "0000"
        )
    for _, v in _values(records, "email"):
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v) or re.search(
            r"[\[(](at|arroba|arobase)[\])]", v
        ), v
    for _, v in _values(records, "secret"):
        assert " " not in v and len(v) >= 6
    for _, v in _values(records, "dob"):
        assert re.search(r"(19|20)\d\d|^\d{6}$", v.translate(KH_AR)), v


def test_check_reproduces_and_detects_tampering(tmp_path: Path) -> None:
    sys.path.insert(0, str(DATA))
    import eval_v8a_gen as gen

    assert gen.main(["--check", "--limit", "50"]) == 0
    lines = FILE.read_text(encoding="utf-8").splitlines()[:50]
    lines[7] = lines[7].replace('"text": "', '"text": "X', 1)
    bad = tmp_path / "tampered.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert gen.main(["--check", "--limit", "50", "--file", str(bad)]) == 1


def test_generator_imports_are_clean() -> None:
    files = [DATA / "eval_v8a_gen.py", *sorted(DATA.glob("_v8a_*.py"))]
    assert len(files) >= 8
    for f in files:
        tree = ast.parse(f.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for n in names:
                assert n.split(".")[0] not in ("hybridsdk", "faker", "mimesis"), (f.name, n)
