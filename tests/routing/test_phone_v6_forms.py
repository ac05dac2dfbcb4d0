"""Phone numbers written in ways the sixth set showed being missed (issue 12, session 9):
a dashed Kazakh number whose groups look like a date, an abbreviated label's "Tel.:", and
a case ending hyphened to the number. Every number is made up for this file."""

# Labels of many scripts are what this file is about.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def phones(text: str, locale: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text, locale=locale) if f.kind.value == "phone"]


@pytest.mark.parametrize(
    ("locale", "text", "number"),
    [
        ("kk_KZ", "Моб.: 8-7172-55-66-77\n", "8-7172-55-66-77"),
        ("kk_KZ", "Связь: +7-7272-76-91-93 / почта", "+7-7272-76-91-93"),
        ("ka_GE", "ტელ.:+995599123456\n", "+995599123456"),
        ("ka_GE", "ტელ.:599 12 34 56\n", "599 12 34 56"),
        ("az_AZ", "Tel.:+994 50 123 45 67", "+994 50 123 45 67"),
        ("az_AZ", "yeni nömrə 0701234567-ə SMS göndərildi", "0701234567"),
        ("az_AZ", "yeni nömrə +994 55 123 45 67-yə zəng", "+994 55 123 45 67"),
        ("hu_HU", "hívd a 06 30 123 4567-et este", "06 30 123 4567"),
        ("tr_TR", "0532 123 45 67-ye yazın", "0532 123 45 67"),
    ],
)
def test_forms_found(locale: str, text: str, number: str) -> None:
    assert phones(text, locale) == [number]


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en_US", "order 2025-0001234-ab shipped"),
        ("de_DE", "TX 04832-7691-abc"),
        ("de_DE", "am 2025-02-08 10:32:08,306 Uhr"),
        ("en_GB", "Ref.:12345678901"),
    ],
)
def test_look_alikes_stay_no_phones(locale: str, text: str) -> None:
    assert phones(text, locale) == []
