"""Phone classes from the ninth set (session 12): a number in brackets after an amount,
a number at the end of a comma-separated field before an amount, ids glued to letters of
a spaced alphabet, UBL elements with a namespace prefix, X12 elements.
Every example is made up for this file."""

# Cyrillic ids are meant.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def phones(text: str, locale: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text, locale=locale) if f.kind.value == "phone"]


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("2. Edward Kato — 900,000 (0784 026884) ✅", "en_UG", "0784 026884"),
        ("3. Rana Butt — Rs. 5,160 (0322-4691167)", "ur_PK", "0322-4691167"),
        (
            "Date,Description,Debit,Credit,Balance\n08/02/2024,WALLET TOPUP 0340 3015056,15445.00,,334301.00",
            "ur_PK",
            "0340 3015056",
        ),
    ],
)
def test_phone_found(text: str, locale: str, value: str) -> None:
    assert phones(text, locale) == [value]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Регистрийн дугаар: ФК98072673", "mn_MN"),
        ("13 | Батын Болд | ОХ85071808 | - | Төв", "mn_MN"),
        ("<cbc:PaymentID>2195675185</cbc:PaymentID>", "en_UG"),
        ("<cac:PartyTaxScheme><cbc:CompanyID>365355653</cbc:CompanyID>", "si_LK"),
        ("GE*1*6862~\nIEA*1*675173997~", "si_LK"),
        ("N1*P5*SIA EXAMPLE*94*63215451~", "lv_LV"),
        ("Total 4,0784 026884", "en_UG"),  # a decimal number, not a phone
    ],
)
def test_not_a_phone(text: str, locale: str) -> None:
    assert phones(text, locale) == []


def test_x12_per_segment_keeps_its_phone() -> None:
    assert phones("PER*IP**TE*+94724230362*EM*x@example.lk~", "si_LK") == ["+94724230362"]


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("2. Bat — 45,600₮ (9315-1669)", "mn_MN", "9315-1669"),
        ("1. Nikoleta K. — 38,40 € (0951 674 483)", "sk_SK", "0951 674 483"),
        ("2. Hine H. — $28.70 (021 102 9824)", "en_NZ", "021 102 9824"),
    ],
)
def test_bracketed_phone_after_currency(text: str, locale: str, value: str) -> None:
    assert phones(text, locale) == [value]


def cards(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "card"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('{"timestamp":"2024-01-01","flow_id":5346622759472254,"in_iface":"eth0"}', []),
        ("<cbc:CompanyID>5038006361450</cbc:CompanyID>", []),
        ('{"card_number": "4111111111111111"}', ["4111111111111111"]),
    ],
)
def test_card_under_an_id_key(text: str, found: list[str]) -> None:
    assert cards(text) == found


def test_ubl_card_number_element_stays_a_card() -> None:
    text = "<cbc:PrimaryAccountNumberID>4111111111111111</cbc:PrimaryAccountNumberID>"
    assert cards(text) == ["4111111111111111"]
