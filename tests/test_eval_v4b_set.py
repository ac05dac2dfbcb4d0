"""eval_v4b (half b of the fourth held-out privacy set): the committed file, its values, and
that its generator reproduces it byte for byte. Runs no detector."""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban, luhn

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "benchmarks" / "privacy_data"
SET = DATA / "eval_v4b.jsonl"
GEN = DATA / "eval_v4b_gen.py"
LOCALES = {
    "en_GB": "GB",
    "es_ES": "ES",
    "pt_BR": "BR",
    "zh_CN": "CN",
    "it_IT": "IT",
    "da_DK": "DK",
    "nb_NO": "NO",
    "id_ID": "ID",
    "es_MX": "MX",
    "en_AU": "AU",
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
USUAL = {"chat", "kiosk", "ticket", "log", "json", "sms", "signature"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    raw = SET.read_text(encoding="utf-8").splitlines()
    recs = [json.loads(x) for x in raw]
    for line, rec in zip(raw, recs, strict=True):
        assert line == json.dumps(rec, ensure_ascii=False, sort_keys=True)
    return recs


def _spans(records: list[dict]):  # type: ignore[no-untyped-def]
    for rec in records:
        for kind, s, e in rec["spans"]:
            yield rec, kind, rec["text"][s:e]


def test_shape_locales_and_styles(records: list[dict]) -> None:
    assert len(records) == 1000
    assert Counter(r["locale"] for r in records) == {loc: 100 for loc in LOCALES}
    for rec in records:
        assert list(rec) == ["locale", "spans", "style", "text"]
        prev = 0
        for kind, s, e in rec["spans"]:
            assert kind in KINDS
            assert prev <= s < e <= len(rec["text"]), rec
            piece = rec["text"][s:e]
            assert piece == piece.strip() and piece, rec
            prev = e
    styles = {r["style"] for r in records}
    assert len(styles) >= 10 and len(styles - USUAL) >= len(styles) / 2
    assert {k for r in records for k, _, _ in r["spans"]} == KINDS
    share_empty = sum(not r["spans"] for r in records) / len(records)
    assert 0.05 <= share_empty <= 0.12


def test_structured_values_are_valid(records: list[dict]) -> None:
    for rec, kind, v in _spans(records):
        if kind == "card":
            digits = re.sub(r"[ -]", "", v)
            assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn.is_valid(digits), v
        elif kind == "iban":
            assert iban.is_valid(v.replace(" ", "").upper()), v
        elif kind == "phone":
            num = phonenumbers.parse(v, LOCALES[rec["locale"]])
            assert phonenumbers.is_valid_number(num), (rec["locale"], v)
        elif kind in ("ipv4", "ipv6"):
            ip = ipaddress.ip_address(v)
            assert ip.version == int(kind[-1]), v
        elif kind == "mac":
            assert len(re.sub(r"[:.\-]", "", v)) == 12 and re.fullmatch(r"[0-9A-Fa-f:.\-]+", v), v
        elif kind == "ssn":
            assert re.fullmatch(r"(?!000|666|9)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4}", v), v
        elif kind == "email":
            at, dot = "at|arroba|chiocciola|snabel-a|krøllalfa", "dot|punto|ponto|punktum|titik"
            plain = re.sub(rf"\s*[\[(]({at})[\])]\s*|\s+({at})\s+|#", "@", v)
            plain = re.sub(rf"\s*[\[(]({dot})[\])]\s*|\s+({dot})\s+", ".", plain)
            assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", plain), v


def test_national_ids_pass_their_check_digits(records: list[dict]) -> None:
    from stdnum.au import tfn
    from stdnum.br import cpf
    from stdnum.cn import ric
    from stdnum.dk import cpr
    from stdnum.es import dni, nie
    from stdnum.gb import utr
    from stdnum.id import nik, npwp
    from stdnum.it import codicefiscale
    from stdnum.mx import curp, rfc
    from stdnum.no import fodselsnummer

    checked = Counter()
    # ids without a check digit (UK NINO, passports, licences, CIE, INE key) must match their
    # layout; those with one must pass it
    layout = re.compile(
        r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]"  # NINO
        r"|[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]\d"  # UK driving licence
        r"|\d{8,12}|[A-Z]{1,3}\d{6,8}|[A-Z][A-Z0-9]\d{7}[A-Z]|C[A-F]\d{5}[A-Z]{2}"  # passports, licences
        r"|[A-Z]{6}\d{8}[HM]\d{3}"  # Mexican voter key
        r"|\d{2}/?\d{8}/?\d{2}|\d{3}\.?\d{5}\.?\d{2}-?\d|\d{4} ?\d{5} ?\d"  # NSS, PIS, Medicare
    )
    for rec, kind, v in _spans(records):
        if kind != "national_id":
            continue
        c = v.replace(" ", "")
        loc = rec["locale"]
        validators = {
            "zh_CN": [ric.is_valid],
            "it_IT": [codicefiscale.is_valid],
            "da_DK": [cpr.is_valid],
            "nb_NO": [fodselsnummer.is_valid],
            "id_ID": [nik.is_valid, npwp.is_valid],
            "es_MX": [curp.is_valid, rfc.is_valid],
            "pt_BR": [cpf.is_valid],
            "es_ES": [dni.is_valid, nie.is_valid],
            "en_GB": [utr.is_valid],
            "en_AU": [tfn.is_valid],
        }[loc]
        if any(f(c) for f in validators):
            checked[loc] += 1
        else:
            assert layout.fullmatch(v), (loc, v)
    for loc in LOCALES:  # every locale has ids with a check digit (UK: UTR; NINO has none)
        assert checked[loc] >= 3, (loc, checked)


def test_structured_styles_parse(records: list[dict]) -> None:
    yaml = pytest.importorskip("yaml")
    for rec in records:
        if rec["style"] == "xml":
            ET.fromstring(rec["text"])
        elif rec["style"] == "yaml":
            assert isinstance(yaml.safe_load(rec["text"]), dict)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GEN), *args], capture_output=True, text=True, timeout=60
    )


def test_generator_reproduces_a_prefix() -> None:
    done = _run("--check", "--limit", "60")
    assert done.returncode == 0, done.stderr
    assert "60 records identical" in done.stdout


def test_a_tampered_copy_fails_the_check(tmp_path: Path) -> None:
    lines = SET.read_text(encoding="utf-8").splitlines()
    rec = json.loads(lines[7])
    rec["text"] = rec["text"].replace(rec["text"][0], "#", 1)
    lines[7] = json.dumps(rec, ensure_ascii=False, sort_keys=True)
    bad = tmp_path / "eval_v4b.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = _run("--check", "--limit", "60", "--file", str(bad))
    assert done.returncode == 1
    assert "line 8 differs" in done.stderr


def test_generator_imports_nothing_it_must_not() -> None:
    files = [GEN, *sorted(DATA.glob("_v4b_*.py"))]
    assert len(files) >= 6
    allowed_local = {p.stem for p in files}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            mods: list[str] = []
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                mods = [node.module]
            for m in mods:
                top = m.split(".")[0]
                assert top not in {"hybridsdk", "faker", "mimesis", "benchmarks"}, (path.name, m)
                if top == "names_dataset":  # only the one-off extraction reads the package
                    assert path.name == "_v4b_names.py", path.name
                if (top.startswith("_") and top != "__future__") or top.startswith("eval_"):
                    assert top in allowed_local, (path.name, m)
