"""The double-spend store in the gateways' shared Valkey/Redis server (``--state-url``).

One ``SET <prefix>spent:<key> 1 NX EXAT <expires_at>`` per redemption: atomic, so a token
is accepted by exactly one replica, and the entry vanishes once the token could no longer
be valid anyway. A store that does not answer gives 503 (fail closed), like the replay
check.
"""

from __future__ import annotations

import math

from hybridsdk.gateway._redis_state import RedisState

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
        operation = self._shared._redis.set(name, b"1", nx=True, exat=math.ceil(expires_at))
        fresh = await self._shared._call("spent-token", operation)
        return bool(fresh)
