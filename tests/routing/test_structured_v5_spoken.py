"""Dictated phone numbers (issue 12, session 9): digit words of Croatian, Slovene,
Lithuanian, Latvian, Bulgarian, Persian and Korean; a run stops at a line break (a
transcript's next time stamp); a digit word of another language at either end of a run is
prose. Every example is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._phone_spoken import SpokenPhoneDetector

DETECT = SpokenPhoneDetector()


def spoken(text: str) -> list[str]:
    return [f.value(text) for f in DETECT(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "spremi broj nula devet osam pet pet jedan dva tri četiri za anu",
            "nula devet osam pet pet jedan dva tri četiri",
        ),
        ("pokliči nič štiri ena 5 5 5 dva 7 osem", "nič štiri ena 5 5 5 dva 7 osem"),
        (
            "skambink 8 6 penki keturi trys du vienas nulis 9",
            "8 6 penki keturi trys du vienas nulis 9",
        ),
        (
            "zvani nulle divi 6 trīs četri 5 pieci 1 deviņi",
            "nulle divi 6 trīs četri 5 pieci 1 deviņi",
        ),
        ("обади се на нула осем осем 7 две три 4 пет шест", "нула осем осем 7 две три 4 пет шест"),
        ("به صفر نه یک دو سه 4 5 6 7 زنگ بزن", "صفر نه یک دو سه 4 5 6 7"),
        ("공 일 0 칠 팔 2 3 4 오 육 에게 전화", "공 일 0 칠 팔 2 3 4 오 육"),
    ],
)
def test_new_digit_words(text: str, number: str) -> None:
    assert spoken(text) == [number]


def test_a_run_stops_at_a_line_break() -> None:
    text = "liga para o 9 um dois 3 quatro 5 6 sete 8\n0041.20\t0.88\tapaga a luz"
    assert spoken(text) == ["9 um dois 3 quatro 5 6 sete 8"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "add number one four five 0 six two nine 7 7 to contacts",
            "one four five 0 six two nine 7 7",
        ),
        ("liga para o 2 três 4 zero 0 4 9 oito zero", "2 três 4 zero 0 4 9 oito zero"),
        ("compose le 04 quatre trois sept six huit un", "04 quatre trois sept six huit un"),
    ],
)
def test_a_foreign_digit_word_at_an_end_is_prose(text: str, number: str) -> None:
    assert spoken(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "일 이 삼 사 오 육 칠 팔",  # counting
        "공 일 이 day",  # too short
    ],
)
def test_no_number(text: str) -> None:
    assert spoken(text) == []
