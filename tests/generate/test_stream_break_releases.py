"""Leaving a stream with ``break`` and dropping it releases the device model at once.

`GenerationStream` and the generator it iterates referred to each other, so a stream left
with ``break`` (no `close()`, no ``with``) was freed only by the cycle collector: until then
it held the device model's lock, and the next generation on the client waited (another
thread, an async client's worker) or was refused (the same thread). Now the device stream
is freed as soon as its last reference goes (no cycle), and a dropped `GenerateStream` /
`AsyncGenerateStream` closes what it holds through a finaliser.

The garbage collector is off in these tests, so only reference counting frees anything."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Iterator

import pytest

from hybridsdk import AsyncClient, Client

COUNT = [{"role": "user", "content": "Count from one to two hundred, one number per line."}]
SHORT = [{"role": "user", "content": "Say hi."}]


@pytest.fixture
def no_gc(generator) -> Iterator[None]:  # type: ignore[no-untyped-def]
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()  # frees a leaked stream, so the shared generator is usable again
        assert not generator._lock.locked()


def _free(generator) -> bool:  # type: ignore[no-untyped-def]
    """The device lock is free (checked without waiting for it)."""
    return not generator._lock.locked()


def test_break_out_of_a_dropped_stream_frees_the_device(generator, no_gc) -> None:  # type: ignore[no-untyped-def]
    with Client(llm=generator, device=False) as client:
        pieces = 0
        for _ in client.generate(messages=COUNT, max_tokens=64, stream=True):
            pieces += 1
            break
        assert pieces == 1
        assert _free(generator)
        assert client.generate(messages=SHORT, max_tokens=3).text  # the same thread


def test_break_then_del_frees_the_device_for_another_thread(generator, no_gc) -> None:  # type: ignore[no-untyped-def]
    with Client(llm=generator, device=False) as client:
        stream = client.generate(messages=COUNT, max_tokens=64, stream=True)
        for _ in stream:
            break
        assert not _free(generator)  # still referenced: it may be resumed
        del stream
        assert _free(generator)
        out: list[str] = []
        worker = threading.Thread(
            target=lambda: out.append(client.generate(messages=SHORT, max_tokens=3).text)
        )
        worker.start()
        worker.join(30)
        assert not worker.is_alive() and out and out[0]


def test_a_kept_stream_can_still_be_resumed(generator, no_gc) -> None:  # type: ignore[no-untyped-def]
    # Hard negative: a break is not a close: the stream goes on where it stopped.
    with Client(llm=generator, device=False) as client:
        stream = client.generate(messages=COUNT, max_tokens=12, stream=True)
        first = next(iter(stream))
        rest = list(stream)
        assert stream.result.text == first + "".join(rest)
        assert stream.result.finish_reason in ("length", "stop")
        assert _free(generator)


def test_async_break_out_of_a_dropped_stream_frees_the_device(generator, no_gc) -> None:  # type: ignore[no-untyped-def]
    async def main() -> str:
        async with AsyncClient(llm=generator, device=False) as client:
            async for _ in await client.generate(messages=COUNT, max_tokens=64, stream=True):
                break
            assert _free(generator)
            nxt = await asyncio.wait_for(client.generate(messages=SHORT, max_tokens=3), 30)
            return nxt.text

    assert asyncio.run(main())
