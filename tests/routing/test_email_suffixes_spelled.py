"""E-mail forms of session 10 (issue 12): a case ending hyphened to an address, a
prefix's hyphen before it, "at"/"dot" spelled in more languages, and spaced dots after a
literal "@". Every example is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def emails(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "email"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("დადასტურება გაიგზავნა levan.gogia@gmail.ge-ზე. მადლობა", "levan.gogia@gmail.ge"),
        ("Təsdiq rauf.aliyev@mail.az-a göndərildi", "rauf.aliyev@mail.az"),
        ("Belgeleri deniz.kaya@firma.com.tr-ye gönderdim", "deniz.kaya@firma.com.tr"),
        ("Kérem, írjon a szabo.reka@citromail.hu-ra holnap", "szabo.reka@citromail.hu"),
        ("Хат aigerim.s@mail.kz-ға жіберілді", "aigerim.s@mail.kz"),
        ("שלחתי ל-dana.levi@walla.co.il אתמול", "dana.levi@walla.co.il"),
        ("נא לשלוח ב-yoav88@gmail.com", "yoav88@gmail.com"),
    ],
)
def test_affixes_hyphened_to_an_address_are_not_part_of_it(text: str, address: str) -> None:
    assert emails(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Write to ops@my-company.com today",
        "Write to ops@mail.co-operative.org today",
    ],
)
def test_hyphens_inside_a_domain_stay(text: str) -> None:
    assert emails(text) == [text.split()[2]]


def test_a_hyphened_label_that_is_no_tld_is_no_address() -> None:
    assert emails("see anna@host.co-operative for it") == []
    assert emails("run x@b.de-x-y now") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Pišite na: mojca.kranjc afna siol pika net", "mojca.kranjc afna siol pika net"),
        ("pošalji na ivan.babic et gmail točka com", "ivan.babic et gmail točka com"),
        ("Əlaqə: nigar77 at gmail nöqtə com", "nigar77 at gmail nöqtə com"),
        ("adresa: dritan.hoxha et yahoo pikë com", "dritan.hoxha et yahoo pikë com"),
        ("Rašyk rasa.p at gmail taškas lt", "rasa.p at gmail taškas lt"),
        ("ticket: contact elene_k(at)tsu.ge-ზე", "elene_k(at)tsu.ge"),
    ],
)
def test_at_and_dot_spelled_in_more_languages(text: str, address: str) -> None:
    assert emails(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("- email changed to chidi.obi@yahoo . co . uk\n", "chidi.obi@yahoo . co . uk"),
        ("RSVP: Teresa 923 111 222 · tfonseca@live . com . pt", "tfonseca@live . com . pt"),
        ("новый адрес: dmitry.k@mail . ru", "dmitry.k@mail . ru"),
    ],
)
def test_spaced_dots_after_a_literal_at(text: str, address: str) -> None:
    assert emails(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "ping me@home . Then we go",
        "meet @ 5 . com",
        "le chat et le chien point final",
        "sat at home. No plans",
        "we stay at the hotel dot of noon",
        "prispel je pika na tabli",
    ],
)
def test_prose_is_no_address(text: str) -> None:
    assert emails(text) == []
