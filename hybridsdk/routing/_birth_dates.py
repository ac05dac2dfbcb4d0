"""Dates of birth: a birth cue in one of many languages, then (or before it) a date.

    DOB: 03/12/1985          Geburtsdatum: 12.03.1985     née le 1er mai 1990
    nata a Roma il 12 marzo 1985                          data urodzenia: 12 marca 1985
    дата рождения: 12.03.1985       12.03.1985 г.р.       تاريخ الميلاد: ١٢/٠٣/١٩٨٥
    जन्म तिथि: १२/०३/१९८५     生年月日：昭和60年3月12日     1985年3月12日生まれ
    출생일: 1985년 3월 12일    {"birthDate": "1985-03-12"}   * 12.03.1985 in Hamburg

The date may be numeric (day-month-year, month-day-year, year-month-day with `.`, `/`
or `-`; two-digit years too), written with a month name or its abbreviation in 16
languages (genitive forms for Polish, Russian, Greek; `12 de marzo de 1985`, `March 12,
1985`, `12th of March 1985`), in CJK year-month-day form (Japanese eras too), in Arabic-Indic
or Devanagari digits. Between cue and date only a few words without digits or sentence
punctuation ("born *in London on*", "nata *a Roma il*"); words naming another event
("appointment", "Termin", "livraison" ...) end the search. The year must lie between 1900
and now; after cues that also name a birthday or are a single mark ("birthday",
"Geburtstag", "b.", "f."), at least three years back, after "*" twelve. Dates with no birth
cue (appointments, invoices, timestamps) are never taken.

Findings are scored 0.65: above the tagger (at most 0.6), so where both find the same
birth date the cue's span is kept and the tagger's dropped; below every checked detector.
`tagged_birth_date_ok` lets the scanner drop tagger birth dates with no cue around them.
"""

# Text in many scripts is what this file is about: fullwidth colons, CJK commas and
# Greek or Cyrillic letters are meant.
# ruff: noqa: RUF001, RUF002, RUF003

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["CONFIDENCE", "BirthDateDetector", "tagged_birth_date_ok"]

CONFIDENCE = 0.65

_MONTHS_TEXT = """
en january february march april may june july august september october november december
en jan feb mar apr may jun jul aug sep sept oct nov dec
de januar februar märz april mai juni juli august september oktober november dezember
de jänner maerz jan feb mär apr jun jul aug sep sept okt nov dez
fr janvier février mars avril mai juin juillet août septembre octobre novembre décembre
fr janv févr fevrier fév mars avr mai juin juil août aout sept oct nov déc decembre
es enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
es ene feb mar abr may jun jul ago sep sept oct nov dic setiembre
pt janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
pt jan fev mar abr mai jun jul ago set out nov dez marco
it gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
it gen feb mar apr mag giu lug ago set ott nov dic
nl januari februari maart april mei juni juli augustus september oktober november december
nl jan feb mrt apr mei jun jul aug sep sept okt nov dec
pl styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień
pl stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia
sv januari februari mars april maj juni juli augusti september oktober november december
sv jan feb mar apr maj jun jul aug sep sept okt nov dec
da januar februar marts april maj juni juli august september oktober november december
fi tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta
tr ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
el ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος
el ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου
el ιαν φεβ μαρ απρ μαΐ ιουν ιουλ αυγ σεπ οκτ νοε δεκ μαιου
ru январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
ru января февраля марта апреля мая июня июля августа сентября октября ноября декабря
ru янв фев мар апр мая июн июл авг сен сент окт ноя дек
ar يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
ar يناير فبراير مارس ابريل مايو يونيه يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
ar كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول
hi जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर
hi जनवरी फरवरी मार्च अप्रेल मई जून जुलाई अगस्त सितम्बर अक्तूबर नवम्बर दिसम्बर
"""


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for line in _MONTHS_TEXT.strip().splitlines():
        words = line.split()[1:]
        if len(words) == 12:
            for i, w in enumerate(words, 1):
                table.setdefault(w.replace("_", " ").lower(), i)
        else:  # abbreviation lines with extra spellings: map by prefix of a full name
            for w in words:
                table.setdefault(w.replace("_", " ").lower(), 0)
    full = {k: v for k, v in table.items() if v}
    for k in [k for k, v in table.items() if not v]:
        match = [v for name, v in full.items() if name.startswith(k[:3]) and name[:1] == k[:1]]
        if match:
            table[k] = match[0]
        else:
            del table[k]
    return table


_MONTHS = _month_table()
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th|er|re|e|º|ª|\.)?"
# Spoken days ("july fourth 1962", "the twelfth of march 1985"), English only.
_ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_DAY_WORDS = {w: i for i, w in enumerate(_ORDINAL_WORDS, 1)}
for _i, _w in enumerate(_ORDINAL_WORDS[:9], 1):
    _DAY_WORDS[f"twenty-{_w}"] = _DAY_WORDS[f"twenty {_w}"] = 20 + _i
_DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
_DAY_ALT = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))

# Each alternative names its parts d<n>, m<n>, y<n>; numeric months are read as m<n>.
_DATE = (
    # 1985-03-12, 1985/3/12, 1985.03.12
    r"(?P<y1>\d{4})(?P<s1>[-./])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})(?![\d.]\d)"
    # 12.03.1985, 03/12/85, 12-3-1985 (day or month first: both are tried)
    r"|(?P<d2>\d{1,2})(?P<s2>[-./])(?P<m2>\d{1,2})(?P=s2)(?P<y2>\d{4}|\d{2})(?![\d])"
    # 12 March 1985, 12. März 1985, 12 de marzo de 1985, 12th of March, 1985, 1er mai 1990
    r"|(?P<d3>\d{1,2}|"
    + _DAY_ALT
    + r")"
    + _ORD
    + r"\s{0,2}(?:de\s+|of\s+|του\s+)?(?P<m3>"
    + _MONTH_ALT
    + r")\.?,?"
    r"\s{1,2}(?:de\s+|del\s+)?(?P<y3>\d{4})"
    # March 12, 1985; Mar 12 1985; March 12th 1985
    r"|(?P<m4>"
    + _MONTH_ALT
    + r")\.?\s{1,2}(?:the\s+)?(?P<d4>\d{1,2}|"
    + _DAY_ALT
    + r")(?:st|nd|rd|th)?,?\s{1,2}(?P<y4>\d{4})"
    # 12-Mar-1985, 12/MAR/85, 12 Mar 85
    r"|(?P<d6>\d{1,2})(?P<s6>[-/ ])(?P<m6>" + _MONTH_ALT + r")(?P=s6)(?P<y6>\d{4}|\d{2})"
    # 19850312 (forms and JSON)
    r"|(?P<y7>19\d\d|20[0-2]\d)(?P<m7>0[1-9]|1[0-2])(?P<d7>0[1-9]|[12]\d|3[01])"
    # Korean dotted: 1985. 3. 12. (the last dot belongs to the date)
    r"|(?P<y8>\d{4})\.\s(?P<m8>\d{1,2})\.\s(?P<d8>\d{1,2})\.?"
    # 1985年3月12日, 昭和60年3月12日, 1985년 3월 12일
    r"|(?:(?P<era>昭和|平成|令和|大正)\s?)?(?P<y5>(?(era)(?:\d{1,2}|元)|\d{4}))\s?[年년]\s?"
    r"(?P<m5>\d{1,2})\s?[月월]\s?(?P<d5>\d{1,2})\s?[日일号號]"
)
# Not inside a longer number or word; CJK text may touch the date on either side.
_DATE_RE = re.compile(r"(?<![\dA-Za-z])(?<!\d\.)(?:" + _DATE + r")(?![\dA-Za-z])", re.IGNORECASE)

# Birth cues written before the date.
_CUES_BEFORE = r"""
date[ _-]?of[ _-]?birth|birth[ _-]?date|birth[ _-]?day|d\.\s?o\.\s?b\.?|dob|born(?:\s+on)?|b\.(?=\s)|birth|
b-?day|geburtsdatum|geb\.?[-_]?datum|geburtstag|geboren(?:\s+am)?|geb\.(?:\s*am)?|
date[ _-]?de[ _-]?naissance|date[ _-]naissance|n[ée]\(?e?\)?\s+le|ddn|naissance|
fecha[ _-]?de[ _-]?nacimiento|fecha[ _-]?nacimiento|f\.\s?(?:de\s)?nac(?:imiento|\.)?|fecha[ _]nac\.?|
nacid[oa](?:\s+el)?|nac[ií]\s+el|nacimiento|
data[ _-]de[ _-]nascimento|data\s+de\s+nasc\.?|nascid[oa](?:\s+em)?|nasci\s+em|
data[ _-]?di[ _-]?nascita|data[ _-]?nascita|nat[oa](?:/a)?(?=\s+(?:il|a|ad|in|nel)\s)|nascita|
geboortedatum|geboren\s+op|geb\.?|
data[ _-]urodzenia|ur\.|urodzon[ya](?:\s+dnia)?|urodzi(?:ł|łem|łam|ła)(?:\s+się)?|
f[öo]delsedatum|f[öo]delsedag(?:en)?|fødselsdag|född(?:\s+den)?|f\.(?=\s)|fødselsdato|født|syntymäaika|syntynyt|
doğum[ _-]tarihi|d\.\s?t\.|
ημερομηνία\s+γέννησης|ημ(?:/νία|\.)?\s*γέννησης|ημερ\.\s*γέννησης|γεννήθηκ(?:α|ε)(?:\s+στις)?|γεννημέν(?:ος|η|ου)(?:\s+στις)?|γέννηση|γεν\.|
дата\s+рождения|д\.\s?р\.|родил(?:ся|ась)|рожд[её]н[аы]?|рождения|рожд\.|
[وب]?تاريخ\s+الميلاد|[وب]?تاريخ\s+ميلاد|[وب]?تاريخ\s+الولادة|من\s+مواليد|مواليد|ولدت(?:\s+في)?|(?:ال)?مولود(?:ة)?(?:\s+في)?|ولد(?:\s+في)?|الميلاد|
जन्म\s*तिथि|जन्मतिथि|जन्म\s+दिनांक|जन्म\s+की\s+तारीख|जन्मदिन|जन्म
"""
# CJK cues touch the text around them: no word boundaries.
_CJK_CUES = "生年月日|誕生日|出生日期|出生年月日|出生于|出生於|生日|생년월일|생일|출생일|출생"
_CUE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:" + "".join(_CUES_BEFORE.split("\n")).strip("|") + r")(?![^\W\d_])"
    r"|" + _CJK_CUES + r"|(?:^|(?<=[\s(]))\*(?=\s?\d)",
    re.IGNORECASE | re.MULTILINE,
)
# The same on lower-cased text without IGNORECASE: half the time on a long alternation.
_CUE_BEFORE_LOWER_RE = re.compile(_CUE_BEFORE_RE.pattern, re.MULTILINE)
# Birth cues written after the date: 1985年3月12日生まれ, 1985년 3월 12일생, 12.03.1985 г.р.
_CUE_AFTER_RE = re.compile(
    r"\s?(?:生まれ|生(?![产産])|出生|에\s?태어났|에\s?출생|생|г\.\s?р\.|года\s+рождения|doğumlu|"
    r"को\s+(?:हुआ|जन्म)|में\s+जन्म|\sgeboren)",
    re.IGNORECASE,
)
_AFTER_HINT = ("geboren", "生", "출생", "태어", "г.", "г ", "рожд", "doğ", "को", "जन्म", "생")

# Between cue and date: words without digits or sentence punctuation, at most 48 chars.
_GAP_RE = re.compile(r"[^\d\n.!?;,،。]{0,48}?(?=\S)", re.IGNORECASE)
_OTHER_EVENT_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:appointment|party|celebrat|feier|fête|fiesta|festa|visit|admi|"
    r"ricover|ingres|aufnahme|besuch|besök|wizyt|bezoek|посещ|при[её]м|زيارة|दौरा|방문|就诊|受診|来院|meeting|delivery|deliver|invoice|order|booking|due|expir|issued|valid|"
    r"termin|liefer|rechnung|bestell|ablauf|gültig|rendez|livraison|facture|commande|cita|"
    r"entrega|factura|pedido|appuntamento|consegna|fattura|scadenza|afspraak|levering|factuur|"
    r"wizyt|dostaw|faktur|möte|leverans|ραντεβού|παράδοσ|τιμολόγ|встреч|доставк|сч[её]т|"
    r"موعد|تسليم|فاتورة|अपॉइंटमेंट|डिलीवरी|予約|納品|請求|预约|交货|发票|예약|배송|청구|"
    r"place|lieu|lugar|luogo|ort|plaats|miejsce|τόπος|место|مكان|स्थान|出生地|출생지)"
)
# Cues that also name a celebration ("birthday party on ..."), and the German asterisk,
# take only dates a few years back.
_WEAK_CUE_RE = re.compile(
    r"(?i)birth[ _-]?day|b-?day|geburtstag|f[öo]delsedag(?:en)?|fødselsdag|生日|誕生日|생일|जन्मदिन|\*|b\.|f\.|birth|"
    # alone, these also name a birth certificate, a birthday or a birthplace
    r"naissance|nascita|nacimiento|рождения|الميلاد|जन्म"
)
_MAX_YEAR = _dt.date.today().year


def _parse(m: re.Match[str]) -> tuple[int, int, int] | None:
    """(year, month, day) of a date match when it is a real date of a living person."""
    g = m.groupdict()
    for n in "12345678":
        if g.get("y" + n) is not None:
            break
    ys, ms, ds = g["y" + n], g["m" + n], g["d" + n]
    if n == "5" and g.get("era"):
        return 1950, 1, 1  # an era year: no calendar check needed for plausibility
    year = int(ys)
    if len(ys) == 2:
        year += 1900 if year > _MAX_YEAR % 100 else 2000
    month = int(ms) if ms.isdigit() else _MONTHS.get(ms.lower(), 0)
    day = int(ds) if ds.isdigit() else _DAY_WORDS.get(ds.lower(), 0)
    if not 1900 <= year <= _MAX_YEAR:
        return None
    candidates = [(month, day)]
    if n == "2":
        candidates.append((day, month))  # 03/12/1985 is day-first or month-first
    for mo, d in candidates:
        try:
            _dt.date(year, mo, d)
        except ValueError:
            continue
        return year, mo, d
    return None


# "Date of birth: Tuesday, 12 March 1985": a weekday and its comma may precede the date.
_WEEKDAY_RE = re.compile(
    r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|\b(?:mon|diens|donners|frei|sams|sonn)tag,?|"
    r"\bmittwoch,?|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?|"
    r"\b(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo),?"
)
_TINY_CUES = frozenset({"b.", "f.", "*"})
_GAP_STOP_RE = re.compile(r"[.!?;,،。](?:\s|$)|[!?;\n]|\d")


class _NextDate:
    """`_DATE_RE.search(text, pos)` for many `pos` in one text, in linear total time.

    A search from `pos` that finds its date at `start` (or none) gives the same answer for
    any later `pos` up to `start` (or for any later `pos`): no position in between holds a
    date, and lookbehinds see the whole text whatever `pos` is. Without this, a text of
    birth cues and no date ("born on " * 12_500) searched to its end for every cue:
    quadratic, minutes for 100k characters.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.frm = -1
        self.m: re.Match[str] | None = None

    def search(self, pos: int) -> re.Match[str] | None:
        if not (0 <= self.frm <= pos and (self.m is None or pos <= self.m.start())):
            self.frm, self.m = pos, _DATE_RE.search(self.text, pos)
        return self.m


def _date_after_cue(text: str, pos: int, dates: _NextDate) -> re.Match[str] | None:
    """The date following a cue at `pos`, across a short gap of words."""
    m = dates.search(pos)
    if m is None or m.start() - pos > 56:
        return None
    gap = _WEEKDAY_RE.sub(" ", text[pos : m.start()])
    if _GAP_STOP_RE.search(gap) or len(gap.split()) > 6 or _OTHER_EVENT_RE.search(gap):
        return None
    return m


def birth_dates(text: str) -> Iterator[tuple[int, int]]:
    """Spans (start, end) of dates given as birth dates.

    Args:
        text: the text to scan.
    """
    seen: set[int] = set()
    low = text.lower()
    cues = (
        _CUE_BEFORE_LOWER_RE.finditer(low)
        if len(low) == len(text)
        else _CUE_BEFORE_RE.finditer(text)
    )
    dates = _NextDate(text)
    for cue in cues:
        m = _date_after_cue(text, cue.end(), dates)
        if m is None or m.start() in seen:
            continue
        if cue.group(0) in _TINY_CUES and text[cue.end() : m.start()].strip():
            continue  # "b.", "f.", "*" only right before the date
        ymd = _parse(m)
        if ymd is not None and (
            ymd[0] <= _MAX_YEAR - (12 if cue.group(0) == "*" else 3)
            or not _WEAK_CUE_RE.fullmatch(cue.group(0))
        ):
            seen.add(m.start())
            yield m.start(), m.end()
    if any(h in text for h in _AFTER_HINT):
        for m in _DATE_RE.finditer(text):
            if m.start() not in seen and _CUE_AFTER_RE.match(text, m.end()) and _parse(m):
                seen.add(m.start())
                yield m.start(), m.end()


def tagged_birth_date_ok(text: str, start: int, end: int) -> bool:
    """Whether a birth date found by the tagger has a birth cue right before it (within 48
    characters, with no digits, sentence end or other event in between) or right after
    it: the tagger also tags appointment, visit and invoice dates."""
    lo = max(0, start - 48)
    cues = list(_CUE_BEFORE_RE.finditer(text, lo, start))
    if cues:
        gap = _WEEKDAY_RE.sub(" ", text[cues[-1].end() : start])
        if not (_GAP_STOP_RE.search(gap) or _OTHER_EVENT_RE.search(gap)):
            return True
    return _CUE_AFTER_RE.match(text, end) is not None


class BirthDateDetector:
    """Dates of birth after (or before) a birth cue, in many languages (see module doc)."""

    kind = PiiKind.DOB

    def __call__(self, text: str) -> Iterator[Finding]:
        for a, b in birth_dates(text):
            yield Finding.from_span(self.kind, text, a, b, CONFIDENCE, "dob_cue")
