"""Names in the slots of a shift rota or volunteer roster
(hybridsdk/routing/_shift_rota.py). All names and numbers are made up."""

from __future__ import annotations

from hybridsdk.routing._detectors import PiiKind, PiiScanner
from hybridsdk.routing._shift_rota import rota_spans


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in rota_spans(text)]


def test_the_slots_of_a_rota_give_their_names() -> None:
    text = (
        "Volunteer roster for Saturday:\n\n"
        "Logistics (11:00-15:00): K.P. Ameena Rodrigo 0771234567\n"
        "Kitchen (9:30-12:00): Dr. Odile Fenwick, tavish mensah, Yusra Qadir +94 71 000 0001\n"
        "ලියාපදිංචිය (8:00-10:00): චමිලා රූපසිංහ; ශනුක\n"
    )
    assert _names(text) == [
        "K.P. Ameena Rodrigo",
        "Odile Fenwick",
        "tavish mensah",
        "Yusra Qadir",
        "චමිලා රූපසිංහ",
        "ශනුක",
    ]
    found = PiiScanner(ner=False).scan(text)
    people = {text[f.start : f.end] for f in found if f.kind is PiiKind.PERSON}
    assert {"tavish mensah", "චමිලා රූපසිංහ"} <= people


def test_a_timetable_without_phones_or_with_one_slot_is_no_rota() -> None:
    timetable = "Lunch (12:00-13:00): sandwiches, juice\nTalks (13:00-15:00): keynote, panel\n"
    assert _names(timetable) == []
    one = "Kitchen (9:30-12:00): Odile Fenwick 0771234567\n"
    assert _names(one) == []
