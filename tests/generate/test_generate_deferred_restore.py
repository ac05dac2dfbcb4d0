"""A deferred generation whose messages left pseudonymised: when the outbox drain delivers
the cloud's answer in the process that stored it, `deferred_generation(key)` and
`on_deferred_result` give it with the values put back (they returned the placeholders).
The mapping is kept in memory only, never in the outbox: after a restart the answer keeps
its placeholders and says so (reason ``pseudonyms_not_restored``)."""

from __future__ import annotations

import json
import re

import httpx

from hybridsdk import Client
from hybridsdk._types import Route
from hybridsdk.cloud._chat_transport import SyncChatIO
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.routing._policy import Mode, Policy
from tests.generate._gateway_stub import RawGateway

EMAIL = "jane.doe@example.com"
MESSAGES = [{"role": "user", "content": f"Tell {EMAIL} the capital of France."}]


def _unreachable(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def test_a_drained_answer_gets_its_values_back_in_the_same_process(generator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gateway = RawGateway([], complete=True)
    endpoint = CloudEndpoint("http://127.0.0.1:9", key_config=gateway.config.encode())
    delivered: list = []
    options = dict(
        llm=generator,
        device=False,
        cloud=endpoint,
        policy=Policy(mode=Mode.CLOUD_ONLY),
        outbox=tmp_path / "outbox.sqlite3",
    )
    with Client(**options, on_deferred_result=delivered.append) as client:
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(_unreachable))
        deferred = client.generate(messages=MESSAGES, max_tokens=8, deferrable=True)
        assert deferred.route is Route.DEFERRED
        key = deferred.idempotency_key
        stored = client.outbox.get(key).payload
        assert EMAIL.encode() not in stored  # the outbox holds what may leave, only
        placeholder = re.search(
            r"<[A-Z_]+_\d+>", json.loads(stored)["request"]["messages"][0]["content"]
        ).group(0)
        gateway.whole_text = f"Paris. I wrote to {placeholder}."
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
        assert client.drain_outbox().delivered == 1
        answer = client.deferred_generation(key)
    assert answer.text == f"Paris. I wrote to {EMAIL}."
    assert [r.text for r in delivered] == [answer.text]
    assert EMAIL not in json.dumps(gateway.seen)

    # Another process (a restart) has no mapping: the placeholders stay, and it says so.
    with Client(**options) as later:
        again = later.deferred_generation(key)
    assert again.text == f"Paris. I wrote to {placeholder}."
    assert "pseudonyms_not_restored" in [r.code for r in again.reasons]


def test_a_delivered_deferred_generation_is_charged_once(generator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Its result reports the call's cost, so the budget must have been charged for it.
    from hybridsdk.routing._signals import CostBudget

    gateway = RawGateway([], complete=True)
    gateway.whole_text = "Paris."
    endpoint = CloudEndpoint("http://127.0.0.1:9", key_config=gateway.config.encode())
    budget = CostBudget(limit=1.0, window_s=3600)
    with Client(
        llm=generator,
        device=False,
        cloud=endpoint,
        policy=Policy(mode=Mode.CLOUD_ONLY),
        outbox=tmp_path / "outbox.sqlite3",
        budget=budget,
        cloud_cost=0.002,
    ) as client:
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(_unreachable))
        key = client.generate(messages=MESSAGES, max_tokens=8, deferrable=True).idempotency_key
        assert budget.spent(client.clock()) == 0.0  # nothing was generated yet
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
        assert client.drain_outbox().delivered == 1
        assert client.drain_outbox().delivered == 0
        answer = client.deferred_generation(key)
        assert answer.cost == 0.002
        assert round(budget.spent(client.clock()), 6) == 0.002


def test_a_deferred_answer_without_usage_is_counted_on_the_device(generator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Tokens on every result: an upstream that sends no usage is counted with the local
    # tokenizer, as a direct generation is (it said 0 and 0).
    gateway = RawGateway([], complete=True)
    gateway.whole_text, gateway.whole_usage = "Paris is the capital of France.", False
    endpoint = CloudEndpoint("http://127.0.0.1:9", key_config=gateway.config.encode())
    with Client(
        llm=generator,
        device=False,
        cloud=endpoint,
        policy=Policy(mode=Mode.CLOUD_ONLY),
        outbox=tmp_path / "outbox.sqlite3",
    ) as client:
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(_unreachable))
        plain = [{"role": "user", "content": "What is the capital of France?"}]
        key = client.generate(messages=plain, max_tokens=8, deferrable=True).idempotency_key
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
        assert client.drain_outbox().delivered == 1
        answer = client.deferred_generation(key)
    assert answer.usage_estimated
    assert answer.completion_tokens == len(generator.tokenizer.encode(gateway.whole_text))
    assert answer.prompt_tokens == len(generator.prompt_tokens(plain))
