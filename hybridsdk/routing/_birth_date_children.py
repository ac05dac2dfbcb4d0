"""Birth dates of the children listed under a "Children" heading.

    Children:                         Дети: Сергей (12.01.2006), Юлия (04.04.2011)
      - Shyamali (28/04/2019)
      - Nimal (15/08/2014)

Membership cards, parish registers, family files and insurance forms list a person's
children as a name with a date in brackets; that date is the child's birth date in every
country (a baptism or death date is written with its own word). Read: the items after a
heading naming children ("Children", "Enfants", "Hijos", "Дети", "Bērni", "ລູກ" ...),
one a line (a bullet, a number or nothing before the name) or several on the heading's
line apart by commas or semicolons; the list ends at the first line that is not such an
item. A date is kept only when it is a whole date followed by its closing bracket (a final dot
between them, "(10.03.2019.)", is the date's own).
"""

# Text in many scripts is what this file is about.
# ruff: noqa: RUF001

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

__all__ = ["children_list_dates"]

# A heading naming children (and dependants), in about 40 languages, ending its line or
# followed by a colon.
_HEADING_RE = re.compile(
    r"(?im)^[ \t]*(?:(?:names? of )?children|kids|dependants|dependents|enfants|hijos(?:/as)?"
    r"|hijas|filhos|figli|kinder|kinderen|bērni|vaikai|lapsed|lapset|barn|børn|dzieci|děti"
    r"|deti|djeca|copii|gyermekek|παιδιά|çocuklar|дети|деца|дзеці|діти|балдар"
    r"|хүүхэд(?:үүд)?|farzandlar(?:i)?|bolalar(?:i)?|фарзандлари?|anak-anak|anak|watoto"
    r"|abaana|ລູກ|ບຸດ|ลูก|บุตร|子供|子女|子ども|자녀|أطفال|الأطفال|الأبناء|الأولاد|ילדים|فرزندان"
    r"|ළමයින්|දරුවන්|பிள்ளைகள்|குழந்தைகள்)"
    r"(?![^\W\d_])[ \t]*(?:[:：][ \t]*|(?=\r?\n|$))"
)
# One item: a bullet or number, then a name (letters, no digits or brackets) and "(".
_ITEM_RE = re.compile(
    r"[ \t]*(?:(?:[-*•·–]|\d{1,2}[.)])[ \t]+)?(?P<name>[^\W\d_][^\n()\d,;:]{0,58}?)[ \t]*[(（]"
    r"[ \t]*"
)
_CLOSE_RE = re.compile(r"[ \t]*[)）]")
# A digit, the final dot Latvian and South Slavic dates carry, the closing bracket.
_FINAL_DOT = {f"{d}.{c}" for d in "0123456789" for c in ")）"}
_SEP_RE = re.compile(r"[ \t]*[,;][ \t]*")


def _line_items(
    text: str, pos: int, end: int, date_at: Callable[[int], tuple[int, int] | None]
) -> tuple[list[tuple[int, int]], bool]:
    """The bracketed dates of the items on text[pos:end], and whether the line is all
    items."""
    out: list[tuple[int, int]] = []
    while True:
        m = _ITEM_RE.match(text, pos, end)
        if m is None:
            return out, False
        span = date_at(m.end())
        if span is not None and text[span[1] - 1 : span[1] + 2] in _FINAL_DOT:
            span = (span[0], span[1] + 1)  # "(10.03.2019.)": the date's own final dot
        close = _CLOSE_RE.match(text, span[1], end) if span is not None else None
        if span is None or close is None:
            return out, False
        out.append(span)
        pos = close.end()
        sep = _SEP_RE.match(text, pos, end)
        if sep is None:
            return out, not text[pos:end].strip()
        pos = sep.end()


def children_list_dates(
    text: str, date_at: Callable[[int], tuple[int, int] | None]
) -> Iterator[tuple[int, int]]:
    """Spans of the bracketed dates of the items listed under a children heading.

    Args:
        text: the text to scan.
        date_at: the span of a plausible birth date starting exactly at a position, or None.
    """
    for m in _HEADING_RE.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        if m.end() < end:  # items on the heading's line
            spans, _ = _line_items(text, m.end(), end, date_at)
            yield from spans
            if not spans:
                continue
        pos = end + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            spans, whole = _line_items(text, pos, end, date_at)
            yield from spans
            if not whole:
                break
            pos = end + 1
