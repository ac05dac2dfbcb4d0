"""Keys of two catalogue and spreadsheet layouts for the structural reader (`_structure`):

- MARC 21 records as catalogues print them (`245 10 |a Title / |c Author.`, with `|`, `$`
  or `‡` before each subfield code): the subfield codes are keys, and each subfield is a
  field keyed `marc:<tag><code>` (`marc:100a`), so that only the subfields that hold a
  person's name (`marc_person`) keep names: a title, a place of publication, a
  cataloguing agency's code or a content type holds none;
- spreadsheet cell dumps (`A1 = 'Full name'`, `B2 = 'Ana Ruiz'`): the first row's values
  are the column headers (keys), and the cells under them are fields keyed by them.
"""

from __future__ import annotations

import re

__all__ = ["cell_dump", "marc_fields", "marc_person", "sheet_cells"]

Span = tuple[int, int]

_MARC_LINE_RE = re.compile(
    r"^[ \t]*=?(\d{3})[ \t]+[\d_#\\ ]{0,3}[ \t]*(?=[|$‡][a-z0-9])(.*)$", re.M
)
_SUBFIELD_RE = re.compile(r"[|$‡]([a-z0-9])[ \t]*([^|$‡\n]*)")
# Tags whose subfields may hold a person's name: the main, subject and added entries for
# persons (x00), the statement of responsibility (245 $c) and the notes that name people
# (general, contents, credits, performers, summary, biography, provenance); not the
# dissertation, bibliography or access notes.
_PERSON_TAGS = frozenset(
    [
        "100",
        "600",
        "700",
        "800",
        "720",
        "245c",
        "500",
        "505",
        "508",
        "511",
        "520",
        "545",
        "561",
        "590",
    ]
)


def marc_person(key: str) -> bool:
    """Whether a MARC field key (`marc:245c`) may hold a person's name."""
    return key[5:8] in _PERSON_TAGS or key[5:9] in _PERSON_TAGS


def marc_fields(text: str) -> tuple[list[Span], list[tuple[str, Span]]]:
    """The subfield codes (keys) and subfields (fields) of a MARC record's lines, when the
    text has three or more such lines."""
    lines = list(_MARC_LINE_RE.finditer(text))
    if len(lines) < 3:
        return [], []
    keys: list[Span] = []
    fields: list[tuple[str, Span]] = []
    for line in lines:
        tag = line.group(1)
        keys.append(line.span(1))
        for m in _SUBFIELD_RE.finditer(text, line.start(2), line.end(2)):
            keys.append((m.start(), m.start(1) + 1))
            a, b = m.span(2)
            while b > a and text[b - 1] in " \t":
                b -= 1
            if b > a:
                fields.append((f"marc:{tag}{m.group(1)}", (a, b)))
    return keys, fields


# A spreadsheet cell dump's line: "C1 = 'Cédula'", "Sheet1!$C$2 = '1234567'", "B3: 77120410"
# (col, row, and the value without its quotes and trailing blanks).
_CELL_RE = re.compile(
    r"^[ \t]*(?:[\w .-]{1,31}!)?\$?(?P<col>[A-Z]{1,3})\$?(?P<row>[1-9]\d{0,6})[ \t]*[=:][ \t]*"
    r"(?P<q>['\"]?)(?P<v>[^\n]*?)(?P=q)[ \t]*\r?$",
    re.MULTILINE,
)


def cell_dump(text: str) -> list[re.Match[str]]:
    """The lines of a spreadsheet cell dump, in order, each with its column (`col`), row
    (`row`) and value (`v`, possibly empty)."""
    return list(_CELL_RE.finditer(text))


def sheet_cells(text: str) -> tuple[list[Span], list[tuple[str, Span]]]:
    """The header cells (keys) of a spreadsheet dump and its other cells keyed by their
    column's header, when the text has three or more cells of its first row."""
    cells = cell_dump(text)
    head: dict[str, Span] = {}
    for m in cells:
        if m.group("row") == "1" and m.group("v") and not m.group("v").startswith("="):
            head[m.group("col")] = m.span("v")
    if len(head) < 3:
        return [], []
    fields: list[tuple[str, Span]] = []
    for m in cells:
        col = head.get(m.group("col"))
        if col is not None and m.group("row") != "1" and m.group("v"):
            fields.append((text[col[0] : col[1]], m.span("v")))
    return sorted(head.values()), fields
