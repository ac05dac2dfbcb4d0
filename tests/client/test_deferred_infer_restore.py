"""A deferred `infer` whose text left pseudonymised gets its values back, as a deferred
generation does: `deferred_result(key)` and `on_deferred_result` returned the placeholders
(`<EMAIL_1>`) where the same request answered directly had the address. The mapping stays in
this process's memory, never in the outbox: after a restart the placeholders stay and the
result says so (reason ``pseudonyms_not_restored``).

Real parts: a gateway process on 127.0.0.1 serving a text model that answers with what it
was sent (`build_echo_zoo`), the fault proxy between client and gateway to make the first
call fail, a real SQLite outbox, sync and async clients."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytest.importorskip("starlette")

from hybridsdk import AsyncClient, Client, Task
from hybridsdk._degradation import DegradationChain
from hybridsdk._types import Route
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._retry import RetryPolicy
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.testing import FaultPlan, FaultProxy
from tests._gateway_process import GatewayProcess, build_echo_zoo, run_gateway

pytestmark = pytest.mark.slow
EMAIL = "jane.doe@example.com"
TEXT = f"Please forward the invoice to {EMAIL} today."
TASK = Task("echo", cloud_model="echo", kind="text", degradation=DegradationChain(("defer",)))


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    base = tmp_path_factory.mktemp("echo-gateway")
    zoo = build_echo_zoo(base / "zoo")
    with run_gateway("--models", str(zoo), "--no-access-log", log_dir=base) as gw:
        yield gw


@pytest.fixture
def proxy(gateway: GatewayProcess) -> Iterator[FaultProxy]:
    with FaultProxy(("127.0.0.1", gateway.port), seed=1) as p:
        yield p


def _options(gateway: GatewayProcess, proxy: FaultProxy, outbox: Path) -> dict:  # type: ignore[type-arg]
    keys = httpx.get(gateway.url + "/.well-known/ohttp-gateway", timeout=10).content
    return dict(
        tasks=[TASK],
        cloud=CloudEndpoint(proxy.url, key_config=keys, name="proxied"),
        policy=Policy(mode=Mode.CLOUD_ONLY),
        retry=RetryPolicy(attempts=1),
        breaker=None,
        device=False,
        cache=False,
        outbox=outbox,
        drain_interval_s=3600,
    )


def _reply(result) -> str:  # type: ignore[no-untyped-def]
    return str(result.outputs["reply"].reshape(-1)[0])


def test_a_drained_infer_answer_gets_its_values_back(
    gateway: GatewayProcess, proxy: FaultProxy, tmp_path: Path
) -> None:
    outbox = tmp_path / "outbox.sqlite3"
    delivered: list = []
    with Client(**_options(gateway, proxy, outbox), on_deferred_result=delivered.append) as client:
        client._drainer.stop()  # drained below  # type: ignore[union-attr]
        direct = client.infer(text=TEXT)
        assert direct.route is Route.CLOUD and _reply(direct) == TEXT  # restored
        proxy.set_faults(FaultPlan(probabilities={"http_503": 1.0}))
        deferred = client.infer(text=TEXT, deferrable=True)
        assert deferred.route is Route.DEFERRED
        key = deferred.idempotency_key
        stored = client.outbox.get(key).payload  # type: ignore[union-attr]
        assert EMAIL.encode() not in stored  # the outbox holds what may leave, only
        placeholder = json.loads(stored)["request"]["inputs"][0]["data"][0]
        assert "<EMAIL_1>" in placeholder
        proxy.clear()
        assert client.drain_outbox().delivered == 1
        later = client.deferred_result(key)
    assert later is not None and _reply(later) == TEXT
    assert "pseudonyms_not_restored" not in [r.code for r in later.reasons]
    assert [_reply(r) for r in delivered] == [TEXT]

    # Another process (a restart) has no mapping: the placeholders stay, and it says so.
    with Client(**_options(gateway, proxy, outbox)) as restarted:
        again = restarted.deferred_result(key)
    assert again is not None and _reply(again) == placeholder
    assert "pseudonyms_not_restored" in [r.code for r in again.reasons]


def test_the_async_client_restores_a_deferred_infer_too(
    gateway: GatewayProcess, proxy: FaultProxy, tmp_path: Path
) -> None:
    async def main() -> str:
        async with AsyncClient(**_options(gateway, proxy, tmp_path / "o.sqlite3")) as client:
            proxy.set_faults(FaultPlan(probabilities={"http_503": 1.0}))
            deferred = await client.infer(text=TEXT, deferrable=True)
            assert deferred.route is Route.DEFERRED
            proxy.clear()
            report = await client.drain_outbox()
            assert report.delivered == 1
            later = client.deferred_result(deferred.idempotency_key)
            assert later is not None
            return _reply(later)

    assert asyncio.run(main()) == TEXT


def test_a_delivered_deferred_infer_is_charged_once(
    gateway: GatewayProcess, proxy: FaultProxy, tmp_path: Path
) -> None:
    # A deferred generation is charged when the drain delivers it and reports that cost;
    # a deferred infer ran the same cloud call and reported 0, charging nothing.
    from hybridsdk.routing._signals import CostBudget

    budget = CostBudget(limit=1.0, window_s=3600)
    options = {**_options(gateway, proxy, tmp_path / "o.sqlite3"), "budget": budget}
    with Client(**options, cloud_cost=0.002) as client:
        client._drainer.stop()  # drained below  # type: ignore[union-attr]
        direct = client.infer(text="hello")
        assert direct.cost == 0.002 and round(budget.spent(client.clock()), 6) == 0.002
        proxy.set_faults(FaultPlan(probabilities={"http_503": 1.0}))
        deferred = client.infer(text="hello again", deferrable=True)
        assert deferred.route is Route.DEFERRED
        assert round(budget.spent(client.clock()), 6) == 0.002  # nothing sent yet
        proxy.clear()
        assert client.drain_outbox().delivered == 1
        assert client.drain_outbox().delivered == 0
        later = client.deferred_result(deferred.idempotency_key)
        spent = budget.spent(client.clock())
    assert later is not None and later.cost == 0.002
    assert round(spent, 6) == 0.004


def test_an_expired_deferred_infer_says_so(
    gateway: GatewayProcess, proxy: FaultProxy, tmp_path: Path
) -> None:
    # It returned None, as for one still waiting: a caller polled for ever.
    from hybridsdk._exceptions import UndeliverableRecordError
    from hybridsdk.outbox._store import Outbox
    from tests._fakes import FakeTime

    clock = FakeTime()
    outbox = Outbox(tmp_path / "o.sqlite3", ttl_s=60, clock=clock)
    with Client(**{**_options(gateway, proxy, tmp_path / "o.sqlite3"), "outbox": outbox}) as client:
        client._drainer.stop()  # type: ignore[union-attr]
        proxy.set_faults(FaultPlan(probabilities={"http_503": 1.0}))
        key = client.infer(text="hello", deferrable=True).idempotency_key
        assert client.deferred_result(key) is None  # waiting
        clock.now += 61
        client.drain_outbox()  # expires it, sends nothing
        with pytest.raises(UndeliverableRecordError, match="expired"):
            client.deferred_result(key)


def test_a_delivered_deferred_infer_is_recorded_in_telemetry(
    gateway: GatewayProcess, proxy: FaultProxy, tmp_path: Path
) -> None:
    # Delivered by the async drain: a cloud call recorded nowhere before.
    pytest.importorskip("opentelemetry.sdk")
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader

    from hybridsdk.telemetry import GenAIRecorder

    reader = InMemoryMetricReader()
    recorder = GenAIRecorder(meter_provider=MeterProvider(metric_readers=[reader]))

    async def main() -> None:
        options = _options(gateway, proxy, tmp_path / "o.sqlite3")
        async with AsyncClient(**options, telemetry=recorder) as client:
            proxy.set_faults(FaultPlan(probabilities={"http_503": 1.0}))
            assert (await client.infer(text=TEXT, deferrable=True)).route is Route.DEFERRED
            proxy.clear()
            assert (await client.drain_outbox()).delivered == 1

    asyncio.run(main())
    data = reader.get_metrics_data()
    routes = sorted(
        (dict(p.attributes)["hybridsdk.route"], dict(p.attributes).get("hybridsdk.degraded.step"))
        for rm in data.resource_metrics  # type: ignore[union-attr]
        for sm in rm.scope_metrics
        for m in sm.metrics
        if m.name == "hybridsdk.client.infer.duration"
        for p in m.data.data_points
    )
    assert routes == [("cloud", "defer"), ("deferred", "defer")]
