"""Names after a label naming a person's role in a record
(hybridsdk/routing/_role_labels.py). All names and numbers are made up."""

# ruff: noqa: RUF001

from __future__ import annotations

from hybridsdk.routing._role_labels import role_names


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in role_names(text)]


def test_role_labels_open_a_line_or_a_field() -> None:
    text = (
        "Tesoureiro(a): Olinda Massingue\n"
        "ผู้ปกครอง: นางสาวจันทร์เพ็ญ ทองประเสริฐ   มือถือ: 081-000-0000\n"
        "Room 4 | Driver: Kofi Asante-Boateng | Fare: 20\n"
        "ඇපකරුවන්: නිරෝෂා වීරසූරිය; Ravi Pathmanathan\n"
        "مالک: عارف خان ولد سلیم خان\n"
    )
    assert _names(text) == [
        "Olinda Massingue",
        "จันทร์เพ็ญ ทองประเสริฐ",
        "Kofi Asante-Boateng",
        "නිරෝෂා වීරසූරිය",
        "Ravi Pathmanathan",
        "عارف خان",
        "سلیم خان",
    ]


def test_other_labels_and_values_without_a_names_shape_are_none() -> None:
    text = (
        "Status: Approved\n"
        "Owner: see attached\n"
        "Driver: 2 seats\n"
        "Cashier: #4\n"
        "Witnesses: none listed yet by the clerk of the court today\n"
    )
    assert _names(text) == []


def test_a_doctor_after_a_spaced_title() -> None:
    text = "แพทย์: พญ. วิมลรัตน์ ศรีสมบูรณ์   ห้องตรวจ 8\nဆရာဝန်: ဒေါက်တာ ခင်မာလွင်   အခန်း 8\n"
    assert _names(text) == ["วิมลรัตน์ ศรีสมบูรณ์", "ခင်မာလွင်"]
