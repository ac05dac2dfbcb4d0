"""Combining marks of the scripts that write vowels and tones as marks (Devanagari,
Bengali, Sinhala, Tamil ..., Thai, Lao, Tibetan, Myanmar, Khmer) and the zero-width
joiners of Sinhala, Persian and Urdu: `re` counts none of them as a word character, so
`[^\\W\\d_]+` cuts "ภานุวัฒน์" or "විරාජ්" into pieces. Name rules put `MARKS` in their
word classes (`[\\w{MARKS}'-]`) to read such a word whole.
"""

from __future__ import annotations

import unicodedata

__all__ = ["MARKS", "word_chars"]

_RANGES = ((0x0300, 0x036F), (0x0900, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF))


def _marks() -> str:
    return (
        "".join(
            chr(c)
            for lo, hi in _RANGES
            for c in range(lo, hi + 1)
            if unicodedata.category(chr(c)).startswith("M")
        )
        + "\u200c\u200d"
    )


MARKS = _marks()


def word_chars(word: str) -> bool:
    """Every character of `word` a letter or a mark (no digit, no underscore)."""
    return all(c.isalpha() or c in MARKS for c in word)
