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

__all__ = ["IdempotencyClaim", "IdempotencyStore", "answer_repeat", "parse_idempotency_key"]

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


@dataclass(frozen=True, eq=False)
class IdempotencyClaim:
    """One request's hold on a key, from `begin`: pass it to `finish` or `abort`.

    The token identifies this claim, not just its key: once a claim has expired and
    another request holds the key, finishing the old one must not touch the new one.

    Attributes:
        scope: as given to `begin`.
        key: as given to `begin`.
        token: the backend's identity of this claim (its store entry, or its marker).
    """

    scope: str
    key: str
    token: object


@dataclass(eq=False)
class _Entry:
    digest: bytes
    expiry: float
    response: InnerResponse | None  # None while the first request runs
    size: int = 0


class IdempotencyStore:
    """Responses kept by (scope, key), bounded and expiring.

    Every operation is O(1) amortised: running and finished entries live in two
    insertion-ordered maps, each also in expiry order, so expiry and eviction pop from
    the front instead of scanning.

    Args:
        ttl_s: how long a response is kept (from when it was stored).
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
        self._running: OrderedDict[tuple[str, str], _Entry] = OrderedDict()
        self._done: OrderedDict[tuple[str, str], _Entry] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._running) + len(self._done)

    def begin(self, scope: str, key: str, body: bytes) -> InnerResponse | IdempotencyClaim:
        """Look the key up before running the request.

        Args:
            scope: what the key applies to (client and route), so keys of different
                clients and endpoints never collide.
            key: the Idempotency-Key.
            body: the request body.

        Returns:
            The kept response for a repeat, or this request's claim on the key: run the
            request, then pass the claim to `finish` (or `abort` if it raised).

        Raises:
            Problem: 422 when the key was used with another body, 409 while the first
            request with this key is still running.
        """
        now = self._clock()
        self._expire(now)
        digest = hashlib.sha256(body).digest()
        slot = (scope, key)
        entry = self._done.get(slot) or self._running.get(slot)
        if entry is not None:
            return answer_repeat(digest, entry.digest, entry.response)
        entry = _Entry(digest, now + self.ttl_s, None)
        self._running[slot] = entry
        self._evict()
        if len(self._running) > self.max_entries:  # only running requests are left
            del self._running[slot]
            raise Problem(
                503,
                PROBLEM_NOT_READY,
                "too many requests with an Idempotency-Key are running; retry shortly",
                headers=[("retry-after", "1")],
            )
        return IdempotencyClaim(scope, key, entry)

    def _release(self, claim: IdempotencyClaim) -> _Entry | None:
        # Only our own entry: once ours expired, the key may be another request's claim.
        slot = (claim.scope, claim.key)
        entry = self._running.get(slot)
        if entry is None or entry is not claim.token:
            return None
        del self._running[slot]
        return entry

    def finish(self, claim: IdempotencyClaim, response: InnerResponse) -> None:
        """Keep `response` for repeats of this key (only if below 500).

        Args:
            claim: what `begin` returned.
            response: the response the request produced.
        """
        entry = self._release(claim)
        if entry is None or response.status >= 500:
            return  # expired while running (the key may be another's now), or a failure
        entry.response = response
        entry.size = len(response.body) + sum(len(k) + len(v) for k, v in response.headers)
        if entry.size > self.max_bytes:
            return  # it alone would push everything else out
        entry.expiry = self._clock() + self.ttl_s
        self._done[(claim.scope, claim.key)] = entry
        self._bytes += entry.size
        self._evict()

    def abort(self, claim: IdempotencyClaim) -> None:
        """Forget a key whose request failed before producing a response.

        Args:
            claim: what `begin` returned.
        """
        self._release(claim)

    def _expire(self, now: float) -> None:
        # Each map is in insertion order, which is expiry order: stop at the first live one.
        for entries in (self._running, self._done):
            while entries:
                slot, entry = next(iter(entries.items()))
                if entry.expiry > now:
                    break
                del entries[slot]
                self._bytes -= entry.size  # 0 for a running entry

    def _evict(self) -> None:
        # Finished entries go first, oldest first; an entry still running is never
        # dropped, or a retry arriving meanwhile would run the request a second time.
        while self._done and (
            len(self._running) + len(self._done) > self.max_entries or self._bytes > self.max_bytes
        ):
            _, entry = self._done.popitem(last=False)
            self._bytes -= entry.size


def answer_repeat(digest: bytes, kept_digest: bytes, kept: InnerResponse | None) -> InnerResponse:
    """The answer to a repeated key: the kept response, or raise 422/409.

    Args:
        digest: SHA-256 of this request's body.
        kept_digest: SHA-256 of the body the key was first used with.
        kept: the stored response; None while the first request still runs.

    Raises:
        Problem: 422 for another body under the same key, 409 while the first one runs.
    """
    if kept_digest != digest:
        raise Problem(
            422,
            PROBLEM_IDEMPOTENCY_CONFLICT,
            "this Idempotency-Key was already used with a different request body; "
            "use a new key for a new request",
        )
    if kept is None:
        raise Problem(
            409,
            PROBLEM_IDEMPOTENCY_IN_FLIGHT,
            "a request with this Idempotency-Key is still being processed; retry later",
            headers=[("retry-after", "1")],
        )
    return InnerResponse(kept.status, [*kept.headers, ("idempotent-replayed", "true")], kept.body)
