"""Deferred requests through the client: stored while the cloud is down, delivered after."""

from __future__ import annotations

import json

import httpx
import numpy as np
import pytest

from hybridsdk import (
    AsyncClient,
    Client,
    CloudEndpoint,
    ConfigurationError,
    Mode,
    Policy,
    Route,
    Task,
)
from hybridsdk._degradation import DegradationChain
from hybridsdk.cloud import AsyncCloudClient, CloudClient

TASK = Task("digits", cloud_model="digits-svc-fp32", degradation=DegradationChain(("defer",)))


class Gateway:
    """A plain OIP server in a MockTransport that can be switched off."""

    def __init__(self) -> None:
        self.up = False
        self.seen_keys: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if not self.up:
            raise httpx.ConnectError("refused", request=request)
        self.seen_keys.append(request.headers.get("idempotency-key", ""))
        body = json.loads(request.content)
        n = body["inputs"][0]["shape"][0]
        probs = np.tile(np.eye(10, dtype=np.float32)[7], (n, 1))
        return httpx.Response(
            200,
            json={
                "model_name": "digits-svc-fp32",
                "outputs": [
                    {
                        "name": "probabilities",
                        "shape": [n, 10],
                        "datatype": "FP32",
                        "data": probs.ravel().tolist(),
                    }
                ],
            },
        )


def _endpoint() -> CloudEndpoint:
    return CloudEndpoint(url="http://127.0.0.1:9", mode="plain")


def _cloud(gateway: Gateway) -> CloudClient:
    transport = httpx.MockTransport(gateway)
    return CloudClient(_endpoint(), transport=transport, breaker=None, sleep=lambda s: None)


def test_sync_client_defers_then_delivers(tmp_path) -> None:
    gateway = Gateway()
    with Client(
        tasks=[TASK],
        policy=Policy(mode=Mode.CLOUD_ONLY),
        cloud=_cloud(gateway),
        outbox=tmp_path / "o.sqlite3",
        device=False,
        drain_interval_s=3600,
    ) as client:
        result = client.infer(inputs={"pixels": np.zeros((1, 64), np.float32)}, deferrable=True)
        assert result.route is Route.DEFERRED
        assert client.deferred_result(result.idempotency_key) is None
        gateway.up = True
        report = client.drain_outbox()
        assert report.delivered == 1
        answer = client.deferred_result(result.idempotency_key)
        assert answer is not None and answer.label == 7
        # The delivery carried the request's own key: the gateway can deduplicate it.
        assert gateway.seen_keys == [result.idempotency_key]


@pytest.mark.anyio
async def test_async_client_defers_then_delivers(tmp_path) -> None:
    gateway = Gateway()
    async with AsyncClient(
        tasks=[TASK],
        policy=Policy(mode=Mode.CLOUD_ONLY),
        cloud=AsyncCloudClient(_endpoint(), transport=httpx.MockTransport(gateway), breaker=None),
        outbox=tmp_path / "o.sqlite3",
        device=False,
        drain_interval_s=3600,
    ) as client:
        result = await client.infer(
            inputs={"pixels": np.zeros((1, 64), np.float32)}, deferrable=True
        )
        assert result.route is Route.DEFERRED
        gateway.up = True
        report = await client.drain_outbox()
        assert report.delivered == 1
        answer = client.deferred_result(result.idempotency_key)
        assert answer is not None and answer.label == 7


def test_target_cloud_share_is_checked() -> None:
    with pytest.raises(ConfigurationError, match="target_cloud_share"):
        Client(target_cloud_share=1.5, device=False)


def test_offline_settings_reach_the_connectivity_tracker() -> None:
    client = Client(device=False, offline_after=5, probe_interval_s=0.5)
    assert client.connectivity.failures_to_offline == 5
    assert client.connectivity.probe_interval_s == 0.5
    never = Client(device=False, offline_after=None)
    assert never.connectivity.failures_to_offline > 10**9


def test_deferred_answers_reach_a_callback(tmp_path) -> None:
    gateway = Gateway()
    answers: list = []
    with Client(
        tasks=[TASK],
        policy=Policy(mode=Mode.CLOUD_ONLY),
        cloud=_cloud(gateway),
        outbox=tmp_path / "o.sqlite3",
        device=False,
        drain_interval_s=3600,
        on_deferred_result=answers.append,
    ) as client:
        result = client.infer(inputs={"pixels": np.zeros((1, 64), np.float32)}, deferrable=True)
        gateway.up = True
        client.drain_outbox()
    assert [a.idempotency_key for a in answers] == [result.idempotency_key]
    assert answers[0].label == 7 and answers[0].degraded_step == "defer"


def test_a_callback_needs_an_outbox() -> None:
    with pytest.raises(ConfigurationError, match="outbox"):
        Client(device=False, on_deferred_result=print)
