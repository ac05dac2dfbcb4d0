"""Birth cues of Georgian, Estonian, Maltese and Azerbaijani forms and notices: the
abbreviations "დაბ." and "sünd.", Maltese "imwieled fil-" and "ta'" dates, and the
Azerbaijani "təvəllüdlü" after the date (issue 12)."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def dobs(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind is PiiKind.DOB]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("პაციენტი ნინო ბერიძე, დაბ. 14.02.1966, მიმართავს", ["14.02.1966"]),
        ("გიორგი კაპანაძე\n(დაბ. 3 მარტი, 1931)\n", ["3 მარტი, 1931"]),
        ("patsient Mari Tamm (sünd. 02.09.1958), pöördus", ["02.09.1958"]),
        ("Jaan Kuusk, sünd. 7. mai 1949, elukoht Tartu", ["7. mai 1949"]),
        ("Data tat-twelid: 9 ta' Frar 1983\n", ["9 ta' Frar 1983"]),
        ("Maria Zammit, imwielda fil-12/06/1974, residenti", ["12/06/1974"]),
        (
            "Joseph Azzopardi, imwieled/imwielda fil-3 ta\u2019 Mejju 1962, residenti",
            ["3 ta\u2019 Mejju 1962"],
        ),
        ("Elvin Quliyev (11.11.1951 təvəllüdlü) vəfat etmişdir", ["11.11.1951"]),
    ],
)
def test_birth_dates_after_the_new_cues(text: str, values: list[str]) -> None:
    assert dobs(text) == values


@pytest.mark.parametrize(
    "text",
    [
        "დაბ. ბაკურიანი, 2026 წლის 12 მარტი",  # "დაბა" (a settlement), no date right after
        "Kohtumine 12.03.2026, sünd. kuupäev puudub",  # no date after the cue
        "Il-laqgħa saret fil-15/05/2024",  # "fil-" alone is no birth cue
        "12.11.2026 tarixində görüş",  # a date with no birth cue
        "Ħlas dovut fil-5 ta' April 2025",
    ],
)
def test_no_birth_dates_without_the_cue(text: str) -> None:
    assert dobs(text) == [], text
