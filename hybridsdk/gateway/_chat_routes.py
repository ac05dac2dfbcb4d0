"""``POST /v1/chat/completions``: OpenAI-compatible chat forwarded to an LLM upstream.

The upstream is any OpenAI-compatible server (llama.cpp's ``llama-server``, vLLM, TGI,
`hybridsdk llm-server`), given with ``--llm-upstream URL``. The gateway checks the request
(messages, ``max_tokens`` at most ``--llm-max-tokens``, which is also the default), holds one
of ``--llm-max-concurrent`` slots while the upstream works (more wait in a short queue,
beyond it 503 + Retry-After), and relays the answer: whole JSON, or with ``"stream": true``
the upstream's Server-Sent Events as they arrive, regrouped on event boundaries so each
group can be padded and sealed as one chunked-OHTTP chunk. Authorization and rate limits
are the gateway's (`_access`), applied before this router runs, plain or encrypted.

An upstream stream that ends without ``data: [DONE]`` (the upstream died or cut the
connection) makes the relayed stream fail too: plain clients see a cut connection, chunked
OHTTP clients a response without its final chunk, so neither mistakes it for a whole answer.

Upstream answers are bounded: at most `MAX_CHAT_UPSTREAM_BYTES` in all (a whole answer past
it is a 502 problem, a stream past it breaks like above), and a stream may leave at most
`MAX_PENDING_SSE_BYTES` without an event boundary (a blank line).
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import NoReturn

import httpx

from hybridsdk._exceptions import InputValidationError
from hybridsdk.gateway._chat_idempotency import run_once
from hybridsdk.gateway._metrics import GatewayMetrics
from hybridsdk.gateway._oip_routes import InnerRequest
from hybridsdk.gateway._problems import (
    PROBLEM_BAD_REQUEST,
    PROBLEM_METHOD,
    PROBLEM_UPSTREAM,
    PROBLEM_UPSTREAM_TIMEOUT,
    InnerResponse,
    Problem,
)
from hybridsdk.gateway._run_slots import RunSlots
from hybridsdk.gateway._state import IdempotencyState
from hybridsdk.gateway._upstream import MAX_UPSTREAM_BYTES
from hybridsdk.wire._openai_chat import CHAT_PATH, SSE_DONE, parse_chat_request

__all__ = [
    "MAX_CHAT_UPSTREAM_BYTES",
    "MAX_PENDING_SSE_BYTES",
    "ChatRouter",
    "ChatStream",
    "UpstreamStreamBroken",
    "collect_chat",
]

logger = logging.getLogger("hybridsdk.gateway")

#: Most bytes read from the LLM upstream for one answer (whole or streamed).
MAX_CHAT_UPSTREAM_BYTES = MAX_UPSTREAM_BYTES
#: Most bytes of a streamed answer held while waiting for the end of an event.
MAX_PENDING_SSE_BYTES = 1 << 20


class UpstreamStreamBroken(Exception):
    """The upstream's event stream ended before ``data: [DONE]``."""


@dataclass
class ChatStream:
    """A streamed answer: status and headers now, SSE event groups as they come.

    Args:
        status: the HTTP status (200).
        headers: (name, value) pairs.
        events: complete SSE events, grouped as they arrived; raises
            `UpstreamStreamBroken` when the upstream stops early.
    """

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    events: AsyncIterator[bytes] | None = None


class ChatRouter:
    """Forwards chat completions to one OpenAI-compatible upstream.

    Args:
        upstream_url: the upstream's base URL (``/v1/chat/completions`` is appended).
        max_tokens_cap: the largest max_tokens allowed, and the default.
        max_concurrent: upstream requests at once.
        max_waiting: requests that may wait for a slot; beyond, 503.
        timeout_s: connect/read timeout towards the upstream (per read while streaming).
        metrics: where upstream failures are counted.
        transport: an httpx transport (tests).
        idempotency: the gateway's Idempotency-Key state; with it, a whole (non-streamed)
            request carrying an Idempotency-Key runs once (see `_chat_idempotency`).
    """

    def __init__(
        self,
        upstream_url: str,
        *,
        max_tokens_cap: int,
        max_concurrent: int,
        max_waiting: int,
        timeout_s: float,
        metrics: GatewayMetrics,
        transport: httpx.AsyncBaseTransport | None = None,
        idempotency: IdempotencyState | None = None,
    ) -> None:
        self._idempotency = idempotency
        self.url = upstream_url.rstrip("/") + CHAT_PATH
        self.max_tokens_cap = max_tokens_cap
        self._slots = RunSlots(max_running=max_concurrent, max_waiting=max_waiting)
        self._metrics = metrics
        self._client = httpx.AsyncClient(timeout=timeout_s, transport=transport)
        self.max_upstream_bytes = MAX_CHAT_UPSTREAM_BYTES
        self.max_pending_bytes = MAX_PENDING_SSE_BYTES

    async def aclose(self) -> None:
        """Close the upstream connections."""
        await self._client.aclose()

    def _upstream_failed(self, detail: str, *, timeout: bool = False) -> Problem:
        self._metrics.inc("upstream_errors_total")
        if timeout:
            return Problem(504, PROBLEM_UPSTREAM_TIMEOUT, detail)
        return Problem(502, PROBLEM_UPSTREAM, detail)

    async def handle(self, request: InnerRequest) -> InnerResponse | ChatStream:
        """Answer one chat request (already authorized); errors become problem responses."""
        try:
            return await self._handle(request)
        except Problem as problem:
            return problem.response()

    async def _handle(self, request: InnerRequest) -> InnerResponse | ChatStream:
        if request.method != "POST":
            raise Problem(405, PROBLEM_METHOD, f"{request.method} is not allowed here; POST")
        try:
            chat = parse_chat_request(request.body, max_tokens_cap=self.max_tokens_cap)
        except InputValidationError as exc:
            raise Problem(400, PROBLEM_BAD_REQUEST, str(exc)) from None
        body = json.dumps(chat.to_json()).encode()
        headers = {"content-type": "application/json"}
        if (
            not chat.stream
            and self._idempotency is not None
            and ("idempotency-key" in request.headers)
        ):
            return await run_once(
                self._idempotency,
                request,
                CHAT_PATH,
                lambda: self._whole(body, headers),
                self._metrics,
            )
        if not chat.stream:
            return await self._whole(body, headers)
        return await self._stream(body, headers)

    async def _whole(self, body: bytes, headers: dict[str, str]) -> InnerResponse:
        """One answer as JSON (a non-streamed request)."""
        async with self._slots.slot():
            try:
                r, content = await self._post(body, headers)
            except httpx.TimeoutException:
                raise self._upstream_failed("the LLM upstream timed out", timeout=True) from None
            except httpx.HTTPError as exc:
                raise self._upstream_failed(
                    f"the LLM upstream failed: {type(exc).__name__}"
                ) from None
        if r.status_code != 200:
            return self._relay_error(r.status_code, content, r.headers.get("content-type"))
        return InnerResponse(
            200,
            [("content-type", "application/json"), ("cache-control", "no-store")],
            content,
        )

    async def _post(self, body: bytes, headers: dict[str, str]) -> tuple[httpx.Response, bytes]:
        request = self._client.build_request("POST", self.url, content=body, headers=headers)
        response = await self._client.send(request, stream=True)
        try:
            return response, await self._read_capped(response)
        finally:
            await response.aclose()

    async def _read_capped(self, response: httpx.Response) -> bytes:
        """The (decoded) body, or a 502 problem once it passes `max_upstream_bytes`."""
        content = bytearray()
        async for piece in response.aiter_bytes():
            content += piece
            if len(content) > self.max_upstream_bytes:
                raise self._upstream_failed(
                    f"the LLM upstream's answer is over {self.max_upstream_bytes} bytes"
                )
        return bytes(content)

    def _relay_error(self, status: int, body: bytes, content_type: str | None) -> InnerResponse:
        # A 4xx from the upstream is the caller's to fix (pass it on); anything else is ours.
        if 400 <= status < 500 and status != 429:
            return InnerResponse(
                status, [("content-type", content_type or "application/json")], body
            )
        raise self._upstream_failed(f"the LLM upstream answered {status}")

    async def _stream(self, body: bytes, headers: dict[str, str]) -> InnerResponse | ChatStream:
        stack = contextlib.AsyncExitStack()
        await stack.enter_async_context(self._slots.slot())
        try:
            request = self._client.build_request("POST", self.url, content=body, headers=headers)
            try:
                response = await self._client.send(request, stream=True)
            except httpx.TimeoutException:
                raise self._upstream_failed("the LLM upstream timed out", timeout=True) from None
            except httpx.HTTPError as exc:
                raise self._upstream_failed(
                    f"the LLM upstream failed: {type(exc).__name__}"
                ) from None
            stack.push_async_callback(response.aclose)
            if response.status_code != 200:
                content = await self._read_capped(response)
                return self._relay_error(
                    response.status_code, content, response.headers.get("content-type")
                )
        except BaseException:
            await stack.aclose()
            raise
        return ChatStream(
            200,
            [("content-type", "text/event-stream"), ("cache-control", "no-store")],
            self._events(response, stack),
        )

    async def _events(
        self, response: httpx.Response, stack: contextlib.AsyncExitStack
    ) -> AsyncIterator[bytes]:
        buffer = bytearray()
        carry = b""  # a "\r" that ended the last read: its "\n" may start the next
        total = 0
        done = False
        async with stack:
            try:
                # Decoded: a proxy in front of the upstream may gzip the event stream (the
                # cap then counts what is held, not what came over the wire).
                async for raw in response.aiter_bytes():
                    total += len(raw)
                    if total > self.max_upstream_bytes:
                        self._stream_too_large(f"is over {self.max_upstream_bytes} bytes")
                    data = carry + raw
                    carry = b""
                    if data.endswith(b"\r"):
                        data, carry = data[:-1], b"\r"
                    start = max(0, len(buffer) - 3)  # only new data can complete an event
                    buffer += data.replace(b"\r\n", b"\n")
                    cut = buffer.rfind(b"\n\n", start)
                    if cut >= 0:
                        group = bytes(buffer[: cut + 2])
                        del buffer[: cut + 2]
                        if SSE_DONE in group:
                            done = True
                        yield group
                    if len(buffer) > self.max_pending_bytes:
                        self._stream_too_large(
                            f"has over {self.max_pending_bytes} bytes without an event end"
                        )
            except httpx.HTTPError as exc:
                self._metrics.inc("upstream_errors_total")
                logger.warning("LLM upstream stream broke: %s", type(exc).__name__)
                raise UpstreamStreamBroken(
                    f"the LLM upstream's stream broke: {type(exc).__name__}"
                ) from None
        if not done:
            logger.warning("LLM upstream stream ended before [DONE]")
            self._metrics.inc("upstream_errors_total")
            raise UpstreamStreamBroken("the LLM upstream's stream ended before [DONE]")

    def _stream_too_large(self, what: str) -> NoReturn:
        self._metrics.inc("upstream_errors_total")
        logger.warning("LLM upstream stream %s; cut", what)
        raise UpstreamStreamBroken(f"the LLM upstream's stream {what}")


async def collect_chat(answer: InnerResponse | ChatStream) -> InnerResponse:
    """The whole answer as one response (for transports that cannot stream: RFC 9458 OHTTP).

    A stream the upstream broke becomes a 502 problem.
    """
    if isinstance(answer, InnerResponse):
        return answer
    assert answer.events is not None
    parts: list[bytes] = []
    try:
        async for group in answer.events:
            parts.append(group)
    except UpstreamStreamBroken as exc:
        return Problem(502, PROBLEM_UPSTREAM, str(exc)).response()
    return InnerResponse(answer.status, answer.headers, b"".join(parts))
