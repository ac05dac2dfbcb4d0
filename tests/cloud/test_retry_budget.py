"""The retry budget: gRPC-style token bucket, its bound on extra traffic, thread safety."""

from __future__ import annotations

import random
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hybridsdk._exceptions import ConfigurationError, GatewayError
from hybridsdk.cloud._retry import RetryPolicy, retrying
from hybridsdk.cloud._retry_budget import RetryBudget


def test_token_trace_matches_grpc_semantics() -> None:
    # gRPC's own example: max 4 tokens (threshold 2), each success refills 1.6.
    b = RetryBudget(max_tokens=4, token_ratio=1.6)
    assert b.record_failure() is True  # 3 > 2
    b.record_success()  # 4.6 capped at 4
    assert b.tokens == 4
    assert b.record_failure() is True  # 3
    assert b.record_failure() is False  # 2: at the threshold, no retry
    assert b.allow_retry() is False
    b.record_success()  # 3.6
    assert b.tokens == pytest.approx(3.6) and b.allow_retry() is True


def test_tokens_never_go_below_zero() -> None:
    b = RetryBudget(max_tokens=2, token_ratio=1)
    for _ in range(10):
        b.record_failure()
    assert b.tokens == 0
    b.record_success()
    assert b.tokens == 1 and not b.allow_retry()  # 1 is not > 1


def test_snapshot_and_repr() -> None:
    b = RetryBudget()
    b.record_failure()
    s = b.snapshot()
    assert (s.tokens, s.max_tokens, s.token_ratio, s.retry_allowed) == (9, 10, 0.1, True)
    assert repr(b) == "RetryBudget(tokens=9/10, token_ratio=0.1)"


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"max_tokens": 0}, "max_tokens"),
        ({"max_tokens": 1001}, "max_tokens"),
        ({"token_ratio": 0}, "token_ratio"),
        ({"max_tokens": 2, "token_ratio": 3}, "token_ratio"),
        ({"token_ratio": 0.0004}, "3 decimals"),
    ],
)
def test_bad_settings_are_configuration_errors(kwargs: dict[str, float], words: str) -> None:
    with pytest.raises(ConfigurationError, match=words):
        RetryBudget(**kwargs)


class _Backend:
    """A fake endpoint: each attempt fails with probability `p_fail` (a 503)."""

    def __init__(self, p_fail: float, seed: int) -> None:
        self.p_fail = p_fail
        self.rnd = random.Random(seed)
        self.attempts = 0

    def send(self) -> str:
        self.attempts += 1
        if self.rnd.random() < self.p_fail:
            raise GatewayError("overloaded", status=503)
        return "ok"


def _drive(budget: RetryBudget, backend: _Backend, requests: int, attempts: int) -> int:
    """Send `requests` requests through the real retry loop; returns how many succeeded."""
    now = [0.0]

    def sleep(s: float) -> None:
        now[0] += s

    ok = 0
    for _ in range(requests):
        r = retrying(
            RetryPolicy(attempts=attempts),
            deadline=None,
            idempotent=True,
            clock=lambda: now[0],
            sleep=sleep,
            budget=budget,
        )
        try:
            r(backend.send)
            ok += 1
        except GatewayError:
            pass
    return ok


def test_fully_failing_backend_gets_at_most_10_percent_extra_traffic() -> None:
    """Defaults: 10 tokens, ratio 0.1, threshold 5. With no successes the bucket only
    drains: a retry is granted at 9, 8, 7, 6 tokens left, then never again (< 10/2)."""
    n = 5_000
    budget = RetryBudget()
    backend = _Backend(p_fail=1.0, seed=1)
    assert _drive(budget, backend, n, attempts=3) == 0
    retries = backend.attempts - n
    # Request 1 retries at 9 and 8 and stops at its attempt cap (7 left); request 2
    # retries at 6 and is refused at 5; nobody retries after that.
    assert retries == 3
    many = _Backend(p_fail=1.0, seed=1)
    _drive(RetryBudget(), many, n, attempts=10)
    assert many.attempts - n == 4  # all four grants used when the attempt cap allows
    assert backend.attempts <= 1.10 * n
    # Without the budget the same loop would triple the traffic.
    unthrottled = _Backend(p_fail=1.0, seed=1)
    _drive(RetryBudget(max_tokens=1000, token_ratio=1000), unthrottled, 100, attempts=3)
    assert unthrottled.attempts == 300


@settings(max_examples=40, deadline=None)
@given(
    p_fail=st.floats(0.0, 1.0),
    attempts=st.integers(2, 6),
    max_tokens=st.integers(2, 50),
    ratio_milli=st.integers(1, 500),
    seed=st.integers(0, 10_000),
)
def test_retries_bounded_by_ratio_of_successes_for_any_failure_rate(
    p_fail: float, attempts: int, max_tokens: int, ratio_milli: int, seed: int
) -> None:
    """The bound from the module docstring: retries < max_tokens/2 + token_ratio * S."""
    ratio = ratio_milli / 1000
    budget = RetryBudget(max_tokens=max_tokens, token_ratio=ratio)
    backend = _Backend(p_fail, seed)
    n = 300
    successes = _drive(budget, backend, n, attempts)
    retries = backend.attempts - n
    assert retries < max_tokens / 2 + ratio * successes


def test_concurrent_updates_are_not_lost() -> None:
    b = RetryBudget(max_tokens=1000, token_ratio=1)
    for _ in range(1000):
        b.record_failure()
    assert b.tokens == 0
    workers, per_worker = 8, 100  # 800 tokens in total: never clamped at 0 or 1000
    barrier = threading.Barrier(workers)

    def refill() -> None:
        barrier.wait()
        for _ in range(per_worker):
            b.record_success()

    def drain() -> None:
        barrier.wait()
        for _ in range(per_worker):
            b.record_failure()

    for work, expected in ((refill, 800), (drain, 0)):
        threads = [threading.Thread(target=work) for _ in range(workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert b.tokens == expected
