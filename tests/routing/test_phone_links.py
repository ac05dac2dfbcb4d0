"""Phone numbers in tel:, sms:, WhatsApp, Viber, Telegram and Skype links: the link says
what the digits are, even when they also pass a card's Luhn check. Examples written here."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

FULL = PiiScanner(ner=False, use_phonenumbers=True)
SMALLEST = PiiScanner(ner=False, use_phonenumbers=False)


@pytest.mark.parametrize("scanner", [FULL, SMALLEST], ids=["full", "smallest"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chat with us: https://wa.me/4915112345678 ok", "4915112345678"),  # Luhn-valid too
        ("https://api.whatsapp.com/send?phone=4915112345678&text=hi", "4915112345678"),
        ('<a href="tel:+1-415-555-0123">call</a>', "+1-415-555-0123"),
        ("viber://chat?number=%2B4915112345678", "%2B4915112345678"),
        ("sms:+447700900123?body=hi", "+447700900123"),
        ("t.me/+4915112345678", "+4915112345678"),
        ("skype:+4915112345678?call", "+4915112345678"),
    ],
)
def test_links_name_their_numbers(scanner: PiiScanner, text: str, expected: str) -> None:
    assert [(f.kind.value, f.value(text)) for f in scanner.scan(text)] == [("phone", expected)]


@pytest.mark.parametrize(
    "text",
    ["see http://example.com:8080/path", "tel:12345", "wa.me/123", "at 10:30:45 sharp"],
)
def test_no_number_in_these_links(text: str) -> None:
    assert [f for f in FULL.scan(text) if f.kind.value == "phone"] == []
