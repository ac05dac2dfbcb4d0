"""Luhn-valid runs that are national ID numbers or animal microchips, no cards (issue 12,
session 9). Every number is made up here, its check digit computed."""

from __future__ import annotations

import pytest

from hybridsdk.routing._card_lookalikes import id_shaped_13
from hybridsdk.routing._detectors import PiiScanner, luhn_valid

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def with_luhn(body: str) -> str:
    return next(body + d for d in "0123456789" if luhn_valid(body + d))


def cards(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "card"]


# South African ID numbers (YYMMDD SSSS C A Z) and a Romanian-CNP layout (S YYMMDD ...).
ZA_1 = with_luhn("471203512408")
ZA_2 = with_luhn("590817004618")
ZA_3 = with_luhn("680229611708")
CNP = with_luhn("580061512345")


@pytest.mark.parametrize(
    "text",
    [
        f"ID number: {ZA_1}\nEmployer: Karoo Freight",
        f"INSERT INTO clients VALUES (7,'1947-12-03','{ZA_1}','2026-03-01');",
        f"verified caller via ID {ZA_2} and dob",
        f"Identiteitsnommer {ZA_3}",
        f"CNP {CNP}",
    ],
)
def test_id_numbers_are_no_cards(text: str) -> None:
    assert cards(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Patient (dog): Bruno, chip " + with_luhn("94100001234567"),
        "Mikrochip-Nr. " + with_luhn("27600987654321"),
        "puce électronique : " + with_luhn("25026012345678"),
        "transponder " + with_luhn("38500011122233"),
    ],
)
def test_animal_microchips_are_no_cards(text: str) -> None:
    assert cards(text) == []


@pytest.mark.parametrize(
    "number",
    [
        "4111111111111111",  # 16 digits: the layout test is for 13 only
        "4222222222222",  # 13-digit Visa, no date in it
        f"{ZA_1[:4]} {ZA_1[4:7]} {ZA_1[7:10]} {ZA_1[10:]}",  # grouped 4-3-3-3 like a card
        "378282246310005",  # Amex, no chip cue
    ],
)
def test_cards_are_still_found(number: str) -> None:
    assert cards(f"card: {number}") == [number]


def test_layout_check() -> None:
    assert id_shaped_13(ZA_1)
    assert not id_shaped_13("4222222222222")
    assert not id_shaped_13(ZA_1 + "0")
