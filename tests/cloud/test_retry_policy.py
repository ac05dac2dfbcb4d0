"""Retry decisions and the tenacity loops, on a fake clock and a fake sleep."""

from __future__ import annotations

import calendar
import random
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hybridsdk._exceptions import (
    CircuitOpenError,
    ConfigurationError,
    CryptoError,
    DeadlineExceededError,
    GatewayError,
    KeyPinMismatchError,
    TransportError,
)
from hybridsdk.cloud._breaker import BreakerConfig, CircuitBreaker, CircuitState
from hybridsdk.cloud._retry import (
    OHTTP_KEY_PROBLEM_TYPE,
    BreakerOutcome,
    ConnectError,
    ErrorClass,
    ReadTimeoutError,
    RetryPolicy,
    RetryTrace,
    RetryVerdict,
    async_retrying,
    backoff_bound_s,
    classify,
    decide_retry,
    parse_retry_after,
    retrying,
)
from hybridsdk.cloud._retry_budget import RetryBudget
from tests._fakes import FakeTime


def failing(
    errors: list[BaseException], ft: FakeTime, *, duration_s: float = 0.01, result: str = "ok"
) -> tuple[Callable[[], str], list[float]]:
    """A send() that raises `errors` in turn (then succeeds), and the times it started."""
    it: Iterator[BaseException] = iter(errors)
    starts: list[float] = []

    def send() -> str:
        starts.append(ft.now)
        ft.now += duration_s
        err = next(it, None)
        if err is not None:
            raise err
        return result

    return send, starts


def gw(status: int, **kw: object) -> GatewayError:
    return GatewayError(f"gateway answered {status}", status=status, **kw)  # type: ignore[arg-type]


# -- classification ----------------------------------------------------------------------


@pytest.mark.parametrize("idempotent", [True, False])
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 413, 422])
def test_client_errors_are_never_retryable(status: int, idempotent: bool) -> None:
    c = classify(gw(status), idempotent)
    assert not c.retryable
    assert c.code == f"status_{status}"
    assert c.breaker is BreakerOutcome.SUCCESS  # the endpoint is healthy; the request is not


@pytest.mark.parametrize("idempotent", [True, False])
@pytest.mark.parametrize("status", [408, 425, 429, 503])
def test_not_processed_statuses_are_always_retryable(status: int, idempotent: bool) -> None:
    assert classify(gw(status), idempotent).retryable


@pytest.mark.parametrize("status", [500, 502, 504, 507])
def test_other_5xx_retryable_only_when_idempotent(status: int) -> None:
    assert classify(gw(status), True).retryable
    assert not classify(gw(status), False).retryable
    assert classify(gw(status), False).breaker is BreakerOutcome.FAILURE


def test_transport_errors_by_phase() -> None:
    assert classify(ConnectError("refused"), False).retryable
    assert classify(ConnectError("dns"), True).retryable
    assert not classify(ReadTimeoutError("read timeout"), False).retryable
    assert classify(ReadTimeoutError("read timeout"), True).retryable
    # A TransportError of unknown phase may have been processed.
    assert not classify(TransportError("reset"), False).retryable
    assert classify(TransportError("reset"), True).retryable


def test_stale_key_id_is_retryable_even_without_idempotency() -> None:
    c = classify(gw(400, problem_type=OHTTP_KEY_PROBLEM_TYPE), False)
    assert c.retryable and c.code == "stale_key_id"
    assert c.breaker is BreakerOutcome.IGNORED


@pytest.mark.parametrize(
    "exc",
    [
        CryptoError("tag mismatch"),
        KeyPinMismatchError("pin"),
        CircuitOpenError("open"),
        ValueError("bug"),
        KeyboardInterrupt(),
    ],
)
def test_everything_else_is_not_retryable(exc: BaseException) -> None:
    assert not classify(exc, True).retryable


def test_retry_after_is_carried_through_classification() -> None:
    assert classify(gw(429, retry_after_s=2.0), False).retry_after_s == 2.0


# -- Retry-After parsing -----------------------------------------------------------------

# RFC 9110's example instant, Sun, 06 Nov 1994 08:49:37 GMT.
_EXAMPLE_EPOCH = calendar.timegm((1994, 11, 6, 8, 49, 37, 0, 0, 0))


@pytest.mark.parametrize(
    "value",
    [
        "Sun, 06 Nov 1994 08:49:37 GMT",  # IMF-fixdate
        "Sunday, 06-Nov-94 08:49:37 GMT",  # obsolete RFC 850
        "Sun Nov  6 08:49:37 1994",  # obsolete asctime
    ],
)
def test_retry_after_http_date_all_three_forms(value: str) -> None:
    assert parse_retry_after(value, now=_EXAMPLE_EPOCH - 42) == pytest.approx(42.0)


def test_retry_after_delay_seconds_and_past_dates() -> None:
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(" 0 ") == 0.0
    assert parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now=_EXAMPLE_EPOCH + 5) == 0.0


@pytest.mark.parametrize(
    "value",
    [None, "", "-1", "1.5", "+3", "soon", "Sun, 31 Feb 1994 08:49:37 GMT", "06 Nov 1994"],
)
def test_retry_after_invalid_values_are_ignored(value: str | None) -> None:
    assert parse_retry_after(value, now=_EXAMPLE_EPOCH) is None


def test_rfc850_two_digit_year_rolls_back_a_century() -> None:
    now = calendar.timegm((2030, 1, 1, 0, 0, 0, 0, 0, 0))
    # "94" read as 2094 would be >50 years ahead, so it is 1994: in the past, wait 0.
    assert parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", now=now) == 0.0
    in_a_minute = parse_retry_after("Tuesday, 01-Jan-30 00:01:00 GMT", now=now)
    assert in_a_minute == pytest.approx(60.0)


# -- pure decision -----------------------------------------------------------------------

RETRYABLE = ErrorClass(True, "status_503")


@given(
    attempt=st.integers(1, 200),
    jitter=st.floats(0, 1, exclude_max=True),
    base=st.floats(0.001, 1),
    factor=st.floats(1, 100),
)
def test_full_jitter_delay_is_within_bounds(
    attempt: int, jitter: float, base: float, factor: float
) -> None:
    policy = RetryPolicy(attempts=1000, base_s=base, cap_s=base * factor)
    d = decide_retry(
        policy, attempt=attempt, error=RETRYABLE, now=0.0, deadline=None, jitter=jitter
    )
    bound = min(policy.cap_s, base * 2.0 ** (attempt - 1)) if attempt < 60 else policy.cap_s
    assert d.retry
    assert 0.0 <= d.delay_s <= bound
    assert d.delay_s == pytest.approx(jitter * backoff_bound_s(policy, attempt - 1))


def test_backoff_bounds_double_then_cap() -> None:
    p = RetryPolicy(base_s=0.1, cap_s=1.0)
    assert [backoff_bound_s(p, n) for n in range(6)] == pytest.approx(
        [0.1, 0.2, 0.4, 0.8, 1.0, 1.0]
    )
    assert backoff_bound_s(p, 10_000) == 1.0


def test_retry_after_is_a_floor_on_the_jittered_sleep() -> None:
    p = RetryPolicy(attempts=5, base_s=1.0, cap_s=8.0)
    ra = ErrorClass(True, "status_429", retry_after_s=0.5)
    assert decide_retry(p, attempt=1, error=ra, now=0, deadline=None, jitter=0.1).delay_s == 0.5
    assert decide_retry(p, attempt=1, error=ra, now=0, deadline=None, jitter=0.9).delay_s == 0.9


def test_decision_stop_reasons() -> None:
    p = RetryPolicy(attempts=3, base_s=0.1, cap_s=1.0, min_attempt_s=0.1, max_retry_after_s=10)

    def verdict(error: ErrorClass = RETRYABLE, **kw: object) -> RetryVerdict:
        args: dict[str, object] = {"attempt": 1, "now": 0.0, "deadline": None, "jitter": 0.5}
        args.update(kw)
        return decide_retry(p, error=error, **args).verdict  # type: ignore[arg-type]

    assert verdict() is RetryVerdict.RETRY
    assert verdict(ErrorClass(False, "status_400")) is RetryVerdict.NOT_RETRYABLE
    assert verdict(attempt=3) is RetryVerdict.ATTEMPTS_EXHAUSTED
    assert verdict(circuit_open=True) is RetryVerdict.CIRCUIT_OPEN
    assert verdict(budget_allows=False) is RetryVerdict.BUDGET_EXHAUSTED
    assert verdict(now=9.95, deadline=10.0) is RetryVerdict.DEADLINE
    long_ra = ErrorClass(True, "status_503", retry_after_s=11.0)
    assert verdict(long_ra) is RetryVerdict.RETRY_AFTER_TOO_LONG
    ra = ErrorClass(True, "status_503", retry_after_s=5.0)
    assert verdict(ra, deadline=5.0) is RetryVerdict.RETRY_AFTER_PAST_DEADLINE
    assert verdict(ra, deadline=5.1) is RetryVerdict.RETRY


def test_jittered_sleep_is_cut_short_at_the_deadline() -> None:
    p = RetryPolicy(attempts=3, base_s=1.0, cap_s=1.0, min_attempt_s=0.1)
    d = decide_retry(p, attempt=1, error=RETRYABLE, now=0.0, deadline=0.5, jitter=0.99)
    assert d.retry and d.delay_s == pytest.approx(0.4)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"attempts": 0},
        {"base_s": 0},
        {"base_s": 1.0, "cap_s": 0.5},
        {"min_attempt_s": -1},
        {"max_retry_after_s": -1},
    ],
)
def test_bad_policy_is_a_configuration_error(kwargs: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError, match="invalid RetryPolicy"):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


# -- the sync loop -----------------------------------------------------------------------


def run(
    errors: list[BaseException],
    *,
    idempotent: bool = True,
    policy: RetryPolicy | None = None,
    deadline_in: float | None = 30.0,
    **kw: object,
) -> tuple[object, list[float], FakeTime, RetryTrace]:
    """Run a send() that raises `errors` in turn; returns (result or error, starts, time, trace)."""
    ft = FakeTime(100.0)
    send, starts = failing(errors, ft)
    trace = RetryTrace()
    r = retrying(
        policy or RetryPolicy(attempts=3),
        deadline=None if deadline_in is None else ft.now + deadline_in,
        idempotent=idempotent,
        clock=ft.clock,
        sleep=ft.sleep,
        rng=random.Random(7).random,
        trace=trace,
        **kw,  # type: ignore[arg-type]
    )
    try:
        out: object = r(send)
    except BaseException as exc:
        out = exc
    return out, starts, ft, trace


def test_succeeds_after_retries_and_counts_attempts() -> None:
    out, starts, ft, trace = run([gw(503), ConnectError("refused")])
    assert out == "ok"
    assert len(starts) == 3 and trace.attempts == 3
    assert len(ft.sleeps) == 2 and trace.delays_s == ft.sleeps
    assert trace.stop_reason is None


@pytest.mark.parametrize("attempts", [1, 2, 3, 5])
def test_attempt_cap(attempts: int) -> None:
    out, starts, ft, trace = run([gw(503)] * 10, policy=RetryPolicy(attempts=attempts))
    assert isinstance(out, GatewayError) and out.status == 503
    assert len(starts) == attempts
    assert len(ft.sleeps) == attempts - 1
    assert trace.stop_reason is RetryVerdict.ATTEMPTS_EXHAUSTED


def test_non_idempotent_500_is_not_retried() -> None:
    out, starts, ft, trace = run([gw(500), gw(500)], idempotent=False)
    assert isinstance(out, GatewayError) and out.status == 500
    assert len(starts) == 1 and ft.sleeps == []
    assert trace.stop_reason is RetryVerdict.NOT_RETRYABLE


def test_idempotent_500_is_retried() -> None:
    out, starts, _, _ = run([gw(500), gw(502)], idempotent=True)
    assert out == "ok" and len(starts) == 3


@pytest.mark.parametrize("status", [400, 401, 404])
def test_client_errors_are_not_retried(status: int) -> None:
    out, starts, ft, _ = run([gw(status), gw(status)], idempotent=True)
    assert isinstance(out, GatewayError) and out.status == status
    assert len(starts) == 1 and ft.sleeps == []


@pytest.mark.parametrize("status", [408, 425, 429])
def test_408_425_429_are_retried_even_without_idempotency(status: int) -> None:
    out, starts, ft, _ = run([gw(status), gw(status)], idempotent=False)
    assert out == "ok" and len(starts) == 3 and len(ft.sleeps) == 2


def test_read_timeout_retried_only_when_idempotent() -> None:
    out, starts, _, _ = run([ReadTimeoutError("timed out")], idempotent=False)
    assert isinstance(out, ReadTimeoutError) and len(starts) == 1
    out, starts, _, _ = run([ReadTimeoutError("timed out")], idempotent=True)
    assert out == "ok" and len(starts) == 2


def test_every_sleep_is_within_its_full_jitter_bound() -> None:
    policy = RetryPolicy(attempts=8, base_s=0.05, cap_s=0.3)
    out, _, ft, _ = run([gw(503)] * 7, policy=policy, deadline_in=None)
    assert out == "ok"
    for n, slept in enumerate(ft.sleeps):
        assert 0.0 <= slept <= backoff_bound_s(policy, n)
    assert len(set(ft.sleeps)) == len(ft.sleeps)  # jittered, not a fixed schedule


def test_retry_after_seconds_is_honoured() -> None:
    out, starts, ft, _ = run([gw(503, retry_after_s=1.25)], deadline_in=10.0)
    assert out == "ok"
    assert ft.sleeps == [1.25]  # the jitter draw is below 1.25 with base 0.1
    assert starts[1] - starts[0] >= 1.25


def test_retry_after_http_date_is_honoured_end_to_end() -> None:
    wall_now = _EXAMPLE_EPOCH - 3
    ra = parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now=wall_now)
    out, _, ft, _ = run([gw(429, retry_after_s=ra)], idempotent=False, deadline_in=10.0)
    assert out == "ok" and ft.sleeps == [pytest.approx(3.0)]


def test_retry_after_past_the_deadline_stops_and_surfaces_it() -> None:
    out, starts, ft, trace = run([gw(503, retry_after_s=20.0)], deadline_in=5.0)
    assert isinstance(out, GatewayError) and out.retry_after_s == 20.0
    assert len(starts) == 1 and ft.sleeps == []
    assert trace.stop_reason is RetryVerdict.RETRY_AFTER_PAST_DEADLINE


def test_first_attempt_not_started_when_deadline_too_close() -> None:
    out, starts, _, _ = run([], policy=RetryPolicy(min_attempt_s=0.2), deadline_in=0.1)
    assert isinstance(out, DeadlineExceededError)
    assert "deadline" in str(out) and "min_attempt_s" in str(out)
    assert starts == []


def test_iterator_form_shares_the_rules() -> None:
    ft = FakeTime(100.0)
    send, starts = failing([gw(503), gw(404)], ft)
    r = retrying(
        RetryPolicy(attempts=5), deadline=None, idempotent=True, clock=ft.clock, sleep=ft.sleep
    )
    with pytest.raises(GatewayError) as info:
        for attempt in r:
            with attempt:
                send()
    assert info.value.status == 404 and len(starts) == 2


@settings(max_examples=300, deadline=None)
@given(
    kinds=st.lists(
        st.sampled_from(["503", "500", "429ra", "connect", "read", "404", "ok"]), max_size=12
    ),
    deadline_in=st.floats(0.0, 5.0),
    durations=st.lists(st.floats(0.0, 0.5), min_size=12, max_size=12),
    attempts=st.integers(1, 8),
    base=st.floats(0.01, 0.5),
    idempotent=st.booleans(),
    seed=st.integers(0, 2**32 - 1),
)
def test_deadline_is_never_exceeded_by_sleeping_or_starting(
    kinds: list[str],
    deadline_in: float,
    durations: list[float],
    attempts: int,
    base: float,
    idempotent: bool,
    seed: int,
) -> None:
    """Whatever fails and however slow: no attempt starts, and no sleep ends, later than
    deadline - min_attempt_s; attempts never exceed the cap."""
    policy = RetryPolicy(attempts=attempts, base_s=base, cap_s=base * 8, min_attempt_s=0.05)
    ft = FakeTime(100.0)
    deadline = ft.now + deadline_in
    rnd = random.Random(seed)
    make = {
        "503": lambda: gw(503),
        "500": lambda: gw(500),
        "429ra": lambda: gw(429, retry_after_s=rnd.uniform(0, 3)),
        "connect": lambda: ConnectError("refused"),
        "read": lambda: ReadTimeoutError("timeout"),
        "404": lambda: gw(404),
    }
    starts: list[float] = []
    sleep_ends: list[float] = []
    seq = iter(zip(kinds, durations, strict=False))

    def send() -> str:
        starts.append(ft.now)
        kind, took = next(seq, ("ok", 0.0))
        ft.now += took
        if kind == "ok":
            return "ok"
        raise make[kind]()

    def sleep(s: float) -> None:
        ft.sleep(s)
        sleep_ends.append(ft.now)

    trace = RetryTrace()
    r = retrying(
        policy,
        deadline=deadline,
        idempotent=idempotent,
        clock=ft.clock,
        sleep=sleep,
        rng=rnd.random,
        trace=trace,
    )
    try:
        r(send)
    except DeadlineExceededError:
        assert starts == []  # only the first attempt can be refused; later ones are planned
        assert deadline_in < policy.min_attempt_s
    except (GatewayError, TransportError):
        assert trace.stop_reason is not None
    latest_start = deadline - policy.min_attempt_s + 1e-9
    assert all(t <= latest_start for t in starts)
    assert all(t <= latest_start for t in sleep_ends)
    assert len(starts) <= attempts
    assert all(s >= 0 for s in ft.sleeps)


# -- budget and breaker in the loop ------------------------------------------------------


def test_budget_stops_retries_when_spent() -> None:
    budget = RetryBudget(max_tokens=4, token_ratio=0.5)  # retries while tokens > 2
    out, starts, _, trace = run([gw(503)] * 5, policy=RetryPolicy(attempts=5), budget=budget)
    assert isinstance(out, GatewayError)
    assert len(starts) == 2  # 4 -> 3 (retry) -> 2 (stop)
    assert trace.stop_reason is RetryVerdict.BUDGET_EXHAUSTED


def test_success_refills_the_budget() -> None:
    budget = RetryBudget(max_tokens=4, token_ratio=0.5)
    run([gw(503)], budget=budget)
    assert budget.tokens == 3.5


def test_open_breaker_fails_fast_without_attempting() -> None:
    ft = FakeTime(100.0)
    breaker = CircuitBreaker(
        "gw", BreakerConfig(window_size=2, minimum_calls=2, wait_duration_s=60), clock=ft.clock
    )
    send, starts = failing([gw(503)] * 10, ft)
    r = retrying(
        RetryPolicy(attempts=5),
        deadline=None,
        idempotent=True,
        clock=ft.clock,
        sleep=ft.sleep,
        breaker=breaker,
        trace=(trace := RetryTrace()),
    )
    with pytest.raises(GatewayError):
        r(send)
    # The second failure opened the breaker, so the loop stopped instead of sleeping.
    assert len(starts) == 2 and trace.stop_reason is RetryVerdict.CIRCUIT_OPEN
    assert breaker.state is CircuitState.OPEN
    r2 = retrying(
        RetryPolicy(),
        deadline=None,
        idempotent=True,
        clock=ft.clock,
        sleep=ft.sleep,
        breaker=breaker,
    )
    with pytest.raises(CircuitOpenError, match="'gw' is open"):
        r2(send)
    assert len(starts) == 2


def test_client_errors_count_as_breaker_successes_and_slow_calls_are_timed() -> None:
    ft = FakeTime(100.0)
    breaker = CircuitBreaker(
        "gw",
        BreakerConfig(
            window_size=2, minimum_calls=2, slow_call_duration_s=0.5, slow_call_rate_threshold=1.0
        ),
        clock=ft.clock,
    )
    for _ in range(2):
        send, _ = failing([gw(404)], ft, duration_s=1.0)
        r = retrying(
            RetryPolicy(),
            deadline=None,
            idempotent=True,
            clock=ft.clock,
            sleep=ft.sleep,
            breaker=breaker,
        )
        with pytest.raises(GatewayError):
            r(send)
    snap = breaker.snapshot()
    assert snap.state is CircuitState.OPEN  # two slow answers, no failures
    assert snap.failure_rate == 0.0 and snap.slow_call_rate == 1.0


# -- the async loop ----------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_loop_shares_the_rules() -> None:
    ft = FakeTime(100.0)
    calls: list[float] = []
    errors = iter([gw(503), gw(429, retry_after_s=0.75)])

    async def send() -> str:
        calls.append(ft.now)
        err = next(errors, None)
        if err is not None:
            raise err
        return "ok"

    trace = RetryTrace()
    r = async_retrying(
        RetryPolicy(attempts=3),
        deadline=ft.now + 5,
        idempotent=False,
        clock=ft.clock,
        sleep=ft.async_sleep,
        rng=lambda: 0.5,
        trace=trace,
    )
    assert await r(send) == "ok"
    assert ft.sleeps == [0.05, 0.75]  # 0.5 * 0.1, then the Retry-After floor
    assert trace.attempts == 3


@pytest.mark.anyio
async def test_async_non_idempotent_500_not_retried() -> None:
    ft = FakeTime(100.0)
    calls = 0

    async def send() -> str:
        nonlocal calls
        calls += 1
        raise gw(500)

    r = async_retrying(
        RetryPolicy(), deadline=None, idempotent=False, clock=ft.clock, sleep=ft.async_sleep
    )
    with pytest.raises(GatewayError):
        await r(send)
    assert calls == 1 and ft.sleeps == []


def test_in_flight_409_is_retried_after_retry_after_and_spares_the_breaker() -> None:
    from hybridsdk.cloud._retry import BreakerOutcome, classify
    from hybridsdk.wire._problem_types import PROBLEM_IDEMPOTENCY_IN_FLIGHT

    exc = GatewayError(
        "still running", status=409, problem_type=PROBLEM_IDEMPOTENCY_IN_FLIGHT, retry_after_s=1.0
    )
    verdict = classify(exc, idempotent=True)
    assert verdict.retryable and verdict.retry_after_s == 1.0
    assert verdict.breaker is BreakerOutcome.IGNORED
    # Without an idempotency key there is nothing stored to ask for.
    assert not classify(exc, idempotent=False).retryable
    # Any other 409 stays a request error.
    assert not classify(GatewayError("conflict", status=409), idempotent=True).retryable
