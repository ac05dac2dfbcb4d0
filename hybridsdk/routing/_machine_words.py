"""Person spans that are words of machines, never of people (docs/privacy_figures.md,
"Ninth set as a dev set"), whatever the tagger or a layout rule said:

- an identifier in camel case, two or more capitalised parts run together with no blank
  ("ValidationError", "ConsoleLogin", "WebInspector", "GatewayOffline"): an exception's
  type, an event's or an alert's name. A name that runs a particle into its next part
  ("McKenzie", "MacArthur", "DeShawn", "LaToya", "DiCaprio", "VanDyke") keeps it: its first
  part is short or a known particle;
- the name of an operating system or platform, alone or with another ("Android",
  "Ubuntu Linux", "iOS"): a user agent's or a device record's field;
- a currency's abbreviation alone ("KSh", "Rs.", "रु"): a donor list's or a ledger's
  amount column;
- a span without a letter ("1", "2."): an item's number.

Each reads only the span.
"""

from __future__ import annotations

import re

__all__ = ["machine_word"]

# Two or more capitalised parts of lower-case letters, run together; the first part three
# letters or more (a particle of two, "De", "La", "Mc", never counts).
_CAMEL_RE = re.compile(r"([A-Z][a-z]{2,})(?:[A-Z][a-z]+)+")
# First parts of names written with an inner capital.
_PARTICLES = frozenset(
    {"Mac", "Van", "Von", "Der", "Den", "Del", "Della", "Fitz", "Abu", "Abd", "Abdul", "Ben", "Bin"}
)
_PLATFORMS = frozenset(
    {
        "Android",
        "iOS",
        "iPadOS",
        "macOS",
        "watchOS",
        "Linux",
        "Ubuntu",
        "Debian",
        "CentOS",
        "Fedora",
        "FreeBSD",
        "OpenBSD",
        "Windows",
        "HarmonyOS",
        "KaiOS",
        "Chromium",
        "Firefox",
        "Mozilla",
        "WebKit",
        "KHTML",
        "Gecko",
    }
)

_CURRENCIES = frozenset({"KSh", "Ksh", "TSh", "Tsh", "USh", "Ush", "Rs", "Gs", "Tk", "Rp", "रु"})


def machine_word(value: str) -> bool:
    """Whether the person span `value` is a camel-case identifier, a platform's name, a
    currency's abbreviation or no word at all."""
    if not any(c.isalpha() for c in value) or value.rstrip(".") in _CURRENCIES:
        return True
    m = _CAMEL_RE.fullmatch(value)
    if m is not None and m.group(1) not in _PARTICLES:
        return True
    words = value.split()
    return bool(words) and all(w in _PLATFORMS for w in words)
