"""The gateway's /v1/chat/completions end to end: a real `hybridsdk llm-server` serving the
ONNX model on 127.0.0.1 as the upstream, a real gateway process, plain HTTP and chunked
OHTTP (driven here with the wire modules, not the SDK's client)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytest.importorskip("starlette")

from hybridsdk.gateway._launch import LaunchedGateway, launch_gateway
from hybridsdk.gateway._replay import http_date
from hybridsdk.generate._openai_server import LaunchedLlmServer, launch_llm_server
from hybridsdk.wire._bhttp import BinaryRequest
from hybridsdk.wire._bhttp_stream import PAD_BUCKET, StreamingResponseDecoder
from hybridsdk.wire._chunked_ohttp import (
    MEDIA_TYPE_CHUNKED_REQUEST,
    MEDIA_TYPE_CHUNKED_RESPONSE,
    ChunkedRequestSender,
)
from hybridsdk.wire._keyconfig import parse_key_configs
from hybridsdk.wire._openai_chat import SseParser

pytestmark = pytest.mark.slow
MESSAGES = [{"role": "user", "content": "Name a colour."}]
CAP = 12


@pytest.fixture(scope="module")
def llm(genai_folder: Path) -> Iterator[LaunchedLlmServer]:
    with launch_llm_server(folder=genai_folder, max_tokens_cap=64) as server:
        yield server


@pytest.fixture(scope="module")
def gateway(llm: LaunchedLlmServer) -> Iterator[LaunchedGateway]:
    extra = ["--llm-upstream", llm.url, "--llm-max-tokens", str(CAP), "--no-access-log"]
    with launch_gateway(extra_args=extra) as gw:
        yield gw


def _text(events: list[str]) -> tuple[str, dict]:
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    return text, chunks[-1]["usage"]


def _chunked(gw: LaunchedGateway, body: dict, *, incremental: bool = True):  # type: ignore[no-untyped-def]
    config = parse_key_configs(httpx.get(gw.url + "/.well-known/ohttp-gateway").content)[0]
    inner = BinaryRequest(
        "POST",
        path="/v1/chat/completions",
        headers=[("content-type", "application/json"), ("date", http_date(time.time()))],
        content=json.dumps(body).encode(),
    ).encode()
    sender = ChunkedRequestSender(config)
    headers = {"content-type": MEDIA_TYPE_CHUNKED_REQUEST}
    if incremental:
        headers["incremental"] = "?1"
    reader = sender.response_reader()
    sealed_sizes: list[int] = []
    pieces: list[bytes] = []
    with httpx.stream(
        "POST",
        gw.url + "/.well-known/ohttp-gateway",
        content=sender.encapsulate(inner),
        headers=headers,
        timeout=60,
    ) as r:
        assert r.status_code == 200
        assert r.headers["content-type"] == MEDIA_TYPE_CHUNKED_RESPONSE
        for raw in r.iter_raw():
            for chunk in reader.feed(raw):
                sealed_sizes.append(len(chunk))
                pieces.append(chunk)
    pieces.append(reader.finish())
    decoder = StreamingResponseDecoder()
    content = b"".join(b"".join(decoder.feed(p)) for p in pieces)
    assert decoder.complete and decoder.head is not None
    return decoder.head.status, content, sealed_sizes


def test_plain_whole_and_streamed_agree(gateway: LaunchedGateway) -> None:
    whole = httpx.post(
        gateway.url + "/v1/chat/completions",
        json={"messages": MESSAGES, "max_tokens": 6},
        timeout=60,
    )
    assert whole.status_code == 200
    answer = whole.json()
    assert answer["usage"]["completion_tokens"] >= 1
    streamed = httpx.post(
        gateway.url + "/v1/chat/completions",
        json={"messages": MESSAGES, "max_tokens": 6, "stream": True},
        timeout=60,
    )
    assert streamed.headers["content-type"].startswith("text/event-stream")
    text, usage = _text(SseParser().feed(streamed.content))
    assert text == answer["choices"][0]["message"]["content"]
    assert usage == answer["usage"]


def test_chunked_ohttp_stream_end_to_end_and_padded(gateway: LaunchedGateway) -> None:
    status, content, sizes = _chunked(
        gateway, {"messages": MESSAGES, "max_tokens": 6, "stream": True}
    )
    assert status == 200
    text, usage = _text(SseParser().feed(content))
    plain = httpx.post(
        gateway.url + "/v1/chat/completions",
        json={"messages": MESSAGES, "max_tokens": 6},
        timeout=60,
    ).json()
    assert text == plain["choices"][0]["message"]["content"]
    assert usage == plain["usage"]
    # Head chunk first, then one chunk per event group: every content chunk's plaintext
    # is a 2-byte length and whole 256-byte buckets, whatever the token lengths.
    assert len(sizes) >= 3
    assert all((size - 2) % PAD_BUCKET == 0 for size in sizes[1:])


def test_chunked_without_incremental_is_one_final_chunk(gateway: LaunchedGateway) -> None:
    status, content, sizes = _chunked(
        gateway, {"messages": MESSAGES, "max_tokens": 4, "stream": True}, incremental=False
    )
    assert status == 200 and sizes == []  # everything came in the final chunk
    assert _text(SseParser().feed(content))[0]


def test_caps_and_bad_input_inside_the_encryption(gateway: LaunchedGateway) -> None:
    status, content, _ = _chunked(gateway, {"messages": MESSAGES, "max_tokens": CAP + 1})
    assert status == 400
    assert f"cap of {CAP}" in json.loads(content)["detail"]
    r = httpx.post(gateway.url + "/v1/chat/completions", json={"messages": "hi"}, timeout=30)
    assert r.status_code == 400 and "messages" in r.json()["detail"]
    r = httpx.post(gateway.url + "/v1/chat/completions", content=b"x" * (2 << 20), timeout=30)
    assert r.status_code == 413


def test_tampered_chunked_request_is_refused_in_the_clear(gateway: LaunchedGateway) -> None:
    config = parse_key_configs(httpx.get(gateway.url + "/.well-known/ohttp-gateway").content)[0]
    body = bytearray(ChunkedRequestSender(config).encapsulate(b"\x00\x04POST"))
    body[-1] ^= 1
    r = httpx.post(
        gateway.url + "/.well-known/ohttp-gateway",
        content=bytes(body),
        headers={"content-type": MEDIA_TYPE_CHUNKED_REQUEST},
    )
    assert r.status_code == 400


def test_replayed_chunked_request_is_refused(gateway: LaunchedGateway) -> None:
    config = parse_key_configs(httpx.get(gateway.url + "/.well-known/ohttp-gateway").content)[0]
    inner = BinaryRequest(
        "POST",
        path="/v1/chat/completions",
        headers=[("content-type", "application/json"), ("date", http_date(time.time()))],
        content=json.dumps({"messages": MESSAGES, "max_tokens": 2}).encode(),
    ).encode()
    sender = ChunkedRequestSender(config)
    body = sender.encapsulate(inner)
    statuses = []
    for _ in range(2):
        r = httpx.post(
            gateway.url + "/.well-known/ohttp-gateway",
            content=body,
            headers={"content-type": MEDIA_TYPE_CHUNKED_REQUEST},
            timeout=60,
        )
        reader = sender.response_reader()
        decoder = StreamingResponseDecoder()
        for piece in [*reader.feed(r.content), reader.finish()]:
            decoder.feed(piece)
        assert decoder.head is not None
        statuses.append(decoder.head.status)
    assert statuses[0] == 200 and statuses[1] != 200


def test_client_generate_through_the_real_gateway(gateway: LaunchedGateway, generator) -> None:  # type: ignore[no-untyped-def]
    from hybridsdk import Client
    from hybridsdk._types import Route
    from hybridsdk.routing._policy import Mode, Policy

    with Client(
        cloud=gateway.url, policy=Policy(mode=Mode.CLOUD_ONLY), llm=generator, device=False
    ) as client:
        stream = client.generate(messages=MESSAGES, max_tokens=6, stream=True)
        pieces = list(stream)
    result = stream.result
    plain = httpx.post(
        gateway.url + "/v1/chat/completions",
        json={"messages": MESSAGES, "max_tokens": 6},
        timeout=60,
    ).json()
    assert result.route is Route.CLOUD and result.failover is None
    assert "".join(pieces) == result.text == plain["choices"][0]["message"]["content"]
    assert result.completion_tokens == plain["usage"]["completion_tokens"]
    assert not result.usage_estimated and result.ttft_s is not None


def test_upstream_killed_mid_stream_fails_over_to_the_device(genai_folder: Path, generator) -> None:  # type: ignore[no-untyped-def]
    import os
    import signal

    from hybridsdk import Client
    from hybridsdk._types import Route
    from hybridsdk.routing._policy import Mode, Policy

    messages = [{"role": "user", "content": "Write a long story about a dragon."}]
    with (
        launch_llm_server(folder=genai_folder, max_tokens_cap=64) as llm2,
        launch_gateway(extra_args=["--llm-upstream", llm2.url, "--no-access-log"]) as gw2,
        Client(
            cloud=gw2.url, policy=Policy(mode=Mode.CLOUD_ONLY), llm=generator, device=False
        ) as client,
    ):
        stream = client.generate(messages=messages, max_tokens=40, stream=True)
        pieces = [next(stream), next(stream), next(stream)]
        os.kill(llm2.pid, signal.SIGKILL)  # the upstream dies mid-answer
        pieces += list(stream)
    result = stream.result
    assert result.failover == "cloud_stream_broken"
    assert result.route is Route.CLOUD
    assert result.text == "".join(pieces)
    assert result.cloud_completion_tokens >= 3
    assert result.completion_tokens > result.cloud_completion_tokens


def test_client_behind_a_buffering_relay_gets_the_whole_answer(
    gateway: LaunchedGateway, generator
) -> None:  # type: ignore[no-untyped-def]
    from hybridsdk import Client
    from hybridsdk._types import Route
    from hybridsdk.routing._policy import Mode, Policy

    with Client(
        cloud=gateway.url, policy=Policy(mode=Mode.CLOUD_ONLY), llm=generator, device=False
    ) as client:
        buffered = client.generate(messages=MESSAGES, max_tokens=6, relay_buffers=True)
        streamed = client.generate(messages=MESSAGES, max_tokens=6)
    assert buffered.route is Route.CLOUD and buffered.failover is None
    assert buffered.text == streamed.text
    assert buffered.completion_tokens == streamed.completion_tokens
