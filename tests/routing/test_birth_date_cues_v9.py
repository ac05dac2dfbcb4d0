"""Birth cues of Macedonian, Uzbek (Cyrillic) and Armenian forms, and in a table header
(session 12)."""

# Cyrillic and Armenian text is what these tests are about.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def dobs(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind is PiiKind.DOB]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Датум на раѓање: 24.09.1978\nЕМБГ: 2409978436946", ["24.09.1978"]),
        ("Туғилган сана: 01.07.1998\nМанзил: Тошкент", ["01.07.1998"]),
        ("Անձնագիր՝ AM9042470, ծնված՝ 28.01.2003\n", ["28.01.2003"]),
        (
            "Бр. | Име и презиме | Датум на раѓање| ЕМБГ\n" + "-" * 40 + "\n"
            "1   | Гоце Симоновски | 06.03.1984 | 0603984483658\n",
            ["06.03.1984"],
        ),
    ],
)
def test_birth_cues(text: str, values: list[str]) -> None:
    assert dobs(text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            '"params": [\n  {\n    "name": "birth_date",\n    "value": "1955-11-06"\n  },\n'
            '  {\n    "name": "visit_date",\n    "value": "2024-11-06"\n  }\n]',
            ["1955-11-06"],
        ),
        ('[{"key": "dob", "value": "12/03/1985"}]', ["12/03/1985"]),
        ('<param name="date_of_birth" value="1985-03-12"/>', ["1985-03-12"]),
        ('{"name": "created", "value": "1985-03-12"}', []),
    ],
)
def test_name_value_pairs(text: str, values: list[str]) -> None:
    assert dobs(text) == values
