"""What the tables of national-id schemes (`_national_ids*.py`) are written with.

Each table lists schemes as (name, pattern, validator, cue or None): the pattern is
bounded by ASCII letters and digits only (CJK or Arabic text round a number is no word
of it), the cue is a case-blind alternation of words, and many validators are "digits
only, of these lengths, not a placeholder" or hold a calendar date.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

__all__ = ["B", "E", "Scheme", "cue", "date_ok", "digits_of"]

B = r"(?<![A-Za-z0-9])"  # ASCII boundaries: CJK text around a number is not a word
E = r"(?![A-Za-z0-9])"

# (name, pattern, validator, cue or None when the shape and check suffice)
Scheme = tuple[str, re.Pattern[str], Callable[[str], bool], re.Pattern[str] | None]


def cue(words: str) -> re.Pattern[str]:
    """A case-blind pattern of the cue words (an alternation, "cédula|\\bci\\b")."""
    return re.compile(r"(?i)(?:" + words + r")")


def digits_of(*lengths: int, distinct: int = 3) -> Callable[[str], bool]:
    """A validator: digits only, one of `lengths` long, with `distinct` different digits
    or more ("1111111", "1212121" are placeholders)."""

    def valid(v: str) -> bool:
        return v.isdigit() and len(v) in lengths and len(set(v)) >= distinct

    return valid


def date_ok(year: int, month: int, day: int) -> bool:
    """Whether the year, month and day make a calendar date."""
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True
