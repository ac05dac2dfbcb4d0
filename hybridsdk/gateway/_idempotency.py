"""Idempotency-Key handling (draft-ietf-httpapi-idempotency-key-header).

The first request with a key runs and its response is kept for a while; a repeat with the
same body gets the kept response without running again; a repeat with a different body is
refused with 422, and one that arrives while the first is still running with 409. Only
responses below 500 are kept, so a retry after a server or upstream failure runs again.
The store is bounded in entries and bytes, oldest first out.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from hybridsdk.gateway._problems import (
    PROBLEM_BAD_REQUEST,
    PROBLEM_IDEMPOTENCY_CONFLICT,
    PROBLEM_IDEMPOTENCY_IN_FLIGHT,
    PROBLEM_NOT_READY,
    InnerResponse,
    Problem,
)

__all__ = ["IdempotencyStore", "parse_idempotency_key"]

_MAX_KEY_LENGTH = 255


def parse_idempotency_key(value: str) -> str:
    """The key from an Idempotency-Key header (an sf-string; bare tokens are tolerated).

    Args:
        value: the header value.
    """
    key = value.strip()
    if len(key) >= 2 and key[0] == key[-1] == '"':
        key = key[1:-1]
    if not key or len(key) > _MAX_KEY_LENGTH or not key.isprintable():
        raise Problem(
            400,
            PROBLEM_BAD_REQUEST,
            f"Idempotency-Key must be 1..{_MAX_KEY_LENGTH} printable characters",
        )
    return key


@dataclass
class _Entry:
    digest: bytes
    expiry: float
    response: InnerResponse | None  # None while the first request runs
    size: int = 0


class IdempotencyStore:
    """Responses kept by (scope, key), bounded and expiring.

    Args:
        ttl_s: how long a response is kept.
        max_entries: the most keys kept.
        max_bytes: the most response bytes kept.
        clock: seconds now (monotonic is fine); injectable for tests.
    """

    def __init__(
        self,
        *,
        ttl_s: float,
        max_entries: int,
        max_bytes: int,
        clock: Callable[[], float],
    ) -> None:
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._clock = clock
        self._entries: OrderedDict[tuple[str, str], _Entry] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    def begin(self, scope: str, key: str, body: bytes) -> InnerResponse | None:
        """Look the key up before running the request.

        Args:
            scope: what the key applies to (method and route), so keys of different
                endpoints never collide.
            key: the Idempotency-Key.
            body: the request body.

        Returns:
            The kept response for a repeat, or None: run the request, then call `finish`
            (or `abort` if it raised).

        Raises:
            Problem: 422 when the key was used with another body, 409 while the first
            request with this key is still running.
        """
        now = self._clock()
        self._expire(now)
        digest = hashlib.sha256(body).digest()
        slot = (scope, key)
        entry = self._entries.get(slot)
        if entry is not None:
            if entry.digest != digest:
                raise Problem(
                    422,
                    PROBLEM_IDEMPOTENCY_CONFLICT,
                    "this Idempotency-Key was already used with a different request body; "
                    "use a new key for a new request",
                )
            if entry.response is None:
                raise Problem(
                    409,
                    PROBLEM_IDEMPOTENCY_IN_FLIGHT,
                    "a request with this Idempotency-Key is still being processed; retry later",
                    headers=[("retry-after", "1")],
                )
            kept = entry.response
            return InnerResponse(
                kept.status, [*kept.headers, ("idempotent-replayed", "true")], kept.body
            )
        self._entries[slot] = _Entry(digest, now + self.ttl_s, None)
        self._evict()
        if len(self._entries) > self.max_entries:  # only running requests are left
            del self._entries[slot]
            raise Problem(
                503,
                PROBLEM_NOT_READY,
                "too many requests with an Idempotency-Key are running; retry shortly",
                headers=[("retry-after", "1")],
            )
        return None

    def finish(self, scope: str, key: str, response: InnerResponse) -> None:
        """Keep `response` for repeats of this key (only if below 500).

        Args:
            scope: as given to `begin`.
            key: as given to `begin`.
            response: the response the request produced.
        """
        slot = (scope, key)
        entry = self._entries.get(slot)
        if entry is None or entry.response is not None:
            return  # evicted while running: nothing to fill in
        if response.status >= 500:
            del self._entries[slot]
            return
        entry.response = response
        entry.size = len(response.body) + sum(len(k) + len(v) for k, v in response.headers)
        self._bytes += entry.size
        self._evict()

    def abort(self, scope: str, key: str) -> None:
        """Forget a key whose request failed before producing a response.

        Args:
            scope: as given to `begin`.
            key: as given to `begin`.
        """
        entry = self._entries.get((scope, key))
        if entry is not None and entry.response is None:
            del self._entries[(scope, key)]

    def _drop(self, slot: tuple[str, str]) -> None:
        entry = self._entries.pop(slot)
        self._bytes -= entry.size

    def _expire(self, now: float) -> None:
        # Every entry lives ttl_s from its first use, so insertion order is expiry order.
        while self._entries:
            slot, entry = next(iter(self._entries.items()))
            if entry.expiry > now:
                return
            self._drop(slot)

    def _over(self) -> bool:
        return len(self._entries) > self.max_entries or self._bytes > self.max_bytes

    def _evict(self) -> None:
        # Finished entries go first, oldest first; an entry still running is never
        # dropped, or a retry arriving meanwhile would run the request a second time.
        if not self._over():
            return
        for slot in [s for s, e in self._entries.items() if e.response is not None]:
            self._drop(slot)
            if not self._over():
                return
