"""A surname written again inside a company's name is no repeat of the person
(hybridsdk/routing/_company_tails.py, used by the repeat pass). Names are made up."""

from __future__ import annotations

import pytest

from hybridsdk.routing._company_tails import company_after
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._name_repeats import spread_free_form


def _repeats(text: str, name: str) -> list[str]:
    at = text.index(name)
    f = Finding.from_span(PiiKind.PERSON, text, at, at + len(name), 0.9, "ner")
    return [g.value(text) for g in spread_free_form(text, [f]) if g.detector == "ner_repeat"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ivar Brekkeli\nSales\nBrekkeli Bygg AB\nStorgatan 4", "Ivar Brekkeli"),
        ("Joost Vermeegen\nVermeegen Transport B.V.\nDorpsstraat 8", "Joost Vermeegen"),
        ("Tiago Orvalho\nOrvalho & Filhos\nRua do Sol 3", "Tiago Orvalho"),
        ("Radek Hošťálek\nHošťálek a syn\nNádražní 2", "Radek Hošťálek"),
        ("Piero Zanfardi\nF.lli Zanfardi S.p.A.\nVia Po 1", "Piero Zanfardi"),
        ("Sipho Mabaso, director\nMabaso Holdings (Pty) Ltd", "Sipho Mabaso"),
        ("Григорий Пчёлкин\nПчёлкин и сыновья", "Григорий Пчёлкин"),
    ],
)
def test_a_surname_in_a_company_name_is_no_repeat(text: str, name: str) -> None:
    assert _repeats(text, name) == []


@pytest.mark.parametrize(
    ("text", "name", "repeat"),
    [
        ("Ivar Brekkeli called. Brekkeli will call back at 5.", "Ivar Brekkeli", "Brekkeli"),
        ("Tiago Orvalho\n-- \nOrvalho and I met", "Tiago Orvalho", "Orvalho"),  # "and I"
        ("Joost Vermeegen wrote; thanks, Vermeegen, Amsterdam", "Joost Vermeegen", "Vermeegen"),
    ],
)
def test_other_mentions_are_still_repeats(text: str, name: str, repeat: str) -> None:
    assert _repeats(text, name) == [repeat]


def test_company_after_reads_only_the_tail() -> None:
    text = "Brekkeli Bygg AB"
    assert company_after(text, len("Brekkeli"))
    assert not company_after("Brekkeli Bygg abonnemang", len("Brekkeli"))
    assert not company_after("Brekkeli", len("Brekkeli"))
