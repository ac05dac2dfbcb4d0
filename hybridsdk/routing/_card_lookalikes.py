"""Luhn-valid runs that are no payment card (issue 12, session 9).

- A 13-digit run written whole that holds a birth date where a national identity number
  keeps it: South Africa's ID number (YYMMDD, four sequence digits, a citizenship digit
  0-2, a digit, a Luhn check digit: every one passes Luhn, and those born in the 1940s
  start with 4 like a Visa) and Romania's CNP (a sex/century digit 1-8, then YYMMDD).
  13-digit cards (old Visa, a few Maestro) are all but gone; an ID number is far likelier.
- A run written whole as the value of a field whose key names an id (session 12): a
  Suricata `"flow_id": 5346622759472254`, a UBL `<cbc:CompanyID>`: flow, company and
  record ids are drawn at random and one in ten passes Luhn.
- A 15-digit animal microchip (ISO 11784) after "chip", "microchip", "transponder" in
  a dozen languages; its leading country or maker code can look like a UATP or Amex prefix.
"""

from __future__ import annotations

import re

from hybridsdk.routing._secret_lookalikes import id_keyed

__all__ = ["CHIP_CUE_RE", "id_keyed_value", "id_shaped_13"]

CHIP_CUE_RE = re.compile(
    r"(?i)(?:\b(?:micro-?)?chip(?:nummer|number|no|nr|n[°º]|code)?|\bmikro[čc]ip|\bmikroczip"
    r"|\bmikrochip|\bmicrocip|\bmicroch?ip|\bpuce|\btransponder|\bmikrosiru|\bmicrocipp?o"
    r"|микрочип|\bçip|マイクロチップ|芯片|마이크로칩)[^\d\n]{0,16}$"
)


def _date_ok(yymmdd: str) -> bool:
    mm, dd = int(yymmdd[2:4]), int(yymmdd[4:6])
    return 1 <= mm <= 12 and 1 <= dd <= 31


def id_shaped_13(digits: str) -> bool:
    """Whether a 13-digit run has a South African ID's or a Romanian CNP's date layout."""
    if len(digits) != 13:
        return False
    if _date_ok(digits[:6]) and digits[10] in "012":  # ZA: YYMMDD SSSS C A Z
        return True
    return digits[0] in "12345678" and _date_ok(digits[1:7])  # RO CNP: S YYMMDD JJ NNN C


# The key right before a value: JSON/YAML/key=value ('"flow_id": ', "ref=") or an XML tag
# with an optional namespace prefix ("<cbc:CompanyID>").
_KEY_BEFORE_RE = re.compile(
    r"(?:[\"']?([A-Za-z_][\w.-]{0,40})[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"|<(?:[A-Za-z_][\w.-]{0,20}:)?([A-Za-z_][\w.-]{0,40})(?:\s[^<>]{0,80})?>)$"
)


def id_keyed_value(text: str, start: int) -> bool:
    """Whether the value starting at `start` is a field whose key names an id."""
    m = _KEY_BEFORE_RE.search(text, max(0, start - 64), start)
    if m is None:
        return False
    key = m.group(1) or m.group(2)
    # UBL's "<cbc:PrimaryAccountNumberID>" is the card number itself
    return id_keyed(key) and _CARD_KEY_RE.search(key) is None


_CARD_KEY_RE = re.compile(r"(?i)card|account|pan(?![a-z])|primary")
