"""Phone numbers in delimited rows (CSV, TSV, `;` or `|` tables): the column says what a
field is, not the text right before it.

In a table the text before a field is the previous field or the end of the previous row
("...;PESEL\\n512 661 890"), so the cue words of `_phone_cues.py` read there say nothing
about it; and a neighbour field glued by the delimiter ("#573738,+20 10 0099 7783,11 ...")
is no decimal part. What says what a field is, is its column's name in the header row:
"Telefon", "電話番号", "Phone" vouch for a number, "Order no.", "Bestellnummer", "卡号"
speak against it. Any language the cue tables know works, in any column order.

A row is a line split by its most frequent delimiter among `,` `;` tab `|`; its block is
the run of lines right above it with the same delimiter and the same number of fields;
the block's first line is the header when no field of it holds a digit run of three or
more. A line with no header above it counts as a row only with three fields or more
("93.041.783,03" is an amount, not two fields). A field counts as a number's field only when it holds nothing but that number
(digits, spaces, `+()-./`, quotes).

Lines are indexed once per text and the answers kept until `forget()` (the scan calls it
through `forget_runs()`), so a table of any size costs linear time.
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass

__all__ = ["Field", "field_at", "forget"]

_DELIMITERS = ",;\t|"
_MAX_LINE = 4000  # longer lines are no table rows (and are not split)
_NUMBER_FIELD_RE = re.compile(r"[\s\"']*\+?[\d\s().\-/]*[\d)][\s\"']*")
_DIGIT_RUN_RE = re.compile(r"\d{3}")


@dataclass(frozen=True, slots=True)
class Field:
    """A number's field in a delimited row.

    Args:
        column: the header's name for the column, or None without a header row.
        delimiter: the row's delimiter.
    """

    column: str | None
    delimiter: str


@dataclass
class _Index:
    text: str
    starts: list[int]  # where each line starts
    shape: dict[int, tuple[str, int] | None]  # line -> (delimiter, fields)
    header: dict[int, int | None]  # line -> its block's header line


_cache = threading.local()


def forget() -> None:
    """Drops the line index (and with it the reference to the last text)."""
    _cache.value = None


def _index(text: str) -> _Index:
    idx: _Index | None = getattr(_cache, "value", None)
    if idx is None or idx.text is not text:
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", text))
        idx = _Index(text, starts, {}, {})
        _cache.value = idx
    return idx


def _line(idx: _Index, i: int) -> str:
    a = idx.starts[i]
    b = idx.starts[i + 1] - 1 if i + 1 < len(idx.starts) else len(idx.text)
    return idx.text[a:b]


def _shape(idx: _Index, i: int) -> tuple[str, int] | None:
    if i in idx.shape:
        return idx.shape[i]
    a = idx.starts[i]
    b = idx.starts[i + 1] - 1 if i + 1 < len(idx.starts) else len(idx.text)
    shape: tuple[str, int] | None = None
    if b - a <= _MAX_LINE:
        line = idx.text[a:b]
        counts = [(line.count(d), d) for d in _DELIMITERS]
        n, d = max(counts)
        if n >= 1:
            shape = (d, n + 1)
    idx.shape[i] = shape
    return shape


def _header(idx: _Index, i: int) -> int | None:
    """The header line of the block that line `i` is in, or None."""
    if i in idx.header:
        return idx.header[i]
    shape = _shape(idx, i)
    # Walk up to the block's first line, then fill the answers in on the way back.
    walked = [i]
    j = i
    while j > 0 and (j - 1) not in idx.header and _shape(idx, j - 1) == shape:
        j -= 1
        walked.append(j)
    if j > 0 and (j - 1) in idx.header and _shape(idx, j - 1) == shape:
        top = idx.header[j - 1]
    elif shape is not None and not _DIGIT_RUN_RE.search(_line(idx, j)):
        top = j  # the block's first line, a header: no numbers in it
    else:
        top = None
    for k in walked:
        idx.header[k] = top
    return top


def field_at(text: str, start: int) -> Field | None:
    """The table field that a number starting at `start` fills alone, or None when it is
    not alone in a field of a delimited row.

    Args:
        text: the scanned text.
        start: where the number (its run of digit groups) starts.
    """
    idx = _index(text)
    i = bisect.bisect_right(idx.starts, start) - 1
    shape = _shape(idx, i)
    if shape is None:
        return None
    delimiter, count = shape
    line_start = idx.starts[i]
    a = text.rfind(delimiter, line_start, start) + 1 or line_start
    b = text.find(delimiter, start, line_start + _MAX_LINE)
    line_end = idx.starts[i + 1] - 1 if i + 1 < len(idx.starts) else len(text)
    if b == -1 or b > line_end:
        b = line_end
    if not _NUMBER_FIELD_RE.fullmatch(text, a, b):
        return None
    if text[a:start].strip(" \t\"'+(") != "":
        return None  # something other than the number stands before it in the field
    top = _header(idx, i)
    if top is None or top == i:
        # One delimiter in a lone line is no table ("93.041.783,03" is an amount).
        return Field(None, delimiter) if count >= 3 else None
    column = text.count(delimiter, line_start, a)
    names = _line(idx, top).split(delimiter)
    name = names[column].strip(" \t\"'\r") if column < len(names) else None
    return Field(name or None, delimiter)
