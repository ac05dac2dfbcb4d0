"""`StreamRestorer`: placeholders split over streamed pieces come back whole, and text
that only looks like a placeholder's start is released as soon as it cannot be one."""

from __future__ import annotations

import random

import pytest

from hybridsdk._stream_restore import StreamRestorer
from hybridsdk.routing._detectors import PiiKind
from hybridsdk.routing._privacy import Pseudonymizer


def _restorer() -> tuple[Pseudonymizer, str]:
    p = Pseudonymizer()
    email = p.placeholder(PiiKind.EMAIL, "jane.doe@example.com")
    person = p.placeholder(PiiKind.PERSON, "Jane Doe")
    return p, f"Dear {person}, I wrote to {email} <- see <b>it</b> (a<b); <EMAIL_9> stays."


def _stream(p: Pseudonymizer, pieces: list[str]) -> list[str]:
    r = StreamRestorer(p.restore)
    return [r.feed(piece) for piece in pieces] + [r.flush()]


def test_every_split_gives_the_whole_restored_text() -> None:
    p, text = _restorer()
    want = p.restore(text)
    assert "jane.doe@example.com" in want and "Jane Doe" in want and "<EMAIL_9>" in want
    for cut in range(len(text) + 1):
        assert "".join(_stream(p, [text[:cut], text[cut:]])) == want
    rng = random.Random(7)
    for _ in range(200):
        cuts = sorted(rng.sample(range(1, len(text)), 6))
        pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        out = _stream(p, pieces)
        assert "".join(out) == want
        assert not any("<EMAIL_1" in o or "<PERSON_1" in o for o in out)


def test_a_placeholder_start_is_held_only_while_it_can_still_be_one() -> None:
    p, _ = _restorer()
    r = StreamRestorer(p.restore)
    assert r.feed("a <EMA") == "a "
    assert r.feed("IL_1") == ""
    assert r.feed(">!") == "jane.doe@example.com!"
    assert r.feed("x < y") == "x < y"  # "< " cannot start one
    assert r.feed("<b") == "<b"  # lower case cannot either
    assert r.flush() == ""


@pytest.mark.parametrize("tail", ["<", "<PERSON", "<PERSON_", "<PERSON_1"])
def test_a_stream_that_ends_inside_a_placeholder_start_releases_it(tail: str) -> None:
    p, _ = _restorer()
    r = StreamRestorer(p.restore)
    assert r.feed("end " + tail) == "end "
    assert r.flush() == tail


def test_a_long_run_is_never_held() -> None:
    p, _ = _restorer()
    r = StreamRestorer(p.restore)
    out = r.feed("<" + "A" * 100)
    assert out == "<" + "A" * 100 and r.flush() == ""
