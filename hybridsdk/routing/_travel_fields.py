"""Field words of a boarding pass, e-ticket or booking taken for names (docs/privacy_tagger.md,
"Span rules, third pass").

A travel document's lines are grids of upper-case codes ("SEAT 14C  GATE D7", "DOCS
P123 ... NAT FRA", "Paid VISA 4111 ...") and the tagger, which found the passenger's
upper-case name line, takes some of those codes for names too. A person span is dropped
when it stands in a travel document (a boarding pass's, ticket's or booking's mark within
`_REACH` characters: "BOARDING PASS", "FLIGHT", "ETKT", an airport pair "LIS-OPO", a title
in another script) and either

- every word of it is a travel field word (IATA and payment codes, field labels in
  English: "APIS", "DOCS", "NAT", "ETKT", "PNR", "Fare", "Paid", "AMEX") or a country or
  airport code right after one ("NAT FRA"), or
- it is on the document's title line ("BOARDINGKARTE / BOARDING PASS") and holds no "/"
  (a passenger's "SURNAME/GIVEN" name has one).
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re

__all__ = ["travel_field"]

_REACH = 400  # characters looked at on each side for the document's mark

_TRAVEL_RE = re.compile(
    r"BOARDING|Boarding|boarding|FLIGHT|Flight|\bETKT\b|\bPNR\b|\bBCBP\b|E-?TICKET|e-?ticket"
    r"|\b[A-Z]{3}[ \t]*(?:-|–|→|>|TO)[ \t]*[A-Z]{3}\b[ \t]+(?:\d|[A-Z]{2}[ \t]?\d)"
    r"|탑승권|搭乗券|登机牌|登機證|登機牌|бордна карта|посадочный талон|κάρτα επιβίβασης"
    r"|ΚΑΡΤΑ ΕΠΙΒΙΒΑΣΗΣ|کارت پرواز|بطاقة صعود|כרטיס עלייה למטוס|BİNİŞ KARTI|Biniş Kartı"
)
# The document's title line: a boarding pass's name in English or another language.
_TITLE_RE = re.compile(
    r"BOARDING[ \t-]?PASS|Boarding[ \t-]?[Pp]ass|E-?TICKET|탑승권|搭乗券|登机牌|登機證"
    r"|бордна карта|посадочный талон|κάρτα επιβίβασης|کارت پرواز|بطاقة صعود",
    re.I,
)
_FIELD_TEXT = """
    APIS DOC DOCS DOCO NAT NATIONALITY ETKT TKT TKNE TICKET PNR REF BOOKING RECORD LOCATOR
    CONF CONFIRMATION SEQ SEQN SEQUENCE FARE FARES TAX TAXES TOTAL PAID PAYMENT PAY CARD
    CREDIT DEBIT VISA AMEX MC MASTERCARD MAESTRO DINERS DISCOVER JCB UNIONPAY CUP BOARDING
    PASS GATE SEAT ZONE GROUP FLIGHT FLT CLASS CABIN TERMINAL TERM BAGGAGE BAG BAGS BCBP
    FQTV FFP SSR OSI DEP ARR DEPART DEPARTURE ARRIVAL FROM TO VIA DATE TIME ECONOMY
    BUSINESS FIRST PREMIUM PRIORITY CHECKIN CHECK-IN STATUS OK HK CARRIER OPERATED
"""
_FIELD_WORDS = frozenset(_FIELD_TEXT.split())
_CODE_RE = re.compile(r"[A-Z]{2,3}")


def _in_travel_doc(text: str, start: int, end: int) -> bool:
    return _TRAVEL_RE.search(text, max(0, start - _REACH), min(len(text), end + _REACH)) is not None


def _field_words(words: list[str]) -> bool:
    prev = ""
    for w in words:
        up = w.upper()
        if up not in _FIELD_WORDS and not (prev in _FIELD_WORDS and _CODE_RE.fullmatch(w)):
            return False
        prev = up
    return True


def travel_field(text: str, start: int, end: int) -> bool:
    """Whether the person span is a travel document's field word or its title."""
    value = text[start:end]
    if "/" in value or not _in_travel_doc(text, start, end):
        return False
    if _field_words(value.split()):
        return True
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return _TITLE_RE.search(text, ls, le if le >= 0 else len(text)) is not None
