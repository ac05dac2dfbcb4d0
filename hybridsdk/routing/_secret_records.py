"""Passwords in the fixed columns of two record formats, where no cue stands beside the
value (session 12, ninth set):

- PostgreSQL's password file (`~/.pgpass`, `PGPASSFILE`): one
  `hostname:port:database:username:password` line per server, any of the first four
  fields `*`. The line's shape says which field is the password.
- Zeek logs (`http.log` and the like): a `#fields` header names the tab-separated
  columns; the cells of a column named as a credential (`password`) are secrets, unless
  they are Zeek's unset (`-`) or empty (`(empty)`) marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

__all__ = ["record_secrets"]

# host (a name, an address or "*"), port (digits or "*"), database, user, password; a
# password may hold an escaped colon ("\:"), no other one.
_PGPASS_RE = re.compile(
    r"^[ \t]*(?P<host>[A-Za-z0-9][A-Za-z0-9.-]{0,253}|\*|\[[0-9A-Fa-f:.]+\]):(?:\d{1,5}|\*):"
    r"(?P<db>[^\s:]{1,63}):(?P<user>[^\s:]{1,63}):(?P<pw>(?:\\:|[^\s:]){1,256})[ \t]*\r?$",
    re.MULTILINE,
)
_ZEEK_FIELDS_RE = re.compile(r"^#fields\t(?P<names>[^\n]+)$", re.MULTILINE)
_ZEEK_UNSET = frozenset({"-", "(empty)", ""})


def _named(field: str) -> bool:
    """A database or user field: a name with a letter in it, or "*"."""
    return field == "*" or any(c.isalpha() for c in field)


def _pgpass_lines(text: str) -> Iterator[tuple[int, int]]:
    for m in _PGPASS_RE.finditer(text):
        host = m.group("host")
        if not (host == "*" or host.startswith("[") or any(c.isalpha() or c == "." for c in host)):
            continue  # "10:20:30:ab:cd": no host
        if _named(m.group("db")) and _named(m.group("user")):
            yield m.start("pw"), m.end("pw")


def _zeek_columns(text: str, is_secret_column: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    for header in _ZEEK_FIELDS_RE.finditer(text):
        names = header.group("names").rstrip("\r").split("\t")
        wanted = [i for i, name in enumerate(names) if is_secret_column(name)]
        if not wanted:
            continue
        pos = header.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            line = text[pos:end].rstrip("\r")
            if line.startswith("#fields"):
                break  # the next log's own header
            if line and not line.startswith("#"):
                cells = line.split("\t")
                if len(cells) == len(names):
                    offsets, at = [], pos
                    for cell in cells:
                        offsets.append(at)
                        at += len(cell) + 1
                    for i in wanted:
                        if cells[i] not in _ZEEK_UNSET:
                            yield offsets[i], offsets[i] + len(cells[i])
            pos = end + 1


def record_secrets(text: str, is_secret_column: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Passwords in `.pgpass` lines and in Zeek log columns named as credentials.

    Args:
        text: the text to scan.
        is_secret_column: whether a column's name names a credential ("password").
    """
    if ":" in text:
        yield from _pgpass_lines(text)
    if "#fields\t" in text:
        yield from _zeek_columns(text, is_secret_column)
