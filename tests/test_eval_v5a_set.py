"""The fifth held-out privacy set, first half (benchmarks/privacy_data/eval_v5a.jsonl).

Checks the committed file's shape and its values (re-validated from the text alone), that the
generator reproduces it byte for byte, that a tampered copy fails the check, and that the
generator stays apart from the detectors and from the generators they were tuned with.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "privacy_data"
SET = DATA / "eval_v5a.jsonl"
GEN = DATA / "eval_v5a_gen.py"
LOCALES = {"en_CA", "fr_CA", "es_AR", "pt_PT", "pl_PL", "tr_TR", "ko_KR", "el_GR", "bg_BG", "fa_IR"}
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
STRUCTURED = {"email", "phone", "card", "iban", "ssn", "national_id", "ipv4", "ipv6", "gps", "mac"}


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return SET.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def records(lines: list[str]) -> list[dict]:
    return [json.loads(x) for x in lines]


@pytest.fixture(scope="module")
def values_module():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(DATA))
    try:
        import _v5a_values

        yield _v5a_values
    finally:
        sys.path.remove(str(DATA))


def test_shape_counts_and_serialisation(lines: list[str], records: list[dict]) -> None:
    assert len(records) == 1000
    for line, rec in zip(lines, records, strict=False):
        assert list(rec) == ["locale", "spans", "style", "text"]
        assert line == json.dumps(rec, ensure_ascii=False, sort_keys=True)
    assert Counter(r["locale"] for r in records) == {loc: 100 for loc in LOCALES}
    styles = Counter(r["style"] for r in records)
    assert len(styles) >= 10 and min(styles.values()) >= 40
    clean = sum(1 for r in records if not r["spans"])
    assert 60 <= clean <= 100  # ~8 % without personal data
    assert {k for r in records for k, _, _ in r["spans"]} == KINDS


def test_spans_are_sorted_disjoint_and_trimmed(records: list[dict]) -> None:
    for r in records:
        text = r["text"]
        assert text == text.strip()
        end = 0
        for kind, s, e in r["spans"]:
            assert kind in KINDS
            assert end <= s < e <= len(text), r
            assert text[s:e] == text[s:e].strip()
            end = e


def test_structured_values_revalidate_from_the_text(records: list[dict], values_module) -> None:  # type: ignore[no-untyped-def]
    checked = Counter()
    for r in records:
        for kind, s, e in r["spans"]:
            if kind in STRUCTURED:
                assert values_module.check_value(kind, r["text"][s:e], r["locale"]), (
                    kind,
                    r["text"][s:e],
                )
                checked[kind] += 1
    assert set(checked) == STRUCTURED
    assert sum(checked.values()) > 1500


def test_a_broken_check_digit_fails_validation(values_module) -> None:  # type: ignore[no-untyped-def]
    v = values_module
    assert v.check_value("card", "4111 1111 1111 1111", "en_CA")
    assert not v.check_value("card", "4111 1111 1111 1112", "en_CA")
    assert not v.check_value("iban", "PL61 1090 1014 0000 0712 1981 2875", "pl_PL")
    assert v.check_value("iban", "PL61 1090 1014 0000 0712 1981 2874", "pl_PL")
    assert v.check_value("national_id", "44051401359", "pl_PL")  # a valid PESEL
    assert not v.check_value("national_id", "44051401358", "pl_PL")
    assert v.check_value("national_id", "0013542419", "fa_IR")  # a valid Iranian national code
    assert not v.ir_melli_ok("0013542418")


def test_regenerates_a_prefix_byte_for_byte() -> None:
    out = subprocess.run(
        [sys.executable, str(GEN), "--check", "--limit", "60"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "OK: 60 records" in out.stdout


def test_a_tampered_copy_fails_the_check(tmp_path: Path, lines: list[str]) -> None:
    rec = json.loads(lines[17])
    rec["text"] = rec["text"].replace(rec["text"][0], "#", 1)
    copy = [*lines[:17], json.dumps(rec, ensure_ascii=False, sort_keys=True), *lines[18:60]]
    path = tmp_path / "eval_v5a.jsonl"
    path.write_text("\n".join(copy) + "\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(GEN), "--check", "--limit", "60", "--path", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1
    assert "MISMATCH at record 17" in out.stderr


FORBIDDEN = (
    "hybridsdk",
    "faker",
    "mimesis",
    "benchmarks",
    "eval_v2",
    "eval_v3",
    "eval_v4",
    "_v3_",
    "_v4",
)


def test_the_generator_imports_no_detector_faker_or_older_set() -> None:
    files = [GEN, *sorted(DATA.glob("_v5a_*.py"))]
    assert len(files) >= 8
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.lower().startswith(FORBIDDEN), f"{path.name} imports {name}"


def test_name_pools_come_from_names_dataset_per_locale() -> None:
    pools = json.loads((DATA / "_v5a_names.json").read_text(encoding="utf-8"))
    assert set(pools) == LOCALES
    for loc, p in pools.items():
        assert len(p["given_f"]) > 300 and len(p["given_m"]) > 300, loc
        assert len(p["family"]) > (30 if loc == "ko_KR" else 300), loc
