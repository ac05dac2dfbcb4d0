"""What an error status or a failed attempt means for `client.generate`. Pure, no I/O.

Two decisions, made once for the sync and async clients and for the outbox drain:

`chat_gateway_error` turns an error answer (outer, or inner after decryption) into a typed
error, keeping the gateway's RFC 9457 problem details:

| status | error | generate does |
|---|---|---|
| 400 (not about clock/keys/decryption/replay), 405, 409, 411, 413, 414, 415, 422, other 4xx | `RequestRejectedError` | raise: the caller's error (no retry, no other endpoint, no device) |
| 401, 403 | `CredentialsRejectedError` | raise: fix the credentials (no other endpoint, no device) |
| 404 | `GatewayError` | next endpoint (this one lacks the chat route); breaker untouched |
| 408, 425, 429, 503 | `GatewayError` | retry here after max(jitter, Retry-After) within the deadline, then next endpoint |
| 400 #ohttp-key | `GatewayError` | refetch the key, retry here |
| 400 #date / decrypt / replay | `GatewayError` | next endpoint (this device's clock or path), breaker untouched |
| other 5xx | `GatewayError` | next endpoint (a stream is not deduplicated: not resent here) |

`next_step` says, for any error of one attempt before its first text, whether the walk
over the endpoints goes on, stops (the device or the outbox answers), or raises.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from typing import Any

from hybridsdk._exceptions import (
    CredentialsRejectedError,
    DeadlineExceededError,
    GatewayError,
    RequestRejectedError,
)
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._messages import gateway_error
from hybridsdk.cloud._retry import BreakerOutcome, classify
from hybridsdk.wire._problem_types import ENVIRONMENT_400, PROBLEM_IDEMPOTENCY_IN_FLIGHT

__all__ = ["Step", "breaker_outcome", "chat_gateway_error", "next_step"]

# Statuses that say "not processed, try again later" (RFC 9110) or "not here".
_NOT_THE_REQUEST = frozenset({404, 408, 425, 429})
_MAX_PROBLEM_BYTES = 4096


class Step(str, enum.Enum):
    """Where the walk over the endpoints goes after an attempt failed before any text."""

    NEXT_ENDPOINT = "next_endpoint"  # after any retries here the retry policy allows
    STOP = "stop"  # no more cloud attempts: the device or the outbox answers
    RAISE = "raise"  # the caller's error: no other path would do better


def _problem(headers: Mapping[str, str], content: bytes) -> dict[str, Any]:
    if len(content) > _MAX_PROBLEM_BYTES or "json" not in headers.get("content-type", ""):
        return {}
    try:
        body = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return {}
    if not isinstance(body, dict):
        return {}
    return {k: body[k] for k in list(body)[:20] if isinstance(k, str)}


def chat_gateway_error(reply: Any, *, where: str, endpoint: CloudEndpoint) -> GatewayError:
    """The typed error for an error answer to a chat request (see the table above).

    Args:
        reply: anything with `status`, `headers` and `content` (an outer `HttpReply` or
            the inner Binary HTTP head with the body read so far).
        where: who answered, for the message ("gateway", "upstream (inside OHTTP)").
        endpoint: the endpoint that answered.
    """
    error = gateway_error(reply, where=where, endpoint=endpoint)
    status = error.status
    headers = {str(k).lower(): str(v) for k, v in _pairs(reply.headers)}
    problem = _problem(headers, bytes(reply.content))
    options: dict[str, Any] = {
        "status": status,
        "problem_type": error.problem_type,
        "retry_after_s": error.retry_after_s,
        "problem": problem,
    }
    if status in (401, 403):
        return CredentialsRejectedError(str(error), **options)
    if not 400 <= status < 500 or status in _NOT_THE_REQUEST:
        return error
    if status == 400 and error.problem_type in ENVIRONMENT_400:
        return error
    if status == 409 and error.problem_type == PROBLEM_IDEMPOTENCY_IN_FLIGHT:
        return error
    return RequestRejectedError(f"{error} Not resent: fix the request.", **options)


def _pairs(headers: Any) -> list[tuple[str, str]]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    out = []
    for name, value in items:
        if isinstance(name, bytes):
            name, value = name.decode("latin-1"), value.decode("latin-1")
        out.append((name, value))
    return out


def next_step(error: BaseException) -> Step:
    """What follows an attempt that failed with `error` before its first text.

    Args:
        error: what the attempt raised.
    """
    if isinstance(error, (RequestRejectedError, CredentialsRejectedError)):
        return Step.RAISE
    if isinstance(error, DeadlineExceededError):
        return Step.STOP
    return Step.NEXT_ENDPOINT


def breaker_outcome(error: BaseException, *, text_seen: bool) -> BreakerOutcome:
    """How a failed attempt counts for the endpoint's circuit breaker.

    As for `infer` (`classify`), with three differences for a stream: the deadline passing
    before the first text is the endpoint's failure (an `infer` sees that as a read
    timeout) but after it says nothing (the answer outlasted the caller's deadline);
    a 404 means the endpoint lacks the chat route, not that it is unhealthy (its `infer`
    calls may be fine); a 400 about the clock, key or path is not the endpoint's fault.

    Args:
        error: what the attempt raised.
        text_seen: some text had arrived before it failed.
    """
    if isinstance(error, DeadlineExceededError):
        return BreakerOutcome.IGNORED if text_seen else BreakerOutcome.FAILURE
    if isinstance(error, GatewayError) and (
        error.status == 404 or (error.status == 400 and error.problem_type in ENVIRONMENT_400)
    ):
        return BreakerOutcome.IGNORED
    return classify(error, idempotent=False).breaker
