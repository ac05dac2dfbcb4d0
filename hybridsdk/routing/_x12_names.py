"""Names in an ANSI X12 transaction (an 834 enrolment, an 837 claim) read by its grammar
(docs/privacy_figures.md, "Ninth set as a dev set"): an `NM1` segment whose entity type
qualifier (its third element) is `1`, a person, holds the last name, the first name and
the middle name in its next three elements, one span each
(`NM1*IL*1*PERERA*NIMALI****ZZ*123~`). An entity type `2` (a firm) holds no person; the
address segments `N3` and `N4` hold no name: the `N3` segment's elements are the street
address lines, one address span each (the `N4` city, state and postcode are left).

Reads only segments at a line's start, so an X12 text without line breaks is left to the
tagger.
"""

from __future__ import annotations

import re

__all__ = ["x12_addresses", "x12_names", "x12_segments"]

_NM1_RE = re.compile(r"^NM1\*[A-Z0-9]{2,3}\*1\*([^*~\n]*)(?:\*([^*~\n]*))?(?:\*([^*~\n]*))?", re.M)
_SEGMENT_RE = re.compile(r"^(?:NM1|N3|N4)\*[^\n]*", re.M)


def x12_names(text: str) -> list[tuple[int, int]]:
    """The spans of the person names of the text's `NM1` segments."""
    if "NM1*" not in text:
        return []
    out = []
    for m in _NM1_RE.finditer(text):
        for g in (1, 2, 3):
            s, e = m.span(g)
            if s >= 0 and any(c.isalpha() for c in text[s:e]):
                out.append((s, e))
    return out


def x12_segments(text: str) -> list[tuple[int, int]]:
    """The spans of the text's `NM1`, `N3` and `N4` segments (where only the grammar names
    a person)."""
    if "NM1*" not in text:
        return []
    return [m.span() for m in _SEGMENT_RE.finditer(text)]


_N3_RE = re.compile(r"^N3\*([^*~\n]*)(?:\*([^*~\n]*))?", re.M)


def x12_addresses(text: str) -> list[tuple[int, int]]:
    """The spans of the address lines of the text's `N3` segments (one per element)."""
    if "NM1*" not in text:
        return []
    out = []
    for m in _N3_RE.finditer(text):
        for g in (1, 2):
            s, e = m.span(g)
            if s >= 0 and any(c.isalnum() for c in text[s:e]):
                out.append((s, e))
    return out
