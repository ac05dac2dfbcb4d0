"""A generation the caller cancels is recorded too (it was not recorded at all): its
duration and span carry ``error.type="cancelled"``, sync and async."""

from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("opentelemetry.sdk")

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from hybridsdk import AsyncClient, Client
from hybridsdk.telemetry import GenAIRecorder

COUNT = [{"role": "user", "content": "Count from one to fifty."}]


def _recorder() -> tuple[GenAIRecorder, InMemoryMetricReader, InMemorySpanExporter]:
    reader, spans = InMemoryMetricReader(), InMemorySpanExporter()
    tracer = TracerProvider()
    tracer.add_span_processor(SimpleSpanProcessor(spans))
    meters = MeterProvider(metric_readers=[reader])
    return GenAIRecorder(meter_provider=meters, tracer_provider=tracer), reader, spans


def _durations(reader: InMemoryMetricReader) -> list[dict]:
    data = reader.get_metrics_data()
    assert data is not None
    return [
        dict(p.attributes)
        for rm in data.resource_metrics
        for sm in rm.scope_metrics
        for m in sm.metrics
        if m.name == "gen_ai.client.operation.duration"
        for p in m.data.data_points
    ]


def test_a_cancelled_stream_is_recorded(generator) -> None:  # type: ignore[no-untyped-def]
    rec, reader, spans = _recorder()
    with Client(llm=generator, device=False, telemetry=rec) as client:
        stream = client.generate(messages=COUNT, max_tokens=40, stream=True)
        next(stream)
        stream.cancel()
    (span,) = spans.get_finished_spans()
    assert span.attributes["error.type"] == "cancelled"
    assert [d.get("error.type") for d in _durations(reader)] == ["cancelled"]


def test_an_async_stream_left_early_is_recorded(generator) -> None:  # type: ignore[no-untyped-def]
    rec, _, spans = _recorder()

    async def main() -> None:
        async with AsyncClient(llm=generator, device=False, telemetry=rec) as client:
            stream = await client.generate(messages=COUNT, max_tokens=40, stream=True)
            async with stream:
                async for _ in stream:
                    break

    asyncio.run(main())
    (span,) = spans.get_finished_spans()
    assert span.attributes["error.type"] == "cancelled"


def _token_points(reader: InMemoryMetricReader) -> list[tuple[dict, int]]:
    data = reader.get_metrics_data()
    assert data is not None
    return [
        (dict(p.attributes), p.sum)
        for rm in data.resource_metrics
        for sm in rm.scope_metrics
        for m in sm.metrics
        if m.name == "gen_ai.client.token.usage"
        for p in m.data.data_points
    ]


def test_a_cancelled_stream_is_recorded_with_its_route_model_and_tokens(generator) -> None:  # type: ignore[no-untyped-def]
    # It was recorded as route "none", model "unknown", with no tokens: what a cancelled
    # stream had generated (and, on the cloud, cost) was invisible in the metrics.
    rec, reader, _ = _recorder()
    with Client(llm=generator, device=False, telemetry=rec) as client:
        stream = client.generate(messages=COUNT, max_tokens=40, stream=True)
        next(stream)
        next(stream)
        stream.cancel()
        partial = stream.result
    (duration,) = _durations(reader)
    assert duration["error.type"] == "cancelled"
    assert duration["hybridsdk.route"] == "local"
    assert duration["gen_ai.request.model"] == partial.model
    tokens = {attrs["gen_ai.token.type"]: total for attrs, total in _token_points(reader)}
    assert tokens == {"input": partial.prompt_tokens, "output": partial.completion_tokens}
    assert tokens["output"] >= 1
