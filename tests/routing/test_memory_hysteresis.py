"""The memory check does not flap on a busy but healthy host, and still fires (once, and
stays on) under real memory pressure.

The traces are synthetic and seeded (made here, not tuned on a recorded host): readings
every 2 s of PSI `some avg10`/`avg60` and MemAvailable as a busy server shows them
(allocation bursts that spike avg10, page cache keeping MemAvailable near 10%), and a
pressure episode where avg60 climbs past the limit and decays.
"""

from __future__ import annotations

import numpy as np
import pytest

from hybridsdk import ConfigurationError, InferenceRequest
from hybridsdk.routing._hysteresis import Hysteresis
from hybridsdk.routing._policy import DeviceRule
from hybridsdk.routing._signals import Signals

N = 3100
REQUEST = InferenceRequest(text="hello")


def _flags(rule: DeviceRule, pressure: np.ndarray, available: np.ndarray | None) -> np.ndarray:
    out = np.zeros(len(pressure), dtype=bool)
    for i, p in enumerate(pressure):
        signals = Signals(
            now=float(i),
            memory_pressure=None if np.isnan(p) else float(p),
            memory_available_fraction=None if available is None else float(available[i]),
        )
        out[i] = any(v.reason.code == "memory_pressure" for v in rule(REQUEST, signals, None))
    return out


def _transitions(flags: np.ndarray) -> int:
    return int(np.count_nonzero(flags[1:] != flags[:-1]))


def _busy_healthy_host(seed: int = 7) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    bursts = rng.random(N) < 0.3
    avg10 = np.clip(np.where(bursts, rng.uniform(0.1, 0.6, N), rng.uniform(0, 0.05, N)), 0, 1)
    avg60 = np.empty(N)
    level = 0.0
    for i, x in enumerate(avg10):  # the kernel's avg60 is an exponential average
        level += (x - level) * (2.0 / 60.0)
        avg60[i] = level
    available = np.clip(0.1 + 0.035 * np.sin(np.arange(N) / 9.0) + rng.normal(0, 0.01, N), 0, 1)
    return avg10, avg60, available


def test_a_busy_healthy_host_is_not_flagged() -> None:
    avg10, avg60, available = _busy_healthy_host()
    assert avg60.max() < 0.25 and (avg10 >= 0.25).mean() > 0.1  # spiky, healthy on average
    flags = _flags(DeviceRule(), avg60, available)
    assert flags.sum() == 0
    # What the old rule (avg10, one threshold, MemAvailable < 10%) did on the same trace.
    old = (avg10 >= 0.25) | (available < 0.1)
    assert old.sum() > N * 0.4 and _transitions(old) > 500


def test_without_psi_memavailable_has_hysteresis_too() -> None:
    no_psi = np.full(N, np.nan)
    hovering = 0.1 + 0.01 * np.sin(np.arange(N))  # around the default limit
    flags = _flags(DeviceRule(), no_psi, hovering)
    assert _transitions(flags) == 1  # on once, off only at 15%
    single = (hovering < 0.1).astype(bool)  # one threshold, no hysteresis
    assert _transitions(single) > 900


def test_real_pressure_fires_once_and_releases() -> None:
    t = np.arange(N)
    episode = np.where((t > 1000) & (t < 1400), 0.45, 0.03)
    avg60 = np.empty(N)
    level = 0.0
    for i, x in enumerate(episode + np.random.default_rng(1).normal(0, 0.04, N)):
        level += (max(x, 0.0) - level) * (2.0 / 60.0)
        avg60[i] = level
    flags = _flags(DeviceRule(), avg60, None)
    assert _transitions(flags) == 2  # on during the episode, off after it
    on = np.flatnonzero(flags)
    assert 1000 < on[0] < 1100 and 1400 < on[-1] < 1600


def test_hysteresis_latch() -> None:
    latch = Hysteresis(0.25, 0.1)
    assert [latch.update(v) for v in (0.2, 0.3, 0.2, 0.11, None, 0.09, 0.2)] == [
        False, True, True, True, True, False, False,
    ]  # fmt: skip
    low = Hysteresis(0.1, 0.15, rising=False)
    assert [low.update(v) for v in (0.12, 0.09, 0.12, 0.15)] == [False, True, True, False]
    with pytest.raises(ConfigurationError, match="safe side"):
        Hysteresis(0.25, 0.3)
