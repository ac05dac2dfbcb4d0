"""Birth dates and person identifiers in ASC X12 segments (DMG, NM1) (session 12)."""

from __future__ import annotations

from hybridsdk.routing._detectors import PiiKind, PiiScanner
from hybridsdk.routing._x12_segments import x12_findings

SCANNER = PiiScanner(ner=False)

ENROLMENT = (
    "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *250505*0657*^*00501"
    "*675173997*0*P*:~\nST*834*0001*005010X220A1~\nINS*Y*18*021*28*A***FT~\n"
    "REF*0F*LK284522148~\nDTP*356*D8*20250505~\nNM1*IL*1*CASSIM*RINOZA****ZZ*194684145108~\n"
    "DMG*D8*19461206*F~\nNM1*IL*1*CASSIM*RIFKHAN~\nDMG*D8*20141023*M~\nDTP*348*D8*20250505~\n"
)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.value(text)) for f in x12_findings(text)]


def test_demographic_dates_and_person_ids() -> None:
    assert sorted(found(ENROLMENT)) == [
        ("dob", "19461206"),
        ("dob", "20141023"),
        ("national_id", "194684145108"),
    ]
    kinds = {(f.kind, f.value(ENROLMENT)) for f in SCANNER.scan(ENROLMENT)}
    assert (PiiKind.DOB, "19461206") in kinds
    assert (PiiKind.NATIONAL_ID, "194684145108") in kinds


def test_one_line_ssn_qualifier_and_other_separator() -> None:
    text = "ISA|00|  |00|~NM1|QC|1|DOE|JANE||||34|123456789~DMG|D8|19800315|F~"
    assert sorted(found(text)) == [("dob", "19800315"), ("ssn", "123456789")]


def test_member_ids_organisations_and_other_dates_not_taken() -> None:
    text = (
        "NM1*IL*1*DOE*JOHN****MI*W123456789~\nNM1*PR*2*ACME HEALTH*****PI*12345~\n"
        "DTP*348*D8*20250505~\nDMG*RD8*20200101-20201231~\nDMG*D8*20251399*M~\n"
    )
    assert found(text) == []


def test_dashed_identifier() -> None:
    assert found("NM1*IL*1*KLAVINA*IEVA****ZZ*140767-12299~") == [("national_id", "140767-12299")]
