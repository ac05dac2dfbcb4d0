"""Birth-date forms of session 13: the Mongolian "оны ... сарын" date, a Nepali Bikram
Sambat date after "जन्म मिति", and the Uzbek, Kazakh and Kyrgyz cue written after the date.

Every name and date here was made up for these tests."""

# Cyrillic and Devanagari text is what these tests are about.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._birth_dates import BirthDateDetector

detect = BirthDateDetector()


def dobs(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detect(text)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Төрсөн огноо: 1971 оны 5 сарын 9\nХаяг: Дархан", ["1971 оны 5 сарын 9"]),
        ("Төрсөн огноо: 1988 оны 11-р сарын 30", ["1988 оны 11-р сарын 30"]),
        # Bikram Sambat years run 56-57 ahead: 2030 BS is 1973, no date in the future
        ("जन्म मिति: २०३०/०४/१२\nठेगाना: पोखरा", ["२०३०/०४/१२"]),
        ("जन्म मिति: 2042-09-32   जन्म स्थान: धरान", ["2042-09-32"]),
        ("Sobirov Anvar, 11.02.1987 yilda tug'ilgan, Toshkent shahrida", ["11.02.1987"]),
        ("Собиров Анвар, 11.02.1987 йилда туғилган", ["11.02.1987"]),
    ],
)
def test_forms(text: str, values: list[str]) -> None:
    assert dobs(text) == values


@pytest.mark.parametrize(
    "text",
    [
        # an issue date in Bikram Sambat, no birth word
        "जारी मिति: २०८१/०४/१२",
        # "2030 оны" with no birth cue
        "Гэрээ байгуулсан: 2023 оны 5 сарын 9",
        # a date with no Uzbek birth word after it
        "11.02.1987 yilda ishga kirgan",
    ],
)
def test_not_birth_dates(text: str) -> None:
    assert dobs(text) == []
