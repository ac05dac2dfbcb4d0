"""E-mail addresses as airline reservation systems write them (session 11).

A GDS (Amadeus, Sabre, Galileo) has no "@" on its keyboard: a passenger's address in a PNR's
contact element is typed in capitals with "//" for "@" ("APE ANNA.MEYER//GMAIL.COM",
"APE-J.SMITH//COMPANY.CO.UK", "CTCE KOWALSKI..JAN//WP.PL"); Amadeus also writes "_" as ".."
and "-" as "./", which stay inside the match. The address is one span, the element's cue
("APE", "CTCE", "PE") left out. Only capitals, and only a country-code or generic top-level
domain: a lower-case "a//b.com" is a path or a URL, "IN//OUT.TXT" a file, "FRA//LHR.LON" codes.
"""

from __future__ import annotations

import re

__all__ = ["gds_email_spans"]

# The cue glued by a hyphen ("APE-NAME//..") is no part of the name.
_GDS_EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9./:@-])(?:(?:APE|CTCE|PE|EM)-)?"
    r"(?P<address>[A-Z0-9](?:[A-Z0-9._+-]|\./){0,63}//(?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+"
    r"[A-Z]{2,24})(?![A-Za-z0-9./@-])"
)


# A GDS screen is full of three-letter airport and city codes ("FRA//LHR.LON"): the address
# must end in a country code or a generic top-level domain.
_GENERIC_TLDS = frozenset(
    {"COM", "NET", "ORG", "EDU", "GOV", "MIL", "INT", "INFO", "BIZ", "NAME", "PRO", "MOBI"}
    | {"AERO", "ASIA", "TRAVEL", "EMAIL", "ONLINE", "SITE", "SHOP", "APP", "DEV", "CLOUD"}
)


def gds_email_spans(text: str) -> list[tuple[int, int]]:
    """Spans of GDS-written e-mail addresses ("NAME.SURNAME//GMAIL.COM") in text."""
    if "//" not in text:
        return []
    return [
        (m.start("address"), m.end("address"))
        for m in _GDS_EMAIL_RE.finditer(text)
        if len(tld := m.group("address").rpartition(".")[2]) == 2 or tld in _GENERIC_TLDS
    ]
