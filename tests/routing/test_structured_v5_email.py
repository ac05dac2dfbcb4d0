"""Dictated e-mail addresses (issue 12, session 9): a plus-address tag spoken as a word,
Turkish "et" for "@", Persian "اَت" and "دات". Every example is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def emails(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "email"]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        (
            "my email is lena dot moss plus travel at fastmail dot com",
            "lena dot moss plus travel at fastmail dot com",
        ),
        (
            "manda para rui ponto faria plus loja arroba sapo ponto pt",
            "rui ponto faria plus loja arroba sapo ponto pt",
        ),
        (
            "mon courriel cest anouk point roy plus jeux arobase videotron point ca",
            "anouk point roy plus jeux arobase videotron point ca",
        ),
        (
            "mailim deniz nokta kaya et gmail nokta com adresine",
            "deniz nokta kaya et gmail nokta com",
        ),
        ("ایمیلم sara دات karimi اَت yahoo دات com هست", "sara دات karimi اَت yahoo دات com"),
    ],
)
def test_dictated_addresses(text: str, email: str) -> None:
    assert emails(text) == [email]


@pytest.mark.parametrize(
    "text",
    [
        "pierre et marie point com",
        "le chat et le chien point fr",
        "meet at noon dot com",
    ],
)
def test_prose_is_no_address(text: str) -> None:
    assert emails(text) == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("メール：kato.y(あっと)nifty.com まで", "kato.y(あっと)nifty.com"),
        ("Mail: jonas77 ät web punkt de -J", "jonas77 ät web punkt de"),
        (
            "ta med ola_nordmann krøllalfa online punktum no på kopi",
            "ola_nordmann krøllalfa online punktum no",
        ),
    ],
)
def test_more_spelled_at_and_dot_words(text: str, email: str) -> None:
    assert emails(text) == [email]
