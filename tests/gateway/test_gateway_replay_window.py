"""Replay window under a flood (issue 9.3): capped future skew, fair sharing of a full
table, the narrowed window as its own problem, and no replay let through ever."""

from __future__ import annotations

import os
import random

import numpy as np
import pytest

from hybridsdk.gateway._problems import (
    PROBLEM_DATE,
    PROBLEM_REPLAY,
    PROBLEM_REPLAY_WINDOW_NARROWED,
    Problem,
)
from hybridsdk.gateway._replay import ReplayGuard, http_date

T0 = 1_700_000_000.0


class FakeClock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _guard(clock: FakeClock, max_entries: int) -> ReplayGuard:
    return ReplayGuard(
        window_s=60, max_future_s=5, max_entries=max_entries, require_date=True, clock=clock
    )


def _send(guard: ReplayGuard, date_s: float, enc: bytes | None = None) -> str:
    """'ok', or the refusal's problem type."""
    try:
        guard.check(enc or os.urandom(32), http_date(date_s))
    except Problem as problem:
        return problem.type
    return "ok"


def test_future_skew_is_capped_to_a_few_seconds() -> None:
    clock = FakeClock()
    guard = _guard(clock, 100)
    assert _send(guard, clock.now + 5) == "ok"
    assert _send(guard, clock.now + 6) == PROBLEM_DATE
    assert _send(guard, clock.now + 59) == PROBLEM_DATE  # the attack of issue 9
    assert _send(guard, clock.now - 60) == "ok"


def test_flood_dated_ahead_does_not_lock_honest_clients_out() -> None:
    """The issue's attack, at the cap: valid requests dated now+5 as fast as possible."""
    clock = FakeClock()
    guard = _guard(clock, 1000)
    for second in range(70):  # longer than the whole window (65 s)
        clock.now = T0 + second + 0.2
        refused = [_send(guard, clock.now + 5) for _ in range(600)]
        # At most a quarter of the table is ever dated ahead of now.
        assert refused.count("ok") <= 250
        clock.now = T0 + second + 0.7
        assert _send(guard, clock.now) == "ok", f"honest request refused at second {second}"
        assert _send(guard, clock.now - 5) == "ok"  # and one delayed a few seconds
    assert len(guard) <= 1000


def test_flood_dated_now_narrows_only_old_dates() -> None:
    clock = FakeClock()
    guard = _guard(clock, 1000)
    for second in range(70):
        clock.now = T0 + second + 0.1
        for _ in range(600):  # more than half the table each second
            _send(guard, clock.now)
        clock.now += 0.5
        assert _send(guard, clock.now) == "ok"
    # The flood cycles the table in under two seconds: older Dates are now refused,
    # with the narrowed-window problem (not the Date problem the client blames its clock for).
    assert _send(guard, clock.now - 10) == PROBLEM_REPLAY_WINDOW_NARROWED
    assert guard.floor < int(clock.now)


def test_narrowed_problem_is_503_with_retry_after_and_no_date_blame() -> None:
    clock = FakeClock()
    guard = _guard(clock, 4)
    for _ in range(4):
        _send(guard, clock.now)
    clock.now += 2
    for _ in range(4):
        _send(guard, clock.now)  # evicts the first four: floor = T0
    with pytest.raises(Problem) as caught:
        guard.check(os.urandom(32), http_date(T0))
    problem = caught.value
    assert (problem.status, problem.type) == (503, PROBLEM_REPLAY_WINDOW_NARROWED)
    assert int(dict(problem.headers)["retry-after"]) >= 1
    assert "clock" not in problem.detail


def test_ahead_quota_refusal_says_when_to_retry() -> None:
    clock = FakeClock(T0 + 0.5)
    guard = _guard(clock, 8)  # quota: 2 entries dated ahead
    assert _send(guard, T0 + 3) == "ok"
    assert _send(guard, T0 + 3) == "ok"
    with pytest.raises(Problem) as caught:
        guard.check(os.urandom(32), http_date(T0 + 3))
    assert caught.value.type == PROBLEM_REPLAY_WINDOW_NARROWED
    assert dict(caught.value.headers)["retry-after"] == "3"
    clock.now = T0 + 3.1  # no longer ahead
    assert _send(guard, T0 + 3) == "ok"


def test_no_replay_is_ever_accepted_under_random_floods() -> None:
    """Safety: whatever the table forgets, an accepted key share is never accepted again."""
    rng = random.Random(9)
    clock = FakeClock()
    guard = _guard(clock, 50)
    accepted: list[tuple[bytes, float]] = []
    for _ in range(20_000):
        clock.now += rng.choice([0.0, 0.0, 0.01, 0.3, 1.0])
        if accepted and rng.random() < 0.4:
            enc, date = rng.choice(accepted)
            if clock.now - 60 <= date <= clock.now + 5:  # else the Date check refuses it
                assert _send(guard, date, enc) in (PROBLEM_REPLAY, PROBLEM_REPLAY_WINDOW_NARROWED)
            continue
        date = float(int(clock.now + rng.uniform(-60, 5)))
        enc = os.urandom(32)
        if _send(guard, date, enc) == "ok":
            accepted.append((enc, date))
        assert len(guard) <= 50
    assert len(accepted) > 500  # the table was cycled many times over


# --- the attack against a real gateway process ----------------------------------


@pytest.mark.slow
def test_real_gateway_flood_cannot_lock_the_sdk_client_out(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import time

    import httpx

    from hybridsdk.cloud._client import CloudClient
    from hybridsdk.cloud._endpoint import CloudEndpoint
    from tests._gateway_process import build_affine_zoo, fetch_configs, run_gateway, seal, unseal

    zoo = build_affine_zoo(tmp_path / "zoo")
    args = ("--models", str(zoo), "--replay-max-entries", "40", "--no-access-log")
    with run_gateway(*args, log_dir=tmp_path) as gw, httpx.Client(timeout=10) as http:
        config = fetch_configs(http, gw.url)[0]

        def flood(ahead_s: float, count: int) -> list[int]:
            statuses = []
            for _ in range(count):
                sealed, context = seal(
                    config, "GET", "/v2/health/live", date_s=time.time() + ahead_s
                )
                answer = http.post(
                    f"{gw.url}/.well-known/ohttp-gateway",
                    content=sealed,
                    headers={"content-type": "message/ohttp-req"},
                )
                statuses.append(unseal(context, answer).status)
            return statuses

        # The attack: dated now+59 s. Refused outright as a Date problem now.
        assert set(flood(59, 20)) == {400}
        # At the cap (now+4 s): at most a quarter of the table; the rest wait (503).
        capped = flood(4, 60)
        assert capped.count(200) <= 10 and set(capped) <= {200, 503}
        # An honest SDK client is not locked out, and is not told to fix its clock.
        with CloudClient(CloudEndpoint(gw.url, key_config=config.encode())) as client:
            answer = client.infer("affine", {"x": np.ones((1, 3), np.float32)}, deadline_s=10)
            assert answer.outputs["y"].tolist() == [[3.0, 3.0, 3.0]]
