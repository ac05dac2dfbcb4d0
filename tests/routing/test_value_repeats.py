"""A structured value found at one mention is masked at all of them (hybridsdk/routing/
_value_repeats.py)."""

from __future__ import annotations

import time

from hybridsdk.routing import PiiScanner
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._value_repeats import spread_values

SCANNER = PiiScanner(ner=False)


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.value(text)) for f in SCANNER.scan(text)]


def test_a_phone_that_lost_its_context_is_masked_once_found_elsewhere() -> None:
    # After a run of numbers the phone reads as the tail of a longer number (found by
    # hypothesis: the first mention went to the cloud while the second was masked).
    text = '384 305 175 756 305 384 (617) 535-3169, and "(617) 535-3169"'
    assert _found(text) == [("phone", "(617) 535-3169"), ("phone", "(617) 535-3169")]
    repeat, direct = SCANNER.scan(text)
    assert repeat.detector.endswith("_repeat")
    assert repeat.confidence < direct.confidence


def test_a_lone_mention_without_context_stays_unfound() -> None:
    # The pass adds mentions of found values only; it finds nothing new on its own.
    assert _found("384 305 175 756 305 384 (617) 535-3169, 227") == []


def test_short_values_and_names_are_not_spread() -> None:
    names = [Finding.from_span(PiiKind.PERSON, "Anna met Anna", 0, 4, 0.9, "ner")]
    assert spread_values("Anna met Anna", names) == names
    short = [Finding.from_span(PiiKind.PHONE, "112 or 112", 0, 3, 0.9, "phone")]
    assert spread_values("112 or 112", short) == short


def test_mentions_inside_another_finding_are_left_to_it() -> None:
    text = "a@b.co wrote to xa@b.co.uk"  # the second mention sits inside a longer e-mail
    kinds = _found(text)
    assert kinds == [("email", "a@b.co"), ("email", "xa@b.co.uk")]


def test_one_value_repeated_stays_linear() -> None:
    big = "a@bc.co " * 20_000
    t0 = time.perf_counter()
    assert len(SCANNER.scan(big)) == 20_000
    assert time.perf_counter() - t0 < 10
