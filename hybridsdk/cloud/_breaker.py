"""A circuit breaker per endpoint, in the style of resilience4j (count-based window).

    CLOSED --(failure or slow-call rate >= threshold over the last N calls,
              once minimum_calls are in the window)--> OPEN
    OPEN --(wait_duration_s elapsed, checked lazily on the next acquire)--> HALF_OPEN
    HALF_OPEN --(all permitted probes done; rates below thresholds)--> CLOSED
    HALF_OPEN --(all permitted probes done; a rate at or above its threshold)--> OPEN

Callers take a `Permit` before each attempt and hand it back with the outcome and the
attempt's duration. While OPEN, `acquire` raises `CircuitOpenError` at once (a lock, a
clock read and a comparison). Outcomes of permits issued before a transition are dropped:
a slow call started while CLOSED must not decide a HALF_OPEN probe round.

No I/O and no sleeping: the clock is injected, listeners run after the lock is released.
Why our own rather than pybreaker or purgatory: see docs/resilience.md.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from hybridsdk._exceptions import CircuitOpenError, ConfigurationError

__all__ = [
    "BreakerConfig",
    "BreakerSnapshot",
    "BreakerTransition",
    "CircuitBreaker",
    "CircuitBreakerRegistry",
    "CircuitState",
    "Permit",
]

logger = logging.getLogger("hybridsdk.cloud.breaker")


class CircuitState(str, enum.Enum):
    """The breaker's state."""

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


@dataclass(frozen=True)
class BreakerConfig:
    """Thresholds of a breaker (defaults are resilience4j's, scaled for an SDK client).

    Args:
        window_size: how many of the last outcomes are evaluated (count-based window).
        minimum_calls: outcomes needed in the window before rates are evaluated.
        failure_rate_threshold: open at or above this failure share, in (0, 1].
        slow_call_rate_threshold: open at or above this slow-call share, in (0, 1].
        slow_call_duration_s: a call that took longer than this is slow.
        wait_duration_s: how long to stay OPEN before letting probes through.
        half_open_permits: probe calls let through in HALF_OPEN.
    """

    window_size: int = 20
    minimum_calls: int = 10
    failure_rate_threshold: float = 0.5
    slow_call_rate_threshold: float = 0.8
    slow_call_duration_s: float = 5.0
    wait_duration_s: float = 30.0
    half_open_permits: int = 3

    def __post_init__(self) -> None:
        problems: list[str] = []
        if self.window_size < 1:
            problems.append(f"window_size must be >= 1 (got {self.window_size})")
        if not 1 <= self.minimum_calls <= max(self.window_size, 1):
            problems.append(
                f"minimum_calls must be in [1, window_size={self.window_size}] "
                f"(got {self.minimum_calls})"
            )
        for name in ("failure_rate_threshold", "slow_call_rate_threshold"):
            value = getattr(self, name)
            if not 0 < value <= 1:
                problems.append(f"{name} must be a fraction in (0, 1] (got {value!r})")
        if not self.slow_call_duration_s > 0:
            problems.append(f"slow_call_duration_s must be > 0 (got {self.slow_call_duration_s!r})")
        if not self.wait_duration_s >= 0:
            problems.append(f"wait_duration_s must be >= 0 (got {self.wait_duration_s!r})")
        if self.half_open_permits < 1:
            problems.append(f"half_open_permits must be >= 1 (got {self.half_open_permits})")
        if problems:
            raise ConfigurationError("invalid BreakerConfig: " + "; ".join(problems))


@dataclass(frozen=True, slots=True)
class Permit:
    """Leave to try one call; give it back with `on_success`, `on_failure` or `release`."""

    generation: int
    state: CircuitState


@dataclass(frozen=True)
class BreakerTransition:
    """One state change, as passed to listeners.

    Attributes:
        name: the breaker's (endpoint's) name.
        from_state: the state left.
        to_state: the state entered.
        at: clock time of the change.
        reason: a short code: failure_rate, slow_call_rate, wait_elapsed, probes_passed,
            probes_failed, reset.
    """

    name: str
    from_state: CircuitState
    to_state: CircuitState
    at: float
    reason: str


@dataclass(frozen=True)
class BreakerSnapshot:
    """A consistent view of the breaker for metrics and `doctor`.

    Attributes:
        name: the breaker's (endpoint's) name.
        state: current state (OPEN turns HALF_OPEN only on the next acquire).
        failure_rate: failures / calls in the current window (0.0 when empty).
        slow_call_rate: slow calls / calls in the current window (0.0 when empty).
        calls_in_window: outcomes in the window (the probe round while HALF_OPEN).
        opened_at: clock time the breaker last opened, or None.
        transitions: state changes since creation.
    """

    name: str
    state: CircuitState
    failure_rate: float
    slow_call_rate: float
    calls_in_window: int
    opened_at: float | None
    transitions: int


Listener = Callable[[BreakerTransition], None]


class _Window:
    """The last `size` outcomes with running counts, so evaluation is O(1)."""

    __slots__ = ("_outcomes", "failures", "size", "slow")

    def __init__(self, size: int) -> None:
        self.size = size
        self._outcomes: deque[tuple[bool, bool]] = deque()
        self.failures = 0
        self.slow = 0

    def add(self, failed: bool, slow: bool) -> None:
        if len(self._outcomes) == self.size:
            old_failed, old_slow = self._outcomes.popleft()
            self.failures -= old_failed
            self.slow -= old_slow
        self._outcomes.append((failed, slow))
        self.failures += failed
        self.slow += slow

    def __len__(self) -> int:
        return len(self._outcomes)

    def rates(self) -> tuple[float, float]:
        n = len(self._outcomes)
        if n == 0:
            return 0.0, 0.0
        return self.failures / n, self.slow / n


class CircuitBreaker:
    """A thread-safe circuit breaker for one endpoint.

    Use it through the retry loop (`hybridsdk.cloud._retry.retrying(..., breaker=b)`) or
    directly: `p = b.acquire()`, make the call, then `b.on_success(p, duration_s)` or
    `b.on_failure(p, duration_s)`; `b.release(p)` when the outcome says nothing about the
    endpoint (the caller was cancelled, the request was invalid before sending).

    Args:
        name: the endpoint this breaker guards (shown in errors, logs and metrics).
        config: thresholds; `BreakerConfig()` by default.
        clock: monotonic seconds; inject a fake one in tests.
    """

    def __init__(
        self,
        name: str,
        config: BreakerConfig | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.config = config or BreakerConfig()
        self._clock = clock
        self._lock = threading.Lock()
        self._state = CircuitState.CLOSED
        self._generation = 0
        self._window = _Window(self.config.window_size)
        self._probes = _Window(self.config.half_open_permits)
        self._probes_issued = 0
        self._opened_at: float | None = None
        self._open_reason = ""
        self._transitions = 0
        self._listeners: list[Listener] = []
        # Transitions wait here (appended under _lock, so in order) until delivered under
        # _delivery, which keeps listeners seeing them in the order they happened.
        self._pending: deque[BreakerTransition] = deque()
        self._delivery = threading.RLock()

    # -- permits -------------------------------------------------------------------------

    def acquire(self) -> Permit:
        """Take a permit for one call.

        Raises:
            CircuitOpenError: the breaker is OPEN, or HALF_OPEN with all probes taken.
        """
        fired: list[BreakerTransition] = []
        with self._lock:
            if self._state is CircuitState.OPEN:
                assert self._opened_at is not None
                now = self._clock()
                remaining = self._opened_at + self.config.wait_duration_s - now
                if remaining > 0:
                    raise CircuitOpenError(
                        f"circuit for {self.name!r} is open ({self._open_reason}); not "
                        f"attempted. It lets a probe through in {remaining:.1f}s; until then "
                        "use a fallback (local model, cache, outbox)."
                    )
                fired.append(self._move(CircuitState.HALF_OPEN, now, "wait_elapsed"))
            if self._state is CircuitState.HALF_OPEN:
                if self._probes_issued >= self.config.half_open_permits:
                    self._raise_probes_busy()
                self._probes_issued += 1
            permit = Permit(self._generation, self._state)
        self._notify(fired)
        return permit

    def on_success(self, permit: Permit, duration_s: float) -> None:
        """Record a call that the endpoint answered.

        Args:
            permit: the permit `acquire` returned for this call.
            duration_s: how long the call took (slow calls count toward opening).
        """
        self._record(permit, failed=False, duration_s=duration_s)

    def on_failure(self, permit: Permit, duration_s: float) -> None:
        """Record a call that failed because of the endpoint or the path to it.

        Args:
            permit: the permit `acquire` returned for this call.
            duration_s: how long the call took.
        """
        self._record(permit, failed=True, duration_s=duration_s)

    def release(self, permit: Permit) -> None:
        """Give back a permit without an outcome (the call said nothing about the endpoint).

        Args:
            permit: the permit `acquire` returned.
        """
        with self._lock:
            if (
                permit.generation == self._generation
                and self._state is CircuitState.HALF_OPEN
                and self._probes_issued > 0
            ):
                self._probes_issued -= 1

    def is_open(self) -> bool:
        """Whether `acquire` would refuse now (OPEN and still waiting). Never transitions."""
        with self._lock:
            if self._state is CircuitState.OPEN:
                assert self._opened_at is not None
                return self._clock() < self._opened_at + self.config.wait_duration_s
            return (
                self._state is CircuitState.HALF_OPEN
                and self._probes_issued >= self.config.half_open_permits
            )

    # -- observation ---------------------------------------------------------------------

    @property
    def state(self) -> CircuitState:
        """The current state (OPEN turns HALF_OPEN only when a permit is asked for)."""
        with self._lock:
            return self._state

    def snapshot(self) -> BreakerSnapshot:
        """State, rates and counters in one consistent read."""
        with self._lock:
            window = self._probes if self._state is CircuitState.HALF_OPEN else self._window
            failure_rate, slow_rate = window.rates()
            return BreakerSnapshot(
                name=self.name,
                state=self._state,
                failure_rate=failure_rate,
                slow_call_rate=slow_rate,
                calls_in_window=len(window),
                opened_at=self._opened_at,
                transitions=self._transitions,
            )

    def add_listener(self, listener: Listener) -> None:
        """Call `listener(transition)` after every state change (outside the lock).

        Args:
            listener: a quick callable; exceptions it raises are logged and dropped.
        """
        with self._lock:
            self._listeners.append(listener)

    def reset(self) -> None:
        """Forget all outcomes and close the breaker (operator action, tests)."""
        fired: list[BreakerTransition] = []
        with self._lock:
            if self._state is not CircuitState.CLOSED:
                fired.append(self._move(CircuitState.CLOSED, self._clock(), "reset"))
            self._window = _Window(self.config.window_size)

        self._notify(fired)

    # -- internals (called with the lock held unless noted) ------------------------------

    def _raise_probes_busy(self) -> None:
        raise CircuitOpenError(
            f"circuit for {self.name!r} is half-open and its "
            f"{self.config.half_open_permits} probe call(s) are in flight; not attempted. "
            "Use a fallback until the probes report back."
        )

    def _record(self, permit: Permit, *, failed: bool, duration_s: float) -> None:
        slow = duration_s > self.config.slow_call_duration_s
        fired: list[BreakerTransition] = []
        with self._lock:
            if permit.generation != self._generation:
                return  # issued before a transition: it does not speak for this state
            cfg = self.config
            if self._state is CircuitState.CLOSED:
                self._window.add(failed, slow)
                if len(self._window) >= cfg.minimum_calls:
                    trip = self._trip_reason(self._window)
                    if trip:
                        fired.append(self._open(*trip))
            elif self._state is CircuitState.HALF_OPEN:
                self._probes.add(failed, slow)
                if len(self._probes) >= cfg.half_open_permits:
                    trip = self._trip_reason(self._probes)
                    if trip:
                        fired.append(self._open("probes_failed", "probes: " + trip[1]))
                    else:
                        fired.append(
                            self._move(CircuitState.CLOSED, self._clock(), "probes_passed")
                        )
        self._notify(fired)

    def _trip_reason(self, window: _Window) -> tuple[str, str] | None:
        """(code, words) when the window's rates call for OPEN, else None."""
        failure_rate, slow_rate = window.rates()
        n = len(window)
        if failure_rate >= self.config.failure_rate_threshold:
            return "failure_rate", f"{failure_rate:.0%} of the last {n} calls failed"
        if slow_rate >= self.config.slow_call_rate_threshold:
            return "slow_call_rate", (
                f"{slow_rate:.0%} of the last {n} calls took longer than "
                f"{self.config.slow_call_duration_s:g}s"
            )
        return None

    def _open(self, code: str, words: str) -> BreakerTransition:
        now = self._clock()
        self._opened_at = now
        self._open_reason = words
        return self._move(CircuitState.OPEN, now, code)

    def _move(self, to: CircuitState, now: float, reason: str) -> BreakerTransition:
        transition = BreakerTransition(self.name, self._state, to, now, reason)
        self._state = to
        self._generation += 1
        self._transitions += 1
        self._pending.append(transition)
        if to is CircuitState.HALF_OPEN:
            self._probes = _Window(self.config.half_open_permits)
            self._probes_issued = 0
        elif to is CircuitState.CLOSED:
            self._window = _Window(self.config.window_size)
        return transition

    def _notify(self, fired: list[BreakerTransition]) -> None:
        """Deliver transitions in order; called WITHOUT _lock so listeners may read us."""
        if not fired:
            return
        with self._delivery:
            while True:
                with self._lock:
                    if not self._pending:
                        return
                    t = self._pending.popleft()
                    listeners = list(self._listeners)
                logger.info(
                    "circuit %s: %s -> %s (%s)",
                    t.name,
                    t.from_state.value,
                    t.to_state.value,
                    t.reason,
                )
                for listener in listeners:
                    try:
                        listener(t)
                    except Exception:
                        logger.exception("circuit %s: a transition listener raised", t.name)


class CircuitBreakerRegistry:
    """One breaker per endpoint, created on first use with a shared config.

    Args:
        config: thresholds given to every breaker it creates.
        clock: monotonic seconds, shared by all its breakers.
    """

    def __init__(
        self,
        config: BreakerConfig | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.config = config or BreakerConfig()
        self._clock = clock
        self._lock = threading.Lock()
        self._breakers: dict[str, CircuitBreaker] = {}

    def get(self, endpoint: str) -> CircuitBreaker:
        """The breaker for `endpoint`, created if new.

        Args:
            endpoint: a stable endpoint identity, e.g. the gateway URL's origin.
        """
        with self._lock:
            breaker = self._breakers.get(endpoint)
            if breaker is None:
                breaker = CircuitBreaker(endpoint, self.config, clock=self._clock)
                self._breakers[endpoint] = breaker
            return breaker

    def snapshots(self) -> list[BreakerSnapshot]:
        """Snapshots of every breaker, sorted by endpoint."""
        with self._lock:
            breakers = sorted(self._breakers.items())
        return [b.snapshot() for _, b in breakers]
