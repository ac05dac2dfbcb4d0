"""Cards grouped 4-6-5 (American Express) or 4-3-3-3 with dots or no-break spaces, and the
SIM identifiers that are no card (session 11). Every example is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def cards(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "card"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"card": {"number": "3714.496353.98431", "exp_month": 4}}', "3714.496353.98431"),
        ("Tarjeta: 3782.822463.10005 — vence 09/28", "3782.822463.10005"),
        ("Carte : 3714\u00a0496353\u00a098431", "3714\u00a0496353\u00a098431"),
        ('HSET "pay:1" "pan" "3782.822463.10005"', "3782.822463.10005"),
        ("Amex 3714-496353-98431", "3714-496353-98431"),
    ],
)
def test_amex_grouping_with_dots_and_spaces(text: str, value: str) -> None:
    assert cards(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "ref 3714.496353.98432 (check digit off)",
        "IMSI 310150123456789 MSISDN +15550100",
        "ICCID 8901260123456789012 activated",
    ],
)
def test_look_alikes_are_no_card(text: str) -> None:
    assert cards(text) == []
