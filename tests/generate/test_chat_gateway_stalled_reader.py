"""A client that opens a chat stream and never reads it: once the socket buffers are full
the gateway cannot send, and it must not hold the upstream (and its upstream slot) for ever.
Real gateway process, one upstream slot, a scripted upstream that streams 8 KB events until
stopped; the stalled client is a raw socket with a small receive buffer that reads nothing."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

pytest.importorskip("starlette")

from hybridsdk.gateway._launch import LaunchedGateway, launch_gateway
from tests.generate._scripted_upstream import ScriptedUpstream, events

pytestmark = pytest.mark.slow
BODY = {"messages": [{"role": "user", "content": "Sing."}], "max_tokens": 8, "stream": True}


def _flood(every_s: float = 0.002):  # type: ignore[no-untyped-def]
    from hybridsdk.wire._openai_chat import chat_chunk, sse_event

    def script():  # type: ignore[no-untyped-def]
        while True:
            yield sse_event(chat_chunk("s1", "scripted", content="la " * 2700))
            time.sleep(every_s)

    return script


@pytest.fixture()
def upstream() -> Iterator[ScriptedUpstream]:
    with ScriptedUpstream(_flood()) as server:
        yield server


@pytest.fixture()
def gateway(upstream: ScriptedUpstream, tmp_path) -> Iterator[LaunchedGateway]:  # type: ignore[no-untyped-def]
    extra = ["--llm-upstream", upstream.url, "--llm-max-concurrent", "1", "--no-access-log"]
    with launch_gateway(extra_args=extra, log_path=tmp_path / "gateway.log") as gw:
        yield gw


def test_a_client_that_never_reads_does_not_hold_the_upstream(
    gateway: LaunchedGateway, upstream: ScriptedUpstream
) -> None:
    host, port = gateway.url.removeprefix("http://").split(":")
    stalled = socket.socket()
    stalled.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    stalled.connect((host, int(port)))
    body = json.dumps(BODY).encode()
    stalled.sendall(
        b"POST /v1/chat/completions HTTP/1.1\r\nhost: gw\r\ncontent-type: application/json\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )
    try:
        time.sleep(3)  # the buffers fill; the gateway's send blocks
        upstream.script = events(["ok"])
        started = time.monotonic()
        r = httpx.post(
            gateway.url + "/v1/chat/completions", json={**BODY, "stream": False}, timeout=75
        )
        took = time.monotonic() - started
    finally:
        stalled.close()
    assert r.status_code == 200, r.text
    assert took < 45  # the gateway's upstream timeout (30 s) bounds a send, not the client
    assert upstream.cut.is_set()  # the stalled stream's upstream connection was closed
    metrics = httpx.get(gateway.url + "/metrics").text
    assert "hybridsdk_gateway_stalled_clients_total 1" in metrics
