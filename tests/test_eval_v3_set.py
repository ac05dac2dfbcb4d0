"""The third held-out privacy set (benchmarks/privacy_data/eval_v3.jsonl) keeps its promises.

Checks the committed file's format and labels, re-validates every structured value from the text
alone with python-stdnum / phonenumbers / ipaddress, regenerates a prefix of the set byte for byte,
and makes sure the generator stays blind: it imports no detector of the SDK, no Faker, no mimesis.
"""

from __future__ import annotations

import ast
import collections
import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "benchmarks" / "privacy_data"
SET = DATA / "eval_v3.jsonl"
GENERATOR_FILES = [*sorted(DATA.glob("_v3_*.py")), DATA / "eval_v3_gen.py"]
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
LOCALES = {
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "nl_NL",
    "pl_PL",
    "sv_SE",
    "en_GB",
    "en_US",
    "el_GR",
    "ru_RU",
    "ar_EG",
    "hi_IN",
    "ja_JP",
    "zh_CN",
    "ko_KR",
    "pt_BR",
    "tr_TR",
    "uk_UA",
    "cs_CZ",
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def generator():
    pytest.importorskip("names_dataset", reason='needs the dev extra: pip install -e ".[dev]"')
    sys.path.insert(0, str(DATA))
    try:
        import eval_v3_gen

        yield eval_v3_gen
    finally:
        sys.path.remove(str(DATA))


def test_each_line_is_canonical_json_with_the_four_keys() -> None:
    for n, line in enumerate(SET.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        assert list(record) == ["locale", "spans", "style", "text"], n
        assert json.dumps(record, ensure_ascii=False, sort_keys=True) == line, n


def test_size_locales_styles_and_share_without_personal_data(records: list[dict]) -> None:
    assert 1900 <= len(records) <= 2100
    per_locale = collections.Counter(r["locale"] for r in records)
    assert set(per_locale) == LOCALES
    assert min(per_locale.values()) >= 90
    styles = collections.Counter(r["style"] for r in records)
    assert len(styles) >= 13 and min(styles.values()) >= 100
    empty = sum(1 for r in records if not r["spans"]) / len(records)
    assert 0.05 <= empty <= 0.11
    assert all(r["text"].strip() for r in records)


def test_spans_are_sorted_disjoint_trimmed_and_of_known_kinds(records: list[dict]) -> None:
    for n, r in enumerate(records):
        text, end_before = r["text"], 0
        for kind, start, end in r["spans"]:
            assert kind in KINDS, (n, kind)
            assert end_before <= start < end <= len(text), (n, start, end)
            value = text[start:end]
            assert value == value.strip() and value, (n, value)
            end_before = end


def test_every_kind_appears_in_every_locale_where_it_exists(records: list[dict]) -> None:
    seen = collections.Counter((k, r["locale"]) for r in records for k, _, _ in r["spans"])
    for kind in KINDS - {"ssn"}:
        for locale in LOCALES:
            assert seen[(kind, locale)] >= 2, (kind, locale)
    assert seen[("ssn", "en_US")] >= 20
    assert sum(c for (k, loc), c in seen.items() if k == "ssn" and loc != "en_US") == 0


def _region(locale: str) -> str:
    return locale.split("_")[1]


def test_structured_values_revalidate_from_the_text_alone(records: list[dict]) -> None:
    checked = collections.Counter()
    for n, r in enumerate(records):
        for kind, start, end in r["spans"]:
            value = r["text"][start:end]
            if kind == "card":
                assert luhn.is_valid(re.sub(r"[ -]", "", value)), (n, value)
            elif kind == "iban":
                assert iban.is_valid(value.upper()), (n, value)
            elif kind == "phone":
                num = phonenumbers.parse(value, _region(r["locale"]))
                assert phonenumbers.is_valid_number(num), (n, value)
            elif kind == "ssn":
                assert ssn.is_valid(value), (n, value)
            elif kind in ("ipv4", "ipv6"):
                assert ipaddress.ip_address(value).version == int(kind[-1]), (n, value)
            elif kind == "mac":
                assert re.fullmatch(r"[0-9a-fA-F]{12}", re.sub(r"[:.-]", "", value)), (n, value)
            elif kind == "email":
                assert "@" in value or re.search(r"\bat\b", value), (n, value)
            else:
                continue
            checked[kind] += 1
    assert set(checked) == {"card", "iban", "phone", "ssn", "ipv4", "ipv6", "mac", "email"}


def test_national_ids_revalidate_with_their_check_digits(records: list[dict], generator) -> None:
    import _v3_values

    for n, r in enumerate(records):
        for kind, start, end in r["spans"]:
            if kind == "national_id":
                value = r["text"][start:end]
                assert _v3_values.check_national_id(value, r["locale"]) or _v3_values.check_doc(
                    value
                ), (n, r["locale"], value)


def test_the_check_digit_validators_reject_a_changed_digit(generator) -> None:
    import _v3_values

    # Published sample CPF, PESEL and TC Kimlik numbers, then each with its last digit changed.
    for locale, good in (
        ("pt_BR", "529.982.247-25"),
        ("pl_PL", "44051401359"),
        ("tr_TR", "10000000146"),
    ):
        assert _v3_values.check_national_id(good, locale)
        last = good[-1]
        bad = good[:-1] + str((int(last) + 1) % 10)
        assert not _v3_values.check_national_id(bad, locale)


def test_a_prefix_regenerates_byte_for_byte(generator, tmp_path: Path) -> None:
    assert generator.main(["--check", "--limit", "60"]) == 0
    tampered = tmp_path / "eval_v3.jsonl"
    lines = SET.read_text(encoding="utf-8").splitlines()
    lines[17] = lines[17].replace('"text": "', '"text": "x', 1)
    tampered.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert generator.main(["--check", "--limit", "60", "--out", str(tampered)]) == 1


def test_the_generator_stays_blind() -> None:
    """No detector of the SDK, no Faker or mimesis, none of the older sets' modules."""
    own = {p.stem for p in GENERATOR_FILES}
    for path in GENERATOR_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top not in {"hybridsdk", "faker", "mimesis", "benchmarks"}, (path.name, name)
                assert not top.startswith(("eval_v2", "pii_", "cues_", "structured_", "phone_")), (
                    path.name,
                    name,
                )
                if top.startswith(("_v3", "eval_v3")):
                    assert top in own, (path.name, name)
