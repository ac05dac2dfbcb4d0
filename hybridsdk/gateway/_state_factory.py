"""Build the gateway's replay and idempotency state from its settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hybridsdk.gateway._config import GatewayConfig
from hybridsdk.gateway._idempotency import IdempotencyStore
from hybridsdk.gateway._redis_state import RedisState
from hybridsdk.gateway._replay import ReplayGuard
from hybridsdk.gateway._state import (
    IdempotencyState,
    MemoryIdempotencyState,
    MemoryReplayState,
    ReplayState,
)

__all__ = ["GatewayState", "build_state"]


@dataclass(frozen=True)
class GatewayState:
    """The two state services, and the shared store behind them if any.

    Args:
        replay: accepts each encapsulated request once.
        idempotency: claims Idempotency-Keys and keeps their answers.
        shared: the Valkey/Redis backend to close at shutdown; None in memory.
    """

    replay: ReplayState
    idempotency: IdempotencyState
    shared: RedisState | None = None


def build_state(
    cfg: GatewayConfig, *, clock: Callable[[], float], monotonic: Callable[[], float]
) -> GatewayState:
    """In memory by default; in Valkey/Redis when `cfg.state_url` is set.

    Args:
        cfg: the gateway settings.
        clock: Unix seconds now (Date checks).
        monotonic: a monotonic clock (in-memory idempotency expiry).

    Raises:
        MissingDependencyError: `state_url` is set and the redis package is missing.
    """
    if cfg.state_url is not None:
        shared = RedisState.from_url(
            cfg.state_url,
            window_s=cfg.date_window_s,
            max_future_s=cfg.max_future_skew_s,
            require_date=cfg.require_date,
            idempotency_ttl_s=cfg.idempotency_ttl_s,
            claim_ttl_s=cfg.idempotency_claim_ttl_s,
            max_response_bytes=cfg.idempotency_max_bytes,
            clock=clock,
        )
        return GatewayState(shared, shared, shared)
    guard = ReplayGuard(
        window_s=cfg.date_window_s,
        max_future_s=cfg.max_future_skew_s,
        max_entries=cfg.replay_max_entries,
        require_date=cfg.require_date,
        clock=clock,
    )
    store = IdempotencyStore(
        ttl_s=cfg.idempotency_ttl_s,
        max_entries=cfg.idempotency_max_entries,
        max_bytes=cfg.idempotency_max_bytes,
        clock=monotonic,
    )
    return GatewayState(MemoryReplayState(guard), MemoryIdempotencyState(store))
