"""The cloud half of `client.generate` and of the outbox drain of generations, sans-I/O.

`walk_endpoints` tries the configured endpoints in failover order with the rules `infer`
follows (`cloud/_client.py`), yielding `Call`s for the driver (key fetch, open, next
pieces, sleep) and, for a stream, `Emit`s of the text as it arrives:

- each attempt takes a permit from the endpoint's circuit breaker (the same breakers and
  retry budgets as `infer`, so failures of either count for both); an open breaker skips
  the endpoint (reason ``endpoint_skipped``);
- the outcome goes back to the breaker: connect errors, 5xx, 408/429/503, broken streams,
  timeouts and a deadline that passes before the first text are failures; an answer is a
  success whose duration is the time to its first text (how long a generation then runs
  depends on its length, not on the endpoint's health); see `_chat_faults.breaker_outcome`;
- before the first text, an error that says "not processed" (connect error, 408, 425,
  429, 503, a stale key) is retried on the same endpoint after a full-jitter backoff with
  Retry-After as its floor, within the deadline and the retry budget (`decide_retry`, as
  `infer`); a whole request with an Idempotency-Key (the outbox drain) also retries 5xx and
  read timeouts, since the gateway runs it once; then the next endpoint is tried;
- a 4xx about the request, or about its credentials, is raised (`_chat_faults`);
- after the first text no other endpoint is tried: the caller continues on the device.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hybridsdk._exceptions import (
    CircuitOpenError,
    CloudError,
    DeadlineExceededError,
    GatewayError,
    HybridSDKError,
)
from hybridsdk._trampoline import Call
from hybridsdk._types import Reason
from hybridsdk.cloud._breaker import CircuitBreaker
from hybridsdk.cloud._chat_faults import Step, breaker_outcome, next_step
from hybridsdk.cloud._retry import (
    OHTTP_KEY_PROBLEM_TYPE,
    BreakerOutcome,
    RetryPolicy,
    attempt_allowed,
    charge_budget,
    classify,
    decide_retry,
    report_outcome,
)
from hybridsdk.cloud._retry_budget import RetryBudget

if TYPE_CHECKING:
    from hybridsdk._client_base import _BaseClient
    from hybridsdk.cloud._chat_transport import ChatExchange
    from hybridsdk.cloud._endpoint import CloudEndpoint

__all__ = ["CloudWalk", "deliver_deferred_chat", "walk_endpoints"]


@dataclass
class CloudWalk:
    """What the walk over the endpoints ended with.

    Attributes:
        exchange: the exchange that answered in full, or None.
        endpoint: the endpoint that answered (or was being read when it failed).
        failure: the last error when no endpoint answered in full.
        first: the endpoint that answered is the first configured one.
    """

    exchange: ChatExchange | None = None
    endpoint: CloudEndpoint | None = None
    failure: BaseException | None = None
    first: bool = True


def _reason(code: str, message: str) -> Reason:
    return Reason(code=code, message=message)


def _route_state(
    client: _BaseClient, endpoint: CloudEndpoint
) -> tuple[CircuitBreaker | None, RetryBudget | None]:
    """The breaker and retry budget `infer` uses for `endpoint` (shared with it)."""
    core = getattr(client._cloud, "_core", None)
    for route in getattr(core, "routes", ()):
        if route.endpoint.name == endpoint.name:
            return route.breaker, route.budget
    return None, None


def _retry_settings(client: _BaseClient) -> tuple[RetryPolicy, Callable[[], float]]:
    core = getattr(client._cloud, "_core", None)
    if core is None:
        return RetryPolicy(), random.random
    return core.policy, core.rng


def walk_endpoints(
    client: _BaseClient,
    io: Any,
    handles: list[Any],
    *,
    make_exchange: Callable[[CloudEndpoint], ChatExchange],
    deadline: float | None,
    idempotent: bool,
    reasons: list[Reason],
    emitted: list[str],
    on_piece: Callable[[str], Any] | None = None,
) -> Generator[Any, Any, CloudWalk]:
    """Try the endpoints in order until one answers in full (see the module docstring).

    Args:
        client: the client (endpoints, breakers, budgets, connectivity, security events).
        io: `SyncChatIO` or `AsyncChatIO` (`key`, `open`, `next_pieces`, `sleep`,
            `forget_key`).
        handles: open streams are added here for the driver to close.
        make_exchange: a fresh `ChatExchange` for one attempt at an endpoint.
        deadline: `time.monotonic` time by which it must end, or None.
        idempotent: the gateway runs the request once whatever the resends (a whole
            answer with an Idempotency-Key), so errors after sending may be retried.
        reasons: ``endpoint_skipped`` / ``endpoint_retry`` / ``endpoint_failed`` go here.
        emitted: the text pieces, as they arrive.
        on_piece: the step to yield for each piece (an `Emit` for the caller), or None.

    Raises:
        RequestRejectedError, CredentialsRejectedError: the caller's error (a 4xx).
    """
    policy, rng = _retry_settings(client)
    walk = CloudWalk()
    for position, endpoint in enumerate(client.endpoints):
        breaker, budget = _route_state(client, endpoint)
        attempt = 0
        while True:
            attempt += 1
            started = time.monotonic()
            if not attempt_allowed(policy, now=started, deadline=deadline):
                walk.failure = DeadlineExceededError(
                    f"too little time was left before the deadline to try {endpoint.name}; "
                    "give the request a longer deadline_ms"
                )
                return walk
            try:
                permit = breaker.acquire() if breaker is not None else None
            except CircuitOpenError as exc:
                walk.failure = exc
                reasons.append(_reason("endpoint_skipped", f"{endpoint.name}: circuit open"))
                break
            outcome = BreakerOutcome.IGNORED  # unless settled below (cancelled: released)
            first_at: float | None = None
            error: BaseException | None = None
            exchange = make_exchange(endpoint)
            try:
                try:
                    if endpoint.mode != "plain":
                        exchange.key = yield Call(io.key, (endpoint, exchange.left_s()))
                    stream = io.open(exchange)
                    handles.append(stream)
                    while True:
                        pieces = yield Call(io.next_pieces, (stream,))
                        if pieces is None:
                            break
                        for piece in pieces:
                            if first_at is None:
                                first_at = time.monotonic()
                            emitted.append(piece)
                            if on_piece is not None:
                                yield on_piece(piece)
                except (HybridSDKError, OSError) as exc:
                    error = exc
                    outcome = breaker_outcome(exc, text_seen=first_at is not None)
                else:
                    outcome = BreakerOutcome.SUCCESS
            finally:
                took = (first_at if first_at is not None else time.monotonic()) - started
                report_outcome(breaker, permit, outcome, took)
            walk.endpoint, walk.first = endpoint, position == 0
            if error is None:
                if budget is not None:
                    budget.record_success()
                client.connectivity.record_success()
                walk.exchange, walk.failure = exchange, None
                return walk
            client.security.observe(error, "cloud")
            client.connectivity.record_failure(error)
            walk.failure = error
            if first_at is not None:
                return walk  # the device continues what the cloud began
            step = next_step(error)
            if step is Step.RAISE:
                raise error
            if step is Step.STOP:
                return walk
            kind = classify(error, idempotent)
            decision = decide_retry(
                policy,
                attempt=attempt,
                error=kind,
                now=time.monotonic(),
                deadline=deadline,
                jitter=rng(),
                budget_allows=charge_budget(budget, kind),
                circuit_open=breaker is not None and breaker.is_open(),
            )
            if decision.retry:
                if isinstance(error, GatewayError) and error.problem_type == OHTTP_KEY_PROBLEM_TYPE:
                    io.forget_key(endpoint)  # the gateway rotated its key: fetch the new one
                reasons.append(
                    _reason(
                        "endpoint_retry",
                        f"{endpoint.name}: {kind.code}, again in {decision.delay_s:.2f} s",
                    )
                )
                if decision.delay_s > 0:
                    yield Call(io.sleep, (decision.delay_s,))
                continue
            reasons.append(_reason("endpoint_failed", f"{endpoint.name}: {type(error).__name__}"))
            break
    return walk


def deliver_deferred_chat(client: _BaseClient, record: Any, io: Any) -> Generator[Call, Any, bytes]:
    """Send one deferred generation from the outbox, whole, with the record's
    Idempotency-Key (the gateway runs it once however often it is sent); its answer as
    ``chat.completion`` JSON. The drain's `chat` sender, sync and async.

    Raises:
        CloudError: no endpoint answered (the drain keeps the record for later), or a
            typed 4xx (the drain fails the record for good).
    """
    from hybridsdk.cloud._chat_transport import ChatExchange, completion_bytes
    from hybridsdk.outbox._chat_deferred import decode_deferred_chat

    body = decode_deferred_chat(record.payload)
    emitted: list[str] = []
    walk = yield from walk_endpoints(
        client,
        io,
        [],
        make_exchange=lambda endpoint: ChatExchange(
            endpoint, body, stream=False, idempotency_key=record.idempotency_key
        ),
        deadline=None,
        idempotent=True,
        reasons=[],
        emitted=emitted,
    )
    if walk.failure is not None or walk.exchange is None:
        raise walk.failure or CloudError("no cloud endpoint could be tried")
    # Not charged here: the drain charges the budget once the delivery is committed
    # (`on_delivered`); a send whose commit fails is sent again, and answered once.
    return completion_bytes(walk.exchange, "".join(emitted))
