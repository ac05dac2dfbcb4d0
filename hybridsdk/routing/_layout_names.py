"""Names that a machine-written layout marks, in any language (docs/privacy_figures.md, "Sixth
set as a dev set"):

- a calendar invite's `ATTENDEE;CN=...` and `ORGANIZER;CN=...` parameter;
- a git log's `Author:`/`Commit:` and a mail header's `From:`/`To:`/`Cc:`/`Reply-To:`
  display name before its `<address>`;
- a travel document's machine-readable name, `SURNAME<<GIVEN<NAMES`, after a label;
- a meeting's attendee list ("**Attendees:** Ana Ruiz, Tomás, Eva Lind and Jon") and a
  checklist's owner when that is one of the attendees ("- [ ] Ana: send the slides");
- a receipt's driver, courier or rider label and the one to three capitalised words after
  it, up to a separator ("Driver: Lina · AB 123", "Chauffeur : Marc Dubois");
- the line under a sender's or recipient's label alone on its line (`_party_lines`).

Every pattern reads one line; the scan stays linear.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re

from hybridsdk.routing._party_lines import party_names

__all__ = ["layout_names"]

_CN_RE = re.compile(r"^(?:ATTENDEE|ORGANIZER)[^\n:]*?;CN=(\"?)([^;:\"\n]{1,80})\1[;:]", re.M)
_DISPLAY_RE = re.compile(
    r"^(?:Author|Commit|From|To|Cc|Bcc|Reply-To|Sender)[ \t]*:[ \t]*(\"?)"
    r"([^\W\d_][^<>\"\n,@:]{0,60}?)\1[ \t]*<[^<>\s@]+@[^<>\s]+>",
    re.M | re.I,
)
_MRZ_RE = re.compile(
    r"(?<=[:\t ])([A-Z][A-Z'-]*(?:<[A-Z'-]+)*<<[A-Z'-]+(?:<[A-Z'-]+)*)<*(?=[ \t]*$)", re.M
)
_ROLES = (
    "driver|your driver|rider|courier|chauffeur|conducteur|livreur|autista|corriere|"
    "conductor|chofer|repartidor|motorista|entregador|fahrer|kurier|bestuurder|"
    "bílstjóri|sendill|juht|kuller|voznik|dostavljač|vozač|возач|водитель|курьер|"
    "жүргізуші|sürücü|kuryer|xufier|მძღოლი|კურიერი|ড্রাইভার|চালক"
)
_ROLE_RE = re.compile(
    rf"^[ \t]*(?i:{_ROLES})[ \t]*[:：][ \t]*"
    r"((?:[^\W\d_][\w'’-]*[ \t]){0,2}[^\W\d_][\w'’-]*)[ \t]*(?=[·•|,(/]|[ \t]{2}|$)",
    re.M,
)


_ATTEND = (
    "attendees|attendance|present|participants|in attendance|attending|invitees|"
    "asistentes|participantes|presentes|présents|participants|presenti|partecipanti|"
    "anwesend|teilnehmer|teilnehmende|aanwezig|deelnemers|obecni|uczestnicy|prisotni|"
    "udeleženci|prisutni|učesnici|присутни|osalejad|kohal|viðstaddir|þátttakendur|"
    "närvarande|deltagare|til stede|deltagere|läsnä|osallistujat|jelen vannak|"
    "iştirakçılar|iştirak edənlər|katılımcılar|მონაწილეები|დამსწრეები|присутствовали|"
    "участники|қатысқандар|preżenti|parteċipanti|উপস্থিত|অংশগ্রহণকারী|出席者|参加者|参会人员|"
    "참석자|الحضور|המשתתפים|peserta|hadir|dumalo"
)
_ATTEND_RE = re.compile(
    rf"^[ \t#>*_-]*(?i:{_ATTEND})[*_]*[ \t]*[:：][*_]*[ \t]*([^\n]{{3,400}})$", re.M
)
_ITEM_SPLIT_RE = re.compile(
    r"[ \t]*(?:[,;、，]|[ \t](?:and|&|og|y|e|et|und|en|i|in|ja|és|və|ve|и|და|u|och|ir)[ \t])[ \t]*"
)
_ITEM_RE = re.compile(r"((?:[^\W\d_][\w'’.-]*[ \t]){0,3}[^\W\d_][\w'’-]*)(?:[ \t]*\([^()]*\))?")
_OWNER_RE = re.compile(
    r"^[ \t]*[-*][ \t]*\[[ xX]?\][ \t]*((?:[^\W\d_][\w'’-]*[ \t]){0,2}[^\W\d_][\w'’-]*)[ \t]*:",
    re.M,
)


def _attendees(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _ATTEND_RE.finditer(text):
        at = m.start(1)
        line = m.group(1).rstrip()
        items: list[tuple[int, int]] = []
        pos = 0
        for sep in [*_ITEM_SPLIT_RE.finditer(line), None]:
            end = sep.start() if sep is not None else len(line)
            im = _ITEM_RE.fullmatch(line, pos, end)
            if im is None or not _capitalised(im.group(1)):
                items = []  # not a plain list of names: take none of it
                break
            items.append((at + im.start(1), at + im.end(1)))
            if sep is not None:
                pos = sep.end()
        out += items
    return out


def _capitalised(value: str) -> bool:
    return all(w[0].isupper() or w[0].lower() == w[0].upper() for w in value.split())


def layout_names(text: str) -> list[tuple[int, int]]:
    """Spans of names marked by an invite's, a log's, a header's, a passport's or a
    receipt's layout."""
    out: list[tuple[int, int]] = []
    if "CN=" in text:
        out += [m.span(2) for m in _CN_RE.finditer(text) if _capitalised(m.group(2))]
    if "<" in text:
        for m in _DISPLAY_RE.finditer(text):
            value = m.group(2).rstrip()
            if _capitalised(value) and len(value.split()) <= 5:
                out.append((m.start(2), m.start(2) + len(value)))
        if "<<" in text:
            out += [m.span(1) for m in _MRZ_RE.finditer(text)]
    if ":" in text or "：" in text:
        out += [m.span(1) for m in _ROLE_RE.finditer(text) if _capitalised(m.group(1))]
        listed = _attendees(text)
        out += listed
        if listed and "[" in text:
            # An owner is one of the attendees (by a first or full name).
            known = {w for a, b in listed for w in (text[a:b], text[a:b].split()[0])}
            out += [m.span(1) for m in _OWNER_RE.finditer(text) if m.group(1) in known]
        out += party_names(text)
    return out
