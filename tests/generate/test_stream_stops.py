"""`StopFilter`: releases streamed text up to the first stop sequence, holding back a tail
that could still become one."""

from __future__ import annotations

import pytest

from hybridsdk._stream_stops import StopFilter


@pytest.mark.parametrize(
    ("pieces", "stops", "shown", "stopped"),
    [
        (["ab", "cd"], [], ["ab", "cd"], False),
        (["hello wor", "ld!"], ["world"], ["hello ", ""], True),
        (["a\n", "\nb"], ["\n\n"], ["a", ""], True),
        (["x<", "y"], ["<z"], ["x", "<y"], False),
        (["abc"], ["bcd", "c"], ["ab"], True),
        (["one", "two"], ["ne", "wo"], ["o"], True),
    ],
)
def test_stop_filter(pieces, stops, shown, stopped) -> None:  # type: ignore[no-untyped-def]
    f = StopFilter(stops)
    out = [f.feed(p) for p in pieces if not f.stopped]
    assert out == shown and f.stopped is stopped
    tail = f.flush()
    assert f.text == "".join(out) + tail
