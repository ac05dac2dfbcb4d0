"""Phone numbers inside links that say they are phone numbers: `tel:`, `sms:`, `callto:`
URIs (RFC 3966, 5724), WhatsApp (`wa.me/4915112345678`, `api.whatsapp.com/send?phone=`),
Viber (`viber://chat?number=`), Telegram (`t.me/+4915112345678`) and Skype
(`skype:+4915112345678?call`).

The scheme or the host says what the digits are, so the number needs no numbering-plan
check beyond E.164's length (7 to 15 digits), and wins over other readings of the same
digits (a WhatsApp number can pass Luhn and look like a card). This detector reads the
text before other findings are masked out (`reads_unmasked`), since a card finding would
blank the digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["PhoneLinkDetector"]

_LINK_RE = re.compile(
    # URI schemes in lower case: "Tel:0301234567" in prose is a label, read by the others.
    r"(?:\b(?:tel|sms|smsto|callto|facetime|facetime-audio):(?://)?"
    r"|(?i:\bwa\.me/|\bwhatsapp\.com/send/?\?(?:[\w=&]*&)?phone=|\bwhatsapp://send\?phone="
    r"|\bviber://(?:chat|contact|add)\?number=|\bt\.me/(?=\+)|\bskype:(?=\+)))"
    r"(?P<number>(?:\+|%2B)?\d[\d\-.() ]{5,20}\d)(?![\d])"
)


_KEYS = ("tel:", "sms", "callto:", "facetime", "wa.me/", "whatsapp", "viber:", "t.me/", "skype:")


class PhoneLinkDetector:
    """Phone numbers in tel:, sms:, WhatsApp, Viber, Telegram and Skype links."""

    kind = PiiKind.PHONE
    reads_unmasked = True

    def __call__(self, text: str) -> Iterator[Finding]:
        low = text.lower()
        if not any(key in low for key in _KEYS):
            return  # substring checks in C: most texts hold no such link
        for m in _LINK_RE.finditer(text):
            digits = sum(c.isdigit() for c in m.group("number"))
            if m.group("number").upper().startswith("%2B"):
                digits -= 1  # the "2" of the encoded plus
            if 7 <= digits <= 15:
                a, b = m.span("number")
                yield Finding.from_span(PiiKind.PHONE, text, a, b, 0.995, "phone_link")
