"""The full `Client` against the REAL reference gateway process behind a loopback
`FaultProxy`: latency, resets (with idempotency-key dedup at the gateway), hangs, cut
bodies, slow bandwidth, and a full outage with deferral and delivery afterwards.

Real sockets, real OHTTP, real models on both sides; every wait is bounded.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("onnxruntime")

from hybridsdk import (
    BreakerConfig,
    Client,
    CloudEndpoint,
    DegradationChain,
    InferenceRequest,
    InferenceResult,
    Mode,
    Policy,
    RetryPolicy,
    Route,
    Task,
)
from hybridsdk.cloud import CloudClient
from hybridsdk.testing._fault_proxy import FaultPlan, FaultProxy
from tests._prometheus import parse_prometheus

# The chaos layer between exact fault sequences and the chaos benchmark (docs/chaos.md):
# seconds of real faults; a unit run (-m 'not slow') skips it, CI runs it.
pytestmark = pytest.mark.slow

CLOUD_MODEL = "digits-svc-fp32"


@pytest.fixture(scope="module")
def digits() -> tuple[np.ndarray, np.ndarray]:
    """40 digits images and the labels the cloud model gives them (run here, directly)."""
    import onnxruntime as ort
    from sklearn.datasets import load_digits

    from tests._gateway_process import EDGE_MODELS_DIR

    x = np.asarray(load_digits().data[:40], dtype=np.float32)
    session = ort.InferenceSession(
        str(EDGE_MODELS_DIR / f"{CLOUD_MODEL}.onnx"), providers=["CPUExecutionProvider"]
    )
    (probabilities,) = session.run(["probabilities"], {"pixels": x})
    return x, np.asarray(probabilities).argmax(axis=1)


@pytest.fixture
def proxy(gateway_process: Any) -> Iterator[FaultProxy]:
    with FaultProxy(("127.0.0.1", gateway_process.port), seed=11, max_lifetime_s=60.0) as running:
        yield running


def idempotent_hits(url: str) -> float:
    text = httpx.get(f"{url}/metrics", timeout=5.0).text
    return parse_prometheus(text).get("hybridsdk_gateway_idempotent_hits_total", 0.0)


def make_client(
    proxy: FaultProxy,
    *,
    mode: Mode = Mode.CLOUD_ONLY,
    chain: tuple[str, ...] = ("local",),
    read_timeout_s: float = 5.0,
    outbox: Path | None = None,
    **cloud_options: Any,
) -> Client:
    cloud_options.setdefault("retry", RetryPolicy(attempts=3, base_s=0.02, cap_s=0.1))
    endpoint = CloudEndpoint(proxy.url, connect_timeout_s=1.0, read_timeout_s=read_timeout_s)
    client = Client(
        cloud=CloudClient(endpoint, **cloud_options),
        tasks=[
            Task(
                "digits",
                local_model="digits-linear-fp32",
                cloud_model=CLOUD_MODEL,
                degradation=DegradationChain(chain),
            )
        ],
        policy=Policy(mode=mode, confidence_threshold=1.01),
        outbox=outbox,
        device=False,
        cache=False,
        drain_interval_s=30.0,
    )
    # Warm up before any fault: load the local model, fetch and cache the gateway key.
    first = client.infer(inputs={"pixels": np.zeros((1, 64), np.float32)}, deadline_ms=10_000)
    assert first.route in (Route.CLOUD, Route.CASCADE)
    return client


def timed(client: Client, pixels: np.ndarray, **fields: Any) -> tuple[InferenceResult, float]:
    request = InferenceRequest(inputs={"pixels": pixels}, **fields)
    result = client.infer(request)
    return result, (time.monotonic() - request.created_at) * 1000.0


def cloud_error(result: InferenceResult) -> str:
    return next(r.message for r in result.reasons if r.code == "cloud_failed")


def test_latency_and_jitter_slow_the_cascade_but_answers_come(
    proxy: FaultProxy, digits: tuple[np.ndarray, np.ndarray]
) -> None:
    x, y = digits
    with make_client(proxy, mode=Mode.PREFER_LOCAL) as client:
        proxy.set_faults(FaultPlan(probabilities={"latency": 1.0}, latency_ms=80, jitter_ms=40))
        for i in range(4):
            result, elapsed_ms = timed(client, x[i : i + 1], deadline_ms=3000)
            assert result.route is Route.CASCADE and result.label == y[i]
            assert 80.0 <= elapsed_ms < 3000.0
    assert proxy.stats()["faults"]["latency"] == 4


def test_resets_are_retried_and_the_gateway_deduplicates_by_idempotency_key(
    proxy: FaultProxy, gateway_process: Any, digits: tuple[np.ndarray, np.ndarray]
) -> None:
    x, y = digits
    # No retry budget here: this test is about every reset being retried, not throttled.
    with make_client(
        proxy, retry=RetryPolicy(attempts=6, base_s=0.01, cap_s=0.05), budget=None
    ) as client:
        hits_before = idempotent_hits(gateway_process.url)
        proxy.set_faults(FaultPlan(probabilities={"reset_before": 0.15, "reset_after": 0.25}))
        for i in range(20):
            result, _ = timed(client, x[i : i + 1], deadline_ms=10_000)
            assert result.route is Route.CLOUD, result.reasons
            assert result.label == y[i]
        proxy.clear()
        faults = proxy.stats()["faults"]
        hits = idempotent_hits(gateway_process.url) - hits_before
    assert faults["reset_after"] >= 1 and faults["reset_before"] >= 1
    # Each reset_after hid an answer the gateway had computed: its retry, with the same
    # key inside the encrypted request, was answered from the idempotency store instead.
    assert hits == faults["reset_after"]


def test_a_hang_hits_the_read_timeout_and_degrades_within_the_deadline(
    proxy: FaultProxy, digits: tuple[np.ndarray, np.ndarray]
) -> None:
    x, y = digits
    with make_client(
        proxy, read_timeout_s=0.3, retry=RetryPolicy(attempts=2, base_s=0.05, cap_s=0.1)
    ) as client:
        proxy.set_faults(FaultPlan(probabilities={"hang": 1.0}))
        result, elapsed_ms = timed(client, x[:1], deadline_ms=900)
    assert result.route is Route.DEGRADED and result.degraded_step == "local"
    assert result.label == y[0]
    assert "ReadTimeoutError" in cloud_error(result)
    assert 600.0 <= elapsed_ms <= 900.0
    assert proxy.stats()["faults"]["hang"] == 2


def test_a_body_cut_mid_response_is_retried_then_degrades(
    proxy: FaultProxy, digits: tuple[np.ndarray, np.ndarray]
) -> None:
    x, y = digits
    with make_client(proxy) as client:
        proxy.set_faults(FaultPlan(probabilities={"cut": 1.0}))
        result, _ = timed(client, x[:1], deadline_ms=5000)
        assert result.route is Route.DEGRADED
        assert "TransportError" in cloud_error(result)
        assert proxy.stats()["faults"]["cut"] == 3  # every attempt cut
        proxy.clear()
        result, _ = timed(client, x[:1], deadline_ms=5000)
    assert result.route is Route.CLOUD and result.label == y[0]


def test_slow_bandwidth_cannot_stretch_a_request_past_its_deadline(
    proxy: FaultProxy, digits: tuple[np.ndarray, np.ndarray]
) -> None:
    x, y = digits
    with make_client(proxy, read_timeout_s=0.4) as client:
        # ~300 bytes of answer at 100 B/s: 3 s, each read well within the read timeout.
        proxy.set_faults(FaultPlan(probabilities={"slow": 1.0}, bandwidth_bps=100))
        result, elapsed_ms = timed(client, x[:1], deadline_ms=1000)
    assert result.route is Route.DEGRADED and result.label == y[0]
    assert elapsed_ms <= 1000.0, elapsed_ms


def test_full_outage_degrades_defers_then_delivers_after_it(
    proxy: FaultProxy, digits: tuple[np.ndarray, np.ndarray], tmp_path: Path
) -> None:
    x, y = digits
    breaker = BreakerConfig(window_size=10, minimum_calls=5, wait_duration_s=0.5)
    with make_client(
        proxy, chain=("defer", "local"), outbox=tmp_path / "outbox.db", breaker=breaker
    ) as client:
        proxy.outage(True, mode="drop")
        deferred: dict[str, int] = {}
        for i in range(30):
            result, elapsed_ms = timed(
                client, x[i : i + 1], deadline_ms=1000, deferrable=i % 3 == 0
            )
            assert elapsed_ms <= 1000.0
            if i % 3 == 0:
                assert result.route is Route.DEFERRED, result.reasons
                assert result.idempotency_key is not None
                deferred[result.idempotency_key] = int(y[i])
            else:
                assert result.route is Route.DEGRADED and result.degraded_step == "local"
                assert result.label == y[i] or result.confidence is not None
        # Offline detection and the breaker stop the traffic to the dead endpoint: a few
        # attempts at the start of the outage, not 30 requests x 3 attempts.
        calls_during_outage = proxy.stats()["outage_attempts"]
        assert 1 <= calls_during_outage <= 12, calls_during_outage
        assert all(client.deferred_result(k) is None for k in deferred)

        proxy.outage(False)
        deadline = time.monotonic() + 15.0
        while time.monotonic() < deadline:
            client.drain_outbox()
            if all(client.deferred_result(k) is not None for k in deferred):
                break
            time.sleep(0.2)  # waiting on a real gateway and the breaker's real clock
        for key, label in deferred.items():
            answer = client.deferred_result(key)
            assert answer is not None and answer.route is Route.CLOUD
            assert answer.label == label and answer.idempotency_key == key
        assert client.outbox is not None
        assert client.outbox.stats().counts["pending"] == 0


@pytest.mark.anyio
async def test_async_client_stops_a_trickling_answer_at_the_deadline(
    proxy: FaultProxy, digits: tuple[np.ndarray, np.ndarray]
) -> None:
    from hybridsdk import ReadTimeoutError
    from hybridsdk.cloud import AsyncCloudClient

    x, _ = digits
    proxy.set_faults(FaultPlan(probabilities={"slow": 1.0}, bandwidth_bps=100))
    endpoint = CloudEndpoint(url=proxy.url, read_timeout_s=0.4)
    async with AsyncCloudClient(endpoint, breaker=None, budget=None) as client:
        started = time.monotonic()
        with pytest.raises(ReadTimeoutError):
            await client.infer("digits-svc-fp32", {"pixels": x[:1]}, deadline_s=0.8)
    assert time.monotonic() - started < 1.0
