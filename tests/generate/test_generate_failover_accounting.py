"""Accounting across a mid-stream failover: `max_tokens` bounds the cloud's part and the
device's together, and the budget is charged once for a cloud call whose text the caller
got, whichever way the generation then ends."""

from __future__ import annotations

from hybridsdk._types import Route
from tests.generate._gateway_stub import RawGateway, cloud_client, last_event, text_event

MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]
CLOUD_PIECES = ["The", " capital", " of", " France"]


def test_a_cloud_part_that_used_up_max_tokens_is_not_continued(generator) -> None:  # type: ignore[no-untyped-def]
    cloud_tokens = len(generator.tokenizer.encode("".join(CLOUD_PIECES)))
    gateway = RawGateway([text_event(p) for p in CLOUD_PIECES], complete=False)
    with cloud_client(generator, gateway) as client:
        stream = client.generate(messages=MESSAGES, max_tokens=cloud_tokens, stream=True)
        pieces = list(stream)
    result = stream.result
    assert pieces == CLOUD_PIECES and result.text == "The capital of France"
    assert result.completion_tokens == result.cloud_completion_tokens == cloud_tokens
    assert result.finish_reason == "length" and result.failover == "cloud_stream_broken"
    assert result.route is Route.CLOUD and result.cost == 0.002


def test_the_device_continues_only_with_what_is_left(generator) -> None:  # type: ignore[no-untyped-def]
    cloud_tokens = len(generator.tokenizer.encode("".join(CLOUD_PIECES)))
    gateway = RawGateway([text_event(p) for p in CLOUD_PIECES], complete=False)
    with cloud_client(generator, gateway) as client:
        result = client.generate(messages=MESSAGES, max_tokens=cloud_tokens + 3)
    assert result.completion_tokens <= cloud_tokens + 3
    assert result.completion_tokens > result.cloud_completion_tokens == cloud_tokens


def _spent(client) -> float:  # type: ignore[no-untyped-def]
    return round(client.budget.spent(client.clock()), 6)


def test_the_budget_is_charged_once_per_cloud_call_on_every_path(generator) -> None:  # type: ignore[no-untyped-def]
    from hybridsdk.routing._signals import CostBudget

    pieces = [text_event(p) for p in CLOUD_PIECES]
    usage = {"prompt_tokens": 9, "completion_tokens": 4}
    gateway = RawGateway([*pieces, last_event(usage)], complete=True)
    budget = CostBudget(limit=1.0, window_s=3600)
    with cloud_client(generator, gateway, budget=budget) as client:
        client.generate(messages=MESSAGES, max_tokens=8)
        assert _spent(client) == 0.002  # answered in full
        stream = client.generate(messages=MESSAGES, max_tokens=8, stream=True)
        assert next(stream) == "The"
        stream.close()  # the caller stops reading: the cloud was already generating
        assert _spent(client) == 0.004
        gateway.events, gateway.complete = pieces, False
        client.generate(messages=MESSAGES, max_tokens=8)  # failed over mid-stream
        assert _spent(client) == 0.006
        gateway.events, gateway.complete = [last_event({**usage, "completion_tokens": 0})], True
        assert client.generate(messages=MESSAGES, max_tokens=8).text == ""
        assert _spent(client) == 0.008  # an answer without text is still a call
        gateway.events, gateway.complete = [], False
        client.generate(messages=MESSAGES, max_tokens=3)  # failed before any text: the device
        assert _spent(client) == 0.008


def test_a_failover_past_the_devices_context_continues_within_it(generator) -> None:  # type: ignore[no-untyped-def]
    # max_tokens the cloud accepts but the device's context (8192) cannot hold with the
    # prompt: the device continues within the room it has, it does not raise mid-stream.
    max_tokens = generator.context_length - 10
    gateway = RawGateway([text_event(p) for p in CLOUD_PIECES], complete=False)
    with cloud_client(generator, gateway) as client:
        stream = client.generate(messages=MESSAGES, max_tokens=max_tokens, stream=True)
        pieces = list(stream)
    result = stream.result
    assert pieces[:4] == CLOUD_PIECES and result.text == "".join(pieces)
    assert result.failover == "cloud_stream_broken" and result.route is Route.CLOUD
    assert result.prompt_tokens + result.completion_tokens <= generator.context_length
