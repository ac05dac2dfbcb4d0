"""Identity numbers whose last part is written apart from their digits.

Two ways of writing an identity number put part of it after the digits a scheme or cue
reads, and a finding that stops short leaves that part in the clear:

- a check character in brackets, as Hong Kong and Macau print their identity cards
  (``A123456(7)``, ``1234567(8)``);
- the issuing department's code after a Bolivian identity card's digits
  (``4471029 LP``, ``1316560 L.P.``, ``7757658 TJ``): La Paz, Cochabamba, Santa Cruz,
  Oruro, Potosí, Chuquisaca, Tarija, Beni and Pando.

`with_id_suffixes` widens a national-id finding over such a tail when nothing else
was found there.
"""

from __future__ import annotations

import re

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["with_id_suffixes"]

_CHECK_RE = re.compile(r"[ ]?\([0-9A-Z]\)(?![\w(])")
_DEPARTMENT_RE = re.compile(
    r" (?:LP|CB|SC|OR|PT|CH|TJ|BE|BN|PD|L\.P\.|C\.B\.|S\.C\.|O\.R\.|P\.T\.|C\.H\.|T\.J\.)"
    r"(?![\w.]|\.\w)"
)


def with_id_suffixes(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` (sorted, disjoint) with national ids widened over a bracketed check
    character or a department code that follows them.

    Args:
        text: the scanned text.
        findings: the kept findings, sorted by start.
    """
    if "(" not in text and " " not in text:
        return findings
    out = list(findings)
    for i, f in enumerate(out):
        if f.kind is not PiiKind.NATIONAL_ID:
            continue
        value = text[f.start : f.end]
        m = _CHECK_RE.match(text, f.end)
        if m is None and value.replace("-", "").isdigit():
            m = _DEPARTMENT_RE.match(text, f.end)
        if m is None:
            continue
        if i + 1 < len(out) and out[i + 1].start < m.end():
            continue
        out[i] = Finding.from_span(f.kind, text, f.start, m.end(), f.confidence, f.detector)
    return out
