"""Names listed in the slots of a shift rota or volunteer roster: "Kitchen (9:30-12:00):
S.A. Nimal Wanigasekara, Shyamali Amarasinghe +94726352061", "Logistika (12:00-15:00):
Gulbahor G'ulomova", "කුස්සිය (8:00-11:00): හසිනි සමරසිංහ, වරුණි පෙරේරා".

A slot is a line of a short label, a time range in brackets and a colon, then a list
split by commas or semicolons. Each item, after a phone it may carry and the titles
before it, is a name when it is one to five words of letters and marks (initials with
dots count: "D.M."), in any case. The text is a rota when two slot lines at least are
in it and one item at least carries a phone: a timetable's slots ("Lunch (12:00-13:00):
sandwiches, juice") carry none.
"""

from __future__ import annotations

import re

from hybridsdk.routing._honorifics import strip_title
from hybridsdk.routing._script_letters import INITIALS, LETTER_WORD

__all__ = ["rota_spans"]

Span = tuple[int, int]

_SLOT_RE = re.compile(
    r"^[ \t]*[^\n:()]{1,40}?[ \t]*\([ \t]*\d{1,2}[:.]\d{2}[ \t]*[-\u2013\u2014][ \t]*"
    r"\d{1,2}[:.]\d{2}[ \t]*\)[ \t]*:[ \t]*(?P<list>[^\n]+)$",
    re.MULTILINE,
)
_PHONE_TAIL_RE = re.compile(r"[ \t]*\+?\(?\+?\d[\d ()\-]{6,}\d[ \t]*\Z")
_WORD_RE = re.compile(rf"{INITIALS}|{LETTER_WORD}")


def _item(item: str) -> tuple[int, int, bool] | None:
    """The name's (start, end) in a list item and whether a phone follows it."""
    m = _PHONE_TAIL_RE.search(item)
    end = m.start() if m else len(item.rstrip())
    start = len(item) - len(item.lstrip())
    start += strip_title(item[start:end])
    words = item[start:end].split()
    if not 1 <= len(words) <= 5 or not all(_WORD_RE.fullmatch(w) for w in words):
        return None
    return start, end, m is not None


def rota_spans(text: str) -> list[Span]:
    """The names in the slots of a shift rota in `text` (none when it is no rota)."""
    slots = list(_SLOT_RE.finditer(text))
    if len(slots) < 2:
        return []
    names: list[Span] = []
    phones = 0
    for m in slots:
        at = m.start("list")
        for item in re.split(r"[,;]", m.group("list")):
            got = _item(item)
            if got is not None:
                names.append((at + got[0], at + got[1]))
                phones += got[2]
            at += len(item) + 1
    return names if phones else []
