"""Greetings and sign-offs the tagger takes into a name's span are cut off
(hybridsdk/routing/_greeting_words.py via _honorifics.strip_title), never a name."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._honorifics import strip_title
from hybridsdk.routing._span_rules import shape_free_form


def _rest(value: str) -> str:
    return value[strip_title(value) :]


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Dear Tobias Wren", "Tobias Wren"),
        ("Liebe Jana", "Jana"),
        ("Querida Inés", "Inés"),
        ("Cher Aurèle", "Aurèle"),
        ("Kære/kæreste Mette", "Mette"),
        ("Szanowna Pani Ewa", "Ewa"),  # a greeting, then a title
        ("Cheers, Tobias", "Tobias"),
        ("Abraços, Rui Tavares", "Rui Tavares"),
        ("Grazie, Lia", "Lia"),
        ("Pozdrawiam, Zenon", "Zenon"),
        ("Спасибо, Глеб", "Глеб"),
        ("Ευχαριστώ, Νίκο", "Νίκο"),
        ("Teşekkürler, Ayla", "Ayla"),
        ("Chào Hằng", "Hằng"),
        ("Merhaba Deniz", "Deniz"),
        ("Dear Dr. Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_a_greeting_before_a_name_is_cut(span: str, name: str) -> None:
    assert _rest(span) == name


@pytest.mark.parametrize(
    "span",
    [
        "Salam Haddad",  # a given name, not a greeting without its comma
        "Caro, Florencia",  # a surname before the given name
        "Cheers Tobias",  # a sign-off only with its comma
        "Love Ogunleye",
        "Thanks",  # a greeting alone is left to the other rules
        "Dear",
        "Hello world",  # no capitalised word after it
        "Bisous",
    ],
)
def test_names_and_greetings_alone_are_kept(span: str) -> None:
    assert _rest(span) == span


def test_the_span_rules_cut_the_greeting() -> None:
    text = "Ok, see you there.\n\nAbraços, Rui Tavares\n"
    at = text.index("Abraços")
    tagged = Finding.from_span(PiiKind.PERSON, text, at, len(text) - 1, 0.5, "ner")
    out = shape_free_form(text, [tagged])
    assert [f.value(text) for f in out if f.kind is PiiKind.PERSON] == ["Rui Tavares"]
