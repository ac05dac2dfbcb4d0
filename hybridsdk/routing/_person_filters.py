"""Structural marks that a person finding of the tagger is no name (docs/privacy_tagger.md,
"Span rules after the tagger"), in any language:

- `sentence_word`: the span ends with a full stop after a word of two or more letters
  ("see you tomorrow.", "the main office."): a name never carries the sentence's stop
  (an initial's does: "Anna B." is kept);
- `lower_case`: the span has lower-case letters and no capital in a text that writes
  capitals at its line and sentence starts (a lower-case voice transcript keeps them);
- `field_label`: the span is a whole label at a line's start ("Patient:", "Beneficiario:")
  and the value after the colon is a number or another finding (a name, an e-mail, an
  IBAN ...; not an address): a chat's speaker ("Anna: see you") is followed by prose;
- `form_label`: the span is all of a line's label in a text that reads as a form: three
  or more of its line labels are no name the tagger found ("Datum:", "IBAN:"), and more
  than those that are (a chat's lines open with its speakers);
- `dash_header`: the span ends a header line after a dash, behind words without a digit
  and without a name ("Visit note — Outpatients", "Main Street — Leeds");
- `price_line`: the span opens a line that ends with a price and holds no label ("Oat
  drink x2 24,90 kr."): an item of a receipt;
- `calendar_key`: the span is a property name with parameters ("ORGANIZER;CN=...").
"""

# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import bisect
import re

from hybridsdk.routing._honorifics import strip_title

__all__ = [
    "FormLabels",
    "calendar_key",
    "cased_text",
    "dash_header",
    "field_label",
    "given_before",
    "label_value",
    "lower_case",
    "price_line",
    "sentence_word",
    "stats_row",
    "surname_after",
]

# One blank after the stop, then any run of blanks and marks: one way to match, so a
# long run of blanks costs linear time.
_STARTS_RE = re.compile(r"(?:^|[.!?]\s)[\s>*\-•\"'(]*([^\W\d_])", re.M)
_LABEL_HEAD_RE = re.compile(r"[ \t>*\-•]*\Z")
_LABEL_COLON_RE = re.compile(r"[ \t]*[:：][ \t]*")
_ICAL_PARAM_RE = re.compile(r";[A-Z][A-Z-]*=")


def cased_text(text: str) -> bool:
    """Whether the text capitalises the starts of its lines and sentences (most of them),
    unlike a lower-case transcript."""
    upper = lower = 0
    for m in _STARTS_RE.finditer(text):
        ch = m.group(1)
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
    return upper > lower


def sentence_word(value: str) -> bool:
    if not value.endswith("."):
        return False
    m = re.search(r"(?<![.\w])([^\W\d_]+)\.\Z", value)  # not a degree "B.Eng."
    return m is not None and len(m.group(1)) >= 2


def lower_case(value: str) -> bool:
    """Lower-case letters only (a caseless name with a lower-case word is not one)."""
    letters = [c for c in value if c.isalpha()]
    return bool(letters) and all(c.islower() for c in letters)


def field_label(text: str, start: int, end: int, starts: list[int]) -> bool:
    """`starts`: the sorted starts of the findings that may be a label's value (names
    and checked values; not addresses, whose start the tagger often puts on a cue)."""
    ls = text.rfind("\n", max(0, start - 40), start) + 1
    if ls == 0 and start > 40:
        return False
    if not _LABEL_HEAD_RE.fullmatch(text, ls, start):
        return False
    m = _LABEL_COLON_RE.match(text, end)
    if m is None or (":" not in m.group(0) and "：" not in m.group(0)):
        return False
    at = m.end()
    if at < len(text) and text[at].isdigit():
        return True
    i = bisect.bisect_left(starts, at)
    return i < len(starts) and starts[i] == at


# "Label: value" at a line's start (after a bullet or a quote mark); not a time "10:32".
_LINE_LABEL_RE = re.compile(r"^[ \t>*\-•]*([^\n:：]{1,30}?)[ \t]*[:：](?!\d)", re.M)


class FormLabels:
    """The labels that open the text's lines ("Datum:", "IBAN:", "Patient:") when the
    text reads as a form: three or more line labels that are no name found by the tagger,
    more than those that are (a chat's lines open with its speakers, which are)."""

    def __init__(self, text: str, names: set[tuple[int, int]]) -> None:
        self.labels: set[str] = set()
        plain = named = 0
        seen: set[str] = set()
        again = False
        for m in _LINE_LABEL_RE.finditer(text):
            raw = m.group(1)
            a = m.start(1) + len(raw) - len(raw.lstrip())
            b = m.start(1) + len(raw.rstrip())
            if (a, b) in names:
                named += 1
            else:
                plain += 1
            if text[a:b] in seen:
                again = True
                break  # a label twice: no form (a log, a table's rows), whatever follows
            seen.add(text[a:b])
        if plain >= 3 and plain > named and not again:
            self.labels = seen

    def has(self, text: str, start: int, end: int) -> bool:
        """The span is all of a line's label in a form."""
        if not self.labels or text[start:end] not in self.labels:
            return False
        ls = text.rfind("\n", max(0, start - 40), start) + 1
        return bool(_LABEL_HEAD_RE.fullmatch(text, ls, start)) and bool(
            _LABEL_COLON_RE.match(text, end)
        )


_DASH_HEAD_RE = re.compile(r"[^\W\d_][^\d\n—–]{0,60}?[ \t][—–][ \t]*\Z")


def dash_header(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """The span ends a header line after a dash, behind words without a digit ("Visit
    note — Outpatients", "Main Street — Leeds"): a place or a department; a dated
    entry ("[CRM] 1.8.2024 – Name") or a name before the dash ("Ana — Ben") keeps it."""
    ls = text.rfind("\n", max(0, start - 64), start) + 1
    if ls == 0 and start > 64:
        return False
    m = _DASH_HEAD_RE.fullmatch(text, ls, start)
    if m is None or text[end : end + 1] not in ("", "\n"):
        return False
    return not any(a < start and b > ls for a, b in names)


# The rest of an item's line: no label or cell delimiter, a price at its end
_PRICE_LINE_RE = re.compile(
    r"[^:：|@\n]{0,60}?(?<![\d.,])\d+(?:[ .,]\d{3})*[.,]\d{2}(?![\d.,])"  # not a date 7.09.25
    r"[ \t]*(?:[^\W\d_]{1,4}\.?|[^\w\s:：])?[ \t]*(?:\n|\Z)"
)


def price_line(text: str, start: int, end: int) -> bool:
    """The span opens a line that ends with a price, with no label on it ("PEARS
    loose 2,73", "Oat drink x2 24,90 kr."): an item of a receipt."""
    ls = text.rfind("\n", max(0, start - 8), start) + 1
    if (ls == 0 and start > 8) or text[ls:start].strip():
        return False
    return _PRICE_LINE_RE.match(text, end) is not None


# A standings or results row: a rank at most before the name, then five short numbers
# or more (played, won, drawn, lost, goals, points) and nothing else on the line.
_STATS_ROW_RE = re.compile(
    r"(?:[ \t]+[1-9]\d{0,2}(?![\d.,:/]))(?:[ \t]+[-+\u2212]?\d{1,3}(?![\d.,:/])){4,}[ \t]*(?:\n|\Z)"
)
_RANK_RE = re.compile(r"[ \t]*(?:\d{1,3}[.)]?)?[ \t]*\Z")


def stats_row(text: str, start: int, end: int) -> bool:
    """The span heads a row of a league table or a results sheet ("2 Valmiera  19  18
    1  0  42  3  +39  55"): a team or a place, not a person."""
    ls = text.rfind("\n", max(0, start - 8), start) + 1
    if (ls == 0 and start > 8) or not _RANK_RE.match(text, ls, start):
        return False
    return _STATS_ROW_RE.match(text, end) is not None


_NEXT_WORD_RE = re.compile(
    # not at the text's very end: a sign-off ("... Ines Carvalho Cheers") sits there
    r"[ \u3000]([^\W\d_][^\W\d_'’-]{1,24})(?=[ \t]*(?:[\n,:;'\"<|)\]]|\.\s))"
)


def surname_after(text: str, start: int, end: int) -> int:
    """Where a name ends when the tagger left out its last word: one more word after a
    blank, capitalised like the name (or caseless after a caseless name), that ends its
    field ("Rémi" + " Fabre⏎", "大森" + "\u3000和香⏎"); `end` otherwise."""
    m = _NEXT_WORD_RE.match(text, end, min(len(text), end + 32))
    if m is None:
        return end
    word = m.group(1)
    last = text[start:end].split()[-1] if text[start:end].split() else ""
    if word[0].isupper() and not word.isupper() and last[:1].isupper():
        return m.end()
    caseless = not any(c.isupper() or c.islower() for c in word + last)
    if caseless and last:
        return m.end()
    return end


# After a label's colon, a cell's bar, a quote or a tag: not at a line's start, where a
# greeting stands before a name ("Hallo Jens")
# (a tag's ">" only: a quoted e-mail line "> Dear Kylie" opens with a greeting too)
_PREV_WORD_RE = re.compile(
    r"(?:(?<=[:：|'\"(])[ \t]*|(?<=\w>))([^\W\d_][^\W\d_'’-]{1,24})[ \u3000]\Z"
)


def given_before(text: str, start: int, end: int) -> int:
    """Where a name starts when the tagger left out its first word: one word before a
    blank, capitalised like the name (or caseless before a caseless name), that opens its
    field ("Beteg: " + "Takacs" + " Bence"); `start` otherwise."""
    lo = max(0, start - 40)
    m = _PREV_WORD_RE.search(text, lo, start)
    if m is None or m.end() != start:
        return start
    word = m.group(1)
    if strip_title(word + " x"):
        return start  # "Dr " + name: a title, not a given name
    first = text[start:end].split()[0] if text[start:end].split() else ""
    if word[0].isupper() and not word.isupper() and first[:1].isupper():
        return m.start(1)
    if not any(c.isupper() or c.islower() for c in word + first) and first:
        return m.start(1)
    return start


_NAME_VALUE_RE = re.compile(
    r"[ \t]*[:：][ \t]*([^\W\d_][^\W\d_'’.-]*(?:[ \u3000][^\W\d_][^\W\d_'’.-]*){0,3})[ \t]*(?=\n|\Z)"
)


def label_value(text: str, end: int) -> tuple[int, int] | None:
    """The value after a label that ends at `end`, when it is the rest of the line and has
    a name's shape: one to four words of letters, each capitalised (or caseless)."""
    m = _NAME_VALUE_RE.match(text, end, min(len(text), end + 120))
    if m is None:
        return None
    words = m.group(1).split()
    if all(w[0].isupper() or not (w[0].isupper() or w[0].islower()) for w in words):
        return m.start(1), m.end(1)
    return None


def calendar_key(text: str, end: int) -> bool:
    return _ICAL_PARAM_RE.match(text, end) is not None
