"""The third pass's steps of `_span_rules.shape_free_form` (docs/privacy_tagger.md, "Span rules,
third pass"): the glue between the tagger's findings and the marks of `_person_shapes`,
`_address_joins` and `_address_edges`, kept apart so that `_span_rules` does not grow.
Each step takes the names of the enabled rules (`_span_rules.ENABLED`).
"""

# ruff: noqa: RUF001

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection

from hybridsdk.routing import _address_bounds as ab
from hybridsdk.routing import _address_edges as ae
from hybridsdk.routing import _address_lines as al
from hybridsdk.routing import _arabic_script_words as asw
from hybridsdk.routing import _contact_roles as cr
from hybridsdk.routing import _era_dates as ed
from hybridsdk.routing import _ledger_lines as ll
from hybridsdk.routing import _log_tokens as lt
from hybridsdk.routing import _person_shapes as ps
from hybridsdk.routing import _person_tokens as pt
from hybridsdk.routing import _travel_fields as tf
from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = [
    "bounds",
    "city_name",
    "edges",
    "join_dashed",
    "middles",
    "neighbours",
    "shape_drop",
    "tails",
    "uncovered",
    "widen",
]

_PER = PiiKind.PERSON
_ADDR = PiiKind.ADDRESS


def _hits(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Some span of `spans` (sorted) overlaps [start, end) (the last few that start before
    `end` are checked, as `_span_rules._hits`)."""
    i = bisect.bisect_left(spans, (end, -1))
    return any(b > start for _, b in spans[max(0, i - 4) : i])


def city_name(text: str, f: Finding) -> Finding:
    """A name right after a postcode on its line is the city of an address line."""
    if f.kind is not _PER or not text[f.start : f.start + 1].isupper():
        return f
    at = ps.postcode_before(text, f.start)
    if at < 0 or any(c.isdigit() for c in text[f.start : f.end]):
        return f
    return Finding.from_span(_ADDR, text, at, f.end, f.confidence, f.detector)


def neighbours(
    text: str, addrs: list[Finding], blocked: list[tuple[int, int]], people: list[Finding]
) -> list[Finding]:
    """An address line's street line above a postcode line, or postcode line below a
    street line, that the tagger missed."""
    taken = sorted([(f.start, f.end) for f in addrs] + blocked)
    names = sorted((f.start, f.end) for f in people)
    out = list(addrs)
    for f in addrs:
        for after in (False, True):
            span = ae.neighbour_line(text, f.start, f.end, after)
            if span is None or _hits(taken, *span) or _hits(names, *span):
                continue
            out.append(Finding.from_span(_ADDR, text, *span, f.confidence, f.detector))
            bisect.insort(taken, span)
    return sorted(out, key=lambda f: f.start)


def tails(text: str, addrs: list[Finding], blocked: list[tuple[int, int]]) -> list[Finding]:
    """Addresses in prose widened over their ", postcode Town" tail."""
    out = []
    for f in addrs:
        end = al.postcode_tail(text, f.end)
        if end != f.end and not _hits(blocked, f.end, end):
            f = Finding.from_span(_ADDR, text, f.start, end, f.confidence, f.detector)
        out.append(f)
    return out


def middles(text: str, addrs: list[Finding]) -> list[Finding]:
    """A short line between two address lines is part of the same address."""
    spans = sorted((f.start, f.end) for f in addrs)
    found = al.middle_lines(text, spans)
    if not found:
        return addrs
    f0 = addrs[0]
    added = [Finding.from_span(_ADDR, text, s, e, f0.confidence, f0.detector) for s, e in found]
    return sorted(addrs + added, key=lambda f: f.start)


def edges(
    text: str, start: int, end: int, free: Callable[[int, int], bool], enabled: Collection[str]
) -> tuple[int, int]:
    """An address's edges moved by the marks of `_address_edges`."""
    if "cue_head" in enabled:
        start = ae.cue_head(text, start, end)
    if "hash_number" in enabled:
        start = ae.hash_number(text, start, free)
    if "paren_postcode" in enabled:
        start = ae.paren_postcode(text, start, end, free)
    if "cjk_units" in enabled:
        end = ae.cjk_units(text, end, free)
    if "line_rest" in enabled:
        end = ae.line_rest(text, start, end, free)
    return start, end


_DASH_GAP_RE = re.compile(r"[ \t]*[-–][ \t]*")


def join_dashed(text: str, addrs: list[Finding], blocked: list[tuple[int, int]]) -> list[Finding]:
    """Two address spans on one line with only a dash between them become one
    ("Rua do Sol 9" + " - " + "1100-001 Lisboa")."""
    addrs.sort(key=lambda f: f.start)
    out: list[Finding] = []
    for f in addrs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end <= f.start
            and _DASH_GAP_RE.fullmatch(text, prev.end, f.start)
            and not _hits(blocked, prev.start, f.end)
        ):
            out[-1] = Finding.from_span(
                _ADDR, text, prev.start, f.end, max(prev.confidence, f.confidence), prev.detector
            )
            continue
        out.append(f)
    return out


def shape_drop(text: str, f: Finding, enabled: Collection[str]) -> bool:
    """Whether a mark of `_person_shapes` says the person span is no name."""
    s, e = f.start, f.end
    return (
        ("post_title" in enabled and ps.post_title(text[s:e]) == e - s)
        or ("tech_name" in enabled and ps.technical(text, s, e))
        or ("log_token" in enabled and lt.log_token(text, s, e))
        or ("ledger" in enabled and ll.ledger_label(text, s, e))
        or ("name_token" in enabled and pt.not_a_name(text, s, e))
        or ("markup_label" in enabled and ps.markup_label(text, s, e))
        or ("nationality" in enabled and ps.nationality(text, s, e))
        or ("timeline" in enabled and ps.timeline_line(text, s))
        or ("place" in enabled and ps.place(text, s, e))
        or ("street_word" in enabled and ps.street_word(text, s, e))
        or ("kin_word" in enabled and ps.kin_word(text[s:e]))
        or ("company" in enabled and ps.company(text, s, e))
        or ("word_list" in enabled and ps.word_list(text, s, e))
        or ("travel_field" in enabled and tf.travel_field(text, s, e))
        or ("role_speaker" in enabled and cr.role_speaker(text, s, e))
        or ("era_date" in enabled and ed.era_date(text, s, e))
        or ("arabic_word" in enabled and asw.common_word(text, s, e))
    )


def widen(text: str, f: Finding, taken: list[tuple[int, int]], enabled: Collection[str]) -> Finding:
    """The name less a preposition in front of it, widened over a patronymic's connector
    or to its chat speaker field."""
    s, e = f.start, f.end
    if "arabic_particle" in enabled:
        s = asw.leading_particle(text, s, e)
    if "patronymic" in enabled:
        s, e = ps.patronymic(text, s, e)
    if "chat_speaker" in enabled:
        s, e = ps.chat_speaker(text, s, e)
    if (
        (s, e) == (f.start, f.end)
        or (s < f.start and _hits(taken, s, f.start))
        or (e > f.end and _hits(taken, f.end, e))
    ):
        return f
    return Finding.from_span(f.kind, text, s, e, f.confidence, f.detector)


def uncovered(people: list[Finding]) -> list[Finding]:
    """The names less those inside another (a name widened over its other part)."""
    people.sort(key=lambda f: (f.start, -f.end))
    out: list[Finding] = []
    for f in people:
        if out and f.end <= out[-1].end:
            continue
        out.append(f)
    return out


_HEAD_GAP_RE = re.compile(r"[ \t]*,[ \t]*")


def bounds(
    text: str,
    addrs: list[Finding],
    blocked: list[tuple[int, int]],
    people: list[Finding],
    delim: str,
    enabled: Collection[str],
) -> list[Finding]:
    """Addresses' edges moved, spans joined, town lines added and lone streets dropped by
    the marks of `_address_bounds`."""
    names = sorted((f.start, f.end) for f in people)
    spans = sorted((f.start, f.end) for f in addrs)

    def free(a: int, b: int) -> bool:
        return a >= b or not (
            _hits(blocked, a, b)
            or _hits(names, a, b)
            or _hits(spans, a, b)
            or (delim != "" and delim in text[a:b])
        )

    f0 = addrs[0]
    moved: list[tuple[int, int]] = []
    heads = {f.start: f.end for f in people}
    for a, b in spans:
        if "person_head" in enabled and a in heads:
            m = _HEAD_GAP_RE.match(text, heads[a], b)
            if m is not None and any(c.isdigit() for c in text[m.end() : b]):
                a = m.end()  # "Ann Lee, " + "5 Elm Road, ...": the tagger's name is no street
        if "lead_date" in enabled:
            a = ab.lead_date(text, a, b)
        if "head_words" in enabled:
            a = ab.head_words(text, a, b)
        if "trail_remark" in enabled:
            b = ab.trail_remark(text, a, b)
        if "street_left" in enabled:
            a = ab.street_left(text, a, b, free)
        if "comma_parts" in enabled:
            b = ab.comma_parts(text, a, b, free, delim)
        moved.append((a, b))
    moved.sort()  # each move is `free`: into no other span
    if "comma_join" in enabled and len(moved) > 1:
        moved = ab.comma_join(text, moved, free)
    if "city_lines" in enabled:
        moved = sorted(moved + ab.city_lines(text, moved, free))
    if "date_words" in enabled:
        moved = [(a, b) for a, b in moved if not ab.date_words(text, a, b)]
    if "lone_street" in enabled:
        moved = [s for s, ok in zip(moved, ab.lone_street(text, moved), strict=True) if ok]
    old = {(f.start, f.end): f for f in addrs}
    return [
        old.get(s) or Finding.from_span(_ADDR, text, *s, f0.confidence, f0.detector) for s in moved
    ]
