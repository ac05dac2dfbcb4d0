"""Span rules after the retrained tagger (session 9, second round): a travel document's
field words are no names (hybridsdk/routing/_travel_fields.py).

The tagger's raw spans are written out by hand, so each rule is tested on its own, with
hard negatives. All texts, names, codes and numbers are made up.
"""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._span_rules import shape_free_form
from hybridsdk.routing._travel_fields import travel_field

A, P = PiiKind.ADDRESS, PiiKind.PERSON


def _f(text: str, kind: PiiKind, value: str, nth: int = 0, detector: str = "ner") -> Finding:
    at = -1
    for _ in range(nth + 1):
        at = text.index(value, at + 1)
    return Finding.from_span(kind, text, at, at + len(value), 0.5, detector)


def _values(text: str, findings: list[Finding], kind: PiiKind | None = None) -> list[str]:
    return sorted(f.value(text) for f in findings if kind is None or f.kind is kind)


# ---------------------------------------------------------------- travel documents

PASS_LINES = (
    "BORDKARTE / BOARDING PASS\n"
    "NAME OF PASSENGER  KOVAC/ELENA MS\n"
    "FROM VIE  TO ATH  FLIGHT OS 8031\n"
    "SEAT 17C  GATE F04  BOARDING 11:25  GROUP 2\n"
    "PNR QX7T2L  ETKT 257 4409182736\n"
    "DOCS  P Q5521870  DOB 14MAR88  NAT AUT\n"
    "Paid MASTERCARD 5500 0000 0000 0004"
)


@pytest.mark.parametrize(
    "value", ["BORDKARTE", "DOCS", "NAT AUT", "Paid MASTERCARD", "ETKT", "PNR", "GROUP"]
)
def test_a_boarding_pass_field_word_is_no_name(value: str) -> None:
    raw = [_f(PASS_LINES, P, "KOVAC/ELENA"), _f(PASS_LINES, P, value)]
    out = shape_free_form(PASS_LINES, raw)
    assert _values(PASS_LINES, out, P) == ["KOVAC/ELENA"]


@pytest.mark.parametrize(
    "text, field",
    [
        # a booking confirmation: an airport pair and a fare
        (
            "Rezervace potvrzena XK42PQ\nPassenger: Jana Dvorak\nOK123 PRG-CDG 2025-04-02"
            "  Fare 3 120 CZK\nPaid with VISA 4111 1111 1111 1111",
            "Fare",
        ),
        # a title in another script, a payment line
        ("탑승권\n승객 이름  PARK/MINJI\nAMEX 3400 000000 00009", "AMEX"),
        ("登机牌 / BOARDING PASS\n旅客姓名  WANG/LEI\nCLASS Y  SEAT 30A", "登机牌"),
    ],
)
def test_other_travel_documents_fields_and_titles(text: str, field: str) -> None:
    at = text.index(field)
    assert travel_field(text, at, at + len(field))


@pytest.mark.parametrize(
    "text, value",
    [
        # the passenger's own name line, with or without its slash
        (PASS_LINES, "KOVAC/ELENA"),
        ("BOARDING PASS\nPassenger  MARTA NOVAK\nGATE 12  SEAT 4A", "MARTA NOVAK"),
        # field words outside a travel document are left to the other rules
        ("Paid Visa invoice for Mrs Grant\nTotal 140 EUR", "Paid Visa"),
        ("Our new colleague Gate Ogunleye joins on Monday.", "Gate Ogunleye"),
        # a name that only starts with a field word
        ("FLIGHT LH 440  SEAT 3F\nCarrier contact: Seat Ramos, desk 4", "Seat Ramos"),
    ],
)
def test_names_in_or_near_travel_documents_are_kept(text: str, value: str) -> None:
    at = text.index(value)
    assert not travel_field(text, at, at + len(value))
