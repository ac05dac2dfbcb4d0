"""A bound on concurrent model runs, with a short queue and 503 + Retry-After beyond it.

Each run holds its inputs, ONNX Runtime's intermediate tensors and a worker thread; without
a bound, a burst of valid requests multiplies the per-request memory that `ModelLimits`
keeps in check. Requests beyond the running and queued slots are refused at once (a queue
that only grows would turn overload into timeouts and memory).
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import AsyncIterator

from hybridsdk.gateway._problems import PROBLEM_BUSY, Problem

__all__ = ["RunSlots"]


class RunSlots:
    """At most `max_running` model runs at once and `max_waiting` waiting for a turn.

    Args:
        max_running: concurrent model runs.
        max_waiting: requests allowed to wait for a run slot.
        retry_after_s: the Retry-After sent with 503 when both are full.
    """

    def __init__(self, *, max_running: int, max_waiting: int, retry_after_s: float = 1.0) -> None:
        if max_running < 1 or max_waiting < 0:
            raise ValueError("max_running must be >= 1 and max_waiting >= 0")
        self.max_running = max_running
        self.max_waiting = max_waiting
        self.retry_after_s = retry_after_s
        self._semaphore = asyncio.Semaphore(max_running)
        self._admitted = 0  # running + waiting

    @property
    def admitted(self) -> int:
        """Requests running or waiting now."""
        return self._admitted

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one run slot for the block.

        Raises:
            Problem: 503 with Retry-After when every slot and queue place is taken.
        """
        if self._admitted >= self.max_running + self.max_waiting:
            raise Problem(
                503,
                PROBLEM_BUSY,
                f"the gateway is running {self.max_running} requests and has "
                f"{self.max_waiting} waiting; retry after the Retry-After delay",
                headers=[("retry-after", str(max(1, math.ceil(self.retry_after_s))))],
            )
        self._admitted += 1
        try:
            async with self._semaphore:
                yield
        finally:
            self._admitted -= 1
