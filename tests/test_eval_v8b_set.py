"""Shape and value checks for the v8b blind privacy evaluation half (benchmarks/privacy_data/eval_v8b.jsonl).

Values are re-validated from the text alone: Luhn for cards, mod 97 for IBANs, check digits for
national ids that have them, ipaddress for IPs, phonenumbers for phones.
"""

from __future__ import annotations

import ast
import collections
import ipaddress
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.sv import nit as sv_nit
from stdnum.tn import mf as tn_mf
from stdnum.us import ssn as us_ssn

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "privacy_data"
FILE = DATA / "eval_v8b.jsonl"
GEN = DATA / "eval_v8b_gen.py"
LOCALES = {"es_PA", "es_SV", "ar_TN", "ar_KW", "ar_OM", "am_ET", "zh_MO", "en_NA", "fr_HT", "ms_BN"}
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
REGION = {loc: loc[-2:] for loc in LOCALES}


@pytest.fixture(scope="module")
def records():
    return [json.loads(ln) for ln in FILE.read_text(encoding="utf-8").splitlines()]


def test_shape(records):
    assert len(records) == 1000
    per = collections.Counter(r["locale"] for r in records)
    assert set(per) == LOCALES and set(per.values()) == {100}
    styles = {r["style"] for r in records}
    assert len(styles) >= 18
    for ln in FILE.read_text(encoding="utf-8").splitlines():
        r = json.loads(ln)
        assert list(r) == ["locale", "spans", "style", "text"]
        assert json.dumps(r, ensure_ascii=False, sort_keys=True) == ln
    for r in records:
        t, prev = r["text"], 0
        for k, a, b in r["spans"]:
            assert k in KINDS
            assert 0 <= a < b <= len(t)
            assert a >= prev, "spans sorted and disjoint"
            assert t[a:b] == t[a:b].strip() and t[a:b]
            prev = b


def test_negatives(records):
    per = collections.Counter(r["locale"] for r in records if not r["spans"])
    assert all(per[loc] >= 8 for loc in LOCALES)


def _valid_phone(v: str, loc: str) -> bool:
    s = v.replace("(0)", "")
    cands = [s]
    digits = re.sub(r"\D", "", s)
    cands += ["+" + digits, "+" + digits[2:] if digits.startswith("00") else "+" + digits]
    for c in cands:
        try:
            n = phonenumbers.parse(c, REGION[loc])
        except phonenumbers.NumberParseException:
            continue
        if (
            phonenumbers.is_valid_number(n)
            and phonenumbers.region_code_for_number(n) == REGION[loc]
        ):
            return True
    return False


def _dui_ok(v: str) -> bool:
    d = v.replace("-", "")
    return (
        len(d) == 9
        and d.isdigit()
        and (10 - sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) % 10) % 10 == int(d[8])
    )


def _kw_ok(v: str) -> bool:
    w = [2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if not re.fullmatch(r"[23]\d{11}", v):
        return False
    c = 11 - sum(int(a) * b for a, b in zip(v[:11], w, strict=True)) % 11
    return c < 10 and c == int(v[11])


ID_FORMATS = {
    "es_PA": r"(\d{1,2}|E|PE|E-\d{1,2})-\d{1,6}-\d{1,6}|PA\d{7}",
    "ar_TN": r"[01]\d{7}|[XYZ]\d{6}",
    "ar_OM": r"\d{7,8}|[A-Z]\d{7}",
    "zh_MO": r"[157]\d{6}\(\d\)|MA\d{7}",
    "en_NA": r"\d{11}|P\d{7}",
    "fr_HT": r"\d{3}-\d{3}-\d{3}-\d|R\d{7}",
    "ms_BN": r"\d{2}-\d{6}|B\d{7}",
}


def _valid_id(v: str, loc: str) -> bool:
    if loc == "es_SV":
        return _dui_ok(v) or sv_nit.is_valid(v) or bool(re.fullmatch(r"A\d{8}", v))
    if loc == "ar_TN" and tn_mf.is_valid(v):
        return True
    if loc == "ar_KW":
        return _kw_ok(v) or bool(re.fullmatch(r"[A-Z]\d{7}", v))
    if loc == "am_ET":
        d = v.replace(" ", "")
        return (len(d) == 12 and d.isdigit() and verhoeff.is_valid(d)) or bool(
            re.fullmatch(r"EP\d{7}", v)
        )
    return bool(re.fullmatch(ID_FORMATS[loc], v))


def test_values_revalidated(records):
    bad = []
    for r in records:
        t, loc = r["text"], r["locale"]
        for k, a, b in r["spans"]:
            v = t[a:b]
            ok = True
            if k == "card":
                d = re.sub(r"[ .-]", "", v)
                ok = d.isdigit() and len(d) in (15, 16) and luhn.is_valid(d)
            elif k == "iban":
                ok = std_iban.is_valid(v)
            elif k == "ssn":
                ok = us_ssn.is_valid(v)
            elif k == "national_id":
                ok = _valid_id(v, loc)
            elif k == "ipv4":
                ok = isinstance(ipaddress.ip_address(v), ipaddress.IPv4Address)
            elif k == "ipv6":
                ok = isinstance(ipaddress.ip_address(v), ipaddress.IPv6Address)
            elif k == "phone":
                ok = _valid_phone(v, loc)
            elif k == "mac":
                ok = bool(
                    re.fullmatch(
                        r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}",
                        v,
                    )
                )
            elif k == "email":
                ok = "@" in v or "//" in v or " arroba " in v or "[at]" in v
            elif k == "gps":
                nums = [float(x) for x in re.findall(r"-?\d+\.\d+", v)]
                ok = len(nums) == 2 and all(abs(x) <= 180 for x in nums)
            elif k == "person":
                ok = not re.match(r"(?i)(mr|mrs|ms|dr|sr|sra|m\.|mme|hj)\b", v)
            if not ok:
                bad.append((r["style"], loc, k, v))
    assert not bad, (len(bad), collections.Counter((s, k) for s, _, k, _ in bad), bad[:10])


def test_check_reproduces_sample():
    out = subprocess.run(
        [sys.executable, str(GEN), "--check", "--limit", "50"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_tampered_copy_fails(tmp_path):
    lines = FILE.read_text(encoding="utf-8").splitlines(keepends=True)
    i = random.Random("check").sample(range(len(lines)), 50)[0]
    r = json.loads(lines[i])
    r["text"] = r["text"] + " "  # one extra character is enough to break byte equality
    lines[i] = json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n"
    p = tmp_path / "tampered.jsonl"
    p.write_text("".join(lines), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(GEN), "--check", "--limit", "50", "--path", str(p)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1


def test_generator_imports_nothing_forbidden():
    files = [GEN, *sorted(DATA.glob("_v8b_*.py"))]
    assert len(files) >= 5
    for f in files:
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            mods = []
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                mods = [node.module or ""]
            for m in mods:
                assert m.split(".")[0] not in {"hybridsdk", "faker", "mimesis"}, (f.name, m)


# ---------------------------------------------------------------- audit regressions
sys.path.insert(0, str(DATA))


def test_audit_regressions(records):
    import _v8b_values as V

    junk = {
        "Sdn Bhd",
        "Syarikat",
        "E-Shop",
        "December",
        "Ddg",
        "Gfj",
        "Ctg",
        "Haïti",
        "Zarzis",
        "Angus",
        "Dicky",
    }
    for r in records:
        t = r["text"]
        # a dotted quad is always an IP span (no version strings that read as IPs)
        ips = {(s, e) for k, s, e in r["spans"] if k == "ipv4"}
        for m in re.finditer(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])", t):
            assert any(s <= m.start() and m.end() <= e for s, e in ips), (r["style"], m.group())
        assert not re.search(r"\bv\d+\.\d+\.\d+\.\d+\b", t)
        persons = [t[s:e] for k, s, e in r["spans"] if k == "person"]
        assert not any(j in p for p in persons for j in junk), persons
        if r["style"] == "es_hits":
            # the geo pin is near the town of the ship_to address
            addrs = [t[s:e] for k, s, e in r["spans"] if k == "address"]
            pins = [t[s:e] for k, s, e in r["spans"] if k == "gps"]
            for a, g in zip(addrs, pins, strict=False):
                la, lo = map(float, g.split(","))
                towns = V.TOWNS.get(r["locale"], {})
                hit = max((x for x in towns if x in a), key=len, default=None)
                cla, clo = towns[hit] if hit else V.CENTRES[r["locale"]]
                assert abs(la - cla) < 0.05 and abs(lo - clo) < 0.05, (a, g)
        if r["style"] == "protobuf_text" and r["locale"] in ("ar_KW", "en_NA"):
            dob = next(t[s:e] for k, s, e in r["spans"] if k == "dob")
            nid = next(t[s:e] for k, s, e in r["spans"] if k == "national_id")
            y, mo, d = dob.split("-")
            body = nid[1:7] if r["locale"] == "ar_KW" else nid[:6]
            assert body == y[2:] + mo + d, (dob, nid)
