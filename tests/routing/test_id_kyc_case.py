"""A KYC check's case, form or reference number is no person's identity number; the
number after a KYC label is (session 11)."""

from __future__ import annotations

from hybridsdk.routing._id_generic import GenericIdDetector

DETECTOR = GenericIdDetector()


def found(text: str) -> list[str]:
    return [f.value(text) for f in DETECTOR(text)]


def test_kyc_case_numbers_not_taken() -> None:
    assert found("Airtel — SIM/KYC #40917723  agent 118") == []
    assert found("KYC ref. 55123456 opened by branch") == []
    assert found("Dossier KYC n° 4471203 ouvert") == []
    assert found("KYC case 99120034 escalated") == []


def test_kyc_value_still_taken() -> None:
    assert found("KYC: 97112528030 verified") == ["97112528030"]
    assert found("KYC ID no: 12345678") == ["12345678"]


def test_kyc_case_number_is_no_cue_for_checked_schemes() -> None:
    from hybridsdk.routing._detectors import PiiScanner

    text = "Zain — SIM/KYC #40917723  dealer 1663\nICCID 8950637791000000000\n"
    assert [f for f in PiiScanner(ner=False).scan(text) if f.kind.value == "national_id"] == []


def test_digits_after_a_plus_are_no_checked_id() -> None:
    from hybridsdk.routing._detectors import PiiScanner

    text = "N.I.F: 099112233445566\nNuméro concerné: +213778549330\n"
    found_ids = [
        f.value(text) for f in PiiScanner(ner=False).scan(text) if f.kind.value == "national_id"
    ]
    assert "213778549330" not in found_ids
