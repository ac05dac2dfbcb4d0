"""Names read by the grammar of machine formats, and format tokens that are no names
(docs/privacy_figures.md, "Seventh set as a dev set (session 10): person and address
precision in machine formats"):

- a GEDCOM family tree: the names are the values of its `NAME` lines (the given names
  and the `/surname/` as two spans), `GIVN`, `SURN`, `NICK` and `_MARNM` lines; every
  other name the tagger found there (a record tag as `INDI`, `BIRT`, a `PLAC` town) is
  dropped;
- an HL7 v2 name field (`FAMILY^GIVEN^MIDDLE`): one span per component;
- a DHCP or router host name (`iPad-Ana`, `Omars-MBP`, `Lena-PC`): the name without
  the device word and the possessive `s` before a Mac's suffix;
- tokens of logs that the tagger takes for names: a syslog line's month
  (`Jun  2 07:25:00 host ...`), a bracketed lower-case log word (`[preauth]`), a browser
  user agent's product words (`like Gecko`, `Intel Mac OS X`), and an upper-case unit
  of two to five letters right after a number (`6 ECTS`, `30 CFU`), twice or more;
- a street's name without its number, in prose: the span ends with a street's type
  ("Ring Road", "Sexta Avenida") or follows one ("bd. Dacia", "Λεωφ. Μακαρίου",
  "Rue Oberkampf"); types that are also surnames or titles ("Park", "Dr.") are left.

Every check reads the span's line; GEDCOM is read once per text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from hybridsdk.routing._gedcom_fields import gedcom_fields
from hybridsdk.routing._street_words import is_street_word

if TYPE_CHECKING:
    from hybridsdk.routing._detectors import Finding

    Respan = Callable[[Finding, int, int], Finding]

__all__ = [
    "format_addresses",
    "format_people",
    "format_token",
    "gedcom_addresses",
    "gedcom_names",
    "is_gedcom",
    "street_name",
]

_GED_LINE_RE = re.compile(
    r"^[ \t]*\d{1,2}[ \t]+(?:@[^@\n]{1,40}@[ \t]+)?[A-Z_][A-Z0-9_]{1,31}\b", re.M
)
_GED_HEAD_RE = re.compile(r"^[ \t]*0[ \t]+(?:HEAD|@[^@\n]{1,40}@[ \t]+(?:INDI|FAM))\b", re.M)
_LOGCAT_HEAD_RE = re.compile(
    r"\d\d-\d\d[ \t]+\d\d:\d\d:\d\d\.\d{3}[ \t]+\d+[ \t]+\d+[ \t]+[VDIWEFA]\b"
)
_DIGEST_RE = re.compile(r"\bVol(?:ume)?\.?[ \t]*\d+,[ \t]*(?:Issue|No\.?)[ \t]*\d+")
_COLUMN_UNIT_RE = re.compile(r"[ \t]{2}\d{1,3}[ \t]+([A-Z]{2,5})\b")

_MONTHS = frozenset(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
)
_SYSLOG_AFTER_RE = re.compile(r"[ \t]{1,2}\d{1,2}[ \t]\d\d:\d\d:\d\d\b")
_UA_WORDS = frozenset(
    [
        "Gecko",
        "KHTML",
        "Mac",
        "Macintosh",
        "Intel",
        "Safari",
        "Chrome",
        "Firefox",
        "Mozilla",
        "AppleWebKit",
        "Mobile",
        "Windows",
        "Linux",
        "Android",
        "Edg",
        "Edge",
        "Version",
        "OPR",
        "Trident",
        "CriOS",
    ]
)
_UA_MARK_RE = re.compile(r"Mozilla/\d|AppleWebKit/|Gecko/|curl/|Dalvik/")
_UNIT_RE = re.compile(r"[A-Z]{2,5}\Z")
_NUMBER_BEFORE_RE = re.compile(r"\d[ \t]{1,12}\Z")

_TAIL_TYPES = frozenset(
    ["road", "avenue", "avenida", "boulevard", "street", "highway", "straße", "strasse"]
)
_NOT_BEFORE = frozenset(
    (
        "ch.",
        "close",
        "cours",
        "court",
        "dr",
        "dr.",
        "drive",
        "gardens",
        "grove",
        "hill",
        "jr.",
        "lane",
        "largo",
        "park",
        "pl.",
        "place",
        "plaza",
        "r.",
        "ring",
        "rise",
        "ronda",
        "row",
        "square",
        "st",
        "st.",
        "ste",
        "ste.",
        "vale",
        "via",
        "view",
        "walk",
        "way",
    )
)
_WORD_BEFORE_RE = re.compile(r"(\S+) \Z")


def street_name(text: str, start: int, end: int) -> bool:
    """Whether the span is a street's name: it ends with a street's type or follows one."""
    words = text[start:end].split()
    if len(words) >= 2 and words[-1].casefold() in _TAIL_TYPES:
        return True
    m = _WORD_BEFORE_RE.search(text, max(0, start - 24), start)
    if m is None:
        return False
    word = m.group(1)
    if word.casefold() in _NOT_BEFORE or not is_street_word(word):
        return False
    return word.endswith(".") or word[:1].isupper() or not word[:1].isalpha()


_DEVICE = (
    r"iPhone|iPad|iPod|iMac|MacBook(?:-?(?:Pro|Air))?|MBP|MBA|Galaxy|android|Android|"
    r"PC|Laptop|laptop|Desktop|desktop|DESKTOP|LAPTOP|Phone|phone|Tablet|tablet|TV|"
    r"Watch|Redmi|Pixel|Xbox|PS\d|Kindle|Echo|Mac"
)
_HOST_RE = re.compile(
    rf"(?:(?:{_DEVICE})[-_ ])?([^\W\d_]{{2,30}}?)(s?)(?:[-_ ](?:{_DEVICE})(?:[-_]\w+)?)?"
)
_MAC_SUFFIX_RE = re.compile(r"[-_ ](?:MBP|MBA|MacBook|iMac|Mac)\b")


def is_gedcom(text: str) -> bool:
    """A GEDCOM file: a level-0 record header and mostly `level TAG` lines."""
    if "\n" not in text or _GED_HEAD_RE.search(text) is None:
        return False
    lines = [ln for ln in text.splitlines() if ln.strip()]
    tagged = sum(1 for ln in lines if _GED_LINE_RE.match(ln))
    return tagged >= 4 and tagged * 2 >= len(lines)


def gedcom_names(text: str) -> list[tuple[int, int]]:
    """The spans of the names a GEDCOM text's name lines hold (`_gedcom_fields`)."""
    return gedcom_fields(text)[0]


def gedcom_addresses(text: str) -> list[tuple[int, int]]:
    """The spans of a GEDCOM text's `ADDR` values and their `CONT` lines (a `PLAC` is a
    town, no address; `_gedcom_fields`)."""
    return gedcom_fields(text)[1]


def _column_unit(text: str, start: int, end: int) -> bool:
    """The span holds, or ends before, a table column's `number UNIT` whose unit recurs
    in the text ("Linear Algebra      6 ECTS")."""
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    m = _COLUMN_UNIT_RE.search(text, start, min(le, end + 12))
    if m is None or m.start() > end:
        return False
    unit = re.compile(r"\d[ \t]+" + m.group(1) + r"\b")
    return len(unit.findall(text)) >= 2


def format_addresses(text: str, addrs: list[Finding], make: Respan) -> list[Finding]:
    """`addrs` read by the machine format's grammar, or without a format's lines."""
    if is_gedcom(text):
        if not addrs:
            return addrs
        return [make(addrs[0], s, e) for s, e in gedcom_addresses(text)]
    out = []
    for f in addrs:
        if _LOGCAT_HEAD_RE.match(text, f.start) or _DIGEST_RE.search(text, f.start, f.end):
            continue
        if _column_unit(text, f.start, f.end):
            continue
        out.append(f)
    return out


def _hl7_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for piece in text[start:end].split("^"):
        a, b = pos, pos + len(piece)
        pos = b + 1
        while a < b and not text[a].isalpha():
            a += 1
        while b > a and not text[b - 1].isalpha() and text[b - 1] != ".":
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _host_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name inside a device host name the span covers, None when it is not one."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    a, b = start, end
    while a > ls and (text[a - 1].isalnum() or text[a - 1] in "-_"):
        a -= 1
    while b < le and (text[b].isalnum() or text[b] in "-_"):
        b += 1
    token = text[a:b]
    if "-" not in token and "_" not in token:
        return None
    m = _HOST_RE.fullmatch(token)
    if m is None or m.group(0) == m.group(1):
        return None
    s, e = a + m.start(1), a + m.end(1)
    if m.group(2) and _MAC_SUFFIX_RE.match(token, m.end(2)) is None:
        e += 1  # an "s" that is the name's own ("Andreas-PC")
    return s, e


def format_token(text: str, start: int, end: int) -> bool:
    """Whether the span is a token of a log or machine format, no name."""
    value = text[start:end]
    if (
        value in _MONTHS
        and (start == 0 or text[start - 1] == "\n")
        and _SYSLOG_AFTER_RE.match(text, end)
    ):
        return True
    if (
        start > 0
        and text[start - 1] == "["
        and text.startswith("]", end)
        and value.isalpha()
        and value.islower()
    ):
        return True
    if value in _UA_WORDS:
        ls = text.rfind("\n", 0, start) + 1
        if _UA_MARK_RE.search(text, ls, start) is not None:
            return True
    if _UNIT_RE.match(value) and _NUMBER_BEFORE_RE.search(text, max(0, start - 13), start):
        if text[end : end + 1].isalpha():
            return False
        # A unit recurs after numbers (each course's credits); a name seldom does.
        unit = re.compile(r"\d[ \t]{1,12}" + value + r"\b")
        return len(unit.findall(text)) >= 2
    return False


def format_people(text: str, people: list[Finding], make: Respan) -> list[Finding]:
    """`people` read by the machine format's grammar. `make(f, start, end)` builds a
    finding like `f` with a new span."""
    if is_gedcom(text):
        spans = gedcom_names(text)
        if not people:
            return people
        f0 = people[0]
        return [make(f0, s, e) for s, e in spans]
    out: list[Finding] = []
    for f in people:
        if format_token(text, f.start, f.end) or street_name(text, f.start, f.end):
            continue
        if "^" in text[f.start : f.end]:
            out.extend(make(f, s, e) for s, e in _hl7_parts(text, f.start, f.end))
            continue
        if "-" in text[max(0, f.start - 12) : f.end + 12] or "_" in text[f.start : f.end]:
            host = _host_name(text, f.start, f.end)
            if host is not None and host != (f.start, f.end):
                f = make(f, *host)
        out.append(f)
    return out
