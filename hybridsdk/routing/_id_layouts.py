"""The label of a value laid out as a field of a record: an SQL INSERT's column or an
XML element's tag and attributes.

`field_label_span(text, start, end)` returns where the words naming the value are:

- SQL: `INSERT INTO t (full_name, national_id, ...) VALUES ('Ann', '90010112345', ...)`;
  a value's label is its column's name (several tuples, quoted strings with `''`
  escapes, numbers, NULL);
- XML: `<id type="passport no.">X1234567</id>`, `<document kind="taj">...</document>`,
  `<passportNumber>...</passportNumber>`; the label is the start tag (element name and
  attribute values);
- HTML tables: a `<td>` below the first row is labelled by the first row's cell of its
  column (`<tr><th>Passport</th>...` above `<tr><td>X1234567</td>...`).

The value must fill its field (a quoted SQL literal or the element's whole text):
"12 Main St" inside `<street>` is no id. Tables (CSV, TSV, pipe and Markdown) are read by
`_id_fields.column_header_span`.

Every statement is parsed once per text (kept for the last text, as the id detectors ask
about the same text in a row), so a long INSERT costs one pass.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["field_label_span"]

_INSERT_RE = re.compile(
    r"(?i)\binsert\s+into\s+[\w.`\"\[\]]+\s*\(([^()\n]{1,2000})\)\s*values\s*", re.ASCII
)
_last: tuple[str, list[int], list[tuple[int, int, int, int]]] | None = None


def _column_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = a
    for i in range(a, b + 1):
        if i == b or text[i] == ",":
            piece = text[start:i]
            lead = len(piece) - len(piece.lstrip(' \t\n`"[')) + start
            trail = i - (len(piece) - len(piece.rstrip(' \t\n`"]')))
            spans.append((lead, max(lead, trail)))
            start = i + 1
    return spans


def _sql_values(text: str) -> tuple[list[int], list[tuple[int, int, int, int]]]:
    """(value starts, (start, end, column start, column end)) of every quoted or bare
    value in the text's INSERT statements, sorted by start."""
    global _last
    if _last is not None and _last[0] is text:
        return _last[1], _last[2]
    items: list[tuple[int, int, int, int]] = []
    if "INSERT" in text or "insert" in text or "Insert" in text:
        for m in _INSERT_RE.finditer(text):
            columns = _column_spans(text, m.start(1), m.end(1))
            items.extend(_tuples(text, m.end(), columns))
    items.sort()
    _last = (text, [s for s, *_ in items], items)
    return _last[1], _last[2]


def _tuples(text: str, i: int, columns: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Walks `(v, v, ...), (...)` from `i`: each value's span inside its quotes, with its
    column's span. Stops at the first character that is not part of the list."""
    out: list[tuple[int, int, int, int]] = []
    n = len(text)
    while i < n:
        while i < n and text[i] in " \t\r\n":
            i += 1
        if i >= n or text[i] != "(":
            break
        i += 1
        col = 0
        while i < n:
            while i < n and text[i] in " \t\r\n":
                i += 1
            if i >= n:
                return out
            if text[i] in "'\"":
                quote, j = text[i], i + 1
                while j < n:
                    if text[j] == quote:
                        if text[j + 1 : j + 2] == quote:
                            j += 2
                            continue
                        break
                    if text[j] == "\n" and j - i > 400:
                        break
                    j += 1
                start, end = i + 1, j
                i = j + 1
            else:
                j = i
                while j < n and text[j] not in ",)\n":
                    j += 1
                start, end = i, j
                while end > start and text[end - 1] in " \t":
                    end -= 1
                i = j
            if col < len(columns) and end > start:
                out.append((start, end, *columns[col]))
            col += 1
            while i < n and text[i] in " \t\r\n":
                i += 1
            if i < n and text[i] == ",":
                i += 1
                continue
            if i < n and text[i] == ")":
                i += 1
                break
            return out
        while i < n and text[i] in " \t\r\n":
            i += 1
        if i < n and text[i] == ",":
            i += 1
            continue
        break
    return out


_START_TAG_RE = re.compile(
    r"<([A-Za-z_][\w.:-]{0,60})((?:\s+[\w:.-]{1,40}\s*=\s*(?:\"[^\"<>\n]{0,80}\"|'[^'<>\n]{0,80}'))*)\s*>"
)
_MAX_TAG = 240


def _xml_label(text: str, start: int, end: int) -> tuple[int, int] | None:
    lead = start
    while lead > 0 and text[lead - 1] in " \t":
        lead -= 1
    if text[lead - 1 : lead] != ">":
        return None
    tail = end
    while tail < len(text) and text[tail] in " \t":
        tail += 1
    if text[tail : tail + 2] != "</":
        return None
    lt = text.rfind("<", max(0, lead - _MAX_TAG), lead)
    if lt < 0:
        return None
    m = _START_TAG_RE.fullmatch(text, lt, lead)
    if m is None or not text.startswith(m.group(1), tail + 2):
        return None  # not an element's whole text (`</` of another element)
    return lt + 1, lead - 1


_HTML_TABLE_RE = re.compile(r"(?i)<table\b|</table>|<tr\b[^<>]{0,200}>|<t([hd])\b[^<>]{0,200}>")
_last_html: tuple[str, list[int], list[tuple[int, int, int, int]]] | None = None


def _html_cells(text: str) -> tuple[list[int], list[tuple[int, int, int, int]]]:
    """(cell starts, (content start, content end, header start, header end)) of the
    cells of every HTML table's rows below its first row, sorted: a cell's label is the
    first row's cell in the same column. One pass over the tags, kept for the last text."""
    global _last_html
    if _last_html is not None and _last_html[0] is text:
        return _last_html[1], _last_html[2]
    items: list[tuple[int, int, int, int]] = []
    header: list[tuple[int, int]] = []
    row: list[tuple[int, int]] = []
    rows = 0

    def close_row() -> None:
        nonlocal header, row, rows
        if row:
            if rows == 0:
                header = row
            else:
                items.extend((a, b, *header[k]) for k, (a, b) in enumerate(row) if k < len(header))
            rows += 1
        row = []

    for m in _HTML_TABLE_RE.finditer(text):
        tag = m.group(0).lower()
        if tag.startswith(("<table", "</table")):
            close_row()
            header, rows = [], 0
        elif tag.startswith("<tr"):
            close_row()
        else:
            end = text.find("<", m.end())
            if end < 0:
                break
            a, b = m.end(), end
            while a < b and text[a] in " \t\r\n":
                a += 1
            while b > a and text[b - 1] in " \t\r\n":
                b -= 1
            row.append((a, b))
    close_row()
    items.sort()
    _last_html = (text, [a for a, *_ in items], items)
    return _last_html[1], _last_html[2]


def _html_label(text: str, start: int, end: int) -> tuple[int, int] | None:
    starts, items = _html_cells(text)
    k = bisect.bisect_right(starts, start) - 1
    if k < 0:
        return None
    a, b, ha, hb = items[k]
    return (ha, hb) if (a, b) == (start, end) else None


def field_label_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the label of the value text[start:end] is when the value fills an SQL
    INSERT value or an XML element: the column name, or the start tag's inside.

    Args:
        text: the whole text.
        start: where the value starts.
        end: where it ends.
    """
    label = _xml_label(text, start, end)
    if label is not None:
        if text[label[0] : label[1]].split(None, 1)[0].lower() not in ("td", "th"):
            return label
        # an HTML table cell: its label is the header cell of its column
        return _html_label(text, start, end)
    if "(" not in text:
        return None
    starts, items = _sql_values(text)
    k = bisect.bisect_right(starts, start) - 1
    if k < 0:
        return None
    s, e, ca, cb = items[k]
    if text[s:e].strip() != text[start:end] or not s <= start < end <= e:
        return None
    return ca, cb
