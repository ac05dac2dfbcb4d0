"""A form that writes each label alone on its line and the value on the next (identity
cards read by OCR, printed certificates): "Surname" / "DOE" / "Given names" / "Jane", also
bilingual ("Επώνυμο / Surname", "Nom / Surname") and behind an OCR mark ("~ Numele").

A line that is only a name's label (`_record_fields` headers and `_structure_spans` name
keys, any part of a "/"-split label) holds no name; the next non-empty line is the name
when it has a name's shape (an upper-case word alone too: cards print surnames so). The
form must have two such label lines; each line is read once.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re
from collections.abc import Callable

from hybridsdk.routing._structure import Span, key_words

__all__ = ["stacked_labels"]

_LINE_RE = re.compile(r"^[ \t~|*•-]*([^\n]{2,60}?)[ \t:]*$", re.M)
_VALUE_RE = re.compile(r"[^\W\d_][\w'’ .-]{0,58}[^\W\d_]")


def stacked_labels(text: str, is_label: Callable[[str], bool]) -> tuple[list[Span], list[Span]]:
    """(label lines, name values) of a stacked form, or two empty lists.

    Args:
        text: the scanned text.
        is_label: whether a label (its words, case-folded) names a name.
    """
    if text.count("\n") < 3:
        return [], []
    labels: list[Span] = []
    names: list[Span] = []
    lines = list(_LINE_RE.finditer(text))
    for i, m in enumerate(lines[:-1]):
        parts = [key_words(p) for p in m.group(1).split("/")]
        if not parts or not any(p and is_label(p) for p in parts):
            continue
        labels.append(m.span(1))
        nxt = lines[i + 1]
        value = nxt.group(1).rstrip(" .")
        if (
            _VALUE_RE.fullmatch(value)
            and len(value.split()) <= 4
            and not is_label(key_words(value))  # the next label, no value
        ):
            names.append((nxt.start(1), nxt.start(1) + len(value)))
    if len(labels) < 2:
        return [], []
    return labels, names
