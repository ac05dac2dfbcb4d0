"""More schemes (HU TAJ, AU Medicare, VN MST, MX RFC and INE key, ID NPWP, PT CC, EC/DO
cédula, IN VID, ZA TIN, BC PHN, BG ЛНЧ, FI veronumero, US PTIN), ids in SQL inserts, XML
records and "ID" table columns, and what must not become an id.

Every number here was made for these tests: a random body whose check digit our rule
computes (tests below check the rules against python-stdnum where it has the scheme).
"""

from __future__ import annotations

import random

import pytest

from hybridsdk.routing import _id_checksums_more as more
from hybridsdk.routing._detectors import PiiKind, PiiScanner
from hybridsdk.routing._id_layouts import field_label_span
from hybridsdk.routing._national_ids_world import WorldNationalIdDetector

detect = WorldNationalIdDetector()
scanner = PiiScanner(ner=False, use_phonenumbers=False)


def ids(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detect(text)]


def scanned(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, text[f.start : f.end]) for f in scanner.scan(text)]


# --- check rules against python-stdnum -------------------------------------------------

_ORACLES = [
    ("vn.mst", more.vn_mst_valid, lambda r: _digits(r, 10)),
    ("id.npwp", more.id_npwp_valid, lambda r: _digits(r, 15)),
    ("pt.cc", more.pt_cc_valid, lambda r: _digits(r, 9) + r.choice("XYZ") + r.choice("XYZ1") + _digits(r, 1)),
    ("ec.ci", more.ec_ci_valid, lambda r: r.choice(["09", "17", "24", "25"]) + _digits(r, 8)),
    ("in_.vid", more.in_vid_valid, lambda r: _digits(r, 16)),
    ("za.tin", more.za_tin_valid, lambda r: _digits(r, 10)),
    ("ca.bc_phn", more.bc_phn_valid, lambda r: "9" + _digits(r, 9)),
    ("bg.pnf", more.bg_pnf_valid, lambda r: _digits(r, 10)),
]  # fmt: skip


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


@pytest.mark.parametrize(("module", "ours", "make"), _ORACLES)
def test_rules_agree_with_stdnum(module: str, ours, make) -> None:  # type: ignore[no-untyped-def]
    stdnum = pytest.importorskip("stdnum")
    mod = __import__(f"stdnum.{module}", fromlist=["is_valid"])
    assert stdnum
    r = random.Random(module)
    valid = 0
    for _ in range(4000):
        v = make(r)
        expected = mod.is_valid(v)
        if module == "ca.bc_phn" or module == "bg.pnf" or module == "za.tin":
            expected = expected and len(set(v)) > 2
        assert ours(v) == expected, (module, v)
        valid += expected
    assert valid > 100  # the bodies reach valid numbers, not only failures


def test_rfc_and_cedula_agree_with_stdnum() -> None:
    pytest.importorskip("stdnum")
    from stdnum.do import cedula
    from stdnum.mx import rfc

    r = random.Random(5)
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    hits = 0
    for _ in range(20000):
        v = (
            "".join(r.choice(letters) for _ in range(4))
            + r.choice(["75", "88", "01"])
            + r.choice(["01", "06", "12", "13"])
            + r.choice(["01", "17", "30", "31"])
            + r.choice(letters + "123456789")
            + r.choice(letters + "123456789")
            + r.choice("0123456789A")
        )
        expected = rfc.is_valid(v, validate_check_digits=True)
        assert more.mx_rfc_valid(v) == expected, v
        hits += expected
    assert hits > 500
    for _ in range(3000):
        v = _digits(r, 11)
        assert more.do_cedula_valid(v) == (
            cedula.is_valid(v) and v not in cedula.whitelist and len(set(v)) > 2
        )


def test_bis_cui_mu_onderwijs_and_at_tin_agree_with_stdnum() -> None:
    pytest.importorskip("stdnum")
    from stdnum.at import tin
    from stdnum.be import bis
    from stdnum.mu import nid
    from stdnum.nl import onderwijsnummer
    from stdnum.pe import cui

    r = random.Random(11)
    counts = dict.fromkeys(("bis", "cui", "mu", "nl", "at"), 0)
    for _ in range(6000):
        v = _digits(r, 2) + r.choice("2345") + _digits(r, 8)
        assert more.be_bis_valid(v) == bis.is_valid(v), v
        counts["bis"] += bis.is_valid(v)
        v = _digits(r, 8) + r.choice("0123456789ABCDEFGHIJK")
        assert more.pe_cui_valid(v) == cui.is_valid(v), v
        counts["cui"] += cui.is_valid(v)
        # stdnum reads a Mauritian year as 20YY: 29 February of a 19YY leap year is left out
        v = r.choice("ABMZ") + r.choice("012") + r.choice("12345678") + "0" + r.choice("13578")
        v += _digits(r, 8) + r.choice("0123456789ABCDEFG")
        assert more.mu_nid_valid(v) == nid.is_valid(v), v
        counts["mu"] += nid.is_valid(v)
        v = "10" + _digits(r, 7)
        assert more.nl_onderwijsnummer_valid(v) == onderwijsnummer.is_valid(v), v
        counts["nl"] += onderwijsnummer.is_valid(v)
        v = _digits(r, 9)  # stdnum also checks the tax office against its list: not here
        assert more.at_tin_valid(v) == (tin.calc_check_digit(v) == v[-1] and len(set(v)) > 2), v
        counts["at"] += more.at_tin_valid(v)
    assert min(counts.values()) > 20, counts


def test_eid_rif_upn_and_cuban_ni_agree_with_stdnum() -> None:
    pytest.importorskip("stdnum")
    from stdnum.be import eid
    from stdnum.cu import ni
    from stdnum.gb import upn
    from stdnum.ve import rif

    r = random.Random(13)
    counts = dict.fromkeys(("eid", "rif", "upn", "ni"), 0)
    for _ in range(8000):
        v = _digits(r, 12)
        assert more.be_eid_valid(v) == (eid.is_valid(v) and len(set(v[:10])) > 2), v
        counts["eid"] += more.be_eid_valid(v)
        v = r.choice("VE") + _digits(r, 9)
        assert more.ve_rif_valid(v) == rif.is_valid(v), v
        counts["rif"] += rif.is_valid(v)
        # stdnum also checks the local authority against its list: the test uses listed ones
        v = r.choice("ABCDEFGHJKLMNPQRTUVWXYZ") + r.choice(["201", "302", "919"]) + _digits(r, 8)
        v += r.choice("0123456789AB")
        assert more.gb_upn_valid(v) == upn.is_valid(v), v
        counts["upn"] += upn.is_valid(v)
        v = _digits(r, 11)
        assert more.cu_ni_valid(v) == ni.is_valid(v), v
        counts["ni"] += ni.is_valid(v)
    assert min(counts.values()) > 20, counts
    assert not more.ve_rif_valid("J841321177")  # a company's RIF


def test_rules_without_an_oracle() -> None:
    # TAJ: weights 3 and 7, mod 10; Medicare: weights 1 3 7 9, mod 10 on the 9th digit.
    assert more.hu_taj_valid("133007033")
    assert not more.hu_taj_valid("133007034")
    assert not more.hu_taj_valid("000000000")
    assert more.au_medicare_valid("5195509773")
    assert more.au_medicare_valid("51955097731")  # with the person's position on the card
    assert not more.au_medicare_valid("5195509763")
    assert not more.au_medicare_valid("1195509773")  # first digit 2-6
    assert more.mx_ine_valid("GRLPMR85031209H512")
    assert not more.mx_ine_valid("GRLPMR85133209H512")  # month 13
    assert not more.mx_ine_valid("GRLPMR85031299H512")  # state 99
    assert more.fi_veronumero_valid("100712345678")
    assert not more.fi_veronumero_valid("200712345678")
    assert not more.mx_rfc_valid("XLL800413CY5")  # a company's RFC (three letters)


# --- found ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("TAJ szám: 133 007 033, köszönöm", "133 007 033"),
        ("társadalombiztosítási azonosító jel 576-832-434", "576-832-434"),
        ("Medicare number 5195 50977 3 (ref 1)", "5195 50977 3"),
        ("the card 5544 57903 0 is mine", "5544 57903 0"),  # grouped 4-5-1: no cue needed
        ("mã số thuế cá nhân: 3397875094", "3397875094"),
        ("MST 2315864462", "2315864462"),
        ("NPWP saya 61.678.493.0-822.831", "61.678.493.0-822.831"),
        ("nomor pokok wajib pajak 407899525294145", "407899525294145"),
        ("su RFC es XLLG800413CY5", "XLLG800413CY5"),
        ("factura a NJZS880515B12 ok", "NJZS880515B12"),  # shape, date and check character
        ("clave de elector GRLPMR85031209H512.", "GRLPMR85031209H512"),
        ("Cartão de Cidadão n.º 55618169 2 ZZ0", "55618169 2 ZZ0"),
        ("cédula 1730485156", "1730485156"),
        ("cédula de identidad 067-8377519-7", "067-8377519-7"),
        ("VID 4684 0781 3758 7151", "4684 0781 3758 7151"),
        ("income tax number 0630302081", "0630302081"),
        ("PHN 9300 385 158", "9300 385 158"),
        ("ЛНЧ 6834535570", "6834535570"),
        ("veronumero 100712345678", "100712345678"),
        ("PTIN: P01234567", "P01234567"),
        ("fnr. 140785 89583 ved innleggelse", "140785 89583"),
        ("KRA PIN: A004512873Q", "A004512873Q"),
        ("eID 591-0482212-30", "591-0482212-30"),
        ("RIF: V-84132117-7", "V-84132117-7"),
        ("UPN B302163770522", "B302163770522"),
        ("carné de identidad 85111407407", "85111407407"),
        ("BIS-nummer 85.40.49-127.80", "85.40.49-127.80"),
        ("CUI 23999757-K", "23999757-K"),
        ("NIC M150385201723D", "M150385201723D"),  # shape and check: no cue needed
        ("onderwijsnummer 105031787", "105031787"),
        ("Abgabenkontonummer 67-665/3066", "67-665/3066"),
        ("ATIN 912-93-4567", "912-93-4567"),
    ],
)
def test_finds(text: str, value: str) -> None:
    assert value in ids(text)


def test_sql_insert_columns_name_the_values() -> None:
    text = (
        "INSERT INTO people (id, full_name, national_id, phone, created_at) VALUES\n"
        "  (17, 'Ada Example', 'QX4410278', '+44 20 7946 0000', '2025-01-02 10:00:00'),\n"
        "  (18, 'Bo O''Neil', '133007033', NULL, '2025-01-03 11:00:00');"
    )
    found = ids(text)
    assert "QX4410278" in found and "133007033" in found
    assert "17" not in found and "2025-01-02 10:00:00" not in found
    start = text.index("QX4410278")
    a, b = field_label_span(text, start, start + 9) or (0, 0)
    assert text[a:b] == "national_id"


def test_xml_tags_and_attributes_name_the_values() -> None:
    text = (
        "<person>\n  <name>Ada Example</name>\n"
        '  <id type="passport no.">QX4410278</id>\n'
        '  <document kind="taj">576832434</document>\n'
        "  <driverLicenceNumber>D1234567</driverLicenceNumber>\n"
        "  <id>20250117</id>\n  <orderNumber>88812345</orderNumber>\n</person>"
    )
    found = ids(text)
    assert sorted(found) == ["576832434", "D1234567", "QX4410278"]


@pytest.mark.parametrize("sep", ["|", ",", ";", "\t"])
def test_a_column_headed_id_in_a_table_about_people(sep: str) -> None:
    rows = [
        ["Name", "ID", "Phone"],
        ["Ada Example", "QX4410278", "555 0100"],
        ["Bo Test", "80417253", "555 0101"],
    ]
    text = "\n".join(sep.join(r) for r in rows)
    assert ids(text) == ["QX4410278", "80417253"]
    md = "| Nombre | Correo | ID |\n|---|---|---|\n| Ana | a@b.mx | 0764878617 |\n"
    assert ids(md) == ["0764878617"]


def test_document_columns_and_keys() -> None:
    for text, value in [
        ("name,passport_no,city\nAda Example,QX4410278,Leeds", "QX4410278"),
        ("Name;Reisepass-Nr.;Ort\nAda Example;C01X00T47;Köln", "C01X00T47"),
        ("氏名\t旅券番号\n山田\tTR4410278", "TR4410278"),
        ("| Navn | Kørekort |\n|---|---|\n| Ada | 31245871 |", "31245871"),
        ("| Name | Phone | Licence |\n|---|---|---|\n| Ada | 555 0100 | 45871236 |", "45871236"),
        ('{"name": "Ada", "passport_no": "QX4410278"}', "QX4410278"),
        ('{"document": {"type": "passport", "number": "QX4410278"}}', "QX4410278"),
        ("identity:\n  type: passport\n  number: QX4410278\n", "QX4410278"),
        ("reisepass_nr: C01X00T47\n", "C01X00T47"),
        ("- **Passport no.**: `QX4410278`", "QX4410278"),
        ("<tr><th>Passport</th><td>QX4410278</td></tr>", "QX4410278"),
        ("<dt>TAJ szám</dt><dd>576 832 434</dd>", "576 832 434"),
    ]:
        assert (PiiKind.NATIONAL_ID.value, value) in scanned(text), text


def test_a_title_line_above_the_table_header() -> None:
    text = "Customer export 2025\nName;PESEL;City\nAda Example;44051401458;Krakow\n"
    assert ids(text) == ["44051401458"]


def test_html_table_columns() -> None:
    text = (
        "<table>\n<tr><th>Name</th><th>Passport</th><th>Phone</th></tr>\n"
        "<tr><td>Ada</td><td>QX4410278</td><td>555 0100</td></tr>\n"
        "<tr><td>Bo</td><td> 204451877 </td><td>555 0101</td></tr></table>"
    )
    assert ids(text) == ["QX4410278", "204451877"]
    products = "<table><tr><th>Product</th><th>Code</th></tr><tr><td>Cable</td><td>AB12345678</td></tr></table>"
    assert ids(products) == []


def test_travel_document_cues_in_more_languages() -> None:
    for text, value in [
        ("Minun passini numero on QX4410278.", "QX4410278"),
        ("Pasnummer: 204451877", "204451877"),
        ("il mio patente è MI7654321Z", "MI7654321Z"),
        ("CIE: CA12345BC", "CA12345BC"),
        ("Seria și nr. CI: XT 204518", "XT 204518"),
        ("Số hộ chiếu của tôi là B7654321.", "B7654321"),
        ("หนังสือเดินทางเลขที่ AA7654321", "AA7654321"),
        ("דרכון מס' 31245871", "31245871"),
        ("Reisepass-Nr. (alt): C01X00T47", "C01X00T47"),
        ("旅券番号（旧）TR4410278", "TR4410278"),  # noqa: RUF001 (fullwidth on purpose)
        ("driving licence: MORGA753116SM9IJ", "MORGA753116SM9IJ"),
        ("Licence no.: 45871236", "45871236"),
        ("személyi igazolvány száma: 204518KX", "204518KX"),
        ("Personalausweis: 8GM1RH2HJ5", "8GM1RH2HJ5"),
    ]:
        assert (PiiKind.NATIONAL_ID.value, value) in scanned(text), text


def test_ssn_after_a_parenthesis() -> None:
    assert ("ssn", "212459876") in scanned("SSN (old employer): 212459876")


# --- not ids -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "TAJ szám: 133 007 034",  # check digit fails
        "Medicare number 5195 50976 3",
        "mã số thuế 3397875095",
        "factura a XLL800413CY5 ok",  # a company's RFC
        "at 10:00 MST 3397875094 was logged",  # a time zone, not the tax code
        "betalade vid kassan med kort 4684 0781 3758 7151",  # Swedish "vid" (at)
        "Dupont & Cie 204451877",
        "order 61.678.493.0-822.831",
        "veronumero on erillinen: 200712345678",
    ],
)
def test_does_not_find(text: str) -> None:
    assert ids(text) == [] or ("Cie" in text and not scanned(text))
    assert all(kind != "national_id" for kind, _ in scanned(text))


def test_tables_and_records_that_are_not_about_people() -> None:
    for text in [
        # an ID column first: a row key
        "ID,Name,Phone\n80417253,Ada Example,555 0100\n80417254,Bo Test,555 0101",
        # a product table's ID column
        "| Product | ID | Price |\n|---|---|---|\n| Cable | SKU10023456 | 4.99 |",
        # an SQL table's key and references
        "INSERT INTO orders (id, order_no, customer_id, total) VALUES (80417253, 'PO-2025-88123', 'C00123456', 19.99);",
        # an XML record id
        "<order><id>80417253</id><ref>AB1234567</ref></order>",
        # a software inventory's licence keys
        "Product;License;Seats\nEditor;XJ4K2-99812;10\nViewer;QP7M3-10453;25",
        "<product><name>Editor</name><license>XJ4K299812</license></product>",
        # an id column's dates and amounts
        "| Name | ID |\n|---|---|\n| Ada | 2025-01-02 |\n| Bo | 1.234,56 |",
    ]:
        assert ids(text) == [], text
        assert all(kind != "national_id" for kind, _ in scanned(text)), text


def test_layout_labels_need_the_value_to_fill_the_field() -> None:
    text = "<street>12 Main St 45678</street>"
    start = text.index("45678")
    assert field_label_span(text, start, start + 5) is None
    sql = "INSERT INTO t (national_id) VALUES ('see 133007033');"
    start = sql.index("133007033")
    assert field_label_span(sql, start, start + 9) is None
