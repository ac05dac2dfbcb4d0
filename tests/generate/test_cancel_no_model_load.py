"""Reading the partial result of a cancelled stream never loads the device model.

`stream.result` after a task cancelled a cloud stream counted its tokens with the device
tokenizer, loading the whole device model first when this client had not used it yet
(seconds, on the event loop of an `AsyncClient`). It now counts with the device model only
when it is loaded already; otherwise the cloud's streamed pieces are counted (an estimate,
``usage_estimated``) and the prompt is not (0).

Real parts: chunked OHTTP to a gateway stand-in on httpx.MockTransport."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import httpx

from hybridsdk import AsyncClient, Client
from hybridsdk._types import Route
from hybridsdk.cloud._chat_transport import AsyncChatIO, SyncChatIO
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.routing._policy import Mode, Policy
from tests.generate._gateway_stub import RawGateway, text_event

MESSAGES = [{"role": "user", "content": "Count to ten."}]


def _loads(client: Any, generator: Any) -> list[int]:
    """Count the client's device-model loads (each hands it `generator`, as a load would)."""
    loads: list[int] = []

    def local_generator() -> Any:
        if client._llm is None:
            loads.append(1)
            client._llm = generator
        return client._llm

    client._local_generator = local_generator
    return loads


def _options(gateway: RawGateway) -> dict[str, Any]:
    endpoint = CloudEndpoint("http://127.0.0.1:9", key_config=gateway.config.encode())
    return dict(device=False, cloud=endpoint, policy=Policy(mode=Mode.CLOUD_ONLY), cloud_cost=0.002)


def test_result_after_a_task_cancel_loads_no_model(generator) -> None:  # type: ignore[no-untyped-def]
    gateway = RawGateway([text_event("one")], complete=True)

    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(5)  # the cancel lands while the cloud is being asked
        return gateway(request)

    async def main() -> tuple[Any, list[int]]:
        async with AsyncClient(**_options(gateway)) as client:
            loads = _loads(client, generator)
            client._chat_io = AsyncChatIO(transport=httpx.MockTransport(slow))
            stream = await client.generate(messages=MESSAGES, max_tokens=8, stream=True)

            async def consume() -> None:
                async for _ in stream:
                    pass

            task = asyncio.ensure_future(consume())
            await asyncio.sleep(0.2)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            return stream.result, loads

    result, loads = asyncio.run(main())
    assert loads == []
    assert result.route is Route.CLOUD and result.finish_reason == "cancelled"
    assert (result.prompt_tokens, result.completion_tokens) == (0, 0)


def test_closed_cloud_stream_counts_its_pieces_without_the_model(generator) -> None:  # type: ignore[no-untyped-def]
    pieces = ["one ", "two ", "three "]
    gateway = RawGateway([text_event(p) for p in pieces], complete=False)
    with Client(**_options(gateway)) as client:
        loads = _loads(client, generator)
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
        stream = client.generate(messages=MESSAGES, max_tokens=8, stream=True)
        seen = [next(stream), next(stream)]
        stream.close()
        result = stream.result
    assert loads == []
    assert result.text == "".join(seen) and result.finish_reason == "cancelled"
    assert result.completion_tokens == result.cloud_completion_tokens == 2
    assert result.usage_estimated and result.cost == 0.002


def test_a_loaded_model_still_counts_exactly(generator) -> None:  # type: ignore[no-untyped-def]
    # Hard negative: with the device model loaded, its tokenizer counts (no estimate).
    pieces = ["one ", "two ", "three "]
    gateway = RawGateway([text_event(p) for p in pieces], complete=False)
    with Client(llm=generator, **_options(gateway)) as client:
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
        stream = client.generate(messages=MESSAGES, max_tokens=8, stream=True)
        seen = [next(stream), next(stream)]
        stream.close()
        result = stream.result
    text = "".join(seen)
    assert result.completion_tokens == len(generator.tokenizer.encode(text))
    assert result.prompt_tokens == len(generator.prompt_tokens(MESSAGES))
