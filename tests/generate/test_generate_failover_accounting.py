"""Accounting across a mid-stream failover: `max_tokens` bounds the cloud's part and the
device's together, and the budget is charged once for a cloud call whose text the caller
got, whichever way the generation then ends."""

from __future__ import annotations

from hybridsdk._types import Route
from tests.generate._gateway_stub import RawGateway, cloud_client, text_event

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
