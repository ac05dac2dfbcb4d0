"""The SSR DOCS element of a reservation, read by one grammar for every field it holds.

PNR screens (Amadeus, Sabre, Galileo) and the IATA teletype form carry a traveller's
passport as ``SSR DOCS YY HK1 P/<issuer>/<number>/<nationality>/<ddMMMyy birth>/<sex>/
<expiry>/<SURNAME>/<GIVEN>`` (Amadeus: "SRDOCS"; a PNR's bare "DOCS" line), its fields
apart by ``/`` or ``-``, any of the first ones possibly empty (``////12MAR80/F//...``).
`_travel_segments` reports the number and the birth date; `_travel_names` the surname and
given names, which the grammar reads after a slash-separated expiry date.
"""

from __future__ import annotations

import re

__all__ = ["CAPS_WORD", "DOCS_RE", "docs_elements"]

MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
_UP = r"A-ZÀ-ÖØ-Þ"
# A name's word as travel formats write it: capitals, apostrophes and hyphens inside.
CAPS_WORD = rf"[{_UP}][{_UP}'\-]*[{_UP}]"
_NAMES = rf"{CAPS_WORD}(?: {CAPS_WORD}){{0,3}}"

# carrier, status and count, then type/issuer/number/nationality/birth/sex (each field
# possibly empty), then, slash-separated, expiry/surname/given names.
DOCS_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:SSR[ \t]*|SR)?DOCS[ \t]+(?:[A-Z0-9]{2}[ \t]+)?(?:[A-Z]{2}\d[ \t]*)?"
    r"[-/ ]?(?P<type>[A-Z]{0,2})(?P<sep>[/-])(?:[A-Z]{2,3})?(?P=sep)"
    r"(?P<num>[A-Z0-9]{4,20})?(?P=sep)(?:[A-Z]{2,3})?(?P=sep)"
    r"(?P<dob>\d{1,2}(?:" + MONTHS + r")\d{2}(?:\d{2})?)?(?P=sep)(?:[MFUX]I?)(?=[/-]|\s|$)"
    rf"(?P<names>/\d{{2}}[A-Z]{{3}}\d{{2}}/(?P<fam>{_NAMES})/(?P<giv>{_NAMES})(?=/|\s|$))?"
)


def docs_elements(text: str) -> list[re.Match[str]]:
    """The SSR DOCS elements of a text, in order (none without "DOCS" in it)."""
    return list(DOCS_RE.finditer(text)) if "DOCS" in text else []
