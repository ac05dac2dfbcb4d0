"""What the tagger found once, everywhere in the text; and no span that cuts a letter.

Two gaps that let a found name reach the cloud anyway:

- the tagger reads each mention in its own context and may miss the second "Sangita" after
  finding the first: a name (or address) found once is a finding wherever the same words
  recur, on word boundaries;
- its tokens end at combining marks, so a span could end inside a letter ("संगीत" + "ा" in
  Devanagari): a free-form span is stretched over the marks that follow it.

Linear in the text: at most `_MAX_VALUES` distinct values are looked up, each with one
`str.find` pass.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["spread_free_form"]

_KINDS = frozenset({PiiKind.PERSON, PiiKind.ADDRESS})
_MAX_VALUES = 32
_MIN_LEN = 3  # "Li" or "Jo" alone would match inside too many words
_MIN_LEN_CASELESS = 2  # 2-character Han or Hangul names are common


def _mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def _caseless(value: str) -> bool:
    return not any(c.isupper() or c.islower() for c in value)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or _mark(ch) or ch == "_"


def _whole_marks(text: str, f: Finding) -> Finding:
    end = f.end
    while end < len(text) and _mark(text[end]):
        end += 1
    if end == f.end:
        return f
    return Finding.from_span(f.kind, text, f.start, end, f.confidence, f.detector)


def spread_free_form(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """The findings, free-form spans completed to whole letters, plus each found name or
    address at its other mentions (detector ``<detector>_repeat``, a little less sure).

    Args:
        text: the scanned text.
        findings: candidate findings (may overlap; resolved afterwards).
    """
    out: list[Finding] = []
    seen: dict[tuple[PiiKind, str], Finding] = {}
    for f in findings:
        if f.kind in _KINDS:
            f = _whole_marks(text, f)
            value = f.value(text)
            least = _MIN_LEN_CASELESS if _caseless(value) else _MIN_LEN
            if len(value.strip()) >= least and len(seen) < _MAX_VALUES:
                seen.setdefault((f.kind, value), f)
        out.append(f)
    for (kind, value), f in seen.items():
        caseless = _caseless(value)
        at = text.find(value)
        while at >= 0:
            end = at + len(value)
            if at != f.start and (
                caseless  # Han, kana, Hangul: no spaces around names to check
                or (
                    (at == 0 or not _word_char(text[at - 1]))
                    and (end == len(text) or not _word_char(text[end]))
                )
            ):
                repeat = Finding.from_span(
                    kind, text, at, end, f.confidence * 0.95, f"{f.detector}_repeat"
                )
                out.append(_whole_marks(text, repeat))
            at = text.find(value, end)
    return out
