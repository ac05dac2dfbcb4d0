"""Chunked OHTTP requests cost bounded work before authorization (review R3)."""

from __future__ import annotations

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient

from hybridsdk.gateway._app import create_app
from hybridsdk.gateway._config import GatewayConfig
from hybridsdk.wire import _chunked_ohttp
from hybridsdk.wire._chunked_ohttp import (
    MEDIA_TYPE_CHUNKED_REQUEST,
    ChunkedRequestSender,
    decapsulate_chunked_request,
)
from hybridsdk.wire._keyconfig import generate_key_config, parse_key_configs
from hybridsdk.wire._ohttp import gateway_keys

GATEWAY = "/.well-known/ohttp-gateway"


def test_decapsulation_refuses_too_many_chunks_before_opening_any() -> None:
    config, private = generate_key_config(1)
    keys = gateway_keys((config, private))
    body = ChunkedRequestSender(config).encapsulate(b"x" * 100, chunk_size=1)
    with pytest.raises(_chunked_ohttp.TooManyChunksError, match="more than 99 chunks"):
        decapsulate_chunked_request(keys, body, max_chunks=99)
    plaintext, _ = decapsulate_chunked_request(keys, body, max_chunks=100)
    assert plaintext == b"x" * 100


def test_gateway_refuses_a_body_of_tiny_chunks_with_413() -> None:
    config = GatewayConfig(max_body_bytes=64 << 10, access_log=False)
    with TestClient(create_app(config)) as client:
        key = parse_key_configs(client.get(GATEWAY).content)[0]
        # ~3000 one-byte chunks fit in 64 KiB; the gateway allows 64 (one per KiB).
        body = ChunkedRequestSender(key).encapsulate(b"x" * 3000, chunk_size=1)
        assert len(body) <= 64 << 10
        r = client.post(GATEWAY, content=body, headers={"content-type": MEDIA_TYPE_CHUNKED_REQUEST})
        assert r.status_code == 413
        assert r.headers["content-type"].startswith("application/problem+json")
        assert "chunks" in r.json()["detail"]
        # Large chunks in a body of the same size are opened (and then answered inside).
        body = ChunkedRequestSender(key).encapsulate(b"x" * 60000)
        assert len(body) <= 64 << 10
        r = client.post(GATEWAY, content=body, headers={"content-type": MEDIA_TYPE_CHUNKED_REQUEST})
        assert r.status_code == 200


def test_a_large_body_is_opened_off_the_event_loop_and_answered() -> None:
    config = GatewayConfig(max_body_bytes=1 << 20, access_log=False)
    with TestClient(create_app(config)) as client:
        key = parse_key_configs(client.get(GATEWAY).content)[0]
        body = ChunkedRequestSender(key).encapsulate(b"x" * 500_000)
        r = client.post(GATEWAY, content=body, headers={"content-type": MEDIA_TYPE_CHUNKED_REQUEST})
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("message/ohttp-chunked-res")
