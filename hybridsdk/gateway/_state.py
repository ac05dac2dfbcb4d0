"""Where the gateway keeps its replay and idempotency state: the pluggable backend.

Two backends implement these protocols. The default keeps everything in this process's
memory (`MemoryReplayState`, `MemoryIdempotencyState`); it is right for one process. For N
replicas behind one address, `RedisState` (``--state-url redis://...``) keeps both in one
Valkey/Redis server, with atomic claims so each ciphertext is accepted once and each
Idempotency-Key runs once across all replicas.

Both are async: a shared store is a network hop, and the event loop must not wait on it.
A backend that cannot answer raises `Problem` 503 (`PROBLEM_STATE_UNAVAILABLE`): the
gateway fails closed, running nothing it cannot prove is not a replay.
"""

from __future__ import annotations

from typing import Protocol

from hybridsdk.gateway._idempotency import IdempotencyClaim, IdempotencyStore
from hybridsdk.gateway._problems import InnerResponse
from hybridsdk.gateway._replay import ReplayGuard

__all__ = [
    "ANONYMOUS_CLIENT",
    "IdempotencyClaim",
    "IdempotencyState",
    "MemoryIdempotencyState",
    "MemoryReplayState",
    "ReplayState",
    "idempotency_scope",
]

#: The idempotency scope of requests that carry no client identity (an open gateway).
ANONYMOUS_CLIENT = "anonymous"


def idempotency_scope(client_id: str | None, route_path: str) -> str:
    """The key space an Idempotency-Key lives in: one per client and route.

    Keys are scoped per client so one client cannot plant, or read, an answer under a key
    another client will use. Requests without an identity share `ANONYMOUS_CLIENT`.

    Args:
        client_id: the authorized caller's stable name, or None.
        route_path: the route the request is for (e.g. ``/v2/models/m/infer``).
    """
    # A newline appears in neither a client name nor a quoted route path.
    return f"{client_id or ANONYMOUS_CLIENT}\n{route_path}"


class ReplayState(Protocol):
    """Accepts each encapsulated request once."""

    async def check(self, enc: bytes, date_header: str | None) -> None:
        """Accept the request once, or raise `Problem`.

        Args:
            enc: the request's encapsulated key share.
            date_header: the inner request's Date value, if any.
        """


class IdempotencyState(Protocol):
    """Claims an Idempotency-Key, then keeps the answer for repeats."""

    async def begin(self, scope: str, key: str, body: bytes) -> InnerResponse | IdempotencyClaim:
        """The kept answer for a repeat, or this request's claim on the key (then run).

        Args:
            scope: from `idempotency_scope`.
            key: the Idempotency-Key.
            body: the request body.
        """

    async def finish(self, claim: IdempotencyClaim, response: InnerResponse) -> None:
        """Keep `response` for repeats (only if below 500), if `claim` still holds the key.

        Args:
            claim: what `begin` returned; once it expired and another request claimed
                the key, nothing is stored (the answer is not that request's).
            response: what the request produced.
        """

    async def abort(self, claim: IdempotencyClaim) -> None:
        """Release a claim whose request failed before producing a response.

        Args:
            claim: what `begin` returned (another request's later claim is kept).
        """


class MemoryReplayState:
    """`ReplayState` in this process's memory (the default).

    Args:
        guard: the bounded replay table.
    """

    def __init__(self, guard: ReplayGuard) -> None:
        self.guard = guard

    async def check(self, enc: bytes, date_header: str | None) -> None:
        """See `ReplayState.check`."""
        self.guard.check(enc, date_header)


class MemoryIdempotencyState:
    """`IdempotencyState` in this process's memory (the default).

    Args:
        store: the bounded response store.
    """

    def __init__(self, store: IdempotencyStore) -> None:
        self.store = store

    async def begin(self, scope: str, key: str, body: bytes) -> InnerResponse | IdempotencyClaim:
        """See `IdempotencyState.begin`."""
        return self.store.begin(scope, key, body)

    async def finish(self, claim: IdempotencyClaim, response: InnerResponse) -> None:
        """See `IdempotencyState.finish`."""
        self.store.finish(claim, response)

    async def abort(self, claim: IdempotencyClaim) -> None:
        """See `IdempotencyState.abort`."""
        self.store.abort(claim)
