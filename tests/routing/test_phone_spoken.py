"""Phone numbers dictated digit by digit (voice transcripts) in many languages, and Han
numerals; counting, prose with a few number words, and too short or too long runs are
not phones. Examples written here."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._phone_spoken import SpokenPhoneDetector

DETECT = SpokenPhoneDetector()


def spoken(text: str) -> list[str]:
    return [f.value(text) for f in DETECT(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "uh my number is zero seven nine one one, two three four five six ok",
            "zero seven nine one one, two three four five six",
        ),
        (
            "call me on oh two oh, double seven four six, triple nine one",
            "oh two oh, double seven four six, triple nine one",
        ),
        (
            "Nummer null eins sieben eins zwei drei vier fünf sechs sieben bitte",
            "null eins sieben eins zwei drei vier fünf sechs sieben",
        ),
        (
            "c'est zéro six un deux trois quatre cinq six sept huit",
            "zéro six un deux trois quatre cinq six sept huit",
        ),
        (
            "es el seis uno dos tres cuatro cinco seis siete ocho",
            "seis uno dos tres cuatro cinco seis siete ocho",
        ),
        (
            "numer pięć zero trzy zero cztery zero dwa dziewięć siedem",
            "pięć zero trzy zero cztery zero dwa dziewięć siedem",
        ),
        (
            "номер ноль девять один два три четыре пять шесть семь",
            "ноль девять один два три четыре пять шесть семь",
        ),
        (
            "numaram sıfır beş üç iki bir iki üç dört beş altı",
            "sıfır beş üç iki bir iki üç dört beş altı",
        ),
        (
            "nomor saya nol delapan satu dua tiga empat lima enam tujuh",
            "nol delapan satu dua tiga empat lima enam tujuh",
        ),
        (
            "số của tôi không chín một hai ba bốn năm sáu bảy",
            "không chín một hai ba bốn năm sáu bảy",
        ),
        ("mixed 0171 two three four five six seven", "0171 two three four five six seven"),
        ("電話は〇九〇の一二三四の五六七八です", "〇九〇の一二三四の五六七八"),
        ("我的电话是幺三八一二三四五六七八", "幺三八一二三四五六七八"),
    ],
)
def test_dictated_numbers(text: str, expected: str) -> None:
    assert spoken(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "count with me: one two three four five six seven eight nine",
        "nine eight seven six five four three two one, lift off",
        "I have two cats and one dog and three fish and four birds",
        "one two three four",  # too short
        "zero one two zero one two zero one two zero one two zero one two zero",  # too long
        "room 12 34 56 78 90",  # numerals only: the numbering-plan detectors' job
        "二〇二四年一二月三一日",  # a date in Han numerals
    ],
)
def test_not_dictated_phone_numbers(text: str) -> None:
    assert spoken(text) == []


def test_the_scanner_reports_them_as_phones() -> None:
    text = "please call oh seven seven double one, two three four five six"
    found = PiiScanner(ner=False, use_phonenumbers=False).scan(text)
    assert [(f.kind.value, f.value(text)) for f in found] == [
        ("phone", "oh seven seven double one, two three four five six")
    ]
