"""An address's middle line and its postcode tail in prose.

Middle line (docs/privacy_figures.md, "Sixth set as a dev set"): a short line of
capitalised words between two address lines ("12 Kloof Street" / "Gardens" / "Cape Town
8001") is the suburb or district of the same address, whatever the tagger made of it
(nothing, or a name). Only the line right between two address spans is taken, so one
read of at most 60 characters per pair keeps the scan linear.

Postcode tail: in a sentence the tagger often stops before the last part, a postcode and
its town ("residing at Unit 5, 12 Rizal St., Brgy. Poblacion" + ", 1870 Antipolo", "at
Blk 4 Jurong Ave 1" + ", #02-11, Singapore 640004"); that part is taken in when a postcode
is in it and prose or a bracket follows it (at most 60 characters read).
"""

# ruff: noqa: RUF001

from __future__ import annotations

import itertools
import re

__all__ = ["middle_lines", "postcode_tail"]

_WORD = r"[^\W\d_][\w'’.-]*"
_MIDDLE_RE = re.compile(rf"\n[ \t]*({_WORD}(?:,?[ \t]{_WORD}){{0,3}})[ \t,]*\n[ \t]*")


def middle_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of lines between two address spans (sorted) on the lines above and below."""
    out: list[tuple[int, int]] = []
    for (_, a_end), (b_start, _) in itertools.pairwise(spans):
        gap = b_start - a_end
        if gap < 4 or gap > 60:
            continue
        m = _MIDDLE_RE.fullmatch(text, a_end, b_start)
        if m is None:
            continue
        value = m.group(1)
        if all(w[0].isupper() or w[0].lower() == w[0].upper() for w in value.split()):
            out.append(m.span(1))
    return out


_CAPS = r"[^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,2}"
_TAIL_RE = re.compile(
    rf"(?:,[ \t]*#[\d-]{{2,9}})?,[ \t]*(?:\d{{4,6}}[ \t]+{_CAPS}|{_CAPS}[ \t]+\d{{4,6}})"
    r"(?=[ \t]*[(;]|[ \t]*[.,]?[ \t]+[a-z]|[ \t]*[.,]?[ \t]*$)",
    re.M,
)


def postcode_tail(text: str, end: int) -> int:
    """The address's end moved over a ", postcode Town" tail that prose follows."""
    if not text.startswith(",", end):
        return end
    m = _TAIL_RE.match(text, end, min(len(text), end + 60))
    if m is None:
        return end
    words = re.findall(r"[^\W\d_][\w'’.-]*", m.group(0))
    if not all(w[0].isupper() for w in words):
        return end
    if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", m.group(0)):
        return end  # a year, not a postcode
    return m.end()
