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
