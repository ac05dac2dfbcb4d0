"""Phone numbers in tables and forms (issue 12): the column's name says what a field is,
a table's delimiter is no decimal point, a unit or a label on the next line is no unit,
log-line epoch times are no phones, and phone / non-phone cues are read in many
languages. Examples written here, in formats and countries of our own choosing."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._phone_columns import field_at, forget
from hybridsdk.routing._phone_context import has_phone_cue, other_kind_of_number
from hybridsdk.routing._phone_cues import NOT_PHONE_CUES, PHONE_CUES, cue_before

FULL = PiiScanner(ner=False, use_phonenumbers=True)
SMALLEST = PiiScanner(ner=False, use_phonenumbers=False)


def phones(text: str, locale: str | None, scanner: PiiScanner = FULL) -> list[str]:
    return [f.value(text) for f in scanner.scan(text, locale=locale) if f.kind.value == "phone"]


# ---------------------------------------------------------------- tables


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # the header names the phone column; neighbours glued by the delimiter
        (
            "Kunde,Mobil,Geburtstag\n#88112,+49 151 23456789,12 Mai 1980\n"
            "#88113,0151 98765432,1975-03-02",
            "de_DE",
            ["+49 151 23456789", "0151 98765432"],
        ),
        # semicolons; the header's last column must not speak for the next row's first
        (
            "Telefono;Nascita;Codice\n347 123 4567;01.02.1990;ABCD\n"
            "+39 06 6982 1234;03.04.1985;EFGH",
            "it_IT",
            ["347 123 4567", "+39 06 6982 1234"],
        ),
        # tabs, CJK header
        (
            "電話\t会員番号\n03-3210-9876\t5541\n090-1234-5678\t5542",
            "ja_JP",
            ["03-3210-9876", "090-1234-5678"],
        ),
        # quoted fields holding the delimiter do not shift the columns
        (
            'Reference,Address,Phone\n0203 555 0191,"1 Long Lane, Leeds",0113 496 0000\n'
            '0203 555 0192,"9 Short Rd, York",0190 496 0123',
            "en_GB",
            ["0113 496 0000", "0190 496 0123"],
        ),
    ],
)
def test_header_column_names_the_field(text: str, locale: str, expected: list[str]) -> None:
    assert phones(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Bestellnr.|Name|Summe\n030 12345678|A. Beck|12.00\n030 87654321|B. Kurz|9.50", "de_DE"),
        ("Commande;Nom;Total\n01 23 45 67 89;Dupont;12,50\n01 98 76 54 32;Martin;9,90", "fr_FR"),
        ("Invoice,Customer,Total\n(212) 555-0147,Acme,12.00\n(212) 555-0198,Beta,9.50", "en_US"),
        ("订单号,姓名\n01087654321,王\n01012345678,李", "zh_CN"),
    ],
)
def test_non_phone_column_is_no_phone(text: str, locale: str) -> None:
    assert phones(text, locale) == []


def test_field_at_reads_the_header_and_refuses_what_is_no_table() -> None:
    text = 'Name,"Tel, mobil",Ort\nAnna,0171 2345678,Bonn\n'
    at = text.index("0171")
    fld = field_at(text, at)
    assert fld is not None and fld.column == "Tel, mobil" and fld.delimiter == ","
    forget()
    # one delimiter in a lone line: an amount with a decimal comma, not two fields
    assert field_at("93.041.783,03", 0) is None
    # a field holding more than the number
    assert field_at("a,b,c\nx,Tel 0171 2345678,y", 10) is None
    forget()


def test_decimal_and_amount_rules_still_hold_outside_tables() -> None:
    text = "Summe 93.041.783,03 EUR"
    a = text.index("93")
    assert other_kind_of_number(text, a, a + len("93.041.783")) == "decimal number"


# ---------------------------------------------------------------- units, labels, logs


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        (
            "Jan Nowak\nT: 22 123 45 67\nM: +48 601 234 567",
            "pl_PL",
            ["22 123 45 67", "+48 601 234 567"],
        ),
        ("A. Ruiz\nT: 912 345 678\nM: 612 345 678", "es_ES", ["912 345 678", "612 345 678"]),
        ("otp sent to +30 691 234 5678 t=41ms", None, ["+30 691 234 5678"]),
        ("Phone 0612345678\nL: Amsterdam", "nl_NL", ["0612345678"]),
    ],
)
def test_label_on_the_next_line_or_a_key_is_no_unit(
    text: str, locale: str | None, expected: list[str]
) -> None:
    assert phones(text, locale) == expected


def test_units_on_the_same_line_still_mean_amounts() -> None:
    assert phones("Gewicht 030 123 456 kg", "de_DE") == []
    assert phones("Fläche 030 123 456 m", "de_DE") == []


@pytest.mark.parametrize(
    "text",
    [
        "[1712345678] INFO worker: started",
        "1712345678 WARN disk almost full",
        "[1712345678123] DEBUG tick",
    ],
)
def test_epoch_time_at_the_head_of_a_log_line_is_no_phone(text: str) -> None:
    assert phones(text, "it_IT") == []
    assert phones(text, "ar_EG") == []


def test_a_bracketed_phone_keeps_its_digits_only() -> None:
    text = "call me [0612345678] tonight"
    assert phones(text, "nl_NL") == ["0612345678"]


# ---------------------------------------------------------------- dotted forms


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("llámame al 915.23.45.67 hoy", "es_ES", ["915.23.45.67"]),
        ("mon portable 06.12.34.56.78 merci", "fr_FR", ["06.12.34.56.78"]),
        ("Tel. 01.42.68.53.00.", "fr_FR", ["01.42.68.53.00"]),
    ],
)
def test_dotted_phone_numbers(text: str, locale: str, expected: list[str]) -> None:
    assert phones(text, locale) == expected


def test_dotted_quads_that_may_be_addresses_or_versions_are_no_phones() -> None:
    assert phones("gateway 192.168.10.20 up", "es_ES") == []
    assert phones("build 6.12.3.45 shipped", "es_ES") == []
    # a date is still a date, and not a phone
    assert phones("fecha 12.03.2024 ok", "es_ES") == []


# ---------------------------------------------------------------- cues in many languages


@pytest.mark.parametrize(
    "window",
    [
        "Телефон: ",
        "тел. ",
        "τηλέφωνο: ",
        "الهاتف: ",
        "رقم الجوال ",
        "טלפון: ",
        "मोबाइल नंबर: ",
        "फ़ोन ",
        "ফোন: ",
        "โทร ",
        "เบอร์โทร ",
        "số điện thoại: ",
        "no hp: ",
        "puhelin ",
        "tlf. ",
        "zavolejte ",
        "mi número es el ",
        "mijn nummer is ",
        "мой номер ",
        "cep telefonu: ",
    ],
)
def test_phone_cues_in_many_languages(window: str) -> None:
    assert cue_before(window, PHONE_CUES, NOT_PHONE_CUES) == [True, False]


@pytest.mark.parametrize(
    "window",
    [
        "номер заказа ",
        "счёт № ",
        "αριθμός παραγγελίας ",
        "ΑΦΜ: ",
        "sipariş no: ",
        '"Vergi No": "',
        "رقم الطلب ",
        "الفاتورة رقم ",
        "מספר הזמנה ",
        "ऑर्डर नंबर ",
        "बिल ",
        "ใบแจ้งหนี้เลขที่ ",
        "mã đơn hàng ",
        "nomor pesanan ",
        "číslo objednávky ",
        "számla szám ",
        "comanda nr. ",
        "tilausnumero ",
        "kundenummer ",
        "영수증 번호 ",
        "Dokument Nr. ",
        "passport scanned no=",
    ],
)
def test_other_number_cues_in_many_languages(window: str) -> None:
    assert cue_before(window, PHONE_CUES, NOT_PHONE_CUES) == [False, True]


def test_one_word_between_a_cue_and_its_number_word_only() -> None:
    # "btw." (VAT) then a new sentence: the possessive does not chain back to it
    assert cue_before("btw. mijn nummer is ", PHONE_CUES, NOT_PHONE_CUES)[0]
    assert cue_before("ticket issued no. ", PHONE_CUES, NOT_PHONE_CUES) == [False, True]
    assert cue_before("summer sale no. ", PHONE_CUES, NOT_PHONE_CUES) == [False, False]


def test_key_value_forms_read_the_label() -> None:
    assert phones("Имя | Анна\nНомер заказа | 8 912 345 67 89\nДата | 2024", "ru_RU") == []  # noqa: RUF001
    text = "Nome | Anna\nTelefono | 347 123 4567\nData | oggi"
    assert phones(text, "it_IT") == ["347 123 4567"]
    assert has_phone_cue(text, text.index("347"))


def test_regex_only_mode_reads_tables_too() -> None:
    text = "Name;Handy;Ort\nAnna;0171 2345678;Bonn\nBen;0172 3456789;Köln"
    assert phones(text, "de_DE", SMALLEST) == ["0171 2345678", "0172 3456789"]


# ---------------------------------------------------------------- scripts and slashes


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("هاتف: ٠١٠٠١٢٣٤٥٦٧", "ar_EG", "٠١٠٠١٢٣٤٥٦٧"),  # Arabic-Indic digits
        ("شماره تماس: ۰۹۱۲۳۴۵۶۷۸۹", "fa_IR", "۰۹۱۲۳۴۵۶۷۸۹"),  # Persian digits
        ("फ़ोन: ९८७६५४३२१०", "hi_IN", "९८७६५४३२१०"),  # Devanagari digits
        ("โทร ๐๘๑๒๓๔๕๖๗๘", "th_TH", "๐๘๑๒๓๔๕๖๗๘"),  # Thai digits
        ("電話：０３－１２３４－５６７８", "ja_JP", "０３－１２３４－５６７８"),  # noqa: RUF001 (fullwidth)
        ("Tel 030/1234567", "de_DE", "030/1234567"),
        ("Tel. 0662/30695070", "de_AT", "0662/30695070"),
        ("お問い合わせは06-6123-4567までどうぞ", "ja_JP", "06-6123-4567"),
    ],
)
def test_digits_of_other_scripts_and_one_slash(text: str, locale: str, expected: str) -> None:
    assert phones(text, locale) == [expected]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("am 12/03/2024 um 10", "de_DE"),
        ("Rechnung 2024/123456", "de_DE"),
        ("お問い合わせ番号0312345678", "ja_JP"),  # an inquiry (tracking) number
    ],
)
def test_slashes_of_dates_paths_and_references(text: str, locale: str) -> None:
    assert phones(text, locale) == []


# ---------------------------------------------------------------- no locale hint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("callback requested tel=8 (916) 123-45-67 ok", "8 (916) 123-45-67"),  # trunk 8
        ('{"phone": "8(727)2501234"}', "8(727)2501234"),
        ("Anna Berg\nT: 031-12 34 56\nanna@example.se", "031-12 34 56"),  # signature label
        ("zavolejte mi na 602 123 456 prosím", "602 123 456"),
        ("proszę dzwonić pod 601 234 567", "601 234 567"),
        ("chiamatemi al 347 123 4567", "347 123 4567"),
        ("sms code sent to 694 123 4567 t=12ms", "694 123 4567"),
        ("me chama no zap (21) 98765-4321", "(21) 98765-4321"),
    ],
)
def test_found_without_a_locale_hint(text: str, expected: str) -> None:
    assert phones(text, None) == [expected]


def test_one_letter_labels_only_at_a_line_start() -> None:
    text = "Block T: 12345678"  # no line start: no signature label, no phone
    assert has_phone_cue("T: 12345678", 3)
    assert not has_phone_cue(text, text.index("1234"))


def test_a_noun_after_its_number_in_head_final_languages() -> None:
    assert phones("dün 02124567890 numaralı sipariş verdim", "tr_TR") == []
    assert phones("dün 0532 123 45 67 numaralı telefondan aradım", "tr_TR") == [
        "0532 123 45 67"
    ]
