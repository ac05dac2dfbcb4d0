"""The outbox drain keeps to the client's budget window.

It sent every deferred call it held, whatever the budget: a device back online after a day
offline spent past its window at once. Now a record the window cannot pay for waits in the
outbox (pending, its attempts unchanged) for a later drain, and the report says why
(`DrainReport.held_by`), with a log line.

Real parts: chunked OHTTP to a gateway stand-in on httpx.MockTransport, a SQLite outbox,
a fake clock for the budget window."""

from __future__ import annotations

import logging

import httpx

from hybridsdk import Client
from hybridsdk.cloud._chat_transport import SyncChatIO
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.outbox._store import OutboxState
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.routing._signals import CostBudget
from tests.generate._gateway_stub import RawGateway

MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]
COST = 0.002
WINDOW_S = 3600.0


def _unreachable(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _client(generator, tmp_path, clock: _Clock, **kw) -> tuple[Client, RawGateway]:  # type: ignore[no-untyped-def]
    gateway = RawGateway([], complete=True)
    gateway.whole_text = "Paris."
    endpoint = CloudEndpoint("http://127.0.0.1:9", key_config=gateway.config.encode())
    client = Client(
        llm=generator,
        device=False,
        cloud=endpoint,
        policy=Policy(mode=Mode.CLOUD_ONLY),
        outbox=tmp_path / "outbox.sqlite3",
        clock=clock,
        **kw,
    )
    client._drainer.stop()  # drained by the test  # type: ignore[union-attr]
    return client, gateway


def _defer(client: Client, n: int) -> list[str]:
    client._chat_io = SyncChatIO(transport=httpx.MockTransport(_unreachable))
    keys = [
        client.generate(messages=MESSAGES, max_tokens=8, deferrable=True).idempotency_key
        for _ in range(n)
    ]
    return keys  # type: ignore[return-value]


def test_a_drain_stops_at_the_budget_and_the_rest_waits_for_a_later_window(
    generator,  # type: ignore[no-untyped-def]
    tmp_path,
    caplog,
) -> None:
    clock = _Clock()
    budget = CostBudget(limit=2 * COST, window_s=WINDOW_S)
    client, gateway = _client(generator, tmp_path, clock, budget=budget, cloud_cost=COST)
    with client:
        keys = _defer(client, 3)
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
        with caplog.at_level(logging.INFO, logger="hybridsdk.outbox"):
            first = client.drain_outbox()
        assert first.delivered == 2 and first.failed == 0
        assert first.stopped_by is None  # not an error: nothing to back off from
        assert first.held_by is not None and "budget" in first.held_by
        assert first.held_key == keys[2]
        assert any("budget" in r.getMessage() for r in caplog.records)
        assert round(budget.spent(clock()), 6) == 2 * COST  # not past the window's limit
        waiting = client.outbox.get(keys[2])  # type: ignore[union-attr]
        assert waiting.state is OutboxState.PENDING and waiting.attempts == 0
        assert client.deferred_generation(keys[2]) is None  # still waiting, not lost

        clock.now += 10.0  # the same window: still held, nothing sent
        sent = len(gateway.seen)
        again = client.drain_outbox()
        assert again.delivered == 0 and again.attempted == 0 and again.held_key == keys[2]
        assert len(gateway.seen) == sent

        clock.now += WINDOW_S  # a later window
        later = client.drain_outbox()
        assert later.delivered == 1 and later.held_by is None
        assert client.deferred_generation(keys[2]).text == "Paris."
        assert round(budget.spent(clock()), 6) == COST


def test_without_a_budget_everything_is_sent(generator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Hard negative: no budget, or calls that cost nothing, hold nothing back.
    clock = _Clock()
    client, gateway = _client(generator, tmp_path, clock, cloud_cost=COST)
    with client:
        _defer(client, 3)
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
        report = client.drain_outbox()
        assert report.delivered == 3 and report.held_by is None


def test_free_calls_are_not_held_by_a_spent_budget(generator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clock = _Clock()
    budget = CostBudget(limit=0.0, window_s=WINDOW_S)
    client, gateway = _client(generator, tmp_path, clock, budget=budget, cloud_cost=0.0)
    with client:
        _defer(client, 2)
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
        assert client.drain_outbox().delivered == 2
