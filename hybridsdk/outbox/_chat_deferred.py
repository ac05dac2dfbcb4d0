"""Deferred generations in the outbox: the chat request, and its answer once delivered.

A record's payload is ``{"v": 1, "kind": "chat", "request": <OpenAI chat body>}`` with the
messages already privacy-scrubbed (what is stored is what may leave the device). The drain
sends it whole through the same endpoint walk as `client.generate` (`_generate_cloud`),
with the record's key as ``Idempotency-Key`` inside the encryption, and stores the answer
as a ``chat.completion`` JSON (text and usage). The gateway's chat route keeps whole
answers per key, so a redelivery after a crash between send and commit gets the kept
answer instead of generating again (effectively once, as for OIP records).
"""

from __future__ import annotations

import json
from typing import Any

from hybridsdk._exceptions import UndeliverableRecordError

__all__ = [
    "answer_model",
    "decode_chat_answer",
    "decode_deferred_chat",
    "encode_deferred_chat",
    "is_chat",
    "was_scrubbed",
]

_VERSION = 1


def encode_deferred_chat(body: dict[str, Any], *, scrubbed: bool = False) -> bytes:
    """The outbox payload for a chat request `body`.

    Args:
        body: the chat request, privacy-scrubbed.
        scrubbed: its messages carry pseudonym placeholders (their values are not stored:
            only the process that stored it can put them back in the answer).
    """
    envelope: dict[str, Any] = {"v": _VERSION, "kind": "chat", "request": body}
    if scrubbed:
        envelope["pseudonymised"] = True
    return json.dumps(envelope, separators=(",", ":")).encode()


def was_scrubbed(payload: bytes) -> bool:
    """Whether a deferred generation's messages left with pseudonym placeholders."""
    try:
        envelope = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(envelope, dict) and envelope.get("pseudonymised") is True


def is_chat(payload: bytes) -> bool:
    """Whether an outbox payload is a deferred generation."""
    try:
        envelope = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(envelope, dict) and envelope.get("kind") == "chat"


def decode_deferred_chat(payload: bytes) -> dict[str, Any]:
    """The chat body of a deferred generation.

    Raises:
        UndeliverableRecordError: not a version-1 deferred generation.
    """
    try:
        envelope = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        raise UndeliverableRecordError("outbox payload is not JSON") from None
    body = envelope.get("request") if isinstance(envelope, dict) else None
    if envelope.get("v") != _VERSION or not isinstance(body, dict):
        raise UndeliverableRecordError("outbox payload is not a version-1 deferred generation")
    return body


def answer_model(result: bytes) -> str | None:
    """The model a stored answer names (None when it names none)."""
    model = json.loads(result).get("model")
    return model if isinstance(model, str) and model else None


def decode_chat_answer(result: bytes) -> tuple[str, str, tuple[int, int] | None]:
    """(text, finish_reason, (prompt_tokens, completion_tokens) or None when the upstream
    did not count them) of a stored answer."""
    answer = json.loads(result)
    choice = answer["choices"][0]
    usage = answer.get("usage")
    counts = (
        (int(usage["prompt_tokens"]), int(usage["completion_tokens"]))
        if isinstance(usage, dict)
        else None
    )
    return choice["message"]["content"], choice.get("finish_reason") or "stop", counts
