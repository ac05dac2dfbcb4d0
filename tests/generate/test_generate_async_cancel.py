"""A stream releases what it holds on every exit: a task cancelled mid-stream (a
timeout around ``async for``), and ``async with`` left early. Without that, the device
model's lock stayed held by the suspended stream and the next generation on the client
waited for ever."""

from __future__ import annotations

import asyncio
import contextlib

from hybridsdk import AsyncClient

COUNT = [{"role": "user", "content": "Count from one to two hundred, one number per line."}]
SHORT = [{"role": "user", "content": "Say hi."}]


def test_a_stream_cut_by_a_timeout_frees_the_device_for_the_next_generation(generator) -> None:  # type: ignore[no-untyped-def]
    async def main() -> tuple[int, str]:
        async with AsyncClient(llm=generator, device=False) as client:
            stream = await client.generate(messages=COUNT, max_tokens=256, stream=True)
            seen: list[str] = []

            async def consume() -> None:
                async for piece in stream:
                    seen.append(piece)

            # Far too short for 256 tokens on any CPU here (~80 tok/s on a quiet 2-core VM): the
            # timeout lands while the stream awaits its next piece.
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(consume(), timeout=0.3)
            try:
                # The caller still holds `stream`; nothing else was called on it.
                nxt = await asyncio.wait_for(
                    client.generate(messages=SHORT, max_tokens=3), timeout=30
                )
            finally:
                await stream.aclose()  # unblocks the waiting generation when the bug is back
            assert [p async for p in stream] == []  # a cut stream stays ended
            return len(seen), nxt.text

    pieces, text = asyncio.run(main())
    assert pieces < 200 and text


def test_async_with_releases_a_stream_left_early(generator) -> None:  # type: ignore[no-untyped-def]
    async def main() -> str:
        async with AsyncClient(llm=generator, device=False) as client:
            async with await client.generate(messages=COUNT, max_tokens=64, stream=True) as s:
                async for _ in s:
                    break
            nxt = await asyncio.wait_for(client.generate(messages=SHORT, max_tokens=3), 30)
            return nxt.text

    assert asyncio.run(main())


def test_result_after_cancel_says_it_was_cancelled(generator) -> None:  # type: ignore[no-untyped-def]
    # It said "iterate it to the end first", which a cancelled stream cannot do; now it is
    # the partial result (tests/generate/test_generate_cancel_partial.py has the rest).
    from hybridsdk import Client

    with Client(llm=generator, device=False) as client:
        stream = client.generate(messages=COUNT, max_tokens=40, stream=True)
        first = next(stream)
        stream.cancel()
        assert list(stream) == []
        assert stream.result.finish_reason == "cancelled"
        assert stream.result.text == first
        done = client.generate(messages=SHORT, max_tokens=2, stream=True)
        list(done)
        done.close()  # closing a finished stream keeps its result
        assert done.result.completion_tokens >= 1
