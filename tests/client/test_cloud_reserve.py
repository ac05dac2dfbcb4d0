"""The cloud call leaves time for the fallback: twice the local model's latency, 15..250 ms."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from hybridsdk._client_base import _BaseClient


def _left_for_cloud(local_ms: float | None, *, deadline: float = 10.0, now: float = 9.0) -> float:
    stand_in = SimpleNamespace(
        latency=SimpleNamespace(estimate=lambda route: local_ms), clock=lambda: now
    )
    left = _BaseClient._cloud_deadline_s(stand_in, deadline)  # type: ignore[arg-type]
    assert left is not None
    return left


@pytest.mark.parametrize(
    ("local_ms", "reserve_s"),
    [
        (0.05, 0.015),  # a fast model: the floor (waking the caller, cancelling the transfer)
        (5.0, 0.015),
        (40.0, 0.080),  # twice the estimate
        (900.0, 0.250),  # the cap
        (None, 0.025),  # not run yet: its first run loads it
    ],
)
def test_the_reserve_for_the_fallback(local_ms: float | None, reserve_s: float) -> None:
    assert _left_for_cloud(local_ms) == pytest.approx(1.0 - reserve_s)


def test_no_deadline_no_cloud_deadline_and_never_negative() -> None:
    stand_in = SimpleNamespace(latency=SimpleNamespace(estimate=lambda route: 1.0), clock=lambda: 5)
    assert _BaseClient._cloud_deadline_s(stand_in, None) is None  # type: ignore[arg-type]
    assert _left_for_cloud(1.0, deadline=10.0, now=10.01) == 0.0
