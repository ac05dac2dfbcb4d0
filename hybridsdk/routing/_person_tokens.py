"""Spans the tagger takes for names that a name cannot be, by their own shape or the few
characters around them, in any language (docs/privacy_figures.md, "Sixth set as a dev set"):

- a word holding a digit ("Reference NH9916", "Communication 4987"): an id or a code;
- a label before a number's sign ("Member #2362", "Sócio n.º 12", "Zahtjev br. 55");
- an item after a quantity on an order line ("2 × Galaxy Buds", "1 x Moka Express");
- a pronoun pair standing for either sex ("she/he", "él/ella", "er/sie").

Each reads at most 20 characters around the span.
"""

# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import re

__all__ = ["not_a_name"]

_NUMBER_SIGN_RE = re.compile(r"[ \t]*(?:#|№|(?i:no|nr|n\.?º|br|čís)\.?[ \t])[ \t]*\d")
_QUANTITY_RE = re.compile(r"(?:^|\n)[ \t]*[-*•]?[ \t]*\d{1,3}[ \t]*[×xX][ \t]*\Z")
_PRONOUNS_RE = re.compile(
    r"(?i:s/he|she/he|he/she|him/her|her/him|his/her|her/his|él/ella|ella/él|il/elle|"
    r"elle/il|er/sie|sie/er|lui/lei|lei/lui|on/ona|ona/on|ele/ela|ela/ele|hann/hún|"
    r"hún/hann|han/hon|hon/han|han/hun|hun/han|hij/zij|zij/hij)"
)


def not_a_name(text: str, start: int, end: int) -> bool:
    """Whether the person span is a code, a numbered label, an ordered item or a pronoun
    pair."""
    value = text[start:end]
    if any(c.isdigit() for c in value):
        return True
    if _NUMBER_SIGN_RE.match(text, end, min(len(text), end + 8)):
        return True
    if _QUANTITY_RE.search(text, max(0, start - 12), start):
        return True
    return "/" in value and _PRONOUNS_RE.fullmatch(value) is not None
