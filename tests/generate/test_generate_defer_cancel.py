"""A task cancelled while its generation is being written to the outbox reports what
happened: the record was committed (the write runs to its end in a worker thread before the
cancellation goes on), so the stream's partial result and the telemetry record say route
``deferred`` with the key to read the answer by. They said ``cloud`` (the path being tried
before), so a caller could not know its request would still be sent and charged.

Real parts: chunked OHTTP to a gateway stand-in on httpx.MockTransport, a SQLite outbox."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from typing import Any

import httpx

from hybridsdk import AsyncClient
from hybridsdk._types import Route
from hybridsdk.cloud._chat_transport import AsyncChatIO
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.outbox._store import OutboxState
from hybridsdk.routing._policy import Mode, Policy
from tests.generate._gateway_stub import RawGateway

EMAIL = "jane.doe@example.com"
MESSAGES = [{"role": "user", "content": f"Tell {EMAIL} the capital of France."}]


class _Recorder:
    """A telemetry stand-in keeping what it was given."""

    def __init__(self) -> None:
        self.generations: list[Any] = []

    def record_generation(self, record: Any) -> None:
        self.generations.append(record)

    def record_infer(self, *args: Any, **kwargs: Any) -> None:
        pass


def _client(generator, tmp_path, **kw: Any) -> AsyncClient:  # type: ignore[no-untyped-def]
    gateway = RawGateway([], complete=True)
    endpoint = CloudEndpoint("http://127.0.0.1:9", key_config=gateway.config.encode())
    return AsyncClient(
        llm=generator,
        device=False,
        cloud=endpoint,
        policy=Policy(mode=Mode.CLOUD_ONLY),
        outbox=tmp_path / "outbox.sqlite3",
        drain_interval_s=3600,
        **kw,
    )


def _slow_store(client: AsyncClient) -> threading.Event:
    """Make the outbox write take a while; the event is set when it has begun."""
    real = client._store_chat
    begun = threading.Event()

    def store(*args: Any, **kwargs: Any) -> None:
        begun.set()
        time.sleep(0.3)
        real(*args, **kwargs)

    client._store_chat = store  # type: ignore[method-assign]
    return begun


async def _cancel_when(task: asyncio.Task[Any], begun: threading.Event) -> None:
    while not begun.is_set():
        await asyncio.sleep(0.005)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


def _unreachable(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def test_a_stream_cancelled_during_the_deferral_write_reports_deferred(generator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    async def main() -> None:
        async with _client(generator, tmp_path) as client:
            client._chat_io = AsyncChatIO(transport=httpx.MockTransport(_unreachable))
            begun = _slow_store(client)
            stream = await client.generate(
                messages=MESSAGES, max_tokens=8, deferrable=True, stream=True
            )

            async def consume() -> None:
                async for _ in stream:
                    pass

            await _cancel_when(asyncio.ensure_future(consume()), begun)
            result = stream.result
            assert result.route is Route.DEFERRED
            assert "deferred" in [r.code for r in result.reasons]
            assert result.text == "" and result.cost == 0.0
            assert result.completion_tokens == 0
            # The record is whole: committed, pending, the answer to be restored here.
            record = client.outbox.get(result.idempotency_key)  # type: ignore[union-attr]
            assert record is not None and record.state is OutboxState.PENDING
            assert EMAIL.encode() not in record.payload
            assert client._deferred.get(result.idempotency_key) is not None

    asyncio.run(main())


def test_a_generate_cancelled_during_the_deferral_write_is_recorded_as_deferred(
    generator,  # type: ignore[no-untyped-def]
    tmp_path,
) -> None:
    recorder = _Recorder()

    async def main() -> None:
        async with _client(generator, tmp_path, telemetry=recorder) as client:
            client._chat_io = AsyncChatIO(transport=httpx.MockTransport(_unreachable))
            begun = _slow_store(client)
            task = asyncio.ensure_future(
                client.generate(messages=MESSAGES, max_tokens=8, deferrable=True)
            )
            await _cancel_when(task, begun)
            assert task.cancelled()
            assert len(client.outbox.records()) == 1  # type: ignore[union-attr]

    asyncio.run(main())
    assert [r.route for r in recorder.generations] == ["deferred"]


def test_a_stream_cancelled_before_the_deferral_stays_on_the_cloud_path(
    generator, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    # Hard negative: cancelled while the cloud was being tried: nothing was stored, so it
    # is not reported deferred.
    cloud_begun = threading.Event()

    def hanging(request: httpx.Request) -> httpx.Response:
        cloud_begun.set()
        time.sleep(0.5)
        raise httpx.ConnectError("connection refused", request=request)

    async def main() -> None:
        async with _client(generator, tmp_path) as client:
            client._chat_io = AsyncChatIO(transport=httpx.MockTransport(hanging))
            stream = await client.generate(
                messages=MESSAGES, max_tokens=8, deferrable=True, stream=True
            )

            async def consume() -> None:
                async for _ in stream:
                    pass

            await _cancel_when(asyncio.ensure_future(consume()), cloud_begun)
            assert stream.result.route is Route.CLOUD
            assert "deferred" not in [r.code for r in stream.result.reasons]
            assert client.outbox.records() == []  # type: ignore[union-attr]

    asyncio.run(main())
