"""Telemetry never carries message text: every metric attribute, span name and span
attribute recorded for generations on each path (device, cloud, failover, pseudonymised,
deferred, refused) is checked against the words of the messages and of the answers."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

pytest.importorskip("opentelemetry.sdk")

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from hybridsdk._exceptions import PrivacyViolationError, RequestRejectedError
from hybridsdk.cloud._chat_transport import SyncChatIO
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.telemetry import GenAIRecorder
from tests.generate._gateway_stub import RawGateway, cloud_client, last_event, text_event

SECRET = "Marigold"  # a word only the messages and answers contain
MESSAGES = [
    {"role": "system", "content": f"You are {SECRET}, a kiosk helper."},
    {"role": "user", "content": f"Tell jane.doe@example.com where {SECRET} square is."},
]


def _everything(reader: InMemoryMetricReader, spans: InMemorySpanExporter) -> list[str]:
    values: list[Any] = []
    data = reader.get_metrics_data()
    assert data is not None
    for rm in data.resource_metrics:
        for sm in rm.scope_metrics:
            for m in sm.metrics:
                for point in m.data.data_points:
                    values += list(point.attributes.items())
    for span in spans.get_finished_spans():
        values += [span.name, *span.attributes.items()]
    return [str(v) for v in values]


def test_no_path_records_message_or_answer_text(generator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    reader, spans = InMemoryMetricReader(), InMemorySpanExporter()
    tracer = TracerProvider()
    tracer.add_span_processor(SimpleSpanProcessor(spans))
    rec = GenAIRecorder(
        meter_provider=MeterProvider(metric_readers=[reader]), tracer_provider=tracer
    )
    answer = [text_event(f"{SECRET} square"), text_event(" is north.")]
    gateway = RawGateway(
        [*answer, last_event({"prompt_tokens": 9, "completion_tokens": 4})], complete=True
    )
    with cloud_client(generator, gateway, telemetry=rec, outbox=tmp_path / "o.sqlite3") as client:
        client.generate(messages=MESSAGES, max_tokens=8)  # cloud, pseudonymised
        with pytest.raises(PrivacyViolationError):  # may not leave, and cloud-only
            client.generate(messages=MESSAGES, max_tokens=8, privacy="restricted")
        client.policy = Policy(mode=Mode.LOCAL_ONLY)
        client.generate(messages=MESSAGES, max_tokens=8)  # device
        client.policy = Policy(mode=Mode.CLOUD_ONLY)
        gateway.events, gateway.complete = answer, False
        client.generate(messages=MESSAGES, max_tokens=8)  # failover
        gateway.events = []
        client.generate(messages=MESSAGES, max_tokens=8, deferrable=True)  # deferred

        def refuse(request: httpx.Request) -> httpx.Response:
            return httpx.Response(422, json={"detail": f"{SECRET} is not allowed"})

        client._chat_io = SyncChatIO(transport=httpx.MockTransport(refuse))
        with pytest.raises(RequestRejectedError):
            client.generate(messages=MESSAGES, max_tokens=8)
    recorded = _everything(reader, spans)
    assert len(spans.get_finished_spans()) == 6
    # The scan sees the attributes (the upstream's model name, the routes, the error type).
    assert {"big", "hybridsdk.route", "RequestRejectedError"} <= {
        part for v in recorded for part in re.findall(r"[\w.]+", v)
    }
    words = set(re.findall(r"[A-Za-z@.]{5,}", " ".join(m["content"] for m in MESSAGES)))
    words |= {SECRET, "north", "jane.doe@example.com", "<EMAIL_1>"}
    leaked = {w for w in words for v in recorded if w in v and w not in {"kiosk"}}
    assert not leaked, leaked
