"""An address span's edges, third pass (docs/privacy_tagger.md, "Span rules, third pass"):

- `cue_head`: an address cue the tagger took in at the span's start ("Address:",
  "العنوان", "주소") is no part of the address;
- `paren_postcode`: a postcode in brackets right before the span ("(04524) " + city ...)
  is the address's, and so is the bracket the span closes ("(" + "1900) La Plata");
- `cjk_units`: numbers and unit characters written against the span's last number in
  Chinese, Japanese or Korean ("大學路4" + "巷14弄331號", "1306" + "호");
- `line_rest`: an address that opens its line takes what is left of the line when that
  is only capitalised words, codes and commas ("48 Main Street, Bray, Co." + " Clare",
  "47300 Petaling" + " Jaya, Selangor");
- `timeline`: a span that opens with a year and a wide gap ("2016  Nurse", a CV's line)
  and has no other number is no address.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["cjk_units", "cue_head", "hash_number", "line_rest", "paren_postcode", "timeline"]


def _ls(text: str, pos: int, reach: int) -> int:
    """Where the line of `pos` starts, or the reach's start when that is further back
    (a bounded look: a rule never reads back to a long line's start)."""
    lo = max(0, pos - reach)
    i = text.rfind("\n", lo, pos)
    return i + 1 if i >= 0 else lo


_CUE_RE = re.compile(
    r"(?:address|adresse|adres|adresa|adress|adresas|adrese|cím|dirección|direccion|"
    r"domicilio|endereço|morada|indirizzo|anschrift|адрес|адреса|адресa|διεύθυνση|"
    r"alamat|địa chỉ|ที่อยู่|주소|地址|住址|住所|العنوان|عنوان|نشانی|آدرس|כתובת|पता)"
    r"[ \t]*[:：]?[ \t]*",
    re.I,
)


def cue_head(text: str, start: int, end: int) -> int:
    """Where the span starts once a leading address cue is taken off."""
    m = _CUE_RE.match(text, start, end)
    if m is None or m.end() >= end:
        return start
    # the cue must be a whole word: "Adresse" + "nweg 5" is a street
    if text[m.end() - 1 : m.end()].isalpha() and text[m.end() : m.end() + 1].isalpha():
        return start
    return m.end()


_PAREN_CODE_RE = re.compile(r"\((?:[A-Z]{1,2}-?)?\d{3,6}(?:-\d{3,4})?\)[ \t]*\Z")


def paren_postcode(text: str, start: int, end: int, free: Callable[[int, int], bool]) -> int:
    """Where the span starts with a bracketed postcode before it taken in."""
    value = text[start:end]
    if text[start - 1 : start] == "(" and value.count(")") > value.count("("):
        return start - 1
    m = _PAREN_CODE_RE.search(text, max(0, start - 16), start)
    if m is not None and free(m.start(), start):
        return m.start()
    return start


_CJK_UNIT_RE = re.compile(r"(?:\d{1,5}|[巷弄號号樓楼之室층호동번지丁目番])+")
_CJK_UNITS = frozenset("巷弄號号樓楼之室층호동번지丁目番")


def cjk_units(text: str, end: int, free: Callable[[int, int], bool]) -> int:
    """Where the span ends with the units written against its last number."""
    if not text[end - 1 : end].isdigit():
        return end
    m = _CJK_UNIT_RE.match(text, end, min(len(text), end + 24))
    if m is None or not any(c in _CJK_UNITS for c in m.group(0)):
        return end
    stop = m.end()
    # end on a unit ("4巷14弄331號"), not on a bare number a particle follows
    while stop > end and text[stop - 1].isdigit():
        stop -= 1
    return stop if stop > end and free(end, stop) else end


def hash_number(text: str, start: int, free: Callable[[int, int], bool]) -> int:
    """Where the span starts once a "#" written against its first number is taken in
    ("#" + "14, Lake Road": India's and the Philippines' house numbers), when the "#"
    opens its field (after a line start, a blank, ":", "(", "|" or ",")."""
    if start < 1 or text[start - 1] != "#" or not text[start : start + 1].isdigit():
        return start
    if start > 1 and text[start - 2] not in " \t\n:(|,":
        return start
    return start - 1 if free(start - 1, start) else start


_REST_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*|[\w-]*\d[\w-]*")
_LINE_STOPS = "\n\"'\t|<>;"


def line_rest(text: str, start: int, end: int, free: Callable[[int, int], bool]) -> int:
    """Where an address that opens its line ends once the rest of the line, capitalised
    words, codes and commas only, is taken in."""
    ls = start
    while ls > 0 and text[ls - 1] not in _LINE_STOPS and start - ls < 40:
        ls -= 1
    head = text[ls:start]
    if head.strip() and not re.fullmatch(r"[^\n]*[:：][ \t]*|[ \t]*", head):
        return end  # the address does not open its line (nor follow a label)
    j = end
    hi = min(len(text), end + 50)
    while j < hi and text[j] not in _LINE_STOPS:
        j += 1
    if j == hi and hi < len(text):
        return end
    rest = text[end:j]
    body = rest.strip().rstrip(",")
    if not body or any(c in body for c in ":@+=/()[]!?"):
        return end
    if rest[:1] not in (" ", ",", "\u3000"):
        return end
    words = [w for w in re.split(r"[ ,\t]+", body) if w]
    if not words or len(words) > 4:
        return end
    for w in words:
        if not _REST_WORD_RE.fullmatch(w):
            return end
        if any(c.isdigit() for c in w):
            continue
        if not w[0].isupper() and not (len(w) <= 3 and w.islower()):
            return end
    if not any(c.isdigit() for c in text[start:end]):
        return end
    stop = end + len(rest.rstrip().rstrip(","))
    return stop if free(end, stop) else end


_YEAR_HEAD_RE = re.compile(
    r"(?:19|20)\d\d(?:[ \t]*[–—-][ \t]*(?:(?:19|20)\d\d)?)?(?:[ \t]{2,}|[ \t]*[–—][ \t]*)\D*\Z"
)


def timeline(value: str) -> bool:
    """A year, a wide gap or a dash, and no other number: a CV's or a timeline's line."""
    return _YEAR_HEAD_RE.match(value) is not None


_PLACE_DATE_RE = re.compile(
    r"[^\W\d_][^\d\n,]{1,40},[ \t]*(?:\d{1,4}[./-](?:\d{1,2}|[^\W\d_]{3,9})[./-]\d{2,4}"
    r"|\d{1,2}\.?[ \t]+[^\W\d_]{3,12}\.?[ \t]+\d{4}|[^\W\d_]{3,12}[ \t]+\d{1,2},?[ \t]+\d{4})"
    r"[ \t.]*"
)


def place_date(text: str, start: int, end: int) -> bool:
    """Whether the span's line is a place and a date ("Split, 2. lipnja 2023."): a
    letter's dateline, not an address."""
    ls = _ls(text, start, 60)
    le = text.find("\n", end, end + 60)
    le = le if le >= 0 else min(len(text), end + 60)
    return _PLACE_DATE_RE.fullmatch(text[ls:le].strip()) is not None


_ID_KEY_RE = re.compile(
    r"""["'](?:user|user_?id|id|channel|team|bot_?id|app_?id)["']\s*:\s*["']\Z"""
)
_TRAVEL_RE = re.compile(r"\b[A-Z]{3}\s+TO\s+[A-Z]{3}\b|\b(?:FLIGHT|GATE|SEAT|BOARDING)\b")


def machine_field(text: str, start: int, end: int) -> bool:
    """Whether the span is a JSON id's value ("user": "U04AB...") or a boarding pass's
    flight line ("FROM LIS TO OPO FLIGHT ...")."""
    if _ID_KEY_RE.search(text, max(0, start - 20), start):
        return True
    return _TRAVEL_RE.search(text, start, end) is not None


_POSTCODE_LINE_RE = re.compile(r"(?:[A-Z]{1,3}-)?\d{3,6}(?:[ -]\d{2,4})?[ \t,]+[^\W\d_]")


def neighbour_line(text: str, start: int, end: int, after: bool) -> tuple[int, int] | None:
    """The street line before a postcode-and-city line (`after` False), or the postcode
    line after a street line (`after` True), when it has an address line's shape."""
    ls = _ls(text, start, 200)
    le = text.find("\n", end, end + 200)
    if le < 0:
        le = len(text)
    head = text[ls:start]
    if head.strip() and not re.fullmatch(r"[^\n]*[:：][ \t]*", head):
        return None  # the address does not open its line
    if after:
        if _POSTCODE_LINE_RE.match(text, start):
            return None  # this is itself a postcode line
        a = le + 1
        b = text.find("\n", a, a + 80)
        b = b if b >= 0 else min(len(text), a + 80)
    else:
        if not _POSTCODE_LINE_RE.match(text, start) or ls < 2:
            return None
        b = ls - 1
        a = _ls(text, b, 80)
    while a < b and text[a] in " \t":
        a += 1
    while b > a and text[b - 1] in " \t\r,":
        b -= 1
    line = text[a:b]
    if not 4 <= len(line) <= 70 or any(c in line for c in "@<>=|\t") or "://" in line:
        return None
    if not any(c.isdigit() for c in line) or not any(c.isalpha() for c in line):
        return None
    if after and not _POSTCODE_LINE_RE.match(line):
        return None
    if re.search(r"(?<![Nn]o)(?<![Nn]r)[:：]", line) or re.search(r"\d{6,}|\+\d", line):
        return None  # a label's line, a phone, an id
    return a, b
