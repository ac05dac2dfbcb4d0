"""The tagger's record and business-document training texts
(edge_models/build/_pii_ner_records.py): spans on their values, one span per address line,
honorifics and record labels outside every span."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("faker")
pytest.importorskip("mimesis")

BUILD_DIR = Path(__file__).resolve().parents[2] / "edge_models" / "build"
LOCALES = ("en_US", "de_DE", "he_IL", "hu_HU", "vi_VN", "ja_JP", "id_ID", "bg_BG", "ar_SA")


@pytest.fixture(scope="module")
def build() -> Iterator[dict[str, ModuleType]]:
    sys.path.insert(0, str(BUILD_DIR))
    try:
        yield {
            name: importlib.import_module(name)
            for name in ("_pii_ner_records", "_pii_ner_record_cues", "_pii_ner_data")
        }
    finally:
        sys.path.remove(str(BUILD_DIR))


@pytest.fixture(scope="module")
def texts(build: dict[str, ModuleType]) -> list[dict[str, Any]]:
    with build["_pii_ner_data"].frozen_faker_clock():
        return list(build["_pii_ner_records"].record_texts(400, 11, LOCALES))


def test_every_kind_is_written(texts: list[dict[str, Any]]) -> None:
    kinds = {t["style"] for t in texts}
    assert kinds == {
        "record-clinic_note", "record-courier_slip", "record-bank_transfer", "record-hr_form",
        "record-receipt", "record-thread", "record-xml", "record-sql", "record-markdown",
        "record-ical", "record-crm", "record-kv", "record-booking",
    }  # fmt: skip
    assert len(texts) >= 380  # a locale without some Faker method may skip a few, not many


def test_spans_sit_on_their_values_one_line_each(texts: list[dict[str, Any]]) -> None:
    for t in texts:
        last_end = 0
        for kind, a, b in sorted(t["spans"], key=lambda s: s[1]):
            value = t["text"][a:b]
            assert kind in ("person", "address", "dob")
            assert value and value == value.strip(), (t["text"], value)
            assert "\n" not in value, (t["style"], value)  # each address line is its own span
            assert a >= last_end, t  # no overlaps
            last_end = b


def test_honorifics_stay_outside_name_spans(
    build: dict[str, ModuleType], texts: list[dict[str, Any]]
) -> None:
    split_title = build["_pii_ner_data"].split_title
    seen_title = 0
    for t in texts:
        for kind, a, b in t["spans"]:
            if kind == "person":
                head, _core, tail = split_title(t["text"][a:b])
                assert head == "" and tail == "", t["text"][a:b]
                seen_title += t["text"][max(0, a - 5) : a].rstrip().endswith(("Dr.", "Pak", "Sra."))
    assert seen_title > 0  # honorifics do appear, before the span


def test_split_title_examples(build: dict[str, ModuleType]) -> None:
    split_title = build["_pii_ner_data"].split_title
    assert split_title("Dr. Bobby Steffensen") == ("Dr. ", "Bobby Steffensen", "")
    assert split_title("Prof. Dr. Klaus Weber") == ("Prof. Dr. ", "Klaus Weber", "")
    assert split_title("Quý ông Châu Bùi") == ("Quý ông ", "Châu Bùi", "")
    assert split_title("drg. Jarwi Yulianti, S.Sos") == ("drg. ", "Jarwi Yulianti", ", S.Sos")
    # Particles, initials and given names that are also honorifics elsewhere stay in.
    assert split_title("de Souza") == ("", "de Souza", "")
    assert split_title("M. Dupont") == ("", "M. Dupont", "")
    assert split_title("Anh Tuấn") == ("", "Anh Tuấn", "")


def test_record_labels_are_never_labelled(
    build: dict[str, ModuleType], texts: list[dict[str, Any]]
) -> None:
    cues = build["_pii_ner_record_cues"]
    labels = set()
    for lang in cues.RECORD_CUES:
        rc = cues.record_cues(lang)
        for key in ("patient", "doctor", "recipient", "payer", "payee", "emergency", "allergy"):
            labels.update(rc[key])
    for t in texts:
        for _, a, b in t["spans"]:
            assert t["text"][a:b] not in labels


def test_label_tables_cover_many_languages(build: dict[str, ModuleType]) -> None:
    cues = build["_pii_ner_record_cues"]
    assert len(cues.RECORD_CUES) >= 40
    keys = set(cues.RECORD_CUES["en"])
    for lang, table in cues.RECORD_CUES.items():
        assert set(table) == keys, lang
        for key in ("received", "call", "wrote"):
            assert all("{v}" in x for x in table[key].split("|")), (lang, key)
        assert table["titles"] or table["stitles"] or lang in ("en",), lang
