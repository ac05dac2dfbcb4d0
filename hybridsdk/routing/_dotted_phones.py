"""National phone numbers written with one dot, which read like decimals (issue 12,
session 9): "9412.0733" (Singapore, Malta: 4.4), "064.1234567" (Serbia: the trunk "0"
and the operator code, then the subscriber), "612.3344" (Iceland: 3.4).

The scanner takes a run of digits with one dot for an amount or a reading ("241318.34",
"55.804871"). These shapes are let through to the numbering-plan check (the phonenumbers
detector only, which knows the region's plan):

- a first group of two or more digits that starts with "0": no amount or reading is
  written "064.1234567";
- four digits, a dot, four digits: amounts take two decimals, and coordinates have at
  most three digits before the dot;
- three digits, a dot, four digits only with a phone cue before it or in a table column
  named a phone ("878.1985"), since "151.2093" may be a longitude.

And a dotted quad whose first group is a trunk "0" and more ("081.45.02.57" in Belgium,
"079.123.45.67" in Switzerland) is no IPv4 address: addresses are not written with a
leading zero.
"""

from __future__ import annotations

import re

from hybridsdk.routing._phone_context import has_phone_cue

__all__ = ["dotted_national", "trunk_quad"]

_TRUNK_DOTTED_RE = re.compile(r"0\d{1,3}\.\d{5,8}")
_FOUR_FOUR_RE = re.compile(r"\d{4}\.\d{4}")
_THREE_FOUR_RE = re.compile(r"\d{3}\.\d{4}")


def dotted_national(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a run of digits with one dot, may be a national number."""
    raw = text[start:end]
    if _TRUNK_DOTTED_RE.fullmatch(raw) or _FOUR_FOUR_RE.fullmatch(raw):
        return True
    if _THREE_FOUR_RE.fullmatch(raw):
        return has_phone_cue(text, start)  # a cue word, or a column named a phone
    return False


_TRUNK_QUAD_RE = re.compile(r"0\d{1,3}(?:\.\d{2,3}){3}")


def trunk_quad(raw: str) -> bool:
    """Whether a dotted quad opens with a trunk "0" ("081.45.02.57"), so is no address."""
    return _TRUNK_QUAD_RE.fullmatch(raw) is not None
