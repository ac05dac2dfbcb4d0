"""Birth dates written as the first date of a life span: death notices, obituaries,
memorial pages and genealogies.

    (1930-11-26 – 10/07/2026)      * 12 Jun 1936 † 18.08.2026      25.04.1964 – 20. november 2026

No birth word stands before these dates; the layout says it: two dates joined by a dash
or a cross, the second a death (a cross "†" between or before it, or a word of mourning
in the text before: "in loving memory", "Nachruf", "décès", "falleció", "скончался",
"وفاة", "逝世", "별세" ... about 40 languages), the first one year or more before it and
at most 120. Booking and contract ranges ("01.03.2025 – 31.03.2025") have no cross and no
mourning word, and are not read.
"""

# Text in many scripts is what this file is about.
# ruff: noqa: RUF001, RUF002, RUF003

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Iterator

from hybridsdk.routing._id_fields import CueFinder, _top_level_alternatives

__all__ = ["aged_birth_dates", "life_span_birth_dates"]

_CROSSES = "†✝✞"
# Words of mourning: a death notice's title or lead.
_MOURNING_WORDS = (
    r"in (?:loving )?memory|passing of|passed away|obituary|rest in peace|r\.i\.p|deceased"
    r"|funeral|memorial|condolences|interment|died|death notice"
    r"|nachruf|traueranzeige|verstorben|gestorben|in liebe\w* erinnerung|wir trauern|entschlafen"
    r"|d[ée]c[èe]s|d[ée]c[ée]d[ée]e?|obs[èe]ques|in memoriam|n[ée]crologie|nous a quitt[ée]"
    r"|falleci\w*|q\.e\.p\.d|esquela|velorio|sepelio|descanse en paz|falec\w*|vel[óo]rio"
    r"|necrolog\w*|[èe] mancat[oa]|scompars[oa]|funeral[ei]|overleden|overlijden|rouwbericht"
    r"|zmar[łl]a?|nekrolog|pogrzeb|ś\.p\.|скончал\w*|умер(?:ла)?|некролог|светлой памяти"
    r"|zem[řr]el[a]?|pohřeb|elhunyt|gy[áa]szjelent\w*|a murit|decedat\w*|[îi]nmorm[âa]ntare"
    r"|vefat\w*|cenaze|πέθανε|κηδεία|απεβίωσε|avled|begravning|begravelse|kuoli|muistoa"
    r"|mälestame|lahkus|mir[ėe]|nomira|umrl[a]?|preminu\w*|umro|umrla|почина\w*|помер(?:ла)?"
    r"|пам'яті|meninggal|wafat|berpulang|qua đời|từ trần|pumanaw|alifariki"
    r"|وفاة|توفي|توفيت|المرحوم\w*|رحمه الله|נפטר\w*|ז\"ל|درگذشت|مرحوم\w*|निधन|स्वर्गवास"
    r"|เสียชีวิต|ถึงแก่กรรม|逝世|去世|訃報|死去|永眠|별세|부고"
)
_MOURNING = CueFinder(
    re.compile(
        "(?i)(?:"
        + "|".join(
            r"(?<![^\W\d_])(?:" + w + r")(?![^\W\d_])"
            for w in _top_level_alternatives(_MOURNING_WORDS)
        )
        + ")"
    )
)
# Between the two dates: a dash, a cross, "d." (died), and spaces or brackets.
_JOIN_RE = re.compile(r"[\s)\]]*(?:[-–—~]|[†✝✞]|d\.)[\s(\[]*(?:[†✝✞]|d\.)?[\s(\[]*")
_MOURNING_REACH = 400
_MOURNING_AFTER = 4  # "1940年5月12日 – 2025年2月3日 逝世"
_MAX_AGE = 120


def life_span_birth_dates(
    text: str,
    dates: Callable[[str, int], re.Match[str] | None],
    parse: Callable[[re.Match[str]], tuple[int, int, int] | None],
    max_year: int,
) -> Iterator[tuple[int, int]]:
    """Spans of dates that open a life span (see the module docstring).

    Args:
        text: the text to scan.
        dates: the next date match at or after a position (None when there is none).
        parse: a date match's (year, month, day), None when it is no date.
        max_year: the current year; a death after it is no death.
    """
    cross = any(c in text for c in _CROSSES)
    mourning = [m.start() for m in _MOURNING.finditer(text)]
    if not cross and not mourning:
        return
    pos = 0
    first = dates(text, pos)
    while first is not None:
        second = dates(text, first.end())
        if second is None:
            return
        join = _JOIN_RE.fullmatch(text, first.end(), second.start())
        if join is not None and not first.group(0).isdigit() and not second.group(0).isdigit():
            a, b = parse(first), parse(second)
            joined_by_cross = any(c in join.group(0) for c in _CROSSES)
            marked = joined_by_cross or text[max(0, first.start() - 2) : first.start()].strip() in (
                "*",
                "(*",
            )
            k = bisect.bisect_left(mourning, first.start() - _MOURNING_REACH)
            mourned = (k < len(mourning) and mourning[k] < first.start()) or (
                (j := bisect.bisect_left(mourning, second.end())) < len(mourning)
                and mourning[j] < second.end() + _MOURNING_AFTER
            )
            if (
                a is not None
                and b is not None
                and (marked or mourned)
                and 1 <= b[0] - a[0] <= _MAX_AGE
                and b[0] <= max_year
            ):
                yield first.start(), first.end()
        first = second


# --- a date with the age it gives -------------------------------------------------------

# An age right after a date ("12.03.1985 (39 J.)", "1985-03-12, age 39", "12/03/1985 (39
# años)", "1985年3月12日（39岁）"): when the age is the years since that date, the date is
# a birth date, whatever the language.
_AGE_UNITS = (
    r"years?(?:\s+old)?|yrs?|y/o|y\.o\.?|yo|j\.|jahre?|ans|años|anos|anni|jaar|år|vuotta|lat"
    r"|let|лет|года?|років|роки|yaş|éves|ani|ετών|χρονών|سنة|سنوات|عام(?:ا|اً)?|שנים|साल|वर्ष"
    r"|tuổi|tahun|ปี|taon|miaka|жаш|жаста|yosh|წლის|տարեկան|aastat|metai|metų|gadi|godina|godine"
)
_AGE_WORDS = (
    r"age[d]?|âge|edad|idade|et[àa]|alter|leeftijd|wiek|возраст|yaş|ηλικία|العمر|גיל|उम्र"
    r"|年龄|年齢|나이|umur|อายุ|edat"
)
_AGE_RE = re.compile(
    r"(?<![\d.,])(?P<age>\d{1,3})\s?(?:(?:" + _AGE_UNITS + r")(?![^\W\d_])|[岁歲才세])"
    r"|(?<![^\W\d_])(?:" + _AGE_WORDS + r")\s*:?\s*(?P<age2>\d{1,3})(?![\d.,]\d)",
    re.IGNORECASE,
)
# Between the date and its age: a bracket or a comma, and perhaps the word "age".
_DATE_TO_AGE_RE = re.compile(
    r"[\s,;:–-]*[(\[（]?\s*(?:(?:" + _AGE_WORDS + r")\s*:?\s*)?",
    re.IGNORECASE,
)


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def aged_birth_dates(
    text: str,
    dates: Callable[[str, int, int], Iterator[re.Match[str]]],
    parse: Callable[[re.Match[str]], tuple[int, int, int] | None],
) -> Iterator[tuple[int, int]]:
    """Spans of dates followed by the age they give (see `_AGE_RE`).

    Args:
        text: the text to scan.
        dates: the date matches within text[lo:hi].
        parse: a date match's (year, month, day), None when it is no date.
    """
    if _YEAR_RE.search(text) is None:
        return  # no year of birth in the text, no date to give an age
    now = datetime.date.today()
    today = (now.year, now.month, now.day)
    for age in _AGE_RE.finditer(text):
        lo = max(0, age.start() - 48)
        last = None
        for m in dates(text, lo, age.start()):
            last = m
        if last is None or _DATE_TO_AGE_RE.fullmatch(text, last.end(), age.start()) is None:
            continue
        ymd = parse(last)
        if ymd is None:
            continue
        years = today[0] - ymd[0] - ((today[1], today[2]) < (ymd[1], ymd[2]))
        if years == int(age.group("age") or age.group("age2")):
            yield last.start(), last.end()
