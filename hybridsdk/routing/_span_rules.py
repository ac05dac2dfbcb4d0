"""Structural rules on the tagger's names and addresses, before repeats and overlaps.

The tagger reads tokens, not layout, so its spans break the labelling convention in ways
that follow the text's structure rather than its language (docs/privacy_tagger.md, "Span rules
after the tagger"):

- an address over several lines is one span per line: a span over a line break is split
  into its lines, and a line that is only part of the next field's label is dropped;
- the tagger stops at an abbreviation's full stop ("Birch Blvd" + ". 4417, 99501 Northvale")
  or before a trailing state code and postcode ("Campinas" + " - SP, 13010-111"):
  two address spans on one line with only a short word between them become one, and a
  span is stretched to the end of its field when what is left is only such codes;
- a finding that is a JSON key, a cell of a CSV header, part of a form's label
  ("Numéro client | ..."), made of digits and punctuation only, part of a path or a
  "product/version" token ("HTTP/1.1"), an amount of money or a decimal reading, a run
  of nine or more digits (order numbers, epochs), or an address with neither a number
  nor a comma (a company or a department on a signature's line) is dropped;
- a name inside an address is part of the address ("Calle Juan Pérez 5").

Every rule looks at a bounded window around a finding (at most `_WINDOW` characters
each side) and at the text's first line once, so the scan stays linear.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable

from hybridsdk.routing import _address_edges as ae
from hybridsdk.routing import _address_filters as af
from hybridsdk.routing import _person_filters as pf
from hybridsdk.routing import _person_shapes as ps
from hybridsdk.routing import _third_pass as tp
from hybridsdk.routing._address_fields import complete_address
from hybridsdk.routing._address_joins import dash_tail, street_head
from hybridsdk.routing._amount_labels import (
    amount_label,
    row_number,
    timestamp_span,
    timestamp_word,
)
from hybridsdk.routing._chat_speakers import chat_speakers
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._format_people import format_addresses, format_people
from hybridsdk.routing._honorifics import strip_suffix, strip_title
from hybridsdk.routing._layout_names import layout_names
from hybridsdk.routing._ledger_lines import ledger_names
from hybridsdk.routing._machine_words import machine_word
from hybridsdk.routing._person_gaps import before_gap
from hybridsdk.routing._record_fields import apply_records
from hybridsdk.routing._role_nouns import landmark, role_noun
from hybridsdk.routing._structure_spans import apply_structure
from hybridsdk.routing._x12_names import x12_addresses, x12_names, x12_segments

__all__ = ["shape_free_form"]

_PER = PiiKind.PERSON
_ADDR = PiiKind.ADDRESS
_KINDS = frozenset({_PER, _ADDR})
_WINDOW = 160  # characters looked at on each side of a finding
_BOUNDS = frozenset(
    {
        "lead_date",
        "head_words",
        "date_words",
        "person_head",
        "trail_remark",
        "street_left",
        "comma_parts",
        "comma_join",
        "city_lines",
        "lone_street",
    }
)
# Rules by name; the dev script (benchmarks/privacy_data/span_rules_dev.py) switches them
# one at a time to measure each.
ENABLED = {
    *_BOUNDS,
    "lines",
    "amount_label",
    "merge",
    "abbrev",
    "trailing",
    "no_letters",
    "technical",
    "money",
    "long_digits",
    "bare_address",
    "csv_header",
    "form_label",
    "tiny_person",
    "person_in_address",
    "words",
    "house_number",
    "csv_cells",
    "ticket_subject",
    "titles",
    "slash",
    "quoted_fields",
    "tags",
    "field_head",
    "abbrev_head",
    "field_tail",
    "postcode_city",
    "state_code",
    "final_stop",
    "sentence_word",
    "lower_case",
    "field_label",
    "calendar_key",
    "form_labels",
    "dash_header",
    "price_line",
    "floor",
    "price_end",
    "ocr_word",
    "lower_address",
    "surname",
    "given_name",
    "join_names",
    "label_value",
    "postcode_line",
    "records",
    "patronymic",
    "chat_speaker",
    "tech_name",
    "markup_label",
    "nationality",
    "kin_word",
    "company",
    "word_list",
    "post_title",
    "dash_join",
    "street_head",
    "cue_head",
    "paren_postcode",
    "cjk_units",
    "line_rest",
    "timeline",
    "place",
    "street_word",
    "city_name",
    "place_date",
    "machine_field",
    "neighbour_line",
    "travel_field",
    "role_speaker",
    "era_date",
    "hash_number",
    "arabic_word",
    "arabic_particle",
    "ledger",
    "log_token",
    "layout_names",
    "middle_line",
    "name_token",
    "postcode_tail",
    "format_people",
    "format_addresses",
    "structure",
    "machine_word",
    "role_noun",
    "x12_names",
    "chat_speakers",
}
_SPLITTERS = frozenset({"lines", "slash", "quoted_fields", "tags"})

_FIELD_END = "\n\"';\t|!?<"


def _line_start(text: str, pos: int) -> int:
    """Where the line of `pos` starts, or -1 when that is more than `_WINDOW` back."""
    lo = max(0, pos - _WINDOW)
    at = text.rfind("\n", lo, pos)
    return at + 1 if at >= 0 or lo == 0 else -1


def _line_end(text: str, pos: int) -> int:
    at = text.find("\n", pos, pos + _WINDOW)
    return at if at >= 0 else min(len(text), pos + _WINDOW)


# ------------------------------------------------------------------ splitting at lines


def _trim_edges(text: str, s: int, e: int) -> tuple[int, int]:
    """[s, e) less blanks, punctuation and symbols at its edges ("〒", quotes, commas);
    a closing bracket stays when it closes one in the span ("(61186)"), a full stop when
    it ends an abbreviation ("Blvd.")."""
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not text[e - 1].isalnum():
        ch = text[e - 1]
        if ch == ")" and text.count("(", s, e) > text.count(")", s, e - 1):
            break
        if ch == "." and _ABBREV_END_RE.search(text, s, e - 1):
            break
        e -= 1
    return s, e


_BREAK_RE = re.compile(r"\n|\t| \| ")
# Other field breaks: a spaced slash ("Driver: Tomek / Attempted ..."), a quoted value's
# end and the next one's start (SQL and CSV values: "...', '..."), and markup tags
# ("<line>", "</city>").
_SLASH_RE = re.compile(r" / ")
_QUOTES_RE = re.compile(r"""['"`]\s*[,;]\s*['"`]""")
_TAG_RE = re.compile(r"</?[A-Za-z][\w:.-]{0,40}(?:\s[^<>\n]{0,120})?/?>")


def _breaks(text: str, start: int, end: int, person: bool) -> list[tuple[int, int]]:
    """The field breaks that overlap [start, end), clipped to it, in order (a spaced
    slash only in a name: "Rua A / B" is one address)."""
    out = [m.span() for m in _BREAK_RE.finditer(text, start, end)] if "lines" in ENABLED else []
    if person and "slash" in ENABLED:
        out += [m.span() for m in _SLASH_RE.finditer(text, start, end)]
    if "quoted_fields" in ENABLED:
        out += [m.span() for m in _QUOTES_RE.finditer(text, start, end)]
    if "tags" in ENABLED and ("<" in text[max(0, start - 42) : end] or ">" in text[start:end]):
        lo = max(0, start - 42)
        out += [
            (max(a, start), min(b, end))
            for a, b in (m.span() for m in _TAG_RE.finditer(text, lo, min(len(text), end + 42)))
            if a < end and b > start
        ]
    return sorted(out)


def _pieces(text: str, start: int, end: int, person: bool) -> list[tuple[int, int]]:
    """The parts of [start, end) between field breaks (`_breaks`), less what
    `_trim_edges` trims."""
    out = []
    a = start
    for bs, be in _breaks(text, start, end, person):
        if bs < a:
            a = max(a, be)
            continue
        s, e = _trim_edges(text, a, bs)
        if e > s:
            out.append((s, e))
        a = be
    s, e = _trim_edges(text, a, end)
    if e > s:
        out.append((s, e))
    return out


_LETTER_RE = re.compile(r"[^\W\d_]")


def _letters(value: str, most: int = 2) -> int:
    """How many letters `value` has, counted up to `most`."""
    n = 0
    for _ in _LETTER_RE.finditer(value):
        n += 1
        if n >= most:
            break
    return n


# ------------------------------------------------------------------ reshaping addresses

# A house number or postcode right before a street the tagger began after it ("214, " +
# street, "〒604-8005 " + prefecture), or the first part of a number it cut ("604-" + "8005").
_NUMBER_BEFORE_RE = re.compile(
    r"(?:(?:#|No\. ?)?(?:[A-Z]{1,2}-)?\d{1,5}(?:[-/]\d{1,4}){0,2}[A-Za-z]?,? +|\d{1,5}-)\Z"
)
# Scripts written without spaces between words: no word edges to complete there.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _wordish(ch: str) -> bool:
    return (ch.isalnum() or unicodedata.category(ch)[0] == "M") and not _UNSPACED.match(ch)


def _whole_words(text: str, f: Finding) -> Finding:
    """A name cut inside a word ("सु" + "मन") completed to the word's edges."""
    s, e = f.start, f.end
    hi = min(len(text), e + 40)
    while e < hi and _wordish(text[e]) and _wordish(text[e - 1]):
        e += 1
    lo = max(0, s - 40)
    while s > lo and _wordish(text[s - 1]) and _wordish(text[s]):
        s -= 1
    if (s, e) == (f.start, f.end):
        return f
    return Finding.from_span(f.kind, text, s, e, f.confidence, f.detector)


def _may_open(ch: str) -> bool:
    """What may stand before a number that opens an address: a blank, a field's
    delimiter or a symbol such as "〒"; not a letter, a digit or a number's own marks."""
    return not ch.isalnum() and ch not in ".,/-+#"


def _reshape(text: str, s: int, e: int) -> tuple[int, int]:
    """An address span completed to whole words where the tagger cut one ("क" of
    "कमला"), and with the house number or postcode the tagger left out before it."""
    if e <= s:
        return s, e
    if "words" in ENABLED:
        # Never inside a word or a code: "क" + "मला", "LS6 1" + "QX".
        hi = min(len(text), e + 40)
        while e < hi and _wordish(text[e]) and _wordish(text[e - 1]):
            e += 1
        lo = max(0, s - 40)
        while s > lo and _wordish(text[s - 1]) and _wordish(text[s]):
            s -= 1
    if "house_number" in ENABLED:
        ls = _line_start(text, s)
        m = _NUMBER_BEFORE_RE.search(text, max(ls, s - 16), s) if ls >= 0 else None
        if m is not None and (m.start() == ls or _may_open(text[m.start() - 1])):
            s = m.start()
    return s, e


# ------------------------------------------------------------------ stretching addresses

# A short word right before an abbreviation's full stop: "Str.", "Blvd.", "Sk.", "вул."
_ABBREV_END_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,4}\Z")
# What may follow an address on its line when the tagger stopped short: state codes,
# postcodes and one place name, separated by commas, dashes or spaces.
_TAIL_TOKEN = (
    r"(?:\d(?:[\d-]{0,8}\d)?(?:\s\d{2,3}(?!\d))?"  # 170100, 13010-111, 602 00, Brno "2"
    r"|\(\d[\d -]{2,8}\d\)"  # (61186)
    r"|[A-Z]{2,3}(?![^\W\d_])"  # SP, OR
    r"|[^\W\d_](?:[^\W\d_]|['’/.-]){0,24})"  # one place name: Bydgoszcz, Ostheim
)
_TAIL_RE = re.compile(
    r"(?:\s*[,\-–]\s*|[ \t]+)"
    + _TAIL_TOKEN
    + r"(?:(?:\s*[,\-–]\s*|[ \t]+)"
    + _TAIL_TOKEN
    + r"){0,2}"
)
_FIELD_END_RE = re.compile(
    r"[ \t]*(?:\Z|[\n\"';\t|!?)\]}]|[.,](?:\s|\Z)"
    # or an emoji or pictograph: it ends a chat's field ("4600 Køge 👍")
    r"|(?=[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]))"
)
# A floor or door number that ends a span before its stop: "Lindevej 12, 3" + ". tv."
_FLOOR_END_RE = re.compile(r"(?<![\d.])\d{1,2}\Z")
_FLOOR_WORD_RE = re.compile(r"\.[ \t]?[^\W\d_]{1,4}\.")  # ". em.", ". etg.", ". tv."
# A sentence ends at a word of four letters or more and a stop: "... 8000 Odense" + ". Ring"
_SENTENCE_STOP_RE = re.compile(r"[^\W\d_]{4}\.(?:\s|\Z)")
_LOWER_WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,}")
_POSTCODE_END_RE = re.compile(r"\d[\d -]{2,8}\d\Z|\d{3,}\Z")


def _field_end(text: str, pos: int, limit: int) -> int:
    """Where the field that `pos` is in ends (line end, quote, `;`, tab, `|`, `!`, `?`),
    or -1 when that is more than `limit` characters away."""
    stop = min(len(text), pos + limit)
    for i in range(pos, stop):
        if text[i] in _FIELD_END:
            return i
    return stop if stop == len(text) else -1


def _lower_words(value: str) -> int:
    return sum(1 for w in _LOWER_WORD_RE.findall(value) if w.islower() and not _caseless(w))


def _caseless(value: str) -> bool:
    return not any(c.isupper() or c.islower() for c in value)


def _hits(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Some span of `spans` (sorted) overlaps [start, end): the last few that start before
    `end` are checked, which is exact for disjoint spans and bounded for any."""
    i = bisect.bisect_left(spans, (end, -1))
    return any(b > start for _, b in spans[max(0, i - 4) : i])


def _stretch(
    text: str, start: int, end: int, blocked: list[tuple[int, int]], delim: str, starts: list[int]
) -> int:
    """A new end for an address the tagger cut short; `end` when structure does not say so
    (nor when the span is part of a checked finding, or the stretch would swallow the
    next address span: `starts` are the address spans' starts, sorted)."""
    if _hits(blocked, start, end):
        return end
    new = end
    # "Birch Blvd" + ". 4417, 99501 Northvale" up to the end of its field.
    if (
        "abbrev" in ENABLED
        and text.startswith(".", end)
        and (
            _ABBREV_END_RE.search(text, start, end)
            or (
                "floor" in ENABLED
                and _FLOOR_END_RE.search(text, max(start, end - 3), end)
                and _FLOOR_WORD_RE.match(text, end)
            )
        )
    ):
        stop = _field_end(text, end + 1, 60)
        if stop > end + 1 and "floor" in ENABLED:
            m = _SENTENCE_STOP_RE.search(text, end + 1, stop)
            stop = m.start() + len(m.group(0).rstrip()) - 1 if m else stop
        if stop > end + 1:
            rest = text[end + 1 : stop].rstrip(" .,")
            if (
                rest
                and rest[0] == " "
                and any(c.isdigit() for c in rest)
                and _lower_words(rest) < 2
            ):
                new = end + 1 + len(rest)
    # "Campinas" + " - SP, 13010-111", "Тверь" + ", 170100", "85-001" + " Bydgoszcz".
    if "trailing" in ENABLED and new == end:
        m = _TAIL_RE.match(text, end, min(len(text), end + 40))
        if m is not None and (
            _FIELD_END_RE.match(text, m.end()) or (delim and text.startswith(delim, m.end()))
        ):
            tail = m.group(0)
            has_digit = any(c.isdigit() for c in tail)
            ends_in_code = _POSTCODE_END_RE.search(text, start, end) is not None
            words = [w for w in re.findall(r"[^\W\d_]+", tail)]
            if (has_digit or (ends_in_code and len(words) == 1)) and all(
                not w.islower() or _caseless(w) for w in words
            ):
                new = m.end()
    if delim and delim in text[end:new]:
        return end  # never over a CSV cell's edge
    if new != end and _hits(blocked, end, new):
        return end  # never into a checked finding (a phone after the city)
    i = bisect.bisect_right(starts, end)
    if i < len(starts) and starts[i] < new:
        return end
    return new


# ------------------------------------------------------------------ filters

_PATH_TOKEN_RE = re.compile(
    # a path "/api/v2/items" (from its first slash), a URL, "HTTP/1.1", "Shop/4.1",
    # "v2/items"; not a date "04/09/1961", "12/3", "5/B", "Avenue/Road", nor an
    # address's "III/7" (floor/door) or "RT 10/RW 11" (neighbourhood units)
    r"\A/[^/]*[A-Za-z][^/]*/|://|[A-Za-z]{2}/\d+\.\d|\d/[a-z]{2}"
)
# A decimal number as a whole token ("1234,56", "20.5"; not "4.1.7.22" or "1.234.567").
_DECIMAL_RE = re.compile(r"(?<![\d.,])\d+[.,]\d{1,2}(?![.,]?\d)")
_LONG_DIGITS_RE = re.compile(r"\d{9}")
_COMMAS = ",،、，"


def _url_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "._~/:-")


def _token_around(text: str, start: int, end: int) -> str:
    """The run of URL characters (ASCII letters, digits, `._~/:-`) around [start, end)."""
    a = start
    lo = max(0, start - 40)
    while a > lo and _url_char(text[a - 1]):
        a -= 1
    b = end
    hi = min(len(text), end + 40)
    while b < hi and _url_char(text[b]):
        b += 1
    return text[a:b]


def _technical(text: str, f: Finding) -> bool:
    """Part of a path or a product/version token: "HTTP/1.1", "/api/v2/items"."""
    a = f.start
    while True:
        tok = _token_around(text, a, a)
        if _PATH_TOKEN_RE.search(tok):
            return True
        nxt = text.find(" ", a, f.end)
        if nxt < 0:
            return False
        a = nxt + 1


def _cut_number(text: str, start: int, end: int, delim: str) -> bool:
    """The span starts or ends inside a number ("Betrag 1234" + ",56", "09:41:" + "07")."""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (
        len(after) == 2
        and after[0] in ".,:"
        and after[0] != delim
        and after[1].isdigit()
        and text[end - 1].isdigit()
    ) or (
        len(before) == 2
        and before[1] in ".,:"
        and before[1] != delim
        and before[0].isdigit()
        and text[start].isdigit()
    )


def _money(text: str, start: int, end: int, delim: str) -> bool:
    """An amount or a reading: a currency sign or "%" in or right after the span, or a
    number cut at its decimal mark, or decimal numbers and no other number in it."""
    near = text[start : min(len(text), end + 3)]
    if any(unicodedata.category(c) == "Sc" for c in near) or "%" in near:
        return True
    if _cut_number(text, start, end, delim):
        return True
    value = text[start:end]
    if not _DECIMAL_RE.search(value):
        return False
    return not re.search(r"\d", _DECIMAL_RE.sub(" ", value))


# Sentence and list punctuation: text around it is prose or data, not a field's label.
_NOT_IN_LABEL = "\"'{[<>.!?,;、。，；！？"
_KEY_DELIM_RE = re.compile(r"[ \t]*(?::(?!\d)|=|\t|\|)")


def _form_label(text: str, f: Finding) -> bool:
    """Inside a form field's label (`Numéro client | ...`, `Тел. дом.: ...`): the span is
    in the short text between a line's start and its first delimiter, with more of the
    label after it, or is all of it before `=` (a name before a colon is a chat's speaker,
    "Frau Lind:" too, and one before a tab or `|` may be a table's first cell)."""
    ls = _line_start(text, f.start)
    if ls < 0 or text.find("\n", f.start, f.end) >= 0:
        return False
    head = text[ls : f.start]
    if len(head) > 24 or len(head.split()) > 2 or any(c in head for c in _NOT_IN_LABEL + ":=|\t"):
        return False
    m = _KEY_DELIM_RE.match(text, f.end) or _KEY_DELIM_RE.search(
        text, f.end, min(_line_end(text, f.end), f.end + 30)
    )
    if m is None:
        return False
    between = text[f.end : m.start()]
    if m.start() - ls > 32 or len(text[ls : m.start()].split()) > 4:
        return False  # a label is short: this is a sentence with a field later on
    if len(between.split()) > 2 or any(c in between for c in _NOT_IN_LABEL) or ". " in between:
        return False
    rest = text[m.end() : _line_end(text, m.end())]
    if not rest.strip():
        return False  # "Anna:" alone on its line is no label
    if between.strip():
        return True  # more of the label after it: "Numéro" + " client |"
    # All of the label, or its end ("Frau Lind:" is a speaker): only before "=".
    return not head.strip() and m.group(0).strip() == "="


class _Csv:
    """The text's CSV layout, when it has one: a delimiter that its first line holds two
    or more times outside quotes, with cells of at most 40 characters, and the next two
    lines (those there are) exactly as often; and where its header ends (a first line
    without digits over a row with digits; -1 without a header). Prose with commas on its
    first lines is no CSV: its counts differ or its cells are long."""

    def __init__(self, text: str) -> None:
        self.end = -1
        self.delim = ""
        first = text.find("\n", 0, 400)
        if first < 0:
            return
        head = text[:first]
        rows = []
        at = first + 1
        for _ in range(2):
            nxt = text.find("\n", at, at + 2000)
            row = text[at : nxt if nxt >= 0 else at + 2000]
            if row.strip():
                rows.append(row)
            if nxt < 0:
                break
            at = nxt + 1
        if not rows:
            return
        for d in ",;\t|":
            n = _outside_quotes(head, d)
            if (
                n >= 2
                and all(_outside_quotes(r, d) == n for r in rows)
                and all(len(c) <= 40 for c in head.split(d))
            ):
                self.delim = d
                if not any(c.isdigit() for c in head) and any(c.isdigit() for c in rows[0]):
                    self.end = first
                return

    def cells(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """[start, end) cut at the delimiters outside quotes (its own line only)."""
        if not self.delim:
            return [(start, end)]
        ls = _line_start(text, start)
        if ls < 0:
            return [(start, end)]  # a line too long to read back: leave it whole
        quoted = text.count('"', ls, start) % 2 == 1
        out = []
        a = start
        for i in range(start, end):
            ch = text[i]
            if ch == '"':
                quoted = not quoted
            elif ch == self.delim and not quoted:
                out.append((a, i))
                a = i + 1
        out.append((a, end))
        return [se for se in (_trim_edges(text, x, y) for x, y in out) if se[1] > se[0]]


def _outside_quotes(line: str, d: str) -> int:
    n = 0
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == d and not quoted:
            n += 1
    return n


# A ticket's id in brackets at the start of a line: what follows is its subject
# ("[#55120] Lieferung verspätet"), whose first word the tagger takes for a name.
_TICKET_RE = re.compile(r"^\[#?[A-Z]{0,4}-?\d{3,}\][ \t]*\Z", re.M)


_POSTCODE_RE = re.compile(r"\d{3}-\d{4}|\d{4,6}|\d{5}-\d{3,4}|\d{2}-\d{3}|\d{3} \d{2}")


def _postcode_field(text: str, start: int, end: int) -> bool:
    """[start, end) is a postcode's shape and all of its field: its line, or a quoted
    value or cell of it."""
    if not _POSTCODE_RE.fullmatch(text, start, end):
        return False
    before = text[max(0, start - 8) : start]
    after = text[end : end + 8]
    opens = re.search(r"(?:\A|\n)[ \t]*\Z|['\"|\t>][ \t]*\Z", before) is not None
    closes = re.match(r"[ \t]*(?:\Z|\n|['\"|\t<])", after) is not None
    return opens and closes and not row_number(text, start, end)


def _drop(text: str, f: Finding, csv: _Csv) -> bool:
    value = text[f.start : f.end]
    if "no_letters" in ENABLED and _letters(value) == 0:
        # a postcode alone in its field (a line, a quoted value, a cell) is an address's
        # line: "〒"-less "450-0002" under the street, "'060-0001'" in an SQL row
        return not (
            f.kind is _ADDR and "postcode_line" in ENABLED and _postcode_field(text, f.start, f.end)
        )
    if "csv_header" in ENABLED and f.end <= csv.end:
        return True
    if "amount_label" in ENABLED and timestamp_span(value):
        return True
    if "technical" in ENABLED and _technical(text, f):
        return True
    if "form_label" in ENABLED and _form_label(text, f):
        return True
    if f.kind is _ADDR:
        if "money" in ENABLED and _money(text, f.start, f.end, csv.delim):
            return True
        if "long_digits" in ENABLED and _LONG_DIGITS_RE.search(value):
            return True
        if (
            "bare_address" in ENABLED
            and not any(c.isdigit() for c in value)
            and not any(c in value for c in _COMMAS)
        ):
            return True
    if f.kind is _PER and "ticket_subject" in ENABLED:
        ls = _line_start(text, f.start)
        if ls >= 0 and _TICKET_RE.search(text, ls, f.start):
            return True
    if f.kind is _PER and "tiny_person" in ENABLED:
        if _letters(value) < 2 and not _caseless(value):
            return True  # a lone letter of a cased script; one Han character may be part of a name
        if value.isascii() and value.isupper() and len(value) <= 3:
            return True  # "IP", "ID": an acronym, not a name
    return False


# ------------------------------------------------------------------ the pass


# Between two parts of one address: a stop and a short word ("Kavak Sk" + ". No:" + "5, ..."),
# a comma, or blanks.
_GAP_RE = re.compile(r"\. +(?:[^\W\d_]{1,4}[.:] *)?|, *| +")


def _merge(
    text: str, addrs: list[Finding], delim: str, blocked: list[tuple[int, int]]
) -> list[Finding]:
    """Joins address spans on one line with only a short word or a stop between them
    ("Kavak Sk" + ". No:" + "5, 10115 Ostheim")."""
    addrs.sort(key=lambda f: f.start)
    out: list[Finding] = []
    for f in addrs:
        if out:
            prev = out[-1]
            gap = text[prev.end : f.start]
            if (
                prev.end <= f.start
                and _GAP_RE.fullmatch(gap)
                and not (delim and delim in gap)
                and not _hits(blocked, prev.start, f.end)
            ):
                out[-1] = Finding.from_span(
                    _ADDR,
                    text,
                    prev.start,
                    f.end,
                    max(prev.confidence, f.confidence),
                    prev.detector,
                )
                continue
        out.append(f)
    return out


def _inside(p: Finding, addrs: list[Finding]) -> bool:
    """`p` lies within one of `addrs` (sorted by start; merged, so mostly disjoint)."""
    i = bisect.bisect_right(addrs, p.start, key=lambda f: f.start)
    # The address that starts last at or before p, and a few before it in case of overlaps.
    return any(a.end >= p.end for a in addrs[max(0, i - 3) : i])


_NAME_AFTER_RE = re.compile(r"\.?[ \t]+((?:[^\W\d_][\w'’-]*[ \t]?){1,3})")


def _untitled(text: str, f: Finding) -> Finding | None:
    """A person span less the titles before the name ("Dr. med." + name) and a suffix
    after it ("様"); a title alone ("Pak") becomes the capitalised words right after it
    (the name the tagger left out), or None without them."""
    value = text[f.start : f.end]
    cut = strip_title(value)
    if cut >= len(value):
        m = _NAME_AFTER_RE.match(text, f.end, min(len(text), f.end + 60))
        if m is None:
            return None
        words = m.group(1).split()
        n = 0
        for w in words:
            if not w[0].isupper():
                break
            n += 1
        if not n:
            return None
        s = m.start(1)
        e = text.find(words[n - 1], s) + len(words[n - 1])
        return Finding.from_span(f.kind, text, s, e, f.confidence, f.detector)
    back = strip_suffix(value[cut:])
    if not cut and not back:
        return f
    return Finding.from_span(f.kind, text, f.start + cut, f.end - back, f.confidence, f.detector)


def shape_free_form(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """The findings with the tagger's names and addresses split, stretched or dropped by
    the rules above; other findings pass unchanged.

    Args:
        text: the scanned text.
        findings: candidate findings (may overlap; resolved afterwards).
    """
    keep: list[Finding] = []
    free: list[Finding] = []
    for f in findings:
        (free if f.kind in _KINDS and f.detector == "ner" else keep).append(f)
    if not free:
        return keep
    blocked = sorted((f.start, f.end) for f in keep if f.kind not in (_PER, _ADDR, PiiKind.DOB))
    # One finding per line.
    csv = _Csv(text) if ENABLED & {"csv_header", "csv_cells"} else _Csv("")
    lined: list[Finding] = []
    for f in free:
        parts = [(f.start, f.end)]
        person = f.kind is _PER
        if ENABLED & _SPLITTERS and _breaks(text, f.start, f.end, person):
            parts = _pieces(text, f.start, f.end, person)
        if "csv_cells" in ENABLED and csv.delim:
            parts = [c for a, b in parts for c in csv.cells(text, a, b)]
        for a, b in parts:
            if (a, b) == (f.start, f.end):
                lined.append(f)
            else:
                lined.append(Finding.from_span(f.kind, text, a, b, f.confidence, f.detector))
    if "city_name" in ENABLED:
        lined = [tp.city_name(text, f) for f in lined]
    addrs = [f for f in lined if f.kind is _ADDR]
    people = [f for f in lined if f.kind is _PER]
    if "merge" in ENABLED and len(addrs) > 1:
        addrs = _merge(text, addrs, csv.delim, blocked)
    starts = sorted(f.start for f in addrs)
    stretched = []
    spans = sorted((f.start, f.end) for f in addrs)

    def may_join(a: int, b: int) -> bool:
        return not (
            _hits(blocked, a, b) or _hits(spans, a, b) or (csv.delim and csv.delim in text[a:b])
        )

    for f in addrs:
        start, end = _reshape(text, f.start, f.end)
        if end <= start:
            continue
        if (start, end) != (f.start, f.end) and _hits(blocked, start, end):
            start, end = f.start, f.end  # never into a checked finding
        end = _stretch(text, start, end, blocked, csv.delim, starts)
        start, end = complete_address(text, start, end, ENABLED, may_join)
        if "dash_join" in ENABLED:
            end = dash_tail(text, end, may_join)
        if "street_head" in ENABLED:
            start = street_head(text, start, may_join)
        start, end = tp.edges(text, start, end, may_join, ENABLED)
        stretched.append(
            f
            if (start, end) == (f.start, f.end)
            else Finding.from_span(_ADDR, text, start, end, f.confidence, f.detector)
        )
    if "dash_join" in ENABLED and len(stretched) > 1:
        stretched = tp.join_dashed(text, stretched, blocked)
    addrs = sorted((f for f in stretched if not _drop(text, f, csv)), key=lambda f: f.start)
    if addrs:
        addrs = _filter_addresses(text, addrs)
    if "neighbour_line" in ENABLED and addrs:
        addrs = tp.neighbours(text, addrs, blocked, people)
    if "middle_line" in ENABLED and len(addrs) > 1:
        addrs = tp.middles(text, addrs)
    if "postcode_tail" in ENABLED and addrs:
        addrs = tp.tails(text, addrs, blocked)
    if ENABLED & _BOUNDS and addrs:
        addrs = tp.bounds(text, addrs, blocked, people, csv.delim or "", ENABLED)
    if "person_in_address" in ENABLED and addrs:
        people = [p for p in people if not _inside(p, addrs)]
    if "words" in ENABLED:
        people = [_whole_words(text, f) for f in people]
    people = [before_gap(text, f) for f in people]
    if "titles" in ENABLED:
        people = [p for p in (_untitled(text, f) for f in people) if p is not None]
    people = [f for f in people if not _drop(text, f, csv)]
    if people:
        people = _filter_people(text, people, keep)
    places: list[tuple[int, int]] = []
    extra: list[tuple[int, int]] = []
    if "structure" in ENABLED and (addrs or people):
        addrs, people, extra, places = apply_structure(text, addrs, people)
    if "records" in ENABLED:
        extra += ledger_names(text) if "ledger" in ENABLED else []
        if "layout_names" in ENABLED:
            extra += layout_names(text)
        addrs, people = apply_records(text, addrs, people, blocked, extra, places)
    if "format_people" in ENABLED and people:
        people = format_people(text, people, _respan(text))
    if "format_addresses" in ENABLED and addrs:
        addrs = format_addresses(text, addrs, _respan(text))
    if "x12_names" in ENABLED:
        people = _x12_people(text, people)
        addrs = _x12_places(text, addrs)
    if "chat_speakers" in ENABLED:
        people = _chat_people(text, people, keep)
    if "machine_word" in ENABLED and people:
        # Last, so that it holds for the names of the layout and record rules too.
        people = [p for p in people if not machine_word(text[p.start : p.end])]
    if "role_noun" in ENABLED and people:
        people = [p for p in people if not (role_noun(v := text[p.start : p.end]) or landmark(v))]
    return keep + addrs + people


def _x12_people(text: str, people: list[Finding]) -> list[Finding]:
    """The names of an X12 text's `NM1` segments in place of what was found on its name
    and address segments."""
    segments = x12_segments(text)
    if not segments:
        return people
    kept = [p for p in people if not _hits(segments, p.start, p.end)]
    return kept + [Finding.from_span(_PER, text, s, e, 0.9, "ner") for s, e in x12_names(text)]


def _x12_places(text: str, addrs: list[Finding]) -> list[Finding]:
    """The address lines of an X12 text's `N3` segments in place of what was found on its
    name and address segments."""
    segments = x12_segments(text)
    if not segments:
        return addrs
    kept = [a for a in addrs if not _hits(segments, a.start, a.end)]
    return kept + [Finding.from_span(_ADDR, text, s, e, 0.9, "ner") for s, e in x12_addresses(text)]


def _chat_people(text: str, people: list[Finding], others: list[Finding]) -> list[Finding]:
    """The speakers of a chat export that no finding covers yet, added as names."""
    spans = chat_speakers(text)
    if not spans:
        return people
    taken = sorted((f.start, f.end) for f in people + others)
    new = [
        Finding.from_span(_PER, text, s, e, 0.9, "ner") for s, e in spans if not _hits(taken, s, e)
    ]
    return people + new


def _respan(text: str) -> Callable[[Finding, int, int], Finding]:
    def make(f: Finding, start: int, end: int) -> Finding:
        return Finding.from_span(f.kind, text, start, end, f.confidence, f.detector)

    return make


def _filter_addresses(text: str, addrs: list[Finding]) -> list[Finding]:
    """Addresses dropped by the structural marks of `_address_filters`."""
    cased = "lower_address" in ENABLED and pf.cased_text(text)
    out = []
    for f in addrs:
        value = text[f.start : f.end]
        if "price_end" in ENABLED and af.price_end(text, f.start):
            continue
        if "ocr_word" in ENABLED and af.ocr_word(value):
            continue
        if cased and pf.lower_case(value):
            continue
        if "word_list" in ENABLED and ps.word_list(text, f.start, f.end):
            continue
        if "timeline" in ENABLED and (ae.timeline(value) or ps.timeline_line(text, f.start)):
            continue
        if "place_date" in ENABLED and ae.place_date(text, f.start, f.end):
            continue
        if "machine_field" in ENABLED and ae.machine_field(text, f.start, f.end):
            continue
        out.append(f)
    return out


def _filter_people(text: str, people: list[Finding], others: list[Finding]) -> list[Finding]:
    """Names dropped by the structural marks of `_person_filters`."""
    cased = "lower_case" in ENABLED and pf.cased_text(text)
    starts = sorted(f.start for f in people + others) if "field_label" in ENABLED else []
    spans = sorted((f.start, f.end) for f in people)
    taken = sorted((f.start, f.end) for f in people + others)
    fixed = sorted((f.start, f.end) for f in others if f.kind is not _ADDR)
    form = (
        pf.FormLabels(text, {(f.start, f.end) for f in people})
        if "form_labels" in ENABLED
        else None
    )
    out = []
    for f in people:
        if tp.shape_drop(text, f, ENABLED):
            continue
        if "post_title" in ENABLED:
            cut = ps.post_title(text[f.start : f.end])
            if cut:
                f = Finding.from_span(f.kind, text, f.start, f.end - cut, f.confidence, f.detector)
        value = text[f.start : f.end]
        if "sentence_word" in ENABLED and pf.sentence_word(value):
            continue
        if cased and pf.lower_case(value):
            continue
        if ("field_label" in ENABLED and pf.field_label(text, f.start, f.end, starts)) or (
            form is not None and form.has(text, f.start, f.end)
        ):
            # The label is no name, but the tagger saw one on its line: its value, when
            # that is a name's shape ("Payer: " + "Ines Moreau"), is taken instead.
            moved = pf.label_value(text, f.end) if "label_value" in ENABLED else None
            if moved is not None and not _hits(taken, *moved):
                out.append(Finding.from_span(f.kind, text, *moved, f.confidence, f.detector))
            continue
        if "calendar_key" in ENABLED and pf.calendar_key(text, f.end):
            continue
        if "dash_header" in ENABLED and pf.dash_header(text, f.start, f.end, spans):
            continue
        if "price_line" in ENABLED and pf.price_line(text, f.start, f.end):
            continue
        if pf.stats_row(text, f.start, f.end):
            continue
        if "amount_label" in ENABLED and (
            amount_label(text, f.start, f.end) or timestamp_word(text, f.start, f.end)
        ):
            continue
        if "surname" in ENABLED:
            end = pf.surname_after(text, f.start, f.end)
            if end != f.end and not _hits(taken, f.end, end):
                f = Finding.from_span(f.kind, text, f.start, end, f.confidence, f.detector)
        if "given_name" in ENABLED:
            start = pf.given_before(text, f.start, f.end)
            if start != f.start and not _hits(taken, start, f.start):
                f = Finding.from_span(f.kind, text, start, f.end, f.confidence, f.detector)
        f = tp.widen(text, f, fixed, ENABLED)
        out.append(f)
    if len(out) > 1:
        out = tp.uncovered(out)
    if "join_names" in ENABLED and len(out) > 1:
        out = _join_names(text, out)
    return out


def _join_names(text: str, people: list[Finding]) -> list[Finding]:
    """Two parts of one name the tagger found apart, one blank between them on one line
    ("Pető" + " " + "Zsolt"), become one span."""
    people.sort(key=lambda f: f.start)
    out: list[Finding] = []
    for f in people:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end : f.start] in (" ", "\u3000"):
            out[-1] = Finding.from_span(
                f.kind, text, prev.start, f.end, max(prev.confidence, f.confidence), prev.detector
            )
            continue
        out.append(f)
    return out
