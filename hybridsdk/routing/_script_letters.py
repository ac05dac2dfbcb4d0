"""Combining marks of the scripts that write vowels and tones as marks (Devanagari,
Bengali, Sinhala, Tamil ..., Thai, Lao, Tibetan, Myanmar, Khmer) and the zero-width
joiners of Sinhala, Persian and Urdu: `re` counts none of them as a word character, so
`[^\\W\\d_]+` cuts "ภานุวัฒน์" or "විරාජ්" into pieces. Name rules put `MARKS` in their
word classes (`[\\w{MARKS}'-]`) to read such a word whole.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

__all__ = ["INITIALS", "LETTER_WORD", "MARKS", "marks_in", "titled"]


def marks_in(ranges: Iterable[tuple[int, int]]) -> str:
    """The combining marks (categories Mn, Mc, Me) of the code point ranges, inclusive."""
    return "".join(
        chr(c)
        for lo, hi in ranges
        for c in range(lo, hi + 1)
        if unicodedata.category(chr(c)).startswith("M")
    )


MARKS = marks_in(((0x0300, 0x036F), (0x0900, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF)))
MARKS += "\u200c\u200d"

# A name's word for the name rules: initials ("D.M."), or letters and marks joined by an
# apostrophe or a hyphen ("O'Neil", "Jean-Luc", "ภานุวัฒน์").
INITIALS = r"(?:[^\W\d_]\.){1,3}"
LETTER_WORD = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}]|['\u2019-](?=[^\W\d_]))*"


def titled(word: str) -> bool:
    """A capitalised word, or one whose first letter is of a script without case."""
    return word[:1].isupper() or word[:1].lower() == word[:1].upper()
