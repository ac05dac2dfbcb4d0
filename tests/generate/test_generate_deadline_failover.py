"""`client.generate`'s cloud stream under a deadline and across endpoints, on exact fault
sequences: a gateway stand-in on httpx.MockTransport speaking real chunked OHTTP with its
own key, whose events can trickle in slowly, or whose endpoint refuses/answers 5xx."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from hybridsdk import AsyncClient, Client
from hybridsdk._exceptions import DeadlineExceededError
from hybridsdk._types import Route
from hybridsdk.cloud._chat_transport import AsyncChatIO, ChatExchange, SyncChatIO
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.wire._bhttp import decode_request
from hybridsdk.wire._bhttp_stream import content_piece, pad_sse, response_end, response_head
from hybridsdk.wire._chunked_ohttp import decapsulate_chunked_request
from hybridsdk.wire._keyconfig import generate_key_config
from hybridsdk.wire._ohttp import gateway_keys
from hybridsdk.wire._openai_chat import SSE_DONE, chat_chunk, sse_event

MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]


class _Gateway:
    """Answers `events`, sleeping `gap_s` before each after the first two."""

    def __init__(self, events: list[str], *, gap_s: float = 0.0) -> None:
        self.config, private = generate_key_config(5)
        self.keys = gateway_keys((self.config, private))
        self.events = events
        self.gap_s = gap_s
        self.hits: list[str] = []

    def _parts(self, request: httpx.Request) -> tuple[list[bytes], list[bytes]]:
        plain, reader = decapsulate_chunked_request(self.keys, request.read())
        json.loads(decode_request(plain).content)
        out = reader.response_sender()
        head = [
            out.start(),
            out.seal(response_head(200, [(b"content-type", b"text/event-stream")])),
        ]
        body = [
            out.seal(content_piece(pad_sse(sse_event(chat_chunk("c", "big", content=t)))))
            for t in self.events
        ]
        tail = sse_event(chat_chunk("c", "big", finish_reason="stop", usage=(9, 2))) + SSE_DONE
        body += [out.seal(content_piece(pad_sse(tail))), out.seal_final(response_end())]
        return head, body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.hits.append(str(request.url.host))
        head, body = self._parts(request)
        gap = self.gap_s

        def trickle() -> Iterator[bytes]:
            yield b"".join(head)
            for i, part in enumerate(body):
                if i >= 2:
                    time.sleep(gap)
                yield part

        return httpx.Response(200, content=trickle())

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        self.hits.append(str(request.url.host))
        head, body = self._parts(request)
        gap = self.gap_s

        async def trickle() -> AsyncIterator[bytes]:
            yield b"".join(head)
            for i, part in enumerate(body):
                if i >= 2:
                    await asyncio.sleep(gap)
                yield part

        return httpx.Response(200, content=trickle())


def _endpoint(gw: _Gateway, host: str = "127.0.0.1") -> CloudEndpoint:
    return CloudEndpoint(f"http://{host}:9", key_config=gw.config.encode(), name=host)


SLOW = ["The", " capital", *[" x"] * 30]  # 30 events 0.1 s apart: ~3 s without a deadline


def test_deadline_cuts_a_slow_cloud_stream_and_the_device_continues(generator) -> None:  # type: ignore[no-untyped-def]
    gw = _Gateway(SLOW, gap_s=0.1)
    with Client(
        llm=generator, device=False, cloud=_endpoint(gw), policy=Policy(mode=Mode.PREFER_CLOUD)
    ) as client:
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gw))
        started = time.monotonic()
        stream = client.generate(messages=MESSAGES, max_tokens=8, deadline_ms=400, stream=True)
        first = next(stream)
        cloud_done = time.monotonic()
        pieces = [first, *stream]
    result = stream.result
    assert pieces[:2] == ["The", " capital"]
    assert result.failover == "cloud_deadline" and result.route is Route.CLOUD
    assert "cloud_deadline" in [r.code for r in result.reasons]
    assert result.text == "".join(pieces) and result.completion_tokens > 2
    # The cloud part ended near the deadline, not after the ~3 s the stream would take.
    assert cloud_done - started < 1.5


def test_deadline_cuts_the_async_stream_too(generator) -> None:  # type: ignore[no-untyped-def]
    gw = _Gateway(SLOW, gap_s=0.1)

    async def main():  # type: ignore[no-untyped-def]
        async with AsyncClient(
            llm=generator, device=False, cloud=_endpoint(gw), policy=Policy(mode=Mode.PREFER_CLOUD)
        ) as client:
            client._chat_io = AsyncChatIO(transport=httpx.MockTransport(gw.handle_async))
            return await client.generate(messages=MESSAGES, max_tokens=6, deadline_ms=400)

    result = asyncio.run(main())
    assert result.failover == "cloud_deadline" and result.text.startswith("The capital")


def test_the_transport_raises_deadline_exceeded_past_the_deadline() -> None:
    gw = _Gateway(SLOW, gap_s=0.1)
    io = SyncChatIO(transport=httpx.MockTransport(gw))
    exchange = ChatExchange(_endpoint(gw), {"messages": MESSAGES}, deadline=time.monotonic() + 0.3)
    exchange.key = gw.config
    got: list[str] = []
    with pytest.raises(DeadlineExceededError, match="deadline"):
        for pieces in io.open(exchange):
            got += pieces
    assert got[:2] == ["The", " capital"] and len(got) < 10
    io.close()


def _two_endpoints(generator, first_fault: str):  # type: ignore[no-untyped-def]
    gw = _Gateway(["Paris", "."])

    def route(request: httpx.Request) -> httpx.Response:
        if request.url.host == "127.0.0.2":
            if first_fault == "connect":
                raise httpx.ConnectError("connection refused", request=request)
            return httpx.Response(503, json={"detail": "down"})
        return gw(request)

    client = Client(
        llm=generator,
        device=False,
        cloud=[_endpoint(gw, "127.0.0.2"), _endpoint(gw, "127.0.0.3")],
        policy=Policy(mode=Mode.CLOUD_ONLY),
    )
    client._chat_io = SyncChatIO(transport=httpx.MockTransport(route))
    return client, gw


@pytest.mark.parametrize("fault", ["connect", "5xx"])
def test_next_endpoint_answers_before_the_device(generator, fault: str) -> None:  # type: ignore[no-untyped-def]
    client, gw = _two_endpoints(generator, fault)
    with client:
        result = client.generate(messages=MESSAGES, max_tokens=8)
    assert result.route is Route.CLOUD and result.text == "Paris." and result.failover is None
    codes = {r.code: r.message for r in result.reasons}
    assert "endpoint_failover" in codes and "127.0.0.3" in codes["cloud_endpoint"]
    assert "127.0.0.2" in codes["endpoint_failed"]
    assert gw.hits == ["127.0.0.3"]


def test_deadline_without_a_device_that_can_finish_raises_typed(generator) -> None:  # type: ignore[no-untyped-def]
    gw = _Gateway(SLOW, gap_s=0.1)
    with Client(
        llm=generator, device=False, cloud=_endpoint(gw), policy=Policy(mode=Mode.PREFER_CLOUD)
    ) as client:
        for _ in range(5):  # the device is known to take ~5 s: it cannot finish in time
            client.latency.observe("local", 5000.0)
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gw))
        stream = client.generate(messages=MESSAGES, max_tokens=8, deadline_ms=400, stream=True)
        got = []
        with pytest.raises(DeadlineExceededError, match="deadline_ms"):
            for piece in stream:
                got.append(piece)
    assert got[:2] == ["The", " capital"] and gw.hits == ["127.0.0.1"]


class _StalledServer:
    """A loopback HTTP server that sends the head and one SSE event of a plain chat
    stream, then nothing (the socket stays open): only the deadline can end the read."""

    def __init__(self) -> None:
        import socket
        import threading

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        self.conns.append(conn)
        conn.recv(65536)
        event = sse_event(chat_chunk("c", "big", content="Hello"))
        conn.sendall(
            b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
            b"transfer-encoding: chunked\r\n\r\n" + b"%x\r\n%s\r\n" % (len(event), event)
        )

    def close(self) -> None:
        for conn in self.conns:
            conn.close()
        self.sock.close()
        self.thread.join(timeout=5)


def test_a_stalled_socket_read_ends_at_the_deadline(generator) -> None:  # type: ignore[no-untyped-def]
    server = _StalledServer()
    endpoint = CloudEndpoint(f"http://127.0.0.1:{server.port}", mode="plain", read_timeout_s=30)
    try:
        with Client(
            llm=generator, device=False, cloud=endpoint, policy=Policy(mode=Mode.PREFER_CLOUD)
        ) as client:
            started = time.monotonic()
            stream = client.generate(messages=MESSAGES, max_tokens=6, deadline_ms=500, stream=True)
            first = next(stream)
            second = next(stream)  # the device's, once the stalled read gave up
            waited = time.monotonic() - started
            pieces = [first, second, *stream]
    finally:
        server.close()
    assert first == "Hello" and stream.result.failover == "cloud_deadline"
    assert "".join(pieces) == stream.result.text
    assert waited < 3.0  # the endpoint's 30 s read timeout did not apply


def test_an_endpoint_whose_breaker_is_open_is_skipped(generator) -> None:  # type: ignore[no-untyped-def]
    from hybridsdk.cloud._breaker import BreakerConfig

    gw = _Gateway(["Paris", "."])
    with Client(
        llm=generator,
        device=False,
        cloud=[_endpoint(gw, "127.0.0.2"), _endpoint(gw, "127.0.0.3")],
        policy=Policy(mode=Mode.CLOUD_ONLY),
        breaker=BreakerConfig(window_size=2, minimum_calls=2),
    ) as client:
        breaker = client._cloud._core.routes[0].breaker  # type: ignore[union-attr]
        for _ in range(2):
            breaker.on_failure(breaker.acquire(), 0.01)
        assert breaker.is_open()
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gw))
        result = client.generate(messages=MESSAGES, max_tokens=8)
    codes = {r.code: r.message for r in result.reasons}
    assert gw.hits == ["127.0.0.3"] and result.text == "Paris."
    assert "127.0.0.2" in codes["endpoint_skipped"] and "127.0.0.3" in codes["cloud_endpoint"]
