"""`client.generate`: chat generation on the device or through the encrypted gateway.

One sans-I/O core, `generation_flow`, yields `Call`s (I/O for the driver) and `Emit`s (text
for the caller). `GenerateStream` and `AsyncGenerateStream` drive it step by step, so the
sync and async clients share every decision:

- privacy: the messages' text is scanned; a label that keeps it local runs it on the
  device, one that pseudonymises sends placeholders and puts the values back in the answer
  (`result.text` and the stream alike: a placeholder split across two streamed pieces is
  held back until it is whole, `_stream_restore`);
- routing: `routing.decide` on the same signals as `infer` (mode, deadline, budget,
  offline, device state), the prompt rated by `_prompt_routing.prehoc_decision` (the
  policy's `scorer` when it has one, else the shipped learned prompt scorer against its
  calibrated threshold; reasons ``prompt_scorer_cloud`` / ``prompt_scorer_local`` /
  ``prompt_scorer_policy``); CASCADE runs locally;
- post-hoc escalation (opt-in, `escalate_on`, not for streams: a streamed answer already
  shown cannot be taken back): when the device's whole answer fails one of the named
  `_answer_checks` (cut off, code that does not compile...) and the cloud may be used
  now, the cloud answers instead (route ``cascade``, reason
  ``post_hoc_escalation:<check>``), the device's tokens counted too;
- degraded: when the cloud was wanted and the device answered whole (the cloud failed
  before any text, could not be used, or no path could run), route ``degraded`` with
  ``degraded_step="local"`` and reason ``degraded_local``, as `infer` reports it;
- stop sequences: cut on what the caller sees (`_stream_stops`), so an upstream that
  ignores ``stop`` and a stop begun by the cloud and finished by the device both end the
  answer before it (a tail that may still become one is held back);
- mid-stream failover: when the cloud stream breaks after some text, the device continues
  the same answer (`assistant_prefix`), the caller sees one stream, and the result says
  ``route="cloud"``, ``failover="cloud_stream_broken"``; before any text, the device answers
  with reason ``cloud_failed``;
- deadline: ``deadline_ms`` bounds the cloud stream (connect/read timeouts from the time
  left, every read clamped to it); when it passes mid-stream the device continues
  (``failover="cloud_deadline"``), or, when no device may answer, `DeadlineExceededError`
  (a deferrable one without text is deferred instead, as `infer` defers it);
- endpoints (`_generate_cloud.walk_endpoints`): with `infer`'s circuit breakers, retry
  policy and budgets; when one fails before its first text (connect error, 5xx, open
  breaker, retries spent) the next configured endpoint is tried before the device;
  reasons ``endpoint_failed``/``endpoint_skipped``/``endpoint_retry``, ``cloud_endpoint``
  names the one that answered and ``endpoint_failover`` marks that it was not the first;
  a 4xx about the request or its credentials raises a typed error (`_chat_faults`);
- accounting: tokens (prompt, completion) and cost on every result: the gateway's
  ``usage`` when the stream ended normally, otherwise the local tokenizer's count of the
  cloud text (``usage_estimated=True``); time to first token and tokens per second.

- outbox: a deferrable generation whose cloud call fails before any text (or that may not
  use the cloud now) is stored in the outbox (``route="deferred"``) when the client has one;
  `deferred_generation(key)` gives the answer once the drain delivered it.

This module holds `generation_flow`; the rest is one module per concern: the request,
progress and result types (`_generate_types`), the partial result of a cancelled
generation (`_generate_partial`), what leaves the device and the deferral to the outbox
(`_generate_outgoing`), the cloud's answer and the post-hoc escalation
(`_generate_cloud_answer`), and the streams that drive the flow (`_generate_streams`).
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any

from hybridsdk._exceptions import (
    DeadlineExceededError,
    HybridSDKError,
    PrivacyViolationError,
    RoutingError,
)
from hybridsdk._generate_cloud_answer import _cloud_answer, _escalate
from hybridsdk._generate_outgoing import _cloud_body, _defer, _outgoing, _same
from hybridsdk._generate_streams import AsyncGenerateStream, GenerateStream
from hybridsdk._generate_types import (
    Emit,
    GenerateRequest,
    GenerateResult,
    Progress,
    _reason,
    _Timer,
)
from hybridsdk._stream_restore import StreamRestorer
from hybridsdk._stream_stops import StopFilter
from hybridsdk._trampoline import Call
from hybridsdk._types import InferenceRequest, Reason, Route
from hybridsdk.routing._answer_checks import failed_checks
from hybridsdk.routing._policy import Action, Mode
from hybridsdk.routing._prompt_routing import prehoc_decision
from hybridsdk.routing._prompt_scorer import prompt_text
from hybridsdk.wire._openai_chat import message_text

if TYPE_CHECKING:
    from hybridsdk._client_base import _BaseClient

__all__ = [
    "AsyncGenerateStream",
    "Emit",
    "GenerateResult",
    "GenerateStream",
    "Progress",
    "generation_flow",
]


def generation_flow(
    client: _BaseClient,
    req: GenerateRequest,
    io: Any,
    handles: list[Any],
    progress: Progress | None = None,
) -> Generator[Call | Emit, Any, GenerateResult]:
    """Route one generation and carry it out (see the module docstring).

    Args:
        client: the client (policy, privacy, signals, endpoints, local generator).
        req: the checked request.
        io: `SyncChatIO` or `AsyncChatIO`, with `key`, `open` and `next_pieces`.
        handles: open streams are added here for the driver to close.
        progress: kept up to date with how far it got (for a caller that cancels).
    """
    if progress is None:
        progress = Progress(client, req)
    try:
        return (yield from _generation(client, req, io, handles, progress))
    finally:
        _refund_unused(client, progress)


def _refund_unused(client: _BaseClient, progress: Progress) -> None:
    """Give the budget back the charge held for a cloud call that never wrote (it failed
    first, or the caller left before): a direct call is charged at its first text."""
    if progress.held_at is not None and client.budget is not None and client.cloud_cost:
        client.budget.refund(client.cloud_cost, progress.held_at)
    progress.held_at = None


def _hold_charge(client: _BaseClient, progress: Progress) -> bool:
    """Charge the budget window for the cloud call this generation was routed to, if the
    window can still pay for it (one step, under the budget's lock: the outbox drain and
    other calls charge it too, from other threads). True when charged or nothing to charge."""
    if client.budget is None or not client.cloud_cost:
        return True
    progress.held_at = client.budget.try_record(client.cloud_cost, client.clock())
    return progress.held_at is not None


def _generation(
    client: _BaseClient,
    req: GenerateRequest,
    io: Any,
    handles: list[Any],
    progress: Progress,
) -> Generator[Call | Emit, Any, GenerateResult]:
    """`generation_flow` once its `Progress` is made."""
    from hybridsdk.routing._signals import Signals

    text = message_text(req.messages)
    assessment = client.privacy.assess(text, req.privacy)
    reasons: list[Reason] = list(assessment.reasons)
    request = InferenceRequest(
        text=text,
        privacy=assessment.effective_label,
        deadline_ms=req.deadline_ms,
        cost_ceiling=req.cost_ceiling,
        deferrable=req.deferrable,
        created_at=req.started,
    )
    # The same look around as `infer`: device state, and while offline a cheap probe.
    yield from client._observe(request)
    cloud_ok = bool(client.endpoints) and assessment.may_leave

    def route() -> tuple[Any, list[Reason]]:
        signals = Signals.from_state(
            now=client.clock(),
            device=client._device.value,
            online=client.connectivity.online,
            breaker_open=client._all_breakers_open(),
            latency=client.latency,
            budget=client.budget,
            cloud_cost_estimate=client.cloud_cost,
        )
        return prehoc_decision(
            request,
            signals,
            client.policy,
            req.messages,
            cloud_possible=cloud_ok,
            cloud_share=client.target_cloud_share,
        )

    decision, scorer_reasons = route()
    if decision.action is Action.CLOUD and cloud_ok and not _hold_charge(client, progress):
        # The window was spent between reading it and charging it (the outbox drain,
        # another call): route again on what is left.
        decision, scorer_reasons = route()
    reasons.extend(decision.reasons)
    reasons.extend(scorer_reasons)
    if decision.action is Action.REJECT:
        raise PrivacyViolationError(
            "these messages may not leave the device and the policy allows only the cloud: "
            "use a policy that allows the local model, or remove the personal data"
        )
    timer = _Timer(req.started)
    emitted: list[str] = []
    progress.reasons, progress.timer, progress.cloud = reasons, timer, emitted
    failure: BaseException | None = None
    failover_code = "cloud_stream_broken"
    restore: Callable[[str], str] = _same
    restorer = StreamRestorer(restore)
    stops = StopFilter(req.stop)  # on what the caller sees: cloud, device, across both

    if decision.action is Action.CLOUD and cloud_ok:
        messages, put_back = _outgoing(client, req, assessment)
        if put_back is not None:
            restore, restorer = put_back, StreamRestorer(put_back)
        progress.route, progress.sent = Route.CLOUD, messages
        cloud = yield from _cloud_answer(
            client,
            req,
            io,
            handles,
            messages,
            restore,
            reasons,
            emitted,
            timer,
            restorer=restorer,
            stops=stops,
            progress=progress,
        )
        if isinstance(cloud, GenerateResult):
            return cloud
        failure = cloud
        code = "cloud_stream_broken" if emitted else "cloud_failed"
        if isinstance(failure, DeadlineExceededError):
            code = "cloud_deadline"
        failover_code = code
        reasons.append(_reason(code, f"the cloud path failed: {type(failure).__name__}: {failure}"))
    elif decision.action is Action.CLOUD:
        why = (
            "no cloud endpoint is configured" if not client.endpoints else "privacy keeps it local"
        )
        reasons.append(_reason("cloud_unavailable", why))
    cloud_wanted = failure is not None or decision.action is Action.DEGRADE
    if req.deferrable and not emitted and client.outbox is not None and cloud_ok and cloud_wanted:
        # Rather the cloud's answer later than the device's now (as `infer` does).
        stored, later = _outgoing(client, req, assessment)
        body = _cloud_body(client, req, stored)
        try:
            # Run to its end even if the caller's task is cancelled meanwhile (`shield`):
            # the record is then committed, and its partial result says so.
            yield Call(_defer, (client, progress, body, later), blocking=True, shield=True)
        except (HybridSDKError, OSError) as exc:
            # A full or broken outbox: as `infer`, say so and let the device answer.
            reasons.append(_reason("defer_failed", f"the outbox refused it: {exc}"))
        else:
            return GenerateResult(
                text="", route=Route.DEFERRED, reasons=reasons, idempotency_key=req.idempotency_key
            )
    if isinstance(failure, DeadlineExceededError) and not decision.local_allowed:
        raise failure  # no device may finish it (nor was it deferred): the typed error
    if not decision.local_allowed and failure is None:
        raise RoutingError("no path may answer this generation now: " + decision.explain())

    # The device answers (or continues the cloud's answer).
    gen = yield Call(client._local_generator, blocking=True)
    cloud_part = "".join(emitted)  # as the cloud wrote it: placeholders, if pseudonymised
    cloud_tokens = len(gen.tokenizer.encode(cloud_part)) if cloud_part else 0
    # The device sees the real values (they never leave it) and continues the answer the
    # caller has been shown; the result's text is that answer, restored.
    prefix = restore(cloud_part) if cloud_part else ""
    cloud_used = bool(prefix)  # (charged at its first text)
    # As `infer` does: when the cloud was wanted (it failed before any text, could not
    # be used, or no path could run) and the device answered whole, the answer is degraded.
    degraded = not cloud_used and (
        failure is not None or decision.action in (Action.CLOUD, Action.DEGRADE)
    )
    if degraded:
        reasons.append(
            _reason("degraded_local", "answered by the device model in the cloud's place")
        )
    progress.route = Route.CLOUD if cloud_used else Route.DEGRADED if degraded else Route.LOCAL
    progress.model = "smollm2-135m-instruct (device)"
    progress.failover = failover_code if cloud_used else None
    progress.degraded = degraded
    # The part of it held back as a placeholder's possible start (a stop sequence's start
    # stays held until the device's text settles it).
    tail = stops.feed(restorer.flush())
    if tail:
        timer.mark()
        yield Emit(tail)
    # max_tokens bounds the cloud's part and the device's together: a cloud part that
    # used it up, or that reached a stop sequence, is not continued.
    remaining = req.max_tokens - cloud_tokens
    if failure is not None:
        # A max_tokens the cloud could take may not fit the device's context: the device
        # answers (or continues) within the room it has instead of refusing mid-answer.
        used = len(gen.prompt_tokens(req.messages, assistant_prefix=prefix))
        remaining = min(remaining, gen.context_length - used)
    device_tokens, finish = 0, "stop" if stops.stopped else "length"
    if remaining > 0 and not stops.stopped:
        local = yield Call(
            gen.stream,
            (req.messages,),
            {
                "max_tokens": remaining,
                "stop": req.stop or None,
                "temperature": req.temperature,
                "seed": req.seed,
                "assistant_prefix": prefix,
            },
            blocking=True,
        )
        handles.append(local)
        progress.device = local
        while True:
            piece = yield Call(next, (local, None), blocking=True)
            if piece is None:
                break
            progress.device_text.append(piece)
            shown = stops.feed(piece)  # a stop begun in the cloud's text ends here?
            if shown:
                timer.mark()
                yield Emit(shown)
            if stops.stopped:
                yield Call(local.close, blocking=True)
                break
        device_tokens = local.result.completion_tokens
        finish = "stop" if stops.stopped else local.result.finish_reason
    rest = stops.flush()
    if rest:
        timer.mark()
        yield Emit(rest)
    completion = cloud_tokens + device_tokens
    ttft, rate = timer.rates(completion)
    device = GenerateResult(
        text=stops.text,
        route=Route.CLOUD if cloud_used else Route.DEGRADED if degraded else Route.LOCAL,
        reasons=reasons,
        model="smollm2-135m-instruct (device)",
        finish_reason=finish,
        prompt_tokens=len(gen.prompt_tokens(req.messages)),
        completion_tokens=completion,
        cloud_completion_tokens=cloud_tokens,
        cost=(client.cloud_cost or 0.0) if cloud_used else 0.0,
        ttft_s=ttft,
        tokens_per_s=rate,
        failover=failover_code if cloud_used else None,
        usage_estimated=cloud_used,
        idempotency_key=req.idempotency_key,
        degraded_step="local" if degraded else None,
    )
    escalate = (
        bool(req.escalate_on)
        and not cloud_used
        and failure is None
        and cloud_ok
        and decision.cloud_allowed
        and decision.action in (Action.LOCAL, Action.CASCADE)
        and client.policy.mode is not Mode.LOCAL_ONLY
    )
    if not escalate:
        return device
    checks = failed_checks(prompt_text(req.messages), device.text, device.finish_reason)
    failed = [c for c in checks if c in req.escalate_on]
    if not failed:
        return device
    return (yield from _escalate(client, req, io, handles, assessment, device, failed))
