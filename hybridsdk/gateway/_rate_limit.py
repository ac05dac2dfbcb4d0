"""Token buckets: one per client and one for the whole gateway.

A request is checked against its client's bucket first and only then against the
global one, so a client flooding past its own rate is refused without spending the
global budget that other clients share. Per-client buckets live in a bounded LRU map
(O(1) per request); a forgotten client comes back with a full bucket, which only ever
errs towards serving.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["RateLimiter", "TokenBucket"]


@dataclass
class TokenBucket:
    """A bucket of `burst` tokens refilled at `rate_per_s`.

    Args:
        rate_per_s: tokens added per second.
        burst: the bucket's size (and the allowed burst).
        tokens: tokens now.
        stamp: monotonic seconds of the last update.
    """

    rate_per_s: float
    burst: float
    tokens: float
    stamp: float

    def take(self, now: float, cost: float = 1.0) -> float:
        """Take `cost` tokens; 0.0 when allowed, else seconds until they are there."""
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate_per_s)
        self.stamp = now
        if self.tokens >= cost:
            self.tokens -= cost
            return 0.0
        return (cost - self.tokens) / self.rate_per_s

    def give_back(self, cost: float = 1.0) -> None:
        """Return tokens taken for a request that was refused further on."""
        self.tokens = min(self.burst, self.tokens + cost)


class RateLimiter:
    """Per-client and global token buckets.

    Args:
        per_client_rps: each client's sustained rate; None: no per-client limit.
        per_client_burst: each client's burst.
        global_rps: the whole gateway's sustained rate; None: no global limit.
        global_burst: the global burst.
        max_clients: how many client buckets are remembered (least recently used go).
        monotonic: a monotonic clock; injectable for tests.
    """

    def __init__(
        self,
        *,
        per_client_rps: float | None = None,
        per_client_burst: float = 20.0,
        global_rps: float | None = None,
        global_burst: float = 100.0,
        max_clients: int = 100_000,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        for name, value in (("per_client_rps", per_client_rps), ("global_rps", global_rps)):
            if value is not None and not (math.isfinite(value) and value > 0):
                raise ValueError(f"{name} must be a finite number > 0, got {value!r}")
        self.per_client_rps = per_client_rps
        self.per_client_burst = max(1.0, per_client_burst)
        self.max_clients = max(1, max_clients)
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._clients: OrderedDict[str, TokenBucket] = OrderedDict()
        self._global = (
            None
            if global_rps is None
            else TokenBucket(
                global_rps, max(1.0, global_burst), max(1.0, global_burst), monotonic()
            )
        )

    @property
    def enabled(self) -> bool:
        """Whether any limit is set."""
        return self.per_client_rps is not None or self._global is not None

    def _bucket(self, client: str, now: float) -> TokenBucket:
        bucket = self._clients.get(client)
        if bucket is None:
            assert self.per_client_rps is not None
            bucket = TokenBucket(
                self.per_client_rps, self.per_client_burst, self.per_client_burst, now
            )
            self._clients[client] = bucket
            if len(self._clients) > self.max_clients:
                self._clients.popitem(last=False)
        else:
            self._clients.move_to_end(client)
        return bucket

    def check(self, client: str | None) -> tuple[str, float] | None:
        """Admit one request, or say which limit refused it and for how long.

        Args:
            client: the client's stable key; None for callers with no identity (they
                only meet the global limit).

        Returns:
            None when admitted; else (``"client"`` or ``"global"``, seconds to wait).
        """
        with self._lock:
            now = self._monotonic()
            bucket = None
            if client is not None and self.per_client_rps is not None:
                bucket = self._bucket(client, now)
                wait = bucket.take(now)
                if wait > 0:
                    return "client", wait
            if self._global is not None:
                wait = self._global.take(now)
                if wait > 0:
                    if bucket is not None:
                        bucket.give_back()
                    return "global", wait
        return None
