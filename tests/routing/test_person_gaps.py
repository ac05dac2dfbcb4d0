"""A person span that runs over a column gap into the next field ends before the gap
(hybridsdk/routing/_person_gaps.py). All names are made up."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._person_gaps import before_gap
from hybridsdk.routing._span_rules import shape_free_form


def _cut(text: str, span: str) -> str:
    at = text.index(span)
    f = Finding.from_span(PiiKind.PERSON, text, at, at + len(span), 0.5, "ner")
    return before_gap(text, f).value(text)


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("Patient: Oona Halloway   Born: 04.05.1990", "Oona Halloway   Born", "Oona Halloway"),
        ("Name: Tarek Benali  Mobile +33 6 12 34 56 78", "Tarek Benali  Mobile", "Tarek Benali"),
        ("Pacjent: KOWALCZYK, Irena   Urodzona: 1971", "KOWALCZYK, Irena   Urodzona", "KOWALCZYK, Irena"),
        ("Asiakas: Veikko Rantala  Puh: 040 123 4567", "Veikko Rantala  Puh", "Veikko Rantala"),
        ("Bệnh nhân: Lê Thu Hà   Ngày sinh: 1.2.1980", "Lê Thu Hà   Ngày", "Lê Thu Hà"),
    ],
)  # fmt: skip
def test_the_name_ends_at_the_gap(text: str, span: str, name: str) -> None:
    assert _cut(text, span) == name


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("I met Oona  Halloway yesterday.", "Oona  Halloway"),  # a double blank in prose
        ("Signed: Tarek  Benali\n", "Tarek  Benali"),
        ("Patient: Oona Halloway\nBorn: 1990", "Oona Halloway"),  # no gap at all
        ("X   Oona Halloway", "X   Oona Halloway"),  # nothing but one letter before the gap
    ],
)
def test_a_name_without_a_field_after_its_gap_stays_whole(text: str, span: str) -> None:
    assert _cut(text, span) == span


def test_the_span_rules_apply_it() -> None:
    text = "Rx 5521\nPatient: Oona Halloway   Born: 04.05.1990\n"
    span = "Oona Halloway   Born"
    at = text.index(span)
    out = shape_free_form(
        text, [Finding.from_span(PiiKind.PERSON, text, at, at + len(span), 0.5, "ner")]
    )
    assert [f.value(text) for f in out if f.kind is PiiKind.PERSON] == ["Oona Halloway"]
