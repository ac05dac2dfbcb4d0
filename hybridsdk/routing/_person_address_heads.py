"""A name the tagger read as the head of an address, taken out when the text names the
same person again (docs/privacy_figures.md, "Session 10: person names").

The tagger often reads a name and the address after it as one address ("Salvu Camilleri,
4, Triq il-Kbira, Żebbuġ"; "Jane Doe, 12 High Street, Leeds"; "Ana Ruiz\\nCalle Mayor
3"). The address is masked, but the same name written alone elsewhere (a signature, a
"Dear ...") is not: the repeat pass looks up found names only. When the address opens
with a name's shape (two to four capitalised words, no digit, no street word) up to a
comma or a line end, and exactly that text recurs elsewhere on word boundaries, the head
is a name when the address's next segment holds a digit (a house number or a postcode):
it becomes a person finding and the address starts after it. The repeat pass
then finds the name, and its parts, wherever else they stand.

Linear in the text: one regex match at each address's start and one `str.find` pass per
head.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["name_heads", "particle", "place_word"]

_WORD = r"[^\W\d_][\w'’.-]*"
# Two to four words (lower-case particles of up to three letters between), then ", " or
# a line end and more of the address.
_HEAD_RE = re.compile(rf"({_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t]*(?:,[ \t]*|\r?\n[ \t]*)(?=\S)")

# Street and place words of many languages: a head holding one is the street, not a name.
_PLACE_TEXT = """
street st road rd avenue ave lane ln drive dr way close court place square hill park
house flat apartment apt suite building block estate tower
rue avenue boulevard bd chemin allée place route impasse quai résidence bâtiment
calle avenida av paseo plaza camino carrera jirón jr pasaje urbanización edificio
rua travessa largo praça estrada alameda
via viale piazza corso vicolo largo strada contrada
triq vjal pjazza sqaq trejqet
straße strasse str gasse weg platz allee ring damm ufer
straat laan plein weg gracht kade dreef
ulica ul aleja al plac osiedle
ulice náměstí třída
utca út tér körút
cadde caddesi cad sokak sokağı sok mahalle mahallesi mah bulvar bulvarı
gata gatan vägen väg vej gade vegur stræti allé torg
katu tie kuja tori
iela prospekts gatvė prospektas tänav maantee
улица ул проспект пр переулок площадь бульвар шоссе
οδός οδ λεωφόρος λεωφ πλατεία
"""
# The address's next segment, up to a comma or a line end: it holds a house number or a
# postcode when the head is a name ("Ana Ruiz, 3 Calle Mayor"; not "Bugaboo Fox, top").
_SEGMENT_RE = re.compile(r"[^,\n]{1,60}")
_PLACE_WORDS = frozenset(_PLACE_TEXT.split())
_PARTICLE_TEXT = (
    "de da do dos das del della di du des la le van von der den ten ter af al el bin ibn ta' tal ta"
)
_PLACE_ENDS = ("straße", "strasse", "gatan", "gata", "vägen", "vej", "gade", "weg", "katu", "tie")
_PARTICLES = frozenset(_PARTICLE_TEXT.split())


def place_word(folded: str) -> bool:
    """Whether a case-folded word is a street or place word ("triq", "lindenstraße")."""
    w = folded.rstrip(".")
    return w in _PLACE_WORDS or w.endswith(_PLACE_ENDS)


def particle(folded: str) -> bool:
    """Whether a case-folded word is a name's particle ("van", "de", "ta'")."""
    return folded in _PARTICLES


def _name_shaped(head: str) -> bool:
    words = head.split()
    if not 2 <= len(words) <= 4:
        return False
    for i, w in enumerate(words):
        folded = w.casefold()
        if place_word(folded):
            return False
        if w[0].title() == w[0]:  # a capital, a caseless script, or Georgian (its own title case)
            continue
        if 0 < i < len(words) - 1 and particle(folded):
            continue
        return False
    return True


def _bounded(text: str, at: int, end: int) -> bool:
    return (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def name_heads(text: str, findings: list[Finding]) -> list[Finding]:
    """The findings with each address that opens with a name written again elsewhere
    split into the name (a person finding) and the rest of the address.

    Args:
        text: the scanned text.
        findings: candidate findings (may overlap; resolved afterwards).
    """
    if not any(f.kind is PiiKind.ADDRESS for f in findings):
        return findings
    out: list[Finding] = []
    for f in findings:
        m = _HEAD_RE.match(text, f.start, f.end) if f.kind is PiiKind.ADDRESS else None
        if m is None or m.end() >= f.end or not _name_shaped(m.group(1)):
            out.append(f)
            continue
        head = m.group(1)
        nxt = _SEGMENT_RE.match(text, m.end(), f.end)
        if nxt is None or not any(c.isdigit() for c in nxt.group(0)):
            out.append(f)  # no house number or postcode right after: no address's head
            continue
        at = text.find(head)
        again = False
        while at >= 0:
            end = at + len(head)
            if not f.start <= at < f.end and _bounded(text, at, end):
                again = True
                break
            at = text.find(head, end)
        if not again:
            out.append(f)
            continue
        out.append(
            Finding.from_span(PiiKind.PERSON, text, f.start, m.end(1), f.confidence, f.detector)
        )
        out.append(Finding.from_span(f.kind, text, m.end(), f.end, f.confidence, f.detector))
    return out
