"""The cloud client's no-I/O core: what to send for one inference and what an answer means.

Both drivers (`CloudClient`, `AsyncCloudClient`) run the same flows: `infer_flow` is a
generator that yields the HTTP calls to make (`HttpCall`) and receives their replies
(`HttpReply`), as h11 and httpx's `BaseClient` keep protocol logic apart from sockets.
The drivers only move bytes and map socket errors, so every rule (inner request shape,
encapsulation, the one key refetch, error mapping) lives here once.
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any

import numpy as np

from hybridsdk._exceptions import (
    ClockSkewError,
    ConfigurationError,
    EncodingError,
    GatewayError,
    InputValidationError,
    ReplayWindowNarrowedError,
)
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._retry import OHTTP_KEY_PROBLEM_TYPE, parse_retry_after
from hybridsdk.wire._bhttp import BinaryRequest, decode_response
from hybridsdk.wire._http_date import format_http_date, parse_http_date
from hybridsdk.wire._keyconfig import KeyConfig, UnknownKeyIdError
from hybridsdk.wire._ohttp import (
    MEDIA_TYPE_REQUEST,
    MEDIA_TYPE_RESPONSE,
    ClientResponseContext,
    encapsulate_request,
    prefetch_encapsulation,
)
from hybridsdk.wire._oip import InferPayload, decode_infer_response, encode_infer_request
from hybridsdk.wire._problem_types import PROBLEM_DATE, PROBLEM_REPLAY_WINDOW_NARROWED

__all__ = [
    "CallTimeouts",
    "Flow",
    "HttpCall",
    "HttpReply",
    "absolute_deadline",
    "build_inner_request",
    "call_timeouts",
    "check_idempotency_key",
    "check_model_name",
    "encode_inputs",
    "gateway_error",
    "infer_flow",
    "parse_ohttp_reply",
    "parse_plain_reply",
    "remaining_s",
]

logger = logging.getLogger("hybridsdk.cloud.client")

_MODEL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_VISIBLE_ASCII = re.compile(r"[\x21-\x7e]{1,200}")
_JSON = "application/json"
_JSON_BYTES = _JSON.encode()
_PROBLEM_JSON = "application/problem+json"
_MAX_DETAIL = 200  # error texts are quoted, trimmed: they may echo request fragments


@dataclass(frozen=True)
class CallTimeouts:
    """Per-phase timeouts of one HTTP call, in seconds (what httpx.Timeout takes)."""

    connect: float
    read: float
    write: float
    pool: float


@dataclass(frozen=True)
class HttpCall:
    """One HTTP exchange a flow asks its driver to make.

    Attributes:
        method: GET or POST.
        url: absolute URL.
        headers: request headers.
        content: request body.
        purpose: ``"keys"`` or ``"infer"`` (for logs and tests).
        while_waiting: work the driver may run once the body is sent, while it waits for
            the answer (preparing the next request's encryption); never needed for this one.
    """

    method: str
    url: str
    headers: dict[str, str]
    content: bytes = field(default=b"", repr=False)
    purpose: str = "infer"
    while_waiting: Callable[[], None] | None = field(default=None, repr=False)


@dataclass(frozen=True)
class HttpReply:
    """What came back: status, headers (names lowercased) and body."""

    status: int
    headers: Mapping[str, str]
    content: bytes = field(repr=False)


#: A flow yields calls, receives replies, and returns its result.
Flow = Generator[HttpCall, HttpReply, Any]


# -- checks ------------------------------------------------------------------------------


def check_model_name(model: object) -> str:
    """Return `model` if it is a safe OIP model name, else raise ConfigurationError.

    Args:
        model: the model name, used in the URL path.
    """
    if not isinstance(model, str) or not _MODEL_NAME.fullmatch(model):
        raise ConfigurationError(
            f"model name {model!r} is not valid: use 1-128 characters from letters, digits, "
            "'.', '_' and '-', starting with a letter or digit"
        )
    return model


def check_idempotency_key(key: object) -> str:
    """Return `key` if it can travel as an Idempotency-Key header, else ConfigurationError.

    Args:
        key: the request's idempotency key.
    """
    if not isinstance(key, str) or not _VISIBLE_ASCII.fullmatch(key):
        raise ConfigurationError(
            "idempotency_key must be 1-200 visible ASCII characters (no spaces); "
            "InferenceRequest generates a suitable one (uuid4 hex)"
        )
    return key


def encode_inputs(inputs: Mapping[str, Any]) -> bytes:
    """The OIP JSON body for `inputs`, with typed errors for bad tensors.

    Args:
        inputs: input name -> array (anything numpy.asarray accepts).
    """
    if not isinstance(inputs, Mapping) or not inputs:
        raise InputValidationError(
            "inputs must be a non-empty mapping of input name -> array, e.g. "
            "{'input': np.zeros((1, 64), np.float32)}"
        )
    arrays: dict[str, np.ndarray] = {}
    for name, value in inputs.items():
        if not isinstance(name, str) or not name:
            raise InputValidationError(f"input names must be non-empty strings, got {name!r}")
        array = np.asarray(value)
        if array.dtype.kind == "f" and not np.isfinite(array).all():
            # JSON has no NaN/Infinity: json.dumps would emit invalid tokens.
            raise InputValidationError(
                f"input {name!r} holds NaN or infinity, which JSON cannot carry; clean it first"
            )
        arrays[name] = array
    try:
        return encode_infer_request(arrays)
    except EncodingError as exc:
        raise InputValidationError(f"inputs cannot be sent: {exc}") from None


def call_timeouts(endpoint: CloudEndpoint, remaining_s: float | None) -> CallTimeouts:
    """Timeouts of one call: the endpoint's, capped by the time left before the deadline.

    httpx applies each per phase, so every phase gets at most what is left of the whole.

    Args:
        endpoint: the endpoint called.
        remaining_s: seconds until the request's deadline, or None for none.
    """
    connect, read = endpoint.connect_timeout_s, endpoint.read_timeout_s
    if remaining_s is not None:
        left = max(remaining_s, 0.001)
        connect, read = min(connect, left), min(read, left)
    return CallTimeouts(connect=connect, read=read, write=read, pool=connect)


# -- building ----------------------------------------------------------------------------


def build_inner_request(
    endpoint: CloudEndpoint,
    model: str,
    body: bytes,
    *,
    idempotency_key: str,
    now_wall: float | None = None,
    authorization: str | None = None,
) -> BinaryRequest:
    """The Binary HTTP request that travels encrypted to the gateway.

    The idempotency key goes inside, where only the gateway reads it, so relays cannot
    link retries; Date lets the gateway bound its replay window (RFC 9458 section 6.5).

    Args:
        endpoint: the gateway.
        model: the model name (checked).
        body: the OIP JSON body.
        idempotency_key: the request's key (checked).
        now_wall: epoch seconds for the Date header; now by default.
        authorization: an Authorization value (a one-time PrivateToken), sent inside.
    """
    headers = [
        (b"content-type", _JSON_BYTES),
        (b"accept", _JSON_BYTES),
        (b"date", _http_date(int(time.time() if now_wall is None else now_wall))),
        (b"idempotency-key", idempotency_key.encode()),
    ]
    if authorization is not None:
        headers.append((b"authorization", authorization.encode("latin-1")))
    return BinaryRequest(
        method="POST",
        scheme="https",
        authority=endpoint.authority,
        path=f"/v2/models/{model}/infer",
        headers=headers,
        content=body,
    )


@lru_cache(maxsize=4)
def _http_date(epoch_s: int) -> bytes:
    # Whole seconds only; one formatting per second is enough.
    return format_http_date(epoch_s).encode()


def _outer_headers(endpoint: CloudEndpoint, extra: Mapping[str, str]) -> dict[str, str]:
    headers = dict(endpoint.headers)
    headers.update(extra)
    return headers


# -- parsing -----------------------------------------------------------------------------


def _media_type(headers: Mapping[str, str]) -> str:
    return headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _problem(headers: Mapping[str, str], content: bytes) -> tuple[str | None, str]:
    """(problem type, short readable detail) from a problem+json or OIP error body."""
    media = _media_type(headers)
    if media not in (_PROBLEM_JSON, _JSON) or not content:
        return None, ""
    try:
        obj = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None, ""
    if not isinstance(obj, dict):
        return None, ""
    problem_type = obj.get("type") if media == _PROBLEM_JSON else None
    words = obj.get("detail") or obj.get("title") or obj.get("error") or ""
    text = str(words)[:_MAX_DETAIL]
    return (problem_type if isinstance(problem_type, str) else None), text


def gateway_error(
    reply: HttpReply | Any, *, where: str, endpoint: CloudEndpoint, now_wall: float | None = None
) -> GatewayError:
    """A GatewayError for an error status (outer reply, or inner after decapsulation).

    Args:
        reply: an HttpReply or a BinaryResponse (anything with status, headers, content).
        where: who answered, for the message ("gateway", "upstream (inside OHTTP)", ...).
        endpoint: the endpoint, named in the message.
        now_wall: epoch seconds to measure an HTTP-date Retry-After from.
    """
    headers = _header_map(reply.headers)
    problem_type, detail = _problem(headers, reply.content)
    retry_after = parse_retry_after(headers.get("retry-after"), now=now_wall)
    status = int(reply.status)
    hint = _status_hint(status, problem_type)
    message = f"{where} of {endpoint.name} answered HTTP {status}"
    if detail:
        message += f": {detail}"
    if retry_after is not None:
        message += f" (Retry-After {retry_after:g}s)"
    return GatewayError(
        f"{message}. {hint}",
        status=status,
        problem_type=problem_type,
        retry_after_s=retry_after,
    )


def _status_hint(status: int, problem_type: str | None) -> str:
    if problem_type == OHTTP_KEY_PROBLEM_TYPE:
        return "The gateway does not hold the key used; fetch its current key configuration."
    if status in (401, 403):
        return "Check the endpoint's credentials (CloudEndpoint.headers)."
    if status == 404:
        return "Check the URL and that the model is deployed under that name."
    if status in (408, 429, 503):
        return "The request was not processed; retry later."
    if 400 <= status < 500:
        return "The request was refused; fix it before sending again."
    return "The server failed; retry if the request is idempotent."


def _header_map(headers: Any) -> dict[str, str]:
    if isinstance(headers, Mapping):
        return {str(k).lower(): str(v) for k, v in headers.items()}
    # Binary HTTP fields: (bytes name, bytes value) pairs, names already lowercase.
    out: dict[str, str] = {}
    for name, value in headers:
        out.setdefault(name.decode("latin-1"), value.decode("latin-1"))
    return out


def _decode_outputs(content: bytes, *, where: str) -> InferPayload:
    try:
        return decode_infer_response(content)
    except EncodingError as exc:
        raise EncodingError(f"{where}: malformed inference response: {exc}") from None


def parse_plain_reply(
    reply: HttpReply, endpoint: CloudEndpoint, *, now_wall: float | None = None
) -> InferPayload:
    """The outputs of a plain OIP reply, or GatewayError / EncodingError.

    Args:
        reply: the server's reply.
        endpoint: the endpoint that answered.
        now_wall: epoch seconds to measure an HTTP-date Retry-After from.
    """
    if not 200 <= reply.status <= 299:
        raise gateway_error(reply, where="server", endpoint=endpoint, now_wall=now_wall)
    return _decode_outputs(reply.content, where=f"server {endpoint.name}")


def parse_ohttp_reply(
    reply: HttpReply,
    context: ClientResponseContext,
    endpoint: CloudEndpoint,
    *,
    now_wall: float | None = None,
) -> InferPayload:
    """Decapsulate an OHTTP reply and return the outputs, or a typed error.

    Outer error statuses (the gateway refused before decrypting) and inner ones (the
    upstream, inside the encryption) both become GatewayError; a body that does not
    decrypt is CryptoError; a malformed one EncodingError.

    Args:
        reply: the outer HTTP reply.
        context: the response context of the request that was sent.
        endpoint: the endpoint that answered.
        now_wall: epoch seconds to measure an HTTP-date Retry-After from.
    """
    if not 200 <= reply.status <= 299:
        where = "relay/gateway" if endpoint.relay_url else "gateway"
        raise gateway_error(reply, where=where, endpoint=endpoint, now_wall=now_wall)
    media = _media_type(reply.headers)
    if media != MEDIA_TYPE_RESPONSE:
        raise EncodingError(
            f"gateway {endpoint.name} answered HTTP {reply.status} with content-type "
            f"{media or '(none)'!r}, expected {MEDIA_TYPE_RESPONSE}; is the URL an OHTTP gateway?"
        )
    plain = context.decapsulate_response(reply.content)  # CryptoError / EncodingError
    inner = decode_response(plain)  # EncodingError
    if not 200 <= inner.status <= 299:
        error = gateway_error(
            inner, where="upstream (inside OHTTP)", endpoint=endpoint, now_wall=now_wall
        )
        if error.problem_type == PROBLEM_DATE:
            # The gateway's Date came inside the authenticated answer: trustworthy.
            server_date = _header_map(inner.headers).get("date")
            raise ClockSkewError(
                f"{error} This device's clock disagrees with the gateway's; set it (NTP).",
                status=error.status,
                problem_type=error.problem_type,
                server_time=parse_http_date(server_date) if server_date else None,
            )
        if error.problem_type == PROBLEM_REPLAY_WINDOW_NARROWED:
            raise ReplayWindowNarrowedError(
                f"{error} The gateway is under a flood; a fresh request is retried.",
                status=error.status,
                problem_type=error.problem_type,
                retry_after_s=error.retry_after_s,
            )
        raise error
    return _decode_outputs(inner.content, where=f"upstream of {endpoint.name}")


# -- the flow ----------------------------------------------------------------------------


def infer_flow(
    endpoint: CloudEndpoint,
    model: str,
    body: bytes,
    *,
    idempotency_key: str,
    keys: Any,
    now_wall: Any,
) -> Generator[HttpCall, HttpReply, InferPayload]:
    """One attempt at one endpoint: yields HTTP calls, returns the decoded outputs.

    OHTTP: get the key (cached, or fetched and pin-checked), encapsulate afresh, POST; on
    a 400 ohttp-key problem refetch ONCE and resend, and if the fresh key is refused too
    raise UnknownKeyIdError (never a loop).

    Args:
        endpoint: where to send.
        model: the model name (checked).
        body: the OIP JSON body.
        idempotency_key: the request's key (checked).
        keys: the endpoint's `KeyCache` (see `_keys_client`).
        now_wall: a callable giving epoch seconds (Date header, Retry-After dates).
    """
    if endpoint.mode == "plain":
        reply = yield HttpCall(
            "POST",
            endpoint.infer_url(model),
            _outer_headers(
                endpoint,
                {"content-type": _JSON, "accept": _JSON, "idempotency-key": idempotency_key},
            ),
            body,
        )
        return parse_plain_reply(reply, endpoint, now_wall=now_wall())

    def corrected_wall() -> float:
        return float(now_wall()) + float(keys.clock_offset_s)

    key: KeyConfig = yield from keys.key_flow()
    try:
        return (
            yield from _ohttp_exchange(endpoint, key, model, body, idempotency_key, corrected_wall)
        )
    except ClockSkewError as exc:
        if exc.server_time is None or keys.clock_offset_s:
            raise  # no time to learn from, or already corrected: the clock must be set
        # A device without a hardware clock (a Raspberry Pi at boot) can be hours off:
        # learn the offset from the gateway's authenticated Date and try once more.
        keys.clock_offset_s = exc.server_time - float(now_wall())
        logger.warning(
            "clock differs from gateway %s by %.0f s; correcting Dates sent to it",
            endpoint.name,
            keys.clock_offset_s,
        )
        return (
            yield from _ohttp_exchange(endpoint, key, model, body, idempotency_key, corrected_wall)
        )
    except GatewayError as exc:
        if exc.problem_type != OHTTP_KEY_PROBLEM_TYPE:
            raise
        if endpoint.relay_url is not None:
            # Refetching from the gateway would show it our address, which the relay hides.
            raise UnknownKeyIdError(
                f"gateway {endpoint.name} no longer accepts the pinned key id {key.key_id}; "
                "with a relay the client never fetches keys itself: pin the gateway's new "
                "key configuration (CloudEndpoint(key_config=...))"
            ) from exc
        logger.info(
            "gateway %s refused key id %d as unknown; refetching", endpoint.name, key.key_id
        )
        keys.invalidate(key)
        fresh: KeyConfig = yield from keys.key_flow(force=True)
    try:
        return (
            yield from _ohttp_exchange(
                endpoint, fresh, model, body, idempotency_key, corrected_wall
            )
        )
    except GatewayError as exc:
        if exc.problem_type != OHTTP_KEY_PROBLEM_TYPE:
            raise
        keys.invalidate(fresh)
        raise UnknownKeyIdError(
            f"gateway {endpoint.name} refused key id {fresh.key_id} right after publishing it; "
            "its key configuration is inconsistent (a gateway replica with other keys?). "
            "Not retried; check the gateway's keys."
        ) from exc


def _ohttp_exchange(
    endpoint: CloudEndpoint,
    key: KeyConfig,
    model: str,
    body: bytes,
    idempotency_key: str,
    now_wall: Any,
) -> Generator[HttpCall, HttpReply, InferPayload]:
    authorization = None
    if endpoint.private_tokens is not None:
        # A fresh token per attempt: each is good once, and tokens are unlinkable.
        authorization = endpoint.private_tokens.authorization(key.encode())
    inner = build_inner_request(
        endpoint,
        model,
        body,
        idempotency_key=idempotency_key,
        now_wall=now_wall(),
        authorization=authorization,
    ).encode()
    # A fresh HPKE context per send: a retry must not be linkable to its first attempt.
    enc_request, context = encapsulate_request(key, inner)
    reply = yield HttpCall(
        "POST",
        endpoint.post_url,
        _outer_headers(
            endpoint, {"content-type": MEDIA_TYPE_REQUEST, "accept": MEDIA_TYPE_RESPONSE}
        ),
        enc_request,
        while_waiting=partial(prefetch_encapsulation, key),
    )
    return parse_ohttp_reply(reply, context, endpoint, now_wall=now_wall())


def remaining_s(deadline: float | None, now: float) -> float | None:
    """Seconds left before `deadline` (same clock as `now`), or None without one.

    Args:
        deadline: absolute clock time, or None.
        now: the clock's time.
    """
    return None if deadline is None else deadline - now


def absolute_deadline(deadline_s: float | None, now: float) -> float | None:
    """Turn a relative `deadline_s` into clock time, checking it.

    Args:
        deadline_s: seconds from now, or None.
        now: the clock's time.
    """
    if deadline_s is None:
        return None
    if isinstance(deadline_s, bool) or not isinstance(deadline_s, (int, float)):
        raise ConfigurationError(f"deadline_s must be a number of seconds, got {deadline_s!r}")
    if math.isnan(deadline_s):
        raise ConfigurationError("deadline_s is NaN; pass seconds from now, or None")
    return now + float(deadline_s)
