"""The chat route goes through the gateway's own auth: no credential, no upstream call."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient

from hybridsdk.gateway._app import create_app
from hybridsdk.gateway._auth_config import AuthConfig
from hybridsdk.gateway._config import GatewayConfig

TOKEN = "s" * 24


def test_chat_route_needs_the_gateways_credential(tmp_path: Path) -> None:
    tokens = tmp_path / "tokens"
    tokens.write_text(f"app:{TOKEN}\n")
    tokens.chmod(0o600)
    calls: list[dict] = []

    def upstream(request: httpx.Request) -> httpx.Response:
        assert "authorization" not in request.headers
        calls.append(json.loads(request.content))
        return httpx.Response(200, json={"object": "chat.completion", "choices": []})

    config = GatewayConfig(
        llm_upstream_url="http://127.0.0.1:9",
        llm_max_tokens=8,
        auth=AuthConfig(bearer_tokens_path=tokens),
        access_log=False,
    )
    app = create_app(config, upstream_transport=httpx.MockTransport(upstream))
    body = {"messages": [{"role": "user", "content": "hi"}]}
    with TestClient(app) as client:
        refused = client.post("/v1/chat/completions", json=body)
        assert refused.status_code == 401 and calls == []
        wrong = client.post(
            "/v1/chat/completions", json=body, headers={"authorization": "Bearer " + "x" * 24}
        )
        assert wrong.status_code == 401 and calls == []
        ok = client.post(
            "/v1/chat/completions", json=body, headers={"authorization": f"Bearer {TOKEN}"}
        )
        assert ok.status_code == 200
    # The cap is also the default, and the upstream never sees the client's credential.
    assert calls == [
        {"messages": body["messages"], "max_tokens": 8, "stream": False, "temperature": 0.0}
    ]


def test_chat_route_absent_without_llm_upstream() -> None:
    with TestClient(create_app(GatewayConfig(access_log=False))) as client:
        r = client.post("/v1/chat/completions", json={"messages": []})
        assert r.status_code == 404 and "--llm-upstream" in r.json()["detail"]
