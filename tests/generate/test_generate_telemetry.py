"""`client.generate` records each generation through a GenAIRecorder (real ONNX model,
OTel SDK in-memory reader and span exporter)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

pytest.importorskip("opentelemetry.sdk")

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from hybridsdk import AsyncClient, Client
from hybridsdk.telemetry import GenAIRecorder

MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]


def _recorder() -> tuple[GenAIRecorder, InMemoryMetricReader, InMemorySpanExporter]:
    reader = InMemoryMetricReader()
    spans = InMemorySpanExporter()
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(spans))
    return (
        GenAIRecorder(meter_provider=MeterProvider(metric_readers=[reader]), tracer_provider=tp),
        reader,
        spans,
    )


def _metrics(reader: InMemoryMetricReader) -> dict[str, list[Any]]:
    data = reader.get_metrics_data()
    assert data is not None
    return {
        m.name: list(m.data.data_points)
        for rm in data.resource_metrics
        for sm in rm.scope_metrics
        for m in sm.metrics
    }


def test_sync_generate_records_tokens_duration_first_chunk_and_span(generator) -> None:  # type: ignore[no-untyped-def]
    rec, reader, spans = _recorder()
    with Client(llm=generator, device=False, telemetry=rec) as client:
        result = client.generate(messages=MESSAGES, max_tokens=4, privacy="public")
    m = _metrics(reader)
    usage = {p.attributes["gen_ai.token.type"]: p for p in m["gen_ai.client.token.usage"]}
    assert usage["input"].sum == result.prompt_tokens > 0
    assert usage["output"].sum == result.completion_tokens > 0
    attrs = usage["output"].attributes
    assert attrs["hybridsdk.route"] == "local"
    assert attrs["hybridsdk.privacy.class"] == "public"
    assert attrs["hybridsdk.reason_codes"] == ",".join(r.code for r in result.reasons)
    (dur,) = m["gen_ai.client.operation.duration"]
    (ttfc,) = m["gen_ai.client.operation.time_to_first_chunk"]
    assert ttfc.sum == pytest.approx(result.ttft_s) and dur.sum >= ttfc.sum
    (span,) = spans.get_finished_spans()
    assert span.attributes["gen_ai.usage.output_tokens"] == result.completion_tokens


def test_async_generate_is_recorded_too(generator) -> None:  # type: ignore[no-untyped-def]
    rec, reader, _ = _recorder()

    async def main() -> int:
        async with AsyncClient(llm=generator, device=False, telemetry=rec) as client:
            r = await client.generate(messages=MESSAGES, max_tokens=3)
            return int(r.completion_tokens)

    completion = asyncio.run(main())
    usage = {
        p.attributes["gen_ai.token.type"]: p for p in _metrics(reader)["gen_ai.client.token.usage"]
    }
    assert usage["output"].sum == completion


def test_a_rejected_generation_is_recorded_with_its_error_type(generator) -> None:  # type: ignore[no-untyped-def]
    import httpx

    from hybridsdk._exceptions import RequestRejectedError
    from hybridsdk.cloud._chat_transport import SyncChatIO
    from hybridsdk.cloud._endpoint import CloudEndpoint
    from hybridsdk.routing._policy import Mode, Policy

    def too_large(request: httpx.Request) -> httpx.Response:
        return httpx.Response(413, json={"title": "too large", "detail": "body over 1 MiB"})

    rec, reader, spans = _recorder()
    endpoint = CloudEndpoint("http://127.0.0.2:9", mode="plain", name="a")
    with Client(
        llm=generator,
        device=False,
        cloud=endpoint,
        policy=Policy(mode=Mode.PREFER_CLOUD),
        telemetry=rec,
    ) as client:
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(too_large))
        with pytest.raises(RequestRejectedError, match="body over 1 MiB"):
            client.generate(messages=MESSAGES, max_tokens=4)
    m = _metrics(reader)
    (dur,) = m["gen_ai.client.operation.duration"]
    assert dur.attributes["error.type"] == "RequestRejectedError"
    assert dur.attributes["hybridsdk.route"] == "cloud"
    assert "gen_ai.client.token.usage" not in m  # no counts are known
    (span,) = spans.get_finished_spans()
    assert span.status.description == "RequestRejectedError"
