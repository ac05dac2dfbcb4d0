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
    rows: dict[int, _Row | None]  # line -> its delimiters, None for no table row
    header: dict[int, int | None]  # line -> its block's header line


@dataclass(frozen=True, slots=True)
class _Row:
    delimiter: str
    cuts: list[int]  # where the delimiters outside double quotes are

    @property
    def shape(self) -> tuple[str, int]:
        return self.delimiter, len(self.cuts) + 1


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


def _bounds(idx: _Index, i: int) -> tuple[int, int]:
    a = idx.starts[i]
    b = idx.starts[i + 1] - 1 if i + 1 < len(idx.starts) else len(idx.text)
    return a, b


def _row(idx: _Index, i: int) -> _Row | None:
    """Line `i` as a table row: its most frequent delimiter outside double quotes
    ('"48 Main St, Springfield",...' is one field)."""
    if i in idx.rows:
        return idx.rows[i]
    a, b = _bounds(idx, i)
    row: _Row | None = None
    if b - a <= _MAX_LINE and '"' not in idx.text[a:b]:
        line = idx.text[a:b]  # no quotes: count and find in C
        best = max(_DELIMITERS, key=line.count)
        if best in line:
            row = _Row(best, [a + m.start() for m in re.finditer(re.escape(best), line)])
    elif b - a <= _MAX_LINE:
        cuts: dict[str, list[int]] = {d: [] for d in _DELIMITERS}
        quoted = False
        for k in range(a, b):
            c = idx.text[k]
            if c == '"':
                quoted = not quoted
            elif not quoted and c in cuts:
                cuts[c].append(k)
        best = max(_DELIMITERS, key=lambda d: len(cuts[d]))
        if cuts[best]:
            row = _Row(best, cuts[best])
    idx.rows[i] = row
    return row


def _shape(idx: _Index, i: int) -> tuple[str, int] | None:
    row = _row(idx, i)
    return None if row is None else row.shape


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
    elif shape is not None and not _DIGIT_RUN_RE.search(idx.text, *_bounds(idx, j)):
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
    row = _row(idx, i)
    if row is None:
        return None
    line_start, line_end = _bounds(idx, i)
    column = bisect.bisect_left(row.cuts, start)
    a = row.cuts[column - 1] + 1 if column else line_start
    b = row.cuts[column] if column < len(row.cuts) else line_end
    if not _NUMBER_FIELD_RE.fullmatch(text, a, b):
        return None
    if text[a:start].strip(" \t\"'+(") != "":
        return None  # something other than the number stands before it in the field
    top = _header(idx, i)
    if top is None or top == i:
        # One delimiter in a lone line is no table ("93.041.783,03" is an amount).
        return Field(None, row.delimiter) if len(row.cuts) >= 2 else None
    head = _row(idx, top)
    if head is None:
        return None
    h_start, h_end = _bounds(idx, top)
    cuts = [h_start - 1, *head.cuts, h_end]
    name = text[cuts[column] + 1 : cuts[column + 1]].strip(" \t\"'\r")
    return Field(name or None, row.delimiter)
