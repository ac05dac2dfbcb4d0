"""OpenAI-compatible chat completions: request checks, response and SSE chunk shapes.

Shared by the client (`client.generate`), the gateway's ``/v1/chat/completions`` route and
`hybridsdk llm-server`. Only the fields those use are read; of the rest, only the OpenAI
fields in `FORWARDED_FIELDS` (ones that cannot make an upstream do more work than
``max_tokens`` allows) are passed on to an upstream; any other field is dropped, so an
upstream-specific length or multiplier (``n_predict``, ``best_of``...) cannot get past the
cap. ``max_completion_tokens`` is checked like ``max_tokens``; ``n`` must be 1.

Server-Sent Events: each event is ``data: <json>\\n\\n``; the stream ends with
``data: [DONE]``. Comment lines (``:``...) are ignored, which is what the chunk padding
(`hybridsdk.wire._bhttp_stream.pad_sse`) relies on.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from hybridsdk._exceptions import InputValidationError

__all__ = [
    "CHAT_PATH",
    "FORWARDED_FIELDS",
    "SSE_DONE",
    "ChatRequest",
    "SseParser",
    "chat_chunk",
    "chat_completion",
    "check_messages",
    "message_text",
    "parse_chat_request",
    "sse_event",
]

CHAT_PATH = "/v1/chat/completions"
SSE_DONE = b"data: [DONE]\n\n"
_ROLES = frozenset({"system", "user", "assistant"})
#: OpenAI chat fields passed on to an upstream besides the ones `ChatRequest` holds. None of
#: them changes how many tokens are generated.
FORWARDED_FIELDS = frozenset(
    {
        "frequency_penalty",
        "presence_penalty",
        "top_p",
        "logit_bias",
        "logprobs",
        "top_logprobs",
        "response_format",
        "stream_options",
        "user",
    }
)


def check_messages(messages: object) -> list[dict[str, Any]]:
    """Validate OpenAI chat messages; returns them as a list of dicts.

    Raises:
        InputValidationError: not a non-empty list of {role, content} with a known role
            and string (or text-part list) content.
    """
    if not isinstance(messages, Sequence) or isinstance(messages, (str, bytes)) or not messages:
        raise InputValidationError(
            'messages must be a non-empty list like [{"role": "user", "content": "Hi"}]'
        )
    out: list[dict[str, Any]] = []
    for i, message in enumerate(messages):
        if not isinstance(message, Mapping):
            raise InputValidationError(f"messages[{i}] must be an object with role and content")
        role = message.get("role")
        if role not in _ROLES:
            raise InputValidationError(
                f"messages[{i}].role is {role!r}; use one of {sorted(_ROLES)}"
            )
        content = message.get("content")
        if isinstance(content, list):
            for j, part in enumerate(content):
                if not (
                    isinstance(part, Mapping)
                    and part.get("type") == "text"
                    and isinstance(part.get("text"), str)
                ):
                    raise InputValidationError(
                        f'messages[{i}].content[{j}] must be {{"type": "text", "text": "..."}}'
                    )
        elif not isinstance(content, str):
            raise InputValidationError(f"messages[{i}].content must be a string")
        out.append(dict(message))
    return out


def message_text(messages: Sequence[Mapping[str, Any]]) -> str:
    """Every message's text joined by newlines (what privacy detectors scan)."""
    parts: list[str] = []
    for message in messages:
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts += [p.get("text", "") for p in content if isinstance(p, Mapping)]
    return "\n".join(parts)


@dataclass
class ChatRequest:
    """The fields of a chat completion request the SDK acts on.

    Args:
        messages: the chat messages.
        max_tokens: most tokens to generate.
        stream: answer with SSE chunks.
        stop: stop sequences.
        temperature: sampling temperature (0: greedy).
        seed: sampler seed.
        model: the model name asked for (may be empty).
        extra: the other `FORWARDED_FIELDS` given, passed on untouched.
    """

    messages: list[dict[str, Any]]
    max_tokens: int
    stream: bool = False
    stop: list[str] = field(default_factory=list)
    temperature: float = 0.0
    seed: int | None = None
    model: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The request as OpenAI JSON (``max_tokens`` always set)."""
        body: dict[str, Any] = dict(self.extra)
        body.update(messages=self.messages, max_tokens=self.max_tokens, stream=self.stream)
        if self.model:
            body["model"] = self.model
        if self.stop:
            body["stop"] = self.stop
        body["temperature"] = self.temperature
        if self.seed is not None:
            body["seed"] = self.seed
        return body


def parse_chat_request(body: bytes, *, max_tokens_cap: int) -> ChatRequest:
    """Parse and check a ``/v1/chat/completions`` body.

    Args:
        body: the JSON request.
        max_tokens_cap: the largest ``max_tokens`` allowed; also the default.

    Raises:
        InputValidationError: not JSON, bad messages, or a field of the wrong type or range
            (``max_tokens`` or ``max_completion_tokens`` above the cap, ``n`` or ``best_of``
            other than 1 included).
    """
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise InputValidationError("the chat request is not valid JSON") from None
    if not isinstance(data, dict):
        raise InputValidationError("the chat request must be a JSON object")
    data = dict(data)
    messages = check_messages(data.pop("messages", None))
    max_tokens = max_tokens_cap
    for name in ("max_tokens", "max_completion_tokens"):
        value = data.pop(name, None)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InputValidationError(f"{name} must be a positive integer, got {value!r}")
        if value > max_tokens_cap:
            raise InputValidationError(
                f"{name}={value} is over this server's cap of {max_tokens_cap}; ask for less"
            )
        max_tokens = min(max_tokens, value)
    for name in ("n", "best_of"):
        count = data.pop(name, 1)
        if count != 1 or isinstance(count, bool):
            raise InputValidationError(f"{name} must be 1 here (one answer per request)")
    stream = data.pop("stream", False)
    if not isinstance(stream, bool):
        raise InputValidationError(f"stream must be true or false, got {stream!r}")
    stop = data.pop("stop", None)
    stops = [stop] if isinstance(stop, str) else stop or []
    if not isinstance(stops, list) or len(stops) > 4 or not all(isinstance(s, str) for s in stops):
        raise InputValidationError("stop must be a string or a list of at most 4 strings")
    temperature = data.pop("temperature", 0.0)
    if isinstance(temperature, bool) or not isinstance(temperature, (int, float)):
        raise InputValidationError(f"temperature must be a number, got {temperature!r}")
    if not 0.0 <= float(temperature) <= 2.0:
        raise InputValidationError(f"temperature must be in 0..2, got {temperature}")
    seed = data.pop("seed", None)
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        raise InputValidationError(f"seed must be an integer, got {seed!r}")
    model = data.pop("model", "")
    if not isinstance(model, str):
        raise InputValidationError("model must be a string")
    extra = {k: v for k, v in data.items() if k in FORWARDED_FIELDS}
    return ChatRequest(
        messages, max_tokens, stream, stops, float(temperature), seed, model, extra=extra
    )


def sse_event(obj: Mapping[str, Any]) -> bytes:
    """One ``data:`` event for `obj` (compact JSON)."""
    return b"data: " + json.dumps(obj, separators=(",", ":")).encode() + b"\n\n"


def _usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def chat_chunk(
    completion_id: str,
    model: str,
    *,
    content: str | None = None,
    finish_reason: str | None = None,
    usage: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """A ``chat.completion.chunk`` object (`usage`: (prompt, completion) tokens)."""
    delta: dict[str, Any] = {} if content is None else {"content": content}
    chunk: dict[str, Any] = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }
    if usage is not None:
        chunk["usage"] = _usage(*usage)
    return chunk


def chat_completion(
    completion_id: str,
    model: str,
    *,
    text: str,
    finish_reason: str,
    prompt_tokens: int,
    completion_tokens: int,
) -> dict[str, Any]:
    """A whole ``chat.completion`` object with usage."""
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": finish_reason,
            }
        ],
        "usage": _usage(prompt_tokens, completion_tokens),
    }


class SseParser:
    """Splits a byte stream of Server-Sent Events into the ``data`` of each event.

    Comment lines (padding) are skipped; ``[DONE]`` is returned like any other data.
    """

    def __init__(self, max_event_bytes: int = 1 << 20) -> None:
        self._buf = b""
        self._data: list[bytes] = []
        self._max = max_event_bytes

    def feed(self, data: bytes) -> list[str]:
        """Take the next bytes; return the data of each event they complete."""
        self._buf += data
        out: list[str] = []
        while True:
            newline = self._buf.find(b"\n")
            if newline < 0:
                if len(self._buf) > self._max:
                    raise InputValidationError("an SSE line is over the size limit")
                return out
            line, self._buf = self._buf[:newline].rstrip(b"\r"), self._buf[newline + 1 :]
            if not line:
                if self._data:
                    out.append(b"\n".join(self._data).decode("utf-8", "replace"))
                    self._data = []
            elif line.startswith(b":"):
                continue
            elif line.startswith(b"data:"):
                value = line[5:]
                self._data.append(value[1:] if value.startswith(b" ") else value)
