"""A latch with two thresholds, so a signal hovering near one limit does not flap.

A busy but healthy host sees memory stall spikes and MemAvailable dips that cross any
single threshold many times a minute; routing must not follow each crossing. The latch
turns on at `enter` and off only once the value is back past `release`.
"""

from __future__ import annotations

import math
import threading

from hybridsdk._exceptions import ConfigurationError

__all__ = ["Hysteresis"]


class Hysteresis:
    """On at `enter`, off again only past `release`.

    Args:
        enter: the value that turns the latch on.
        release: the value that turns it off; between the two the latch keeps its state.
        rising: True when high values are bad (on at value >= enter, off at value <
            release); False when low values are bad (on at value < enter, off at value >=
            release).
    """

    def __init__(self, enter: float, release: float, *, rising: bool = True) -> None:
        if not (math.isfinite(enter) and math.isfinite(release)):
            raise ConfigurationError(
                f"hysteresis limits must be finite, got {enter!r}, {release!r}"
            )
        if (rising and release > enter) or (not rising and release < enter):
            raise ConfigurationError(
                f"the release limit {release!r} must be on the safe side of the enter limit "
                f"{enter!r} ({'at or below' if rising else 'at or above'} it)"
            )
        self.enter = enter
        self.release = release
        self.rising = rising
        self._on = False
        self._lock = threading.Lock()

    @property
    def on(self) -> bool:
        """The latch's state after the last update."""
        return self._on

    def update(self, value: float | None) -> bool:
        """Feed one reading; returns the new state (an unknown value keeps the state)."""
        if value is None or not math.isfinite(value):
            return self._on
        with self._lock:
            if self.rising:
                self._on = value >= self.enter if not self._on else value >= self.release
            else:
                self._on = value < self.enter if not self._on else value < self.release
            return self._on

    def __repr__(self) -> str:
        return f"Hysteresis(enter={self.enter}, release={self.release}, rising={self.rising})"
