"""The double-spend store in the gateways' shared Valkey/Redis server (``--state-url``).

One ``SET <prefix>spent:<key> 1 NX EXAT <expires_at + slack>`` per redemption: atomic, so
a token is accepted by exactly one replica, and the entry vanishes once the token could no
longer be valid anyway, on any replica: like the replay keys it outlives the expiry by
`REPLICA_CLOCK_SLACK_S`, since a replica whose clock runs behind still takes the token
that long. A store that does not answer gives 503 (fail closed), like the replay check.
"""

from __future__ import annotations

import math

from hybridsdk.gateway._redis_state import REPLICA_CLOCK_SLACK_S, RedisState

__all__ = ["RedisSpentTokens"]


class RedisSpentTokens:
    """A `SpentTokenStore` shared by every replica using the same `RedisState`.

    Args:
        shared: the gateway's shared state backend (its connection and error handling).
        prefix: the key name prefix.
    """

    def __init__(self, shared: RedisState, *, prefix: str = "hybridsdk:spent:") -> None:
        self._shared = shared
        self._prefix = prefix

    async def spend(self, key: bytes, expires_at: float) -> bool:
        """See `SpentTokenStore.spend`; raises `Problem` 503 when the store is down."""
        name = self._prefix + key.hex()
        # The backend's own connection and 503-on-failure wrapper, shared with replay checks.
        # Kept past the expiry by the slack: a replica whose clock is behind still accepts it.
        expiry = math.ceil(expires_at + REPLICA_CLOCK_SLACK_S)
        operation = self._shared._redis.set(name, b"1", nx=True, exat=expiry)
        fresh = await self._shared._call("spent-token", operation)
        return bool(fresh)
