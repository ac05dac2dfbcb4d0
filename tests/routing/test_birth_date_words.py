"""Birth cues and month names of languages no earlier list held, and a date followed by
the age it gives (session 10)."""

# ruff: noqa: RUF001

from __future__ import annotations

import datetime

import pytest

from hybridsdk.routing._birth_dates import BirthDateDetector

DETECTOR = BirthDateDetector()
_YEAR = datetime.date.today().year


def dobs(text: str) -> list[str]:
    return [f.value(text) for f in DETECTOR(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fec. Nac.: 07/11/1979", "07/11/1979"),
        ("ថ្ងៃខែឆ្នាំកំណើត ០៧ វិច្ឆិកា ១៩៧៩", "០៧ វិច្ឆិកា ១៩៧៩"),  # Khmer digits
        ("ວັນເດືອນປີເກີດ: 7 ພະຈິກ 1979", "7 ພະຈິກ 1979"),
        ("မွေးသက္ကရာဇ် 7 နိုဝင်ဘာ 1979", "7 နိုဝင်ဘာ 1979"),
        ("උපන් දිනය: 1979-11-07", "1979-11-07"),
        ("ജനന തീയതി: 7 നവംബർ 1979", "7 നവംബർ 1979"),
        ("ಜನ್ಮ ದಿನಾಂಕ: 07/11/1979", "07/11/1979"),
        ("ଜନ୍ମ ତାରିଖ: 07-11-1979", "07-11-1979"),
        ("የትውልድ ቀን: 07/11/1979", "07/11/1979"),
        ("Төрсөн огноо: 1979.11.07", "1979.11.07"),
        ("Туулган күнү: 07.11.1979", "07.11.1979"),
        ("Санаи таваллуд: 07.11.1979", "07.11.1979"),
        ("Doglan senesi: 7 noýabr 1979", "7 noýabr 1979"),
        ("Taariikhda dhalashada: 7 nofembar 1979", "7 nofembar 1979"),
        ("Ranar haihuwa: 7 nuwamba 1979", "7 nuwamba 1979"),
        ("Usuku lokuzalwa: 7 novemba 1979", "7 novemba 1979"),
        ("Itariki y'amavuko: 7 ugushyingo 1979", "7 ugushyingo 1979"),
        ("Daty nahaterahana: 7 novambra 1979", "7 novambra 1979"),
        ("د زیږیدو نیټه: 1979/11/07", "1979/11/07"),
        ("Dîroka jidayikbûnê: 7 sermawez 1979", "7 sermawez 1979"),
        ("Gebuertsdatum: 7. november 1979", "7. november 1979"),
        ("Føðingardagur: 7. november 1979", "7. november 1979"),
        ("Naskiĝdato: 7 novembro 1979", "7 novembro 1979"),
        ("Rā whānau: 7 noema 1979", "7 noema 1979"),
        ("Dat nesans: 07/11/1979", "07/11/1979"),
    ],
)
def test_cues_and_months_of_more_languages(text: str, value: str) -> None:
    assert dobs(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Meeting date: 07/11/2024",
        "Delivery 7 novemba 2025",
        "Ngày giao hàng 7 ພະຈິກ 2025",
    ],
)
def test_dates_without_a_birth_cue(text: str) -> None:
    assert dobs(text) == []


def _age(y: int, m: int, d: int) -> int:
    t = datetime.date.today()
    return t.year - y - ((t.month, t.day) < (m, d))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"Ann Lee, 07.11.1979 ({_age(1979, 11, 7)} J.)", "07.11.1979"),
        (f"seen today, 1979-11-07, age {_age(1979, 11, 7)}", "1979-11-07"),
        (f"Hijo: 04/03/2015 ({_age(2015, 3, 4)} años)", "04/03/2015"),
        (f"1979年11月7日（{_age(1979, 11, 7)}岁）", "1979年11月7日"),
        (f"07.11.1979, возраст: {_age(1979, 11, 7)}", "07.11.1979"),
    ],
)
def test_a_date_followed_by_the_age_it_gives(text: str, value: str) -> None:
    assert dobs(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Reading 07.11.1979 (12 J.)",  # an age the date does not give
        f"Invoice 07.11.{_YEAR - 1} (30 days)",
        "Meter 2019-01-05 42 kg",
    ],
)
def test_ages_that_do_not_fit(text: str) -> None:
    assert dobs(text) == []
