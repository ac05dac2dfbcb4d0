"""An address's middle line (docs/privacy.md, "Sixth set as a dev set"): a short line of
capitalised words between two address lines ("12 Kloof Street" / "Gardens" / "Cape Town
8001") is the suburb or district of the same address, whatever the tagger made of it
(nothing, or a name). Only the line right between two address spans is taken, so one
read of at most 60 characters per pair keeps the scan linear.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import itertools
import re

__all__ = ["middle_lines"]

_WORD = r"[^\W\d_][\w'’.-]*"
_MIDDLE_RE = re.compile(rf"\n[ \t]*({_WORD}(?:,?[ \t]{_WORD}){{0,3}})[ \t,]*\n")


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
