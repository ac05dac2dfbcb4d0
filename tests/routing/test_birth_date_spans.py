"""Birth dates that open a life span: death notices and obituaries in many languages
(session 10), and the date ranges that are no life span."""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._birth_dates import BirthDateDetector

DETECTOR = BirthDateDetector()


def dobs(text: str) -> list[str]:
    return [f.value(text) for f in DETECTOR(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "With sorrow we announce the passing of\nMary Stone\n(1931-02-14 – 2025/06/01)",
            "1931-02-14",
        ),
        ("In loving memory\nTOM BELL\n* Mar. 3, 1944 † 07/02/2025", "Mar. 3, 1944"),
        ("Nachruf\nHans Meier\n* 3. März 1941 † 12. Mai 2025", "3. März 1941"),
        ("Avis de décès\nJean Roux\n02/09/1938 - 14/01/2025", "02/09/1938"),
        ("Q.E.P.D.\nMaría López\n12/05/1940 - 03/02/2025", "12/05/1940"),
        ("Mälestame\nMari Tamm\n11.07.1950 – 2. mai 2025", "11.07.1950"),
        ("Nekrolog\nJan Nowak\n4 maja 1939 – 9 stycznia 2025", "4 maja 1939"),
        ("Светлой памяти\nИван Петров\n12.04.1936 – 08.01.2025", "12.04.1936"),
        ("Jan Smit † 2025-01-09, *1933-10-02 † 2025-01-09", "1933-10-02"),
        ("故 张伟 1940年5月12日 – 2025年2月3日 逝世", "1940年5月12日"),
        ("انتقل إلى رحمة الله، وفاة\nأحمد علي\n1945/03/01 – 2025/01/20", "1945/03/01"),
    ],
)
def test_first_date_of_a_life_span(text: str, value: str) -> None:
    assert value in dobs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Booking 01.03.2025 – 31.03.2025 confirmed",
        "Contract 01.01.2019 - 31.12.2024, with funeral insurance",
        "Lease: 2020-05-01 – 2025-04-30",
        "The funeral home is open 01/02/2025 - 03/02/2025",  # not a year apart
        "In memory of the 1990 floods: 12.03.1990 – 14.03.2091",  # the death is to come
    ],
)
def test_ranges_that_are_no_life_span(text: str) -> None:
    assert dobs(text) == []
