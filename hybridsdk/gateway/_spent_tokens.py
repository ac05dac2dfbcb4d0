"""The double-spend store: each Privacy Pass token is redeemable once.

A small interface, `SpentTokenStore`, so a shared store can back it for several gateway
replicas: ``spend`` must be one atomic check-and-set with an expiry, e.g. Valkey/Redis
``SET <key> 1 NX EXAT <expires_at>`` (True when the reply is OK), as `RedisSpentTokens`
does with ``--state-url``. Entries only need to outlive the token's validity (a few
epochs), which bounds the store's size.
"""

from __future__ import annotations

import heapq
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Protocol, runtime_checkable

from hybridsdk._exceptions import HybridSDKError

__all__ = ["InMemorySpentTokens", "SpentTokenStore", "SpentTokenStoreFull"]


class SpentTokenStoreFull(HybridSDKError):
    """The store holds its maximum of unexpired tokens; the gateway answers 503."""


@runtime_checkable
class SpentTokenStore(Protocol):
    """Remembers redeemed tokens until they could no longer be valid anyway."""

    def spend(self, key: bytes, expires_at: float) -> bool | Awaitable[bool]:
        """Record `key` as spent; True the first time, False if it already was (or an
        awaitable of that, for a store across the network).

        Args:
            key: a digest naming the token (issuer key id and nonce).
            expires_at: Unix seconds after which the token is invalid in any case.

        Raises:
            SpentTokenStoreFull: the store cannot remember more right now.
        """
        ...


class InMemorySpentTokens:
    """A `SpentTokenStore` for one gateway process.

    Args:
        max_entries: the most unexpired tokens held; past it, redemptions get 503
            (fail closed: forgetting a token would allow spending it twice).
        clock: Unix seconds now; injectable for tests.
    """

    def __init__(self, *, max_entries: int = 1_000_000, clock: Callable[[], float] = time.time):
        self.max_entries = max_entries
        self._clock = clock
        self._lock = threading.Lock()
        self._spent: dict[bytes, float] = {}
        self._expiry: list[tuple[float, bytes]] = []

    def __len__(self) -> int:
        return len(self._spent)

    def spend(self, key: bytes, expires_at: float) -> bool:
        """See `SpentTokenStore.spend`."""
        with self._lock:
            now = self._clock()
            while self._expiry and self._expiry[0][0] <= now:
                _, old = heapq.heappop(self._expiry)
                self._spent.pop(old, None)
            if key in self._spent:
                return False
            if len(self._spent) >= self.max_entries:
                raise SpentTokenStoreFull(
                    "the double-spend store is full; retry after the current epoch"
                )
            self._spent[key] = expires_at
            heapq.heappush(self._expiry, (expires_at, key))
            return True
