"""Numbers a phone plan accepts that are not phones (session 13): hospital record,
outpatient and membership numbers, customer codes, a document's number under its title,
amounts in more currencies. Every example is made up for this file."""

# Cyrillic, Armenian, Lao and Devanagari text is what these tests are about.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def phones(text: str, locale: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text, locale=locale) if f.kind.value == "phone"]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Patient: Sana Iqbal\nMR#: 914525126\nDOB: 12-10-1992", "ur_PK"),
        ("Jina: Amina Wekesa\nOP No.: 40032871\nDOB: 08/03/1958", "sw_KE"),
        ("Պացիենտ: Արամ Սարգսյան\nՔարտ N: 91976153\n", "hy_AM"),
        ("F.I.Sh.: Karimov Anvar\nA'zo №: 9437656501\n", "uz_UZ"),
        ("ຊື່: ສົມສັກ\nສະມາຊິກ ເລກທີ: 8574957122\n", "lo_LA"),
        ("Шифра на корисник: 604671482\nИме и презиме: Ана Петрова", "mk_MK"),
        ("sensor firmware 1.6.12; calibration 4434702; 24h mean 71.1", "my_MM"),
        ("UVJERENJE o plaćenim porezima\nNr. 61-172031\n\nIme: Ana Kovač", "lv_LV"),
        ("УВЕРЕНИЕ за платени даноци\nБр. 85-583579\n\nИме: Ана Петрова", "mk_MK"),
        ("Ugovor — 10.818.001 ден. (24.02.2016)", "mk_MK"),
        ("Cheklovlar: Kapitalbank — 779 200 001 so'm (02.06.2023)", "uz_UZ"),
        ("Cotton (40 kg)        658.90 - 850.51 PKR   (-4.8%)", "ur_PK"),
        ("प्याज (केजी)        690.29 - 792.32 रु.   (+2.7%)", "ne_NP"),
    ],
)
def test_not_phones(text: str, locale: str) -> None:
    assert phones(text, locale) == []


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        # a phone noun before the numbering label, a call verb with Dutch "op"
        ("Mobile No.: 0712 345678", "en_KE", "0712 345678"),
        ("Bel me op 06 12345678", "nl_NL", "06 12345678"),
        ("Tel. Nr. 030 1234567", "de_DE", "030 1234567"),
    ],
)
def test_still_phones(text: str, locale: str, value: str) -> None:
    assert phones(text, locale) == [value]


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        # the id after its label is found (and blanked for the phone readers): the label
        # names it, not the phone in the next cell
        ("Kuriér: Jana Nováková | Rodné číslo: 720126/4653 | 0918 646 857 | 28. 1. 2024\n",
         "sk_SK", "0918 646 857"),
        ("Rider: Ana Vera | C.I. N°: 7.050.737 | 0961 638 330 | 02/06/2024\n",
         "es_PY", "0961 638 330"),
    ],
)  # fmt: skip
def test_a_phone_in_the_cell_after_a_labelled_id(text: str, locale: str, value: str) -> None:
    assert phones(text, locale) == [value]
