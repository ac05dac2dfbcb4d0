"""WorldNationalIdDetector: identity numbers of more countries in text, identity numbers
in table columns, generic identity cues; and what must not be read as an id.

Every number here was made for these tests (its check digit computed by our rule, which
tests/routing/test_id_checksums_world.py checks against python-stdnum).
"""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner
from hybridsdk.routing._id_fields import GENERIC_ID_RE, CueFinder, column_header, cue_reaches
from hybridsdk.routing._national_ids_world import WorldNationalIdDetector

detect = WorldNationalIdDetector()


def ids(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detect(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # shape and check alone
        ("Henkilötunnus 210387-4575 on rekisterissä", "210387-4575"),
        ("asiakas 210387-4575", "210387-4575"),
        ("CURP: GOPL850312HJCRRS08", "GOPL850312HJCRRS08"),
        ("su CURP es GOPL850312HJCRRS08.", "GOPL850312HJCRRS08"),
        ("CUIL 20-31245678-9 del titular", "20-31245678-9"),
        ("RUT 15.345.217 no, mi rut es 1.534.521-7", "1.534.521-7"),
        ("empresa 45.128.763/0001-50 cadastrada", "45.128.763/0001-50"),
        ("NRIC S8734519Z verified", "S8734519Z"),
        ("香港身份證 K708316(5)", "K708316(5)"),
        ("เลขบัตร 1-1037-00456-21-0 ค่ะ", "1-1037-00456-21-0"),
        # a word naming the scheme
        ("fødselsnummer: 01038512346", "01038512346"),
        ("CNP 1850315123455, București", "1850315123455"),
        ("ЕГН 7503121239", "7503121239"),
        ("OIB: 69420135789", "69420135789"),
        ("EMŠO 1503985500121", "1503985500121"),
        ("JMBG: 1503985500121", "1503985500121"),
        ("isikukood 38503121236", "38503121236"),
        ("asmens kodas 38503121236", "38503121236"),
        ("personas kods 150385-12346", "150385-12346"),
        ("adóazonosító jel: 8371625499", "8371625499"),
        ("מספר זהות 031298763", "031298763"),
        ("SIN 271 493 850 on file", "271 493 850"),
        ("numéro d'assurance sociale 271-493-850", "271-493-850"),
        ("TFN 456 123 704", "456 123 704"),
        ("IRD number 49-136-202", "49-136-202"),
        ("ЄДРПОУ 24178369", "24178369"),
        ("код єдрпоу 24178369", "24178369"),
        ("Vergi No: 4172946351", "4172946351"),
        ("vergi numarası 4172946351", "4172946351"),
        ("DIČ: CZ25741365", "CZ25741365"),
        ("کد ملی ۲۸۱۷۳۴۹۵۶۳", "۲۸۱۷۳۴۹۵۶۳"),
        ("PPS number 6433435F", "6433435F"),
        ("PPSN: 6433435f", "6433435f"),
        ("身分證字號F228374190", "F228374190"),
        ("NIK 3201014107900002", "3201014107900002"),
        ("CNIC 35202-1234567-1", "35202-1234567-1"),
        ("паспорт 45 03 123456 выдан", "45 03 123456"),
        # a generic identity word
        ("ID number: 01038512346", "01038512346"),
        ("kyc check ok, national id 69420135789", "69420135789"),
        ("Ausweisnummer 38503121236", "38503121236"),
        ("رقم الهوية 8503125123088", "8503125123088"),
    ],
)
def test_finds(text: str, value: str) -> None:
    assert value in ids(text), (text, ids(text))


@pytest.mark.parametrize(
    "text",
    [
        "fødselsnummer: 01038512347",  # wrong check digits
        "CNP 1850315123456",
        "OIB: 69420135788",
        "ЄДРПОУ 24178368",
        "Vergi No: 4172946352",
        "NRIC S8734519A",
        "CURP: GOPL850312HJCRRS09",
        "empresa 45.128.763/0001-51",
        "asiakas 310287-4575",  # no 31 February
        # digits that pass a check but have no cue, or a cue that names something else
        "Bestellung 01038512346 ist unterwegs",
        "order 1850315123455 shipped",
        "invoice no. 69420135789",
        "tracking 24178369",
        "timestamp 20250314102208",
        "value 8503125123088 in the log",
        "call +38 503 121 236",
        "ID: 38503121236",  # a bare "ID" is a row or record id
        "user_id=69420135789",
        "coords 34.040747, 134.222330 national id pending",
        "card 4111 1111 1111 1111 national id later",
        "ID number 3850 3121 2361 1111",  # the head of a longer spaced number
    ],
)
def test_does_not_find(text: str) -> None:
    assert ids(text) == [], (text, ids(text))


def test_generic_cue_needs_the_number_next_to_it() -> None:
    # another number between the cue and the candidate: the candidate is not the id
    assert ids("national id pending, call 555 0100 then 01038512346") == []
    # a cue in a table header does not name the next row's first cell
    assert ids("Phone,National ID\n01038512346,x") == []


def test_table_column_named_as_an_id() -> None:
    text = "Nr;Personnummer;Summe\n#1001;01038512346;12.50\nA-7;6433435F;3.10\n#9;;0.00"
    assert ids(text) == ["01038512346", "6433435F"]
    # the same numbers under a column that names no id
    assert ids("Nr;Kundennummer;Summe\n#1001;01038512346;12.50") == []
    # an SSN column yields SSN findings
    found = list(detect("name,ssn\nA B,536-22-1874\n"))
    assert [(f.kind, f.start) for f in found] == [(PiiKind.SSN, 13)]
    # a quoted address cell or an amount under an id column is no id
    assert ids('National ID,Address\n"12 Main St, 10115 Berlin",x') == []
    assert ids("Tax ID;Amount\n12.50;1\n2024-01-05;2") == []


def test_single_column_table() -> None:
    assert ids("Passport\nE75930012\nK1234567") == ["E75930012", "K1234567"]
    assert ids("Meeting notes\n12345678 is the room code") == []


def test_column_header_reads_quoted_cells_and_delimiters() -> None:
    text = 'a;"b;c";ID number\n1;"x;y";777'
    assert column_header(text, text.index("777")) == "ID number"
    assert column_header("ID number,x\n1,2,3", 14) is None  # cell counts differ
    assert column_header("only one line 123", 14) is None


def test_cue_reaches() -> None:
    text = "Passport:\n  E7593\nPhone,ID number\n555"
    assert cue_reaches(text, text.index(":"), text.index("E7593"))
    assert not cue_reaches(text, text.index("Phone") + 5, text.index("555"))


def test_cue_finder_matches_the_alternation() -> None:
    finder = CueFinder(GENERIC_ID_RE)
    texts = [
        "Ausweisnummer: 1, national id 2, tax_id 3, 身份证号 4, رقم الهوية 5, kyc ok",
        "no cue here, just words and 12345",
        "İstanbul kimlik no 12",  # lower-casing "İ" changes the length
    ]
    for text in texts:
        want = {m.span() for m in GENERIC_ID_RE.finditer(text)}
        got = {m.span() for m in finder.finditer(text)}
        assert want <= got, (text, want, got)


def test_scanner_reports_them() -> None:
    scanner = PiiScanner(ner=False, use_phonenumbers=False)
    found = scanner.scan("Henkilötunnus 210387-4575, CNP 1850315123455")
    assert [(f.kind, f.detector) for f in found] == [
        (PiiKind.NATIONAL_ID, "fi_hetu"),
        (PiiKind.NATIONAL_ID, "ro_cnp"),
    ]


def test_older_detectors_take_generic_cues_and_lower_case_forms() -> None:
    from hybridsdk.routing._national_ids import NationalIdDetector

    old = NationalIdDetector()

    def got(text: str) -> list[str]:
        return [text[f.start : f.end] for f in old(text)]

    assert got('"id_number": "2348.19.274"') == []  # fails the 11-proef
    assert got('"id_number": "2348.19.273"') == ["2348.19.273"]  # a BSN after a JSON key
    assert got("kyc check passed id=2348.19.273") == ["2348.19.273"]
    assert got("mi dni es 12345678z") == ["12345678z"]  # lower case after its cue
    assert got("hash 12345678z") == []  # lower case without a cue
    assert got("pan abcpe1234f") == ["abcpe1234f"]
    assert got("tokenize pan 2345 6789 0124 5661") == []  # a card's first twelve digits


def test_a_spaced_id_ending_in_a_letter_is_not_the_head_of_a_number() -> None:
    from hybridsdk.routing._national_ids import NationalIdDetector

    text = "AB 12 34 56 C 0"  # a NINO, then an unrelated digit
    assert [text[f.start : f.end] for f in NationalIdDetector()(text)] == ["AB 12 34 56 C"]


def test_a_long_table_keeps_its_header() -> None:
    rows = "\n".join(f"#{i};01038512346" for i in range(500))
    assert ids("Nr;Personnummer\n" + rows).count("01038512346") == 500
    assert ids("Nr;Personnummer\n#0;1\n\nNr;Kundennummer\n#1;01038512346") == []


def test_a_latvian_sole_trader_s_vat_number_is_their_personal_code() -> None:
    # "LV" + a personas kods (date and check, or a new-style 32... code); a firm's VAT
    # number (LV4..., LV5..., LV9...) carries no date
    assert ids("Vārds, uzvārds: Anna Ozola\nPVN: LV15038512346\nAdrese: Rīga") == ["LV15038512346"]
    assert ids("PVN: LV32451716021") == ["LV32451716021"]
    assert ids("PVN reģ. Nr.: LV40003245678") == []


def test_a_device_number_is_no_nir() -> None:
    # 141091739959202 passes the French NIR's key by chance; after "IMEI" it is the phone's
    scanner = PiiScanner(ner=False, use_phonenumbers=True)
    for text in ("IMEI 141091739959202", "IMEI: 141091739959202\n"):
        assert [f for f in scanner.scan(text) if f.kind is PiiKind.NATIONAL_ID] == []
    text = "NIR 141091739959202"
    assert [f.value(text) for f in scanner.scan(text) if f.kind is PiiKind.NATIONAL_ID] == [
        "141091739959202"
    ]


def test_a_six_digit_identity_card_with_one_thousands_dot() -> None:
    # Paraguay's and Colombia's older cards have six digits ("845.949")
    assert ids("Línea: +595961000000\nC.I. N°: 845.949\nFecha de nacimiento: 23/02/1950") == [
        "845.949"
    ]


def test_bir_names_the_philippine_tax_office_only_in_capitals() -> None:
    # "Bir Hospital" (Kathmandu) is a place, and the phone after it no Philippine id
    assert ids("BIR no. 123-456-789-000") == ["123-456-789-000"]
    assert ids("07:10 | Bir Hospital | Lhamu Pariyar | 9854016195 | 300") == []
