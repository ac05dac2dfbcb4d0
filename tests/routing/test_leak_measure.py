"""The leak measure of the privacy benchmark counts a value only where it stands as a word."""

from __future__ import annotations

import pytest

from benchmarks._privacy_eval import _reaches


def _one(text: str, value: str, sent: str) -> bool:
    at = text.index(value)
    return _reaches(text, [("person", at, at + len(value))], value, sent)


@pytest.mark.parametrize(
    ("text", "value", "sent"),
    [
        ("Call HO on 555-0100", "HO", "Call <PERSON_1> on <PHONE_3>"),  # inside a placeholder
        ("Dr. Li, tel 555", "Li", "Dr. <PERSON_1>, tel <PHONE_1>. Lina says hi"),
        ("Иван", "Иван", "<PERSON_1> Иванов"),  # Cyrillic glued to Cyrillic
        ("Hà Nội: An", "An", "<ADDRESS_1>: <PERSON_1> Anh"),
    ],
)
def test_a_value_inside_a_longer_word_is_no_leak(text: str, value: str, sent: str) -> None:
    assert not _one(text, value, sent)


@pytest.mark.parametrize(
    ("text", "value", "sent"),
    [
        ("Call HO on 555-0100", "HO", "Call HO on <PHONE_3>"),  # the name itself is sent
        ("Call HO.", "HO", "Call HO."),
        ("Dr. Li, tel 555", "Li", "Dr. Li, tel <PHONE_1>"),
        ("name:Li5", "Li", "name:Li5"),  # a digit is no letter
        ("Anna", "Anna", "Annaпривет"),  # glued to another script
        ("周先生来电", "周", "周先生来电"),  # a script without spaces: a word anywhere
        ("คุณสมชายโทรมา", "สมชาย", "คุณสมชายโทรมา"),
        ("ខ្ញុំឈ្មោះសុខាហើយ", "សុខា", "ខ្ញុំឈ្មោះសុខាហើយ"),
        ("12 Main St", "12 Main St", "at 12 Main St"),
    ],
)
def test_a_value_standing_as_a_word_is_a_leak(text: str, value: str, sent: str) -> None:
    assert _one(text, value, sent)


def test_the_text_outside_its_mentions_is_counted_by_words_too() -> None:
    # "Ho" of "Hotel" is no mention outside the label, so the sent "Ho" is the name's leak;
    # the "周" of "两周后" is such a mention, and stays when the name is masked.
    assert _one("Ho, Hotel Ritz", "Ho", "Ho, Hotel Ritz")
    assert not _one("周先生两周后来", "周", "<PERSON_1>先生两周后来")
