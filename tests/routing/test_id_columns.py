"""Identity numbers below a table header naming an identity document, in fixed-width,
pipe and delimited tables and spreadsheet cell dumps (session 11)."""

from __future__ import annotations

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._id_columns import IdColumnDetector, value_ok

SCANNER = PiiScanner(ner=False)
DETECTOR = IdColumnDetector()


def found(text: str) -> list[str]:
    return [f.value(text) for f in DETECTOR(text)]


def test_fixed_width_manifest_passport_column() -> None:
    text = (
        "Tour group KE-44\n\n"
        "#  SURNAME/GIVEN        PASSPORT   BORN         SEX\n"
        "1  OTIENO/BRIAN         AK0417723  14/07/1981   M\n"
        "2  WANJIKU/GRACE        BK1122334  02/02/1990   F\n"
    )
    assert found(text) == ["AK0417723", "BK1122334"]


def test_pipe_tables_in_many_languages() -> None:
    rows = {
        "Cédula": ("4-721-1180", "8-1002-334"),
        "DUI": ("01234567-8", "07654321-0"),
        "身份證編號": ("1234567(8)", "7654321(0)"),
        "الرقم المدني": ("289071234567", "301020987654"),
        "رقم بطاقة التعريف": ("04417720", "07712345"),
        "No. Kad Pengenalan": ("01-123456", "30-765432"),
        "የፋይዳ ቁጥር": ("448067112233", "551234009876"),
        "ID No.": ("77120410331", "80010155012"),
        "N° CIN": ("AB123456", "CD654321"),
    }
    for header, (one, two) in rows.items():
        text = f"No. | Name | {header} | Town\n0012 | Ann | {one} | X\n0013 | Bo | {two} | Y\n"
        assert found(text) == [one, two], header


def test_bracketed_check_and_office_suffix() -> None:
    text = "Nombre;C.I.;Monto\nRuth;4471029 LP;120\nJuan;1316560 L.P.;80\n"
    assert found(text) == ["4471029 LP", "1316560 L.P."]


def test_spreadsheet_cell_dump() -> None:
    text = (
        "Sheet: Clients\nA1 = 'Nom'\nB1 = 'Pièce d'identité'\nC1 = 'Montant'\n"
        "A2 = 'Ali Ben Salah'\nB2 = '04417720'\nC2 = 1200\n"
        "A3 = 'Sara T'\nB3 = '07712345'\nC3 = 44\nB4 = =COUNTA(B2:B3)\n"
    )
    assert found(text) == ["04417720", "07712345"]
    text = "A1 = 'Name'\nB1 = 'NSSF No.'\nA2 = 'Ann'\nB2 = '88776655'\n"
    assert found(text) == ["88776655"]
    text = "A1 = 'Order ID'\nB1 = 'Total'\nA2 = '100234567'\nB2 = 12\n"
    assert found(text) == []


def test_other_numbers_columns_not_taken() -> None:
    assert found("Order ID | Customer | Total\n100234567 | Ann | 12.00\n") == []
    assert found("ID | Name | Score\n10001 | Ann | 12\n10002 | Bob | 13\n") == []
    assert found("SIM ID | ICCID\n89254021 | 8925402100012\n") == []
    assert found("Passport expiry | Name\n12/03/2031 | Ann\n") == []
    assert found("Document type | Pages\nInvoice | 12\n") == []


def test_cells_not_shaped_as_ids() -> None:
    assert not value_ok("12/03/1985")
    assert not value_ok("2025-01-31")
    assert not value_ok("1,250.00")
    assert not value_ok("10.0.0.12")
    assert not value_ok("Pending")
    assert not value_ok("ab12345")
    assert not value_ok("0000000")
    assert value_ok("PA7673302")
    assert value_ok("1-32-2546")


def test_scanner_reads_manifest() -> None:
    text = "#  NAME          PASSPORT   DOB\n1  LEE/ANN       E12345678  01/02/1980\n"
    kinds = {(f.kind.value, f.value(text)) for f in SCANNER.scan(text)}
    assert ("national_id", "E12345678") in kinds


def test_fixed_width_row_whose_name_overflows_its_column() -> None:
    text = (
        "#  SURNAME/GIVEN          PASSPORT   DOB         SEX\n"
        "1  ODHIAMBO/KEVIN         AK1234567  01/02/1980  M\n"
        "2  WAMALWA NYONGESA/SHARON MAKENA BK7654321  03/04/1991  F\n"
        "3  KIPTOO/ROY             CK1122334  05/06/1972  M\n"
    )
    assert found(text) == ["AK1234567", "BK7654321", "CK1122334"]
    dobs = [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "dob"]
    assert dobs == ["01/02/1980", "03/04/1991", "05/06/1972"]


def test_fixed_width_row_shifted_left_behind_a_short_cell() -> None:
    text = (
        "#  SURNAME/GIVEN       PASSPORT   DOB         SEX\n"
        "9  ODHIAMBO/KEVIN      AK1234567  01/02/1980  M\n"
        "10 WANJIRU/ANN         K765432  03/04/1991  F\n"
    )
    assert found(text) == ["AK1234567", "K765432"]
    dobs = [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "dob"]
    assert dobs == ["01/02/1980", "03/04/1991"]


def test_a_name_value_object_naming_an_id() -> None:
    # a HAR request's form params: the field's name is a sibling key
    text = (
        '"params": [\n  {\n    "name": "full_name",\n    "value": "Ana Benítez"\n  },\n'
        '  {\n    "name": "id_number",\n    "value": "3.817.402"\n  },\n'
        '  {\n    "name": "order_id",\n    "value": "4.204.845"\n  }\n]'
    )
    found = [f.value(text) for f in IdColumnDetector()(text)]
    assert found == ["3.817.402"]


def test_one_reader_of_id_columns_in_the_scanner() -> None:
    # The world detector's table stage reads this module's cells too (after its own, none
    # twice); the scanner runs no separate IdColumnDetector.
    from hybridsdk.routing._detectors import default_detectors
    from hybridsdk.routing._national_ids_world import WorldNationalIdDetector

    assert not any(isinstance(d, IdColumnDetector) for d in default_detectors(ner=False))
    text = (
        "Tour group KE-44\n\n"
        "#  SURNAME/GIVEN        PASSPORT   BORN         SEX\n"
        "1  OTIENO/BRIAN         AK0417723  14/07/1981   M\n"
    )
    world = [f.value(text) for f in WorldNationalIdDetector()(text)]
    assert world == ["AK0417723"]
    ids = [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "national_id"]
    assert ids == ["AK0417723"]


def test_the_tail_of_a_phone_number_below_an_id_column_is_no_cell() -> None:
    text = (
        "Клуб: Ислочь   FIFA ID: AEQBZBC\n"
        "Асабісты нумар: 4121097M962BA3\n"
        "Тэлефон: +375 44 351-30-33\n"
    )
    assert "351-30-33" not in found(text)
