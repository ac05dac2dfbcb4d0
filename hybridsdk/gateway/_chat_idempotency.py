"""Idempotency-Key on the chat route: a whole (non-streamed) chat completion runs once.

A deferred generation is drained from the client's outbox with its idempotency key; a
drain that sends it twice (the first answer was lost, or two replicas drain) must not run
the model twice. The chat route therefore does what the OIP route does: the first request
with a key runs and its answer is kept (`IdempotencyState`, in memory or in Valkey/Redis,
scoped per client and route); a repeat with the same body gets the kept answer with
``idempotent-replayed: true``, one with another body 422, one while the first still runs
409. Failures (5xx) are not kept, so a retry runs again. A streamed request
(``"stream": true``) is not deduplicated: its answer is consumed as it is produced.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from hybridsdk.gateway._idempotency import parse_idempotency_key
from hybridsdk.gateway._metrics import GatewayMetrics
from hybridsdk.gateway._oip_routes import InnerRequest
from hybridsdk.gateway._problems import InnerResponse
from hybridsdk.gateway._state import IdempotencyState, idempotency_scope

__all__ = ["run_once"]


async def run_once(
    state: IdempotencyState,
    request: InnerRequest,
    route_path: str,
    run: Callable[[], Awaitable[InnerResponse]],
    metrics: GatewayMetrics,
) -> InnerResponse:
    """`run()` once per (client, route, Idempotency-Key); repeats get the kept answer.

    Args:
        state: the gateway's idempotency state.
        request: the inner request (its ``idempotency-key`` header and client).
        route_path: the route the key is scoped to.
        run: produces the answer; a `Problem` it raises is not kept.
        metrics: counts ``idempotent_hits_total``.

    Raises:
        Problem: 400 for a malformed key, 422/409 from the state, or what `run` raised.
    """
    key = parse_idempotency_key(request.headers["idempotency-key"])
    scope = idempotency_scope(request.client_id, route_path)
    claim = await state.begin(scope, key, request.body)
    if isinstance(claim, InnerResponse):
        metrics.inc("idempotent_hits_total")
        return claim
    try:
        response = await run()
    except BaseException:
        await state.abort(claim)
        raise
    await state.finish(claim, response)
    return response
