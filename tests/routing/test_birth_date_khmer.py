"""Khmer "born on" (កើតថ្ងៃ) without the day word before a birth date (session 11)."""

from __future__ import annotations

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False)


def dobs(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "dob"]


def test_khmer_born_on_cue_without_day_word() -> None:
    text = "ឈ្មោះកុមារ: សុខ ដារ៉ា\nកើតថ្ងៃ: 05-03-2018\nថ្ងៃជ្រមុជទឹក: 20-07-2025\n"
    assert dobs(text) == ["05-03-2018"]


def test_other_khmer_dates_not_birth_dates() -> None:
    assert dobs("ថ្ងៃជ្រមុជទឹក: 20-07-2025\n") == []
