"""Stop sequences on the cloud path and across a mid-stream failover: the caller's stream and
`result.text` end before the first stop sequence wherever it falls, whether the upstream
ignored `stop`, or the stop straddles the cloud's last piece and the device's first. Text
that may still become a stop is held back, never shown and then taken back."""

from __future__ import annotations

from hybridsdk._types import Route
from tests.generate._gateway_stub import RawGateway, cloud_client, last_event, text_event

MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]
USAGE = {"prompt_tokens": 9, "completion_tokens": 6}


def _run(generator, events, *, complete, stop):  # type: ignore[no-untyped-def]
    gateway = RawGateway(events, complete=complete)
    with cloud_client(generator, gateway) as client:
        stream = client.generate(messages=MESSAGES, max_tokens=12, stream=True, stop=stop)
        pieces = list(stream)
    assert "".join(pieces) == stream.result.text
    return stream.result


def test_an_upstream_that_ignores_stop_is_cut_at_it(generator) -> None:  # type: ignore[no-untyped-def]
    events = [text_event(t) for t in ["The capital", " is Paris", ".\n", "\nMore text"]]
    result = _run(generator, [*events, last_event(USAGE)], complete=True, stop="\n\n")
    assert result.text == "The capital is Paris."
    assert result.finish_reason == "stop" and result.route is Route.CLOUD


def test_a_stop_begun_by_the_cloud_and_finished_by_the_device(generator) -> None:  # type: ignore[no-untyped-def]
    # The device continues "...is Par" with "is." (greedy): "Paris." spans both.
    events = [text_event("The capital of France is Par")]
    result = _run(generator, events, complete=False, stop=["Paris."])
    assert result.failover == "cloud_stream_broken"
    assert result.text == "The capital of France is "
    assert result.finish_reason == "stop"


def test_a_newline_pair_split_between_cloud_and_device(generator) -> None:  # type: ignore[no-untyped-def]
    # The device continues "...Paris.\n" with "\nI'm sorry..." (greedy).
    events = [text_event("The capital of France is Paris.\n")]
    result = _run(generator, events, complete=False, stop="\n\n")
    assert result.text == "The capital of France is Paris."
    assert result.finish_reason == "stop" and result.failover == "cloud_stream_broken"
