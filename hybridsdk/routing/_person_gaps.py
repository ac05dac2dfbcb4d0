"""A person span that runs over a column gap into the next field (docs/privacy_figures.md,
"Session 10: person names").

Labels, prescriptions and forms printed in columns put the next field a wide gap after
the name ("Patient: Ana Ruiz   Born: 04.05.1990", "Name: Li Wei  Mobile +65 ...").
The tagger may run the name on over the gap. A gap of three or more blanks inside a
person span, or of two before a last word that a colon, a digit, a "+" or a "(" follows,
ends the name: the span keeps what stands before the gap. A name typed with a double
blank inside ("Ana  Ruiz" in prose) stays whole.

Reads the span and the three characters after it.
"""

from __future__ import annotations

import re

from hybridsdk.routing._detectors import Finding

__all__ = ["before_gap"]

_GAP_RE = re.compile(r"[ \u00a0]{2,}")
_FIELD_AFTER_RE = re.compile(r"[ \t]*[:：+(\d]")


def before_gap(text: str, f: Finding) -> Finding:
    """`f` less the part after a column gap inside it (see the module's docstring)."""
    if "  " not in text[f.start : f.end] and "\u00a0\u00a0" not in text[f.start : f.end]:
        return f
    m = _GAP_RE.search(text, f.start, f.end)
    if m is None or m.start() == f.start or m.end() == f.end:
        return f
    wide = m.end() - m.start() >= 3
    last_word = " " not in text[m.end() : f.end].strip()
    if not wide and not (last_word and _FIELD_AFTER_RE.match(text, f.end, f.end + 3)):
        return f
    if sum(c.isalpha() for c in text[f.start : m.start()]) < 2:
        return f
    return Finding.from_span(f.kind, text, f.start, m.start(), f.confidence, f.detector)
