"""The circuit breaker: state traces on a fake clock, probes, slow calls, threads."""

from __future__ import annotations

import itertools
import threading

import pytest

from hybridsdk._exceptions import CircuitOpenError, ConfigurationError
from hybridsdk.cloud._breaker import (
    BreakerConfig,
    BreakerTransition,
    CircuitBreaker,
    CircuitBreakerRegistry,
    CircuitState,
)
from tests._fakes import FakeTime

CLOSED, OPEN, HALF_OPEN = CircuitState.CLOSED, CircuitState.OPEN, CircuitState.HALF_OPEN


def make(clock: FakeTime, **kw: float) -> tuple[CircuitBreaker, list[BreakerTransition]]:
    cfg = {
        "window_size": 4,
        "minimum_calls": 4,
        "failure_rate_threshold": 0.5,
        "slow_call_rate_threshold": 0.75,
        "slow_call_duration_s": 1.0,
        "wait_duration_s": 10.0,
        "half_open_permits": 2,
    }
    cfg.update(kw)
    b = CircuitBreaker("gw.example", BreakerConfig(**cfg), clock=clock)  # type: ignore[arg-type]
    seen: list[BreakerTransition] = []
    b.add_listener(seen.append)
    return b, seen


def call(b: CircuitBreaker, ok: bool, duration_s: float = 0.1) -> None:
    p = b.acquire()
    (b.on_success if ok else b.on_failure)(p, duration_s)


def trace(seen: list[BreakerTransition]) -> list[tuple[str, str, str]]:
    return [(t.from_state.value, t.to_state.value, t.reason) for t in seen]


def test_full_cycle_closed_open_half_open_closed() -> None:
    clock = FakeTime()
    b, seen = make(clock)
    call(b, True)
    call(b, False)
    call(b, True)
    assert b.state is CLOSED  # 1 failure of 3: below minimum_calls anyway
    call(b, False)  # 2 of 4 = 50% >= 50%
    assert b.state is OPEN
    assert b.snapshot().opened_at == 1000.0

    with pytest.raises(CircuitOpenError, match=r"'gw.example' is open .*in 10.0s"):
        b.acquire()
    clock.now += 9.99
    with pytest.raises(CircuitOpenError):
        b.acquire()
    clock.now += 0.01
    p1 = b.acquire()  # wait elapsed: HALF_OPEN, probe 1
    assert b.state is HALF_OPEN
    p2 = b.acquire()
    with pytest.raises(CircuitOpenError, match="probe call"):
        b.acquire()  # only 2 probes
    b.on_success(p1, 0.1)
    assert b.state is HALF_OPEN  # waits for every probe
    b.on_success(p2, 0.1)
    assert b.state is CLOSED
    assert trace(seen) == [
        ("closed", "open", "failure_rate"),
        ("open", "half_open", "wait_elapsed"),
        ("half_open", "closed", "probes_passed"),
    ]
    snap = b.snapshot()
    assert snap.transitions == 3 and snap.calls_in_window == 0  # a fresh window


def test_failed_probes_reopen_and_restart_the_wait() -> None:
    clock = FakeTime()
    b, seen = make(clock)
    for _ in range(4):
        call(b, False)
    clock.now += 10
    p1, p2 = b.acquire(), b.acquire()
    b.on_success(p1, 0.1)
    b.on_failure(p2, 0.1)  # 1 of 2 probes failed = 50%
    assert b.state is OPEN
    assert b.snapshot().opened_at == clock.now
    assert trace(seen)[-1] == ("half_open", "open", "probes_failed")
    clock.now += 5
    assert b.is_open()
    with pytest.raises(CircuitOpenError):
        b.acquire()


def test_minimum_calls_respected() -> None:
    clock = FakeTime()
    b, _ = make(clock, window_size=10, minimum_calls=10)
    for _ in range(9):
        call(b, False)
    assert b.state is CLOSED  # 100% failures but only 9 calls
    assert b.snapshot().failure_rate == 1.0
    call(b, False)
    assert b.state is OPEN


def test_slow_calls_open_it() -> None:
    clock = FakeTime()
    b, seen = make(clock)
    call(b, True, 0.5)
    for _ in range(3):
        call(b, True, 1.5)  # successes, but slower than 1.0s
    assert b.state is OPEN
    assert trace(seen) == [("closed", "open", "slow_call_rate")]
    snap = b.snapshot()
    assert snap.failure_rate == 0.0 and snap.slow_call_rate == 0.75
    with pytest.raises(CircuitOpenError, match="longer than 1s"):
        b.acquire()


def test_window_slides_old_outcomes_out() -> None:
    clock = FakeTime()
    b, _ = make(clock, failure_rate_threshold=0.75)
    for ok in (False, False, True, True, True):  # window now F T T T
        call(b, ok)
    assert b.snapshot().failure_rate == 0.25
    call(b, False)
    call(b, False)  # T T F F
    assert b.state is CLOSED
    call(b, False)  # T F F F = 75%
    assert b.state is OPEN


def test_released_probe_frees_its_slot() -> None:
    clock = FakeTime()
    b, _ = make(clock, half_open_permits=1)
    for _ in range(4):
        call(b, False)
    clock.now += 10
    p = b.acquire()
    with pytest.raises(CircuitOpenError):
        b.acquire()
    b.release(p)  # e.g. the caller was cancelled: says nothing about the endpoint
    p2 = b.acquire()
    b.on_success(p2, 0.1)
    assert b.state is CLOSED


def test_outcomes_of_stale_permits_are_dropped() -> None:
    clock = FakeTime()
    b, _ = make(clock, half_open_permits=1)
    old = b.acquire()  # issued while CLOSED
    for _ in range(4):
        call(b, False)
    clock.now += 10
    probe = b.acquire()
    b.on_failure(old, 30.0)  # a slow call from the CLOSED era: must not decide the probe
    assert b.state is HALF_OPEN
    b.on_success(probe, 0.1)
    assert b.state is CLOSED


def test_listener_errors_do_not_break_calls(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeTime()
    b, seen = make(clock)

    def bad(_: BreakerTransition) -> None:
        raise RuntimeError("listener bug")

    b.add_listener(bad)
    for _ in range(4):
        call(b, False)
    assert b.state is OPEN and len(seen) == 1
    assert "listener raised" in caplog.text


def test_listener_may_read_the_breaker() -> None:
    clock = FakeTime()
    b, _ = make(clock)
    states: list[CircuitState] = []
    b.add_listener(lambda t: states.append(b.snapshot().state))  # would deadlock under the lock
    for _ in range(4):
        call(b, False)
    assert states == [OPEN]


def test_reset_closes() -> None:
    clock = FakeTime()
    b, seen = make(clock)
    for _ in range(4):
        call(b, False)
    b.reset()
    assert b.state is CLOSED and b.snapshot().calls_in_window == 0
    assert trace(seen)[-1] == ("open", "closed", "reset")


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"window_size": 0}, "window_size"),
        ({"minimum_calls": 30}, "minimum_calls"),
        ({"failure_rate_threshold": 0}, "failure_rate_threshold"),
        ({"slow_call_rate_threshold": 1.5}, "slow_call_rate_threshold"),
        ({"slow_call_duration_s": 0}, "slow_call_duration_s"),
        ({"wait_duration_s": -1}, "wait_duration_s"),
        ({"half_open_permits": 0}, "half_open_permits"),
    ],
)
def test_bad_config_is_a_configuration_error(kwargs: dict[str, float], words: str) -> None:
    with pytest.raises(ConfigurationError, match=words):
        BreakerConfig(**kwargs)  # type: ignore[arg-type]


def test_registry_gives_one_breaker_per_endpoint() -> None:
    clock = FakeTime()
    reg = CircuitBreakerRegistry(BreakerConfig(window_size=2, minimum_calls=2), clock=clock)
    a = reg.get("https://a.example")
    assert reg.get("https://a.example") is a
    b = reg.get("https://b.example")
    for _ in range(2):
        call(b, False)
    snaps = reg.snapshots()
    assert [(s.name, s.state) for s in snaps] == [
        ("https://a.example", CLOSED),
        ("https://b.example", OPEN),
    ]


def test_half_open_permits_hold_under_a_thread_stampede() -> None:
    clock = FakeTime()
    b, _ = make(clock, half_open_permits=3)
    for _ in range(4):
        call(b, False)
    clock.now += 10
    workers = 16
    barrier = threading.Barrier(workers)
    granted: list[object] = []
    refused: list[object] = []
    lock = threading.Lock()

    def grab() -> None:
        barrier.wait()
        try:
            p = b.acquire()
        except CircuitOpenError as exc:
            with lock:
                refused.append(exc)
        else:
            with lock:
                granted.append(p)

    threads = [threading.Thread(target=grab) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(granted) == 3 and len(refused) == workers - 3


def test_concurrency_smoke() -> None:
    """Many threads calling at once: no lost transitions, no stray errors, sane counters."""
    clock = FakeTime()
    b, seen = make(clock, window_size=50, minimum_calls=20, wait_duration_s=0.0)
    errors: list[BaseException] = []
    outcomes = [0]
    lock = threading.Lock()

    def worker(seed: int) -> None:
        try:
            for i in range(2000):
                try:
                    p = b.acquire()
                except CircuitOpenError:
                    continue
                # 40% failures overall, in bursts that trip it now and then.
                failed = (i + seed) % 5 < 2 or (i // 200) % 3 == 0
                (b.on_failure if failed else b.on_success)(p, 0.01)
                with lock:
                    outcomes[0] += 1
        except BaseException as exc:  # pragma: no cover - the assertion reports it
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(s,)) for s in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    snap = b.snapshot()
    assert snap.transitions == len(seen) > 0  # it did trip, and every change was announced
    assert 0 <= snap.calls_in_window <= 50
    assert outcomes[0] > 0
    # Transitions chain: each one starts where the previous one ended.
    for before, after in itertools.pairwise(seen):
        assert before.to_state is after.from_state
