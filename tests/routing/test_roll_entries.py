"""Names heading the entries of a numbered roll of people: donor lists, guest books,
collection sheets (hybridsdk/routing/_roll_entries.py). All names are made up."""

from __future__ import annotations

from hybridsdk.routing._detectors import PiiKind, PiiScanner
from hybridsdk.routing._roll_entries import roll_spans


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in roll_spans(text)]


def test_a_thai_donor_roll_gives_the_names_without_their_glued_titles() -> None:
    text = (
        "รายนามผู้ร่วมทำบุญ\n\n"
        "1. นางสาวจันทร์เพ็ญ ทองประเสริฐ — 1,250.00\n"
        "2. นายสุรชัย แก้วประดิษฐ์ — 900.00 (081 234 5678)\n"
        "3. ผู้ไม่ประสงค์ออกนาม — 500.00\n"
        "4. ครอบครัวศรีวิไลรัตน์ — 2,000.00\n"
    )
    assert _names(text) == ["จันทร์เพ็ญ ทองประเสริฐ", "สุรชัย แก้วประดิษฐ์", "ศรีวิไลรัตน์"]


def test_a_guest_book_in_lower_case_with_couples_and_wishes() -> None:
    text = (
        "Guest book\n"
        "1) tomasz wielgosz & hania — all the best!\n"
        "2) Oriane Feltbrook — congratulations — gift 50.00\n"
        "3) Bc. Idris Wanjohi — so happy for you\n"
        "4) mirela — 0722 555 014\n"
    )
    assert _names(text) == [
        "tomasz wielgosz",
        "hania",
        "Oriane Feltbrook",
        "Idris Wanjohi",
        "mirela",
    ]


def test_a_sinhala_collection_sheet_keeps_the_vowel_marks() -> None:
    text = "1. සුනේත්‍රා ගුණවර්ධන — 5,000 ✅\n2. චතුරිකා — 2,500 ⏳\n3. අනුෂ්ක පීරිස් — 1,000 ✅\n"
    assert _names(text) == ["සුනේත්‍රා ගුණවර්ධන", "චතුරිකා", "අනුෂ්ක පීරිස්"]


def test_an_agenda_with_times_and_a_short_list_are_no_rolls() -> None:
    agenda = "1. Welcome — 09:00\n2. Keynote — 09:15\n3. Lunch — 12:30\n4. Closing — 16:00\n"
    assert _names(agenda) == []
    short = "1. Mixing — 2 cups flour\n2. Baking — 40 minutes\n"
    assert _names(short) == []
    steps = (
        "1. Open settings — then tap Wi-Fi\n2. Choose the network — enter the code\n3. Restart\n"
    )
    assert _names(steps) == []


def test_the_scanner_reports_the_roll_names_as_people() -> None:
    text = "1. ලක්මිණි දසනායක — 3,000 ✅\n2. ප්‍රසන්න විජේසූරිය — 4,500 ✅\n3. ඉන්දික — 1,500 ⏳\n"
    found = PiiScanner(ner=False).scan(text)
    people = sorted(text[f.start : f.end] for f in found if f.kind is PiiKind.PERSON)
    assert people == sorted(["ලක්මිණි දසනායක", "ප්‍රසන්න විජේසූරිය", "ඉන්දික"])


def test_a_family_entry_gives_its_surname_and_anonymous_gives_none() -> None:
    text = (
        "1. Tamaki whānau — $40.00\n"
        "2. Familia ya Odhiambo — KSh 1,000\n"
        "3. Anonymous — $25.00\n"
        "4. Rangi Pōtae — $10.00\n"
    )
    assert _names(text) == ["Tamaki", "Odhiambo", "Rangi Pōtae"]
