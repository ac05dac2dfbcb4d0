"""Birth dates and personal identifiers in ASC X12 segments (834 enrolments, 837 claims,
270/271 eligibility), read by position.

    NM1*IL*1*CASSIM*RINOZA****ZZ*194684145108~
    DMG*D8*19461206*F~

- ``DMG`` (demographic information): with the date format ``D8`` its second element is
  the person's date of birth (``CCYYMMDD``); the segment carries nothing else a date
  could be.
- ``NM1`` (individual name) of a person (entity type ``1``): the ninth element is their
  identifier, whose kind the eighth names: ``34`` a social security number, ``ZZ`` one
  mutually defined (a national identity number where there is no SSN). Member ids
  (``MI``), provider ids (``XX``, ``FI``) and the like are no person's identity: skipped.

Elements are apart by the interchange's separator (the ``ISA`` segment's fourth
character, ``*`` when there is none); segments end at ``~``, a line break or the text's
end. Read only when the text holds ``DMG`` or ``NM1`` (a substring test).
"""

from __future__ import annotations

from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["x12_findings"]

CONFIDENCE = 0.9

_SEPARATORS = "*|^"
_ID_QUALIFIERS = {"34": PiiKind.SSN, "ZZ": PiiKind.NATIONAL_ID}
_MIN_ID_DIGITS = 4
_SEGMENT_END = "~\r\n"


def _separator(text: str) -> str:
    i = text.find("ISA")
    if i != -1 and i + 3 < len(text) and text[i + 3] in _SEPARATORS:
        return text[i + 3]
    return "*"


def _segments(text: str, tag: str, sep: str) -> Iterator[tuple[int, list[tuple[int, int]]]]:
    """(start, element spans after the tag) of each `tag` segment at a segment's start."""
    head = tag + sep
    pos = text.find(head)
    while pos != -1:
        if pos == 0 or text[pos - 1] in "~\n\r\t '":
            end = pos + len(head)
            stop = len(text)
            for c in _SEGMENT_END:
                j = text.find(c, end)
                if j != -1:
                    stop = min(stop, j)
            spans: list[tuple[int, int]] = []
            a = end
            while True:
                b = text.find(sep, a, stop)
                if b == -1:
                    spans.append((a, stop))
                    break
                spans.append((a, b))
                a = b + 1
            yield pos, spans
        pos = text.find(head, pos + 1)


def _ccyymmdd(raw: str) -> bool:
    if len(raw) != 8 or not raw.isdigit():
        return False
    y, m, d = int(raw[:4]), int(raw[4:6]), int(raw[6:])
    return 1850 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31


def x12_findings(text: str) -> Iterator[Finding]:
    """Birth dates (``DMG*D8``) and person identifiers (``NM1`` qualifiers 34, ZZ)."""
    if "DMG" not in text and "NM1" not in text:
        return
    sep = _separator(text)
    for _, el in _segments(text, "DMG", sep):
        if len(el) >= 2 and text[slice(*el[0])] == "D8" and _ccyymmdd(text[slice(*el[1])]):
            yield Finding.from_span(PiiKind.DOB, text, *el[1], CONFIDENCE, "x12_dmg")
    for _, el in _segments(text, "NM1", sep):
        if len(el) < 9 or text[slice(*el[1])] != "1":
            continue
        kind = _ID_QUALIFIERS.get(text[slice(*el[7])])
        a, b = el[8]
        value = text[a:b]
        if (
            kind is not None
            and value.strip() == value
            and 4 <= len(value) <= 24
            and value.replace("-", "").isalnum()
            and sum(c.isdigit() for c in value) >= _MIN_ID_DIGITS
        ):
            yield Finding.from_span(kind, text, a, b, CONFIDENCE, "x12_nm1")
