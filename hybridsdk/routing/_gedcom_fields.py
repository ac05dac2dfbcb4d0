"""Names, addresses and non-names read from a GEDCOM family tree's own lines.

A GEDCOM record is one field per line, `LEVEL [@XREF@] TAG [VALUE]` ("1 NAME Ana /Ruiz/",
"2 SURN Ruiz", "2 ADDR 3 Calle Mayor"). The tagger reads such lines as prose, so it takes
the tags for names ("INDI", "BIRT", "GIVN Ana"), the level and tag for a house number
and street ("2 SURN Ruiz"), and misses the surname between slashes; a surname found at
one line but not at "/Ruiz/" reached the cloud. Here:

- the value of `GIVN`, `SURN`, `NICK` and the married or alias name tags is a name, and so
  are the given names and the `/surname/` of a `NAME` value (two fields);
- an `ADDR` value and its `CONT` lines are one address each;
- the level, cross-reference and tag of every line, and a `PLAC` value (a town), hold no
  name.

The text is taken for GEDCOM only when at least three lines have the shape, one of them a
`NAME`, `INDI` or `HEAD` line; each line is read once.
"""

from __future__ import annotations

import re

__all__ = ["gedcom_fields"]

Span = tuple[int, int]

_LINE_RE = re.compile(
    r"^[ \t]*(\d{1,2}[ \t]+(?:@[^@\n]{1,20}@[ \t]+)?(_?[A-Z][A-Z0-9_]{2,15}))(?:[ \t]+([^\n]*))?$",
    re.M,
)
_NAME_TAGS = frozenset({"GIVN", "SURN", "NICK", "_MARNM", "_MARN", "_AKA", "_BIRN", "_RUFNAME"})
_ADDRESS_TAGS = frozenset({"ADDR", "ADR1", "ADR2", "ADR3"})
_SURNAME_RE = re.compile(r"/([^/\n]*)/")
_MIN_LINES = 3
# A mask the policy put in ("<PERSON_2>", "<ADDRESS>"): no value to find again when the
# scrubbed text is scanned once more.
_MASK_RE = re.compile(r"<[A-Z]+(?:_[A-Z]+)*(?:_\d+)?>")


def _trimmed(text: str, s: int, e: int) -> Span | None:
    while s < e and text[s] in " \t,":
        s += 1
    while e > s and text[e - 1] in " \t,\r":
        e -= 1
    if e <= s or _MASK_RE.fullmatch(text, s, e):
        return None
    return s, e


def _name_spans(text: str, start: int, end: int) -> list[Span]:
    """The given names and the slashed surname of a NAME value, each a span."""
    value = text[start:end]
    m = _SURNAME_RE.search(value)
    if m is None:
        span = _trimmed(text, start, end)
        return [span] if span else []
    spans = [
        _trimmed(text, start, start + m.start()),
        _trimmed(text, start + m.start(1), start + m.end(1)),
    ]
    return [s for s in spans if s is not None]


def gedcom_fields(text: str) -> tuple[list[Span], list[Span], list[Span]]:
    """A GEDCOM text's name fields, address fields and no-name spans (empty lists for
    any other text).

    Args:
        text: the scanned text.
    """
    if "\n" not in text or not (" NAME " in text or " INDI" in text or "0 HEAD" in text):
        return [], [], []
    lines = list(_LINE_RE.finditer(text))
    if len(lines) < _MIN_LINES:
        return [], [], []
    names: list[Span] = []
    addresses: list[Span] = []
    no_names: list[Span] = []
    in_address = False
    for m in lines:
        tag = m.group(2)
        no_names.append(m.span(1))
        if m.group(3) is None:
            in_address = False
            continue
        s, e = m.span(3)
        if tag == "NAME":
            names += _name_spans(text, s, e)
        elif tag in _NAME_TAGS:
            span = _trimmed(text, s, e)
            if span:
                names.append(span)
        elif tag in _ADDRESS_TAGS or (tag == "CONT" and in_address):
            span = _trimmed(text, s, e)
            if span:
                addresses.append(span)
            in_address = True
            continue
        elif tag == "PLAC":
            no_names.append((s, e))
        in_address = False
    return names, addresses, no_names
