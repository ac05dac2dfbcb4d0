"""Numbers shaped like phones that are something else (fiscal registers of receipts,
year-numbered references, ids in XML elements, a Brazilian postcode after the house
number), and phones written after a Hebrew one-letter preposition (issue 12). Every
example is made up for this file."""

# Text in many scripts is what this file is about.

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner

FULL = PiiScanner(ner=False, use_phonenumbers=True)
SMALLEST = PiiScanner(ner=False, use_phonenumbers=False)


def phones(text: str, locale: str | None, scanner: PiiScanner = FULL) -> list[str]:
    return [f.value(text) for f in scanner.scan(text, locale=locale) if f.kind is PiiKind.PHONE]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Кассовый чек\nФН 9281000100123456\nФД 40512", "ru_RU"),
        ("ИТОГ 1 250,00\nФН 9289000177", "ru_RU"),
        ("Összeg: 41 200 Ft\nKözlemény: 2024-01187", "hu_HU"),
        ("Rechnung 2025-004711 vom 3. März", "de_DE"),
        ("case 2023-118274 closed", "en_GB"),
        ("Verwendungszweck: 4471 8820 19", "de_DE"),
        ('<id type="licence no">72319458</id>', "da_DK"),
        ("<taxNumber>8035159821</taxNumber>", "vi_VN"),
        ('<document kind="passport">7125448789</document>', "en_GB"),
        ("TAJ-szám: 301 927 567", "hu_HU"),
        ("Rua das Flores, 90, apto 31 - 22438-623 Rio de Janeiro", "pt_BR"),
        ("\\nהזמנה 7388522247 תישלח", "he_IL"),
    ],
)
def test_not_phones(text: str, locale: str) -> None:
    assert phones(text, locale) == []
    assert phones(text, locale, SMALLEST) == []


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("אפשר להשיג אותי ב-0502345678 אחרי שש.", "he_IL", "0502345678"),
        ("התקשרו ל-+972502345678 מחר", "he_IL", "+972502345678"),
        ("<phone>+49 30 1234567</phone>", "de_DE", "+49 30 1234567"),
        ('<contact type="mobile">0171 2345678</contact>', "de_DE", "0171 2345678"),
        ("Tel. 2025 1234", "da_DK", "2025 1234"),  # a year-like head with a space: a phone
        ("Ring ved ankomst: 55.91.36.32", "da_DK", "55.91.36.32"),
    ],
)
def test_still_phones(text: str, locale: str, value: str) -> None:
    assert phones(text, locale) == [value]


def test_a_hyphen_after_a_word_is_no_hebrew_preposition() -> None:
    assert phones("abc-0502345678", "he_IL") == []
    assert phones("מחיר-0502345678", "he_IL") == []
