"""Stop sequences leave the device too (the upstream is asked to stop there): one that holds
personal data must not go out as is. Such stops are kept back from the cloud and applied on
the device side only (`_stream_stops`), so the answer still ends before them."""

from __future__ import annotations

import json

from hybridsdk._types import Route
from tests.generate._gateway_stub import RawGateway, cloud_client, last_event, text_event

MESSAGES = [{"role": "user", "content": "Who should I write to?"}]
EMAIL = "jane.doe@example.com"


def test_a_stop_with_personal_data_stays_on_the_device(generator) -> None:  # type: ignore[no-untyped-def]
    answer = [text_event("Write to "), text_event(EMAIL), text_event(" today.")]
    gateway = RawGateway(
        [*answer, last_event({"prompt_tokens": 9, "completion_tokens": 3})], complete=True
    )
    with cloud_client(generator, gateway) as client:
        result = client.generate(messages=MESSAGES, max_tokens=8, stop=[EMAIL, "\n\n"])
    assert EMAIL not in json.dumps(gateway.seen)
    assert gateway.seen[0]["stop"] == ["\n\n"]  # a stop without personal data still goes
    assert result.route is Route.CLOUD and result.text == "Write to "
    assert result.finish_reason == "stop"
