"""The fourth blind privacy set, half A (benchmarks/privacy_data/eval_v4a.jsonl) and its generator."""

from __future__ import annotations

import ast
import collections
import json
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "privacy_data"
SET = DATA / "eval_v4a.jsonl"
GEN = DATA / "eval_v4a_gen.py"
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
LOCALES = {"en_US", "de_DE", "fr_FR", "ja_JP", "ru_RU", "ro_RO", "hu_HU", "fi_FI", "he_IL", "vi_VN"}


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return SET.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def gen():
    sys.path.insert(0, str(DATA))
    try:
        import eval_v4a_gen

        yield eval_v4a_gen
    finally:
        sys.path.remove(str(DATA))


def test_the_file_has_1000_records_100_per_locale_in_the_format(lines: list[str]) -> None:
    assert len(lines) == 1000
    per_locale = collections.Counter()
    for line in lines:
        rec = json.loads(line)
        assert list(rec) == ["locale", "spans", "style", "text"]
        assert line == json.dumps(rec, ensure_ascii=False, sort_keys=True)
        per_locale[rec["locale"]] += 1
    assert per_locale == {loc: 100 for loc in LOCALES}


def test_every_span_is_ordered_trimmed_and_its_value_valid_by_its_rules(
    lines: list[str], gen
) -> None:
    styles = collections.Counter()
    kinds = collections.Counter()
    no_pii = 0
    for line in lines:
        rec = json.loads(line)
        styles[rec["style"]] += 1
        no_pii += not rec["spans"]
        gen.self_check(
            rec
        )  # offsets, trimming, per-kind re-validation from the text, JSON/XML/YAML parse
        for kind, _s, _e in rec["spans"]:
            assert kind in KINDS
            kinds[kind] += 1
    assert len(styles) >= 10
    assert set(kinds) == KINDS
    assert 0.05 <= no_pii / len(lines) <= 0.12


def test_the_self_check_rejects_wrong_labels(gen) -> None:
    rec = gen.make(7)
    kind, s, e = rec["spans"][0]
    bad = dict(rec, spans=[[kind, s, e + 1], *rec["spans"][1:]])
    with pytest.raises(AssertionError):
        gen.self_check(bad)
    card = {
        "locale": "de_DE",
        "spans": [["card", 6, 25]],
        "style": "sms",
        "text": "Karte 4111 1111 1111 1112 bitte",
    }
    with pytest.raises(AssertionError):
        gen.self_check(card)  # fails the Luhn check
    card["text"] = "Karte 4111 1111 1111 1111 bitte"
    gen.self_check(card)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GEN), *args], capture_output=True, text=True, timeout=120
    )


def test_check_regenerates_a_prefix_byte_for_byte() -> None:
    out = _run("--check", "--limit", "60")
    assert out.returncode == 0, out.stderr
    assert "60 records match" in out.stdout


def test_check_fails_on_a_tampered_copy(tmp_path: Path, lines: list[str]) -> None:
    rec = json.loads(lines[3])
    rec["text"] = rec["text"].replace(rec["text"][-1], "#", 1)
    tampered = [*lines[:3], json.dumps(rec, ensure_ascii=False, sort_keys=True), *lines[4:]]
    copy = tmp_path / "eval_v4a.jsonl"
    copy.write_text("\n".join(tampered) + "\n", encoding="utf-8")
    out = _run("--check", "--limit", "60", "--file", str(copy))
    assert out.returncode == 1
    assert "record 3 differs" in out.stderr


def test_the_generator_imports_no_detector_faker_mimesis_or_older_set() -> None:
    files = [GEN, *sorted(DATA.glob("_v4a_*.py"))]
    assert len(files) >= 6
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                mods = [node.module or ""]
            elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
                mods = ["_v4a_loc_"]  # the per-locale phrasings, by name
            else:
                continue
            for mod in mods:
                top = mod.split(".")[0]
                assert top not in {"hybridsdk", "faker", "mimesis", "benchmarks", "edge_models"}, (
                    path.name,
                    mod,
                )
                if (top.startswith("_") and top != "__future__") or top.startswith("eval_"):
                    assert top.startswith("_v4a_"), (path.name, mod)
