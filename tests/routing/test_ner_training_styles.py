"""The tagger's styled training documents (edge_models/build/_pii_ner_styles.py): labels
that sit exactly on the values, and the hard negatives labelled "O"."""

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


@pytest.fixture(scope="module")
def styles() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BUILD_DIR))
    try:
        yield importlib.import_module("_pii_ner_styles")
    finally:
        sys.path.remove(str(BUILD_DIR))


@pytest.fixture(scope="module")
def texts(styles: ModuleType) -> list[dict[str, Any]]:
    return list(styles.styled_texts(300, 5, ("en_US", "de_DE", "ar_EG", "ja_JP", "el_GR", "pl_PL")))


def test_every_style_is_written(texts: list[dict[str, Any]]) -> None:
    kinds = {t["style"] for t in texts}
    assert kinds >= {
        "styled-ticket", "styled-email", "styled-chat", "styled-csv", "styled-form",
        "styled-json", "styled-log", "styled-voice", "styled-sms", "styled-prose",
    }  # fmt: skip


def test_spans_sit_on_their_values(texts: list[dict[str, Any]]) -> None:
    for t in texts:
        last_end = 0
        for kind, a, b in sorted(t["spans"], key=lambda s: s[1]):
            value = t["text"][a:b]
            assert kind in ("person", "address", "dob")
            assert value and value == value.strip(), (t["text"], value)
            assert a >= last_end, t  # no overlaps
            last_end = b


def test_greetings_labels_and_roles_are_never_labelled(
    styles: ModuleType, texts: list[dict[str, Any]]
) -> None:
    cues = styles.cues("de")
    negatives = set(cues["hi"]) | set(cues["bye"]) | set(cues["phone"]) | set(styles.BOT_SPEAKERS)
    for t in texts:
        for _, a, b in t["spans"]:
            assert t["text"][a:b] not in negatives


def test_products_and_shops_name_no_person(styles: ModuleType) -> None:
    import random

    from faker import Faker

    fake, rng = Faker("de_DE"), random.Random(3)
    fake.seed_instance(3)
    shops = [styles.shop(rng, fake, "de") for _ in range(20)]
    assert all(len(s.split()) >= 2 for s in shops), shops  # a trade word and a surname
    assert all(styles.product(rng, fake, "de").strip() for _ in range(20))


def test_cue_tables_cover_many_languages(styles: ModuleType) -> None:
    from _pii_ner_cues import CUES

    assert len(CUES) >= 35
    for lang, table in CUES.items():
        assert set(table) == set(CUES["en"]), lang
        for key in ("intro", "behalf", "fwd"):
            assert all("{v}" in s for s in table[key].split("|")), (lang, key)
