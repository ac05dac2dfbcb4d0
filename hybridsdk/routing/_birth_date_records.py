"""Birth dates in a labelled person line: "Applicant: Ann Lee, 12/03/1985, 4 Elm Row".

Statements, complaints and registers write a person as one line: a role label and its
colon, the name, the date of birth, the address, all apart by commas, with no word
saying "born". The date counts when the line has that shape:

- a label of one to three words and a colon opening the line ("Applicant:",
  "Requerente:", "Заявитель:", "আবেদনকারী:"),
- a name of two to four words, each opening with a capital in cased scripts,
- a comma, a whole date of a person twelve years old or more, and a comma with more
  of the record after it.

A label naming a date or an event ("Date:", "Meeting:", "Invoice:") is no person's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

__all__ = ["record_line_dates"]

_LINE_RE = re.compile(
    r"(?m)^[^\S\n]*(?P<label>[^\W\d_][^\n:：,;.\d]{0,40}?)"
    r"[^\S\n]*[:：][^\S\n]*"
    r"(?P<name>[^\W\d_][^\W\d_'\u2019.-]*(?:[^\S\n]+[^\W\d_][^\W\d_'\u2019.-]*){1,3}),[^\S\n]*"
)
_NOT_A_PERSON_LABEL_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:date|datum|fecha|data|дата|tarix|event|meeting|invoice|order|company|firm|"
    r"subject|re$|betreff|asunto|objet|oggetto|project|venue|location|place|lugar|"
    r"ort|local|route|flight|vessel|ship|supplier|vendor|client\s+company|employer)"
)


def _name_ok(name: str) -> bool:
    for word in name.split():
        first = word[0]
        if first.isupper() or not (first.islower() or first.isupper()):
            continue  # a capital, or a script without case (Bengali, Georgian, Arabic)
        return False
    return True


def record_line_dates(
    text: str,
    date_at: Callable[[str, int], tuple[int, int] | None],
    year_of: Callable[[int, int], int | None],
    max_year: int,
) -> Iterator[tuple[int, int]]:
    """(start, end) of each birth date in a labelled person line.

    Args:
        text: the text to scan.
        date_at: the span of a plausible birth date starting at a position, if any.
        year_of: the year of the date text[start:end].
        max_year: this year.
    """
    for m in _LINE_RE.finditer(text):
        label = m.group("label")
        if len(label.split()) > 3 or _NOT_A_PERSON_LABEL_RE.search(label):
            continue
        if not _name_ok(m.group("name")):
            continue
        span = date_at(text, m.end())
        if span is None:
            continue
        a, b = span
        rest = text[b : b + 3]
        if not rest.startswith(",") or not rest[1:].strip(" \t"):
            continue  # the record goes on after the date
        year = year_of(a, b)
        if year is None or year > max_year - 12:
            continue
        yield a, b
