"""Names at the head of numbered roster lines: savings-group and tontine lists, prize
winners, call sheets ("3. juana perez / +503 7000-0000 — paid", "2) Omar Dridi — Lot DT
4,000 — ticket 123456", "1. 陳大文 6533 4789").

A line that opens with an index ("1.", "12)"), then one to five words of letters (any
script, any case: such lists are often typed in lower case), then a separator (":", "/",
"-", "—", "|", ",") or straight a phone number, holds a name in those words when a run
of six digits or more follows at once (a phone, an account), or later on the line (a
ticket) when every word is capitalised or of a script without case. Two such
lines at least must be in the text, and three in four of its numbered lines must be of
that shape: a single numbered line is as likely a step of instructions, and a numbered
form ("1. Name: ...", "5. Phone: +...") has lines of other shapes between.
"""

from __future__ import annotations

import re

from hybridsdk.routing._detectors import Finding
from hybridsdk.routing._script_letters import MARKS

__all__ = ["roster_names"]

_DETECTOR = "roster_name"
# marks count: a Thai, Sinhala or Myanmar word has its vowels and tones as marks
_WORD = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}]|['\u2019.\-](?=[^\W\d_]))*"
_LINE_RE = re.compile(
    rf"^[ \t]*\d{{1,3}}[.)][ \t]+(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,4}})"
    r"(?:[ \t]*(?:[:/|,]|[-\u2014\u2013](?!\d))[ \t]*|[ \t]*(?=[+(]?\d))"
    r"(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
_LONG_DIGITS_RE = re.compile(r"\d(?:[ \-]?\d){5,}")  # no dots: "24.02.2026" is a date
_DATE_RE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_NUMBERED_RE = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]", re.MULTILINE)
# Words of instructions, menus and agendas that head numbered lines in lists with
# numbers (not names): the name check rejects a line whose words include one.
_NOT_NAME_TEXT = """total subtotal step item order invoice ticket account ref no nr total: balance
    paso artículo articulo pedido factura cuenta étape etape article commande facture compte
    schritt artikel bestellung rechnung konto"""
_NOT_NAME_WORDS = frozenset(_NOT_NAME_TEXT.split())


def _titled(word: str) -> bool:
    """A capitalised word, or one of a script without case ("Omar", "ليلى")."""
    return word[:1].isupper() or word == word.lower() == word.upper()


def _spans(text: str) -> list[tuple[int, int]]:
    hits = []
    for m in _LINE_RE.finditer(text):
        rest, words = m.group("rest"), m.group("name").split()
        if _DATE_RE.match(rest):
            continue  # "1) Visit 15/11/2025: ...": an entry of a log, headed by a word
        if _LONG_DIGITS_RE.match(rest.lstrip("+(")):
            pass  # a phone or an account number right after the name
        elif not (_LONG_DIGITS_RE.search(rest) and all(_titled(w) for w in words)):
            continue
        if any(w.lower().strip(".") in _NOT_NAME_WORDS for w in words):
            continue
        hits.append(m.span("name"))
    if len(hits) < 2:
        return []
    # A numbered form ("1. Name: ...", "2. Date of birth: ...", "5. Phone: +...") has
    # lines of other shapes between its phone and id lines; a roster is all alike.
    lines = len(_NUMBERED_RE.findall(text))
    return hits if len(hits) >= 0.75 * lines else []


def roster_names(text: str, found: list[Finding]) -> list[Finding]:
    """`found` with the names heading numbered roster and roll lines, those of a bank
    statement's export and those in a shift rota's slots, as person findings.

    Args:
        text: the scanned text.
        found: the scanner's resolved findings (sorted, non-overlapping).
    """
    from hybridsdk.routing._bank_narrations import statement_names
    from hybridsdk.routing._roll_entries import roll_spans
    from hybridsdk.routing._shift_rota import rota_spans
    from hybridsdk.routing._travel_names import add_names

    # A statement's names also when the tagger saw no name (the span rules that read
    # the record's fields run only on the tagger's findings).
    spans = _spans(text) + roll_spans(text) + statement_names(text)[0]
    if "(" in text:
        spans += rota_spans(text)
    if "นา" in text or "ນາ" in text or "ທ້າວ" in text or "ด." in text:
        from hybridsdk.routing._glued_titles import glued_title_names

        spans += glued_title_names(text)
    return add_names(text, found, spans, _DETECTOR)
