"""Dates in an era's years taken for names (docs/privacy_tagger.md, "Span rules, third pass").

Taiwan writes years in the Republic's era ("民國112年3月1日", the 112th year), Japan in
its emperors' ("令和5年", "平成30年"), Korea's and Thailand's old documents in theirs; the
tagger, which reads the era's two characters as a Han name, finds "民國112" or "於民國115"
as a person. A person span is dropped when it holds an era's name right before a year's
digits, or when it ends in digits right before "年" (a year).
"""

from __future__ import annotations

import re

__all__ = ["era_date"]

_ERA_RE = re.compile(
    r"(?:民國|民国|中華民國|令和|平成|昭和|大正|明治|檀紀|단기|佛曆|พ\.ศ\.)[ \t]*[\d元]"
)
_YEAR_END_RE = re.compile(r"\d[ \t]*\Z")


def era_date(text: str, start: int, end: int) -> bool:
    """Whether the person span is (part of) a date written in an era's years."""
    if _ERA_RE.search(text, start, min(len(text), end + 2)) is not None:
        return True
    return text[end : end + 1] == "年" and _YEAR_END_RE.search(text, start, end) is not None
