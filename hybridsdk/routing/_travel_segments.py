"""Passport numbers and birth dates in airline passenger-data grammars, read by position.

Two message formats carry a traveller's document and birth date without any word naming
them, in fixed places:

- EDIFACT PAXLST (API/APIS manifests sent to border agencies): a ``DOC`` segment's second
  element is the document's number (``DOC+P:110:111+<number>'``: P passport, I identity
  card, ...; V, a visa, is not the traveller's identity), and a ``DTM`` segment with
  qualifier 329 is the date of birth (``DTM+329:<YYMMDD>'``, or ``CCYYMMDD``).
- The SSR DOCS element of a reservation (PNR screens of Amadeus, Sabre, Galileo, and the
  IATA teletype form): ``SSR DOCS YY HK1 P/<issuer>/<number>/<nationality>/<ddMMMyy
  birth>/<sex>/<expiry>/<surname>/<given>``, its fields apart by ``/`` or ``-``; any field
  may be empty (``////12MAR80/F//...`` gives a birth date alone).

- A machine-readable zone (ICAO 9303) of a passport (TD3, two lines of 44 characters),
  a visa or older card (TD2, 2 x 36) or an identity card (TD1, 3 x 30): the document
  number and the birth date (``YYMMDD``) each followed by their 7-3-1 check digit, which
  must hold.

- ASC X12 health-care segments (``DMG*D8*<CCYYMMDD>``, ``NM1`` of a person with an SSN
  or mutually defined identifier): `_x12_segments`.

Each is read only where its grammar's keyword is in the text (a substring test, so
other texts cost nothing). Findings are `national_id` (a document number) and `dob`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._ssr_docs import docs_elements
from hybridsdk.routing._x12_segments import x12_findings

__all__ = ["TravelSegmentDetector"]

CONFIDENCE = 0.9

# A DOC segment: the document code (with its code-list qualifiers) then the number.
_EDI_DOC_RE = re.compile(
    r"(?:^|(?<=['\n]))[ \t]*DOC\+(?P<code>[A-Z0-9]{1,3})(?::[^+'\n]{0,20})?"
    r"\+(?P<v>[A-Z0-9]{4,20})(?=[':+\r\n]|$)",
    re.MULTILINE,
)
# A DTM segment of qualifier 329 (date of birth), six or eight digits.
_EDI_BIRTH_RE = re.compile(
    r"(?:^|(?<=['\n]))[ \t]*DTM\+329:(?P<v>\d{6}(?:\d{2})?)(?=[':+\r\n]|$)", re.MULTILINE
)
_NOT_IDENTITY = frozenset({"V"})  # a visa's number is no identity of the traveller

# MRZ data lines: TD3/TD2 line 2 (number, check, nationality, birth, check, sex, ...),
# TD1 line 1 (type, issuer, number, check, ...) and line 2 (birth, check, sex, ...).
_MRZ_NUMBER_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<num>[A-Z0-9<]{9})(?P<c1>\d)[A-Z<]{3}(?P<dob>\d{6})(?P<c2>\d)[MFX<]\d{7}"
    r"[A-Z0-9<]{8}(?:[A-Z0-9<]{8})?[ \t]*\r?$"
)
_MRZ_TD1_FIRST_RE = re.compile(
    r"(?m)^[ \t]*[ACI][A-Z0-9<][A-Z<]{3}(?P<num>[A-Z0-9<]{9})(?P<c1>\d)[A-Z0-9<]{15}[ \t]*\r?\n"
    r"[ \t]*(?P<dob>\d{6})(?P<c2>\d)[MFX<]\d{7}[A-Z<]{3}[A-Z0-9<]{11}\d[ \t]*\r?$"
)


def _mrz_check(field: str, digit: str) -> bool:
    """ICAO 9303 check digit: weights 7, 3, 1; A-Z count 10-35, the filler 0."""
    total = 0
    for i, c in enumerate(field):
        value = int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)
        total += value * (7, 3, 1)[i % 3]
    return total % 10 == int(digit)


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _yymmdd_ok(value: str) -> bool:
    month, day = int(value[-4:-2]), int(value[-2:])
    return 1 <= month <= 12 and 1 <= day <= 31


class TravelSegmentDetector:
    """Document numbers and birth dates in PAXLST segments and SSR DOCS elements."""

    kind = PiiKind.NATIONAL_ID

    def __call__(self, text: str) -> Iterator[Finding]:
        if "DOC+" in text:
            for m in _EDI_DOC_RE.finditer(text):
                if m.group("code") not in _NOT_IDENTITY and _digits(m.group("v")) >= 3:
                    yield Finding.from_span(
                        PiiKind.NATIONAL_ID, text, *m.span("v"), CONFIDENCE, "paxlst_doc"
                    )
        if "DTM+329:" in text:
            for m in _EDI_BIRTH_RE.finditer(text):
                if _yymmdd_ok(m.group("v")):
                    yield Finding.from_span(
                        PiiKind.DOB, text, *m.span("v"), CONFIDENCE, "paxlst_dob"
                    )
        if "<<" in text or "<\n" in text:
            yield from self._mrz(text)
        yield from x12_findings(text)
        for m in docs_elements(text):
            num = m.group("num")
            if num and m.group("type") not in _NOT_IDENTITY and _digits(num) >= 3:
                yield Finding.from_span(
                    PiiKind.NATIONAL_ID, text, *m.span("num"), CONFIDENCE, "ssr_docs"
                )
            if m.group("dob"):
                yield Finding.from_span(PiiKind.DOB, text, *m.span("dob"), CONFIDENCE, "ssr_docs")

    @staticmethod
    def _mrz(text: str) -> Iterator[Finding]:
        for pattern in (_MRZ_NUMBER_LINE_RE, _MRZ_TD1_FIRST_RE):
            for m in pattern.finditer(text):
                num, dob = m.group("num"), m.group("dob")
                if not (_mrz_check(num, m.group("c1")) and _mrz_check(dob, m.group("c2"))):
                    continue
                if not _yymmdd_ok(dob):
                    continue
                end = m.start("num") + len(num.rstrip("<"))
                if _digits(num) >= 3 and "<" not in num.rstrip("<"):
                    yield Finding.from_span(
                        PiiKind.NATIONAL_ID, text, m.start("num"), end, CONFIDENCE, "mrz"
                    )
                yield Finding.from_span(PiiKind.DOB, text, *m.span("dob"), CONFIDENCE, "mrz")
