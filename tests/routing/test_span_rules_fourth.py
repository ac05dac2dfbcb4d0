"""Span rules after the retrained tagger (session 9, second round): a travel document's
field words (_travel_fields.py), a chat speaker that is a role (_contact_roles.py), a date
in an era's years (_era_dates.py) and Persian or Arabic common words (_arabic_script_words.py)
are no names; a full name found once replaces its parts where it is written again
(_name_repeats.py); a "#" before a house number is part of the address (_address_edges.py).

The tagger's raw spans are written out by hand, so each rule is tested on its own, with
hard negatives. All texts, names, codes and numbers are made up.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._name_repeats import spread_free_form
from hybridsdk.routing._span_rules import shape_free_form
from hybridsdk.routing._travel_fields import travel_field

A, P = PiiKind.ADDRESS, PiiKind.PERSON


def _f(text: str, kind: PiiKind, value: str, nth: int = 0, detector: str = "ner") -> Finding:
    at = -1
    for _ in range(nth + 1):
        at = text.index(value, at + 1)
    return Finding.from_span(kind, text, at, at + len(value), 0.5, detector)


def _values(text: str, findings: list[Finding], kind: PiiKind | None = None) -> list[str]:
    return sorted(f.value(text) for f in findings if kind is None or f.kind is kind)


# ---------------------------------------------------------------- travel documents

PASS_LINES = (
    "BORDKARTE / BOARDING PASS\n"
    "NAME OF PASSENGER  KOVAC/ELENA MS\n"
    "FROM VIE  TO ATH  FLIGHT OS 8031\n"
    "SEAT 17C  GATE F04  BOARDING 11:25  GROUP 2\n"
    "PNR QX7T2L  ETKT 257 4409182736\n"
    "DOCS  P Q5521870  DOB 14MAR88  NAT AUT\n"
    "Paid MASTERCARD 5500 0000 0000 0004"
)


@pytest.mark.parametrize(
    "value", ["BORDKARTE", "DOCS", "NAT AUT", "Paid MASTERCARD", "ETKT", "PNR", "GROUP"]
)
def test_a_boarding_pass_field_word_is_no_name(value: str) -> None:
    raw = [_f(PASS_LINES, P, "KOVAC/ELENA"), _f(PASS_LINES, P, value)]
    out = shape_free_form(PASS_LINES, raw)
    assert _values(PASS_LINES, out, P) == ["KOVAC/ELENA"]


@pytest.mark.parametrize(
    "text, field",
    [
        # a booking confirmation: an airport pair and a fare
        (
            "Rezervace potvrzena XK42PQ\nPassenger: Jana Dvorak\nOK123 PRG-CDG 2025-04-02"
            "  Fare 3 120 CZK\nPaid with VISA 4111 1111 1111 1111",
            "Fare",
        ),
        # a title in another script, a payment line
        ("탑승권\n승객 이름  PARK/MINJI\nAMEX 3400 000000 00009", "AMEX"),
        ("登机牌 / BOARDING PASS\n旅客姓名  WANG/LEI\nCLASS Y  SEAT 30A", "登机牌"),
    ],
)
def test_other_travel_documents_fields_and_titles(text: str, field: str) -> None:
    at = text.index(field)
    assert travel_field(text, at, at + len(field))


@pytest.mark.parametrize(
    "text, value",
    [
        # the passenger's own name line, with or without its slash
        (PASS_LINES, "KOVAC/ELENA"),
        ("BOARDING PASS\nPassenger  MARTA NOVAK\nGATE 12  SEAT 4A", "MARTA NOVAK"),
        # field words outside a travel document are left to the other rules
        ("Paid Visa invoice for Mrs Grant\nTotal 140 EUR", "Paid Visa"),
        ("Our new colleague Gate Ogunleye joins on Monday.", "Gate Ogunleye"),
        # a name that only starts with a field word
        ("FLIGHT LH 440  SEAT 3F\nCarrier contact: Seat Ramos, desk 4", "Seat Ramos"),
    ],
)
def test_names_in_or_near_travel_documents_are_kept(text: str, value: str) -> None:
    at = text.index(value)
    assert not travel_field(text, at, at + len(value))


# ---------------------------------------------------------------- full names repeated


def test_a_full_name_replaces_its_first_name_where_it_is_written_again() -> None:
    text = "Full name: Oskar Lindqvist\nDOB: 1990-01-02\n\nFor questions call Oskar Lindqvist."
    raw = [_f(text, P, "Oskar Lindqvist"), _f(text, P, "Oskar", 1)]
    out = spread_free_form(text, raw)
    people = sorted((f.start, f.value(text)) for f in out if f.kind is P)
    second = text.index("Oskar Lindqvist", 20)
    assert (second, "Oskar Lindqvist") in people
    assert all(not (second <= s < second + 15) or v == "Oskar Lindqvist" for s, v in people)


@pytest.mark.parametrize(
    "text, part",
    [
        # the part stands alone: kept as it is, no full name invented
        ("Nimi: Aino Virtanen\nTerveisin Aino", "Aino"),
        # a longer name that only starts with the found one ("Bergström", not "Berg")
        ("Anna Berg signed. Later Anna Bergström came.", "Anna"),
    ],
)
def test_a_part_without_the_full_name_after_it_stays(text: str, part: str) -> None:
    full = text.split(": ")[1].split("\n")[0] if ": " in text else "Anna Berg"
    raw = [_f(text, P, full), _f(text, P, part, 1)]
    out = spread_free_form(text, raw)
    assert part in _values(text, out, P)
    assert _values(text, out, P).count(full) == 1


def test_a_full_name_does_not_swallow_another_kinds_finding() -> None:
    text = "Contact: Ewa Nowak\nShip to Ewa Nowak Street 4"
    addr = _f(text, A, "Nowak Street 4")
    raw = [_f(text, P, "Ewa Nowak"), _f(text, P, "Ewa", 1), addr]
    out = spread_free_form(text, raw)
    assert "Nowak Street 4" in _values(text, out, A)
    assert "Ewa" in _values(text, out, P)


# ---------------------------------------------------------------- role speakers in chats


@pytest.mark.parametrize(
    "text, value",
    [
        ("[04.02.2026 18:40] Oskar: ok\nVermieter, [04.02.2026 18:41]\nMiete ist da", "Vermieter"),
        ("21:05 Huisbaas > de ketel is stuk\n21:06 Ilse > ok", "Huisbaas"),
        ("[12.03.25, 10:01:22] Sąsiadka: paczka jest u mnie", "Sąsiadka"),
        ("05/06/25, 09:12 - Συνάδελφοι: meeting at 10", "Συνάδελφοι"),
        ("Вахтёр > ok\nСосед: ключи у меня", "Сосед"),
        ("14:20 관리실 > 택배 도착했습니다", "관리실"),
        ("Casero, [01.10.2025 08:00]\nel alquiler vence hoy", "Casero"),
    ],
)
def test_a_role_as_a_chat_speaker_is_no_name(text: str, value: str) -> None:
    out = shape_free_form(text, [_f(text, P, value)])
    assert value not in _values(text, out, P)


@pytest.mark.parametrize(
    "text, value",
    [
        # a role word inside the message, not its speaker field
        ("09:14 Ilse > ask the Huisbaas: he knows", "Huisbaas"),
        # not a role word: a name as the speaker stays
        ("[12.03.25, 10:01:22] Dorota Wilk: paczka jest u mnie", "Dorota Wilk"),
        # a role word in prose, followed by a comma but no date
        ("My Vermieter, Herr Kunz, called.", "Vermieter"),
    ],
)
def test_role_words_elsewhere_and_names_as_speakers_stay(text: str, value: str) -> None:
    out = shape_free_form(text, [_f(text, P, value)])
    assert value in _values(text, out, P)


# ---------------------------------------------------------------- dates in an era's years


@pytest.mark.parametrize(
    "text, value",
    [
        ("入住日: 民國113年5月2日\n姓名: 林雅婷", "民國113"),
        ("申請日期：民国98年1月3日", "民国98"),
        ("作成日 令和6年4月1日\n氏名 佐藤 花子", "令和6"),
        ("關於您於民國112年提出之申請", "關於您於民國112"),
        ("發票日期 2023年8月", "發票日期 2023"),
    ],
)
def test_a_date_in_an_eras_years_is_no_name(text: str, value: str) -> None:
    out = shape_free_form(text, [_f(text, P, value)])
    assert value not in _values(text, out, P)


@pytest.mark.parametrize(
    "text, value",
    [
        ("入住日: 民國113年5月2日\n姓名: 林雅婷", "林雅婷"),
        ("平田 恵子さんは2020年に入社", "平田 恵子"),  # a name before a year, not holding it
        ("令和子 様", "令和子"),  # the era's characters inside a name, no year after
    ],
)
def test_names_near_era_dates_stay(text: str, value: str) -> None:
    out = shape_free_form(text, [_f(text, P, value)])
    assert value in _values(text, out, P)


# ---------------------------------------------------------------- "#" before a house number


@pytest.mark.parametrize(
    "text, raw, want",
    [
        ("Ship to:\nAnil Rao\n#214, MG Road, Jayanagar", "214, MG Road, Jayanagar", "#214"),
        ("Premises: #7, 3rd Cross, Malleswaram", "7, 3rd Cross, Malleswaram", "#7"),
        ("Address | #88 Rizal Street, Makati City", "88 Rizal Street, Makati City", "#88"),
    ],
)
def test_a_hash_against_the_house_number_is_part_of_the_address(
    text: str, raw: str, want: str
) -> None:
    out = shape_free_form(text, [_f(text, A, raw)])
    assert any(v.startswith(want) for v in _values(text, out, A))


@pytest.mark.parametrize(
    "text, raw",
    [
        # an order number's "#" inside a word, a blank between "#" and the number
        ("Ref AB#12 Lake Road, Pune", "12 Lake Road, Pune"),
        ("Calle 9 # 14-20, Pasto", "14-20, Pasto"),
    ],
)
def test_a_hash_not_against_the_number_or_inside_a_word_stays_out(text: str, raw: str) -> None:
    out = shape_free_form(text, [_f(text, A, raw)])
    assert not any(v.startswith("#") for v in _values(text, out, A))


# ---------------------------------------------------------------- Persian and Arabic words


@pytest.mark.parametrize(
    "text, value",
    [
        ("شماره قرارداد: 4471-ب\nمستأجر: کاوه رستمی", "شماره"),
        ("گزارش حادثه\n\nمحل: انبار شماره ۲", "گزارش حادثه"),
        ("قیمت توافقی. تماس 09120000000", "توافقی"),
        ("شرکت پخش البرز\nتهران، خیابان آزادی", "شرکت پخش البرز"),
        ("للبيع: ثلاجة مستعملة", "للبيع"),
        ("فاتورة 5521 بمبلغ 300 ريال", "فاتورة"),
        ("مؤسسة الريان للتجارة\nالرياض", "مؤسسة الريان للتجارة"),
    ],
)
def test_persian_and_arabic_common_words_and_companies_are_no_names(text: str, value: str) -> None:
    out = shape_free_form(text, [_f(text, P, value)])
    assert value not in _values(text, out, P)


@pytest.mark.parametrize(
    "text, raw, want",
    [
        ("لطفا به سارا کامرانی پیام بده", "به سارا کامرانی", "سارا کامرانی"),
        ("أرسل الملف إلى ليلى الحربي اليوم", "إلى ليلى الحربي", "ليلى الحربي"),
    ],
)
def test_a_preposition_in_front_of_a_name_is_taken_off(text: str, raw: str, want: str) -> None:
    out = shape_free_form(text, [_f(text, P, raw)])
    assert _values(text, out, P) == [want]


@pytest.mark.parametrize(
    "text, value",
    [
        ("بیمار: مریم شماره‌دار", "مریم شماره‌دار"),  # a surname holding a common word
        ("پزشک: دکتر نادر تهرانی", "نادر تهرانی"),  # the title taken off, the name kept
        ("شكرا سلمان على المساعدة", "سلمان"),
    ],
)
def test_persian_and_arabic_names_stay(text: str, value: str) -> None:
    raw = "دکتر " + value if "دکتر " + value in text else value
    out = shape_free_form(text, [_f(text, P, raw)])
    assert value in _values(text, out, P)
