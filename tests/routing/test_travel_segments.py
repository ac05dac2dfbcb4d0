"""Document numbers and birth dates in PAXLST segments and SSR DOCS elements (session 11)."""

from __future__ import annotations

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._travel_segments import TravelSegmentDetector

SCANNER = PiiScanner(ner=False)
DETECTOR = TravelSegmentDetector()


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.value(text)) for f in DETECTOR(text)]


PAXLST = (
    "UNH+1+PAXLST:D:05B:UN:IATA+KQ310/260301/1200+01:F'\n"
    "NAD+FL+++WANJIKU:GRACE'\nATT+2++F'\nDTM+329:840229'\nNAT+2+KEN'\n"
    "DOC+P:110:111+AK0417723'\nDTM+36:310115'\nLOC+91+KEN'\n"
)


def test_paxlst_document_and_birth() -> None:
    assert found(PAXLST) == [("national_id", "AK0417723"), ("dob", "840229")]
    one_line = "NAD+FL+++SILVA:JOAO'DTM+329:19700512'DOC+I+RG4471029'DTM+36:20300101'"
    assert sorted(found(one_line)) == [("dob", "19700512"), ("national_id", "RG4471029")]


def test_paxlst_other_dates_visas_and_codes_not_taken() -> None:
    text = "DTM+36:310115'\nDTM+189:2601011200:201'\nDOC+V+VS998877'\nDOC+P+ABCDEF'\n"
    assert found(text) == []
    assert found("DTM+329:841399'\n") == []  # no 13th month
    assert found("RFF+AVF:QW12RT'\nTDT+20+KQ310'\n") == []


def test_ssr_docs_slashed_and_dashed() -> None:
    text = "  4 SSR DOCS TK HK1 P/TUR/U12345678/TUR/07MAR91/M/02FEB33/YILMAZ/EMRE\n"
    assert found(text) == [("national_id", "U12345678"), ("dob", "07MAR91")]
    text = "SRDOCS LH HK1-P-DEU-C01X00T47-DEU-30JUN1973-F-14APR29-MUELLER-ANNA/P1"
    assert found(text) == [("national_id", "C01X00T47"), ("dob", "30JUN1973")]
    text = "SSR DOCS QR HK1 ////15AUG02/F//HASSAN/NOUR"
    assert found(text) == [("dob", "15AUG02")]


def test_ssr_other_elements_not_taken() -> None:
    assert found("SSR DOCA YY HK1 R/KEN/12 MOI AVE/NAIROBI//00100") == []
    assert found("SSR DOCO YY HK1 /V/VS123456/LON/01JAN25/KEN") == []
    assert found("the DOCS folder has 120 files / 3 dirs") == []


def test_scanner_reports_both_kinds() -> None:
    kinds = {(f.kind.value, f.value(PAXLST)) for f in SCANNER.scan(PAXLST)}
    assert ("national_id", "AK0417723") in kinds
    assert ("dob", "840229") in kinds


# ICAO 9303 specimens (the standard's own example documents)
TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n"
TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<\n"


def test_mrz_passport_and_identity_card() -> None:
    assert found(TD3) == [("national_id", "L898902C3"), ("dob", "740812")]
    assert found(TD1) == [("national_id", "D23145890"), ("dob", "740812")]


def test_mrz_with_failing_check_digits_not_taken() -> None:
    assert found(TD3.replace("L898902C36", "L898902C35")) == []
    assert found(TD3.replace("7408122F", "7408123F")) == []
    assert found("<<<<<<<<<<\n" + "1234567890" * 4 + "1234\n") == []
