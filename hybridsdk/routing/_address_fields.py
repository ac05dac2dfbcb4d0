"""An address span completed to its field: the street type, unit, city, state code or
abbreviation's stop the tagger left out (docs/privacy_tagger.md, "Span rules after the tagger").

Applied by `_span_rules.shape_free_form` to each address the tagger found, after its
lines are split. Each step reads only the span's own field (at most `_REACH` characters
on either side) and moves an edge only where the text's structure says so:

- `field_head`: a field (a quoted value, a markup element's text, a line, or what follows
  a label's colon) whose start is a short run of capitalised, caseless or abbreviated
  words before the span ("'Am " + "Kirchberg 3'", "<line>Ulica " + "Lipowa 8 ...") starts the
  address there; lower-case words (prose: "vivo en") or a comma stop it;
- `abbrev_head`: an abbreviation with its stop right before the span ("Str. " + "Ion
  ...", "Bd. " + "Unirii ...") is the street's type;
- `field_tail`: where the address opens its field, what is left of the field after the
  span is taken when it is made of numbers, abbreviations, unit words and codes, and has a
  digit or starts right after a stop or comma ("... Ave" + " Apt 4B'", "... 9. 2" + ". em. 4.</line>", "... 7, st." +
  " tv.");
- `postcode_city`: a postcode ending the span is followed by its city ("4600" + " Køge");
- `state_code`: a state or district code ending the field follows the city ("Sorocaba" +
  " - SP", "Chihuahua" + ", Chih.", "Torino" + " (TO)", "Odense" + " C");
- `final_stop`: the stop of an abbreviation that ends the span ("B.C" + ".", "Chih" + "."),
  and of a house or floor number that ends its field ("Fő utca 9" + "." before a line
  end, a closing quote or tag; Hungarian and Nordic numbers carry it).

Prose around the field never joins it: a step gives up on a comma, sentence words or a
checked finding (a phone number after the city).
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re
from collections.abc import Callable, Collection

__all__ = ["complete_address"]

_REACH = 60
# Where a field ends: a line break, a closing quote, a tag, a table or tab delimiter.
_END_CHARS = "\n'\"<|\t`"
_TOKEN_RE = re.compile(r"\S+")
_ABBREV_RE = re.compile(r"[^\W\d_]{1,5}\.")
# "Milano" + ". Chiamami": a new sentence (not "Col. Centro", "9. 2. em.")
_SENTENCE_RE = re.compile(r"[^\W\d_]{4}\.\s+[^\W\d_a-z]")
# A postcode at the end of a span: "0352", "494 46", "00-950", "13010-111", "SW1A 1AA"
_POSTCODE_END_RE = re.compile(r"(?<![\w-])(?:\d{4,6}|\d{3} \d{2}|\d{2}-\d{3}|\d{5}-\d{3})\Z")
_CITY_RE = re.compile(r"[ \t]+([^\W\d_][\w'’-]{1,30})")
# A state or district code after the city: " - SP", ", Q.R.", ", Yuc.", " (VR)", " C"
_STATE_RE = re.compile(
    r"(?:[ \t]*[-–,][ \t]*|[ \t]+)"
    r"(\((?:[A-Z]{2,3})\)|(?:[A-Z]\.){2,3}(?![A-Z])|(?:[A-Z]\.){1,2}[A-Z](?![\w.])"
    r"|[A-Z][a-z]{1,3}\.|[^\W\d_a-z]{1,3}(?![\w.]))"
)
_AFTER_CODE_RE = re.compile(
    r"[ \t]*(?:\Z|[\n\"'<|\t`;)\]}]|[.,](?:\s|\Z|['\"<])"
    r"|[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff])"  # an emoji
)
_DOTTED_END_RE = re.compile(r"(?:(?<![^\W\d_])(?:[A-Z]\.)+[A-Z]|,[ \t]*[A-Z][a-z]{1,2})\Z")
# A house or floor number (not a postcode: "2347." ends a sentence) before its stop
_HOUSE_END_RE = re.compile(r"(?<![\d.])\d{1,3}[A-Za-z]?\Z")


def _field_start(text: str, pos: int) -> tuple[int, bool]:
    """Where the field of `pos` starts, and whether a delimiter closes it there (an
    opening quote, a tag's `>`, a label's colon, a `|` or tab) rather than a line break;
    (-1, False) when neither is within reach."""
    lo = max(0, pos - _REACH)
    i = pos - 1
    while i >= lo:
        ch = text[i]
        if ch == "\n":
            return i + 1, False
        if ch in "'\"`|\t":
            return i + 1, True
        if ch == ">" and i > 0 and not text[i - 1].isspace():
            return i + 1, True  # a tag's end; not a chat's "Name > " or a quoted line
        if ch in ":：" and i > 0 and (text[i - 1].isalpha() or text[i + 1 : i + 2].isspace()):
            return i + 1, True  # "LOCATION:", "Adresse: "; not a time "10:32"
        i -= 1
    return (0, False) if lo == 0 else (-1, False)


def _field_end(text: str, pos: int) -> int:
    hi = min(len(text), pos + _REACH)
    for i in range(pos, hi):
        if text[i] in _END_CHARS:
            return i
    return hi if hi == len(text) else -1


def _cased_lower(word: str) -> bool:
    return any(c.islower() for c in word) and not any(c.isupper() for c in word)


def _head_ok(prefix: str, closed: bool) -> bool:
    """A short run of capitalised, numbered or abbreviated words; a caseless word (a
    script without capitals) only alone in a field a delimiter opens, as a caseless
    cue ("收件地址是") looks no different."""
    words = prefix.split()
    if (
        not words
        or len(words) > 3
        or len(prefix.strip()) > 24
        or any(c in prefix for c in ",、，،;[]()。")
    ):
        return False
    for w in words:
        if not any(c.isalnum() for c in w):
            return False
        if _ABBREV_RE.fullmatch(w) or any(c.isdigit() for c in w):
            continue
        if _cased_lower(w[:1]):
            return False
        if not any(c.isupper() for c in w) and not (closed and len(words) == 1):
            return False
    return True


def _tail_ok(rest: str) -> bool:
    """Numbers, abbreviations, unit words and codes, with a digit or right after a stop or
    comma ("Apt 4B", ". em. 4.", " tv.", ", Col. Centro")."""
    body = rest.strip()
    if not body or len(body) > 40 or any(c in body for c in "!?;:"):
        return False
    words = [w for w in body.split() if any(c.isalnum() for c in w)]
    if not words or len(words) > 5:
        return False
    for w in words:
        core = w.strip(",.()")
        if any(c.isdigit() for c in w) or _ABBREV_RE.fullmatch(w.rstrip(",")) or w[:1] == "#":
            continue
        if _cased_lower(core[:1]) and len(core) > 4:
            return False
        if not any(c.isupper() or c.islower() for c in core):
            return False  # a caseless word: no way to tell a unit from the sentence
    return (
        any(c.isdigit() for c in body)
        or rest[:1] in ".,"
        or all(_ABBREV_RE.fullmatch(w.rstrip(",")) for w in words)
    )


def complete_address(
    text: str,
    start: int,
    end: int,
    enabled: Collection[str],
    free: Callable[[int, int], bool],
) -> tuple[int, int]:
    """[start, end) of an address moved to its field's edges where structure says so.

    Args:
        text: the scanned text.
        start: the span's start.
        end: the span's end.
        enabled: the names of the steps to apply (see the module's docstring).
        free: whether [a, b) may join the address (no checked finding, no other address,
            no CSV delimiter in it).
    """
    s, e = start, end
    if "field_head" in enabled:
        fs, closed = _field_start(text, s)
        if 0 <= fs < s:
            prefix = text[fs:s]
            lead = len(prefix) - len(prefix.lstrip())
            if prefix.strip() and _head_ok(prefix, closed) and free(fs + lead, s):
                s = fs + lead
    if "abbrev_head" in enabled and s == start:
        m = re.search(r"(?<![^\W\d_])[^\W\d_]{1,4}\.[ \t]+\Z", text[max(0, s - 8) : s])
        if m is not None and text[s : s + 1].isupper():
            a = s - (len(text[max(0, s - 8) : s]) - m.start())
            if free(a, s):
                s = a
    if "field_tail" in enabled:
        fe = _field_end(text, e)
        fs = _field_start(text, s)[0]
        # only where the address opens its field: in prose, what follows is the sentence
        if fe > e and fs >= 0 and not text[fs:s].strip():
            rest = text[e:fe]
            stripped = rest.rstrip(" ,")
            if stripped.endswith(".") and not _ABBREV_RE.search(
                stripped.split()[-1] if stripped.split() else ""
            ):
                stripped = stripped.rstrip(" .,")
            if (
                stripped
                and _tail_ok(stripped)
                and not _SENTENCE_RE.search(text[max(s, e - 5) : e + len(stripped)])
                and free(e, e + len(stripped))
            ):
                e += len(stripped)
    if "postcode_city" in enabled and _POSTCODE_END_RE.search(text, max(s, e - 12), e):
        m = _CITY_RE.match(text, e, min(len(text), e + 40))
        if m is not None and m.group(1)[0].isupper() and free(e, m.end()):
            e = m.end()
    if "state_code" in enabled and any(c.isdigit() for c in text[s:e]):
        m = _STATE_RE.match(text, e, min(len(text), e + 12))
        if (
            m is not None
            and text[e - 1 : e].isalpha()
            and _AFTER_CODE_RE.match(text, m.end())
            and free(e, m.end())
        ):
            code = m.group(1)
            # "Yuc." only after a comma and a city: "Roma." may end a sentence
            if not (code[1:2].islower() and "," not in text[e : m.start(1)]):
                e = m.end()
    if "final_stop" in enabled and text[e : e + 1] == ".":
        if (
            text[e - 1 : e].isalpha()
            and _DOTTED_END_RE.search(text, max(s, e - 12), e)
            and text[e + 1 : e + 2] in ("", "\n", "'", '"', "<", ".", ")", "]")
        ):
            e += 1  # "B.C" + ".", "Chih" + "."; not "Delft" + ". " (a sentence's stop)
        elif _HOUSE_END_RE.search(text, max(s, e - 5), e) and text[e + 1 : e + 2] in (
            "",
            "\n",
            "'",
            '"',
            "<",
        ):
            fs = _field_start(text, s)[0]
            if fs >= 0 and not text[fs:s].strip():
                e += 1  # the span is all of its field: the stop is the number's
    return s, e
