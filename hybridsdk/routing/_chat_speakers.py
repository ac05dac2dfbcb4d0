"""Speakers of a chat export, read by its layout (docs/privacy_figures.md, "Ninth set as a
dev set"): each line of an exported chat opens with its time and its speaker's name, a
person's name or a saved contact's:

- WhatsApp: `[19/08/2024, 10:12:16] Name: ...` and `19/08/2024, 10:12 - Name: ...`;
- LINE: `11:54<TAB>Name<TAB>...`.

A text is read as a chat when three or more of its lines open so; a speaker field with a
digit or a sign (a phone number, "+94 77 ...") is no name, nor one of more than four
words (a system line: "Messages and calls are end-to-end encrypted"), nor a contact saved
under a kinship or role word ("Mom", "Szef", `_person_shapes.kin_word`).
"""

from __future__ import annotations

import re

from hybridsdk.routing._person_shapes import kin_word

__all__ = ["chat_speakers"]

_WHATSAPP_RE = re.compile(
    r"^\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?(?:[ \t]+-)?[ \t]+([^\n:\[\]]{1,40}?):[ \t]",
    re.M,
)
_LINE_RE = re.compile(r"^\d{1,2}:\d{2}\t([^\t\n]{1,40})\t", re.M)
_NO_NAME_RE = re.compile(r"[\d+@#/\\|<>=*~]")
# a log line's level is no speaker ("2024-01-02 10:00:00 INFO auth: ...")
_LEVEL_RE = re.compile(r"(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)\b")
# a parent named by the child names the child: Thai "แม่น้องนุ่น" (Nun's mother),
# Swahili "Mama Wanjiru", "Baba Joy"
_KIN_RE = re.compile(
    r"(?:แม่|พ่อ)(?:น้อง)?(?=[\u0e01-\u0e2e\u0e40-\u0e44])|(?:Mama|Baba)[ \t]+(?=[A-Z])"
)


def chat_speakers(text: str) -> list[tuple[int, int]]:
    """The spans of the speakers' names of a chat export (none for other texts)."""
    out = []
    for rx in (_WHATSAPP_RE, _LINE_RE):
        found = list(rx.finditer(text))
        if len(found) < 3:
            continue
        for m in found:
            s, e = m.span(1)
            value = text[s:e]
            if _NO_NAME_RE.search(value) or len(value.split()) > 4:
                continue
            if _LEVEL_RE.match(value.lstrip()):
                continue
            if " (" in value:  # a remark after the name: "Anahera (Lachlan's mum)"
                e = s + value.index(" (")
                value = text[s:e]
            kin = _KIN_RE.match(value)
            if kin is not None:
                s, value = s + kin.end(), value[kin.end() :]
            s += len(value) - len(value.lstrip())
            e -= len(value) - len(value.rstrip())
            if e > s and not kin_word(text[s:e]):
                out.append((s, e))
    return out
