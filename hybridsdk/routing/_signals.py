"""What the router knows about the world when it decides: device, network, time, money.

`Signals` is a plain frozen dataclass (it is built for every request, on the hot path):
the device state from the probe, whether the cloud is reachable, per-path latency
estimates, and the cost budget left. It holds numbers only; the stateful trackers that
produce them live here too:

- `LatencyEstimator`: per-path EWMA of observed latency plus an EWMA of the absolute
  deviation (the TCP RTO estimator of RFC 6298), so the deadline rule can ask for a
  conservative `mean + k * deviation` rather than a mean that is late half the time.
- `CostBudget`: spend within a sliding time window (e.g. 5.00 per hour).

Neither reads a clock: every call takes `now` (seconds, `time.monotonic()` scale), so tests
drive them with a fake clock.
"""

from __future__ import annotations

import dataclasses
import math
import threading
from collections import deque
from collections.abc import Mapping
from typing import Protocol

from hybridsdk._exceptions import ConfigurationError
from hybridsdk._types import PrivacyLabel

__all__ = ["CostBudget", "DeviceStateLike", "LatencyEstimator", "Signals"]

LOCAL = "local"
CLOUD = "cloud"


class DeviceStateLike(Protocol):
    """The fields of `hybridsdk.edge._probe.DeviceState` the router reads (all optional)."""

    @property
    def temperature_c(self) -> float | None: ...
    @property
    def throttled(self) -> bool | None: ...
    @property
    def battery_percent(self) -> float | None: ...
    @property
    def on_battery(self) -> bool | None: ...
    @property
    def memory_pressure(self) -> float | None: ...
    @property
    def memory_available_fraction(self) -> float | None: ...


@dataclasses.dataclass(frozen=True, slots=True)
class Signals:
    """Everything the policy reads besides the request. Unknown values are None.

    Args:
        now: the current time in seconds on the `time.monotonic()` scale; the deadline
            rule compares it with `request.created_at`.
        temperature_c: SoC temperature.
        throttled: the kernel/firmware reports thermal or power throttling.
        battery_percent: 0..100.
        on_battery: True when running from battery (not charging).
        memory_pressure: a bool, or a level in [0, 1] (1 = the kernel is reclaiming hard).
        memory_available_fraction: available / total RAM, 0..1.
        online: False when the network is known to be down.
        breaker_open: the cloud endpoint's circuit breaker is open.
        local_latency_ms: expected local latency (see `LatencyEstimator.estimate`).
        cloud_latency_ms: expected cloud round trip.
        budget_remaining: what the cost window still allows (see `CostBudget.remaining`).
        cloud_cost_estimate: what one cloud call of this request is expected to cost.
        privacy: the privacy assessment's effective label; it can only make
            `request.privacy` stricter, never looser.
    """

    now: float
    temperature_c: float | None = None
    throttled: bool | None = None
    battery_percent: float | None = None
    on_battery: bool | None = None
    memory_pressure: float | None = None
    memory_available_fraction: float | None = None
    online: bool = True
    breaker_open: bool = False
    local_latency_ms: float | None = None
    cloud_latency_ms: float | None = None
    budget_remaining: float | None = None
    cloud_cost_estimate: float | None = None
    privacy: PrivacyLabel | None = None

    @classmethod
    def from_state(
        cls,
        *,
        now: float,
        device: DeviceStateLike | None = None,
        online: bool = True,
        breaker_open: bool = False,
        latency: LatencyEstimator | None = None,
        budget: CostBudget | None = None,
        cloud_cost_estimate: float | None = None,
        privacy: PrivacyLabel | None = None,
    ) -> Signals:
        """Assemble signals from the live trackers (the drivers call this per request).

        Args:
            now: current monotonic time in seconds.
            device: a `DeviceState` from the probe, or None when unknown.
            online: network reachability.
            breaker_open: the cloud breaker's state.
            latency: the per-path estimator; its conservative estimates are used.
            budget: the cost window.
            cloud_cost_estimate: expected cost of one cloud call.
            privacy: the privacy assessment's effective label.
        """
        return cls(
            now=now,
            temperature_c=device.temperature_c if device is not None else None,
            throttled=device.throttled if device is not None else None,
            battery_percent=device.battery_percent if device is not None else None,
            on_battery=device.on_battery if device is not None else None,
            memory_pressure=device.memory_pressure if device is not None else None,
            memory_available_fraction=(
                device.memory_available_fraction if device is not None else None
            ),
            online=online,
            breaker_open=breaker_open,
            local_latency_ms=latency.estimate(LOCAL) if latency is not None else None,
            cloud_latency_ms=latency.estimate(CLOUD) if latency is not None else None,
            budget_remaining=budget.remaining(now) if budget is not None else None,
            cloud_cost_estimate=cloud_cost_estimate,
            privacy=privacy,
        )


class LatencyEstimator:
    """Per-path latency: EWMA mean and EWMA absolute deviation (RFC 6298 style).

    Args:
        alpha: weight of a new sample in the mean (RFC 6298 uses 1/8).
        beta: weight of a new sample in the deviation (RFC 6298 uses 1/4).
        k: how many deviations `estimate()` adds to the mean by default.
        initial_ms: optional starting means per path, e.g. {"cloud": 300.0}, used until
            the first sample arrives (a cold cloud path would otherwise look free).
    """

    def __init__(
        self,
        *,
        alpha: float = 0.125,
        beta: float = 0.25,
        k: float = 2.0,
        initial_ms: Mapping[str, float] | None = None,
    ) -> None:
        if not (0.0 < alpha <= 1.0 and 0.0 < beta <= 1.0):
            raise ConfigurationError(
                f"alpha={alpha} and beta={beta} must both be in (0, 1]; RFC 6298 uses 0.125 and 0.25"
            )
        if not (k >= 0.0 and math.isfinite(k)):
            raise ConfigurationError(f"k={k} must be a finite number >= 0")
        self.alpha = alpha
        self.beta = beta
        self.k = k
        self._mean: dict[str, float] = {}
        self._dev: dict[str, float] = {}
        self._count: dict[str, int] = {}
        for path, ms in (initial_ms or {}).items():
            _check_ms(ms)
            self._mean[path] = float(ms)
            self._dev[path] = float(ms) / 2.0
            self._count[path] = 0

    def observe(self, path: str, ms: float) -> None:
        """Record one observed latency of `path` ("local", "cloud", ...), in ms."""
        _check_ms(ms)
        if self._count.get(path, 0) == 0:
            # First real sample replaces any prior, as RFC 6298 does on the first RTT.
            self._mean[path] = ms
            self._dev[path] = ms / 2.0
        else:
            mean = self._mean[path]
            self._dev[path] += self.beta * (abs(ms - mean) - self._dev[path])
            self._mean[path] = mean + self.alpha * (ms - mean)
        self._count[path] = self._count.get(path, 0) + 1

    def mean(self, path: str) -> float | None:
        """The EWMA mean for `path`, or None before any sample or prior."""
        return self._mean.get(path)

    def estimate(self, path: str, k: float | None = None) -> float | None:
        """A conservative latency for `path`: mean + k * deviation (None when unknown).

        Args:
            path: "local", "cloud" or any path name given to `observe`.
            k: deviations to add; defaults to the estimator's `k`.
        """
        mean = self._mean.get(path)
        if mean is None:
            return None
        return mean + (self.k if k is None else k) * self._dev[path]

    def samples(self, path: str) -> int:
        """How many samples of `path` were observed."""
        return self._count.get(path, 0)


def _check_ms(ms: float) -> None:
    if not (isinstance(ms, (int, float)) and math.isfinite(ms) and ms >= 0.0):
        raise ConfigurationError(f"latency must be a finite number of ms >= 0, got {ms!r}")


class CostBudget:
    """A spending limit over a sliding time window.

    Args:
        limit: the most that may be spent within any `window_s` seconds.
        window_s: the window length in seconds (e.g. 3600 for "per hour").
    """

    def __init__(self, *, limit: float, window_s: float) -> None:
        if not (math.isfinite(limit) and limit >= 0.0):
            raise ConfigurationError(f"budget limit={limit} must be a finite number >= 0")
        if not (math.isfinite(window_s) and window_s > 0.0):
            raise ConfigurationError(f"budget window_s={window_s} must be a finite number > 0")
        self.limit = float(limit)
        self.window_s = float(window_s)
        self._spends: deque[tuple[float, float]] = deque()
        self._spent = 0.0
        self._lock = threading.Lock()  # clients record from many threads

    def _expire(self, now: float) -> None:
        horizon = now - self.window_s
        while self._spends and self._spends[0][0] <= horizon:
            _, cost = self._spends.popleft()
            self._spent -= cost
        if not self._spends:
            self._spent = 0.0  # stop float drift from accumulating forever

    def spent(self, now: float) -> float:
        """What was spent within the window ending at `now`."""
        with self._lock:
            self._expire(now)
            return max(self._spent, 0.0)

    def remaining(self, now: float) -> float:
        """What may still be spent at `now`."""
        return max(self.limit - self.spent(now), 0.0)

    def can_afford(self, cost: float, now: float) -> bool:
        """Whether spending `cost` at `now` stays within the limit."""
        return cost <= self.remaining(now) + 1e-12

    def record(self, cost: float, now: float) -> None:
        """Record a charge of `cost` at `now` (charges are recorded even past the limit:
        the money is spent either way, and later checks must see it)."""
        if not (math.isfinite(cost) and cost >= 0.0):
            raise ConfigurationError(f"cost={cost} must be a finite number >= 0")
        with self._lock:
            # Threads read the clock before taking the lock: a charge may arrive a hair
            # out of order. Keep the window sorted by recording it at the latest time.
            if self._spends:
                now = max(now, self._spends[-1][0])
            self._expire(now)
            self._spends.append((now, cost))
            self._spent += cost

    def try_record(self, cost: float, now: float) -> float | None:
        """Record `cost` at `now` only if the window can pay for it, in one step: two
        callers checking and recording apart could both pass on the window's last unit.

        Returns:
            The time the charge was recorded at (for `refund`), or None when it would go
            past the limit (nothing recorded).
        """
        if not (math.isfinite(cost) and cost >= 0.0):
            raise ConfigurationError(f"cost={cost} must be a finite number >= 0")
        with self._lock:
            if self._spends:
                now = max(now, self._spends[-1][0])
            self._expire(now)
            if cost > self.limit - max(self._spent, 0.0) + 1e-12:
                return None
            self._spends.append((now, cost))
            self._spent += cost
            return now

    def refund(self, cost: float, at: float) -> None:
        """Take back a charge `try_record` made at `at` that was not spent after all (the
        call it paid for was never made); a charge already out of the window is gone."""
        with self._lock:
            try:
                self._spends.remove((at, cost))
            except ValueError:
                return
            self._spent -= cost
            if not self._spends:
                self._spent = 0.0
