"""A structured value found once is masked at its every mention.

A detector reads a value in its context, and the same string can lose that context
elsewhere in the text: a phone after a run of numbers reads as the tail of a longer number,
a card in a list of account groups as part of the account. Once any mention was found, the
value is known, so each other exact mention of it becomes a finding of the same kind
(detector ``<detector>_repeat``, a little less sure). Names and addresses have their own pass
(`_name_repeats`), which knows their parts and scripts.
"""

from __future__ import annotations

import bisect

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["spread_values"]

_SKIP = frozenset({PiiKind.PERSON, PiiKind.ADDRESS})
# Shorter strings ("12:30", a two-digit group) are too common to mask on sight.
_MIN_LEN = 6
# A hostile text of many distinct values costs one pass per value: cap the values.
_MAX_VALUES = 64


def spread_values(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` (non-overlapping, sorted) plus every other mention of a found structured
    value, sorted by start; mentions overlapping a finding are left to it."""
    values: dict[str, Finding] = {}
    for f in findings:
        if f.kind not in _SKIP and f.length >= _MIN_LEN and len(values) < _MAX_VALUES:
            values.setdefault(f.value(text), f)
    if not values:
        return findings
    # Disjoint spans sorted by start (so by end too): the only one that can overlap a
    # mention is the last starting before its end (a scan of all was quadratic on a text
    # of one value repeated).
    taken = [(f.start, f.end) for f in findings]
    extra: list[Finding] = []
    for value, f in values.items():
        at = text.find(value)
        while at != -1:
            end = at + len(value)
            j = bisect.bisect_left(taken, (end, -1))
            if not (j and taken[j - 1][1] > at):
                taken.insert(j, (at, end))
                extra.append(
                    Finding.from_span(
                        f.kind, text, at, end, max(0.0, f.confidence - 0.05), f"{f.detector}_repeat"
                    )
                )
            at = text.find(value, end)
    if not extra:
        return findings
    return sorted(findings + extra, key=lambda f: f.start)
