"""Cells below a birth-date column header in CSV exports, tab or pipe tables and lists.

    Order no.,Name,Date of birth,Total          Дата рождения;Телефон       出生日期
    4500593786,Jo Bell,23/06/1943,915.74        19.04.1986;+7 301 507-98-80 1998年7月9日

A header cell that is a birth cue ("Date of birth", "Datum narození", "出生日期", from the
cue list of `_birth_dates`) names its column; the cells of that column in the rows below are
the candidates, which `_birth_dates` then keeps when they are whole dates. Cells are split
on the header's delimiter (`,`, `;`, tab or `|`, whichever it has most; with none, runs of
two spaces or more, as fixed-width reports align columns), with double quotes respected
("90 Mill Lane, Leeds" is one cell). A fixed-width row with one cell more than its header,
the first an index ("0", "17"), is a data-frame printout's (pandas `df.head()`): its cells
are read one further on; a row whose value fills its column (one space to the next
cell) is read at the header cell's character column. A table ends at a blank line or a row with
another number of cells (a rule line right below the header, "-----" or "|---|---|",
is skipped whatever its cells); a one-column list ends at its first cell that is no date, so a
vertical form ("DOB", date, "Appointment", date) gives only the first date.

HTML tables (`<tr><th>Date of birth</th>...`, on one line or many) are read the same way,
by cells of `<tr>` rows (`html_column_cells`), and so are SQL inserts (`INSERT INTO t
(name, dob) VALUES ('Ann', '1985-03-12'), ...`: `sql_column_cells`).

Each line is read at most once per table and lines inside a table are not read again as
headers: linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence

__all__ = ["column_cells", "html_column_cells", "sql_column_cells"]

_DELIMITERS = (",", ";", "\t", "|")
# What may surround a header cue in its cell: quotes, spaces, a colon, a unit hint.
_CELL_TRIM = " \t\r\"'`:：*#"
_HEADER_REST_RE = re.compile(r"[^\d\n]{0,24}")


# A rule line below a header, whatever its cells: dashes, equals signs or box lines,
# with pipes, pluses, colons and spaces between.
_RULE_RE = re.compile(r"[ \t]*[|+:]?[ \t]*[-=_─━═]{3,}[-=_─━═|+: \t]*(?=\n)")

_SPACES = "  "  # fixed-width columns: cells apart by two spaces or more
_SPACES_RE = re.compile(r" {2,}")


def _cells(text: str, a: int, b: int, delim: str | None) -> list[tuple[int, int]]:
    """(start, end) of each cell of the line text[a:b], double quotes respected."""
    if delim is None:
        return [(a, b)]
    out: list[tuple[int, int]] = []
    start = a
    if delim == _SPACES:
        for m in _SPACES_RE.finditer(text, a, b):
            if m.start() > a:
                out.append((start, m.start()))
            start = m.end()
        out.append((start, b))
        return out
    quoted = False
    for i in range(a, b):
        c = text[i]
        if c == '"':
            # A quote opens a field only at its start (CSV): one inside a word is a letter
            # of the cell ('דוא"ל', the Hebrew abbreviation mark written as a quote).
            if quoted or not text[start:i].strip():
                quoted = not quoted
        elif c == delim and not quoted:
            out.append((start, i))
            start = i + 1
    out.append((start, b))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _CELL_TRIM:
        a += 1
    while b > a and text[b - 1] in _CELL_TRIM:
        b -= 1
    return a, b


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def column_cells(
    text: str,
    cues: Sequence[re.Match[str]],
    is_date: Callable[[int, int], bool],
    header_ok: Callable[[str], bool],
) -> Iterator[tuple[int, int, re.Match[str]]]:
    """(start, end, header cue) of each cell under a birth-cue column header.

    Args:
        text: the text to scan.
        cues: birth cues found in it, in order.
        is_date: whether text[start:end] is a whole date (one-column lists end at a cell
            that is not).
        header_ok: whether a header cell's text names a birth date (no other event).
    """
    done = 0  # end of the last table read: its lines are no headers
    # The header line of the previous cue, kept while cues stay on it: a long line of cues
    # is split once, not once per cue.
    line: tuple[int, int, str | None, list[tuple[int, int]], list[int]] | None = None
    prev_end = 0
    for cue in cues:
        if cue.start() < done:
            continue
        if line is None or text.find("\n", prev_end, cue.start()) != -1:
            line_start = text.rfind("\n", prev_end if line is not None else 0, cue.start()) + 1
            line_end = _line_end(text, cue.end())
            header = text[line_start:line_end]
            n, delim = max((_count_outside_quotes(header, d), d) for d in _DELIMITERS)
            if not n and _SPACES in header.strip():
                n, delim = 1, _SPACES
            cells = _cells(text, line_start, line_end, delim if n else None)
            line = (line_start, line_end, delim if n else None, cells, [c[0] for c in cells])
        prev_end = cue.end()
        line_start, line_end, sep, cells, starts = line
        if line_end >= len(text):
            continue  # no rows below
        col = bisect.bisect_right(starts, cue.start()) - 1
        a, b = _trim(text, *cells[col])
        if not (
            a <= cue.start()
            and cue.end() <= b
            and _HEADER_REST_RE.fullmatch(text, a, cue.start())
            and _HEADER_REST_RE.fullmatch(text, cue.end(), b)
        ):
            continue  # the cue is not the cell's heading ("DOB: 12/03/1985")
        if not header_ok(text[a:b]):
            continue
        pos = line_end + 1
        rule = _RULE_RE.match(text, pos)
        if rule is not None:
            pos = rule.end() + 1  # the header's underline ("-----", "|---|:--|", "===")
        while pos < len(text):
            end = _line_end(text, pos)
            if not text[pos:end].strip():
                break
            row = _cells(text, pos, end, sep)
            shift = 0
            if len(row) != len(cells):
                if sep != _SPACES:
                    break
                if _indexed_row(text, row, len(cells)):
                    shift = 1  # a data-frame printout: each row opens with its index
                else:
                    # A value that fills its column leaves one space to the next: the
                    # cell is read at the header's character column.
                    span = _at_column(text, pos, end, cells[col][0] - line_start)
                    if span is None or not is_date(*span):
                        break
                    yield span[0], span[1], cue
                    pos = end + 1
                    continue
            a, b = _trim(text, *row[col + shift])
            if a < b:
                if is_date(a, b):
                    yield a, b, cue
                elif len(cells) == 1:
                    break
            pos = end + 1
        done = pos
        line = None


# A data-frame printout's row index: "0", "17", or a label pandas prints ("r1", "a-3").
_INDEX_CELL_RE = re.compile(r"\d{1,7}|[A-Za-z][\w-]{0,11}")


def _indexed_row(text: str, row: list[tuple[int, int]], n_header: int) -> bool:
    """Whether a fixed-width row is a header's row behind an index cell (pandas):

       name      dob
    0  Ann Lee   1985-03-12
    """
    if len(row) != n_header + 1:
        return False
    a, b = row[0]
    return _INDEX_CELL_RE.fullmatch(text, a, b) is not None


_OVERFLOW = 8  # most characters a cell may push the next one to the right


def _at_column(text: str, pos: int, end: int, column: int) -> tuple[int, int] | None:
    """The cell of a fixed-width row that starts at character `column` (one space or more
    before it), up to two spaces or the line's end."""
    a = pos + column
    if pos < a < end and text[a - 1] != " " and (text[a] != " " or text[a + 1 : a + 2] > " "):
        t = text.rfind(" ", pos, a) + 1
        if t - pos >= 2 and text[t - 2 : t] == "  " and a - t <= _OVERFLOW and text[a] != " ":
            # An earlier cell shorter than its column: the value starts a little left.
            m = _SPACES_RE.search(text, a, end)
            return t, m.start() if m else end
        return _overflowed(text, pos, end, a)
    if a >= end or text[a] == " " or (a > pos and text[a - 1] != " "):
        return None
    m = _SPACES_RE.search(text, a, end)
    return a, m.start() if m else end


def _overflowed(text: str, pos: int, end: int, a: int) -> tuple[int, int] | None:
    """The cell at column `a` of a fixed-width row whose earlier cell overflows its column
    ("SIBRIAN RODRIGUEZ/DANILO ALEJANDRO A15279558  12/06/1956"): the last word of the
    single-spaced run at `a` if it starts at or after `a`, else the next run's cell; either
    within a few characters of `a`."""
    gap = _SPACES_RE.search(text, a, end)
    run_end = gap.start() if gap else end
    last = text.rfind(" ", pos, run_end) + 1
    if a <= last <= a + _OVERFLOW:
        return last, run_end
    if gap is not None and gap.end() <= a + _OVERFLOW:
        nxt = _SPACES_RE.search(text, gap.end(), end)
        return gap.end(), nxt.start() if nxt else end
    return None


def _count_outside_quotes(line: str, delim: str) -> int:
    if '"' not in line:
        return line.count(delim)
    return len(_cells(line, 0, len(line), delim)) - 1


# HTML tables: <tr> rows of <th>/<td> cells, on one line or many. Tag bodies are bounded
# so that a stray "<td" without ">" costs a bounded look-ahead, not a scan to the end.
_HTML_TAG_RE = re.compile(r"<(/?)(tr|td|th|table)\b[^<>]{0,200}>", re.IGNORECASE)
_INNER_TAG_RE = re.compile(r"<[^<>]{0,200}>")


def _html_rows(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(table number, row start, [(content start, content end) per cell]) per <tr> row."""
    rows: list[tuple[int, int, list[tuple[int, int]]]] = []
    table = 0
    cells: list[tuple[int, int]] | None = None
    cell_start: int | None = None

    def close_cell(end: int) -> None:
        nonlocal cell_start
        if cells is not None and cell_start is not None:
            cells.append((cell_start, end))
        cell_start = None

    for m in _HTML_TAG_RE.finditer(text):
        closing, tag = m.group(1), m.group(2).lower()
        close_cell(m.start())
        if tag == "table":
            cells = None
            table += 1
        elif tag == "tr":
            cells = None
            if not closing:
                cells = []
                rows.append((table, m.start(), cells))
        elif not closing and cells is not None:
            cell_start = m.end()
    close_cell(len(text))
    return rows


def _html_trim(text: str, a: int, b: int) -> tuple[int, int]:
    """A cell's content without surrounding spaces and inline tags (`<b>`, `<span ...>`)."""
    while True:
        a0, b0 = a, b
        a, b = _trim(text, a, b)
        if a < b and text[a] == "<" and (m := _INNER_TAG_RE.match(text, a, b)):
            a = m.end()
        if a < b and text[b - 1] == ">":
            j = text.rfind("<", a, b)
            if j != -1 and _INNER_TAG_RE.fullmatch(text, j, b):
                b = j
        if (a, b) == (a0, b0):
            return a, b


def html_column_cells(
    text: str,
    cues: Sequence[re.Match[str]],
    is_date: Callable[[int, int], bool],
    header_ok: Callable[[str], bool],
) -> Iterator[tuple[int, int, re.Match[str]]]:
    """(start, end, header cue) of each cell under a birth-cue header cell of an HTML table
    (same arguments as `column_cells`)."""
    rows = _html_rows(text)
    if not rows:
        return
    row_starts = [start for _, start, _ in rows]
    done = 0  # rows up to here were read below a header: they are no headers
    for cue in cues:
        r = bisect.bisect_right(row_starts, cue.start()) - 1
        if r < done:
            continue
        table, _, cells = rows[r]
        col = bisect.bisect_right([a for a, _ in cells], cue.start()) - 1
        if col < 0 or cue.end() > cells[col][1]:
            continue
        a, b = _html_trim(text, *cells[col])
        heading = _INNER_TAG_RE.sub("", text[a:b])
        if any(c.isdigit() for c in heading) or len(heading) > len(cue.group(0)) + 48:
            continue
        if not header_ok(heading):
            continue
        r += 1
        while r < len(rows) and rows[r][0] == table and len(rows[r][2]) == len(cells):
            a, b = _html_trim(text, *rows[r][2][col])
            if a < b and is_date(a, b):
                yield a, b, cue
            r += 1
        done = r


# SQL: INSERT INTO t (name, dob) VALUES ('Ann', '1985-03-12'), (...);
_SQL_INSERT_RE = re.compile(
    r"\binsert\s+into\s+[^\s(]{1,128}\s*\((?P<cols>[^()]{1,2000})\)\s*values\s*", re.IGNORECASE
)


def _sql_tuples(text: str, pos: int) -> tuple[list[list[tuple[int, int]]], int]:
    """The value tuples from `pos` on, each a list of (start, end) per value, quotes
    respected (up to the first thing that is not `(...)` and a comma), and where they end."""
    n = len(text)
    tuples: list[list[tuple[int, int]]] = []
    while pos < n and text[pos] == "(":
        values: list[tuple[int, int]] = []
        start, quote, i = pos + 1, "", pos + 1
        while i < n:
            c = text[i]
            if quote:
                if c == quote:
                    quote = ""
            elif c in "'\"":
                quote = c
            elif c in ",)":
                values.append((start, i))
                start = i + 1
                if c == ")":
                    break
            i += 1
        else:
            return tuples, n  # unclosed: read to the end once
        tuples.append(values)
        pos = i + 1
        while pos < n and text[pos] in " \t\r\n":
            pos += 1
        if pos < n and text[pos] == ",":
            pos += 1
            while pos < n and text[pos] in " \t\r\n":
                pos += 1
    return tuples, pos


def sql_column_cells(
    text: str,
    is_cue: Callable[[str], bool],
    is_date: Callable[[int, int], bool],
) -> Iterator[tuple[int, int, str]]:
    """(start, end, column name) of each value of a birth-date column in SQL INSERTs.

    Args:
        text: the text to scan.
        is_cue: whether a column name names a birth date (`dob`, `fecha_nacimiento` ...).
        is_date: whether text[start:end] is a whole date.
    """
    done = 0  # end of the last values read: no statement starts inside them
    for m in _SQL_INSERT_RE.finditer(text):
        if m.start() < done:
            continue
        cols = [c.strip(" \t\r\n`\"'[]") for c in m.group("cols").split(",")]
        wanted = [i for i, c in enumerate(cols) if is_cue(c)]
        if not wanted:
            continue
        tuples, done = _sql_tuples(text, m.end())
        for values in tuples:
            if len(values) != len(cols):
                break
            for i in wanted:
                a, b = _trim(text, *values[i])
                if a < b and is_date(a, b):
                    yield a, b, cols[i]
