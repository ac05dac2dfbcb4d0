"""Dates of birth after (or before) a birth cue in many languages and date formats, and
dates that are not birth dates (issue 12)."""

# Text in many scripts is what this file is about: fullwidth colons, CJK commas and
# Greek or Cyrillic letters are meant.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._birth_dates import CONFIDENCE, BirthDateDetector, tagged_birth_date_ok
from hybridsdk.routing._detectors import Finding, PiiKind, PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def dobs(text: str, scanner: PiiScanner = SCANNER, locale: str | None = None) -> list[str]:
    return [f.value(text) for f in scanner.scan(text, locale=locale) if f.kind is PiiKind.DOB]


BY_LANGUAGE = {
    "en": [
        ("DOB: 03/12/1985", "03/12/1985"),
        ("Date of birth: 14/03/1987.", "14/03/1987"),
        ("I was born on March 12, 1985.", "March 12, 1985"),
        ("born on the 12th of March 1985", "12th of March 1985"),
        ("D.O.B. 1985-03-12", "1985-03-12"),
        ("born 12-Mar-1985", "12-Mar-1985"),
        ("Date of Birth: Tuesday, 12 March 1985", "12 March 1985"),
        ("patient (DOB 3/12/85) checked in", "3/12/85"),
        ("b. 20.09.1939", "20.09.1939"),
        ("Birth: 12/03/1985", "12/03/1985"),
        ("i was born on march 12 1985 can you check", "march 12 1985"),
    ],
    "de": [
        ("Geburtsdatum: 02.11.1975", "02.11.1975"),
        ("geb. 12. März 1985", "12. März 1985"),
        ("geboren am 3.5.1990 in Köln", "3.5.1990"),
        ("Ich bin am 21.03.1967 geboren.", "21.03.1967"),
        ("* 12.03.1985 in Hamburg", "12.03.1985"),
    ],
    "fr": [
        ("née le 1er mai 1990 à Lyon", "1er mai 1990"),
        ("date de naissance : 12/03/1985", "12/03/1985"),
        ("né(e) le 12-03-1985", "12-03-1985"),
    ],
    "es": [
        ("fecha de nacimiento: 12/03/1985", "12/03/1985"),
        ("nacida el 12 de marzo de 1985", "12 de marzo de 1985"),
        ("F. nac.: 12/3/1985", "12/3/1985"),
    ],
    "pt": [("data de nascimento: 12/03/1985", "12/03/1985")],
    "it": [
        ("nata a Roma il 12 marzo 1985", "12 marzo 1985"),
        ("data di nascita: 12.03.1985", "12.03.1985"),
        ("nato/a il 12/03/1985", "12/03/1985"),
    ],
    "nl": [("geboren op 12 maart 1985", "12 maart 1985"), ("geb. 13-10-1957", "13-10-1957")],
    "pl": [("data urodzenia: 12 marca 1985 r.", "12 marca 1985"), ("ur. 12.03.1985", "12.03.1985")],
    "sv": [
        ("född den 12 mars 1985", "12 mars 1985"),
        ("födelsedatum: 1985-03-12", "1985-03-12"),
        ("f. 1985-03-12 i Uppsala", "1985-03-12"),
        ("Namn: Lars Berg, födelsedag 5 januari 1979", "5 januari 1979"),
    ],
    "el": [
        ("ημερομηνία γέννησης: 12 Μαρτίου 1985", "12 Μαρτίου 1985"),
        ("γεννημένος στις 12/03/1985", "12/03/1985"),
    ],
    "ru": [
        ("дата рождения: 12.03.1985", "12.03.1985"),
        ("родилась 12 марта 1985 года", "12 марта 1985"),
        ("12.03.1985 г.р.", "12.03.1985"),
        ("день рождения: 12.03.1985", "12.03.1985"),
    ],
    "ar": [
        ("تاريخ الميلاد: ١٢/٠٣/١٩٨٥", "١٢/٠٣/١٩٨٥"),
        ("من مواليد 12 مارس 1985", "12 مارس 1985"),
        ("الاسم أحمد وتاريخ الميلاد 09/03/1974", "09/03/1974"),
    ],
    "hi": [("जन्म तिथि: १२/०३/१९८५", "१२/०३/१९८५"), ("जन्मतिथि 12 मार्च 1985", "12 मार्च 1985")],
    "ja": [
        ("生年月日：昭和60年3月12日", "昭和60年3月12日"),
        ("1985年3月12日生まれ", "1985年3月12日"),
        ("生年月日は1948/10/16です。", "1948/10/16"),
    ],
    "zh": [
        ("出生日期：1985年3月12日", "1985年3月12日"),
        ("出生于1985-03-12", "1985-03-12"),
        ("出生日期：1985年3月12号", "1985年3月12号"),
    ],
    "ko": [
        ("생년월일: 1985년 3월 12일", "1985년 3월 12일"),
        ("1985년 3월 12일생", "1985년 3월 12일"),
        ("생년월일: 1985. 3. 12.", "1985. 3. 12."),
    ],
    # More languages (issue 12, second pass): cues and month names of 30+ more languages.
    "cs": [
        ("Datum narození: 7. 9. 1971", "7. 9. 1971"),
        ("narozena 3. května 1982 v Brně", "3. května 1982"),
    ],
    "sk": [("dátum narodenia: 14. februára 1966", "14. februára 1966")],
    "uk": [
        ("Дата народження: 05.11.1979", "05.11.1979"),
        ("народилася 9 березня 1990 року", "9 березня 1990"),
    ],
    "be": [("дата нараджэння: 21 лютага 1958", "21 лютага 1958")],
    "bg": [("дата на раждане: 3 април 1977", "3 април 1977")],
    "sr": [
        ("датум рођења: 17. јун 1984", "17. јун 1984"),
        ("rođen 4. avgust 1969", "4. avgust 1969"),
    ],
    # Croatian writes a final dot after the year: it belongs to the date (session 9)
    "hr": [("datum rođenja: 28. ožujka 1973.", "28. ožujka 1973.")],
    "sl": [("datum rojstva: 2. junij 1988", "2. junij 1988")],
    "ro": [("data nașterii: 11 octombrie 1964", "11 octombrie 1964")],
    "hu": [
        ("születési dátum: 1981. augusztus 6.", "1981. augusztus 6."),
        ("1976. május 30-án született", "1976. május 30"),
    ],
    # the day's word ("d.", diena) belongs to the date as the year's "m." does (session 9)
    "lt": [("gimimo data: 1992 m. spalio 8 d.", "1992 m. spalio 8 d.")],
    "lv": [("dzimšanas datums: 1983. gada 14. jūlijā", "1983. gada 14. jūlijā")],
    "et": [("sünniaeg: 19. detsember 1961", "19. detsember 1961")],
    "sq": [("data e lindjes: 6 nëntor 1986", "6 nëntor 1986")],
    "tr": [
        ("doğum tarihim 2 ağustos 1974", "2 ağustos 1974"),
        ("Doğum tarihiniz: 30.09.1957", "30.09.1957"),
    ],
    "az": [("doğum tarixi: 12 sentyabr 1980", "12 sentyabr 1980")],
    "id": [
        ("tanggal lahir: 25 Agustus 1991", "25 Agustus 1991"),
        ("Tgl. Lahir 03-12-1978", "03-12-1978"),
    ],
    "ms": [("tarikh lahir: 9 Ogos 1985", "9 Ogos 1985")],
    "tl": [("petsa ng kapanganakan: Hunyo 14, 1983", "Hunyo 14, 1983")],
    "sw": [("tarehe ya kuzaliwa: 4 Machi 1979", "4 Machi 1979")],
    "vi": [
        ("ngày sinh: 17/08/1994", "17/08/1994"),
        ("sinh ngày 2 tháng 9 năm 1969", "2 tháng 9 năm 1969"),
    ],
    "th": [("วันเกิด 5 ธันวาคม 2530", "5 ธันวาคม 2530"), ("เกิดวันที่ 12/03/2528", "12/03/2528")],
    "he": [("תאריך לידה: 21 באוקטובר 1977", "21 באוקטובר 1977")],
    "fa": [("تاریخ تولد: 1988/04/19", "1988/04/19")],
    "ur": [("تاریخ پیدائش: 14 اگست 1984", "14 اگست 1984")],
    "ar2": [("تاريخ ميلادي 1990-07-22، وعنواني", "1990-07-22")],
    "bn": [("জন্ম তারিখ: ১৫ জানুয়ারি ১৯৮৭", "১৫ জানুয়ারি ১৯৮৭")],
    "ta": [("பிறந்த தேதி: 23 ஜூலை 1979", "23 ஜூலை 1979")],
    "mr": [("जन्म दिनांक: 8 ऑगस्ट 1990", "8 ऑगस्ट 1990")],
    "ca": [("data de naixement: 3 d'abril de 1982", "3 d'abril de 1982")],
    "eu": [("jaiotze data: 1975-11-02", "1975-11-02")],
    "is": [("fæðingardagur: 2. mars 1968", "2. mars 1968")],
    "no": [("født 9. desember 1959", "9. desember 1959")],
    "ga": [("dáta breithe: 4 Bealtaine 1981", "4 Bealtaine 1981")],
    "cy": [("dyddiad geni: 16 Tachwedd 1972", "16 Tachwedd 1972")],
    "ka": [("დაბადების თარიღი: 12.05.1984", "12.05.1984")],
    "ko2": [("생년월일: 840512", "840512"), ("830214생 입니다", "830214")],
    "roman": [("data urodzenia: 4.VII.1963", "4.VII.1963")],
    "calendars": [
        ("出生日期：民國71年5月4日", "民國71年5月4日"),  # Taiwan's Minguo era
        ("生年月日：S57.5.4", "S57.5.4"),  # Japanese era initial
        ("生年月日：平成3/11/20", "平成3/11/20"),
        ("تاریخ تولد: ۱۳۶۱/۰۲/۱۴", "۱۳۶۱/۰۲/۱۴"),  # solar Hijri, Persian digits
        ("تاريخ الميلاد: 1402/08/19 هـ", "1402/08/19 هـ"),  # lunar Hijri, its mark belongs to it
    ],
    "code2": [
        ('{"birth_date": "1970-01-30"}', "1970-01-30"),
        ('{"customerDob": "1981-06-11"}', "1981-06-11"),
        ('{"dataNascimento": "11/06/1981"}', "11/06/1981"),
        ('{"datum_narozeni": "11.06.1981"}', "11.06.1981"),
        ('{"birthDate": "1981-06-11T00:00:00Z"}', "1981-06-11"),
        ("Dt. Nasc.: 11/06/1981", "11/06/1981"),
        ("geb. Datum 11.06.1981", "11.06.1981"),
        ('{"dogum_tarihi": "11.06.1981"}', "11.06.1981"),  # keys written without diacritics
        ('{"tanggal_lahir": "11-06-1981"}', "11-06-1981"),
        ("ngay_sinh=11/06/1981", "11/06/1981"),
        ("szuletesi datum: 1981.06.11", "1981.06.11"),
    ],
    "single_words": [
        ("Geburt: 11.06.1981", "11.06.1981"),
        ("Nascimento: 11/06/1981", "11/06/1981"),
        ("Narození: 11.06.1981", "11.06.1981"),
        ("Народження: 11.06.1981", "11.06.1981"),
        ("Születés: 1981.06.11", "1981.06.11"),
    ],
    "code": [
        ('{"name": "Ann Lee", "dob": "1985-03-12"}', "1985-03-12"),
        ("birthDate=12/03/1985", "12/03/1985"),
        ("date_of_birth: 19850312", "19850312"),
        ('{"fechaNacimiento": "1985-03-12"}', "1985-03-12"),
        ('{"data_nascita": "12/03/1985"}', "12/03/1985"),
    ],
}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(t, v, id=f"{lang}-{i}")
        for lang, cases in BY_LANGUAGE.items()
        for i, (t, v) in enumerate(cases)
    ],
)
def test_a_birth_cue_in_each_language(text: str, value: str) -> None:
    assert dobs(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Appointment on 03/11/2025 at 10:30",
        "Invoice date: 2024-02-23",
        "2025-03-04T10:22:01Z request done",
        "2025-03-04 10:22:01 INFO login ok",
        "Termin am 12.03.2025 um 14 Uhr; Lieferung bis 01.11.2025",
        "rendez-vous le 16/07/2026 à 9h, facture du 7 avril 2024",
        "cita el 10/02/2026; fecha de entrega: 10/10/2026",
        "appuntamento il 08/07/2026 alle 15",
        "ημερομηνία παράδοσης: 11 Δεκεμβρίου 2025",
        "дата доставки: 12.03.2025",
        "تاريخ التسليم: 24/02/2023",
        "डिलीवरी की तारीख: 05/04/2024",
        "納品日 2026年4月26日",
        "交货日期 2024-06-10",
        "배송일 2024-01-04",
        "birthday party on 12 March 2025",
        "NATO summit 12 March 2025",
        "Date of birth: __/__/____",
        "Date of birth: unknown. Appointment: 12/03/2025",
        "place of birth: Denver, visit 12/03/2025",
        "born in 1985",
        "DOB: 31/02/1985",  # no such day
        "DOB: 12/03/1885",  # not a living person
        "2025年3月12日生产",  # production date
        "ok so due 12/15/2025 born in Lyon",
        "день рождения 12.03.2025",  # a birthday party, not a birth date
        "birth certificate issued 12/03/2019",
        "Plan b. meeting on 12.03.2025",
        "* 2021-05-01 release 2.1 (changelog bullet)",
        # no birth cue, in the newly covered languages
        "Datum objednávky: 7. 9. 2024",
        "termin dostawy: 4.VII.2025",
        "1981. augusztus 6. és 2024. május 30.",
        "ngày 2 tháng 9 năm 2024 giao hàng",
        "วันที่ 5 ธันวาคม 2567 ส่งของ",
        "tanggal pengiriman: 25 Agustus 2025",
        "ref 840512 and 830214",
        "день народження 12.03.2025",  # a birthday, not a birth date
        "místo narození: Brno, návštěva 7. 9. 2024",
        "Doğum: 12.03.2025",  # a single word that also names a delivery (of a baby): recent
        "Geburt: 12.03.2025",
        "تاریخ تولد: 1361/13/40",  # no such month or day in any calendar
        "version R2.1.3 released",
    ],
)
def test_dates_that_are_not_birth_dates(text: str) -> None:
    assert dobs(text) == [], text


def test_the_cue_span_wins_over_the_tagger_and_uncued_tagger_dates_are_dropped() -> None:
    pytest.importorskip("onnxruntime")
    full = PiiScanner(ner=True, use_phonenumbers=True)
    # One finding per birth date, with the cue detector's exact span.
    text = "Patient Anna Berg, date of birth 14 March 1987, room 12."
    found = [f for f in full.scan(text) if f.kind is PiiKind.DOB]
    assert [(f.value(text), f.detector) for f in found] == [("14 March 1987", "dob_cue")]
    for text in (
        "Your appointment is on 14 March 2025.",
        "Invoice dated 14/03/2025, due 28/03/2025",
    ):
        assert dobs(text, full) == [], text
    # A second date after the birth date is not one, whatever the tagger says.
    for text, value in (
        ("name=J. Lee; date of birth=06/03/1990; visit=06/03/2025", "06/03/1990"),
        ("Paziente nato il 02/02/1966, ricoverato il 02/02/2025", "02/02/1966"),
    ):
        assert dobs(text, full) == [value], text


def test_tagged_birth_dates_need_a_cue() -> None:
    text = "Geburtsdatum: 02.11.1975, Termin 14.05.2025"
    assert tagged_birth_date_ok(text, 14, 24)
    assert not tagged_birth_date_ok(text, 33, 43)
    assert tagged_birth_date_ok("1985年3月12日生まれ", 0, 10)


def test_a_cue_date_is_not_read_as_a_phone_number() -> None:
    # "13-10-1957" is also a valid Dutch number; after "geb." it is a birth date.
    text = "geb. 13-10-1957"
    assert [(f.kind.value, f.value(text)) for f in SCANNER.scan(text, locale="nl_NL")] == [
        ("dob", "13-10-1957")
    ]


def test_findings_score_between_the_tagger_and_checked_detectors() -> None:
    text = "DOB: 03/12/1985"
    (f,) = BirthDateDetector()(text)
    assert isinstance(f, Finding) and f.confidence == CONFIDENCE
    assert 0.6 < CONFIDENCE < 0.75  # tagger at most 0.6, phones 0.75 and up


# Forms and abbreviations of more writers (issue 12, structured pass 8): dot leaders and
# bars between a form's label and the date, the year's word after it, and abbreviations
# of "date of birth" that take only a date right after them.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Date of birth .......... 03/11/1962\nAddress ....... 5 Elm Rd", "03/11/1962"),
        ("Geburtsdatum ..... 7.9.1971", "7.9.1971"),
        ("Born .... 3 Sep 1962", "3 Sep 1962"),
        ("Date of birth .... 14th July 1949", "14th July 1949"),
        ("D.O.B. | 2 Feb 1955", "2 Feb 1955"),
        ("Date of birth ........... 4-7-58", "4-7-58"),
        ("Дата рождения .......... 14.05.1977 г.\nАдрес: ул. Ленина", "14.05.1977 г."),
        ("Дата рождения: 2 апреля 1969 г.\nТелефон", "2 апреля 1969 г."),
        ("Дата народження: 12.03.1985 р.", "12.03.1985 р."),
        ("Születési dátum: 1959.11.02.\nLakcím", "1959.11.02."),
        ("<birthDate>1980.07.15.</birthDate>", "1980.07.15."),
        ("Paziente: Ugo Rossi, D.N. 22/03/1961, CF x", "22/03/1961"),
        ("Paciente: Ana Ruiz, FN 04/07/1990", "04/07/1990"),
        ("Pasien: Budi, TTL 5 Mei 1970", "5 Mei 1970"),
        ("Pasient: Ola, F.dato 03.04.85", "03.04.85"),
        ("Nasc. 11/02/1966", "11/02/1966"),
        ("г.р. 7 марта 1958", "7 марта 1958"),
        ("ת.ל. 05/06/1957", "05/06/1957"),
        ("תאריך הלידה שלי 14/02/1980", "14/02/1980"),
        ("יום הולדת: 9 ביולי 1977", "9 ביולי 1977"),
        ("anniversaire le 1979-03-02", "1979-03-02"),
        ("syntymäpäivä 12.12.1970", "12.12.1970"),
        ("sinh 03-05-1968 tại Đà Nẵng", "03-05-1968"),
        ("NS ngày 4 tháng 8 năm 1974", "ngày 4 tháng 8 năm 1974"),
        ("szül 1966-01-20", "1966-01-20"),
        ("s. 4. maaliskuuta 1951", "4. maaliskuuta 1951"),
        ("Nar. 3. 4. 1960, Brno", "3. 4. 1960"),
        ("DESCRIPTION:ok\\nGeburtsdatum 03.02.1967\\nEnde", "03.02.1967"),
        ("BDAY;VALUE=date:19840312", "19840312"),
        ("Født 22/10-1970, kørekort 12", "22/10-1970"),  # Danish, Norwegian d/m-yyyy
        ("Fødselsdato | 8/1-1994", "8/1-1994"),  # vCard parameters between cue and date
        ("PID|1||12345||Lee^Ann||19840312|F", "19840312"),  # HL7 v2: PID-7
        ("PID|1||12345||Lee^Ann||198403121530|F", "19840312"),  # the date, not its time
        ("Data urodzenia ......... 12.03.1984 r.", "12.03.1984"),
    ],
)
def test_leaders_year_words_and_abbreviations(text: str, value: str) -> None:
    assert dobs(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "FN rapport 04/07/1990 klar",  # an abbreviation takes only a date right after it
        "TTL expires 2024-01-01",
        "s. 12 ff. (1999)",
        "Мы встретились 12.03.2020 г. в Москве",  # a year word, but no birth cue
        "Ref .... 12/03/1985",  # dot leaders after no cue
        "anniversaire le 2025-03-02",  # a birthday party this year, not a birth date
    ],
)
def test_no_birth_date_without_its_cue(text: str) -> None:
    assert dobs(text) == []


def test_year_of_birth_cue_after_the_date_stays_out_of_the_span() -> None:
    assert dobs("12.03.1985 г.р.") == ["12.03.1985"]


def test_markdown_table_with_a_quote_in_a_header_cell() -> None:
    # '"' inside a word (the Hebrew abbreviation mark) opens no quoted cell
    text = (
        '| # | שם | תאריך לידה | דוא"ל |\n|---|---|---|---|\n'
        "| 1 | רון | 3 במאי 1971 | ron@example.org |"
    )
    assert dobs(text) == ["3 במאי 1971"]
    text = "| # | ФИО | Дата рождения |\n|---|---|---|\n| 1 | Иван | 01.02.1983 г. |"
    assert dobs(text) == ["01.02.1983 г."]
    sql = "INSERT INTO p (id, name, birth_date) VALUES (1, 'Ann', '09.10.1975 г.');"
    assert dobs(sql) == ["09.10.1975 г."]
