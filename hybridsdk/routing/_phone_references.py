"""Numbered references a phone plan would accept (session 10, issue 12).

- A number and a year after a slash: "(412/2025)", "Az. 88/2024", a case, file or job
  reference numbered within its year. No plan writes a phone number as digits, a slash
  and a year alone (an Austrian or German "0664/1234567" has more digits after the slash).
- A number right after a capitalised numbering label ("No", "Nr.", "Nº", "№", "Št.",
  "Br.", "Č.", "Nro") that follows a noun: "Notice No 6515758", "Bußgeldbescheid Nr.
  4402931", "Rešenje Br. 2210344". The noun names what is numbered; unless it is a phone
  noun ("Mobile No", "Home No", "Casa Nº", `_PHONE_NOUNS`, or a phone cue, which the cue
  reader has already accepted), the number is that thing's, not a phone. Lower-case
  forms are left alone: "me liga no (11) ..." (Portuguese "on the"), "mano naujas nr."
  ("my new no.") say nothing about what is numbered.
  The same labels alone at the start of a line number the document under its title
  ("Nr. 61-172037", "Бр. 85-583571", "ເລກທີ 31-166965").
- Three digits, three digits and two, joined by dots, with no trunk "0": "722.711.73", a
  product or stock code in a price list. No plan writes its 8-digit numbers so (Norway
  groups 3-2-3, Denmark 2-2-2-2, Estonia, Singapore and Malta 4-4).
"""

from __future__ import annotations

import re

__all__ = ["numbered_reference"]

_SERIAL_YEAR_RE = re.compile(r"\(?\d{1,6} ?/ ?(?:19[5-9]\d|20[0-4]\d)\)?")
_DOTTED_CODE_RE = re.compile(r"[1-9]\d{2}\.\d{3}\.\d{2}")
_NUMBER_WORD_BEFORE_RE = re.compile(
    r"(?<![\w.])([^\W\d_]{3,})\.?[ \t\u00a0]+"
    r"(?:N[or]|NO|NR|N[º°]|№|Št|ŠT|Br|Бр|Č|Nro|Núm|Broj|Nru)"
    r"\.?[ \t\u00a0]*[:#]?[ \t\u00a0]*$"
)
# A numbering label alone at the start of a line: the document's own number under its
# title ("Nr. 61-172037", "Бр. 85-583571", Lao "ເລກທີ 31-166965"). "No" is left out: a
# bare "No:" may stand for a phone number in a contact list.
_LINE_LABEL_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:Nr|NR|N[º°]|№|Št|ŠT|Br|Бр|Č|Broj|Nru|ເລກທີ|เลขที่)"
    r"\.?[ \t\u00a0]*[:#]?[ \t\u00a0]*$"
)
# The first letters of the labels above: one of them must stand just before the number.
_LABEL_INITIALS = "NŠBБČ№ເเ"
# Nouns after which a numbered number is a phone although they are no phone cue.
_PHONE_NOUNS = frozenset(
    """
    home house office work business private personal direct landline land alternate alt
    emergency residence cellular service customer care support helpline hotline whatsapp
    viber telegram signal contact contacts reception desk switchboard line
    casa oficina trabajo particular domicilio fijo ufficio lavoro abitazione cellulare
    domicile bureau travail fixe privé büro buero arbeit privat geschäft festnetz notfall
    kantoor thuis werk prive kontor hjem hemma arbete praca domowy dom trabalho residencial
    рабочий домашний служебный мобильный контактный ev iş is
    """.split()  # noqa: SIM905
)


def numbered_reference(text: str, run: int, raw: str) -> str | None:
    """Why the uncued phone candidate `raw`, whose run of digit groups starts at `run`,
    is a numbered reference; None if it is not one.

    Args:
        text: the scanned text.
        run: where the candidate's run of digit groups starts.
        raw: the candidate as written (without a "+": international numbers never come here).
    """
    if "/" in raw and _SERIAL_YEAR_RE.fullmatch(raw):
        return "number and year"
    if "." in raw and _DOTTED_CODE_RE.fullmatch(raw):
        return "dotted code"
    near = text[max(0, run - 8) : run]
    if not any(c in near for c in _LABEL_INITIALS):
        return None  # no capitalised numbering label right before: the common case, cheaply
    m = _NUMBER_WORD_BEFORE_RE.search(text, max(0, run - 40), run)
    if m is not None and m.group(1).lower() not in _PHONE_NOUNS:
        return "numbered reference"
    if _LINE_LABEL_RE.search(text, max(0, run - 16), run):
        return "numbered reference"
    return None
