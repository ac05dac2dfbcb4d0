"""Birth dates, fourth pass (session 9): patient lines on labels, short year-first and
ROC dates in birth columns, marks after a date (Hijri "هـ", the South Slavic final dot,
the Lithuanian "d."), Persian month names, airline DOB dates, and birth and birthday
words in more languages; with dates that must stay unread.

Every name and date here was made up for these tests.
"""

from __future__ import annotations

import pytest

from hybridsdk.routing._birth_dates import BirthDateDetector

detect = BirthDateDetector()


def dobs(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detect(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a patient's name on a pharmacy label, the birth date in brackets after it
        ("Patient: Mara Quinlan  (March 4, 1979)\nAmoxicillin 500 mg", "March 4, 1979"),
        ("Pacjent: WRONA, Ida  (1966-11-30)\nIbuprofen", "1966-11-30"),
        ("Hasta: Efe Tan (03.05.1971)", "03.05.1971"),
        ("Ασθενής: Νίκος Λάμπρου  (4 Μαΐου 1958)", "4 Μαΐου 1958"),
        ("Пациент: ИВАНОВ, Пётр  (7.7.1949)", "7.7.1949"),
        ("환자명: 박지원  (79.10.21)", "79.10.21"),
        ("بیمار: مینا کریمی  (۱۳۵۸/۰۳/۱۲)", "۱۳۵۸/۰۳/۱۲"),
        ("Utente: Rui Mota  (9 de maio de 1962)", "9 de maio de 1962"),
        # marks after the date that belong to it
        ("Datum rođenja: 3. veljače 1981.\nAdresa: Ilica 1", "3. veljače 1981."),
        ("Rođen/a: 14.2.1977.\nOIB: ...", "14.2.1977."),
        ("Gim. data: 1983 m. kovo 2 d.\nAdresas", "1983 m. kovo 2 d."),
        ("تاريخ الميلاد: 1395/02/17 هـ", "1395/02/17 هـ"),
        # Persian month names with a solar Hijri year; the "ت.ت" abbreviation
        ("تاریخ تولد: ۱۲ مهر ۱۳۵۹", "۱۲ مهر ۱۳۵۹"),
        ("ت.ت ۱۳۶۴/۰۹/۰۳", "۱۳۶۴/۰۹/۰۳"),
        # ROC era year of three digits
        ("出生年月日：民國101年2月3日", "民國101年2月3日"),
        # airline DOB in APIS lines
        ("APIS  DOC ZT5503918  DOB 08FEB66  NAT GRC", "08FEB66"),
        # birth and birthday words: fr, hr, es, el, bg, pl
        ("Date de naiss.: 02.04.1968", "02.04.1968"),
        ("Dat. rođenja: 05.09.1990.", "05.09.1990."),
        ("Nació el 3 de julio de 1959", "3 de julio de 1959"),
        ("η κα Λάμπρου, γεννηθείσα 9/9/1961, εργάζεται", "9/9/1961"),
        ("η ημερομηνία γέννησής μου είναι 2/3/1975", "2/3/1975"),
        ("датата ми на раждане е 19.01.1982", "19.01.1982"),
        ("mama ma urodziny 2 marca 1960, pamiętaj", "2 marca 1960"),
        ("el cumple de mi abuela es el 5 de enero de 1940", "5 de enero de 1940"),
        ("la fête de ma mère c'est le 1961-06-14, tu le notes?", "1961-06-14"),
    ],
)
def test_found(text: str, value: str) -> None:
    assert dobs(text) == [value], dobs(text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "#\tName\t生日\t縣市\n1\t林\t74/03/12\t臺北市\n2\t陳\t101/05/30\t臺南市",
            ["74/03/12", "101/05/30"],
        ),
        ("이름\t생년월일\n김\t85.03.12\n이\t62.11.05", ["85.03.12", "62.11.05"]),
        (
            "Ime\tDatum rođenja\nAna\t1. svibnja 1993.\nIvo\t8.8.1988.",
            ["1. svibnja 1993.", "8.8.1988."],
        ),
        ("الاسم\tتاريخ الميلاد\nس\t1388/07/01 هـ", ["1388/07/01 هـ"]),
    ],
)
def test_birth_columns(text: str, values: list[str]) -> None:
    assert dobs(text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a sentence's final dot after a date outside South Slavic text is not the date's
        ("He was born on 12.03.1985. Then he moved.", ["12.03.1985"]),
        # no patient word, or no name, or not a date in the brackets
        ("Order: Widget  (1985-03-12)", []),
        ("Patient: (1985-03-12)", []),
        ("Patient: Lee (room 12)", []),
        # a patient line's date after the bracket is not read
        ("Patient: Lee  (ward B) 1985-03-12", []),
        # short year-first dates outside a birth column, or with a day-sized first number
        ("Version 85.03.12 released", []),
        ("生日\n85.13.40", []),  # no month 13
        # birthday words take no recent date (a party, not a birth)
        ("la fête de l'école c'est le 2025-06-14", []),
        ("urodziny firmy 3 marca 2025", []),
        # "DEC" inside a word, an APIS date without digits around
        ("DOB DECEMBER", []),
    ],
)
def test_not_read(text: str, values: list[str]) -> None:
    assert dobs(text) == values, dobs(text)


def test_the_latvian_final_dot_belongs_to_the_date() -> None:
    assert dobs("Vārds: Anna Ozola\nDzimšanas datums: 08.02.1977.\nPersonas kods: x") == [
        "08.02.1977."
    ]
    # elsewhere a dot after a date ends the sentence
    assert dobs("Date of birth: 08.02.1977.") == ["08.02.1977"]
