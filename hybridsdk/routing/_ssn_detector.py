"""US Social Security numbers: dashed or spaced, or nine bare digits after an SSN cue;
checked by the SSA's structure rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._findings import Finding, PiiKind

__all__ = ["SsnDetector", "ssn_valid"]

_SSN_RE = re.compile(r"(?<![\w+-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w]|-\d)", re.ASCII)
# After its cue: bare ("SSN 123456789"), as a JSON or config value ("ssn": "123456789",
# social_security_number=...), in a bracketed or piped form ("[SSN] [123456789]",
# "SSN | 123456789"), or dotted ("SSN 123.45.6789").
_SSN_PLAIN_RE = re.compile(
    r"(?i)(?<![a-z])(?:ssn|social[\s_-]+security(?:[\s_-]+(?:number|no\.?|#|nr))?)[\"'\])]?"
    r"(?:\s*\([^()\n]{1,24}\))?"  # "SSN (prior employment):"
    r"\s*(?:[:#=|]\s*){0,2}(?:\b(?:is|was)\b)?\s*[\"'\[(]?(\d{9}|\d{3}\.\d{2}\.\d{4})(?![\d.]\d|\d)"
)
# Published in ads and samples; never issued to anyone real.
_SSN_KNOWN_INVALID = frozenset({"078051120", "219099999", "123456789"})


def ssn_valid(area: str, group: str, serial: str) -> bool:
    """US SSN structure rules: area not 000/666/9xx, group not 00, serial not 0000."""
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return area + group + serial not in _SSN_KNOWN_INVALID


class SsnDetector:
    """US Social Security numbers: 123-45-6789 or 123 45 6789; bare 9 digits after 'SSN'."""

    kind = PiiKind.SSN

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _SSN_RE.finditer(text):
            if ssn_valid(m.group(1), m.group(3), m.group(4)):
                yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.9, "ssn")
        for m in _SSN_PLAIN_RE.finditer(text):
            d = m.group(1).replace(".", "")
            if ssn_valid(d[:3], d[3:5], d[5:]):
                yield Finding.from_span(self.kind, text, m.start(1), m.end(1), 0.85, "ssn")
