"""Birth dates of the children listed under a "Children" heading (session 12)."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def dobs(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind is PiiKind.DOB]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Spouse: W.A. Sumana Herath\nChildren:\n  - Shyamali (28/04/2019)\n"
            "  - Nimal (15/08/2014)\n\nParish priest: Rev. Fr. Sunil",
            ["28/04/2019", "15/08/2014"],
        ),
        ("Дети:\n  - Сергей (12.01.2006)\n  - Юлия (04.04.2011)\n", ["12.01.2006", "04.04.2011"]),
        ("Enfants : Awa (03/02/2012), Moussa (2015-07-30)\n", ["03/02/2012", "2015-07-30"]),
        ("Bērni:\n1. Anna (2001-05-06)\n2. Jānis (07.08.2004)", ["2001-05-06", "07.08.2004"]),
    ],
)
def test_children_list_dates(text: str, values: list[str]) -> None:
    assert dobs(text) == values


@pytest.mark.parametrize(
    "text",
    [
        # no children heading: a bracketed date after a name is any event
        "Attendees:\n  - Nimal (15/08/2024)\n",
        # the list ends at its first line that is not an item
        "Children:\n  - Nimal\nMeeting (15/08/2024)\n",
        # a heading word inside a sentence is no heading
        "Children's party held (12/05/2024)\n",
    ],
)
def test_not_children_lists(text: str) -> None:
    assert dobs(text) == []


def test_a_final_dot_inside_the_bracket_is_the_date_s_own() -> None:
    # Latvian (and South Slavic) dates end with a dot, inside the bracket too
    text = (
        "Draudzes loceklis: Ilona Dzene\nBērni:\n  - Ivars (09.12.2020.)\n  - Baiba (23.06.2019.)\n"
    )
    assert dobs(text) == ["09.12.2020.", "23.06.2019."]
