"""Names heading the entries of a numbered roll of people: donor and contribution lists,
guest books, collection sheets ("1. Liam Brown — $36.50", "2) Peter Saitoti & Nasieku —
Hongera sana! — 0738143345", "3. นายชัยวัฒน์ อุดมสุข — 1,060.00", "4. විරාජ් යාපා —
11,000 ✅").

An entry is a numbered line ("1.", "12)", in any digits) whose head, before a spaced dash
("—", "–", " - "), is one or two names joined by "&": one to five words of letters and
marks each, in any case (such lists are often typed in lower case) and in any script
(Thai, Sinhala or Myanmar words keep their vowel and tone marks), after titles ("Mr.",
"Bc.", "श्री") and the titles glued to a Thai, Lao or Myanmar name ("นาย", "ဦး", "ครอบครัว" for a family). The
text is a roll when three lines at least are entries, they are three in four of its
numbered lines, and one in three at least carries an amount, a phone, an e-mail or a
tick after the dash: an agenda or a list of steps has numbered lines of other shapes,
or times and no amounts. Heads that say "anonymous" or "family" are no names.
"""

# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import re

from hybridsdk.routing._glued_titles import glued_title
from hybridsdk.routing._honorifics import strip_title
from hybridsdk.routing._script_letters import MARKS

__all__ = ["roll_spans"]

_ENTRY_RE = re.compile(
    r"^[ \t]*\d{1,3}[.)][ \t]+(?P<head>[^\n\d—–|:;]{1,90}?)[ \t]+(?:[—–]|-(?=[ \t]))[ \t]*"
    r"(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
_NUMBERED_RE = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]", re.MULTILINE)
_WORD_RE = re.compile(rf"[^\W\d_][\w{MARKS}]*(?:['’.-][^\W\d_][\w{MARKS}]*)*\.?")
_TIME_RE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?![\d.,])")
_EVIDENCE_RE = re.compile(r"\d[^\d\n]{0,2}\d|@|[✅✔✓⏳]")
_NOT_NAME_TEXT = """anonymous anon anónimo anonimo anonyme anonym anonymní anonymný anónima
    анонимно аноним ананімна анонім անանուն нэрээ нууцалсан नाम नखुलाउने गुमनाम گمنام
    total jumla итого ընդամենը нийт รวม ລວມ စုစုပေါင်း जम्मा کل"""
# A family named by its surname: "Ngata whānau", "Шагдарын гэр бүл", "Familia ya Okoth",
# "Սարգսյանների ընտանիք" (the Sargsyans' family: the plural genitive is cut too).
_FAMILY_RE = re.compile(
    r"^(?:the[ \t]+)?(?:family|familia|famille|famiglia|família|rodina|семья|сям'я|сім'я|خاندان)"
    r"(?:[ \t]+(?:ya|of|de|la|des|da|do))?[ \t]+"
    r"|(?:ների)?[ \t]+(?:family|whānau|whanau|гэр[ \t]+бүл|ընտանիք|परिवार|خاندان|فیملی|rodina)\Z",
    re.IGNORECASE,
)
_NOT_NAME_WORDS = frozenset(_NOT_NAME_TEXT.split())
# Whole heads that stand for a donor who gives no name.
_NO_NAME_HEADS = frozenset(
    """nemenovaný darca|nemenovaná darkyňa|mtu wa nia njema|well wisher|well-wisher|
    a well wisher|ผู้ไม่ประสงค์ออกนาม|ไม่ประสงค์ออกนาม|ایک بندۂ خدا|ایک بندہ خدا|
    အမည်မဖော်လိုသူ|ນິລະນາມ""".replace("\n    ", "").split("|")
)


def _name_parts(head: str, at: int) -> list[tuple[int, int]] | None:
    """The name spans of an entry's head at offset `at`; None when a part is no name."""
    spans = []
    pos = 0
    for part in head.split("&"):
        s = len(part) - len(part.lstrip())
        e = len(part.rstrip())
        cut = strip_title(part[s:e])
        s += cut
        s += glued_title(part[s:e])
        for fm in _FAMILY_RE.finditer(part[s:e]):
            if fm.start() == 0:
                s += fm.end()
            else:
                e = s + fm.start()
        value = part[s:e]
        words = value.split()
        if not 1 <= len(words) <= 5 or not all(_WORD_RE.fullmatch(w) for w in words):
            return None
        if any(w.casefold().strip(".") in _NOT_NAME_WORDS for w in words):
            return None
        if value.casefold() in _NOT_NAME_WORDS or value.casefold() in _NO_NAME_HEADS:
            return None
        spans.append((at + pos + s, at + pos + e))
        pos += len(part) + 1
    return spans


def roll_spans(text: str) -> list[tuple[int, int]]:
    """The names heading the entries of a numbered roll of people in `text` (none when
    the text is no such roll)."""
    entries = 0
    evidenced = 0
    names: list[tuple[int, int]] = []
    for m in _ENTRY_RE.finditer(text):
        head = m.group("head")
        folded = head.strip().casefold()
        if folded in _NO_NAME_HEADS or any(
            w.strip(".,") in _NOT_NAME_WORDS for w in folded.split()
        ):
            entries += 1  # "Anonymous — $48.00" is an entry of the roll, with no name
            evidenced += bool(_EVIDENCE_RE.search(_TIME_RE.sub("", m.group("rest"))))
            continue
        parts = _name_parts(head, m.start("head"))
        if parts is None:
            continue
        entries += 1
        evidenced += bool(_EVIDENCE_RE.search(_TIME_RE.sub("", m.group("rest"))))
        names += parts
    if entries < 3 or 3 * evidenced < entries:
        return []
    return names if entries >= 0.75 * len(_NUMBERED_RE.findall(text)) else []
