"""The client records each infer through a GenAIRecorder (real local model, OTel SDK reader)."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("opentelemetry.sdk")

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader

from hybridsdk import AsyncClient, Client, PrivacyLabel, Route
from hybridsdk.telemetry import GenAIRecorder

PIXELS = np.zeros((1, 64), dtype=np.float32)


def _points(reader: InMemoryMetricReader) -> list[object]:
    data = reader.get_metrics_data()
    assert data is not None
    return [
        p
        for rm in data.resource_metrics
        for sm in rm.scope_metrics
        for m in sm.metrics
        if m.name == "hybridsdk.client.infer.duration"
        for p in m.data.data_points
    ]


def test_sync_infer_is_recorded_with_route_and_privacy() -> None:
    reader = InMemoryMetricReader()
    rec = GenAIRecorder(meter_provider=MeterProvider(metric_readers=[reader]), spans=False)
    with Client(device=False, telemetry=rec) as client:
        result = client.infer(inputs={"pixels": PIXELS}, privacy=PrivacyLabel.RESTRICTED)
        client.infer(inputs={"pixels": PIXELS}, privacy=PrivacyLabel.RESTRICTED)
    assert result.route is Route.LOCAL
    (point,) = _points(reader)
    assert point.count == 2 and point.sum > 0  # type: ignore[attr-defined]
    attrs = point.attributes  # type: ignore[attr-defined]
    assert attrs["hybridsdk.route"] == "local"
    assert attrs["hybridsdk.privacy.class"] == "restricted"
    assert attrs["hybridsdk.reason_codes"] == ",".join(r.code for r in result.reasons)


@pytest.mark.anyio
async def test_async_infer_is_recorded() -> None:
    reader = InMemoryMetricReader()
    rec = GenAIRecorder(meter_provider=MeterProvider(metric_readers=[reader]), spans=False)
    async with AsyncClient(device=False, telemetry=rec) as client:
        await client.infer(inputs={"pixels": PIXELS})
    (point,) = _points(reader)
    assert point.count == 1  # type: ignore[attr-defined]


def test_without_telemetry_nothing_is_recorded() -> None:
    with Client(device=False) as client:
        assert client.telemetry is None
        client.infer(inputs={"pixels": PIXELS})
