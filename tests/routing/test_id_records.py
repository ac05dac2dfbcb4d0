"""Identity numbers named by a type code in HL7 v2 identifiers and by their place in a
FHIR person resource (session 10); record, account and visit numbers left out."""

from __future__ import annotations

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._id_records import RecordIdDetector

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)
DETECTOR = RecordIdDetector()


def found(text: str) -> list[str]:
    return [f.value(text) for f in DETECTOR(text)]


MSH = "MSH|^~\\&|HIS|H1|LAB|L1|20250102||ADT^A01|M1|P|2.5\n"


def test_hl7_typed_national_ids() -> None:
    text = MSH + "PID|1||8812201^^^H1^MR~4410235588120^^^XX^NI||Roe^Ana||19441023|F\n"
    assert found(text) == ["4410235588120"]
    text = MSH + "PID|1||K7712094L^^^GOV^NN~771-20-9944^^^SSA&2.16&ISO^SS||Roe^Ana\n"
    assert found(text) == ["K7712094L", "771-20-9944"]
    text = MSH + "PID|1||1944 1023 558 12^^^LUX^NI||Roe^Ana||19441023|F\n"
    assert found(text) == ["1944 1023 558 12"]


def test_hl7_birth_date_inside_id_is_no_dob() -> None:
    text = MSH + "PID|1||7712^^^H1^MR~1944102355812^^^LU^NI||Roe^Ana||19441023|F\n"
    findings = {(f.kind.value, f.value(text)) for f in SCANNER.scan(text)}
    assert ("national_id", "1944102355812") in findings
    assert ("dob", "19441023") in findings
    assert all(v != "19441023" or text.count(v) == 2 for _, v in findings)


def test_hl7_record_account_visit_numbers_not_taken() -> None:
    text = (
        MSH
        + "PID|1||8812201^^^H1^MR~55120944^^^H1^AN||Roe^Ana\nPV1|1|I|W^1^2||||||||||||||||88123344^^^H1^VN\n"
    )
    assert found(text) == []
    assert found("a|b^c^d^NI|e") == []  # no value before the components
    assert found("PID|1||12^^^H1^NI||x") == []  # too short


def test_fhir_person_identifiers() -> None:
    text = (
        '{"resourceType": "Patient", "identifier": [{"system": "urn:oid:1.2.9.44", '
        '"value": "7203118824"}, {"type": {"coding": [{"code": "MR"}]}, "value": "5512093"}, '
        '{"system": "https://hosp.example/medical-record", "value": "99120033"}],'
        ' "name": [{"family": "Roe"}]}'
    )
    assert found(text) == ["7203118824"]


def test_fhir_other_resources_and_words_not_taken() -> None:
    org = '{"resourceType": "Organization", "identifier": [{"value": "7203118824"}]}'
    assert found(org) == []
    enc = (
        '{"resourceType": "Patient", "identifier": [{"system": "urn:x:encounter", '
        '"value": "7203118824"}, {"value": "ALPHA"}]}'
    )
    assert found(enc) == []
