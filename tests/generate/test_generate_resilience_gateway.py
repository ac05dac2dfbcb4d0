"""`client.generate` on the true path: a real `hybridsdk llm-server` behind a real gateway
process on 127.0.0.1, with the fault proxy (hybridsdk.testing) in front of it for exact
failure sequences (every request of a phase gets the same fault; phases are switched
between calls). Circuit breakers fed by generations, typed 4xx from inside the
encryption, and the outbox drain of generations from `AsyncClient` on real SQLite."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytest.importorskip("starlette")

from hybridsdk import AsyncClient, Client
from hybridsdk._exceptions import RequestRejectedError
from hybridsdk._types import Route
from hybridsdk.cloud._breaker import BreakerConfig, CircuitState
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._retry import RetryPolicy
from hybridsdk.gateway._launch import LaunchedGateway, launch_gateway
from hybridsdk.generate._openai_server import launch_llm_server
from hybridsdk.outbox._store import OutboxState
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.testing import FaultPlan, FaultProxy
from tests._fakes import FakeTime
from tests._prometheus import parse_prometheus

pytestmark = pytest.mark.slow
MESSAGES = [{"role": "user", "content": "Name a colour."}]
CAP = 8
HITS = "hybridsdk_gateway_idempotent_hits_total"


@pytest.fixture(scope="module")
def gateway(genai_folder: Path) -> Iterator[LaunchedGateway]:
    with launch_llm_server(folder=genai_folder, max_tokens_cap=32) as llm:
        extra = ["--llm-upstream", llm.url, "--llm-max-tokens", str(CAP), "--no-access-log"]
        with launch_gateway(extra_args=extra) as gw:
            yield gw


@pytest.fixture
def keys(gateway: LaunchedGateway) -> bytes:
    # Pinned, so only chat requests go through the proxy (no key fetches to count).
    return httpx.get(gateway.url + "/.well-known/ohttp-gateway", timeout=10).content


@pytest.fixture
def proxy(gateway: LaunchedGateway) -> Iterator[FaultProxy]:
    with FaultProxy(("127.0.0.1", gateway.port), seed=1) as p:
        yield p


def _codes(result) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {r.code: r.message for r in result.reasons}


def _breaker(client, index: int = 0):  # type: ignore[no-untyped-def]
    return client.cloud._core.routes[index].breaker


def test_generation_failures_open_the_breaker_and_a_probe_closes_it(
    gateway: LaunchedGateway,
    keys: bytes,
    proxy: FaultProxy,
    generator,  # type: ignore[no-untyped-def]
) -> None:
    clock = FakeTime()
    flaky = CloudEndpoint(proxy.url, key_config=keys, name="flaky")
    steady = CloudEndpoint(gateway.url, key_config=keys, name="steady")
    with Client(
        cloud=[flaky, steady],
        policy=Policy(mode=Mode.CLOUD_ONLY),
        llm=generator,
        device=False,
        retry=RetryPolicy(attempts=1),
        breaker=BreakerConfig(
            window_size=2, minimum_calls=2, wait_duration_s=30, half_open_permits=1
        ),
        clock=clock,
    ) as client:
        proxy.set_faults(FaultPlan(probabilities={"http_503": 1.0}))
        for _ in range(2):
            result = client.generate(messages=MESSAGES, max_tokens=4)
            codes = _codes(result)
            assert "flaky" in codes["endpoint_failed"] and "steady" in codes["cloud_endpoint"]
        assert _breaker(client).state is CircuitState.OPEN
        # infer reads the same breakers: the open one is part of its signals too.
        assert [s.state for s in client.cloud.breaker_snapshots()] == [
            CircuitState.OPEN,
            CircuitState.CLOSED,
        ]
        seen = proxy.stats()["requests_seen"]
        assert seen == 2
        skipped = client.generate(messages=MESSAGES, max_tokens=4)
        assert "flaky: circuit open" in _codes(skipped)["endpoint_skipped"]
        assert proxy.stats()["requests_seen"] == seen  # not tried at all
        proxy.clear()
        clock.now += 31  # the open wait is over: one probe may pass
        probe = client.generate(messages=MESSAGES, max_tokens=4)
        assert "flaky" in _codes(probe)["cloud_endpoint"] and probe.route is Route.CLOUD
        assert "endpoint_failover" not in _codes(probe)
        assert _breaker(client).state is CircuitState.CLOSED


def test_a_cut_stream_and_a_hung_one_count_as_failures(
    gateway: LaunchedGateway,
    keys: bytes,
    proxy: FaultProxy,
    generator,  # type: ignore[no-untyped-def]
) -> None:
    endpoint = CloudEndpoint(proxy.url, key_config=keys, name="proxied", read_timeout_s=30)
    with Client(
        cloud=endpoint,
        policy=Policy(mode=Mode.PREFER_CLOUD),
        llm=generator,
        device=False,
        retry=RetryPolicy(attempts=1),
    ) as client:
        proxy.set_faults(FaultPlan(probabilities={"cut": 1.0}))
        cut = client.generate(messages=MESSAGES, max_tokens=4)
        assert cut.failover == "cloud_stream_broken" or "cloud_failed" in _codes(cut)
        proxy.set_faults(FaultPlan(probabilities={"hang": 1.0}))
        started = time.monotonic()
        hung = client.generate(messages=MESSAGES, max_tokens=4, deadline_ms=1500)
        assert time.monotonic() - started < 10
        assert "cloud_deadline" in _codes(hung) and hung.route is Route.DEGRADED
        snapshot = _breaker(client).snapshot()
    assert snapshot.calls_in_window == 2 and snapshot.failure_rate == 1.0


def test_an_open_breaker_defers_to_the_outbox_and_the_drain_probes_it(
    gateway: LaunchedGateway,
    keys: bytes,
    proxy: FaultProxy,
    generator,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    clock = FakeTime()
    endpoint = CloudEndpoint(proxy.url, key_config=keys, name="proxied")
    delivered: list[object] = []
    with Client(
        cloud=endpoint,
        policy=Policy(mode=Mode.CLOUD_ONLY),
        llm=generator,
        device=False,
        retry=RetryPolicy(attempts=1),
        on_deferred_result=delivered.append,
        breaker=BreakerConfig(
            window_size=1, minimum_calls=1, wait_duration_s=30, half_open_permits=1
        ),
        outbox=tmp_path / "outbox.sqlite3",
        drain_interval_s=3600,
        clock=clock,
    ) as client:
        client._drainer.stop()  # drained below, by the test  # type: ignore[union-attr]
        proxy.set_faults(FaultPlan(probabilities={"http_503": 1.0}))
        first = client.generate(messages=MESSAGES, max_tokens=4, deferrable=True)
        assert first.route is Route.DEFERRED and "cloud_failed" in _codes(first)
        assert _breaker(client).state is CircuitState.OPEN
        second = client.generate(messages=MESSAGES, max_tokens=4, deferrable=True)
        assert second.route is Route.DEFERRED and "breaker_open" in _codes(second)
        assert proxy.stats()["requests_seen"] == 1  # the second never reached the proxy
        proxy.clear()
        clock.now += 31
        report = client.drain_outbox()
        assert report.delivered == 2
        assert _breaker(client).state is CircuitState.CLOSED
        answer = client.deferred_generation(second.idempotency_key)
    assert answer is not None and answer.text and answer.route is Route.CLOUD
    # The callback gets each generation's answer as a GenerateResult too.
    assert sorted(r.idempotency_key for r in delivered) == sorted(
        [first.idempotency_key, second.idempotency_key]
    )
    assert all(type(r).__name__ == "GenerateResult" and r.text for r in delivered)


def test_a_request_error_inside_the_encryption_is_typed_with_its_problem(
    gateway: LaunchedGateway,
    keys: bytes,
    generator,  # type: ignore[no-untyped-def]
) -> None:
    other = CloudEndpoint(gateway.url, key_config=keys, name="second")
    first = CloudEndpoint(gateway.url, key_config=keys, name="first")
    with Client(
        cloud=[first, other], policy=Policy(mode=Mode.PREFER_CLOUD), llm=generator, device=False
    ) as client:
        with pytest.raises(RequestRejectedError) as caught:
            client.generate(messages=MESSAGES, max_tokens=CAP + 50)
        snapshots = client.cloud.breaker_snapshots()
    error = caught.value
    assert error.status == 400 and "max_tokens" in str(error)
    assert error.problem.get("status") == 400 and "max_tokens" in str(error.problem["detail"])
    # Asked once: the second endpoint was not tried, and the first counts it a success.
    assert [s.calls_in_window for s in snapshots] == [1, 0]


def _metric(gateway: LaunchedGateway, name: str) -> float:
    samples = parse_prometheus(httpx.get(gateway.url + "/metrics", timeout=10).text)
    return sum(v for k, v in samples.items() if k.split("{")[0] == name)


def _async_client(proxy, keys, generator, folder: Path, interval_s: float) -> AsyncClient:  # type: ignore[no-untyped-def]
    """An AsyncClient on a real SQLite outbox, its one endpoint behind the proxy."""
    return AsyncClient(
        cloud=CloudEndpoint(proxy.url, key_config=keys, name="proxied"),
        policy=Policy(mode=Mode.CLOUD_ONLY),
        llm=generator,
        device=False,
        retry=RetryPolicy(attempts=1),
        outbox=folder / "outbox.sqlite3",
        drain_interval_s=interval_s,
    )


def test_async_client_drains_deferred_generations_once(
    gateway: LaunchedGateway,
    keys: bytes,
    proxy: FaultProxy,
    generator,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    async def main() -> None:
        async with _async_client(proxy, keys, generator, tmp_path, 3600) as client:
            proxy.outage(True)
            deferred = await client.generate(messages=MESSAGES, max_tokens=4, deferrable=True)
            assert deferred.route is Route.DEFERRED
            key = deferred.idempotency_key
            assert client.deferred_generation(key) is None
            assert client.outbox.get(key).state is OutboxState.PENDING
            # The gateway runs it, the answer is lost on the way back (a reset): the record
            # stays pending, and the next drain gets the kept answer, not a new run.
            proxy.outage(False)
            proxy.set_faults(FaultPlan(probabilities={"reset_after": 1.0}))
            hits = _metric(gateway, HITS)
            lost = await client.drain_outbox()
            assert lost.delivered == 0 and lost.stopped_by is not None
            record = client.outbox.get(key)
            assert record.state is OutboxState.PENDING and record.attempts == 1
            proxy.clear()
            report = await client.drain_outbox()
            assert report.delivered == 1 and report.delivered_keys == [key]
            assert _metric(gateway, HITS) == hits + 1  # answered from the idempotency store
            answer = client.deferred_generation(key)
            assert answer is not None and answer.text and answer.completion_tokens > 0
            again = await client.drain_outbox()
            assert again.attempted == 0  # delivered records are not sent again

    asyncio.run(main())


def test_async_generate_starts_the_background_drain(
    gateway: LaunchedGateway,
    keys: bytes,
    proxy: FaultProxy,
    generator,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    async def main() -> str:
        async with _async_client(proxy, keys, generator, tmp_path, 0.2) as client:
            proxy.outage(True)
            deferred = await client.generate(messages=MESSAGES, max_tokens=4, deferrable=True)
            assert deferred.route is Route.DEFERRED and client._drain_task is not None
            proxy.outage(False)
            for _ in range(300):  # no explicit drain: the background loop delivers it
                answer = client.deferred_generation(deferred.idempotency_key)
                if answer is not None:
                    return str(answer.text)
                await asyncio.sleep(0.1)
            raise AssertionError("the background drain did not deliver the generation")

    assert asyncio.run(main())
