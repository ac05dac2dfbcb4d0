"""Birth dates under GEDCOM BIRT events (session 10); death, marriage and burial dates
and malformed records left alone."""

from __future__ import annotations

from hybridsdk.routing._birth_date_gedcom import gedcom_birth_spans
from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def births(text: str) -> list[str]:
    return [text[a:b] for a, b in gedcom_birth_spans(text)]


GED = (
    "0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Ilse /Varga/\n1 SEX F\n1 BIRT\n"
    "2 DATE 4 OCT 1911\n2 PLAC Pécs\n1 DEAT\n2 DATE 12 JAN 1980\n1 FAMS @F1@\n"
    "0 @I2@ INDI\n1 NAME Tomás /Ruiz/\n1 BIRT\n2 PLAC Cuenca\n2 DATE ABT 1908\n"
    "0 @I3@ INDI\n1 BIRT\n2 DATE MAR 1940\n1 BURI\n2 DATE 1999\n"
    "0 @F1@ FAM\n1 MARR\n2 DATE 3 JUN 1934\n"
)


def test_birth_dates_under_birt() -> None:
    assert births(GED) == ["4 OCT 1911", "1908", "MAR 1940"]


def test_scanner_reports_them_and_not_the_others() -> None:
    dobs = [f.value(GED) for f in SCANNER.scan(GED) if f.kind.value == "dob"]
    assert "4 OCT 1911" in dobs and "MAR 1940" in dobs
    assert "12 JAN 1980" not in dobs and "3 JUN 1934" not in dobs


def test_not_gedcom_or_no_date() -> None:
    assert births("1 BIRT\n1 DEAT\n2 DATE 4 OCT 1911\n") == []  # the date is the death's
    assert births("1 BIRT\n2 DATE sometime soon\n") == []
    assert births("We talked about BIRT and 2 DATE 4 OCT 1911") == []
    assert births("1 BIRT\r\n2 DATE 9 MAY 1950\r\n") == ["9 MAY 1950"]
