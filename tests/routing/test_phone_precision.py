"""Phone false positives found on the tune split (issue 12): grouped reference numbers
after "Parts:"/"SKU", Brazilian postcodes, bare postcodes before a city; and in values
from Faker's own providers (ISBNs, decimals); with real phone numbers still found."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

FULL = PiiScanner(ner=False, use_phonenumbers=True)
SMALLEST = PiiScanner(ner=False, use_phonenumbers=False)


def phones(scanner: PiiScanner, text: str, locale: str | None) -> list[str]:
    return [f.value(text) for f in scanner.scan(text, locale=locale) if f.kind.value == "phone"]


@pytest.mark.parametrize("scanner", [FULL, SMALLEST], ids=["phonenumbers", "regex"])
@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Parts: 93 8404 6566.", "it_IT"),
        ("Parts: 19 2763 2943", "de_DE"),
        ('{"note_field": "Parts: 80 1884 5377"}', "en_IN"),
        ("SKU 12 3456 7890 out of stock", "en_US"),
        ("Items: 4500 1234 56", "en_GB"),
        ("Rua das Flores, 12, Centro, 50557-727 Recife / PE", "pt_BR"),
        ("Stadelmannplatz 31-54, 16877 Einbeck", "de_DE"),
        # Faker values (isbn10, pydecimal, coordinate) that the detector took for phones
        ("see 0-86339-071-4 above", "de_DE"),
        ("ISBN 0-454-08818-3", "en_US"),
        ("total 241318.34 EUR", "de_DE"),
        ("lat 55.804871", "de_DE"),
        # right after a reference word, even written like a phone (issue 12)
        ("invoice 212-200-0000", "en_US"),
    ],
)
def test_references_and_postcodes_are_not_phones(
    scanner: PiiScanner, text: str, locale: str
) -> None:
    assert phones(scanner, text, locale) == []


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("Parts dept: +44 20 7946 0018", "en_GB", "+44 20 7946 0018"),
        ("Parts: 12 pcs. Call 030 12345678 for more", "de_DE", "030 12345678"),
        ("Ligue para (11) 91234-5678", "pt_BR", "(11) 91234-5678"),
        ("Rua das Flores, 12, 50557-727 Recife; tel +55 81 3224-5566", "pt_BR", "+55 81 3224-5566"),
        ("call me at 415-555-0132", "en_US", "415-555-0132"),
        ("Tel. 030.1234.5678", "de_DE", "030.1234.5678"),
        # a reference word earlier in the sentence, a phone cue right before the number
        ("Invoice questions? Call 212-200-0000", "en_US", "212-200-0000"),
    ],
)
def test_phones_next_to_them_are_still_found(text: str, locale: str, value: str) -> None:
    assert value in phones(FULL, text, locale)
