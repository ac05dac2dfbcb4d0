"""Shape, value validity and reproducibility of the blind set benchmarks/privacy_data/eval_v6b.jsonl."""

import ast
import ipaddress
import json
import pathlib
import re
import subprocess
import sys

import phonenumbers
import pytest
from stdnum.is_ import kennitala
from stdnum.mt import vat as mt_vat
from stdnum.rs import pib
from stdnum.uy import rut

ROOT = pathlib.Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "privacy_data"
FILE = DATA / "eval_v6b.jsonl"
GEN = DATA / "eval_v6b_gen.py"
LOCALES = {"en_PH", "en_SG", "en_NG", "bn_BD", "sr_RS", "mt_MT", "is_IS", "kk_KZ", "pt_AO", "es_UY"}
KINDS = set(
    [
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
    ]
)
REGION = {loc: loc.split("_")[1] for loc in LOCALES}


@pytest.fixture(scope="module")
def records():
    return [json.loads(line) for line in FILE.read_text("utf-8").splitlines()]


def test_shape(records):
    assert len(records) == 1000
    per = {}
    for r in records:
        assert list(r) == ["locale", "spans", "style", "text"]
        assert r["locale"] in LOCALES
        per[r["locale"]] = per.get(r["locale"], 0) + 1
        end = 0
        for kind, s, e in r["spans"]:
            assert kind in KINDS
            assert 0 <= s < e <= len(r["text"])
            assert s >= end, r
            end = e
            v = r["text"][s:e]
            assert v == v.strip()
    assert set(per.values()) == {100}
    assert len({r["style"] for r in records}) >= 18
    negatives = [r for r in records if not r["spans"]]
    for loc in LOCALES:
        assert sum(r["locale"] == loc for r in negatives) >= 8


def _luhn(d: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c) * (2 if i % 2 else 1)
        tot += x - 9 if x > 9 else x
    return tot % 10 == 0


def _mod97(code: str) -> bool:
    s = code[4:] + code[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _jmbg(s: str) -> bool:
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k = 11 - sum(int(c) * x for c, x in zip(s, w, strict=False)) % 11
    return (0 if k > 9 else k) == int(s[12])


def _iin(s: str) -> bool:
    k = sum(int(c) * (i + 1) for i, c in enumerate(s[:11])) % 11
    if k == 10:
        k = (
            sum(int(c) * x for c, x in zip(s, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], strict=False))
            % 11
        )
    return k == int(s[11])


def _nric(s: str) -> bool:
    tot = sum(int(c) * x for c, x in zip(s[1:8], [2, 7, 6, 5, 4, 3, 2], strict=False)) + (
        4 if s[0] in "TG" else 0
    )
    return ("JZIHGFEDCBA" if s[0] in "ST" else "XWUTRQPNMLK")[tot % 11] == s[8]


def _uy_ci(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    k = (10 - sum(int(c) * w for c, w in zip(d[:7], [2, 9, 8, 7, 6, 3, 4], strict=False)) % 10) % 10
    return k == int(d[7])


def test_values_revalidate(records):
    checked = {"card": 0, "iban": 0, "national_id": 0, "ip": 0, "phone": 0}
    for r in records:
        loc, text = r["locale"], r["text"]
        for kind, s, e in r["spans"]:
            v = text[s:e]
            if kind == "card":
                d = re.sub(r"[ .-]", "", v)
                assert d.isdigit() and 13 <= len(d) <= 19 and _luhn(d), v
                checked["card"] += 1
            elif kind == "iban":
                code = v.replace(" ", "")
                assert code[:2] == REGION[loc] and _mod97(code), v
                checked["iban"] += 1
            elif kind in ("ipv4", "ipv6"):
                ip = ipaddress.ip_address(v)
                assert ip.version == int(kind[-1]), v
                checked["ip"] += 1
            elif kind == "phone":
                assert phonenumbers.is_valid_number(phonenumbers.parse(v, REGION[loc])), v
                checked["phone"] += 1
            elif kind == "national_id":
                before = text[max(0, s - 20) : s]
                ok = None
                if loc == "sr_RS" and re.fullmatch(r"\d{13}", v):
                    ok = _jmbg(v)
                elif loc == "sr_RS" and "PIB" in before:
                    ok = pib.is_valid(v)
                elif loc == "is_IS" and re.fullmatch(r"\d{6}-?\d{4}", v):
                    ok = kennitala.is_valid(v)
                elif loc == "kk_KZ" and re.fullmatch(r"\d{12}", v):
                    ok = _iin(v)
                elif loc == "en_SG" and re.fullmatch(r"[STFG]\d{7}[A-Z]", v):
                    ok = _nric(v)
                elif loc == "mt_MT" and v.startswith("MT"):
                    ok = mt_vat.is_valid(v)
                elif loc == "es_UY" and re.fullmatch(r"\d\.?\d{3}\.?\d{3}-\d", v):
                    ok = _uy_ci(v)
                elif loc == "es_UY" and re.fullmatch(r"\d{12}", v):
                    ok = rut.is_valid(v)
                if ok is not None:
                    assert ok, (loc, v)
                    checked["national_id"] += 1
    assert all(n > 50 for n in checked.values()), checked


def test_check_reproduces_and_detects_tampering(tmp_path):
    run = [sys.executable, str(GEN), "--check", "--limit", "50"]
    assert subprocess.run(run, capture_output=True).returncode == 0
    lines = FILE.read_text("utf-8").splitlines(keepends=True)
    r = json.loads(lines[7])
    r["text"] = r["text"].replace("a", "á", 1) if "a" in r["text"] else r["text"] + " "
    lines[7] = json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n"
    bad = tmp_path / "tampered.jsonl"
    bad.write_text("".join(lines), "utf-8")
    assert subprocess.run([*run, "--file", str(bad)], capture_output=True).returncode == 1


def test_generator_imports_are_clean():
    banned = ("hybridsdk", "faker", "mimesis")
    files = [GEN, *DATA.glob("_v6b_*.py")]
    assert len(files) > 5
    for f in files:
        for node in ast.walk(ast.parse(f.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for n in names:
                assert n.split(".")[0].lower() not in banned, (f.name, n)
