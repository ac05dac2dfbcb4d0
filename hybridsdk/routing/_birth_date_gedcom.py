"""Birth dates in GEDCOM genealogy files: the DATE line under an individual's BIRT event.

GEDCOM writes an event as a numbered line ("1 BIRT") and its details one level deeper
("2 DATE 14 FEB 1931", "2 PLAC Lyon"), in every language's export, with English month
abbreviations and optional qualifiers ("ABT 1931", "BEF 3 MAR 1931", "EST 1931"). The
date under BIRT is the person's birth date; dates under DEAT, MARR, BURI, CHR ... are not
read. No cue word stands on the date's own line, so the cue reader does not see it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["CONFIDENCE", "GedcomBirthDetector"]

CONFIDENCE = 0.85

_BIRT_RE = re.compile(r"(?m)^[ \t]*(\d{1,2})[ \t]+BIRT[ \t]*\r?$")
_SUB_RE = re.compile(r"[ \t]*(\d{1,2})[ \t]+([A-Z_]{3,5})(?:[ \t]+([^\r\n]*))?\r?(?:\n|$)")
_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
_DATE_RE = re.compile(
    r"(?:(?:ABT|ABOUT|EST|CAL|BEF|AFT|INT)\.?[ \t]+)?"
    rf"(?P<d>(?:(?:\d{{1,2}}[ \t]+)?(?:{_MONTHS})[ \t]+)?\d{{3,4}}|\d{{4}}-\d\d-\d\d)"
    r"[ \t]*$",
    re.IGNORECASE,
)
_MAX_LINES = 6  # detail lines read under one BIRT


def gedcom_birth_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the dates written under the BIRT events of a GEDCOM text."""
    if "BIRT" not in text:
        return
    for m in _BIRT_RE.finditer(text):
        level = int(m.group(1))
        pos = m.end() + 1
        for _ in range(_MAX_LINES):
            sub = _SUB_RE.match(text, pos)
            if sub is None or int(sub.group(1)) <= level:
                break
            if sub.group(2) == "DATE" and sub.group(3):
                d = _DATE_RE.fullmatch(sub.group(3).rstrip())
                if d is not None:
                    start = sub.start(3) + d.start("d")
                    yield start, sub.start(3) + d.end("d")
                break
            pos = sub.end()


class GedcomBirthDetector:
    """Birth dates under the BIRT events of GEDCOM files; see the module docstring."""

    kind = PiiKind.DOB

    def __call__(self, text: str) -> Iterator[Finding]:
        for a, b in gedcom_birth_spans(text):
            yield Finding.from_span(self.kind, text, a, b, CONFIDENCE, "dob_gedcom")
