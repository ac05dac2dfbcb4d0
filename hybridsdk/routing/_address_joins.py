"""An address line the tagger found in pieces or from its middle (docs/privacy_tagger.md, "Span
rules, third pass"):

- `dash_join`: a street and its postcode and city on one line with a dash between them
  ("Rua do Sol 9 - 1100-001 Lisboa") are one address: two spans with only the dash
  between them are joined, and a span before the dash takes the postcode and city after
  it (up to the field's end or the first prose word), a span after the dash the street
  before it;
- `street_head`: a span that starts with its house number or right after a number's mark
  ("№ ", "No:") takes the street before it on its line: capitalised and abbreviated
  words, numbers, quoted names and street types ("ul. „Lipowa“ № " + "8, ap. 3 ...").

Both read at most `_REACH` characters on either side, and stop at a field's delimiter, a
label's colon, a lower-case word of prose or a checked finding.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["dash_tail", "street_head"]

_REACH = 70
_FIELD_STOPS = "\n\"'\t|<>()[]{}"
_DASH_RE = re.compile(r"[ \t]+[-–][ \t]+")
_NUMBER_MARKS = frozenset(["№", "no:", "no.", "nr.", "nr", "#", "n°", "nº", "n.º", "no"])
_STREET_WORDS = frozenset(
    [
        "rue",
        "avenue",
        "av.",
        "boulevard",
        "bd",
        "chemin",
        "allée",
        "place",
        "route",
        "impasse",
        "quai",
        "rang",
        "calle",
        "avenida",
        "paseo",
        "camino",
        "carrera",
        "rua",
        "travessa",
        "largo",
        "estrada",
        "via",
        "viale",
        "piazza",
        "corso",
        "ulica",
        "ul.",
        "ulice",
        "utca",
        "út",
        "tér",
        "ulitsa",
        "strada",
        "stradă",
        "calea",
        "street",
        "road",
        "lane",
        "drive",
        "way",
        "gata",
        "gatan",
        "vej",
        "vei",
        "veien",
        "straße",
        "strasse",
        "weg",
        "laan",
        "straat",
        "plein",
        "gasse",
        "jalan",
        "lorong",
        "lebuh",
        "persiaran",
        "taman",
        "sokak",
        "sok.",
        "cadde",
        "caddesi",
        "cad.",
        "mahalle",
        "mahallesi",
        "mah.",
        "bulvar",
        "bulvarı",
        "blv.",
        "bul.",
        "ул.",
        "бул.",
        "пл.",
        "ж.к.",
        "кв.",
        "вул.",
        "пр.",
        "просп.",
        "улица",
        "οδός",
        "λεωφ.",
        "οδ.",
    ]
)
_STREET_WORDS = frozenset(
    w.casefold() for w in _STREET_WORDS
)  # final sigma: casefold, as looked up
_CONNECTORS = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "della",
        "van",
        "von",
        "der",
        "den",
        "al",
        "el",
        "y",
        "e",
        "et",
    ]
)
_PROSE_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]{4,}")


def _ok_token(tok: str) -> bool:
    """A token that may stand in a street's line."""
    core = tok.rstrip(",")
    low = core.casefold()
    if not core:
        return False
    if low in _NUMBER_MARKS or low in _STREET_WORDS:
        return True
    if core.endswith(":") and not any(c.isdigit() for c in core):
        return False  # a label ("Adresse:")
    if any(c.isdigit() for c in core):
        return len(core) <= 12
    if tok.endswith(",") and not re.fullmatch(r"[^\W\d_]{1,5}\.,", tok):
        return False  # a comma after a word: what is before is another field or prose
    body = core.strip("„“”«»\"'")
    if not body:
        return False
    if re.fullmatch(r"[^\W\d_]{1,5}\.", body):
        return True  # an abbreviation: "Mah.", "str."
    if low in _CONNECTORS:
        return True
    return body[:1].isupper()


def street_head(text: str, start: int, free: Callable[[int, int], bool]) -> int:
    """Where the address line of a span that starts at its number starts."""
    lo = max(0, start - _REACH)
    i = start
    while i > lo and text[i - 1] not in _FIELD_STOPS:
        i -= 1
    before = text[i:start]
    toks = before.split()
    if not toks:
        return start
    first = text[start : start + 1]
    last = toks[-1].casefold()
    dashed = last in ("-", "–")
    if dashed:
        toks = toks[:-1]
        before = before[: before.rstrip().rfind(last)]
        if not toks or not any(c.isdigit() for c in before):
            return start
        if not any(c.isalpha() for c in text[start : start + 40].split("\n", 1)[0]):
            return start  # "#884123 - 12/05": a number after the dash, no city
    elif not (first.isdigit() or last in _NUMBER_MARKS or last.endswith(("no:", "no."))):
        return start
    kept = 0
    for tok in reversed(toks):
        if not _ok_token(tok):
            break
        kept += 1
    while kept and toks[len(toks) - kept].casefold() in _CONNECTORS:
        kept -= 1
    if kept < 2 and not (kept == 1 and toks[-1].casefold() in _NUMBER_MARKS):
        return start
    lead = toks[len(toks) - kept :]
    if not any(_ok_head(t) for t in lead):
        return start
    new = i + _offset(before, len(toks) - kept)
    if new < start and free(new, start):
        return new
    return start


def _ok_head(tok: str) -> bool:
    """A street's word (not only numbers and marks)."""
    return any(c.isalpha() for c in tok) and tok.casefold() not in _NUMBER_MARKS


def _offset(before: str, n: int) -> int:
    """Where the n-th whitespace token of `before` starts."""
    for k, m in enumerate(re.finditer(r"\S+", before)):
        if k == n:
            return m.start()
    return len(before)


def dash_tail(text: str, end: int, free: Callable[[int, int], bool]) -> int:
    """Where a span followed by a dash and its postcode and city ends."""
    m = _DASH_RE.match(text, end, min(len(text), end + 6))
    if m is None:
        return end
    hi = min(len(text), m.end() + _REACH)
    j = m.end()
    while j < hi and text[j] not in _FIELD_STOPS:
        j += 1
    if j == hi and hi < len(text):
        return end
    rest = text[m.end() : j]
    p = _PROSE_RE.search(rest)
    while p is not None and not (
        p.group(0)[0].islower() and p.group(0).casefold() not in _STREET_WORDS
    ):
        p = _PROSE_RE.search(rest, p.end())
    if p is not None:
        rest = rest[: p.start()]
    rest = rest.rstrip(" ,.;:")
    if (
        not rest
        or not any(c.isdigit() for c in rest)
        or len(rest) > 45
        or any(c in rest for c in "@:=")
        or len(rest.split()) > 6
    ):
        return end
    stop = m.end() + len(rest)
    return stop if free(end, stop) else end
