"""Vanity phone numbers: North American toll-free numbers written with letters for some
of their digits ("1-800-FLOWERS", "1 (888) NEW-CARS", "800-GO-FEDEX").

The keypad maps letters to digits (ABC 2, DEF 3 ... WXYZ 9), so such a number is a phone
number like any other. Only toll-free area codes (800, 833, 844, 855, 866, 877, 888) are
read, with a leading "1" or the area code in parentheses, letters in upper case, and
exactly seven keypad symbols (three or more of them letters) after the area code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["VanityPhoneDetector"]

_TOLL_FREE = r"8(?:00|33|44|55|66|77|88)"
_VANITY_RE = re.compile(
    r"(?<![\w+-])(?:(?:\+?1[-. ]?)(?:\("
    + _TOLL_FREE
    + r"\)|"
    + _TOLL_FREE
    + r")|\("
    + _TOLL_FREE
    + r"\))[-. ]?(?P<rest>[A-Z0-9]{1,7}(?:[-. ][A-Z0-9]{1,7}){0,3})(?![\w-])"
)


class VanityPhoneDetector:
    """North American toll-free numbers spelled with keypad letters ("1-800-FLOWERS")."""

    kind = PiiKind.PHONE

    def __call__(self, text: str) -> Iterator[Finding]:
        if "8" not in text:
            return
        for m in _VANITY_RE.finditer(text):
            symbols = re.sub(r"[-. ]", "", m.group("rest"))
            letters = sum(c.isalpha() for c in symbols)
            if len(symbols) != 7 or letters < 3:
                continue  # all digits: the numbering-plan detector reads it
            yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.9, "phone_vanity")
