"""Identity cues the generic finder missed on the seventh set (session 10): personal-code
words of Romanian, Albanian, Afrikaans, Luxembourgish and Greek, the abbreviations IDNP,
CNS, ΑΦΤ, TIC and TRN (the last two only with their scheme's shape), a cue in brackets
at the end of its line, a country prefix before a card's serial; and the hard negatives
(a postal code glued to letters, a word an OCR pass misread, a bank's TRN reference)."""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def ids(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "national_id"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("IDNP: 2031178456120\nStrada: x", "2031178456120"),
        ("cod personal (IDNP)\n2031178456120\nValabil", "2031178456120"),
        ("Codul personal: 2098812230041, emis la Chișinău", "2098812230041"),
        ("Numri personal: H81123456K\nAdresa", "H81123456K"),
        ("Nr. personal: B90214377T\nData", "B90214377T"),
        ("N° matricule: 1983 0517 224 19\nAdresse", "1983 0517 224 19"),
        ("Matricule 1983051722419\nDate d'expiration", "1983051722419"),
        ("CNS-Nr.: 1983051722419\nAdress", "1983051722419"),
        ("Sozialversécherungsnummer: 1983051722419\n", "1983051722419"),
        ("ID-Nummer 44120987712 ist hinterlegt", "44120987712"),
        ("ΑΦΤ: 33018822M\nΔιεύθυνση", "33018822M"),
        ("TIC: 71120094S\nAddress", "71120094S"),
        ("TRN: 214-887-301\nAddress", "214-887-301"),
        ("TRN 118320774 (taxpayer)", "118320774"),
        ("Personal ID Number: GHA-719204431-6\nExpiry", "GHA-719204431-6"),
    ],
)
def test_cued_ids_found(text: str, value: str) -> None:
    assert value in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # a digital address: letters glued to the digits by a hyphen name no id
        "Lake Road, Kumasi, AK-039-5828\nPhone",
        "Digital address GA-184-2231, Accra",
        # a word an OCR pass misread after an identity word
        "NATIONAL IDENTITY CARD - REPU8LIC OF PALAU",
        # a bank's transaction reference and a counter, not a person's number
        "TRN: FT2309118822XQ\nAmount 200.00",
        "TRN 0099123 booked",
        "TIC 44 of 90",
        # a matricule followed by no number
        "Matricule: voir au verso",
    ],
)
def test_no_id(text: str) -> None:
    assert ids(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a scheme's cue word inside a longer document name is no scheme's name: the value
        # is read even when that scheme's check fails (made-up numbers)
        ("Carte nationale d'identité n°: 410227735\nAdresse", "410227735"),
        ("رقم البطاقة الوطنية: QA118204\nالعنوان", "QA118204"),
        ("ID-nommer: 790415 5321 081\nAdres", "790415 5321 081"),
    ],
)
def test_document_names_are_no_scheme_names(text: str, value: str) -> None:
    assert value in ids(text)
