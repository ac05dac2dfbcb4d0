"""The leak measure of the privacy benchmark: a value inside one of the policy's placeholders
is no leak; the value itself is, glued to other letters or not."""

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
        ("ID 4711, Dr NA", "NA", "ID <NATIONAL_ID_1>, Dr <PERSON_1>"),
        ("周先生两周后来", "周", "<PERSON_1>先生两周后来"),  # the text's other "周" stays
    ],
)
def test_a_value_masked_is_no_leak(text: str, value: str, sent: str) -> None:
    assert not _one(text, value, sent)


@pytest.mark.parametrize(
    ("text", "value", "sent"),
    [
        ("Call HO on 555-0100", "HO", "Call HO on <PHONE_3>"),  # the name itself is sent
        ("Call HO.", "HO", "Call HO."),
        # affixes glued to the value: a Korean particle, a Hebrew prefix, a Hungarian case
        ("서석범라고 합니다", "서석범", "서석범라고 합니다"),
        ("איסוף מרחוב ביאליק 98", "רחוב ביאליק 98", "איסוף מרחוב ביאליק 98"),
        ("Kovácsnak írtam", "Kovács", "Kovácsnak írtam"),
        ("คุณสมชายโทรมา", "สมชาย", "คุณสมชายโทรมา"),  # Thai: no spaces between words
    ],
)
def test_a_value_sent_is_a_leak(text: str, value: str, sent: str) -> None:
    assert _one(text, value, sent)


def test_a_placeholder_like_token_of_the_text_itself_counts_on_both_sides() -> None:
    text = "template <PHONE_1> for HO"
    assert not _one(text, "HO", "template <PHONE_1> for <PERSON_1>")
    assert _one(text, "HO", "template <PHONE_1> for HO")
