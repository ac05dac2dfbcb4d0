"""Is the cloud reachable at all? Offline detection from failures plus a cheap probe.

Per-endpoint circuit breakers say "this endpoint is failing". This tracker says "the
network is down": after `failures_to_offline` consecutive connection-level failures
(nothing reached a server) the client goes offline, and while offline it makes no cloud
attempts at all — only a cheap probe (a GET of the gateway's health or keys) at most every
`probe_interval_s`. The first successful probe or call brings it back online.

Pure state: the drivers call `record_*` after each cloud call and `probe_due()` before
routing; they carry out the probe themselves (sync or async).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from hybridsdk._exceptions import (
    CircuitOpenError,
    ConfigurationError,
    ConnectError,
    DeadlineExceededError,
    TransportError,
)

__all__ = ["Connectivity", "ConnectivitySnapshot"]

logger = logging.getLogger("hybridsdk.cloud")


@dataclass(frozen=True)
class ConnectivitySnapshot:
    """For metrics and `doctor`."""

    online: bool
    consecutive_failures: int
    offline_since: float | None
    probes: int
    transitions: int


class Connectivity:
    """Online/offline state of the cloud path.

    Args:
        failures_to_offline: consecutive connection failures that mean "offline".
        probe_interval_s: while offline, the least time between probes.
        clock: monotonic seconds.
        on_change: called with True (back online) or False (went offline).
    """

    def __init__(
        self,
        *,
        failures_to_offline: int = 3,
        probe_interval_s: float = 2.0,
        clock: Callable[[], float],
        on_change: Callable[[bool], None] | None = None,
    ) -> None:
        if failures_to_offline < 1 or probe_interval_s <= 0:
            raise ConfigurationError(
                "Connectivity needs failures_to_offline >= 1 and probe_interval_s > 0"
            )
        self.failures_to_offline = failures_to_offline
        self.probe_interval_s = probe_interval_s
        self._clock = clock
        self._on_change = on_change
        self._lock = threading.Lock()
        self._online = True
        self._failures = 0
        self._offline_since: float | None = None
        self._last_probe = float("-inf")
        self._probes = 0
        self._transitions = 0

    @property
    def online(self) -> bool:
        return self._online

    @staticmethod
    def is_network_failure(error: BaseException) -> bool:
        """Did this error mean nothing reached a server (as opposed to a server error)?"""
        if isinstance(error, ConnectError):
            return True
        # A plain TransportError (reset, cut) is ambiguous; count it too: an answer that
        # never arrives is what "offline" looks like from here.
        return isinstance(error, TransportError)

    def record_success(self) -> None:
        with self._lock:
            self._failures = 0
            changed = not self._online
            self._online = True
            self._offline_since = None
            if changed:
                self._transitions += 1
        if changed:
            logger.info("cloud reachable again")
            if self._on_change is not None:
                self._on_change(True)

    def record_failure(self, error: BaseException) -> None:
        if isinstance(error, (CircuitOpenError, DeadlineExceededError)):
            # Not attempted (breaker open, no time left): says nothing about the network,
            # so it must neither count towards offline nor reset the count.
            return
        if not self.is_network_failure(error):
            # A server answered, if only with an error: the network is up.
            self.record_success()
            return
        with self._lock:
            self._failures += 1
            changed = self._online and self._failures >= self.failures_to_offline
            if changed:
                self._online = False
                self._offline_since = self._clock()
                self._last_probe = self._offline_since
                self._transitions += 1
        if changed:
            logger.warning(
                "cloud unreachable after %d connection failures: offline; probing every %.1f s",
                self.failures_to_offline,
                self.probe_interval_s,
            )
            if self._on_change is not None:
                self._on_change(False)

    def probe_due(self) -> bool:
        """While offline: True once per `probe_interval_s` (the caller then probes)."""
        if self._online:
            return False
        with self._lock:
            now = self._clock()
            if now - self._last_probe < self.probe_interval_s:
                return False
            self._last_probe = now
            self._probes += 1
            return True

    def record_probe(self, ok: bool) -> None:
        if ok:
            self.record_success()

    def snapshot(self) -> ConnectivitySnapshot:
        with self._lock:
            return ConnectivitySnapshot(
                self._online, self._failures, self._offline_since, self._probes, self._transitions
            )
