"""The cloud side of `client.generate`: one chat completion to a gateway, streamed.

`ChatExchange` is sans-I/O: it builds the outer HTTP request (chunked OHTTP to
``/.well-known/ohttp-gateway``, or plain ``/v1/chat/completions`` for ``mode="plain"``) and
turns the response bytes into text pieces: chunked-OHTTP reader -> streamed Binary HTTP ->
SSE -> OpenAI deltas, keeping ``usage`` and ``finish_reason``. `SyncChatIO` and
`AsyncChatIO` only move bytes (httpx), so the sync and async clients share everything else.

The request's deadline (`ChatExchange.deadline`, on `time.monotonic`) bounds the whole
stream: connect/read timeouts are capped by the time left, every blocking socket read is
clamped to it (sync: `deadline_transport`; async: `anyio.fail_after`), and a stream still
running when it passes raises `DeadlineExceededError` so the caller can let the device
continue.

A stream that ends without its final chunk (encrypted) or without ``data: [DONE]`` (plain)
raises `TransportError`: the caller fails over mid-stream instead of taking a short answer
for a whole one. What arrives inside the encryption is still the upstream's word: an event
that is not a chat chunk, or a delta past the request's ``max_tokens`` (each is at least a
token: an upstream that never ends), raises `EncodingError` (after the pieces before it),
and a
``usage`` that cannot be true (a count missing, negative or not an integer, a completion
over the request's ``max_tokens``, a prompt far over its size) is dropped, so the caller
counts with the local tokenizer.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeGuard

import anyio
import httpx

from hybridsdk._exceptions import (
    DeadlineExceededError,
    EncodingError,
    GatewayError,
    HybridSDKError,
    KeyConfigError,
    KeyPinMismatchError,
    TransportError,
)
from hybridsdk.cloud._chat_faults import chat_gateway_error
from hybridsdk.cloud._deadline import deadline_scope, deadline_transport
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._httpx_errors import map_httpx_error
from hybridsdk.cloud._messages import HttpReply, call_timeouts
from hybridsdk.wire._bhttp import BinaryRequest
from hybridsdk.wire._bhttp_stream import StreamingResponseDecoder
from hybridsdk.wire._chunked_ohttp import (
    MEDIA_TYPE_CHUNKED_REQUEST,
    ChunkedRequestSender,
    TruncatedError,
)
from hybridsdk.wire._http_date import format_http_date
from hybridsdk.wire._keyconfig import (
    KeyConfig,
    key_config_fingerprint,
    parse_key_config,
    parse_key_configs,
)
from hybridsdk.wire._openai_chat import CHAT_PATH, SseParser, chat_completion

__all__ = ["AsyncChatIO", "ChatExchange", "SyncChatIO", "completion_bytes"]

logger = logging.getLogger("hybridsdk.cloud")

_GATEWAY_PATH = "/.well-known/ohttp-gateway"
_MAX_ERROR_BODY = 4096  # of an error answer: a problem is small


@dataclass
class ChatExchange:
    """One chat completion request and the decoding of its streamed answer.

    Args:
        endpoint: where to send it.
        body: the OpenAI request JSON (``stream`` is forced true).
        key: the gateway key (ohttp mode).
        incremental: ask for per-event chunks (False behind a buffering relay).
        deadline: when the whole exchange must end (`time.monotonic`), or None.
        stream: ask for Server-Sent Events (False: one JSON answer, which the gateway
            deduplicates by `idempotency_key`; the outbox drain uses it).
        idempotency_key: sent as ``Idempotency-Key`` (inside the encryption).
    """

    endpoint: CloudEndpoint
    body: dict[str, Any]
    key: KeyConfig | None = None
    incremental: bool = True
    deadline: float | None = None
    stream: bool = True
    idempotency_key: str | None = None
    usage: tuple[int, int] | None = None
    finish_reason: str | None = None
    model: str | None = None
    _sse: SseParser = field(default_factory=SseParser)
    _reader: Any = None
    _decoder: StreamingResponseDecoder = field(default_factory=StreamingResponseDecoder)
    _done: bool = False
    _error_body: bytes = b""
    _whole: bytes = b""
    _failed: HybridSDKError | None = None
    _pieces: int = 0
    _max_pieces: int = 0  # set from the body's max_tokens on first use

    def _piece_cap(self) -> int:
        if not self._max_pieces:
            cap = self.body.get("max_tokens")
            self._max_pieces = cap if isinstance(cap, int) and cap > 0 else 1 << 62
        return self._max_pieces

    def request(self) -> tuple[str, dict[str, str], bytes]:
        """(url, headers, content) of the outer request."""
        body = json.dumps({**self.body, "stream": self.stream}).encode()
        ep = self.endpoint
        extra = [] if self.idempotency_key is None else [("idempotency-key", self.idempotency_key)]
        if ep.mode == "plain":
            headers = {"content-type": "application/json", **dict(ep.headers), **dict(extra)}
            return ep.url.rstrip("/") + CHAT_PATH, headers, body
        if self.key is None:
            raise EncodingError("an encrypted chat request needs the gateway's key")
        inner = BinaryRequest(
            "POST",
            path=CHAT_PATH,
            headers=[
                (b"content-type", b"application/json"),
                (b"date", format_http_date(time.time()).encode()),
                *[(k.encode(), v.encode()) for k, v in extra],
            ],
            content=body,
        ).encode()
        sender = ChunkedRequestSender(self.key)
        self._reader = sender.response_reader()
        headers = {"content-type": MEDIA_TYPE_CHUNKED_REQUEST, **dict(ep.headers)}
        if self.incremental:
            headers["incremental"] = "?1"
        url = ep.relay_url or ep.url.rstrip("/") + _GATEWAY_PATH
        return url, headers, sender.encapsulate(inner)

    def left_s(self) -> float | None:
        """Seconds left before the deadline (None without one); `DeadlineExceededError`
        once it has passed."""
        if self.deadline is None:
            return None
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise DeadlineExceededError(
                f"the request's deadline passed while {self.endpoint.name} was answering; "
                "give it a longer deadline_ms, or let the device answer"
            )
        return left

    def outer_error(self, status: int, headers: Mapping[str, str], content: bytes) -> GatewayError:
        """The typed error for an outer error status (a problem from the gateway or relay,
        or from the server itself in plain mode)."""
        where = "relay/gateway" if self.endpoint.relay_url else "gateway"
        reply = HttpReply(status=status, headers=headers, content=content)
        return chat_gateway_error(reply, where=where, endpoint=self.endpoint)

    def feed(self, raw: bytes) -> list[str]:
        """Take response bytes; return the text pieces they complete.

        When the bytes also hold something broken (a bad event, a tampered chunk), the
        pieces decoded before it are returned and the error is raised by the next call, so
        the caller keeps every piece that arrived intact."""
        if self._failed is not None:
            raise self._failed
        out: list[str] = []
        try:
            if self._reader is None:
                self._events(raw, out)
            else:
                for plain in self._reader.chunks(raw):
                    self._inner(plain, out)
        except HybridSDKError as exc:
            if not out:
                raise
            self._failed = exc
        return out

    def finish(self) -> list[str]:
        """The body ended: the last pieces, or `TransportError` when it was cut short."""
        if self._failed is not None:
            raise self._failed
        out: list[str] = []
        if self._reader is not None:
            cut = None
            try:
                last = self._reader.finish()
            except TruncatedError as exc:
                cut = str(exc)
            else:
                self._inner(last, out)  # a final chunk that fails to decrypt: CryptoError
            if cut is not None:
                # Raised outside the handler: a cut stream (the upstream died) is a transport
                # failure, and must not carry the CryptoError that makes a security event.
                raise TransportError(f"the encrypted stream was cut: {cut}")
        if not self.stream:
            return out + self._completion()
        if not self._done:
            raise TransportError("the chat stream ended before its last event")
        return out

    def _completion(self) -> list[str]:
        """The text of a whole ``chat.completion`` answer (keeping usage and model)."""
        try:
            answer = json.loads(self._whole)
            choice = answer["choices"][0]
            text = choice["message"].get("content") or ""
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            raise EncodingError("the chat answer is not a chat.completion JSON object") from None
        if not isinstance(text, str):
            raise EncodingError("the chat answer's content is not text")
        self._keep_meta(answer, choice)
        self._done = True
        return [text] if text else []

    def _inner(self, plain: bytes, out: list[str]) -> None:
        pieces = self._decoder.feed(plain)
        head = self._decoder.head
        if head is not None and head.status != 200:
            self._error_body += b"".join(pieces)
            if self._decoder.complete:
                reply = HttpReply(head.status, _fields(head.headers), bytes(self._error_body))
                where = "upstream (inside OHTTP)"
                raise chat_gateway_error(reply, where=where, endpoint=self.endpoint)
            return
        self._events(b"".join(pieces), out)

    def _events(self, data: bytes, out: list[str]) -> None:
        if not self.stream:
            self._whole += data
            return
        for event in self._sse.feed(data):
            if event == "[DONE]":
                self._done = True
                continue
            try:
                chunk = json.loads(event)
            except ValueError:
                raise EncodingError("the chat stream carried an event that is not JSON") from None
            if not isinstance(chunk, dict):
                raise EncodingError("the chat stream carried an event that is not a chat chunk")
            choices = chunk.get("choices") or ()
            if not isinstance(choices, (list, tuple)):
                raise EncodingError("the chat stream carried an event that is not a chat chunk")
            for choice in choices:
                if type(choice) is not dict:
                    raise EncodingError("the chat stream carried a choice that is not an object")
                delta = choice.get("delta")
                if type(delta) is not dict:
                    if delta is not None:
                        raise EncodingError("the chat stream carried a choice that is not a delta")
                    delta = {}
                text = delta.get("content")
                if text:
                    if type(text) is not str:
                        raise EncodingError("the chat stream carried a delta that is not text")
                    self._pieces += 1
                    if self._pieces > (self._max_pieces or self._piece_cap()):
                        # Each delta is at least one token: an upstream past max_tokens is
                        # not keeping to the request (it may never end).
                        raise EncodingError(
                            f"the chat stream sent more than max_tokens={self._max_pieces} "
                            "pieces; cut"
                        )
                    out.append(text)
                reason = choice.get("finish_reason")
                if reason and type(reason) is str:
                    self.finish_reason = reason[:40]
            model = chunk.get("model")
            if model is not None and model != self.model and type(model) is str:
                self.model = model[:200]
            usage = chunk.get("usage")
            if usage:
                self.usage = _believable_usage(usage, self.body) or self.usage

    def _keep_meta(self, answer: dict[str, Any], *choices: dict[str, Any]) -> None:
        """Keep the model, finish reason and usage of an event or answer; a usage that
        cannot be true is dropped (the caller then counts with the local tokenizer)."""
        model = answer.get("model")
        if isinstance(model, str):
            self.model = model[:200]
        for choice in choices:
            reason = choice.get("finish_reason")
            if isinstance(reason, str) and reason:
                self.finish_reason = reason[:40]
        usage = answer.get("usage")
        if usage:
            self.usage = _believable_usage(usage, self.body) or self.usage


# Room for a chat template's own tokens (role markers, a default system prompt) on top of
# one token per byte of the messages: a prompt count above that cannot be true.
_TEMPLATE_TOKENS = 4096


def _believable_usage(usage: object, body: Mapping[str, Any]) -> tuple[int, int] | None:
    """(prompt, completion) tokens from an upstream's ``usage``, or None when they cannot
    be true: a field missing or not a whole number, negative, a completion over the
    request's ``max_tokens`` or a prompt over one token per byte of its messages."""
    if not isinstance(usage, dict):
        logger.warning("chat usage ignored: not an object")
        return None
    prompt, completion = usage.get("prompt_tokens"), usage.get("completion_tokens")
    if not (_count(prompt) and _count(completion)):
        logger.warning("chat usage ignored: token counts missing, negative or not integers")
        return None
    max_tokens = body.get("max_tokens")
    prompt_bytes = len(json.dumps(body.get("messages", [])).encode())
    if (isinstance(max_tokens, int) and completion > max_tokens) or prompt > (
        prompt_bytes + _TEMPLATE_TOKENS
    ):
        logger.warning("chat usage ignored: %d prompt / %d completion tokens", prompt, completion)
        return None
    return prompt, completion


def _count(n: object) -> TypeGuard[int]:
    return isinstance(n, int) and not isinstance(n, bool) and n >= 0


def completion_bytes(exchange: ChatExchange, text: str) -> bytes:
    """A finished exchange as ``chat.completion`` JSON (what the outbox stores); without
    ``usage`` when the upstream gave none that could be true (the reader counts then)."""
    prompt, completion = exchange.usage or (0, 0)
    answer = chat_completion(
        "deferred",
        exchange.model or "",
        text=text,
        finish_reason=exchange.finish_reason or "stop",
        prompt_tokens=prompt,
        completion_tokens=completion,
    )
    if exchange.usage is None:
        del answer["usage"]
    return json.dumps(answer).encode()


def _fields(fields: Any) -> dict[str, str]:
    return {bytes(k).decode("latin-1"): bytes(v).decode("latin-1") for k, v in fields}


def _error_body(chunks: Iterable[bytes]) -> bytes:
    """At most `_MAX_ERROR_BODY` bytes of an error answer (a problem is small)."""
    body = b""
    for chunk in chunks:
        body += chunk
        if len(body) >= _MAX_ERROR_BODY:
            break
    return body[:_MAX_ERROR_BODY]


def _key_reply(endpoint: CloudEndpoint, r: httpx.Response) -> bytes:
    """The key configuration body, or the typed error of an error answer."""
    if r.status_code != 200:
        reply = HttpReply(r.status_code, r.headers, r.content[:_MAX_ERROR_BODY])
        raise chat_gateway_error(reply, where="gateway (key fetch)", endpoint=endpoint)
    return r.content


def _key_from(endpoint: CloudEndpoint, body: bytes) -> KeyConfig:
    try:
        configs = parse_key_configs(body)
    except KeyConfigError:  # a pinned single config, not a collection
        configs = [parse_key_config(body)]
    pins = getattr(endpoint, "key_pin_sha256", None)
    if pins:
        wanted = {p.split(":", 1)[-1].lower() for p in ([pins] if isinstance(pins, str) else pins)}
        for config in configs:
            if key_config_fingerprint(config).split(":", 1)[-1].lower() in wanted:
                return config
        raise KeyPinMismatchError("the gateway's key does not match the pinned fingerprint")
    return configs[0]


def _timeout(endpoint: CloudEndpoint, left_s: float | None = None) -> httpx.Timeout:
    t = call_timeouts(endpoint, left_s)
    return httpx.Timeout(connect=t.connect, read=t.read, write=t.write, pool=t.pool)


def _timed_out(exchange: ChatExchange, exc: httpx.HTTPError) -> Exception:
    """An httpx error as the SDK's: the deadline's when it has passed, else by phase
    (`ConnectError`: nothing was sent)."""
    if isinstance(exc, httpx.TimeoutException) and exchange.deadline is not None:
        try:
            exchange.left_s()
        except DeadlineExceededError as late:
            return late
    return map_httpx_error(exc, f"chat call to {exchange.endpoint.name}")


class SyncChatIO:
    """Blocking I/O for `ChatExchange` (one httpx.Client, kept open)."""

    def __init__(self, transport: httpx.BaseTransport | None = None) -> None:
        self._client = httpx.Client(
            transport=transport if transport is not None else deadline_transport(httpx.Limits())
        )
        self._keys: dict[str, KeyConfig] = {}

    def key(self, endpoint: CloudEndpoint, left_s: float | None = None) -> KeyConfig:
        """The endpoint's pinned key, or the one it publishes (cached).

        Args:
            endpoint: the gateway.
            left_s: seconds left before the request's deadline (caps the fetch).
        """
        if endpoint.key_config is not None:
            return _key_from(endpoint, endpoint.key_config)
        cached = self._keys.get(endpoint.url)
        if cached is None:
            try:
                r = self._client.get(
                    endpoint.url.rstrip("/") + _GATEWAY_PATH, timeout=_timeout(endpoint, left_s)
                )
            except httpx.HTTPError as exc:
                raise map_httpx_error(exc, f"key fetch from {endpoint.name}") from None
            cached = self._keys[endpoint.url] = _key_from(endpoint, _key_reply(endpoint, r))
        return cached

    def forget_key(self, endpoint: CloudEndpoint) -> None:
        """Drop the cached key of `endpoint` (the gateway no longer holds it)."""
        self._keys.pop(endpoint.url, None)

    def sleep(self, seconds: float) -> None:
        """Wait before a retry."""
        time.sleep(seconds)

    def open(self, exchange: ChatExchange) -> Iterator[list[str]]:
        """Send the request; iterate the text pieces as they arrive."""
        url, headers, content = exchange.request()
        timeout = _timeout(exchange.endpoint, exchange.left_s())
        try:
            with contextlib.ExitStack() as stack:
                # The deadline clamps each socket operation, only while it runs (not
                # while this generator is suspended in the caller's context).
                with deadline_scope(exchange.deadline, time.monotonic):
                    r = stack.enter_context(
                        self._client.stream(
                            "POST", url, headers=headers, content=content, timeout=timeout
                        )
                    )
                if r.status_code != 200:
                    with deadline_scope(exchange.deadline, time.monotonic):
                        content = _error_body(r.iter_bytes())
                    raise exchange.outer_error(r.status_code, r.headers, content)
                chunks = r.iter_bytes()
                while True:
                    with deadline_scope(exchange.deadline, time.monotonic):
                        raw = next(chunks, None)
                    if raw is None:
                        break
                    exchange.left_s()
                    pieces = exchange.feed(raw)
                    if pieces:
                        yield pieces
        except httpx.HTTPError as exc:
            raise _timed_out(exchange, exc) from None
        last = exchange.finish()
        if last:
            yield last

    def next_pieces(self, stream: Iterator[list[str]]) -> list[str] | None:
        """The next text pieces of `stream`, None at its end."""
        return next(stream, None)

    def close(self) -> None:
        """Close the connections."""
        self._client.close()


class AsyncChatIO:
    """The asyncio twin of `SyncChatIO`."""

    def __init__(self, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._client = httpx.AsyncClient(transport=transport)
        self._keys: dict[str, KeyConfig] = {}

    async def key(self, endpoint: CloudEndpoint, left_s: float | None = None) -> KeyConfig:
        """The endpoint's pinned key, or the one it publishes (cached).

        Args:
            endpoint: the gateway.
            left_s: seconds left before the request's deadline (caps the fetch).
        """
        if endpoint.key_config is not None:
            return _key_from(endpoint, endpoint.key_config)
        cached = self._keys.get(endpoint.url)
        if cached is None:
            try:
                r = await self._client.get(
                    endpoint.url.rstrip("/") + _GATEWAY_PATH, timeout=_timeout(endpoint, left_s)
                )
            except httpx.HTTPError as exc:
                raise map_httpx_error(exc, f"key fetch from {endpoint.name}") from None
            cached = self._keys[endpoint.url] = _key_from(endpoint, _key_reply(endpoint, r))
        return cached

    def forget_key(self, endpoint: CloudEndpoint) -> None:
        """Drop the cached key of `endpoint` (the gateway no longer holds it)."""
        self._keys.pop(endpoint.url, None)

    async def sleep(self, seconds: float) -> None:
        """Wait before a retry."""
        await anyio.sleep(seconds)

    async def open(self, exchange: ChatExchange) -> AsyncIterator[list[str]]:
        """Send the request; iterate the text pieces as they arrive."""
        url, headers, content = exchange.request()
        left = exchange.left_s()
        try:
            async with contextlib.AsyncExitStack() as stack:
                with anyio.fail_after(left):
                    r = await stack.enter_async_context(
                        self._client.stream(
                            "POST",
                            url,
                            headers=headers,
                            content=content,
                            timeout=_timeout(exchange.endpoint, left),
                        )
                    )
                if r.status_code != 200:
                    content = b""
                    # Within the deadline, as the sync twin's deadline_scope does.
                    with anyio.fail_after(exchange.left_s()):
                        async for chunk in r.aiter_bytes():
                            content += chunk
                            if len(content) >= _MAX_ERROR_BODY:
                                break
                    raise exchange.outer_error(r.status_code, r.headers, content[:_MAX_ERROR_BODY])
                chunks = r.aiter_bytes()
                while True:
                    try:
                        with anyio.fail_after(exchange.left_s()):
                            raw = await chunks.__anext__()
                    except StopAsyncIteration:
                        break
                    exchange.left_s()
                    pieces = exchange.feed(raw)
                    if pieces:
                        yield pieces
        except DeadlineExceededError:
            raise
        except TimeoutError:  # anyio's, at the deadline
            exchange.left_s()
            raise TransportError("the chat stream timed out") from None
        except httpx.HTTPError as exc:
            raise _timed_out(exchange, exc) from None
        last = exchange.finish()
        if last:
            yield last

    async def next_pieces(self, stream: AsyncIterator[list[str]]) -> list[str] | None:
        """The next text pieces of `stream`, None at its end."""
        try:
            return await stream.__anext__()
        except StopAsyncIteration:
            return None

    async def aclose(self) -> None:
        """Close the connections."""
        await self._client.aclose()
