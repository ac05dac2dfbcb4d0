"""When to retry a cloud call, and the tenacity loops that carry the decision out.

The decision is pure: `classify(exc, idempotent=...)` says whether an error is safe to
retry, `decide_retry(...)` turns (policy, attempts made, error, clock time, deadline,
jitter draw, budget, breaker) into a `RetryDecision`. `retrying(...)` and
`async_retrying(...)` wrap that one decision into tenacity's retry=/wait=/stop=/before=
hooks, so the sync and async loops share every rule.

Safety rule: retry only when (a) the request certainly was not processed (connect error,
408/425/429/503, stale OHTTP key id), or (b) it is idempotent (the gateway deduplicates by
the idempotency key inside the encrypted request). Other 4xx are never retried; other 5xx,
read timeouts and unknown transport failures only under (b).

Timing rule: full-jitter backoff, sleep = uniform(0, min(cap_s, base_s * 2**n)) before the
(n+1)-th retry; a Retry-After is a floor on that sleep. No attempt starts with less than
`min_attempt_s` before the deadline, so no sleep reaches past `deadline - min_attempt_s`;
a Retry-After that points past that stops the loop and the error (with its
`retry_after_s`) reaches the caller, who can defer the request instead.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import random
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import tenacity

from hybridsdk._exceptions import (
    CircuitOpenError,
    CloudError,
    ConfigurationError,
    ConnectError,
    DeadlineExceededError,
    GatewayError,
    KeyPinMismatchError,
    ReadTimeoutError,
    TransportError,
)
from hybridsdk.cloud._breaker import CircuitBreaker, Permit
from hybridsdk.cloud._retry_budget import RetryBudget
from hybridsdk.wire._http_date import parse_http_date
from hybridsdk.wire._problem_types import PROBLEM_IDEMPOTENCY_IN_FLIGHT, PROBLEM_OHTTP_KEY

__all__ = [
    "OHTTP_KEY_PROBLEM_TYPE",
    "BreakerOutcome",
    "ConnectError",
    "ErrorClass",
    "ReadTimeoutError",
    "RetryDecision",
    "RetryPolicy",
    "RetryTrace",
    "RetryVerdict",
    "async_retrying",
    "attempt_allowed",
    "backoff_bound_s",
    "charge_budget",
    "classify",
    "decide_retry",
    "parse_retry_after",
    "report_outcome",
    "retrying",
]

logger = logging.getLogger("hybridsdk.cloud.retry")

#: RFC 9458 section 6 problem type: the gateway does not know the request's key id.
OHTTP_KEY_PROBLEM_TYPE = PROBLEM_OHTTP_KEY

# To move into hybridsdk/_exceptions.py (they refine TransportError by phase).


# -- policy ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetryPolicy:
    """How many attempts and how to space them.

    Args:
        attempts: total attempts, the first included (1 disables retries).
        base_s: backoff scale: the first retry waits up to this long.
        cap_s: the most any backoff sleep may be (before Retry-After).
        min_attempt_s: an attempt is not started with less time than this left before the
            deadline: it could not finish, and would only add load.
        max_retry_after_s: a Retry-After longer than this stops retrying even without a
            deadline; the caller sees the error and its `retry_after_s`.
    """

    attempts: int = 3
    base_s: float = 0.1
    cap_s: float = 2.0
    min_attempt_s: float = 0.05
    max_retry_after_s: float = 30.0

    def __post_init__(self) -> None:
        problems: list[str] = []
        if self.attempts < 1:
            problems.append(f"attempts must be >= 1 (got {self.attempts})")
        if not self.base_s > 0:
            problems.append(f"base_s must be > 0 (got {self.base_s!r})")
        if not self.cap_s >= self.base_s:
            problems.append(f"cap_s must be >= base_s (got cap_s={self.cap_s!r})")
        if not self.min_attempt_s >= 0:
            problems.append(f"min_attempt_s must be >= 0 (got {self.min_attempt_s!r})")
        if not self.max_retry_after_s >= 0:
            problems.append(f"max_retry_after_s must be >= 0 (got {self.max_retry_after_s!r})")
        if problems:
            raise ConfigurationError("invalid RetryPolicy: " + "; ".join(problems))


# -- classification ----------------------------------------------------------------------


class BreakerOutcome(str, enum.Enum):
    """What an attempt's outcome says about the endpoint's health."""

    SUCCESS = "success"  # the endpoint answered (even with a 4xx about the request)
    FAILURE = "failure"  # the endpoint or the path to it failed
    IGNORED = "ignored"  # says nothing about the endpoint


@dataclass(frozen=True)
class ErrorClass:
    """What an error means for retrying.

    Attributes:
        retryable: safe to send again (not processed, or idempotent).
        code: a stable reason code, e.g. `connect_error`, `status_503`, `read_timeout`.
        retry_after_s: the server's Retry-After, when it sent one.
        breaker: how the breaker and the retry budget should count the attempt.
    """

    retryable: bool
    code: str
    retry_after_s: float | None = None
    breaker: BreakerOutcome = BreakerOutcome.FAILURE


# Not processed by definition: 408 the request never fully arrived, 425 refused as early
# data, 429 rate-limited before work, 503 shed before work (RFC 9110 sections 15.5.9, 15.6.4).
_NOT_PROCESSED_STATUS = frozenset({408, 425, 429, 503})


def classify(exc: BaseException, idempotent: bool) -> ErrorClass:
    """Whether an attempt's error may be retried, and how it counts for the endpoint.

    Args:
        exc: what the attempt raised (the transport maps httpx errors to hybridsdk ones).
        idempotent: the request carries an idempotency key the gateway deduplicates on.
    """
    if isinstance(exc, GatewayError):
        status = exc.status
        if exc.problem_type == OHTTP_KEY_PROBLEM_TYPE:
            # The gateway could not decrypt it, so it did not run; refetch the key, retry.
            return ErrorClass(True, "stale_key_id", exc.retry_after_s, BreakerOutcome.IGNORED)
        if exc.problem_type == PROBLEM_IDEMPOTENCY_IN_FLIGHT and idempotent:
            # An earlier attempt with this key is still running there (our read timed out
            # first): ask again after Retry-After for its stored answer.
            return ErrorClass(True, "in_flight", exc.retry_after_s, BreakerOutcome.IGNORED)
        if status in _NOT_PROCESSED_STATUS:
            health = BreakerOutcome.IGNORED if status == 425 else BreakerOutcome.FAILURE
            return ErrorClass(True, f"status_{status}", exc.retry_after_s, health)
        if 500 <= status <= 599:
            return ErrorClass(idempotent, f"status_{status}", exc.retry_after_s)
        # 4xx (and anything odd): the endpoint is fine, the request is not. Never retried.
        return ErrorClass(False, f"status_{status}", exc.retry_after_s, BreakerOutcome.SUCCESS)
    if isinstance(exc, ConnectError):
        return ErrorClass(True, "connect_error")
    if isinstance(exc, ReadTimeoutError):
        return ErrorClass(idempotent, "read_timeout")
    if isinstance(exc, TransportError):
        # Phase unknown (reset mid-exchange...): it may have been processed.
        return ErrorClass(idempotent, "transport_error")
    if isinstance(exc, CircuitOpenError):
        return ErrorClass(False, "circuit_open", breaker=BreakerOutcome.IGNORED)
    if isinstance(exc, KeyPinMismatchError):
        return ErrorClass(False, "key_pin_mismatch", breaker=BreakerOutcome.IGNORED)
    if isinstance(exc, CloudError):
        # Crypto / encoding failures on the answer: the path is not delivering.
        return ErrorClass(False, type(exc).__name__)
    # Our bugs, cancellation, KeyboardInterrupt: never retried, not the endpoint's fault.
    return ErrorClass(False, type(exc).__name__, breaker=BreakerOutcome.IGNORED)


# -- Retry-After (RFC 9110 section 10.2.3) -----------------------------------------------

_DELAY_SECONDS = re.compile(r"\d+")


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After value: delay-seconds or an HTTP-date.

    Invalid values give None (RFC 9110: a recipient ignores what it cannot parse); a date
    in the past gives 0.0.

    Args:
        value: the header value, e.g. "120" or "Sun, 06 Nov 1994 08:49:37 GMT".
        now: wall-clock epoch seconds to measure a date from (time.time() by default).
    """
    if value is None:
        return None
    value = value.strip()
    if _DELAY_SECONDS.fullmatch(value):
        return float(int(value))
    wall = time.time() if now is None else now
    epoch = parse_http_date(value, now=wall)
    if epoch is None:
        return None
    return max(0.0, epoch - wall)


# -- the decision ------------------------------------------------------------------------


class RetryVerdict(str, enum.Enum):
    """Why the loop goes on or stops."""

    RETRY = "retry"
    NOT_RETRYABLE = "not_retryable"
    ATTEMPTS_EXHAUSTED = "attempts_exhausted"
    CIRCUIT_OPEN = "circuit_open"
    RETRY_AFTER_TOO_LONG = "retry_after_too_long"
    RETRY_AFTER_PAST_DEADLINE = "retry_after_past_deadline"
    DEADLINE = "deadline"
    BUDGET_EXHAUSTED = "budget_exhausted"


@dataclass(frozen=True)
class RetryDecision:
    """The answer for one failed attempt.

    Attributes:
        verdict: RETRY, or why not.
        delay_s: how long to sleep before the next attempt (0.0 unless RETRY).
        error: the classified error.
        attempt: the attempt that failed (1-based).
    """

    verdict: RetryVerdict
    delay_s: float
    error: ErrorClass
    attempt: int

    @property
    def retry(self) -> bool:
        """Whether to try again."""
        return self.verdict is RetryVerdict.RETRY


def backoff_bound_s(policy: RetryPolicy, retry_number: int) -> float:
    """The full-jitter upper bound before retry `retry_number` (0 for the first retry).

    Args:
        policy: the retry policy.
        retry_number: how many retries came before this one.
    """
    if retry_number >= 64:  # 2**n overflows float long after min() would pick cap_s
        return policy.cap_s
    return min(policy.cap_s, policy.base_s * 2.0**retry_number)


def attempt_allowed(policy: RetryPolicy, *, now: float, deadline: float | None) -> bool:
    """Whether an attempt may start now: at least `min_attempt_s` left before the deadline.

    Args:
        policy: the retry policy.
        now: the clock's time.
        deadline: absolute time on the same clock, or None for no deadline.
    """
    # The tolerance absorbs float rounding when a sleep was cut to end exactly at the
    # latest start time (deadline - min_attempt_s); a nanosecond is far below any clock.
    return deadline is None or deadline - now >= policy.min_attempt_s - 1e-9


def decide_retry(
    policy: RetryPolicy,
    *,
    attempt: int,
    error: ErrorClass,
    now: float,
    deadline: float | None,
    jitter: float,
    budget_allows: bool = True,
    circuit_open: bool = False,
) -> RetryDecision:
    """Decide whether and when to retry after failed attempt number `attempt`. Pure.

    Args:
        policy: the retry policy.
        attempt: the attempt that just failed (1-based).
        error: `classify(...)` of its error.
        now: the clock's time when it failed.
        deadline: absolute time on the same clock, or None.
        jitter: a uniform draw in [0, 1); the sleep is jitter * backoff_bound_s(...).
        budget_allows: the retry budget grants a retry.
        circuit_open: the endpoint's breaker would refuse the next attempt.
    """

    def stop(verdict: RetryVerdict) -> RetryDecision:
        return RetryDecision(verdict, 0.0, error, attempt)

    if not error.retryable:
        return stop(RetryVerdict.NOT_RETRYABLE)
    if attempt >= policy.attempts:
        return stop(RetryVerdict.ATTEMPTS_EXHAUSTED)
    if circuit_open:
        return stop(RetryVerdict.CIRCUIT_OPEN)
    delay = jitter * backoff_bound_s(policy, attempt - 1)
    floor = error.retry_after_s
    if floor is not None:
        if floor > policy.max_retry_after_s:
            return stop(RetryVerdict.RETRY_AFTER_TOO_LONG)
        delay = max(delay, floor)
    if deadline is not None:
        latest_start = deadline - policy.min_attempt_s
        if floor is not None and now + floor > latest_start:
            return stop(RetryVerdict.RETRY_AFTER_PAST_DEADLINE)
        if now > latest_start:
            return stop(RetryVerdict.DEADLINE)
        # Cutting the jittered sleep short keeps it within [floor, bound].
        delay = min(delay, latest_start - now)
    if not budget_allows:
        return stop(RetryVerdict.BUDGET_EXHAUSTED)
    return RetryDecision(RetryVerdict.RETRY, delay, error, attempt)


def report_outcome(
    breaker: CircuitBreaker | None, permit: Permit | None, outcome: BreakerOutcome, duration: float
) -> None:
    """Hand an attempt's permit back to its breaker with what the outcome says.

    Args:
        breaker: the endpoint's breaker, or None.
        permit: the permit taken before the attempt, or None.
        outcome: success, failure, or nothing about the endpoint (released).
        duration: seconds the attempt took (slow calls count towards opening).
    """
    if breaker is None or permit is None:
        return
    if outcome is BreakerOutcome.SUCCESS:
        breaker.on_success(permit, duration)
    elif outcome is BreakerOutcome.FAILURE:
        breaker.on_failure(permit, duration)
    else:
        breaker.release(permit)


def charge_budget(budget: RetryBudget | None, error: ErrorClass) -> bool:
    """Charge a failed attempt to the endpoint's retry budget; whether it grants a retry.

    A retryable or health failure costs a token; an answer about the request (a 4xx)
    counts as a success: the endpoint works.

    Args:
        budget: the endpoint's retry budget, or None (always granted).
        error: `classify(...)` of the attempt's error.
    """
    if budget is None:
        return True
    if error.retryable or error.breaker is BreakerOutcome.FAILURE:
        return budget.record_failure()
    if error.breaker is BreakerOutcome.SUCCESS:
        budget.record_success()
    return True


# -- tenacity glue -----------------------------------------------------------------------


@dataclass
class RetryTrace:
    """What one retry loop did; pass one in to read it afterwards (logs, results, tests).

    Attributes:
        attempts: attempts started.
        decisions: one per failed attempt, in order.
        durations_s: how long each finished attempt took.
    """

    attempts: int = 0
    decisions: list[RetryDecision] = field(default_factory=list)
    durations_s: list[float] = field(default_factory=list)

    @property
    def delays_s(self) -> list[float]:
        """The sleeps taken between attempts."""
        return [d.delay_s for d in self.decisions if d.retry]

    @property
    def stop_reason(self) -> RetryVerdict | None:
        """Why the loop stopped after a failure; None if it succeeded or is running."""
        if self.decisions and not self.decisions[-1].retry:
            return self.decisions[-1].verdict
        return None


class _Loop:
    """The per-request state and hooks shared by the sync and async loops."""

    def __init__(
        self,
        policy: RetryPolicy,
        deadline: float | None,
        idempotent: bool,
        clock: Callable[[], float],
        budget: RetryBudget | None,
        breaker: CircuitBreaker | None,
        rng: Callable[[], float],
        trace: RetryTrace | None,
    ) -> None:
        self.policy = policy
        self.deadline = deadline
        self.idempotent = idempotent
        self.clock = clock
        self.budget = budget
        self.breaker = breaker
        self.rng = rng
        self.trace = trace if trace is not None else RetryTrace()
        self.started = 0.0
        self.permit: Permit | None = None
        self.decision: RetryDecision | None = None
        self.last_error: BaseException | None = None

    def tenacity_options(self) -> dict[str, Any]:
        """The hooks for tenacity.Retrying / AsyncRetrying (everything but the sleep)."""
        return {
            "before": self.before,
            "retry": self.retry,
            "wait": self.wait,
            "stop": self.stop,
            "before_sleep": self.before_sleep,
            # The caller sees the real error (with its retry_after_s), not a RetryError.
            "reraise": True,
        }

    def before(self, rs: tenacity.RetryCallState) -> None:
        now = self.clock()
        if not attempt_allowed(self.policy, now=now, deadline=self.deadline):
            assert self.deadline is not None
            raise DeadlineExceededError(
                f"{self.deadline - now:.3f}s left before the deadline, less than the "
                f"{self.policy.min_attempt_s:g}s an attempt needs; cloud attempt "
                f"{rs.attempt_number} not started. Give the request a longer deadline_ms "
                "or lower RetryPolicy.min_attempt_s."
            ) from self.last_error
        if self.breaker is not None:
            try:
                self.permit = self.breaker.acquire()
            except CircuitOpenError as exc:
                raise exc from self.last_error
        self.decision = None
        self.trace.attempts += 1
        self.started = now

    def retry(self, rs: tenacity.RetryCallState) -> bool:
        outcome = rs.outcome
        assert outcome is not None
        now = self.clock()
        duration = now - self.started
        self.trace.durations_s.append(duration)
        exc = outcome.exception()
        if exc is None:
            self._report(BreakerOutcome.SUCCESS, duration)
            if self.budget is not None:
                self.budget.record_success()
            return False
        self.last_error = exc
        error = classify(exc, self.idempotent)
        self._report(error.breaker, duration)
        budget_allows = charge_budget(self.budget, error)
        self.decision = decide_retry(
            self.policy,
            attempt=rs.attempt_number,
            error=error,
            now=now,
            deadline=self.deadline,
            jitter=self.rng(),
            budget_allows=budget_allows,
            circuit_open=self.breaker is not None and self.breaker.is_open(),
        )
        self.trace.decisions.append(self.decision)
        if not self.decision.retry:
            logger.debug(
                "cloud attempt %d failed (%s); not retrying: %s",
                rs.attempt_number,
                error.code,
                self.decision.verdict.value,
            )
        return error.retryable

    def _report(self, outcome: BreakerOutcome, duration: float) -> None:
        permit, self.permit = self.permit, None
        report_outcome(self.breaker, permit, outcome, duration)

    def wait(self, rs: tenacity.RetryCallState) -> float:
        return self.decision.delay_s if self.decision is not None else 0.0

    def stop(self, rs: tenacity.RetryCallState) -> bool:
        return self.decision is None or not self.decision.retry

    def before_sleep(self, rs: tenacity.RetryCallState) -> None:
        d = self.decision
        if d is not None:
            logger.info(
                "cloud attempt %d failed (%s); retrying in %.3fs",
                d.attempt,
                d.error.code,
                d.delay_s,
            )


def retrying(
    policy: RetryPolicy,
    *,
    deadline: float | None,
    idempotent: bool,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    budget: RetryBudget | None = None,
    breaker: CircuitBreaker | None = None,
    rng: Callable[[], float] = random.random,
    trace: RetryTrace | None = None,
) -> tenacity.Retrying:
    """A tenacity.Retrying for ONE request: `retrying(...)(send, request)`.

    It re-raises the last error when it stops (never tenacity.RetryError), and raises
    DeadlineExceededError / CircuitOpenError instead of starting an attempt that the
    deadline or the breaker forbids.

    Args:
        policy: attempts and backoff.
        deadline: absolute time on `clock` by which the request must be done, or None.
        idempotent: the gateway deduplicates this request (idempotency key), so errors
            after it may have been processed are retryable too.
        clock: monotonic seconds (also timed for the breaker's slow-call rule).
        sleep: blocking sleep, injectable for tests.
        budget: the endpoint's retry budget; None for no throttling.
        breaker: the endpoint's circuit breaker; None for none.
        rng: uniform [0, 1) draws for the jitter.
        trace: filled with attempts, decisions and durations.
    """
    loop = _Loop(policy, deadline, idempotent, clock, budget, breaker, rng, trace)
    return tenacity.Retrying(sleep=sleep, **loop.tenacity_options())


def async_retrying(
    policy: RetryPolicy,
    *,
    deadline: float | None,
    idempotent: bool,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    budget: RetryBudget | None = None,
    breaker: CircuitBreaker | None = None,
    rng: Callable[[], float] = random.random,
    trace: RetryTrace | None = None,
) -> tenacity.AsyncRetrying:
    """The async twin of `retrying` (same rules): `await async_retrying(...)(send, req)`.

    Args:
        policy: attempts and backoff.
        deadline: absolute time on `clock`, or None.
        idempotent: the gateway deduplicates this request.
        clock: monotonic seconds.
        sleep: an async sleep; asyncio.sleep by default.
        budget: the endpoint's retry budget, or None.
        breaker: the endpoint's circuit breaker, or None.
        rng: uniform [0, 1) draws for the jitter.
        trace: filled with attempts, decisions and durations.
    """
    loop = _Loop(policy, deadline, idempotent, clock, budget, breaker, rng, trace)
    return tenacity.AsyncRetrying(
        sleep=sleep if sleep is not None else asyncio.sleep, **loop.tenacity_options()
    )
