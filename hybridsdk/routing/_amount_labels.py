"""Words the tagger takes for names that a machine format's dates and amounts explain:

- a label before a currency and an amount ("Prize KWD 1,200", "Premio B/. 30,00",
  "Hadiah BND 500", "ሽልማት ETB 900", "Total N$ 75"): one word, its currency written as a
  code of capitals or a sign with capitals ("B/.", "N$", "R$"), then digits, the label
  opening its line or field (after a dash, a bar, a colon, a tab). A name before an
  amount is written with a bare sign or none ("Ana Ruiz $500"), or inside a sentence
  ("paid to Kofi USD 20"), and keeps;
- a row's number in a table's first cell ("0526 | Ana Ruiz | ..."), when the next or
  the previous row opens with digits and the same delimiter too: no postcode alone;
- a C-locale timestamp read whole as an address ("Not After : Jul  8 08:12:44 2026 GMT");
- the weekday and month of a C-locale timestamp ("From ana@x Mon Jun  2 09:00:00 2025",
  "Date: Tue, 3 Jun 2025 10:00:00 +0000"): the English abbreviations before a day.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re

__all__ = ["amount_label", "row_number", "timestamp_span", "timestamp_word"]

# after the label: a currency code or lettered sign, then the amount
_CURRENCY_AFTER_RE = re.compile(r"[ \t]*(?:[A-Z]{3}|[A-Z]{1,2}/\.|[A-Z]{1,2}\$)[ \t]*\d")
# the label's own last word is the code, the letters of a lettered sign ("Premio B") or
# a currency's usual abbreviation with its stop ("Zawadi KSh 500", "Salami Rs. 3,180")
_CODE_TAIL_RE = re.compile(r"[ \t](?:[A-Z]{3}|[A-Z]{1,2}|(Rs|Gs|K[Ss]h|[TU][Ss]h|Tk|Rp|रु)\.?)\Z")
_SIGN_REST_RE = re.compile(r"(?:/\.|\$)?[ \t]*\d")
_STOP_REST_RE = re.compile(r"\.?[ \t]*\d")

_DAYS = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_TIMESTAMP_WORD_RE = re.compile(rf"(?:{_DAYS})(?:,?[ \t]+(?:{_MONTHS}))?\Z|(?:{_MONTHS})\Z")
_TIMESTAMP_AFTER_RE = re.compile(
    rf",?[ \t]+(?:(?:{_MONTHS})[ \t]+)?\d{{1,2}}(?:[ \t]+(?:{_MONTHS}))?[ \t]+\d{{1,4}}[: ]"
)


# what stands before a field's label: a line's start (an item number or bullet), a dash,
# a bar, a colon, a semicolon, a tab or a column gap
_FIELD_START_RE = re.compile(r"(?:^|[—–|:;\t]|  )[ \t]*(?:\d{1,3}[.)][ \t]*|[-*•][ \t]+)?\Z", re.M)


def amount_label(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is a one-word label before a lettered currency and an amount
    (the currency's letters may be inside the span: "Prize KWD", "Premio B")."""
    if _FIELD_START_RE.search(text, max(0, start - 12), start) is None:
        return False
    value = text[start:end]
    tail = _CODE_TAIL_RE.search(value)
    if tail is not None:
        head = value[: tail.start()]
        rest = _STOP_REST_RE if tail.group(1) else _SIGN_REST_RE
        return " " not in head.strip() and rest.match(text, end) is not None
    if " " in value.strip():
        return False
    return _CURRENCY_AFTER_RE.match(text, end) is not None


_TIMESTAMP_SPAN_RE = re.compile(
    rf"(?:(?:{_DAYS}),?[ \t]+)?(?:(?:{_MONTHS})[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+(?:{_MONTHS}))"
    rf"(?:[ \t]+\d{{4}})?[ \t]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ \t]+\d{{4}})?"
    r"(?:[ \t]+(?:GMT|UTC|Z|[+-]\d{4}))?"
)


def timestamp_span(value: str) -> bool:
    """Whether a whole span is a C-locale timestamp ("Jul  8 08:12:44 2026 GMT")."""
    return _TIMESTAMP_SPAN_RE.fullmatch(value.strip()) is not None


def timestamp_word(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is the weekday (and month) of a C-locale timestamp."""
    if _TIMESTAMP_WORD_RE.fullmatch(text, start, end) is None:
        return False
    return _TIMESTAMP_AFTER_RE.match(text, end) is not None


_ROW_HEAD_RE = re.compile(r"[ \t]*\d{1,6}[ \t]*([|\t;,])")


def row_number(text: str, start: int, end: int) -> bool:
    """Whether [start, end), digits opening their line before a cell delimiter, is a row's
    number: a neighbouring line opens with digits and the same delimiter."""
    ls = text.rfind("\n", 0, start) + 1
    if text[ls:start].strip():
        return False
    m = _ROW_HEAD_RE.match(text, ls)
    if m is None or m.start(1) < end:
        return False
    sep = m.group(1)
    nxt = text.find("\n", end)
    prev = text.rfind("\n", 0, max(0, ls - 1)) + 1 if ls > 0 else -1
    for at in (nxt + 1 if nxt >= 0 else -1, prev):
        if at >= 0:
            n = _ROW_HEAD_RE.match(text, at)
            if n is not None and n.group(1) == sep and at != ls:
                return True
    return False
