"""Replay and idempotency state in Valkey/Redis, shared by every gateway replica.

Replay: one ``SET key 1 NX PX ttl`` per request, keyed by its HPKE key share, kept until
its Date leaves the window (plus `REPLICA_CLOCK_SLACK_S`, for replica clocks that differ
a little). NX makes the check-and-remember atomic across replicas: of two replicas given
the same ciphertext, exactly one sets the key.

Idempotency: three small Lua scripts, each atomic on the server. ``claim`` returns the
stored value, or sets a running marker (with a claim TTL, so a replica that dies
mid-request does not hold the key for ever) when there is none. ``complete`` swaps our own
marker for the answer; ``release`` deletes our own marker. The marker carries a random
token, so a replica whose claim expired can never overwrite or drop another's.

Keys are ``<prefix>replay:<hex enc>`` and ``<prefix>idem:<sha256 of scope and key>``: no
client text reaches a key name. Values hold a body digest and the encoded response.

Outage: every store error (connection refused, timeout, out of memory) answers 503
`PROBLEM_STATE_UNAVAILABLE` with Retry-After, before the model runs. The gateway fails
closed: it accepts nothing it cannot check for replay.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
import math
import os
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from hybridsdk._exceptions import MissingDependencyError
from hybridsdk.gateway._idempotency import IdempotencyClaim, answer_repeat
from hybridsdk.gateway._problems import PROBLEM_STATE_UNAVAILABLE, InnerResponse, Problem
from hybridsdk.gateway._replay import DEFAULT_MAX_FUTURE_S, check_date, replay_problem

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["REPLICA_CLOCK_SLACK_S", "RedisState"]

logger = logging.getLogger("hybridsdk.gateway.state")

#: Replay keys outlive their Date window by this much: replica clocks may differ by it.
REPLICA_CLOCK_SLACK_S = 5.0

_T = TypeVar("_T")

_CLAIM = """
local v = redis.call('GET', KEYS[1])
if v then return v end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false
"""
_COMPLETE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

_RUNNING = b"R"
_DONE = b"D"
_DIGEST = 32


def _encode_response(response: InnerResponse) -> bytes:
    return json.dumps(
        {
            "status": response.status,
            "headers": response.headers,
            "body": base64.b64encode(response.body).decode("ascii"),
        },
        separators=(",", ":"),
    ).encode()


def _decode_response(data: bytes) -> InnerResponse:
    obj = json.loads(data)
    headers = [(str(k), str(v)) for k, v in obj["headers"]]
    return InnerResponse(int(obj["status"]), headers, base64.b64decode(obj["body"]))


def _unavailable() -> Problem:
    return Problem(
        503,
        PROBLEM_STATE_UNAVAILABLE,
        "the gateway's shared replay/idempotency store is unavailable, so nothing was run; "
        "retry shortly",
        headers=[("retry-after", "1")],
    )


class RedisState:
    """`ReplayState` and `IdempotencyState` in one Valkey/Redis server.

    Args:
        client: a ``redis.asyncio.Redis`` (bytes replies, not decoded).
        window_s: a Date up to this far in the past is accepted.
        max_future_s: a Date up to this far in the future is accepted.
        require_date: refuse encrypted requests without a Date.
        idempotency_ttl_s: how long an answer is kept for repeats.
        claim_ttl_s: how long a running claim holds its key if its replica dies.
        max_response_bytes: larger answers are not kept (a repeat runs again).
        clock: Unix seconds now; injectable for tests.
        prefix: the key name prefix (several gateways can share one server).
    """

    def __init__(
        self,
        client: Redis,
        *,
        window_s: float,
        max_future_s: float = DEFAULT_MAX_FUTURE_S,
        require_date: bool = True,
        idempotency_ttl_s: float,
        claim_ttl_s: float,
        max_response_bytes: int,
        clock: Callable[[], float],
        prefix: str = "hybridsdk:",
    ) -> None:
        self._redis = client
        self.window_s = window_s
        self.max_future_s = max_future_s
        self.require_date = require_date
        self.idempotency_ttl_s = idempotency_ttl_s
        self.claim_ttl_s = claim_ttl_s
        self.max_response_bytes = max_response_bytes
        self._clock = clock
        self._prefix = prefix
        self._claim = client.register_script(_CLAIM)
        self._complete = client.register_script(_COMPLETE)
        self._release = client.register_script(_RELEASE)
        self._healthy = True

    @classmethod
    def from_url(cls, url: str, *, timeout_s: float = 1.0, **kwargs: Any) -> RedisState:
        """Connect lazily to ``redis://``, ``rediss://`` or ``unix://`` `url`.

        Args:
            url: the server, e.g. ``redis://127.0.0.1:6379/0``.
            timeout_s: connect and per-command timeout; past it the request gets 503.
            kwargs: the other `RedisState` arguments.

        Raises:
            MissingDependencyError: the ``redis`` package is not installed.
        """
        try:
            from redis.asyncio import Redis
        except ImportError:
            raise MissingDependencyError("a shared replay store", "shared-state") from None
        client = Redis.from_url(
            url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s, decode_responses=False
        )
        return cls(client, **kwargs)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._redis.aclose()

    async def ping(self) -> bool:
        """Whether the server answers."""
        try:
            return bool(await self._redis.ping())
        except Exception:  # redis errors and OSError alike: it does not answer
            return False

    async def _call(self, what: str, operation: Awaitable[_T]) -> _T:
        from redis.exceptions import RedisError

        try:
            result = await operation
        except (RedisError, OSError) as exc:
            if self._healthy:  # one line per outage, not one per request
                self._healthy = False
                # The type only: a message could carry the server's address or a key.
                logger.warning(
                    "shared state store failed on %s (%s); answering 503 until it is back",
                    what,
                    type(exc).__name__,
                )
            raise _unavailable() from None
        if not self._healthy:
            self._healthy = True
            logger.info("shared state store answers again")
        return result

    # -- replay ------------------------------------------------------------------------

    async def check(self, enc: bytes, date_header: str | None) -> None:
        """Accept the request once across every replica, or raise `Problem`.

        Args:
            enc: the request's encapsulated key share.
            date_header: the inner request's Date value, if any.
        """
        now = self._clock()
        sent = check_date(
            date_header,
            now,
            window_s=self.window_s,
            max_future_s=self.max_future_s,
            require_date=self.require_date,
        )
        ttl_ms = math.ceil((sent + self.window_s + REPLICA_CLOCK_SLACK_S - now) * 1000)
        name = f"{self._prefix}replay:{enc.hex()}"
        fresh = await self._call("replay", self._redis.set(name, b"1", nx=True, px=ttl_ms))
        if not fresh:
            raise replay_problem()

    # -- idempotency -------------------------------------------------------------------

    def _name(self, scope: str, key: str) -> str:
        slot = hashlib.sha256(f"{scope}\n{key}".encode()).hexdigest()
        return f"{self._prefix}idem:{slot}"

    async def begin(self, scope: str, key: str, body: bytes) -> InnerResponse | IdempotencyClaim:
        """The stored answer, 409/422, or our claim on the key on every replica.

        The claim carries its own marker: two claims on one key in one process (the first
        expired while it still ran) each finish only their own.

        Args:
            scope: from `idempotency_scope`.
            key: the Idempotency-Key.
            body: the request body.
        """
        digest = hashlib.sha256(body).digest()
        marker = _RUNNING + digest + os.urandom(16)
        claim_ms = math.ceil(self.claim_ttl_s * 1000)
        name = self._name(scope, key)
        stored = await self._call(
            "idempotency claim", self._claim(keys=[name], args=[marker, claim_ms])
        )
        if stored is None:
            return IdempotencyClaim(scope, key, marker)
        value = bytes(stored)
        kept_digest = value[1 : 1 + _DIGEST]
        kept = _decode_response(value[1 + _DIGEST :]) if value[:1] == _DONE else None
        return answer_repeat(digest, kept_digest, kept)

    async def finish(self, claim: IdempotencyClaim, response: InnerResponse) -> None:
        """Store `response` for repeats (below 500 and small enough), or release the claim.

        Args:
            claim: what `begin` returned.
            response: what the request produced.
        """
        marker = claim.token
        if not isinstance(marker, bytes):
            return  # not a claim of this backend
        encoded = _encode_response(response)
        name = self._name(claim.scope, claim.key)
        try:
            if response.status >= 500 or len(encoded) > self.max_response_bytes:
                await self._call("idempotency release", self._release(keys=[name], args=[marker]))
                return
            value = _DONE + marker[1 : 1 + _DIGEST] + encoded
            ttl_ms = math.ceil(self.idempotency_ttl_s * 1000)
            await self._call(
                "idempotency complete", self._complete(keys=[name], args=[marker, value, ttl_ms])
            )
        except Problem:
            # The answer exists and goes back to the caller; a repeat meets the claim
            # (409) until it expires, then runs again. Nothing is lost but a dedup.
            pass

    async def abort(self, claim: IdempotencyClaim) -> None:
        """Release our claim on a key whose request failed.

        Args:
            claim: what `begin` returned.
        """
        marker = claim.token
        if not isinstance(marker, bytes):
            return  # not a claim of this backend
        name = self._name(claim.scope, claim.key)
        # On failure the claim expires by itself after claim_ttl_s.
        with contextlib.suppress(Problem):
            await self._call("idempotency release", self._release(keys=[name], args=[marker]))
