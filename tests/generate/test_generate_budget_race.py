"""Deliveries from the outbox are counted once, and the drain and direct generations
share the budget window without overspending it.

- Telemetry recorded a deferred generation when the cloud answered, before the outbox
  committed it: a commit that failed meant a resend and a second record for one answer
  (the budget, charged after the commit, counted it once).
- The drain checked the budget before each send and charged it after the commit; a direct
  generation checked it when routing and charged it at its first text. Run together, both
  could pass their checks on the same last unit of the window and both spend it.

Real parts: chunked OHTTP to a gateway stand-in on httpx.MockTransport, a SQLite outbox."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import hybridsdk._generate as generate_module
from hybridsdk import Client
from hybridsdk._exceptions import OutboxError
from hybridsdk._types import Route
from hybridsdk.cloud._chat_transport import SyncChatIO
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.routing._signals import CostBudget
from tests.generate._gateway_stub import RawGateway, last_event, text_event
from tests.generate.test_deferred_charge_once import _failing_commits, _unreachable

MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]
COST = 0.002


class _Recorder:
    """A stand-in GenAIRecorder keeping what it was given."""

    def __init__(self) -> None:
        self.generations: list[Any] = []
        self.infers: list[Any] = []

    def record_generation(self, record: Any) -> None:
        self.generations.append(record)

    def record_infer(self, result: Any, **kw: Any) -> None:
        self.infers.append(result)


def _client(generator, tmp_path, budget: CostBudget, **kw: Any) -> tuple[Client, RawGateway]:  # type: ignore[no-untyped-def]
    gateway = RawGateway([text_event("Paris."), last_event(None)], complete=True)
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
        **kw,
    )
    client._drainer.stop()  # drained by the test  # type: ignore[union-attr]
    client._chat_io = SyncChatIO(transport=httpx.MockTransport(_unreachable))
    return client, gateway


def test_a_resend_after_a_failed_commit_is_recorded_once(generator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    recorder = _Recorder()
    budget = CostBudget(limit=1.0, window_s=3600)
    client, gateway = _client(generator, tmp_path, budget, telemetry=recorder)  # type: ignore[arg-type]
    with client:
        deferred = client.generate(messages=MESSAGES, max_tokens=8, deferrable=True)
        assert deferred.route is Route.DEFERRED
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
        _failing_commits(client, 1)
        with pytest.raises(OutboxError):
            client.drain_outbox()  # the send is answered, its commit fails
        assert [r for r in recorder.generations if r.degraded_step == "defer"] == []
        assert client.drain_outbox().delivered == 1
        delivered = [r for r in recorder.generations if r.degraded_step == "defer"]
        assert len(delivered) == 1, delivered  # one answer, one record (as the budget)
        assert delivered[0].route == "cloud"
        assert round(budget.spent(client.clock()), 6) == COST


def test_a_drain_during_a_direct_generation_cannot_spend_the_same_budget(
    generator,  # type: ignore[no-untyped-def]
    tmp_path,
) -> None:
    # Room for one call. A record waits in the outbox; a direct generation is routed to
    # the cloud, and while its request is in flight the drain runs.
    budget = CostBudget(limit=COST, window_s=3600)
    client, gateway = _client(generator, tmp_path, budget)
    reports: list[Any] = []
    drained: list[bool] = []

    def answer_after_a_drain(request: httpx.Request) -> httpx.Response:
        if not drained:  # once: the drain's own send comes through here too
            drained.append(True)
            reports.append(client.drain_outbox())
        return gateway(request)

    with client:
        deferred = client.generate(messages=MESSAGES, max_tokens=8, deferrable=True)
        assert deferred.route is Route.DEFERRED
        client.connectivity.record_success()  # back online
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(answer_after_a_drain))
        direct = client.generate(messages=MESSAGES, max_tokens=8)
        assert direct.route is Route.CLOUD and direct.text == "Paris."
        (report,) = reports
        assert report.delivered == 0 and report.held_by is not None, report
        assert budget.spent(client.clock()) <= COST + 1e-12, budget.spent(client.clock())
        assert client.deferred_generation(deferred.idempotency_key) is None  # still waits


def test_a_direct_generation_after_the_drain_spent_the_budget_stays_on_the_device(
    generator,  # type: ignore[no-untyped-def]
    tmp_path,
    monkeypatch,
) -> None:
    # The other order: the drain spends the last unit while the direct call is being
    # routed; the direct call must not spend it again.
    drained: list[bool] = []
    budget = CostBudget(limit=COST, window_s=3600)
    client, gateway = _client(generator, tmp_path, budget)
    with client:
        client.generate(messages=MESSAGES, max_tokens=8, deferrable=True)
        client.connectivity.record_success()  # back online
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
        real_decision = generate_module.prehoc_decision

        def decide_then_drain(*args: Any, **kw: Any) -> Any:
            decided = real_decision(*args, **kw)
            if not drained:
                drained.append(True)
                assert client.drain_outbox().delivered == 1  # the window's last unit
            return decided

        monkeypatch.setattr(generate_module, "prehoc_decision", decide_then_drain)
        sent = len(gateway.seen)
        direct = client.generate(messages=MESSAGES, max_tokens=8)
        assert direct.route is not Route.CLOUD, direct.reasons
        assert len(gateway.seen) == sent + 1  # the drain's send only
        assert budget.spent(client.clock()) <= COST + 1e-12
