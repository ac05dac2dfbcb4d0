"""The chat route's limits towards the LLM upstream: the token cap holds whatever fields a
request carries, and an upstream answer cannot grow without bound."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx

from hybridsdk.gateway._chat_routes import ChatRouter
from hybridsdk.gateway._metrics import GatewayMetrics
from hybridsdk.gateway._oip_routes import InnerRequest

CHAT = "/v1/chat/completions"


def _router(handler: Any, *, cap: int = 16) -> ChatRouter:
    return ChatRouter(
        "http://up",
        max_tokens_cap=cap,
        max_concurrent=1,
        max_waiting=0,
        timeout_s=5,
        metrics=GatewayMetrics(),
        transport=httpx.MockTransport(handler),
    )


def _ask(chat: ChatRouter, fields: dict[str, Any]) -> Any:
    body = json.dumps({"messages": [{"role": "user", "content": "hi"}], **fields}).encode()
    return asyncio.run(chat.handle(InnerRequest("POST", CHAT, {}, body, None)))


def _forwarding() -> tuple[ChatRouter, list[dict[str, Any]]]:
    forwarded: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        forwarded.append(json.loads(request.content))
        return httpx.Response(200, json={"choices": []})

    return _router(handler), forwarded


def test_only_allowed_fields_reach_the_upstream() -> None:
    # Review R8: n_predict (llama.cpp's length) and other unknown fields went through.
    chat, forwarded = _forwarding()
    r = _ask(chat, {"max_tokens": 16, "n_predict": -1, "min_tokens": 10_000, "top_p": 0.5})
    assert r.status == 200
    sent = forwarded[0]
    assert sent["max_tokens"] == 16 and sent["top_p"] == 0.5
    assert "n_predict" not in sent and "min_tokens" not in sent


def test_max_completion_tokens_is_capped_like_max_tokens() -> None:
    chat, forwarded = _forwarding()
    r = _ask(chat, {"max_tokens": 16, "max_completion_tokens": 1_000_000})
    assert r.status == 400 and b"max_completion_tokens" in r.body
    r = _ask(chat, {"max_completion_tokens": 1_000_000})
    assert r.status == 400
    assert forwarded == []
    assert _ask(chat, {"max_tokens": 16, "max_completion_tokens": 4}).status == 200
    assert forwarded[0]["max_tokens"] == 4 and "max_completion_tokens" not in forwarded[0]


def test_more_than_one_answer_is_refused() -> None:
    chat, forwarded = _forwarding()
    for fields in ({"n": 64}, {"best_of": 8}, {"n": True}, {"n": "2"}):
        r = _ask(chat, fields)
        assert r.status == 400, fields
        assert r.headers[0][1].startswith("application/problem+json")
    assert forwarded == []
    assert _ask(chat, {"n": 1}).status == 200
    assert "n" not in forwarded[0]


class _Pieces(httpx.AsyncByteStream):
    """An upstream body sent in the given pieces; counts how many were read."""

    def __init__(self, pieces: Any) -> None:
        self.pieces = pieces
        self.read = 0

    async def __aiter__(self) -> Any:
        for piece in self.pieces:
            self.read += 1
            yield piece


def _streaming(stream: _Pieces) -> ChatRouter:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=stream)

    return _router(handler)


async def _drain(chat: ChatRouter) -> tuple[list[bytes], Exception | None]:
    body = json.dumps({"messages": [{"role": "user", "content": "hi"}], "stream": True})
    answer = await chat.handle(InnerRequest("POST", CHAT, {}, body.encode(), None))
    groups: list[bytes] = []
    try:
        async for group in answer.events:  # type: ignore[union-attr]
            groups.append(group)
    except Exception as exc:
        return groups, exc
    return groups, None


def test_a_stream_without_event_ends_is_cut_at_the_pending_cap() -> None:
    # Review R4: 8 MiB without a blank line were all buffered and rescanned on every read.
    piece = b"data: " + b"a" * 4089 + b"\n"
    stream = _Pieces(piece for _ in range(2048))
    chat = _streaming(stream)
    groups, exc = asyncio.run(_drain(chat))
    assert groups == []
    assert exc is not None and "without an event end" in str(exc)
    assert stream.read <= chat.max_pending_bytes // len(piece) + 2


def test_a_stream_is_cut_at_the_total_cap() -> None:
    event = b"data: " + json.dumps({"choices": [{"delta": {"content": "x" * 100}}]}).encode()
    stream = _Pieces([*(event + b"\n\n" for _ in range(100)), b"data: [DONE]\n\n"])
    chat = _streaming(stream)
    chat.max_upstream_bytes = 2000
    groups, exc = asyncio.run(_drain(chat))
    assert exc is not None and "over 2000 bytes" in str(exc)
    assert sum(map(len, groups)) <= 2000 and stream.read < 100


def test_collected_stream_past_the_cap_is_a_502_problem() -> None:
    from hybridsdk.gateway._chat_routes import collect_chat

    stream = _Pieces(b"data: " + b"a" * 1000 for _ in range(10))
    chat = _streaming(stream)
    chat.max_pending_bytes = 4000
    body = json.dumps({"messages": [{"role": "user", "content": "hi"}], "stream": True})

    async def run() -> Any:
        answer = await chat.handle(InnerRequest("POST", CHAT, {}, body.encode(), None))
        return await collect_chat(answer)

    r = asyncio.run(run())
    assert r.status == 502 and b"without an event end" in r.body
    assert stream.read < 10


def test_a_crlf_split_across_reads_still_ends_an_event() -> None:
    stream = _Pieces([b"data: a\r\n\r", b"\n", b"data: [DONE]\r", b"\n\r\n"])
    groups, exc = asyncio.run(_drain(_streaming(stream)))
    assert exc is None
    assert groups == [b"data: a\n\n", b"data: [DONE]\n\n"]


def test_a_whole_answer_past_the_cap_is_a_502_problem() -> None:
    stream = _Pieces(b"x" * 1000 for _ in range(100))

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/json"}, stream=stream)

    chat = _router(handler)
    chat.max_upstream_bytes = 5000
    r = _ask(chat, {})
    assert r.status == 502 and b"over 5000 bytes" in r.body
    assert stream.read < 100


def test_an_upstream_error_body_past_the_cap_is_a_502_problem() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        stream = _Pieces(b"x" * 1000 for _ in range(100))
        return httpx.Response(400, headers={"content-type": "application/json"}, stream=stream)

    chat = _router(handler)
    chat.max_upstream_bytes = 5000
    assert _ask(chat, {}).status == 502
    assert _ask(chat, {"stream": True}).status == 502
