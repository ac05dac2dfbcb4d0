"""Passenger names in travel documents, as two spans: the surname and the given names.

Airline and border formats write a passenger as `SURNAME/GIVEN NAMES`: GDS booking
screens (`1.VEGA/DANILO ERNESTO MR`), group manifests (`3  OKAFOR ADEYEMI/CHINEDU   A123`),
boarding passes, the `SSR DOCS` element (`.../12MAR80/M/20AUG32/SURNAME/GIVEN`) and the
EDIFACT PAXLST party segment (`NAD+FL+++SURNAME:GIVEN'`, components split by ":"). The
project labels the two parts as two person spans (docs/privacy.md, "Travel documents").

`travel_names` runs last, on the scanner's resolved findings: in a travel document (a
title after the name, or a travel word in the text) it splits a person finding at an
unspaced slash between two words of two letters or more ("A/P", "S/O" in Malaysian and
Indian names stay whole), and adds the names read from the formats above where the
tagger missed them (they replace the person findings they overlap, never another kind).
"""

from __future__ import annotations

import re

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._ssr_docs import CAPS_WORD, docs_elements

__all__ = ["add_names", "travel_names"]

_PER = PiiKind.PERSON
_CONF = 0.8
_DETECTOR = "travel_name"

# An unspaced slash between two letters-only words of two letters or more.
_SPLIT_RE = re.compile(r"(?<=[^\W\d_]{2})/(?=[^\W\d_]{2})")

_UP = r"A-ZÀ-ÖØ-Þ"
_WORD = CAPS_WORD
# Honorifics and passenger types that follow the given names on PNRs and manifests.
_TITLES = (
    "MR|MRS|MS|MISS|MSTR|MSTER|DR|PROF|CHD|INF|SR|SRA|SRTA|MME|MLLE|MASTER|REV|SHEIKH|HAJI|HJH"
)
_TITLE_SET = frozenset(_TITLES.split("|"))
# SURNAME/GIVEN in capitals: after a line start, an index ("1.", "12 "), a tab, two
# spaces or a colon; given names of one to three words, then a title, a field gap or the
# line end.
_SLASHED_RE = re.compile(
    rf"(?:(?<=^)|(?<=\n)|(?<=\t)|(?<=  )|(?<=\d\.)|(?<=\d )|(?<=:)|(?<=: )|(?<=\d\) ))"
    rf"(?P<fam>{_WORD}(?: {_WORD}){{0,3}})/(?P<giv>{_WORD}(?: {_WORD}){{0,3}})"
    rf"(?P<tail> (?:{_TITLES})\b|(?=\s{{2}}|\t|\n|\r|$|\*|/|\.\d| \d))",
    re.MULTILINE,
)
# Words that pair with a slash in technical and office text (not names).
_NOT_NAMES_TEXT = """TCP IP UDP HTTP HTTPS GET POST PUT PATCH DELETE HEAD YES NO ON OFF AND OR TX RX IN OUT
    INPUT OUTPUT READ WRITE RW RO PASS FAIL OK KO ERROR WARN INFO DEBUG TRUE FALSE AM PM
    KM KG MG ML CM MM HR MIN SEC AC DC UP DOWN LEFT RIGHT OPEN CLOSE START STOP ARR DEP
    ETA ETD PNR TKT SSR DOCS OSI FQTV SEAT CITY COUNTRY NAME SURNAME GIVEN FIRST LAST
    FAMILY MALE FEMALE NA NIL NONE TBA TBD TBC USD EUR GBP BUY SELL DR CR DEBIT CREDIT
    INBOUND OUTBOUND ADULT CHILD INFANT ADT CNN PAX GROUP TOTAL PAGE DATE TIME FROM TO
    NAMES SURNAMES APELLIDO APELLIDOS NOMBRE NOMBRES NOM NOMS PRENOM PRÉNOM PRENOMS PRÉNOMS
    NOME SOBRENOME COGNOME NAMA NACHNAME VORNAME FIRSTNAME LASTNAME GIVENNAME FAMILYNAME
    VIA AIR SEA LAND RAIL BUS CAR TAXI HOTEL ROOM SINGLE DOUBLE TWIN BED BREAKFAST"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
# A travel document nearby: without a title after the name, one of these must be in the
# text (booking screens, manifests and passenger lists in the languages concerned).
_TRAVEL_CUE_RE = re.compile(
    r"pnr|passenger|pax\b|manifest|manifiest|boarding|flight|itinerar|booking|ticket|airline|"
    r"passport|pasaporte|passeport|pasaport|paspor|surname|جواز|護照|护照|ፓስፖርት|"
    r"pasajer|vuelo|reserva|embarque|passag|\bvols?\b|\bvoo\b|flug|reise|"
    r"رحلة|مسافر|ركاب|الطيران|旅客|航班|乘客|penumpang|penerbangan|መንገደኛ|በረራ|"
    r"\bRP/|\bSSR\b|\bAPIS\b|\bhajj|\bumrah|pilgrim|peregrin",
    re.IGNORECASE,
)
_CAPS_SLASH_RE = re.compile(rf"[{_UP}]/[{_UP}]")  # a cheap test before the others
# EDIFACT NAD party segment: NAD+<qualifier>+<id>+<name and address>+<party name>...
_NAD_RE = re.compile(r"NAD\+(?:FL|FM|DDT|DDU|COT|BEN)\+[^+'\n]*\+[^+'\n]*\+([^+'\n]+)")
_NAD_PART_RE = re.compile(rf"[{_UP}A-Za-zà-öø-ÿ][\w'\- ]*[\w]")


def _names_ok(*parts: str) -> bool:
    for part in parts:
        words = part.split()
        if not words or any(w in _NOT_NAMES for w in words):
            return False
    return True


def _trim_titles(text: str, start: int, end: int) -> int:
    """`end` less a trailing honorific word ("ERNESTO MR" -> "ERNESTO")."""
    value = text[start:end]
    while " " in value and value.rsplit(" ", 1)[1] in _TITLE_SET:
        value = value.rsplit(" ", 1)[0]
    return start + len(value)


def _found_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if "/" in text and _CAPS_SLASH_RE.search(text):
        cue: bool | None = None
        for m in _SLASHED_RE.finditer(text):
            fam, giv = m.group("fam"), m.group("giv")
            if not _names_ok(fam, giv) or len(fam) + len(giv) < 5:
                continue  # keywords, or two-letter codes ("AB/SU", an agent's sign)
            if len(fam) == len(giv) == 3:
                continue  # airport or airline pairs ("LHR/JFK", "ROUTE  NBO/ADD")
            gs, ge = m.span("giv")
            end = _trim_titles(text, gs, ge)
            if not m.group("tail").strip() and end == ge:
                if cue is None:
                    cue = _TRAVEL_CUE_RE.search(text) is not None
                if not cue:
                    continue
            spans += [m.span("fam"), (gs, end)]
        for m in docs_elements(text):
            if m.group("names") and _names_ok(m.group("fam"), m.group("giv")):
                spans += [m.span("fam"), m.span("giv")]
    if "NAD+" in text:
        for m in _NAD_RE.finditer(text):
            base = m.start(1)
            for p in _NAD_PART_RE.finditer(m.group(1)):
                if sum(c.isalpha() for c in p.group()) >= 2:
                    spans.append((base + p.start(), base + p.end()))
    return spans


_TITLE_AFTER_RE = re.compile(rf" +(?:{_TITLES})\b")


def _travel(text: str, end: int) -> bool:
    """A title after the name, or a travel document: "Sir/Madam", "DNI/NIF" and
    "Numitul/Numita" (a form's gendered word) elsewhere are no passenger's name."""
    return bool(_TITLE_AFTER_RE.match(text, end)) or _TRAVEL_CUE_RE.search(text) is not None


def _split(text: str, f: Finding) -> list[Finding]:
    value = text[f.start : f.end]
    if "/" not in value:
        return [f]
    cuts = [m.start() for m in _SPLIT_RE.finditer(value)]
    if not cuts:
        return [f]
    out = []
    a = 0
    for c in [*cuts, len(value)]:
        s, e = f.start + a, f.start + c
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not text[e - 1].isalnum():
            e -= 1
        if e > s:
            out.append(Finding.from_span(_PER, text, s, e, f.confidence, f.detector))
        a = c + 1
    return out


def travel_names(text: str, found: list[Finding]) -> list[Finding]:
    """`found` with person findings split at a name's slash and the travel formats' names
    added (sorted, non-overlapping, as `found` was).

    Args:
        text: the scanned text.
        found: the scanner's resolved findings.
    """
    if "/" not in text and "NAD+" not in text:
        return found
    out: list[Finding] = []
    # (where an SSR DOCS element's expiry and names stand)
    docs = [m.span("names") for m in docs_elements(text) if m.group("names")]
    for f in found:
        if f.kind is PiiKind.SECRET and any(f.start <= a and b <= f.end for a, b in docs):
            continue  # a slash-joined SSR DOCS element read as one token: a record, no secret
        if f.kind is _PER and "/" in text[f.start : f.end] and _travel(text, f.end):
            out.extend(_split(text, f))
        else:
            out.append(f)
    return add_names(text, out, _found_spans(text), _DETECTOR)


def add_names(
    text: str, found: list[Finding], spans: list[tuple[int, int]], detector: str
) -> list[Finding]:
    """`found` with a person finding added for each of `spans` that overlaps no finding
    of another kind; the person findings it overlaps are dropped.

    Args:
        text: the scanned text.
        found: sorted, non-overlapping findings.
        spans: the names' (start, end) offsets.
        detector: the name given to the added findings.
    """
    if not spans:
        return found
    out = found
    others = [(f.start, f.end) for f in out if f.kind is not _PER]
    added: list[tuple[int, int]] = []
    for s, e in sorted(set(spans)):
        if e <= s or any(a < e and s < b for a, b in others):
            continue
        if any(a < e and s < b for a, b in added):
            continue
        added.append((s, e))
    if not added:
        return out
    kept = [
        f for f in out if f.kind is not _PER or not any(a < f.end and f.start < b for a, b in added)
    ]
    kept += [Finding.from_span(_PER, text, s, e, _CONF, detector) for s, e in added]
    return sorted(kept, key=lambda f: (f.start, f.end))
