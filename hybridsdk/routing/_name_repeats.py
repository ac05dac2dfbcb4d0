"""What the tagger found once, everywhere in the text; and no span that cuts a letter.

Two gaps that let a found name reach the cloud anyway:

- the tagger reads each mention in its own context and may miss the second "Sangita" after
  finding the first: a name (or address) found once is a finding wherever the same words
  recur, on word boundaries;
- its tokens end at combining marks, so a span could end inside a letter ("संगीत" + "ा" in
  Devanagari): a free-form span is stretched over the marks that follow it.

- a name found once in full ("Ana Popescu") or inside a wider span ("Dear Popescu") is
  often written again in part ("Popescu"): each capitalised (or caseless) word of three or
  more letters of a person span is looked up too; and a caseless name the tagger split into
  touching pieces ("惠" + "敏") is looked up whole; a Han name found in part inside a short
  word of its own ("文慧: ..." found as "慧", at most four characters between spaces,
  punctuation or line ends) is taken whole;
- a name the tagger read as the head of an address ("Ana Ruiz, 3 Calle Mayor") is split
  out when the same words recur elsewhere (`_person_address_heads`), and then looked up
  like any found name;
- a mention that a company's legal form or family-firm tail follows ("Lantz Bygg AB")
  is the company's name, not a repeat (`_company_tails`);
- a repeat that falls in a key of the text's structure (a field's label, a tag, a
  header cell: `_structure`) is dropped: the words of a misread label recur as labels;
- a name of two or more words written again where the tagger found only part of it
  ("Ana" there, and "Popescu" looked up as a part) is taken whole there: the parts
  inside are replaced, unless a finding of another kind or one reaching out overlaps.

Linear in the text: at most `_MAX_VALUES` distinct values are looked up, each with one
`str.find` pass.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from hybridsdk.routing._company_tails import company_after
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._person_address_heads import name_heads

__all__ = ["spread_free_form"]

_KINDS = frozenset({PiiKind.PERSON, PiiKind.ADDRESS})
_MAX_VALUES = 32
_MIN_LEN = 3  # "Li" or "Jo" alone would match inside too many words
_MIN_LEN_CASELESS = 2  # 2-character Han or Hangul names are common


def _mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def _caseless(value: str) -> bool:
    return not any(c.isupper() or c.islower() for c in value)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or _mark(ch) or ch == "_"


def _whole_marks(text: str, f: Finding) -> Finding:
    end = f.end
    while end < len(text) and _mark(text[end]):
        end += 1
    if end == f.end:
        return f
    return Finding.from_span(f.kind, text, f.start, end, f.confidence, f.detector)


def spread_free_form(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """The findings, free-form spans completed to whole letters, plus each found name or
    address at its other mentions (detector ``<detector>_repeat``, a little less sure).

    Args:
        text: the scanned text.
        findings: candidate findings (may overlap; resolved afterwards).
    """
    out: list[Finding] = []
    seen: dict[tuple[PiiKind, str], Finding] = {}
    # A name read as an address's head is a name when the text writes it again.
    for f in name_heads(text, list(findings)):
        if f.kind in _KINDS:
            f = _whole_marks(text, f)
            if f.kind is PiiKind.PERSON:
                f = _whole_han_word(text, f)
            value = f.value(text)
            least = _MIN_LEN_CASELESS if _caseless(value) else _MIN_LEN
            if len(value.strip()) >= least and len(seen) < _MAX_VALUES:
                seen.setdefault((f.kind, value), f)
        out.append(f)
    for f in _joined_pieces(text, out):
        if len(seen) < _MAX_VALUES:
            seen.setdefault((f.kind, f.value(text)), f)
    for f in [f for f in out if f.kind is PiiKind.PERSON]:
        for part in _name_parts(f.value(text)):
            if len(seen) < _MAX_VALUES:
                seen.setdefault((PiiKind.PERSON, part), f)
    if not seen:
        return out  # no name or address found: nothing to look up (most texts)
    # Characters already inside a found or repeated name: a part ("Berg") is not looked up
    # inside a mention of the whole ("Anna Berg").
    covered = bytearray(len(text))
    for g in out:
        if g.kind in _KINDS:
            covered[g.start : g.end] = b"\x01" * (g.end - g.start)
    # Mentions already found whole need no replacing (and a text of many such mentions
    # must not cost a pass over the findings for each).
    whole_found = {(g.start, g.end) for g in out if g.kind is PiiKind.PERSON}
    for (kind, value), f in seen.items():
        caseless = _caseless(value)
        whole = kind is PiiKind.PERSON and " " in value.strip()
        at = text.find(value)
        while at >= 0:
            end = at + len(value)
            bounded = caseless or (  # Han, kana, Hangul: no spaces around names to check
                (at == 0 or not _word_char(text[at - 1]))
                and (end == len(text) or not _word_char(text[end]))
            )
            mine = f.start <= at < f.end
            if (
                whole
                and bounded
                and not mine
                and (at, end) not in whole_found
                and any(covered[at:end])
            ):
                # A full name written again where the tagger found only part of it
                # ("Remi" + a repeat "Dupre"): the whole name replaces its parts.
                inner = _parts_inside(out, at, end)
                if inner:
                    drop = {id(g) for g in inner}
                    out = [g for g in out if id(g) not in drop]
                    covered[at:end] = bytes(end - at)
            if bounded and not mine and not covered[at] and not company_after(text, end):
                repeat = _whole_marks(
                    text,
                    Finding.from_span(
                        kind, text, at, end, f.confidence * 0.95, f"{f.detector}_repeat"
                    ),
                )
                out.append(repeat)
                covered[repeat.start : repeat.end] = b"\x01" * (repeat.end - repeat.start)
            at = text.find(value, end)
    return _outside_keys(text, out)


def _outside_keys(text: str, out: list[Finding]) -> list[Finding]:
    """The findings less the repeats that fall in a key of the text's structure: a word of
    a name the tagger misread ("Digital Signature") is no name where it labels a field
    ("Signature Algorithm:", `<Data Name="Key">`); the found mention itself was read
    against the structure already (`_structure_spans`)."""
    repeats = [g for g in out if g.detector.endswith("_repeat") and g.kind in _KINDS]
    if not repeats:
        return out
    from hybridsdk.routing._structure import structure_of
    from hybridsdk.routing._structure_spans import form_key_share

    st = structure_of(text)
    if not (st.keys or st.form_keys):
        return out
    people = sorted((g.start, g.end) for g in out if g.kind is PiiKind.PERSON)
    share = form_key_share(st.form_keys, people)
    drop = set()
    for g in repeats:
        value = text[g.start : g.end].strip()
        if " " in value:
            continue  # a full name in a key is a header the reader took wrongly
        key = st.in_key(g.start, g.end, share)
        # one word of a longer label ("Key" in "Public Key Algorithm"); a key that is the
        # name alone is a chat's speaker ("Ana: ...")
        if key is not None and text[key[0] : key[1]].strip(" \t*#[]") != value:
            drop.add(id(g))
    return [g for g in out if id(g) not in drop] if drop else out


def _parts_inside(out: list[Finding], start: int, end: int) -> list[Finding]:
    """The person findings inside [start, end) when they are all that covers it (no
    finding of another kind, and none reaching out of it), else none."""
    inner = []
    for g in out:
        if g.end <= start or g.start >= end or g.kind not in _KINDS:
            continue
        if g.kind is not PiiKind.PERSON or g.start < start or g.end > end:
            return []
        inner.append(g)
    return inner


def _name_parts(value: str) -> list[str]:
    """The words of a person span worth looking up alone: capitalised or caseless, three
    or more letters ("Ana Popescu" -> "Ana", "Popescu"; not "de", "van"). A letter that is
    its own title case counts as capitalised: Georgian Mkhedruli is lower case to Unicode,
    but names are never written with capitals ("მიქელაძე, ლალი" -> both words)."""
    words = value.split()
    if len(words) < 2:
        return []
    return [
        w
        for w in (w.strip(".,;:()\"'") for w in words)
        if len(w) >= 3 and w.isalpha() and (w[0].isupper() or w[0].title() == w[0] or _caseless(w))
    ]


def _joined_pieces(text: str, findings: list[Finding]) -> list[Finding]:
    """Caseless person findings that touch (no character between them) joined into one."""
    pieces = sorted(
        (f for f in findings if f.kind is PiiKind.PERSON and _caseless(f.value(text))),
        key=lambda f: f.start,
    )
    joined: list[Finding] = []
    run: list[Finding] = []
    for f in [*pieces, None]:
        if f is not None and run and f.start == run[-1].end:
            run.append(f)
            continue
        if len(run) > 1:
            joined.append(
                Finding.from_span(
                    PiiKind.PERSON,
                    text,
                    run[0].start,
                    run[-1].end,
                    min(p.confidence for p in run),
                    run[0].detector,
                )
            )
        run = [f] if f is not None else []
    return joined


_HAN_WORD_MAX = 4


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _whole_han_word(text: str, f: Finding) -> Finding:
    """A person span inside a short run of Han characters, stretched over the whole run."""
    if f.end <= f.start or not all(_han(c) for c in text[f.start : f.end]):
        return f
    start, end = f.start, f.end
    while start > 0 and _han(text[start - 1]) and f.end - start < _HAN_WORD_MAX:
        start -= 1
    while end < len(text) and _han(text[end]) and end - start < _HAN_WORD_MAX:
        end += 1
    edge_before = start == 0 or not _han(text[start - 1])
    edge_after = end == len(text) or not _han(text[end])
    if (start, end) == (f.start, f.end) or not (edge_before and edge_after):
        return f
    return Finding.from_span(f.kind, text, start, end, f.confidence, f.detector)
