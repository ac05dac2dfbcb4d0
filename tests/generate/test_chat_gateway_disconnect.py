"""A client that goes away mid-stream: the real gateway must stop reading its upstream
(close that connection) and free the upstream slot, plain and through chunked OHTTP. The
upstream is scripted (`_scripted_upstream.endless`): it never ends on its own, so only the
gateway closing the connection stops it."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest

pytest.importorskip("starlette")

from hybridsdk.gateway._launch import LaunchedGateway, launch_gateway
from hybridsdk.gateway._replay import http_date
from hybridsdk.wire._bhttp import BinaryRequest
from hybridsdk.wire._chunked_ohttp import MEDIA_TYPE_CHUNKED_REQUEST, ChunkedRequestSender
from hybridsdk.wire._keyconfig import parse_key_configs
from tests.generate._scripted_upstream import ScriptedUpstream, endless, events

pytestmark = pytest.mark.slow
BODY = {"messages": [{"role": "user", "content": "Sing."}], "max_tokens": 8, "stream": True}


@pytest.fixture()
def upstream() -> Iterator[ScriptedUpstream]:
    with ScriptedUpstream(endless(0.05)) as server:
        yield server


@pytest.fixture()
def gateway(upstream: ScriptedUpstream) -> Iterator[LaunchedGateway]:
    extra = ["--llm-upstream", upstream.url, "--llm-max-concurrent", "1", "--no-access-log"]
    with launch_gateway(extra_args=extra) as gw:
        yield gw


def _read_a_little_then_leave(url: str, **kw) -> None:  # type: ignore[no-untyped-def]
    with httpx.stream("POST", url, timeout=30, **kw) as r:
        assert r.status_code == 200
        got = 0
        for raw in r.iter_raw():
            got += len(raw)
            if got > 600:
                break  # leaving the block closes the connection mid-answer


def _chunked_body(gw: LaunchedGateway) -> bytes:
    config = parse_key_configs(httpx.get(gw.url + "/.well-known/ohttp-gateway").content)[0]
    inner = BinaryRequest(
        "POST",
        path="/v1/chat/completions",
        headers=[("content-type", "application/json"), ("date", http_date(time.time()))],
        content=json.dumps(BODY).encode(),
    ).encode()
    return ChunkedRequestSender(config).encapsulate(inner)


@pytest.mark.parametrize("how", ["plain", "chunked-ohttp"])
def test_a_client_that_leaves_stops_the_upstream_and_frees_its_slot(
    gateway: LaunchedGateway, upstream: ScriptedUpstream, how: str
) -> None:
    if how == "plain":
        _read_a_little_then_leave(gateway.url + "/v1/chat/completions", json=BODY)
    else:
        _read_a_little_then_leave(
            gateway.url + "/.well-known/ohttp-gateway",
            content=_chunked_body(gateway),
            headers={"content-type": MEDIA_TYPE_CHUNKED_REQUEST, "incremental": "?1"},
        )
    assert upstream.cut.wait(15), "the gateway kept reading the upstream after the client left"
    # The one upstream slot is free again: the next request is served, not queued for ever.
    upstream.script = events(["ok"])
    r = httpx.post(gateway.url + "/v1/chat/completions", json={**BODY, "stream": False}, timeout=15)
    assert r.status_code == 200


def test_an_upstream_that_never_ends_is_cut_at_max_tokens(
    gateway: LaunchedGateway, upstream: ScriptedUpstream, generator
) -> None:  # type: ignore[no-untyped-def]
    # No deadline: only max_tokens bounds the call. Each delta is at least one token, so
    # an upstream that sends more deltas than max_tokens is not keeping to the request.
    import threading

    from hybridsdk import Client
    from hybridsdk._types import Route
    from hybridsdk.routing._policy import Mode, Policy

    out: dict = {}

    def call() -> None:
        with Client(
            cloud=gateway.url, policy=Policy(mode=Mode.CLOUD_ONLY), llm=generator, device=False
        ) as client:
            out["result"] = client.generate(messages=BODY["messages"], max_tokens=8)

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(30)
    assert "result" in out, "generate kept reading an upstream that never ends"
    result = out["result"]
    assert result.route is Route.CLOUD and result.text == "la " * 8
    assert result.finish_reason == "length" and result.failover == "cloud_stream_broken"
    assert upstream.cut.wait(15)  # and the gateway stopped reading it
