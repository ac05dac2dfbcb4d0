"""A table's name column is read in scripts that write vowels and tones as marks (Thai,
Myanmar, Sinhala), under the name headers of more languages, and under a header naming
people by their role (passenger, customer) (hybridsdk/routing/_record_fields.py). All
names are made up."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._record_fields import Records, unseen_records


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in Records(text).names]


@pytest.mark.parametrize(
    ("head", "rows"),
    [
        ("ที่นั่ง | ชื่อ-สกุล | โทร", ["12 | ประพันธ์ ศรีวิเศษ | 0812345678", "14 | วันเพ็ญ | -"]),
        ("ခုံ | အမည် | ဖုန်း", ["3 | ခင်မြင့်ဦး | 09 450 000 111", "4 | သီတာဝင်း | -"]),
        ("Kiti | Jina | Simu", ["7 | Wanjiru Kamau | 0722 000 111", "8 | Otieno | -"]),
        ("Time | Pickup | Customer | Fee", ["08:10 | Market | Tamati Rewi | 20", "09:00 | Mall | Aroha | 15"]),
    ],
)  # fmt: skip
def test_the_name_column_is_read(head: str, rows: list[str]) -> None:
    text = head + "\n" + "\n".join(rows) + "\n"
    headers = {"ชื่อ-สกุล", "အမည်", "Jina", "Customer"}
    col = next(i for i, c in enumerate(head.split("|")) if c.strip() in headers)
    want = [r.split("|")[col].strip() for r in rows]
    assert _names(text) == want


def test_a_trip_end_column_holds_addresses_with_a_number_and_landmarks_are_none() -> None:
    text = (
        "Time | Pickup | Drop | Customer | Fee\n"
        "08:10 | 14 Kereru Lane, Whanganui East, Whanganui | Bus depot | Tamati Rewi | 20\n"
        "09:00 | Market | 7-11 corner | Aroha | 15\n"
    )
    got = [text[a:b] for a, b in Records(text).addresses]
    assert got == ["14 Kereru Lane, Whanganui East, Whanganui"]


def test_a_table_the_tagger_read_as_nothing_still_gives_its_fields() -> None:
    text = "เวลา | จุดรับ | ผู้โดยสาร | ค่าโดยสาร\n09:40 | ตลาดนัด | วันเพ็ญ ศรีสวัสดิ์ | 100\n"
    found = unseen_records(text, [])
    assert [text[f.start : f.end] for f in found] == ["วันเพ็ญ ศรีสวัสดิ์"]
    assert [f.kind for f in found] == [PiiKind.PERSON]


def test_a_parents_and_a_former_name_label_and_a_glued_title_in_a_form() -> None:
    text = (
        "1. ชื่อ-สกุล: นายวรเชษฐ์ ทองมณี\n"
        "2. ชื่อเดิม: ประยุทธ\n"
        "3. ชื่อบิดา: สมบัติ ทองมณี\n"
        "Father's name: Okonkwo Eze\n"
    )
    assert _names(text) == ["วรเชษฐ์ ทองมณี", "ประยุทธ", "สมบัติ ทองมณี", "Okonkwo Eze"]


def test_the_fields_are_read_when_only_a_rule_saw_a_name() -> None:
    text = "คิวที่: E151\nแพทย์: พญ. วิมลรัตน์ ศรีสมบูรณ์   ห้องตรวจ 8\n"
    roster = Finding.from_span(PiiKind.PERSON, text, 0, 3, 0.9, "roster_name")
    found = unseen_records(text, [roster])
    assert "วิมลรัตน์ ศรีสมบูรณ์" in [text[f.start : f.end] for f in found]


def test_an_organisations_vcard_and_a_slashed_code_are_no_names() -> None:
    card = "BEGIN:VCARD\nVERSION:3.0\nFN:Tannery Okafor inc.\nORG:Tannery Okafor inc.\nEND:VCARD\n"
    assert _names(card) == []
    spec = "Firmware: 3.14\nS/N SKU DR-32604\n"
    assert [spec[f.start : f.end] for f in unseen_records(spec, [])] == []
