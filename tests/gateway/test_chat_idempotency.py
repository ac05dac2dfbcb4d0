"""Idempotency-Key on the chat route: a whole chat completion runs once per (client, key),
in memory and in a real Valkey/Redis server; repeats get the kept answer, another body
422, a streamed request is never deduplicated, a 5xx is not kept, clients do not share
keys. The upstream is an httpx.MockTransport that counts its calls."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient

from hybridsdk.gateway._app import create_app
from hybridsdk.gateway._auth_config import AuthConfig
from hybridsdk.gateway._config import GatewayConfig
from tests._state_server import start_server

CHAT = "/v1/chat/completions"
BODY = {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 4}
A, B = "a" * 24, "b" * 24


class _Events(httpx.AsyncByteStream):
    def __init__(self, data: bytes) -> None:
        self.data = data

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.data


class _Upstream:
    def __init__(self) -> None:
        self.calls = 0
        self.fail_next = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.fail_next:
            self.fail_next = False
            return httpx.Response(500, json={"error": "boom"})
        if json.loads(request.content)["stream"]:
            done = b'data: {"choices":[{"delta":{"content":"x"}}]}\n\ndata: [DONE]\n\n'
            return httpx.Response(200, stream=_Events(done))
        answer = {
            "object": "chat.completion",
            "choices": [{"message": {"role": "assistant", "content": f"run {self.calls}"}}],
        }
        return httpx.Response(200, json=answer)


@pytest.fixture(params=["memory", "valkey"])
def state_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | None]:
    if request.param == "memory":
        yield None
        return
    server = start_server(tmp_path / "valkey")
    try:
        yield server.url
    finally:
        server.stop()


def _client(tmp_path: Path, state_url: str | None, upstream: _Upstream) -> TestClient:
    tokens = tmp_path / "tokens"
    tokens.write_text(f"alice:{A}\nbob:{B}\n")
    tokens.chmod(0o600)
    config = GatewayConfig(
        llm_upstream_url="http://127.0.0.1:9",
        llm_max_tokens=8,
        auth=AuthConfig(bearer_tokens_path=tokens),
        state_url=state_url,
        access_log=False,
    )
    return TestClient(create_app(config, upstream_transport=httpx.MockTransport(upstream)))


def _post(tc: TestClient, body: dict, key: str | None, token: str = A) -> httpx.Response:
    headers = {"authorization": f"Bearer {token}"}
    if key is not None:
        headers["idempotency-key"] = key
    return tc.post(CHAT, json=body, headers=headers)


def test_whole_chat_with_a_key_runs_once(tmp_path: Path, state_url: str | None) -> None:
    upstream = _Upstream()
    with _client(tmp_path, state_url, upstream) as tc:
        first = _post(tc, BODY, "k1")
        again = _post(tc, BODY, "k1")
        assert first.status_code == again.status_code == 200
        assert upstream.calls == 1
        assert again.json() == first.json() and again.headers["idempotent-replayed"] == "true"
        other = _post(tc, {**BODY, "max_tokens": 3}, "k1")
        assert other.status_code == 422 and upstream.calls == 1
        # Another client's identical key is its own: it runs.
        bob = _post(tc, BODY, "k1", token=B)
        assert bob.status_code == 200 and bob.json()["choices"][0]["message"]["content"] == "run 2"
        assert "idempotent-replayed" not in bob.headers
        # Without a key every request runs.
        _post(tc, BODY, None)
        assert upstream.calls == 3


def test_failures_are_not_kept_and_streams_are_not_deduplicated(
    tmp_path: Path, state_url: str | None
) -> None:
    upstream = _Upstream()
    with _client(tmp_path, state_url, upstream) as tc:
        upstream.fail_next = True
        assert _post(tc, BODY, "k2").status_code == 502
        retried = _post(tc, BODY, "k2")
        assert retried.status_code == 200 and upstream.calls == 2
        streamed = {**BODY, "stream": True}
        for _ in range(2):
            assert _post(tc, streamed, "k3").status_code == 200
        assert upstream.calls == 4
        assert _post(tc, BODY, " ").status_code == 400  # a blank key is refused


def test_a_deferred_generation_drained_twice_runs_the_model_once(tmp_path: Path) -> None:
    """The client's outbox drain, through chunked OHTTP to the in-process gateway: every
    answer of the first drain (its retries included) is lost on the way back, a later drain
    sends the record again, the gateway answers from its idempotency store and the upstream
    model ran once."""
    import time

    from hybridsdk import Client
    from hybridsdk._types import Route
    from hybridsdk.cloud._chat_transport import SyncChatIO
    from hybridsdk.cloud._endpoint import CloudEndpoint
    from hybridsdk.outbox._drain import drain
    from hybridsdk.outbox._sender import cloud_sender
    from hybridsdk.routing._policy import Mode, Policy

    upstream = _Upstream()
    config = GatewayConfig(
        llm_upstream_url="http://127.0.0.1:9", llm_max_tokens=8, access_log=False
    )
    lose = [False]
    with TestClient(create_app(config, upstream_transport=httpx.MockTransport(upstream))) as tc:

        def down(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("connection refused", request=request)

        def forward(request: httpx.Request) -> httpx.Response:
            headers = {k: v for k, v in request.headers.items() if k != "host"}
            r = tc.request(
                request.method, request.url.path, content=request.read(), headers=headers
            )
            if lose[0] and request.method == "POST":
                raise httpx.ReadError("connection reset on the way back", request=request)
            return httpx.Response(r.status_code, headers=r.headers, content=r.content)

        with Client(
            device=False,
            cloud=CloudEndpoint("http://127.0.0.1:9"),
            policy=Policy(mode=Mode.CLOUD_ONLY),
            outbox=tmp_path / "outbox.sqlite3",
        ) as client:
            client._chat_io = SyncChatIO(transport=httpx.MockTransport(down))
            deferred = client.generate(messages=BODY["messages"], max_tokens=4, deferrable=True)
            assert deferred.route is Route.DEFERRED
            key = deferred.idempotency_key
            assert key is not None
            client._chat_io = SyncChatIO(transport=httpx.MockTransport(forward))
            lose[0] = True
            send = cloud_sender(client._cloud, chat=client._send_chat)
            first = drain(client.outbox, send)
            assert first.delivered == 0 and upstream.calls == 1  # ran, answers lost
            lose[0] = False
            later = drain(client.outbox, send, clock=lambda: time.time() + 3600)
            assert later.delivered == 1
            answer = client.deferred_generation(key)
    assert upstream.calls == 1
    assert answer is not None and answer.text == "run 1"
