"""Identity numbers whose written form alone tells them apart: Myanmar NRC, the
Mongolian civil register number and Pakistan's CNIC in its dashed form.

- Myanmar National Registration Card: the state or region (1 to 14), a slash, the
  township's code (two to four syllables, romanised "LaMaNa", "PaThaNa" or in Myanmar
  letters "တမန"), the citizenship class in brackets ("(N)", "(Naing)", "(နိုင်)",
  "(ဧည့်)" ...) and six digits (Myanmar or ASCII): ``12/LaMaNa(N)359748``,
  ``၁၂/တမန(နိုင်)၁၆၄၅၅၁``. No other number is written so.
- Mongolian register number (регистрийн дугаар): two Cyrillic capitals, then the birth
  date as YYMMDD (the month plus 20 for births from 2000) and two more digits:
  ``ОХ85071808``, ``ГШ00231064``. The date must be one; there is no public check digit.

- Pakistan CNIC written as issued, ``NNNNN-NNNNNNN-N`` (the first digit a province, 1
  to 7): ``35202-1234567-1``. Undashed, thirteen digits are anything: those need a cue
  (`_national_ids_world`, "pk_cnic").

All are reported without a cue (`shaped_id_spans`); the text is read with its digits
made ASCII first (`_national_ids_intl.ascii_digits`).
"""

# Text in many scripts is what this file is about.
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["shaped_id_spans"]

_MM_LETTERS = "\u1000-\u103f"
_MM_NRC_RE = re.compile(
    r"(?<![\w/])(?:1[0-4]|[1-9]) ?/ ?"
    rf"(?:(?:[A-Z][a-z]{{0,3}}){{2,4}}|[{_MM_LETTERS}]{{2,10}})"
    rf" ?[(（](?:[A-Z][a-z]{{0,5}}|[{_MM_LETTERS}]{{1,10}})[)）] ?"
    r"\d{6}(?![\d/])"
)
_PK_CNIC_RE = re.compile(r"(?<![\w-])[1-7]\d{4}-\d{7}-\d(?![\w-])")
_MN_REGISTER_RE = re.compile(r"(?<![^\W\d_])[А-ЯЁӨҮ]{2}(?P<d>\d{6})\d{2}(?!\d)(?![^\W\d_])")


def _mn_date_ok(d: str) -> bool:
    month, day = int(d[2:4]), int(d[4:6])
    if month > 20:
        month -= 20
    return 1 <= month <= 12 and 1 <= day <= 31


def shaped_id_spans(text_a: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, scheme) of the identity numbers in `text_a` (ASCII digits) that their
    shape alone identifies."""
    if "/" in text_a:
        for m in _MM_NRC_RE.finditer(text_a):
            yield m.start(), m.end(), "mm_nrc"
    if "-" in text_a:
        for m in _PK_CNIC_RE.finditer(text_a):
            yield m.start(), m.end(), "pk_cnic_dashed"
    for m in _MN_REGISTER_RE.finditer(text_a):
        if _mn_date_ok(m.group("d")):
            yield m.start(), m.end(), "mn_register"
