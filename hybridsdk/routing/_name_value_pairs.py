"""Fields written as name/value objects, whose value's meaning is in a sibling key.

    {"name": "birth_date", "value": "1955-11-06"}      (HAR params, form and header lists)
    {"key": "dob", "value": "12/03/1985"}              (settings and attribute arrays)
    <param name="dob" value="1985-03-12"/>

A JSON object or XML element that holds a field's name under "name", "key", "field" or
"attribute" and its value under "value" is the field itself; `name_value_pairs` gives
each such pair's name and value span, so that a detector can read "birth_date" there as
it reads a JSON key (`"birth_date": "1955-11-06"`). The name must come first and the two
keys must be neighbours (nothing but spaces and a comma between).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["name_value_pairs"]

_PAIR_RE = re.compile(
    r"""(?P<q>["']?)(?:name|key|field|attribute|param)(?P=q)\s*[:=]\s*(?P<q2>["'])"""
    r"""(?P<name>[^"'\n]{1,48})(?P=q2)\s*,?\s*(?P<q3>["']?)value(?P=q3)\s*[:=]\s*"""
    r"""(?P<q4>["'])(?P<value>[^"'\n]{1,80})(?P=q4)""",
    re.IGNORECASE,
)


def name_value_pairs(text: str) -> Iterator[tuple[str, int, int]]:
    """(name, value start, value end) of each name/value pair in `text`."""
    if "value" not in text and "VALUE" not in text and "Value" not in text:
        return
    for m in _PAIR_RE.finditer(text):
        yield m.group("name"), *m.span("value")
