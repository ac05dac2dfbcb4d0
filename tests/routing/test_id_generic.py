"""Identity numbers of countries no scheme knows: a value of an id's shape after a word
naming an identity document or number (session 10), short document codes under an id
column, and the hard negatives (orders, invoices, user and session ids, dates, amounts,
phone numbers)."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._id_generic import GenericIdDetector, document_code_like

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)
DETECTOR = GenericIdDetector()


def generic(text: str) -> list[str]:
    return [f.value(text) for f in DETECTOR(text)]


def ids(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "national_id"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # words naming the document, in many languages and scripts (made-up numbers of
        # countries without a scheme here, or failing a scheme's check)
        ("Identity card no. 40711233 issued in Gaborone", "40711233"),
        ("national ID: 7702-1183-4411", "7702-1183-4411"),
        ("Citizen number 1198 3300 2174 renewed", "1198 3300 2174"),
        ("numéro d'identification 0291 7734 55", "0291 7734 55"),
        ("identité vérifiée (NN 71082133307), merci", "71082133307"),
        ("Número de cédula: 001-2201883-7", "001-2201883-7"),
        ("carnet de identidad 4411872 LP", "4411872"),
        ("Personalausweis Nr. L01X00T41", "L01X00T41"),
        ("lična karta broj 004418872", "004418872"),
        ("személyi igazolvány: 117735KA", "117735KA"),
        ("Kimlik no: 99182736450", "99182736450"),
        ("удостоверение личности № 041187332", "041187332"),
        ("رقم الهوية: 2841177390", "2841177390"),
        ("תעודת זהות 038877441", "038877441"),
        ("राष्ट्रीय पहचान संख्या 4471 2290 1187", "4471 2290 1187"),
        ("บัตรประชาชน 3 4401 00871 22 6", "3 4401 00871 22 6"),
        ("អត្តសញ្ញាណប័ណ្ណ 110298774", "110298774"),
        ("身份证号码：A8830017729", "A8830017729"),
        ("외국인등록번호 8807125123456", "8807125123456"),
        ("Kitambulisho: 19880712-14101-00001-22", "19880712-14101-00001-22"),
        # abbreviations on forms and in notes
        ("Patient verified, NIN 88120433019.", "88120433019"),
        ("checked IK 48803120217 and address", "48803120217"),
        ("CNI: 1 88 07 75 123 441", "1 88 07 75 123 441"),
        # forms: dot leaders, blanks, a scheme's acronym in brackets
        ("Health insurance (ZKV) .............. 551208734", "551208734"),
        ("Tax number ____ 771.204.388-2", "771.204.388-2"),
        ("健保卡號：000071203344", "000071203344"),
        ("Внутри: удостоверение 044187332 и ключи", "044187332"),
        ("Karta tal-Identità 771203L, residenti", "771203L"),
        ("BI n.º: 004418831LA042", "004418831LA042"),
        ("ভিতরে ছিল এনআইডি 7712038841 এবং", "7712038841"),
        ("Sikiliza: NIDA 19880712141010000122 imethibitishwa", "19880712141010000122"),
    ],
)
def test_value_after_an_identity_word(text: str, value: str) -> None:
    assert value in generic(text)
    # (the scanner widens a Bolivian card over its department code: "4411872 LP")
    assert any(v == value or v.startswith(value + " ") for v in ids(text))


@pytest.mark.parametrize(
    "text",
    [
        "Order ID 123456789 shipped today",
        "user ID: 88812345",
        "Session-ID 12345678",
        "Customer ID 55120098 has two open tickets",
        "ID: ORD-2025-173526   2025-11-06 13:42:06",
        "ID: PO 4572009537",
        "ID: 86326849-880b-4349-bb45-c12943fcef8d",
        "ID: 4821",
        "Invoice no 12345678",
        "Identity verified on 12/03/2024",
        "identity check at 10:42, phone +49 30 1234567",
        "Tax ID form costs 1234.50 €",
        "ID card fee: 35000 EUR",
        "ID card printer 192.168.10.25",
        "Kimlik doğrulandı; sipariş no 88127733",
        "national id 2024-03-12",
        "identity: deadbeef1234cafe",
        "Order no. ............ 12345678",
        "ID card ____ fee 3500 EUR",
        "Identity (SSO) ............ OK",
        "BEGIN:VEVENT\nUID:2643324@cal\nDTSTART:20240418T110000Z",
        "national id 4471203@example.org",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert generic(text) == []


def test_scheme_reading_wins_the_span() -> None:
    # A Chilean RUT with its check digit: the scheme's finding (higher confidence) is kept.
    text = "RUT 12.345.678-5"
    found = [(f.detector, f.value(text)) for f in SCANNER.scan(text)]
    assert found and found[0][1] == "12.345.678-5"
    assert found[0][0] != "id_generic"


def test_a_conjunction_after_the_number_is_no_check_letter() -> None:
    text = "U novčaniku: lična karta 959309956 i platna kartica"
    assert ids(text) == ["959309956"]
    text = "valida identidad con C.I. 10494767-0 y fecha de nacimiento 25-04-1978"
    assert ids(text) == ["10494767-0"]


def test_short_document_codes_under_an_id_column() -> None:
    sql = (
        "INSERT INTO `people` (`id`,`name`,`national_id`,`sku`) VALUES\n"
        "(1,'Ann Lee','Q7ZK2PX','AB12CD34'),\n"
        "(2,'Bo Kim','7HJ3KQ9','XY98ZZ11');"
    )
    assert ids(sql) == ["Q7ZK2PX", "7HJ3KQ9"]
    table = "Name|Personal code|Phone\nAnn Lee|K5RJHX5|+1 555 0100\n"
    assert ids(table) == ["K5RJHX5"]
    # the same codes under a product's column are no ids
    assert ids("name;sku;qty\nAnn;AB12CD3;4\nBob;ZZ12KK9;5\n") == []


@pytest.mark.parametrize(
    ("raw", "ok"),
    [("K5RJHX5", True), ("255DLAU", True), ("ABCDEFG", False), ("1234567", False),
     ("AB1", False), ("ab12cd3", False), ("AAAA111", False)],
)  # fmt: skip
def test_document_code_like(raw: str, ok: bool) -> None:
    assert document_code_like(raw) is ok


@pytest.mark.parametrize(
    "text",
    [
        # the cue is the own name of a scheme with a check digit, and the check fails: that
        # scheme decides (made-up numbers), the generic finder does not overrule it
        "N° national : 71082133307\nAdresse : rue X",
        "isikukood 49011223344 kinnitatud",
        "RUN 14.221.907-5, nacido en Talca",
        "staðfest kt.: 1203884419",
        "PESEL: 44051401358",
    ],
)
def test_defers_to_the_scheme_its_cue_names(text: str) -> None:
    assert generic(text) == []


def test_without_deference_it_reads_them_too() -> None:
    # As in a country no scheme knows (benchmarks/privacy_data/unknown_country_ab.py).
    detector = GenericIdDetector(defer_to_schemes=False)
    text = "isikukood 49011223344 kinnitatud"
    assert [f.value(text) for f in detector(text)] == ["49011223344"]
    # a bare upper-case "ID" with no qualifier before it (the ZA scheme's cue otherwise)
    text = "Wallet contents: ID 6618021220 and a bus pass"
    assert [f.value(text) for f in detector(text)] == ["6618021220"]
    assert [f.value(t) for t in ("user ID 66180212204",) for f in detector(t)] == []


def test_a_scheme_named_on_the_line_above_does_not_silence_the_next_label() -> None:
    # "ID:" may name a scheme (South Africa's), but the number below sits under its own
    # label: the label on the value's line is the one that names it.
    text = "Club: Renown SC   FIFA ID: 3JMTY6X\nNIC No.: 199006890320\nTelephone: 0712345678"
    assert generic(text) == ["199006890320"]
    # on the same line the scheme's name still governs
    assert generic("South African ID: 8001015009087") == []


def test_senegal_ninea_is_a_tax_number_cue() -> None:
    # Senegal's taxpayer number (NINEA), a trader's own number as much as a firm's
    assert generic("Nom et prénom(s): Awa Ndiaye\nNINEA: 4871203\nAdresse: Dakar") == ["4871203"]


def test_a_scheme_word_inside_a_longer_document_name_names_no_scheme() -> None:
    # "Identidade" is Brazil's RG cue; "Bilhete de Identidade" is Mozambique's card, whose
    # 12 digits and a letter no scheme here reads
    text = "portador do Bilhete de Identidade n.º 110203948571B, residente na Matola"
    assert generic(text) == ["110203948571B"]


def test_a_label_naming_an_id_and_a_contract_names_the_contract() -> None:
    # a water bill's "NIC / Contrato": the customer's contract number
    assert generic("Factura de agua\nNIC / Contrato: 485182739\nNombre: Ana Peña") == []
    assert generic("Cédula: 001-2201883-7, contrato firmado") == ["001-2201883-7"]
