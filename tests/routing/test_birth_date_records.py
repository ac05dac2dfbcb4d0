"""Birth dates in a labelled person line ("Applicant: Ann Lee, 12/03/1985, 4 Elm Row"),
in many languages; other labelled lines and recent dates give none (issue 12)."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def dobs(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind is PiiKind.DOB]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Statement 12\nApplicant: Ann Lee, 12/03/1985, 4 Elm Row, Leeds\n", "12/03/1985"),
        ("Complainant: Peter Okoro, 3 May 1971, 12 Allen Avenue, Ikeja", "3 May 1971"),
        ("Applicant: Maria Clara Santos, Apr. 4, 1990, 7 Rizal St.", "Apr. 4, 1990"),
        ("Denunciante: Lucía Pérez Soto, 14-08-1984, Av. Italia 2200", "14-08-1984"),
        ("Requerente: João Baptista, 07/10/1972, Rua da Missão 12", "07/10/1972"),
        ("Заявитель: Анна Ким, 8 марта 1977, г. Алматы", "8 марта 1977"),  # noqa: RUF001
        ("Podnosilac: Марко Јовић, 19.12.1994, Булевар 12", "19.12.1994"),
        ("Umsækjandi: Sigga Jónsdóttir, 18. júní 1953, Hraunbær 8", "18. júní 1953"),
        ("আবেদনকারী: Rina Akter, 19-06-1989, House 7, Road 2", "19-06-1989"),
    ],
)
def test_dates_in_labelled_person_lines(text: str, value: str) -> None:
    assert dobs(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Meeting: John Smith, 12/03/1990, Room 4",  # the label names an event
        "Date: Monday Morning, 12/03/1990, filed",
        "Supplier: Acme Holdings, 12/03/1998, Lagos",
        "Applicant: Ann Lee, 12/03/2024, 4 Elm Row",  # too recent to be an adult's
        "Applicant: Ann Lee, 12/03/1985.",  # nothing more of the record after it
        "Applicant: ann lee, 12/03/1985, 4 Elm Row",  # no capitals: no name
        "Notes: the case was closed, 12/03/1985, archived",
        "Filed on: Ann Lee 12/03/1985, 4 Elm Row",  # no comma between name and date
    ],
)
def test_other_labelled_lines(text: str) -> None:
    assert dobs(text) == [], text
