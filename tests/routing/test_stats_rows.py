"""A name heading a row of a league table or results sheet is a team, not a person
(hybridsdk/routing/_person_filters.py, `stats_row`); a name before a phone in short
groups stays one. All names are made up."""

from __future__ import annotations

from hybridsdk.routing._person_filters import stats_row

_TABLE = (
    "Pos Team                 P   W   D   L  GF  GA  GD  Pts\n"
    " 1 Dorota Vale          15  12   2   1  30   9 +21  38\n"
    " 2. Kestrel Rovers      15  11   1   3  27  12 +15  34\n"
)


def _at(text: str, value: str) -> bool:
    a = text.index(value)
    return stats_row(text, a, a + len(value))


def test_the_head_of_a_standings_row_is_no_person() -> None:
    assert _at(_TABLE, "Dorota Vale")
    assert _at(_TABLE, "Kestrel Rovers")


def test_a_name_before_a_phone_in_groups_or_in_prose_stays() -> None:
    assert not _at("Anna Kowalczyk 030 12 34 56 78\n", "Anna Kowalczyk")
    assert not _at("Gustavo +598 99 955 511\n", "Gustavo")
    assert not _at("Meet Dorota Vale at 10 12 14 16 18\n", "Dorota Vale")
