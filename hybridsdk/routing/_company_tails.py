"""A surname written again inside a company's name ("Lantz" of "Erik Lantz" in "Lantz Bygg
AB", "Goulart & Filhos") is the company, not the person (docs/privacy_figures.md, "Session 10:
person names"): the repeat pass does not mark a mention that up to two capitalised words,
then a legal form or a family firm's tail ("& Sons", "e Figli", "a syn"), follow on its line.

Reads at most 60 characters after the mention.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re

__all__ = ["company_after"]

_LEGAL = (
    r"GmbH|KG|AG|OHG|UG|Ltd\.?|LLC|LLP|Inc\.?|PLC|Corp\.?|Co\.|S\.\s?A\.(?:\s?S\.)?|SA|SAS|"
    r"SARL|S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|NV|BV|B\.V\.|N\.V\.|VOF|BVBA|HB|AB|Oy|Oyj|ApS|A/S|"
    r"AS|sp\.\s?z\s?o\.\s?o\.?|s\.r\.o\.?|a\.s\.|Kft\.?|Zrt\.?|ehf\.?|hf\.?|\(?Pty\)?|"
    r"Ltda\.?|S\.\s?L\.?|d\.o\.o\.|ООО|АО|ЕООД|ООД|ТОВ|A\.Ş\.|Ltd\.\s?Şti\."
)
_FAMILY = (
    r"(?:&|and|und|e|y|et|a|i|og|och|en|и)[ \t]+"
    r"(?:Co|Cie|Cía|Sons|Söhne|Sohn|Filhos|Figli|Hijos|Fils|syn|synové|Zonen|Partners?|сыновья)"
)
_COMPANY_AFTER_RE = re.compile(
    rf"(?:[ \t]+[^\W\d_][\w'’-]*){{0,2}}[ \t,]+(?:(?:{_LEGAL})|{_FAMILY})(?![^\W_])"
)


def company_after(text: str, end: int) -> bool:
    """Whether a company's tail follows a mention that ends at `end`."""
    return _COMPANY_AFTER_RE.match(text, end, min(len(text), end + 60)) is not None
