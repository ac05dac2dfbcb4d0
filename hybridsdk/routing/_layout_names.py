"""Names that a machine-written layout marks, in any language (docs/privacy.md, "Sixth
set as a dev set"):

- a calendar invite's `ATTENDEE;CN=...` and `ORGANIZER;CN=...` parameter;
- a git log's `Author:`/`Commit:` and a mail header's `From:`/`To:`/`Cc:`/`Reply-To:`
  display name before its `<address>`;
- a travel document's machine-readable name, `SURNAME<<GIVEN<NAMES`, after a label;
- a receipt's driver, courier or rider label and the one to three capitalised words after
  it, up to a separator ("Driver: Lina · AB 123", "Chauffeur : Marc Dubois").

Every pattern reads one line; the scan stays linear.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re

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
    return out
