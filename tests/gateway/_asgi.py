"""ASGI helpers for the in-process gateway tests: serve an app, post sealed requests, read
problems."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx

from hybridsdk.wire._bhttp import BinaryResponse, decode_response
from hybridsdk.wire._keyconfig import KeyConfig, parse_key_configs
from hybridsdk.wire._ohttp import ClientResponseContext
from tests._fakes import FakeTime
from tests._gateway_process import seal

GATEWAY = "/.well-known/ohttp-gateway"


@contextlib.asynccontextmanager
async def serve(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://gw") as client:
            yield client


def problem(response: httpx.Response | BinaryResponse) -> dict[str, Any]:
    if isinstance(response, BinaryResponse):
        assert response.header("content-type") == b"application/problem+json"
        body: dict[str, Any] = json.loads(response.content)
    else:
        assert response.headers["content-type"] == "application/problem+json"
        body = response.json()
    assert body["status"] == (
        response.status if isinstance(response, BinaryResponse) else response.status_code
    )
    assert body["detail"] and body["title"] and body["type"]
    return body


async def keys_of(client: httpx.AsyncClient) -> KeyConfig:
    answer = await client.get(GATEWAY, headers={"accept": "application/ohttp-keys"})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/ohttp-keys"
    (config,) = parse_key_configs(answer.content)
    return config


async def post_sealed(client: httpx.AsyncClient, enc: bytes) -> httpx.Response:
    return await client.post(GATEWAY, content=enc, headers={"content-type": "message/ohttp-req"})


async def call(
    client: httpx.AsyncClient,
    config: KeyConfig,
    clock: FakeTime,
    method: str,
    path: str,
    **kwargs: Any,
) -> BinaryResponse:
    kwargs.setdefault("date_s", clock.now)
    enc, ctx = seal(config, method, path, **kwargs)
    return opened(ctx, await post_sealed(client, enc))


def opened(ctx: ClientResponseContext, answer: httpx.Response) -> BinaryResponse:
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "message/ohttp-res"
    return decode_response(ctx.decapsulate_response(answer.content))
