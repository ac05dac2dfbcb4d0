"""GenAI telemetry read back through the OTel SDK's in-memory metric reader and span exporter."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

import pytest

pytest.importorskip("opentelemetry.sdk")

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from hybridsdk import InputValidationError, MissingDependencyError
from hybridsdk._types import InferenceResult, Reason, Route
from hybridsdk.generate._generator import GenerationResult
from hybridsdk.telemetry import GenAIRecorder
from hybridsdk.telemetry._genai import GenerationRecord


@pytest.fixture
def otel() -> tuple[GenAIRecorder, InMemoryMetricReader, InMemorySpanExporter]:
    reader = InMemoryMetricReader()
    spans = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    rec = GenAIRecorder(
        meter_provider=MeterProvider(metric_readers=[reader]), tracer_provider=tracer_provider
    )
    return rec, reader, spans


def _points(reader: InMemoryMetricReader) -> dict[str, list[Any]]:
    data = reader.get_metrics_data()
    assert data is not None
    out: dict[str, list[Any]] = {}
    for rm in data.resource_metrics:
        for sm in rm.scope_metrics:
            assert sm.scope.name == "hybridsdk"
            for metric in sm.metrics:
                out[metric.name] = [(metric.unit, p) for p in metric.data.data_points]
    return out


def test_generation_records_token_usage_duration_and_first_chunk(otel: Any) -> None:
    rec, reader, spans = otel
    rec.record_generation(
        GenerationRecord(
            model="smollm2-135m",
            route="cascade",
            input_tokens=42,
            output_tokens=17,
            duration_s=1.5,
            ttfc_s=0.25,
            reason_codes=("complexity.high", "privacy.public"),
            privacy_class="public",
            finish_reason="stop",
            streamed=True,
            server_address="127.0.0.1",
        ),
        end_time_s=1_000.0,
    )
    pts = _points(reader)
    usage = {p.attributes["gen_ai.token.type"]: (u, p) for u, p in pts["gen_ai.client.token.usage"]}
    assert set(usage) == {"input", "output"}
    assert usage["input"][0] == "{token}" and usage["input"][1].sum == 42
    assert usage["output"][1].sum == 17
    # The convention's advised buckets: 1, 4, 16, ... 4**13.
    assert usage["input"][1].explicit_bounds[:3] == (1.0, 4.0, 16.0)
    attrs = usage["output"][1].attributes
    assert attrs["gen_ai.operation.name"] == "chat"
    assert attrs["gen_ai.request.model"] == "smollm2-135m"
    assert attrs["hybridsdk.route"] == "cascade"
    assert attrs["hybridsdk.reason_codes"] == "complexity.high,privacy.public"
    assert attrs["hybridsdk.privacy.class"] == "public"
    assert attrs["server.address"] == "127.0.0.1"
    ((unit, dur),) = pts["gen_ai.client.operation.duration"]
    assert unit == "s" and dur.sum == pytest.approx(1.5) and dur.count == 1
    ((unit, ttfc),) = pts["gen_ai.client.operation.time_to_first_chunk"]
    assert unit == "s" and ttfc.sum == pytest.approx(0.25)

    (span,) = spans.get_finished_spans()
    assert span.name == "chat smollm2-135m"
    assert span.kind is SpanKind.CLIENT
    assert (span.end_time - span.start_time) == pytest.approx(1.5e9, rel=1e-6)
    assert span.end_time == pytest.approx(1_000.0 * 1e9, rel=1e-12)
    assert span.attributes["gen_ai.usage.input_tokens"] == 42
    assert span.attributes["gen_ai.usage.output_tokens"] == 17
    assert span.attributes["gen_ai.response.finish_reasons"] == ("stop",)
    assert span.attributes["gen_ai.response.time_to_first_chunk"] == pytest.approx(0.25)
    assert span.attributes["gen_ai.request.stream"] is True


def test_failed_generation_carries_error_type_and_degraded_step(otel: Any) -> None:
    rec, reader, spans = otel
    rec.record_generation(
        GenerationRecord(
            model="m",
            route="degraded",
            duration_s=0.1,
            degraded_step="local_flagged",
            error_type="CloudUnavailableError",
        )
    )
    pts = _points(reader)
    # Token counts unknown: no usage point at all rather than a made-up 0.
    assert "gen_ai.client.token.usage" not in pts
    assert "gen_ai.client.operation.time_to_first_chunk" not in pts
    ((_, dur),) = pts["gen_ai.client.operation.duration"]
    assert dur.attributes["error.type"] == "CloudUnavailableError"
    assert dur.attributes["hybridsdk.degraded.step"] == "local_flagged"
    (span,) = spans.get_finished_spans()
    assert span.status.status_code is StatusCode.ERROR


def test_local_generation_result_maps_onto_a_record(otel: Any) -> None:
    rec, reader, _ = otel
    result = GenerationResult(
        text="Paris.",
        finish_reason="stop",
        prompt_tokens=30,
        completion_tokens=3,
        ttft_s=0.4,
        decode_tokens_per_s=15.0,
        total_s=0.6,
    )
    record = GenerationRecord.from_local(
        result, model="smollm2-135m", streamed=True, reason_codes=("route.local",)
    )
    assert (record.input_tokens, record.output_tokens, record.ttfc_s) == (30, 3, 0.4)
    assert GenerationRecord.from_local(result, model="x").ttfc_s is None
    rec.record_generation(record)
    pts = _points(reader)
    assert sorted(p.sum for _, p in pts["gen_ai.client.token.usage"]) == [3, 30]


def test_infer_records_route_reasons_and_privacy(otel: Any) -> None:
    rec, reader, spans = otel
    result = InferenceResult(
        route=Route.LOCAL,
        reasons=[Reason(code="privacy.restricted", message="stays on device")],
        model="digits",
    )
    rec.record_infer(result, duration_s=0.003, privacy_class="restricted")
    ((unit, p),) = _points(reader)["hybridsdk.client.infer.duration"]
    assert unit == "s" and p.sum == pytest.approx(0.003)
    assert p.attributes == {
        "hybridsdk.route": "local",
        "hybridsdk.reason_codes": "privacy.restricted",
        "hybridsdk.model": "digits",
        "hybridsdk.privacy.class": "restricted",
    }
    assert spans.get_finished_spans() == ()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"model": "", "route": "local"},
        {"model": "m", "route": ""},
        {"model": "m", "route": "local", "input_tokens": -1},
        {"model": "m", "route": "local", "output_tokens": True},
        {"model": "m", "route": "local", "duration_s": float("nan")},
        {"model": "m", "route": "local", "ttfc_s": -0.1},
    ],
)
def test_bad_records_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(InputValidationError):
        GenerationRecord(**kwargs)


def test_bad_infer_duration_is_refused(otel: Any) -> None:
    rec, _, _ = otel
    with pytest.raises(InputValidationError, match="duration_s"):
        rec.record_infer(InferenceResult(route=Route.CLOUD), duration_s=-1.0)


def test_without_an_sdk_the_global_noop_providers_take_it() -> None:
    # No SDK configured in this process: the API's proxies accept and drop everything.
    GenAIRecorder().record_generation(GenerationRecord(model="m", route="local", output_tokens=1))


def test_missing_opentelemetry_names_the_extra() -> None:
    code = textwrap.dedent(
        """
        import sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] == "opentelemetry":
                    raise ModuleNotFoundError(name, name=name)
        sys.meta_path.insert(0, Block())
        import hybridsdk.telemetry as t
        assert "opentelemetry" not in sys.modules
        try:
            t.GenAIRecorder()
        except ImportError as exc:
            print(type(exc).__name__, exc)
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(MissingDependencyError.__name__)
    assert "hybridsdk[otel]" in proc.stdout


def test_record_local_records_a_local_generators_result(otel: Any) -> None:
    rec, reader, _ = otel
    result = GenerationResult(
        text="hi",
        finish_reason="stop",
        prompt_tokens=7,
        completion_tokens=3,
        ttft_s=0.05,
        decode_tokens_per_s=30.0,
        total_s=0.2,
    )
    rec.record_local(result, model="smollm2-135m", streamed=True, privacy_class="internal")
    usage = _points(reader)["gen_ai.client.token.usage"]
    assert sorted(p.sum for _, p in usage) == [3, 7]
    assert all(p.attributes["hybridsdk.privacy.class"] == "internal" for _, p in usage)
