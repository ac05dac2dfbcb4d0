"""The client's accounting: telemetry of each infer, generation and delivered deferred
call, and the budget window's charge and hold for the outbox drain."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any

from hybridsdk._deferred_answers import DeferredAnswers, generation_result, inference_result
from hybridsdk._exceptions import CloudError, HybridSDKError
from hybridsdk._types import InferenceRequest, InferenceResult
from hybridsdk.routing._signals import CostBudget

if TYPE_CHECKING:
    from hybridsdk.generate._generator import LocalGenerator
    from hybridsdk.telemetry._genai import GenAIRecorder

__all__ = ["RecordingMixin"]

logger = logging.getLogger("hybridsdk.client")


class RecordingMixin:
    """Telemetry and budget recording of `_BaseClient` (it sets these attributes)."""

    telemetry: GenAIRecorder | None
    budget: CostBudget | None
    cloud_cost: float | None
    clock: Callable[[], float]
    _llm: LocalGenerator | None
    _deferred: DeferredAnswers
    # The drain's deliveries in flight, by idempotency key: the budget charge held for
    # each (`_over_budget`) and how long its send took, until its commit or failure.
    _delivery_lock: threading.Lock
    _delivery_charges: dict[str, float]
    _delivery_times: dict[str, float]

    if TYPE_CHECKING:

        def _local_generator(self) -> LocalGenerator: ...

    def _record(self, req: InferenceRequest, result: InferenceResult, started: float) -> None:
        if self.telemetry is not None:
            # The declared label: detection may have raised it; the result does not say.
            self.telemetry.record_infer(
                result, duration_s=time.perf_counter() - started, privacy_class=req.privacy.value
            )

    def _recorded(
        self, flow: Generator[Any, Any, Any], privacy: str, progress: Any = None
    ) -> Generator[Any, Any, Any]:
        """`flow`, recording its result through `self.telemetry` when it returns (or what
        it had done, from `progress`, when the caller cancels it)."""
        from hybridsdk.telemetry._genai import GenerationRecord

        started = time.perf_counter()
        assert self.telemetry is not None
        try:
            result = yield from flow
        except HybridSDKError as exc:
            # A typed failure (a rejected request, no path, the deadline) is recorded with
            # its error.type, as the GenAI conventions ask; the caller still gets the error.
            route = "cloud" if isinstance(exc, CloudError) else "none"
            self.telemetry.record_generation(
                GenerationRecord(
                    model="unknown",
                    route=route,
                    duration_s=time.perf_counter() - started,
                    privacy_class=privacy,
                    error_type=type(exc).__name__,
                )
            )
            raise
        except GeneratorExit:
            # Closed before it finished: the caller cancelled or left the stream.
            self.telemetry.record_generation(
                self._cancelled_record(progress, time.perf_counter() - started, privacy)
            )
            raise
        self.telemetry.record_generation(
            GenerationRecord.from_generate(
                result, duration_s=time.perf_counter() - started, privacy_class=privacy
            )
        )
        return result

    def _cancelled_record(self, progress: Any, duration_s: float, privacy: str) -> Any:
        """The telemetry record of a generation the caller cancelled: its route, model,
        reasons and, when the device tokenizer is loaded already (no model load on a
        cancel), its tokens so far, as its partial result has them."""
        from dataclasses import replace

        from hybridsdk._generate_partial import partial_result
        from hybridsdk.telemetry._genai import GenerationRecord

        if progress is None or progress.route is None:  # before a path was chosen
            return GenerationRecord(
                model="unknown",
                route="none",
                duration_s=duration_s,
                privacy_class=privacy,
                error_type="cancelled",
            )
        if self._llm is not None:
            record = GenerationRecord.from_generate(
                partial_result(progress, ""), duration_s=duration_s, privacy_class=privacy
            )
            return replace(record, error_type="cancelled")
        endpoint = progress.endpoint
        return GenerationRecord(
            model=progress.model or getattr(endpoint, "name", None) or "unknown",
            route=progress.route.value,
            duration_s=duration_s,
            reason_codes=tuple(r.code for r in progress.reasons),
            privacy_class=privacy,
            degraded_step=progress.failover or ("local" if progress.degraded else None),
            finish_reason="cancelled",
            error_type="cancelled",
        )

    def _record_delivery(self, record: Any, answer: bytes, duration_s: float) -> None:
        """Record a deferred call the drain delivered in telemetry, as its result reads
        (route "cloud", degraded step "defer", tokens): it was a cloud call, charged."""
        if self.telemetry is None:
            return
        from dataclasses import replace

        from hybridsdk.outbox._chat_deferred import is_chat
        from hybridsdk.telemetry._genai import GenerationRecord

        delivered = replace(record, result=answer)
        cost = self.cloud_cost or 0.0
        try:
            if not is_chat(record.payload):
                result = inference_result(delivered, self._deferred, cost=cost)
                self.telemetry.record_infer(result, duration_s=duration_s)
                return
            chat = generation_result(
                delivered, self._deferred, cost=cost, count_usage=self._estimated_usage
            )
            entry = GenerationRecord.from_generate(chat, duration_s=duration_s)
            self.telemetry.record_generation(replace(entry, degraded_step="defer"))
        except Exception:  # telemetry must never fail a delivery
            logger.warning("could not record a delivered deferred call", exc_info=True)

    def _recording(self, send: Callable[[Any], bytes]) -> Callable[[Any], bytes]:
        """`send` for the drain: notes how long each send took (telemetry records the
        delivery once it is committed, `_delivery_committed`) and gives the budget back
        the charge held for a send that failed."""

        def deliver(record: Any) -> bytes:
            started = time.perf_counter()
            try:
                answer = send(record)
            except BaseException:
                self._release_delivery_charge(record)
                raise
            self._sent_after_s(record, time.perf_counter() - started)
            return answer

        return deliver

    def _sent_after_s(self, record: Any, duration_s: float) -> None:
        with self._delivery_lock:
            self._delivery_times[record.idempotency_key] = duration_s

    def _delivery_committed(self, record: Any) -> None:
        """The drain's `on_delivered`, so after the delivery is committed: the charge held
        for it stays spent, and telemetry records it. A send whose commit failed is sent
        again (the gateway answers it once): it is charged and recorded once."""
        with self._delivery_lock:
            held = self._delivery_charges.pop(record.idempotency_key, None)
            duration_s = self._delivery_times.pop(record.idempotency_key, 0.0)
        if held is None and self.budget is not None and self.cloud_cost:
            self.budget.record(self.cloud_cost, self.clock())  # held by no `hold`
        if record.result is not None:
            self._record_delivery(record, record.result, duration_s)

    def _release_delivery_charge(self, record: Any) -> None:
        """Refund the charge held for a delivery whose send failed (nothing answered)."""
        with self._delivery_lock:
            held = self._delivery_charges.pop(record.idempotency_key, None)
            self._delivery_times.pop(record.idempotency_key, None)
        if held is not None and self.budget is not None and self.cloud_cost:
            self.budget.refund(self.cloud_cost, held)

    def _over_budget(self, record: Any) -> str | None:
        """The drain's `hold`: charge the budget window for `record`'s delivery now, or
        say why it must wait (the window cannot pay for it). Checking and charging in one
        step (`CostBudget.try_record`) keeps a direct call and the drain from both spending
        the window's last unit; the charge is refunded if the send fails. The record waits
        for a later window, as a direct call over budget would not be made."""
        budget, cost = self.budget, self.cloud_cost
        if budget is None or not cost:
            return None
        key = record.idempotency_key
        with self._delivery_lock:
            now = self.clock()
            earlier = self._delivery_charges.get(key)
            if earlier is not None and earlier > now - budget.window_s:
                return None  # charged for its send whose commit failed: the same answer
            held = budget.try_record(cost, now)
            if held is not None:
                self._delivery_charges[key] = held
                return None
        return (
            f"over budget: {budget.spent(now):g} of {budget.limit:g} spent in the last "
            f"{budget.window_s:g} s and a call costs {cost:g}"
        )

    def _estimated_usage(self, payload: bytes, text: str) -> tuple[int, int]:
        """(prompt, completion) tokens of a deferred generation the upstream did not count,
        with the device model's tokenizer (as a direct generation is); (0, 0) when the
        device model cannot be loaded here."""
        from hybridsdk.outbox._chat_deferred import decode_deferred_chat

        try:
            gen = self._local_generator()
            messages = decode_deferred_chat(payload).get("messages") or []
            return len(gen.prompt_tokens(messages)), len(gen.tokenizer.encode(text))
        except HybridSDKError as exc:
            logger.info("deferred generation's tokens not counted: %s", exc)
            return 0, 0
