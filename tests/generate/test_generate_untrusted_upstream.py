"""What an upstream that lies or misbehaves inside a well-encrypted stream does to
`client.generate`: a usage that is missing a field, negative, not a number or far beyond
the request's `max_tokens` is not believed (the local tokenizer counts instead,
``usage_estimated=True``); an event that is not a chat chunk object breaks the stream like
a cut connection (typed, the device answers), never an untyped KeyError or TypeError."""

from __future__ import annotations

import pytest

from hybridsdk._types import Route
from tests.generate._gateway_stub import RawGateway, cloud_client, last_event, text_event

MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]


@pytest.mark.parametrize(
    "usage",
    [
        {"completion_tokens": 2},  # no prompt_tokens
        {"prompt_tokens": -5, "completion_tokens": -2},
        {"prompt_tokens": "eleven", "completion_tokens": 2},
        {"prompt_tokens": 11.5, "completion_tokens": 2},
        {"prompt_tokens": True, "completion_tokens": 2},
        {"prompt_tokens": 11, "completion_tokens": 10**12},  # far over max_tokens=8
        {"prompt_tokens": 10**15, "completion_tokens": 2},
        [11, 2],
        "11,2",
    ],
)
def test_a_usage_that_cannot_be_true_is_replaced_by_the_local_count(generator, usage) -> None:  # type: ignore[no-untyped-def]
    gateway = RawGateway([text_event("Paris"), text_event("."), last_event(usage)], complete=True)
    with cloud_client(generator, gateway) as client:
        result = client.generate(messages=MESSAGES, max_tokens=8)
    assert result.route is Route.CLOUD and result.failover is None and result.text == "Paris."
    assert result.usage_estimated
    assert result.prompt_tokens == len(generator.prompt_tokens(MESSAGES))
    assert result.completion_tokens == len(generator.tokenizer.encode("Paris."))


def test_a_true_usage_is_kept(generator) -> None:  # type: ignore[no-untyped-def]
    usage = {"prompt_tokens": 11, "completion_tokens": 2, "total_tokens": 13}
    gateway = RawGateway([text_event("Paris"), text_event("."), last_event(usage)], complete=True)
    with cloud_client(generator, gateway) as client:
        result = client.generate(messages=MESSAGES, max_tokens=8)
    assert (result.prompt_tokens, result.completion_tokens) == (11, 2)
    assert not result.usage_estimated


@pytest.mark.parametrize(
    "bad",
    [
        b"data: [1, 2]\n\n",
        b"data: 42\n\n",
        b'data: {"choices": [1]}\n\n',
        b'data: {"choices": [null]}\n\n',
        b'data: {"choices": [{"delta": null, "finish_reason": 7}, ["x"]]}\n\n',
        b'data: {"choices": {"a": 1}}\n\n',
        b'data: {"choices": [{"delta": "x"}]}\n\n',
        b'data: {"choices": [{"delta": {"content": 5}}]}\n\n',
        b'data: {"choices": [{"delta": {"content": ["a"]}}]}\n\n',
    ],
)
def test_an_event_that_is_not_a_chat_chunk_breaks_the_stream_typed(generator, bad) -> None:  # type: ignore[no-untyped-def]
    usage = {"prompt_tokens": 11, "completion_tokens": 3}
    events = [text_event("The capital"), bad, text_event(" is"), last_event(usage)]
    gateway = RawGateway(events, complete=True)
    with cloud_client(generator, gateway) as client:
        stream = client.generate(messages=MESSAGES, max_tokens=10, stream=True)
        pieces = list(stream)
    result = stream.result
    assert pieces[0] == "The capital" and result.text == "".join(pieces)
    assert result.failover == "cloud_stream_broken" and result.route is Route.CLOUD
    failed = [r.message for r in result.reasons if r.code == "cloud_stream_broken"]
    assert failed and "EncodingError" in failed[0]


def test_pieces_read_with_a_tampered_chunk_are_kept(generator) -> None:  # type: ignore[no-untyped-def]
    # The whole body arrives in one read: the intact first chunk's text reaches the caller
    # and the device continues it (it was dropped with the read before).
    events = [text_event("The capital"), text_event(" of"), text_event(" France")]
    gateway = RawGateway(events, complete=True, tamper=1)
    with cloud_client(generator, gateway) as client:
        stream = client.generate(messages=MESSAGES, max_tokens=10, stream=True)
        pieces = list(stream)
    assert pieces[0] == "The capital" and stream.result.failover == "cloud_stream_broken"
    failed = [r.message for r in stream.result.reasons if r.code == "cloud_stream_broken"]
    assert "did not decrypt" in failed[0]
