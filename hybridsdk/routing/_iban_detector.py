"""IBANs, compact or in groups of four, checked by their country's length and mod-97."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._findings import Finding, PiiKind
from hybridsdk.routing._value_checks import IBAN_LENGTHS, iban_valid

__all__ = ["IbanDetector"]

# A country code and check digits in any case; the walk below reads the rest.
# "IBANDE89...": glued to its cue in CJK text ("振込先IBANDE89...です").
_IBAN_START_RE = re.compile(r"(?:(?<![A-Za-z0-9])|(?<=IBAN)|(?<=iban))[A-Za-z]{2}\d{2}")
# Between groups: a space, a no-break or thin space, or a dash ("DE89-3704-...").
_IBAN_SEPARATORS = frozenset(" \u00a0\u202f\u2009-")


def _iban_walk(text: str, start: int, want: int) -> int | None:
    """End of the IBAN of `want` alphanumerics starting at `start`, or None.

    One separator is allowed between characters and the same one throughout; the value
    must not run on into more ASCII letters or digits (CJK text right after is fine)."""
    taken, i, sep = 0, start, ""
    n = len(text)
    while i < n and taken < want:
        ch = text[i]
        if ch.isascii() and ch.isalnum():
            taken += 1
            i += 1
            continue
        if ch in _IBAN_SEPARATORS and taken >= 4 and i + 1 < n:
            nxt = text[i + 1]
            if (sep and ch != sep) or not (nxt.isascii() and nxt.isalnum()):
                return None
            sep = ch
            i += 1
            continue
        return None
    if taken != want:
        return None
    if i < n and text[i].isascii() and text[i].isalnum():
        return None  # glued to more characters: not a clean IBAN
    return i


class IbanDetector:
    """IBANs in compact or print (groups of four) form, in any letter case, checked by the
    country's length and mod-97."""

    kind = PiiKind.IBAN

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _IBAN_START_RE.finditer(text):
            want = IBAN_LENGTHS.get(m.group(0)[:2].upper())
            if want is None:
                continue
            end = _iban_walk(text, m.start(), want)
            if end is None:
                continue
            compact = "".join(c for c in text[m.start() : end] if c.isalnum())
            letters = [c for c in compact[1:] if c.isalpha()]  # "De89..." is fine
            if letters and not (
                all(c.isupper() for c in letters) or all(c.islower() for c in letters)
            ):
                continue  # "GB42ol9usj4bf8...": a random token, not an account number
            if iban_valid(compact):
                yield Finding.from_span(self.kind, text, m.start(), end, 0.99, "iban")
