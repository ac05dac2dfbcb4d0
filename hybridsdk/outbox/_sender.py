"""Deferred cloud calls: how they are stored in the outbox and sent when the cloud is back.

A record's payload is a small JSON envelope around the Open Inference Protocol request body
(already privacy-scrubbed: what is stored is exactly what may leave the device). The record's
idempotency key is the request's, and every send carries it inside the encrypted message, so
a redelivery after a crash is answered from the gateway's idempotency window, not run twice.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

import numpy as np

from hybridsdk._exceptions import EncodingError, UndeliverableRecordError
from hybridsdk.outbox._chat_deferred import is_chat
from hybridsdk.outbox._store import OutboxRecord
from hybridsdk.wire._oip import (
    decode_infer_request,
    decode_infer_response,
    encode_infer_request,
    encode_infer_response,
)

__all__ = [
    "cloud_sender",
    "decode_deferred",
    "decode_result",
    "encode_deferred",
    "make_outbox_sender",
    "was_pseudonymised",
]

_VERSION = 1


class _Infers(Protocol):
    # `CloudClient.infer`, or `AsyncCloudClient.infer` (which returns an awaitable).
    def infer(
        self,
        model: str,
        inputs: Mapping[str, Any],
        *,
        idempotency_key: str | None = ...,
        deadline_s: float | None = ...,
    ) -> Any: ...


def encode_deferred(
    model: str, inputs: Mapping[str, np.ndarray], *, pseudonymised: bool = False
) -> bytes:
    """The outbox payload for a cloud call of `model` on `inputs`.

    Args:
        model: the cloud model.
        inputs: the inputs, privacy-scrubbed.
        pseudonymised: its text carries pseudonym placeholders (their values are not
            stored: only the process that stored it can put them back in the answer).
    """
    body = json.loads(encode_infer_request(inputs))
    envelope: dict[str, Any] = {"v": _VERSION, "model": model, "request": body}
    if pseudonymised:
        envelope["pseudonymised"] = True
    return json.dumps(envelope, separators=(",", ":")).encode()


def was_pseudonymised(payload: bytes) -> bool:
    """Whether a deferred call's text left with pseudonym placeholders."""
    try:
        envelope = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(envelope, dict) and envelope.get("pseudonymised") is True


def decode_deferred(payload: bytes) -> tuple[str, dict[str, np.ndarray]]:
    """(model, inputs) from an outbox payload.

    Raises:
        UndeliverableRecordError: the payload is not a deferred call (never sendable).
    """
    try:
        envelope = json.loads(payload)
        if not isinstance(envelope, dict) or envelope.get("v") != _VERSION:
            raise EncodingError("not a version-1 deferred call")
        model = envelope.get("model")
        if not isinstance(model, str) or not model:
            raise EncodingError("no model name")
        request = decode_infer_request(json.dumps(envelope.get("request")))
    except (ValueError, UnicodeDecodeError) as exc:  # EncodingError is a ValueError
        raise UndeliverableRecordError(f"outbox payload cannot be sent: {exc}") from None
    return model, request.tensors


def decode_result(result: bytes) -> dict[str, np.ndarray]:
    """The outputs stored for a delivered record."""
    return decode_infer_response(result).tensors


def cloud_sender(
    cloud: _Infers,
    *,
    timeout_s: float = 30.0,
    chat: Callable[[OutboxRecord], bytes] | None = None,
) -> Callable[[OutboxRecord], bytes]:
    """A `send` for `drain()`: delivers one record through a cloud client.

    Args:
        cloud: a `CloudClient` (anything with its `infer`).
        timeout_s: the deadline of each delivery attempt.
        chat: delivers deferred generations (`_chat_deferred`); None: they are refused.

    It charges nothing: a budget is charged once the delivery is committed (`drain`'s
    `on_delivered`), since a send whose commit fails is sent again.
    """

    def send(record: OutboxRecord) -> bytes:
        if chat is not None and is_chat(record.payload):
            return chat(record)
        model, inputs = decode_deferred(record.payload)
        answer = cloud.infer(
            model, inputs, idempotency_key=record.idempotency_key, deadline_s=timeout_s
        )
        return encode_infer_response(answer.outputs, model_name=answer.model)

    return send


def async_cloud_sender(
    cloud: _Infers,
    *,
    timeout_s: float = 30.0,
    chat: Callable[[OutboxRecord], Awaitable[bytes]] | None = None,
) -> Callable[[OutboxRecord], Awaitable[bytes]]:
    """`cloud_sender` for `drain_async()` and an `AsyncCloudClient`."""

    async def send(record: OutboxRecord) -> bytes:
        if chat is not None and is_chat(record.payload):
            return await chat(record)
        model, inputs = decode_deferred(record.payload)
        answer = await cloud.infer(
            model, inputs, idempotency_key=record.idempotency_key, deadline_s=timeout_s
        )
        return encode_infer_response(answer.outputs, model_name=answer.model)

    return send


def make_outbox_sender(url: str, *, key_pin: str | None = None) -> Callable[[OutboxRecord], bytes]:
    """A sender for `hybridsdk outbox drain --url URL [--key-pin SHA256]`.

    Args:
        url: the OHTTP gateway; its keys are fetched (and checked against `key_pin`).
        key_pin: the gateway key's SHA-256 fingerprint.
    """
    from hybridsdk.cloud._client import CloudClient
    from hybridsdk.cloud._endpoint import CloudEndpoint

    endpoint = CloudEndpoint(url=url, key_pin_sha256=key_pin or ())
    return cloud_sender(CloudClient(endpoint))
