"""OpenTelemetry GenAI metrics and spans for generations and inferences.

Follows the OpenTelemetry GenAI semantic conventions (experimental status):

- `gen_ai.client.token.usage` (histogram, `{token}`), one point per token type
  (`gen_ai.token.type` = `input` / `output`), with the convention's advised buckets;
- `gen_ai.client.operation.duration` (histogram, `s`);
- `gen_ai.client.operation.time_to_first_chunk` (histogram, `s`) for streamed answers;
- one CLIENT span per generation named `{operation} {model}`, with `gen_ai.usage.*`,
  `gen_ai.response.finish_reasons` and `gen_ai.response.time_to_first_chunk`.

No convention exists yet for what a hybrid client decides, so those travel under
`hybridsdk.*`: `hybridsdk.route`, `hybridsdk.reason_codes`, `hybridsdk.privacy.class`,
`hybridsdk.degraded.step`. Classifier inferences (`record_infer`) are not GenAI
operations: they get `hybridsdk.client.infer.duration` with the same route attributes.

`opentelemetry-api` is imported when a recorder is made, never by `import hybridsdk`;
without an SDK configured the API's no-op providers make every call free.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from hybridsdk._exceptions import InputValidationError, MissingDependencyError
from hybridsdk._version import __version__

if TYPE_CHECKING:
    from hybridsdk._generate import GenerateResult
    from hybridsdk._types import InferenceResult, Reason
    from hybridsdk.generate._generator import GenerationResult

__all__ = ["GenAIRecorder", "GenerationRecord"]

# Advised bucket boundaries from the GenAI metrics conventions.
TOKEN_BUCKETS: tuple[float, ...] = tuple(float(4**i) for i in range(14))
DURATION_BUCKETS: tuple[float, ...] = tuple(0.01 * 2**i for i in range(14))

ROUTE = "hybridsdk.route"
REASON_CODES = "hybridsdk.reason_codes"
PRIVACY_CLASS = "hybridsdk.privacy.class"
DEGRADED_STEP = "hybridsdk.degraded.step"


@dataclasses.dataclass(frozen=True)
class GenerationRecord:
    """What one generation did, as the recorder needs it.

    Args:
        model: the model that answered (`gen_ai.request.model`).
        route: the path that answered: `local`, `cloud`, `cascade`, `degraded`, ...
        input_tokens: prompt tokens; None when unknown (then no input point is recorded).
        output_tokens: completion tokens; None when unknown.
        duration_s: call to last token, in seconds.
        ttfc_s: call to first chunk, in seconds, for streamed answers.
        reason_codes: the router's reason codes, in order.
        privacy_class: the request's privacy label after detection (`public` ...).
        degraded_step: which degradation step answered, when one did.
        finish_reason: `stop`, `length`, `cancelled`, ...
        error_type: the error's class name when the generation failed.
        operation: `gen_ai.operation.name` (default `chat`).
        provider: `gen_ai.provider.name`.
        server_address: the cloud endpoint's host, for cloud routes.
        streamed: whether the caller asked for a stream.
    """

    model: str
    route: str
    input_tokens: int | None = None
    output_tokens: int | None = None
    duration_s: float = 0.0
    ttfc_s: float | None = None
    reason_codes: Sequence[str] = ()
    privacy_class: str | None = None
    degraded_step: str | None = None
    finish_reason: str | None = None
    error_type: str | None = None
    operation: str = "chat"
    provider: str = "hybridsdk"
    server_address: str | None = None
    streamed: bool = False

    def __post_init__(self) -> None:
        if not self.model or not self.route:
            raise InputValidationError("a GenerationRecord needs a model and a route")
        for name in ("input_tokens", "output_tokens"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or value < 0):
                raise InputValidationError(f"{name} must be a count >= 0 or None, got {value!r}")
        for name in ("duration_s", "ttfc_s"):
            value = getattr(self, name)
            if value is not None and not (math.isfinite(value) and value >= 0):
                raise InputValidationError(f"{name} must be seconds >= 0, got {value!r}")

    @classmethod
    def from_generate(
        cls, result: GenerateResult, *, duration_s: float, privacy_class: str | None = None
    ) -> GenerationRecord:
        """The record of a `client.generate` result (any route).

        Args:
            result: the `GenerateResult`.
            duration_s: call to result, in seconds.
            privacy_class: the request's privacy label.
        """
        deferred = result.route.value == "deferred"  # nothing generated yet: counts unknown
        return cls(
            model=result.model or "unknown",
            route=result.route.value,
            input_tokens=None if deferred else result.prompt_tokens,
            output_tokens=None if deferred else result.completion_tokens,
            duration_s=duration_s,
            ttfc_s=result.ttft_s,
            reason_codes=tuple(r.code for r in result.reasons),
            privacy_class=privacy_class,
            degraded_step=result.failover or result.degraded_step,
            finish_reason=None if deferred else result.finish_reason,
        )

    @classmethod
    def from_local(
        cls,
        result: GenerationResult,
        *,
        model: str,
        route: str = "local",
        streamed: bool = False,
        **extra: Any,
    ) -> GenerationRecord:
        """The record of a `LocalGenerator` result (tokens, duration, time to first token).

        Args:
            result: the `GenerationResult`.
            model: the model's name.
            route: the route to report (default `local`).
            streamed: whether the caller streamed it (then `ttft_s` is the first chunk).
            **extra: any other `GenerationRecord` field (reason_codes, privacy_class, ...).
        """
        return cls(
            model=model,
            route=route,
            input_tokens=result.prompt_tokens,
            output_tokens=result.completion_tokens,
            duration_s=result.total_s,
            ttfc_s=result.ttft_s if streamed else None,
            finish_reason=result.finish_reason,
            streamed=streamed,
            **extra,
        )


def _import_otel() -> tuple[Any, Any]:
    try:
        from opentelemetry import metrics, trace
    except ImportError as exc:  # pragma: no cover - exercised by the import-hygiene test
        raise MissingDependencyError(
            "OpenTelemetry telemetry", "otel", tried=("opentelemetry-api",)
        ) from exc
    return metrics, trace


class GenAIRecorder:
    """Records generations and inferences as OpenTelemetry metrics and spans.

    Args:
        meter_provider: an OTel `MeterProvider`; the global one when None.
        tracer_provider: an OTel `TracerProvider`; the global one when None.
        spans: also emit one CLIENT span per generation (default True).
    """

    def __init__(
        self,
        *,
        meter_provider: Any | None = None,
        tracer_provider: Any | None = None,
        spans: bool = True,
    ) -> None:
        metrics, trace = _import_otel()
        self._trace = trace
        meter = (meter_provider or metrics.get_meter_provider()).get_meter("hybridsdk", __version__)
        self._tracer = (
            (tracer_provider or trace.get_tracer_provider()).get_tracer("hybridsdk", __version__)
            if spans
            else None
        )
        self._tokens = meter.create_histogram(
            "gen_ai.client.token.usage",
            unit="{token}",
            description="Number of input and output tokens used",
            explicit_bucket_boundaries_advisory=TOKEN_BUCKETS,
        )
        self._duration = meter.create_histogram(
            "gen_ai.client.operation.duration",
            unit="s",
            description="GenAI operation duration",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        self._ttfc = meter.create_histogram(
            "gen_ai.client.operation.time_to_first_chunk",
            unit="s",
            description="Time to receive the first chunk of a streamed response",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        self._infer = meter.create_histogram(
            "hybridsdk.client.infer.duration",
            unit="s",
            description="Duration of one hybridsdk inference, whichever path answered",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )

    def record_generation(
        self, record: GenerationRecord, *, end_time_s: float | None = None
    ) -> None:
        """Record one finished (or failed) generation.

        Args:
            record: what the generation did.
            end_time_s: when it ended, as `time.time()`; now when None. The span is
                back-dated to `end_time_s - record.duration_s`.
        """
        attrs = _common_attributes(record)
        if record.input_tokens is not None:
            self._tokens.record(record.input_tokens, {**attrs, "gen_ai.token.type": "input"})
        if record.output_tokens is not None:
            self._tokens.record(record.output_tokens, {**attrs, "gen_ai.token.type": "output"})
        timing_attrs = dict(attrs)
        if record.error_type is not None:
            timing_attrs["error.type"] = record.error_type
        self._duration.record(record.duration_s, timing_attrs)
        if record.ttfc_s is not None:
            self._ttfc.record(record.ttfc_s, timing_attrs)
        if self._tracer is not None:
            self._span(record, timing_attrs, end_time_s)

    def record_local(
        self,
        result: GenerationResult,
        *,
        model: str,
        route: str = "local",
        streamed: bool = False,
        **extra: Any,
    ) -> None:
        """Record one `LocalGenerator` result (tokens, duration, time to first token).

        Args:
            result: what `LocalGenerator.generate` (or a stream's `.result`) returned.
            model: the model's name.
            route: the route to report (default `local`).
            streamed: whether the caller streamed it (then `ttft_s` is the first chunk).
            **extra: reason_codes, privacy_class, degraded_step, error_type, ...
        """
        self.record_generation(
            GenerationRecord.from_local(
                result, model=model, route=route, streamed=streamed, **extra
            )
        )

    def record_infer(
        self,
        result: InferenceResult,
        *,
        duration_s: float,
        privacy_class: str | None = None,
    ) -> None:
        """Record one `client.infer` result.

        Args:
            result: the result the client returned.
            duration_s: call to result, in seconds.
            privacy_class: the request's privacy label after detection.
        """
        if not (math.isfinite(duration_s) and duration_s >= 0):
            raise InputValidationError(f"duration_s must be seconds >= 0, got {duration_s!r}")
        attrs: dict[str, Any] = {
            ROUTE: result.route.value,
            REASON_CODES: _codes(result.reasons),
        }
        if result.model:
            attrs["hybridsdk.model"] = result.model
        if privacy_class is not None:
            attrs[PRIVACY_CLASS] = privacy_class
        if result.degraded_step is not None:
            attrs[DEGRADED_STEP] = result.degraded_step
        self._infer.record(duration_s, attrs)

    def _span(
        self, record: GenerationRecord, attrs: dict[str, Any], end_time_s: float | None
    ) -> None:
        assert self._tracer is not None
        end_ns = int((time.time() if end_time_s is None else end_time_s) * 1e9)
        start_ns = end_ns - int(record.duration_s * 1e9)
        span_attrs = dict(attrs)
        span_attrs["gen_ai.request.stream"] = record.streamed
        if record.input_tokens is not None:
            span_attrs["gen_ai.usage.input_tokens"] = record.input_tokens
        if record.output_tokens is not None:
            span_attrs["gen_ai.usage.output_tokens"] = record.output_tokens
        if record.finish_reason is not None:
            span_attrs["gen_ai.response.finish_reasons"] = (record.finish_reason,)
        if record.ttfc_s is not None:
            span_attrs["gen_ai.response.time_to_first_chunk"] = record.ttfc_s
        span = self._tracer.start_span(
            f"{record.operation} {record.model}",
            kind=self._trace.SpanKind.CLIENT,
            attributes=span_attrs,
            start_time=start_ns,
        )
        if record.error_type is not None:
            span.set_status(self._trace.Status(self._trace.StatusCode.ERROR, record.error_type))
        span.end(end_time=end_ns)


def _common_attributes(record: GenerationRecord) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "gen_ai.operation.name": record.operation,
        "gen_ai.provider.name": record.provider,
        "gen_ai.request.model": record.model,
        ROUTE: record.route,
        REASON_CODES: ",".join(record.reason_codes),
    }
    if record.server_address is not None:
        attrs["server.address"] = record.server_address
    if record.privacy_class is not None:
        attrs[PRIVACY_CLASS] = record.privacy_class
    if record.degraded_step is not None:
        attrs[DEGRADED_STEP] = record.degraded_step
    return attrs


def _codes(reasons: Iterable[Reason]) -> str:
    # A comma-joined string, not a list: metric attribute sets must be hashable and
    # backends group by the whole combination anyway.
    return ",".join(r.code for r in reasons)
