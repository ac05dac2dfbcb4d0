"""Passport and driver-licence numbers: found after a cue word in many languages, never
on a bare alphanumeric run (issue 12)."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._travel_documents import TravelDocumentDetector

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind.value, f.detector, f.value(text)) for f in SCANNER.scan(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My passport number is 123456789.", "123456789"),  # US / UK
        ("US passport no. C12345678, exp 2031", "C12345678"),  # US next generation
        ("Reisepass-Nr.: C01X00T47", "C01X00T47"),  # DE
        ("Reisepassnummer C01X00T47", "C01X00T47"),
        ("passeport n° 12AB34567", "12AB34567"),  # FR
        ("numero passaporto YA1234567", "YA1234567"),  # IT
        ("pasaporte: AAA123456", "AAA123456"),  # ES
        ("paspoort SPECI2014", "SPECI2014"),  # NL specimen
        ("passport K1234567 (India)", "K1234567"),  # IN
        ("パスポート番号はTK1234567です", "TK1234567"),  # JP, glued to kana
        ("passaporte FA123456", "FA123456"),  # BR
        ("护照号码E12345678", "E12345678"),  # CN, glued to hanzi
        ("여권 번호 M12345678", "M12345678"),
        ('{"passport_no": "YA1234567"}', "YA1234567"),
    ],
)
def test_passports_after_a_cue(text: str, value: str) -> None:
    assert ("national_id", "passport", value) in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("driver's license: D1234567", "D1234567"),  # US (CA)
        ("DL# A123456789012", "A123456789012"),  # US (FL, compact)
        ("driving licence MORGA753116SM9IJ", "MORGA753116SM9IJ"),  # UK DVLA
        ("Führerschein-Nr. B072RRE2I55", "B072RRE2I55"),  # DE
        ("permis de conduire n° 123456789012", "123456789012"),  # FR
        ("patente di guida U11234567X", "U11234567X"),  # IT
        ("permiso de conducir 12345678Z", "12345678Z"),  # ES
        ("rijbewijs 5012345678", "5012345678"),  # NL
        ("driving licence no. MH14 20110012345", "MH14 20110012345"),  # IN
        ("運転免許証番号: 123456789012", "123456789012"),  # JP
        ("CNH 12345678901", "12345678901"),  # BR
        ("驾驶证号11010519491231002X", "11010519491231002X"),  # CN
    ],
)
def test_driver_licences_after_a_cue(text: str, value: str) -> None:
    kinds = found(text)
    assert any(k == "national_id" and v == value for k, _, v in kinds), kinds


@pytest.mark.parametrize(
    "text",
    [
        "C01X00T47",  # no cue at all
        "booking ref AB1234567, seat 12A",
        "order 123456789 shipped",
        "A1234567 is my code",
        "I renewed my passport and order 123456789 arrived",  # cue too far, other words
        "passport renewal takes 10 weeks, ref 123456789",
        "passport expires 2031-05-01",
        "passport valid until 12.05.2031",
        "passport photo 35x45mm",
        "passport 2031",
        "my passport is pending",
        "Passport to Pimlico (1949)",
        "driving licence class B since 2010",
        "driver's license renewal fee USD 35",
        "Passport Office Case ID: open",
        "je n'ai pas 123456789 euros",  # French "pas" is no cue
        "software licence key 123456789012",  # a licence, not a driver's
    ],
)
def test_hard_negatives(text: str) -> None:
    assert not [f for f in found(text) if f[1] in ("passport", "driver_licence")], found(text)


def test_redacted_placeholder_is_not_a_number() -> None:
    assert not list(TravelDocumentDetector()("passport number <NATIONAL_ID_1>"))


def test_the_gap_between_cue_and_value_is_bounded() -> None:
    near = "passport number is 123456789"
    assert list(TravelDocumentDetector(max_gap=4)(near)) == []
    assert len(list(TravelDocumentDetector()(near))) == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Reisepass-Nr.: CFGH27LM9", "CFGH27LM9"),  # DE, two digits only
        ("paspoortnummer XR4TBNK73.", "XR4TBNK73"),  # NL, three digits
        ("Passport | 712345678", "712345678"),  # a pipe table row
        ("Driver license | W48121903", "W48121903"),
        ("číslo pasu je 41234567", "41234567"),  # Czech "is"
    ],
)
def test_documents_with_few_digits_or_table_separators(text: str, value: str) -> None:
    assert any(k == "national_id" and v == value for k, _, v in found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"tax_id": "R2471904"}', "R2471904"),
        ('"id_number": "M7012345"', "M7012345"),
        ("kyc check passed id=CFGH27LM9", "CFGH27LM9"),
        ("ID document scanned, no. PX3048271", "PX3048271"),
        ("Ausweisnummer: L01X00T47", "L01X00T47"),
    ],
)
def test_document_values_after_a_generic_identity_word(text: str, value: str) -> None:
    # id_document, or a more specific detector whose scheme the value also fits
    assert any(k == "national_id" and v == value for k, _, v in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"order_id": "R2471904"}',  # an order id is no identity
        '{"user_id": "M7012345"}',
        "session id=CFGH27LM9",
        "身份证号110105194912310021。",  # a long bare number after the cue fails its check
        "ID number pending, see ticket 2024-05-01",
        "Rodné číslo: 710319/2746",  # the number goes on after the slash
    ],
)
def test_generic_identity_word_hard_negatives(text: str) -> None:
    assert not [f for f in found(text) if f[1] == "id_document"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "マイナンバー4821 7093 5516",  # a 12-digit number's first two groups are no document
        "주민등록번호 850101-1234560",  # the head of a dashed number
        "身份证号12345619900101123X",  # 18 characters failing the resident id's check
        "USt-IdNr. DE123456789",  # a VAT number, not a person's id
    ],
)
def test_generic_word_then_the_head_of_a_longer_number(text: str) -> None:
    assert not [f for f in found(text) if f[1] == "id_document"], found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2. Travel document no.: K4821937\n3. Home address: 4 Elm Row", "K4821937"),
        ("Travel doc #: 5710264", "5710264"),
        ("Documento de viaje n.º: B802731", "B802731"),
        ("N° du document de voyage : 17AB40298", "17AB40298"),
        ("Numero documento di viaggio: YA7310442", "YA7310442"),
        ("Reisedokument-Nr.: C4J8K2LM1", "C4J8K2LM1"),
        ("Passport No.: 8164027\nMobile: 2123 4567", "8164027"),  # seven digits (MT)
        ("Driver's Licence No.: KTS40715AB93\n", "KTS40715AB93"),  # NG
    ],
)
def test_travel_documents_and_short_passports(text: str, value: str) -> None:
    assert [v for _, _, v in found(text) if v == value] == [value], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order no.: 8164027",  # seven digits without a document's cue
        "travel plans for 2026: 1234567 steps",
        "Travel insurance policy no.: 8164027",  # no travel document
        "Tracking no. KTS40715AB93",
    ],
)
def test_travel_document_hard_negatives(text: str) -> None:
    assert [f for f in found(text) if f[0] == "national_id"] == [], found(text)
