"""Author names in bibliographic records: BibTeX/BibLaTeX `author`/`editor` fields and RIS
`AU`/`A1`/`ED` lines.

A BibTeX author list is "Family, Given and Family, Given" (or "Given Family and ...");
each author is one person span, the comma included ("[Ben Ali, Nour]"), whatever the
language or script of the names. A name in double braces (`{{World Health Organization}}`)
is a corporate author and "others" stands for "et al.": neither is a person. RIS writes
one author a line (`AU  - Family, Given`).
"""

from __future__ import annotations

import re

from hybridsdk.routing._detectors import Finding

__all__ = ["citation_names"]

_DETECTOR = "citation_name"
_KEYS = ("uthor", "UTHOR", "ditor", "DITOR", "ranslator", "RANSLATOR")

# author = {...} / editor = "..." (one level of nested braces, for "{\\'e}" and "{Ben}").
_FIELD_RE = re.compile(
    r"\b(?:author|editor|translator|bookauthor)\s*=\s*"
    r"(?:\{(?P<b>(?:[^{}\n]|\{[^{}\n]*\})*)\}|\"(?P<q>[^\"\n]*)\")",
    re.IGNORECASE,
)
_AND_RE = re.compile(r"\s+and\s+")
_RIS_RE = re.compile(r"^(?:AU|A1|A2|A3|ED)  - ([^\n\r]+)", re.MULTILINE)
_NOT_AUTHORS = frozenset({"others", "et al", "et al.", "anonymous", "anon", "anon."})
_LETTER_RE = re.compile(r"[^\W\d_]")


def _person(value: str) -> bool:
    v = value.strip()
    if not v or v.lower() in _NOT_AUTHORS or v.startswith("{"):
        return False
    if any(c.isdigit() for c in v) or "@" in v or "://" in v:
        return False
    if v == v.lower() and v != v.upper():
        return False  # all lower case in a cased script: a placeholder ("name", "tbd")
    return len(_LETTER_RE.findall(v)) >= 2 and len(v.split()) <= 8


def _spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if "=" in text and any(k in text for k in _KEYS):
        for m in _FIELD_RE.finditer(text):
            group = "b" if m.group("b") is not None else "q"
            base, value = m.start(group), m.group(group)
            a = 0
            for cut in [*_AND_RE.finditer(value), None]:
                b = cut.start() if cut else len(value)
                part = value[a:b]
                if _person(part):
                    lead = len(part) - len(part.lstrip())
                    s = base + a + lead
                    spans.append((s, s + len(part.strip())))
                a = cut.end() if cut else b
    if "  - " in text:
        for m in _RIS_RE.finditer(text):
            value = m.group(1).rstrip()
            if _person(value):
                spans.append((m.start(1), m.start(1) + len(value)))
    return spans


def citation_names(text: str, found: list[Finding]) -> list[Finding]:
    """`found` with the authors of BibTeX and RIS records as person findings.

    Args:
        text: the scanned text.
        found: the scanner's resolved findings (sorted, non-overlapping).
    """
    bib = "=" in text and any(k in text for k in _KEYS)
    if not bib and "  - " not in text:
        return found
    from hybridsdk.routing._travel_names import add_names

    return add_names(text, found, _spans(text), _DETECTOR)
