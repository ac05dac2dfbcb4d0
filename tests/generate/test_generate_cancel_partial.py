"""A stream the caller cancels keeps what it produced: after `cancel()` / `close()` (or
leaving `with` / `async with`), `stream.result` is the partial `GenerateResult`
(``finish_reason="cancelled"``, the text the caller received, route, reasons, tokens, the
cost charged to the budget), as the device generator's own stream does. It raised
"cancelled or closed before it finished: it has no result", so a caller could not tell
what a cancelled cloud stream had cost or which path had answered.

The cloud side is real: a gateway process on 127.0.0.1 in front of a scripted upstream
(`_scripted_upstream`) that streams for ever, so only the caller ends the answer."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Iterator

import httpx
import pytest

pytest.importorskip("starlette")

from hybridsdk import AsyncClient, Client
from hybridsdk._exceptions import InputValidationError
from hybridsdk._types import Route
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.gateway._launch import LaunchedGateway, launch_gateway
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.routing._signals import CostBudget
from hybridsdk.wire._openai_chat import chat_chunk, sse_event
from tests.generate._scripted_upstream import Script, ScriptedUpstream

pytestmark = pytest.mark.slow
COUNT = [{"role": "user", "content": "Count from one to two hundred, one number per line."}]
EMAIL = "jane.doe@example.com"
COST = 0.002


def _forever(first: list[str]) -> Script:
    """`first` as events, then "la " every 50 ms until the reader goes away."""

    def script() -> Iterator[bytes]:
        for text in first:
            yield sse_event(chat_chunk("s1", "scripted", content=text))
        while True:
            yield sse_event(chat_chunk("s1", "scripted", content="la "))
            time.sleep(0.05)

    return script


def _broken_after(texts: list[str]) -> Script:
    """`texts` as events, then the connection ends without [DONE] (a broken stream)."""

    def script() -> Iterator[bytes]:
        for text in texts:
            yield sse_event(chat_chunk("s1", "scripted", content=text))

    return script


@pytest.fixture(scope="module")
def upstream() -> Iterator[ScriptedUpstream]:
    with ScriptedUpstream(_forever([])) as server:
        yield server


@pytest.fixture(scope="module")
def gateway(upstream: ScriptedUpstream) -> Iterator[LaunchedGateway]:
    extra = ["--llm-upstream", upstream.url, "--llm-max-tokens", "256", "--no-access-log"]
    with launch_gateway(extra_args=extra) as gw:
        yield gw


@pytest.fixture(scope="module")
def endpoint(gateway: LaunchedGateway) -> CloudEndpoint:
    keys = httpx.get(gateway.url + "/.well-known/ohttp-gateway", timeout=10).content
    return CloudEndpoint(gateway.url, key_config=keys, name="gw")


def _cloud_client(generator, endpoint: CloudEndpoint, budget: CostBudget, **kw) -> Client:  # type: ignore[no-untyped-def]
    return Client(
        llm=generator,
        device=False,
        cloud=endpoint,
        policy=Policy(mode=kw.pop("mode", Mode.CLOUD_ONLY)),
        budget=budget,
        cloud_cost=COST,
        **kw,
    )


def test_a_cancelled_cloud_stream_keeps_its_text_route_tokens_and_cost(
    generator,  # type: ignore[no-untyped-def]
    endpoint: CloudEndpoint,
    upstream: ScriptedUpstream,
) -> None:
    upstream.script = _forever(["Writing to <EMA", "IL_1> now: "])
    budget = CostBudget(limit=1.0, window_s=3600)
    messages = [{"role": "user", "content": f"Write to {EMAIL} and count forever."}]
    with _cloud_client(generator, endpoint, budget) as client:
        stream = client.generate(messages=messages, max_tokens=200, stream=True)
        shown = [next(stream) for _ in range(4)]
        stream.cancel()
        assert list(stream) == []
        result = stream.result
    assert result.finish_reason == "cancelled"
    assert result.text == "".join(shown)
    assert EMAIL in result.text  # what the caller saw: the value put back
    assert result.route is Route.CLOUD and result.model
    assert "cloud_endpoint" not in {r.code for r in result.reasons}  # it never answered whole
    # Charged once at the cloud's first text; the result says so.
    assert result.cost == COST and round(budget.spent(client.clock()), 6) == COST
    # The cloud's count is not known (no closing usage): the device tokenizer's, as the
    # cloud wrote it (placeholders), like a whole answer without usage.
    assert result.usage_estimated
    cloud_raw = result.text.replace(EMAIL, "<EMAIL_1>")
    assert result.completion_tokens == result.cloud_completion_tokens
    assert result.completion_tokens == len(generator.tokenizer.encode(cloud_raw))
    assert result.prompt_tokens > 0 and result.ttft_s is not None
    assert result.idempotency_key and len(result.idempotency_key) == 32


def test_a_stream_left_by_a_break_says_how_to_get_its_result(
    generator,  # type: ignore[no-untyped-def]
    endpoint: CloudEndpoint,
    upstream: ScriptedUpstream,
) -> None:
    upstream.script = _forever([])
    budget = CostBudget(limit=1.0, window_s=3600)
    with _cloud_client(generator, endpoint, budget) as client:
        stream = client.generate(messages=COUNT, max_tokens=200, stream=True)
        for _ in stream:
            break
        # Not ended: it could go on. The error says how to end it and keep what it made.
        with pytest.raises(InputValidationError, match=r"close\(\)"):
            _ = stream.result
        with client.generate(messages=COUNT, max_tokens=200, stream=True) as left:
            got = list(itertools.islice(left, 3))
        assert left.result.finish_reason == "cancelled"
        assert left.result.text == "".join(got) and left.result.route is Route.CLOUD
        stream.close()
        assert stream.result.text  # the one piece it showed
        # Two cloud streams that produced text: each charged once.
        assert round(budget.spent(client.clock()), 6) == 2 * COST


def test_a_cancelled_device_stream_counts_the_device_tokens(generator) -> None:  # type: ignore[no-untyped-def]
    with Client(llm=generator, device=False) as client:
        stream = client.generate(messages=COUNT, max_tokens=64, stream=True)
        shown = [next(stream) for _ in range(3)]
        stream.close()
        result = stream.result
    assert result.route is Route.LOCAL and result.finish_reason == "cancelled"
    assert result.text == "".join(shown)
    assert result.prompt_tokens == len(generator.prompt_tokens(COUNT))
    # The device generated these tokens (a token can decode to no text: at least as many).
    assert len(generator.tokenizer.encode(result.text)) <= result.completion_tokens < 64
    assert result.cost == 0.0 and not result.usage_estimated
    assert result.model and "device" in result.model


def test_a_cancel_after_a_failover_keeps_both_parts(
    generator,  # type: ignore[no-untyped-def]
    endpoint: CloudEndpoint,
    upstream: ScriptedUpstream,
) -> None:
    # The cloud breaks after two pieces; the device continues; the caller cancels.
    upstream.script = _broken_after(["One, two, ", "three, "])
    budget = CostBudget(limit=1.0, window_s=3600)
    with _cloud_client(generator, endpoint, budget, mode=Mode.PREFER_CLOUD) as client:
        stream = client.generate(messages=COUNT, max_tokens=64, stream=True)
        shown: list[str] = []
        for piece in stream:
            shown.append(piece)
            if len("".join(shown)) > len("One, two, three, ") + 3:
                break
        stream.cancel()
        result = stream.result
    assert result.text == "".join(shown) and result.text.startswith("One, two, three, ")
    assert result.route is Route.CLOUD and result.failover == "cloud_stream_broken"
    assert result.finish_reason == "cancelled"
    cloud_tokens = len(generator.tokenizer.encode("One, two, three, "))
    assert result.cloud_completion_tokens == cloud_tokens
    assert result.device_completion_tokens >= 1
    assert result.cost == COST and round(budget.spent(client.clock()), 6) == COST


def test_an_async_stream_cancelled_by_a_timeout_keeps_its_result(
    generator,  # type: ignore[no-untyped-def]
    endpoint: CloudEndpoint,
    upstream: ScriptedUpstream,
) -> None:
    upstream.script = _forever(["Counting: "])
    budget = CostBudget(limit=1.0, window_s=3600)

    async def main():  # type: ignore[no-untyped-def]
        async with AsyncClient(
            llm=generator,
            device=False,
            cloud=endpoint,
            policy=Policy(mode=Mode.CLOUD_ONLY),
            budget=budget,
            cloud_cost=COST,
        ) as client:
            stream = await client.generate(messages=COUNT, max_tokens=200, stream=True)
            seen: list[str] = []

            async def consume() -> None:
                async for piece in stream:
                    seen.append(piece)

            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(consume(), timeout=1.0)
            return seen, stream.result

    seen, result = asyncio.run(main())
    assert seen and result.text == "".join(seen)
    assert result.finish_reason == "cancelled" and result.route is Route.CLOUD
    assert result.cost == COST and result.completion_tokens >= 1
    assert result.usage_estimated


def test_async_with_left_early_keeps_the_result(generator) -> None:  # type: ignore[no-untyped-def]
    async def main():  # type: ignore[no-untyped-def]
        async with AsyncClient(llm=generator, device=False) as client:
            async with await client.generate(messages=COUNT, max_tokens=64, stream=True) as s:
                got = []
                async for piece in s:
                    got.append(piece)
                    if len(got) == 2:
                        break
            return got, s.result

    got, result = asyncio.run(main())
    assert result.text == "".join(got) and result.route is Route.LOCAL
    assert result.finish_reason == "cancelled" and result.completion_tokens >= 1


def test_a_stream_closed_before_it_started_has_no_result(generator) -> None:  # type: ignore[no-untyped-def]
    with Client(llm=generator, device=False) as client:
        stream = client.generate(messages=COUNT, max_tokens=8, stream=True)
        stream.close()
        assert list(stream) == []
        with pytest.raises(InputValidationError, match="before a path was chosen"):
            _ = stream.result


def test_a_stream_that_failed_keeps_its_error_not_a_partial_result(
    generator,  # type: ignore[no-untyped-def]
    endpoint: CloudEndpoint,
) -> None:
    # Closed after it raised, it is not "cancelled": `result` raises what it failed with.
    from hybridsdk._exceptions import RequestRejectedError

    budget = CostBudget(limit=1.0, window_s=3600)
    with _cloud_client(generator, endpoint, budget) as client:
        stream = client.generate(messages=COUNT, max_tokens=300, stream=True)
        with pytest.raises(RequestRejectedError):
            next(stream)
        stream.close()
        with pytest.raises(RequestRejectedError, match="max_tokens"):
            _ = stream.result
