"""Structural marks that an address finding of the tagger is no address (docs/privacy_tagger.md,
"Span rules after the tagger"), in any language:

- `price_end`: the span opens its line and the line ends with a price ("MILCH 1L
  2,49", "KAFFEE 450 Ft"): an item of a receipt;
- `ocr_word`: a capitalised word of five or more characters with a 0 or 1 among four or
  more letters ("K0NSUM", "SUPERMARK1T"): a receipt's OCR'd heading, not a street (no
  postcode has four letters: "SW1A 1AA", "K1A 0B1");
- `lower_case`: no capital at all in a text that capitalises its line and sentence
  starts ("kontrolle in 2 wochen"): a clinical note's phrase; a lower-case voice
  transcript keeps its addresses;

(Not a mark: a lone code "XK9348810" or "q7TzR2mWv" found as an address is an id or a
password the structured detectors missed; dropping it would let it reach the cloud.)
"""

from __future__ import annotations

import re

__all__ = ["ocr_word", "price_end"]

_PRICE_TAIL_RE = re.compile(
    r"[^:：|@\n]{0,60}?(?<![\d.,])\d+(?:[ .,]\d{3})*(?:[.,]\d{2})?(?![\d.,])"
    r"[ \t]*(?:[^\W\d_]{1,4}\.?|[^\w\s:：])?[ \t]*(?:\n|\Z)"
)
_PRICE_RE = re.compile(
    r"(?<![\d.,])\d+(?:[ .,]\d{3})*[.,]\d{2}(?![\d.,])|[^\W\d_]{1,3}\.?[ \t]*(?:\n|\Z)"
)
_TOKEN_RE = re.compile(r"[^\W_]+")


def price_end(text: str, start: int) -> bool:
    """The span opens its line, and the line ends with a price: a decimal amount, or an
    amount and a short currency word ("450 Ft")."""
    ls = text.rfind("\n", max(0, start - 8), start) + 1
    if (ls == 0 and start > 8) or text[ls:start].strip():
        return False
    m = _PRICE_TAIL_RE.match(text, start)
    if m is None:
        return False
    tail = m.group(0).rstrip()
    # a decimal amount, or a whole one with a currency word after it ("450 Ft")
    if re.search(r"\d[.,]\d{2}\D{0,6}\Z", tail):
        return True
    # a whole amount of at most three digits or grouped by thousands, and a cased
    # currency word ("450 Ft", "12 300 Ft"); not a postcode and a short city ("89073 Ulm")
    m = re.search(r"(?<!\d)(?<!\d[ .])(\d{1,3}(?:[ .]\d{3})*)[ \t]+([^\W\d_]{1,3})\.?\Z", tail)
    return m is not None and any(c.isupper() or c.islower() for c in m.group(2))


def ocr_word(value: str) -> bool:
    for m in _TOKEN_RE.finditer(value):
        tok = m.group(0)
        if len(tok) < 5 or not any(c in "01" for c in tok):
            continue
        letters = [c for c in tok if c.isalpha()]
        digits = [c for c in tok if c.isdigit()]
        if len(letters) >= 4 and all(c.isupper() for c in letters) and set(digits) <= {"0", "1"}:
            return True
    return False
