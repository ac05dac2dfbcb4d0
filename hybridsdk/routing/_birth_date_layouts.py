"""Birth dates in layouts the cue reader does not see, and the marks written after them.

- A patient line on a pharmacy or lab label: the patient's word, the name, and the birth
  date in brackets ("Patient: LEE, Ann (12/03/1985)", "Pacjent: Jan Nowak (1985-03-12)",
  "환자명: 김민수 (85.03.12)"). The bracketed date after a patient's name is the birth date
  on such labels in every country; a visit or fill date is written on its own line.
- A year written first with two or three digits in a birth-date column (Korean
  "85.03.12", a Taiwanese ROC year "74/03/12", "101/03/12"): read only in a cell under a
  birth header, when the first number cannot be a day (above 31).
- The marks after a date that belong to it: the Hijri "هـ", and the final dot of a
  Croatian, Serbian, Bosnian or Latvian date ("12.03.1985.", "12. ožujka 1985."), which
  those orthographies always write (only where the text is in one of them: elsewhere a
  dot after a date ends the sentence).
"""

# Text in many scripts is what this file is about.
# ruff: noqa: RUF001

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

__all__ = [
    "hijri_mark_end",
    "patient_label_dates",
    "south_slavic",
    "south_slavic_dot_end",
    "year_first_short",
]

# "Patient" on labels, in about 40 languages, with a "name" word after it sometimes.
_PATIENT_RE = re.compile(
    r"(?im)(?:^|(?<=[\s|]))(?:patient(?:in|e)?|patiënt|paciente|pacjent(?:ka)?|pacient(?:ka)?|"
    r"pacijent(?:ica)?|paziente|potilas|beteg|bolnik|hasta|utente|doente|asmuo|pacientas|"
    r"ασθεν[ήη]ς|пациент(?:ка)?|пацієнт(?:ка)?|хворий|bệnh nhân|pasien|pesakit|ผู้ป่วย|"
    r"מטופל(?:ת)?|חולה|المريض|مريض|بیمار|مریض|रोगी|मरीज़?|患者(?:氏名|姓名)?|病人|환자(?:명)?|"
    r"名前|氏名)(?:[ \t]+(?:name|naam|nom|nombre|nome|imię|име|имя|ім'я|adı))?"
    r"[ \t]*[:：][ \t]*"
    r"(?P<name>[^\n()\d:：]{2,60}?)[ \t]*[(（][ \t]*"
)
_CLOSE_RE = re.compile(r"[ \t]*[)）]")


def patient_label_dates(
    text: str, date_at: Callable[[int], tuple[int, int] | None]
) -> Iterator[tuple[int, int]]:
    """Spans of the bracketed birth dates after a patient's name.

    Args:
        text: the text to scan.
        date_at: the span of a plausible birth date starting exactly at a position, or None.
    """
    for m in _PATIENT_RE.finditer(text):
        if not any(c.isalpha() for c in m.group("name")):
            continue
        span = date_at(m.end())
        if span is not None and _CLOSE_RE.match(text, span[1]):
            yield span


_SHORT_YEAR_FIRST_RE = re.compile(r"(\d{2,3})([./-])(\d{1,2})\2(\d{1,2})\.?")


def year_first_short(cell: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a cell "85.03.12" or "74/03/12" (ROC "101/03/12"), when the
    first number is a year (above 31) and the rest a month and a day."""
    m = _SHORT_YEAR_FIRST_RE.fullmatch(cell)
    if m is None:
        return None
    y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if y <= 31 or not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if len(m.group(1)) == 3:
        if y > 120:
            return None
        return y + 1911, mo, d  # the ROC calendar counts from 1912
    return 1900 + y, mo, d


_HIJRI_MARK_RE = re.compile(r" ?ه(?:ـ|\.)?(?![^\W\d_])")


def hijri_mark_end(text: str, end: int) -> int:
    """The end of a Hijri date with its "هـ" mark after it, or `end`."""
    if end < len(text) and text[end - 1].isdigit() and (m := _HIJRI_MARK_RE.match(text, end)):
        return m.end()
    return end


_SOUTH_SLAVIC_RE = re.compile(
    r"(?i)ro(?:đ|dj)en|рођен|rođ\.|državljanstvo|prebivali[šs]te|\boib\b|\bjmbg\b|"
    r"(?<![^\W\d_])(?:siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|"
    r"listopada|studenoga|prosinca)(?![^\W\d_])"
    # Latvian writes the same final dot ("Dzimšanas datums: 08.02.1977.")
    r"|dzim(?:šanas|is|usi)(?![^\W\d_])|personas kods"
)


def south_slavic(text: str) -> bool:
    """Whether the text is Croatian, Serbian, Bosnian or Latvian enough for final date dots."""
    return _SOUTH_SLAVIC_RE.search(text) is not None


def south_slavic_dot_end(text: str, start: int, end: int) -> int:
    """The end of a day-first date with its final dot ("12.03.1985.", "1. svibnja 1993.")."""
    if (
        end < len(text)
        and text[end] == "."
        and text[end - 4 : end].isdigit()
        and not text[start : start + 4].isdigit()
        and not text[end + 1 : end + 2].isalnum()
    ):
        return end + 1
    return end
