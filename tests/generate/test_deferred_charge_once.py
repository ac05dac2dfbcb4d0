"""A deferred generation is charged to the budget once per delivered answer.

The drain's sender charged the budget as soon as the cloud answered, before the outbox
committed the delivery. When that commit failed (a full disk, a locked file), the record
went back to pending, the next drain sent it again (the gateway answers it from its
idempotency window: one generation) and the sender charged it again: the budget counted
two calls for one answer. Now the charge is held when the record is sent (so a direct call
cannot spend the same budget meanwhile), refunded if the send fails, and kept for the
resend of an answer whose commit failed.

Real parts: chunked OHTTP to a gateway stand-in on httpx.MockTransport, a SQLite outbox."""

from __future__ import annotations

import httpx
import pytest

from hybridsdk import Client
from hybridsdk._exceptions import OutboxError
from hybridsdk._types import Route
from hybridsdk.cloud._chat_transport import SyncChatIO
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.routing._signals import CostBudget
from tests.generate._gateway_stub import RawGateway

MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]
COST = 0.002


def _unreachable(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def _deferring_client(generator, tmp_path, budget: CostBudget) -> tuple[Client, RawGateway]:  # type: ignore[no-untyped-def]
    gateway = RawGateway([], complete=True)
    gateway.whole_text = "Paris."
    endpoint = CloudEndpoint("http://127.0.0.1:9", key_config=gateway.config.encode())
    client = Client(
        llm=generator,
        device=False,
        cloud=endpoint,
        policy=Policy(mode=Mode.CLOUD_ONLY),
        outbox=tmp_path / "outbox.sqlite3",
        budget=budget,
        cloud_cost=COST,
    )
    client._drainer.stop()  # drained by the test  # type: ignore[union-attr]
    client._chat_io = SyncChatIO(transport=httpx.MockTransport(_unreachable))
    return client, gateway


def _failing_commits(client: Client, times: int) -> list[str]:
    """Make the outbox's next `times` delivery commits fail; the keys they were for."""
    real = client.outbox.mark_delivered  # type: ignore[union-attr]
    failed: list[str] = []

    def mark_delivered(key, result, *, now=None):  # type: ignore[no-untyped-def]
        if len(failed) < times:
            failed.append(key)
            raise OutboxError("outbox: commit failed (disk I/O error)")
        return real(key, result, now=now)

    client.outbox.mark_delivered = mark_delivered  # type: ignore[method-assign,union-attr]
    return failed


def test_a_failed_commit_then_a_redelivery_charges_once(generator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    budget = CostBudget(limit=1.0, window_s=3600)
    client, gateway = _deferring_client(generator, tmp_path, budget)
    with client:
        deferred = client.generate(messages=MESSAGES, max_tokens=8, deferrable=True)
        assert deferred.route is Route.DEFERRED
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
        failed = _failing_commits(client, 1)
        with pytest.raises(OutboxError):
            client.drain_outbox()
        assert failed == [deferred.idempotency_key]
        # The cloud answered but nothing was delivered: the charge the drain held for the
        # send stays (the answer was generated), and the resend does not add another.
        assert round(budget.spent(client.clock()), 6) == COST
        assert client.drain_outbox().delivered == 1  # sent again, committed this time
        assert client.drain_outbox().delivered == 0
        answer = client.deferred_generation(deferred.idempotency_key)
        assert answer.text == "Paris." and answer.cost == COST
        assert len([b for b in gateway.seen if b.get("stream") is False]) == 2
        assert round(budget.spent(client.clock()), 6) == COST  # once, for one answer


def test_two_delivered_records_are_charged_twice(generator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Hard negative: once per delivered answer, not once per drain.
    budget = CostBudget(limit=1.0, window_s=3600)
    client, gateway = _deferring_client(generator, tmp_path, budget)
    with client:
        for _ in range(2):
            client.generate(messages=MESSAGES, max_tokens=8, deferrable=True)
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
        assert client.drain_outbox().delivered == 2
        assert round(budget.spent(client.clock()), 6) == 2 * COST


def test_a_refused_record_is_not_charged(generator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Hard negative: a record the gateway refuses for good was not answered: no charge.
    budget = CostBudget(limit=1.0, window_s=3600)
    client, _ = _deferring_client(generator, tmp_path, budget)

    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(422, json={"type": "about:blank", "title": "bad request"})

    with client:
        client.generate(messages=MESSAGES, max_tokens=8, deferrable=True)
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(refuse))
        report = client.drain_outbox()
        assert report.delivered == 0
        assert budget.spent(client.clock()) == 0.0


def test_the_async_drain_charges_once_too(generator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import asyncio
    import contextlib

    from hybridsdk import AsyncClient
    from hybridsdk.cloud._chat_transport import AsyncChatIO

    budget = CostBudget(limit=1.0, window_s=3600)
    gateway = RawGateway([], complete=True)
    gateway.whole_text = "Paris."
    endpoint = CloudEndpoint("http://127.0.0.1:9", key_config=gateway.config.encode())

    async def main() -> None:
        async with AsyncClient(
            llm=generator,
            device=False,
            cloud=endpoint,
            policy=Policy(mode=Mode.CLOUD_ONLY),
            outbox=tmp_path / "outbox.sqlite3",
            budget=budget,
            cloud_cost=COST,
            drain_interval_s=3600,
        ) as client:
            client._chat_io = AsyncChatIO(transport=httpx.MockTransport(_unreachable))
            deferred = await client.generate(messages=MESSAGES, max_tokens=8, deferrable=True)
            assert deferred.route is Route.DEFERRED
            drainer = client._drain_task  # drained by the test (it stays, done)
            assert drainer is not None
            drainer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await drainer
            client._chat_io = AsyncChatIO(transport=httpx.MockTransport(gateway))
            _failing_commits(client, 1)  # type: ignore[arg-type]
            with pytest.raises(OutboxError):
                await client.drain_outbox()
            assert round(budget.spent(client.clock()), 6) == COST  # held since the send
            assert (await client.drain_outbox()).delivered == 1
            assert round(budget.spent(client.clock()), 6) == COST

    asyncio.run(main())
