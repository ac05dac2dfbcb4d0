"""Fakes shared by the tests: one clock that moves only when slept on or told to."""

from __future__ import annotations


class FakeTime:
    """A clock that moves only when slept on (or told to); records every sleep.

    Use `clock` (or the instance itself) as a monotonic or wall clock, `sleep` /
    `async_sleep` as the sleeper, and set or add to `now` to move time.

    Args:
        start: the first reading.
    """

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
