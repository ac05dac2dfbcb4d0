"""A dictated phone number's "plus": the spoken word for "+" before the country code.

Voice transcripts write "+" as a word: "plus 385 99 375 3914", "más cinco siete 304 ...",
"artı 9 sıfır beş ...", "συν τρία μηδέν ...", "زائد 966 ...", "加886 ...". The detectors find
the digits; the word is part of the number (it says the country code follows), so the
finding starts at the word. Only numbers not written with "+" or "00" already.
"""

# Words of many scripts are what this file is about.
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import re

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["with_spoken_plus"]

# "plus" in the languages of the spoken digit words (`_phone_spoken.py`); not Portuguese
# "mas" (unaccented: "but") nor Spanish "mas".
_PLUS_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:plus|pluss|plussa|plusz|pliusas|plius|más|mais|più|piu|artı|arti|"
    r"συν|плюс|زائد|زايد|به علاوه|مثبت|פלוס|tambah|cộng|प्लस|플러스)[ \u00a0]{1,2}$"
    r"|(?:加|プラス|플러스)[ \u00a0]?$"
)


def with_spoken_plus(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` (non-overlapping, sorted) with each phone number that a spoken "plus"
    stands right before starting at that word."""
    out: list[Finding] = []
    prev_end = 0
    for f in findings:
        if f.kind is PiiKind.PHONE and not text.startswith(("+", "00"), f.start):
            m = _PLUS_BEFORE_RE.search(text, max(prev_end, f.start - 16), f.start)
            if m is not None:
                f = Finding.from_span(f.kind, text, m.start(), f.end, f.confidence, f.detector)
        out.append(f)
        prev_end = f.end
    return out
