"""The fifth held-out privacy set, half b (benchmarks/privacy_data/eval_v5b.jsonl).

Checks the committed file on its own terms (format, offsets, counts, values valid by their
rules), that the generator reproduces a prefix byte for byte and rejects a tampered copy, and that
the generator stays independent of the SDK, of Faker/mimesis and of the older sets.
"""

from __future__ import annotations

import ast
import collections
import ipaddress
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

stdnum_iban = pytest.importorskip("stdnum.iban")
luhn = pytest.importorskip("stdnum.luhn")
phonenumbers = pytest.importorskip("phonenumbers")

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "privacy_data"
SET = DATA / "eval_v5b.jsonl"
GEN = DATA / "eval_v5b_gen.py"
LOCALES = {"en_IN", "en_IE", "de_CH", "nl_BE", "es_CO", "zh_TW", "hr_HR", "lt_LT", "ms_MY", "ar_SA"}
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
# Styles the earlier sets already used (kept out of the "new styles" count).
OLD_STYLES = {
    "chat",
    "kiosk",
    "ticket",
    "log",
    "json",
    "sms",
    "signature",
    "email_thread",
    "clinic_note",
    "courier_note",
    "hr_form",
    "xml",
    "markdown_table",
    "sql_insert",
    "kv_log",
    "yaml",
    "chat_typos",
    "ocr_receipt",
    "calendar_invite",
    "bank_transfer",
    "crm_note",
}


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return SET.read_text(encoding="utf-8").splitlines(keepends=True)


@pytest.fixture(scope="module")
def records(lines: list[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in lines]


def test_format_keys_sorted_and_offsets_clean(
    lines: list[str], records: list[dict[str, object]]
) -> None:
    assert len(records) == 1000
    for line, rec in zip(lines, records, strict=True):
        assert line == json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n"
        text = rec["text"]
        assert isinstance(text, str) and text == text.strip()
        last = 0
        for kind, start, end in rec["spans"]:  # type: ignore[union-attr]
            assert kind in KINDS
            assert last <= start < end <= len(text)
            value = text[start:end]
            assert value == value.strip(), (kind, value)
            last = end


def test_counts_per_locale_style_and_clean_share(records: list[dict[str, object]]) -> None:
    per_locale = collections.Counter(r["locale"] for r in records)
    assert set(per_locale) == LOCALES and set(per_locale.values()) == {100}
    styles = collections.Counter(r["style"] for r in records)
    assert len(styles) >= 10
    assert len(set(styles) - OLD_STYLES) >= len(styles) / 2
    clean = sum(1 for r in records if not r["spans"])
    assert 50 <= clean <= 120  # ~8% without personal data
    kinds = collections.Counter(k for r in records for k, _, _ in r["spans"])  # type: ignore[union-attr]
    assert set(kinds) == KINDS, set(KINDS) - set(kinds)


REGION = {
    "en_IN": "IN",
    "en_IE": "IE",
    "de_CH": "CH",
    "nl_BE": "BE",
    "es_CO": "CO",
    "zh_TW": "TW",
    "hr_HR": "HR",
    "lt_LT": "LT",
    "ms_MY": "MY",
    "ar_SA": "SA",
}


def test_structured_values_are_valid_by_their_rules(records: list[dict[str, object]]) -> None:
    """Independent of the generator's own checks: the plainly written forms of each kind."""
    checked = collections.Counter()
    for rec in records:
        text = rec["text"]
        for kind, start, end in rec["spans"]:  # type: ignore[union-attr]
            value = text[start:end]  # type: ignore[index]
            if kind == "iban":
                assert stdnum_iban.is_valid(value.upper().replace("-", "")), value
            elif kind == "card":
                digits = re.sub(r"[ -]", "", value)
                assert digits.isdigit() and luhn.is_valid(digits), value
            elif kind == "ipv4" or kind == "ipv6":
                ip = ipaddress.ip_address(value)
                assert ip.version == (4 if kind == "ipv4" else 6), value
            elif kind == "email" and "@" in value and " " not in value and "[" not in value:
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value), value
            elif kind == "phone" and re.fullmatch(r"[+\d][\d ()./-]+", value):
                num = phonenumbers.parse(value, REGION[rec["locale"]])  # type: ignore[index]
                assert phonenumbers.is_valid_number(num), (rec["locale"], value)
            elif kind == "mac":
                assert len(re.sub(r"[:.-]", "", value)) == 12, value
            else:
                continue
            checked[kind] += 1
    assert checked["phone"] > 500 and checked["iban"] > 30 and checked["card"] > 20


def test_every_record_passes_the_generators_self_checks(records: list[dict[str, object]]) -> None:
    sys.path.insert(0, str(DATA))
    try:
        import _v5b_checks as checks
    finally:
        sys.path.remove(str(DATA))
    for rec in records:
        assert checks.check_structure(rec) == [], rec
        assert checks.check_parse(str(rec["style"]), str(rec["text"])) == [], rec["style"]


def _check(*extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GEN), "--check", "--limit", "60", *extra],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_generator_reproduces_a_prefix_byte_for_byte() -> None:
    done = _check()
    assert done.returncode == 0, done.stderr
    assert "60 records match" in done.stdout


def test_a_tampered_copy_fails_the_check(tmp_path: Path, lines: list[str]) -> None:
    i = next(i for i in range(60) if json.loads(lines[i])["spans"])
    rec = json.loads(lines[i])
    rec["spans"][0][2] -= 1  # one span one character short
    bad = [*lines[:i], json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n", *lines[i + 1 :]]
    copy = tmp_path / "eval_v5b.jsonl"
    copy.write_text("".join(bad), encoding="utf-8")
    done = _check("--file", str(copy))
    assert done.returncode == 1
    assert f"MISMATCH at record {i}" in done.stderr


def test_generator_imports_no_sdk_faker_mimesis_or_older_set() -> None:
    files = [GEN, *sorted(DATA.glob("_v5b_*.py"))]
    assert len(files) >= 8
    allowed_local = {p.stem for p in files}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
                names = [a.value for a in node.args if isinstance(a, ast.Constant)]
            for name in names:
                top = name.split(".")[0]
                assert top not in {"hybridsdk", "faker", "mimesis", "benchmarks"}, (path.name, name)
                if top != "__future__" and (
                    top.startswith("_")
                    or top.startswith(
                        (
                            "eval_",
                            "names_dev",
                            "pii_",
                            "phone_dev",
                            "structured_dev",
                            "cues_",
                            "span_rules",
                            "ner_dev",
                            "errors",
                        )
                    )
                ):
                    assert top in allowed_local, (path.name, name)
