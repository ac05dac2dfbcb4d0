"""The cloud path: the OHTTP / Open Inference Protocol client with its transport and
resilience (retries, retry budget, circuit breakers, failover between endpoints).

Wire formats are in `hybridsdk.wire`, the durable outbox in `hybridsdk.outbox`.

Public names load on first use (see `hybridsdk._lazy`)."""

import typing as _typing

from hybridsdk._lazy import lazy_exports as _lazy_exports

_LAZY = {
    "AsyncCloudClient": "hybridsdk.cloud._client",
    "BreakerConfig": "hybridsdk.cloud._breaker",
    "CloudClient": "hybridsdk.cloud._client",
    "CloudEndpoint": "hybridsdk.cloud._endpoint",
    "RetryPolicy": "hybridsdk.cloud._retry",
    "discard_prepared_encapsulations": "hybridsdk.wire._ohttp",
}

if _typing.TYPE_CHECKING:
    from hybridsdk.cloud._breaker import BreakerConfig
    from hybridsdk.cloud._client import AsyncCloudClient, CloudClient
    from hybridsdk.cloud._endpoint import CloudEndpoint
    from hybridsdk.cloud._retry import RetryPolicy
    from hybridsdk.wire._ohttp import discard_prepared_encapsulations

__all__ = [
    "AsyncCloudClient",
    "BreakerConfig",
    "CloudClient",
    "CloudEndpoint",
    "RetryPolicy",
    "discard_prepared_encapsulations",
]
__getattr__, __dir__ = _lazy_exports(__name__, globals(), _LAZY, __all__)
