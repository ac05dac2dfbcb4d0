"""Names heading numbered roster lines (savings groups, prize winners, call sheets), in
lower case or in scripts without case; numbered steps and agendas are no names
(session 11)."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def people(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind is PiiKind.PERSON]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Susu group — 2026 (contribution GHS 50)\n1. ama owusu / +233 24 412 3456 — paid\n"
            "2. kofi mensah - 0201234567 — paid\n3. abena: 024 555 1234 — late\ntotal 150",
            ["ama owusu", "kofi mensah", "abena"],
        ),
        (
            "tontine mars\n1. fabiola dorsainvil: +509 37 12 3456 ✔\n"
            "2. ti jean baptiste - 3412-5678 ✘\n",
            ["fabiola dorsainvil", "ti jean baptiste"],
        ),
        (
            "Winners list\n\n1) Kwame Asante — Prize GHS 1,200.00 — ticket 482913\n"
            "2) ليلى حداد — الجائزة JOD 300.00 — ticket 118273\n",
            ["Kwame Asante", "ليلى حداد"],
        ),
        ("1. 陳大文6533 4789 — ✔\n2. 李小紅 - +853 6612 3456", ["陳大文", "李小紅"]),
        ("ዕቁብ\n1. ሰላም ታደሰ: +251 91 123 4567\n2. ዳዊት በቀለ / 0911 234 567\n", ["ሰላም ታደሰ", "ዳዊት በቀለ"]),
    ],
)
def test_roster_line_names(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "1. Tighten the bolts - part 204518\n",  # one numbered line is no roster
        "Steps:\n1. Open the box - see 2\n2. Remove panel A / slide it out\n",
        "Agenda\n1. budget review - room 4\n2. hiring plan: q3\n",
        "Order lines\n1. item: 4 x 250 g\n2. item: 2 x 1 kg\n",
        "Pasos:\n1. abra la caja, luego la tapa 20251104\n2. quite el panel, ver hoja 20251104\n",
    ],
)
def test_numbered_lines_that_are_no_rosters(text: str) -> None:
    assert people(text) == []


def test_a_numbered_form_is_no_roster() -> None:
    text = (
        "Application\n1. Surname: OKORO\n2. Given names: ADA\n3. Date of birth: 17.03.1991\n"
        "4. Passport: A12345678\n5. Telephone: +234 803 123 4567\n6. Mobile: 0803 765 4321\n"
        "7. Address: 12 Allen Avenue, Ikeja\n"
    )
    assert "Telephone" not in people(text) and "Mobile" not in people(text)


def test_a_numbered_log_entry_headed_by_a_word_and_a_date_is_no_roster() -> None:
    text = (
        "1) Ziyarat 15/11/2025: client not home, +96477012345678\n"
        "2) Ziyarat 02/12/2025: spoke to the son, +96477012345679\n"
    )
    from hybridsdk.routing._roster_names import _spans

    assert _spans(text) == []
