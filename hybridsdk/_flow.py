"""The life of one request, as a generator of I/O steps. No I/O happens here.

`request_flow()` privacy-checks, scores and routes a request, then *yields* the steps it
needs carried out (`RunLocal`, `CallCloud`, `Defer`) and receives each `Outcome` back. The
sync client runs the steps with blocking calls, the async client awaits them; both drive
this one generator, so the logic exists once (tenacity's `BaseRetrying.iter()` and httpx's
`BaseClient` share their cores the same way). Tests drive it with scripted outcomes.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from hybridsdk._degradation import ResponseCache, inputs_digest
from hybridsdk._exceptions import (
    HybridSDKError,
    InputValidationError,
    PrivacyViolationError,
    RoutingError,
)
from hybridsdk._setup_errors import setup_error
from hybridsdk._tasks import Task
from hybridsdk._types import InferenceRequest, InferenceResult, Reason, Route
from hybridsdk.routing._calibration import OnlineThreshold
from hybridsdk.routing._complexity import confidence as rate_confidence
from hybridsdk.routing._complexity import score_text
from hybridsdk.routing._out_of_scope import probably_out_of_scope
from hybridsdk.routing._policy import Action, Mode, Policy, decide
from hybridsdk.routing._privacy import PrivacyAction, PrivacyPolicy
from hybridsdk.routing._signals import Signals

__all__ = [
    "CallCloud",
    "Defer",
    "FlowContext",
    "LocalRun",
    "Outcome",
    "RunLocal",
    "Step",
    "request_flow",
]

logger = logging.getLogger("hybridsdk.client")


@dataclass(frozen=True, slots=True)
class RunLocal:
    """Run the edge model on these inputs."""

    model: str
    inputs: Mapping[str, np.ndarray]


@dataclass(frozen=True, slots=True)
class CallCloud:
    """Send these (already privacy-checked) inputs to the cloud model.

    `restore` maps pseudonyms in a text answer back to the values they stand for; it
    never leaves this process (the outbox stores only what may leave).
    """

    model: str
    inputs: Mapping[str, np.ndarray]
    idempotency_key: str
    deadline: float | None  # absolute, on the flow's clock
    restore: Callable[[str], str] | None = None
    # The local model the degradation chain runs if this call fails: the driver loads
    # it while the call is in flight, so the fallback does not start with a load.
    fallback_model: str | None = None


@dataclass(frozen=True, slots=True)
class Defer:
    """Store the cloud call in the durable outbox for later delivery."""

    call: CallCloud
    stream: str


Step = RunLocal | CallCloud | Defer


@dataclass(frozen=True, slots=True)
class LocalRun:
    """What a `RunLocal` step produced: the outputs and what computed them."""

    outputs: Mapping[str, np.ndarray]
    model: str
    runtime: str | None
    accelerator: str | None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a step produced, and how long it took.

    `value` is a `LocalRun` for `RunLocal`, the cloud client's answer for `CallCloud`,
    True for `Defer`; `error` is set instead when the step failed.
    """

    value: Any = None
    error: BaseException | None = None
    elapsed_ms: float = 0.0


@dataclass
class FlowContext:
    """What the flow reads besides the request (no I/O behind any of it).

    Args:
        task: the task the request resolved to.
        policy: the routing policy.
        privacy: the privacy policy.
        signals: device/network/latency/budget state, taken just before the flow.
        cache: recent cloud answers for the "cache" degradation step.
        cloud_configured: whether a cloud endpoint exists at all.
        outbox_configured: whether the "defer" step has somewhere to store.
        cloud_cost: what one cloud call costs (reported in results).
        tracker: keeps the cascade's cloud share at a target when inputs drift; when set,
            it decides escalations instead of the fixed threshold.
        clock: monotonic seconds.
    """

    task: Task
    policy: Policy
    privacy: PrivacyPolicy
    signals: Signals
    cache: ResponseCache | None = None
    cloud_configured: bool = True
    outbox_configured: bool = False
    cloud_cost: float = 0.0
    tracker: OnlineThreshold | None = None
    clock: Callable[[], float] = time.monotonic
    timings_ms: dict[str, float] = field(default_factory=dict)


def _reason(code: str, message: str) -> Reason:
    return Reason(code=code, message=message)


def _text_inputs(task: Task, text: str) -> dict[str, np.ndarray]:
    return {task.text_input: np.array([[text]], dtype=object)}


def request_flow(
    request: InferenceRequest, ctx: FlowContext
) -> Generator[Step, Outcome, InferenceResult]:
    """Route one request and carry out the decision through yielded steps.

    Raises:
        PrivacyViolationError: the policy only allows a path that privacy forbids.
        RoutingError: every path and every degradation step failed (the causes are chained).
        InputValidationError: the inputs do not fit the model (a caller's error: not degraded).
    """
    task = ctx.task
    t0 = time.perf_counter()
    assessment = ctx.privacy.assess_request(request)
    reasons: list[Reason] = list(assessment.reasons)
    if request.inputs is not None and request.text is not None:
        reasons.append(
            _reason(
                "text_scanned_only",
                "the model runs on inputs=; text= was only scanned for personal data",
            )
        )
    label = assessment.effective_label
    signals = ctx.signals
    if label is not request.privacy:  # detection raised it; the rules must see that
        signals = replace(signals, privacy=label)
    score = None
    if ctx.policy.scorer is None and request.text is not None:
        score = score_text(request.text).score  # the pre-hoc text score, before any model
    decision = decide(request, signals, ctx.policy, score=score)
    reasons.extend(decision.reasons)
    ctx.timings_ms["route"] = (time.perf_counter() - t0) * 1000.0
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("request %s: %s", request.idempotency_key, decision.explain())

    local_inputs = (
        request.inputs if request.inputs is not None else _text_inputs(task, request.text or "")
    )
    # cloud_ok: the cloud may ever see this request; the decision says whether it may now.
    cloud_ok = ctx.cloud_configured and task.cloud_model is not None and assessment.may_leave
    local_ok = task.local_model is not None
    action = decision.action
    if action is Action.REJECT:
        raise PrivacyViolationError(
            f"request {request.idempotency_key} may not leave the device "
            f"(label {label.value}) and the policy allows only the cloud: "
            "use a policy that allows the local model, or lower the data's sensitivity"
        )

    local_answer: LocalAnswer | None = None
    failures: list[BaseException] = []

    if action in (Action.LOCAL, Action.CASCADE) and local_ok:
        outcome = yield RunLocal(task.local_model or "", local_inputs)
        ctx.timings_ms["local"] = outcome.elapsed_ms
        if outcome.error is not None:
            _reraise_caller_error(outcome.error)
            failures.append(outcome.error)
            reasons.append(_reason("local_failed", f"the local model failed: {outcome.error}"))
        else:
            local_answer = LocalAnswer.of(outcome.value, task)
            confidence = local_answer.confidence
            if action is Action.CASCADE and _probably_oos(local_answer, task):
                reasons.append(
                    _reason(
                        "probably_out_of_scope",
                        "the local model's top class is out of scope; the cloud would "
                        "reject it too, so it is not escalated",
                    )
                )
                return _result(request, Route.LOCAL, local_answer, reasons, ctx)
            if action is Action.CASCADE:
                threshold = task.confidence_threshold
                if threshold is None:
                    threshold = decision.threshold if decision.threshold is not None else 0.0
                if ctx.tracker is not None:
                    threshold = ctx.tracker.threshold
                    escalate = ctx.tracker.escalate(confidence)  # also moves the threshold
                else:
                    escalate = confidence < threshold
                if not escalate:
                    reasons.append(
                        _reason(
                            "local_confident",
                            f"local confidence {confidence:.3f} >= {threshold:.3f}",
                        )
                    )
                    return _result(request, Route.LOCAL, local_answer, reasons, ctx)
                reasons.append(
                    _reason(
                        "escalated",
                        f"local confidence {confidence:.3f} < {threshold:.3f}: ask the cloud",
                    )
                )
            else:
                wanted = _escalation_threshold(ctx)
                if wanted is None or confidence >= wanted:
                    return _result(request, Route.LOCAL, local_answer, reasons, ctx)
                # The cascade would have asked the cloud but may not now (offline, breaker,
                # deadline, privacy): a degraded answer; the chain decides which one.
                reasons.append(
                    _reason(
                        "escalation_blocked",
                        f"local confidence {confidence:.3f} < {wanted:.3f}, but the cloud may not be used now",
                    )
                )

    wants_cloud = action in (Action.CLOUD, Action.CASCADE) or (
        action is Action.LOCAL and local_answer is None and decision.cloud_allowed
    )
    call: CallCloud | None = None
    if wants_cloud and cloud_ok and action is not Action.DEGRADE:
        call = _cloud_call(request, task, ctx, assessment.action)
        if call is None:
            reasons.append(
                _reason("privacy_scrub_failed", "the text could not be made safe to send")
            )
        else:
            fallback = _local_fallback(task, decision.local_allowed and local_ok, local_answer)
            outcome = yield replace(call, fallback_model=fallback)
            ctx.timings_ms["cloud"] = outcome.elapsed_ms
            if outcome.error is None:
                answer = outcome.value
                if ctx.cache is not None:
                    # Cached as the cloud saw it (placeholders, not values): scrubbed texts
                    # of two users can be identical, and each gets only its own values back.
                    ctx.cache.put(inputs_digest(call.model, call.inputs), dict(answer.outputs))
                outputs = _restored(dict(answer.outputs), call.restore)
                route = Route.CASCADE if local_answer is not None else Route.CLOUD
                probs = _probabilities(outputs, task)
                conf = _confidence(probs, task) if probs is not None else None
                return InferenceResult(
                    outputs=outputs,
                    route=route,
                    reasons=reasons,
                    model=call.model,
                    runtime="cloud",
                    accelerator=getattr(answer, "endpoint", None),
                    confidence=conf,
                    timings_ms=dict(ctx.timings_ms),
                    cost=ctx.cloud_cost,
                    idempotency_key=request.idempotency_key,
                )
            _reraise_caller_error(outcome.error)
            failures.append(outcome.error)
            reasons.append(
                _reason("cloud_failed", f"the cloud path failed: {_describe(outcome.error)}")
            )
    elif wants_cloud and not cloud_ok and action is not Action.DEGRADE:
        reasons.append(_reason("cloud_unavailable", _why_no_cloud(ctx, task, assessment.may_leave)))

    # Degradation chain: the preferred path did not answer. A deferrable request would
    # rather wait for the cloud's answer than take a degraded one now: "defer" goes first.
    steps = task.degradation.steps
    if request.deferrable and "defer" in steps:
        steps = ("defer", *(s for s in steps if s != "defer"))
    for step in steps:
        if step == "local" and local_ok and decision.local_allowed:
            if local_answer is None:
                outcome = yield RunLocal(task.local_model or "", local_inputs)
                ctx.timings_ms["local"] = outcome.elapsed_ms
                if outcome.error is not None:
                    _reraise_caller_error(outcome.error)
                    failures.append(outcome.error)
                    continue
                local_answer = LocalAnswer.of(outcome.value, task)
            reasons.append(
                _reason(
                    "degraded_local",
                    f"answered by the local model, confidence {local_answer.confidence:.3f}",
                )
            )
            return _result(request, Route.DEGRADED, local_answer, reasons, ctx, step="local")
        if step == "cache" and ctx.cache is not None and cloud_ok:
            # The key is what would have been sent (scrubbed), as when the answer was stored.
            cached_call = call or _cloud_call(request, task, ctx, assessment.action)
            if cached_call is None:
                continue
            hit = ctx.cache.get(inputs_digest(cached_call.model, cached_call.inputs))
            if hit is not None:
                outputs, age_s = hit
                outputs = _restored(dict(outputs), cached_call.restore)
                reasons.append(_reason("cache_hit", f"a cloud answer from {age_s:.0f} s ago"))
                return InferenceResult(
                    outputs=outputs,
                    route=Route.CACHE,
                    reasons=reasons,
                    model=task.cloud_model,
                    runtime="cache",
                    timings_ms=dict(ctx.timings_ms),
                    idempotency_key=request.idempotency_key,
                    degraded_step="cache",
                )
        if step == "canned" and task.degradation.canned is not None:
            reasons.append(_reason("canned", "the task's configured fallback answer"))
            return InferenceResult(
                outputs=dict(task.degradation.canned),
                route=Route.DEGRADED,
                reasons=reasons,
                model=None,
                runtime="canned",
                timings_ms=dict(ctx.timings_ms),
                idempotency_key=request.idempotency_key,
                degraded_step="canned",
            )
        if (
            step == "defer"
            and request.deferrable
            and ctx.outbox_configured
            and cloud_ok
            and not decision.cloud_forbidden
        ):
            deferred = call or _cloud_call(request, task, ctx, assessment.action)
            if deferred is None:
                continue
            outcome = yield Defer(deferred, stream=task.name)
            if outcome.error is not None:
                failures.append(outcome.error)
                reasons.append(_reason("defer_failed", f"the outbox refused it: {outcome.error}"))
                continue
            reasons.append(
                _reason("deferred", "stored in the outbox; the answer comes when the cloud is back")
            )
            return InferenceResult(
                route=Route.DEFERRED,
                reasons=reasons,
                model=deferred.model,
                timings_ms=dict(ctx.timings_ms),
                idempotency_key=request.idempotency_key,
                degraded_step="defer",
            )

    summary = "; ".join(str(r) for r in reasons)
    setup = setup_error(failures)
    if setup is not None:  # a set-up mistake, not the network: its own type and advice
        logger.debug("request %s failed: %s", request.idempotency_key, summary)
        raise setup
    error = RoutingError(
        f"no path could answer request {request.idempotency_key}: {summary}. "
        "Check the network and the gateway, or add fallbacks to the task's degradation chain."
    )
    if failures:
        raise error from failures[-1]
    raise error


@dataclass(frozen=True, slots=True)
class LocalAnswer:
    outputs: dict[str, np.ndarray]
    confidence: float
    model: str
    runtime: str | None
    accelerator: str | None

    @classmethod
    def of(cls, run: LocalRun, task: Task) -> LocalAnswer:
        outputs, model, runtime, accelerator = run.outputs, run.model, run.runtime, run.accelerator
        probs = _probabilities(outputs, task)
        if probs is None:
            conf: float | None = 1.0  # not a classifier: nothing to escalate on
        else:
            # No usable confidence means not sure: the cascade escalates.
            conf = _confidence(probs, task)
        return cls(dict(outputs), 0.0 if conf is None else conf, model, runtime, accelerator)


def _probably_oos(answer: LocalAnswer, task: Task) -> bool:
    """The local model says out of scope (every row, with the task's least probability)."""
    if task.out_of_scope_index is None:
        return False
    probs = _probabilities(answer.outputs, task)
    if probs is None or not 0 <= task.out_of_scope_index < probs.shape[-1]:
        return False
    return probably_out_of_scope(probs, task.out_of_scope_index, task.out_of_scope_min_prob)


def _confidence(probs: np.ndarray, task: Task) -> float | None:
    """The least confident row's confidence (a batch escalates as one), or None when the
    output yields no usable one (NaN, logits where probabilities were expected)."""
    try:
        if task.confidence == "max_prob":
            # The model's output is already a distribution: skip re-validating it per call.
            value = float(probs.max(axis=-1).min())
        else:
            value = float(rate_confidence(probs, task.confidence).min())
    except HybridSDKError:
        logger.debug("no confidence from the %s output of task %s", task.confidence, task.name)
        return None
    return value if math.isfinite(value) else None


def _probabilities(outputs: Mapping[str, np.ndarray], task: Task) -> np.ndarray | None:
    name = task.output or next(iter(outputs), None)
    if name is None or name not in outputs:
        return None
    array = outputs[name]
    if array.dtype.kind != "f" or array.size == 0:
        return None
    return array.reshape(-1, array.shape[-1]) if array.ndim >= 1 else None


def _escalation_threshold(ctx: FlowContext) -> float | None:
    """The cascade threshold when the policy cascades (PREFER_LOCAL), else None."""
    if ctx.policy.mode is not Mode.PREFER_LOCAL:
        return None
    if ctx.tracker is not None:
        return ctx.tracker.threshold
    if ctx.task.confidence_threshold is not None:
        return ctx.task.confidence_threshold
    return ctx.policy.confidence_threshold


def _result(
    request: InferenceRequest,
    route: Route,
    answer: LocalAnswer,
    reasons: list[Reason],
    ctx: FlowContext,
    *,
    step: str | None = None,
) -> InferenceResult:
    return InferenceResult(
        outputs=answer.outputs,
        route=route,
        reasons=reasons,
        model=answer.model,
        runtime=answer.runtime,
        accelerator=answer.accelerator,
        confidence=answer.confidence,
        timings_ms=dict(ctx.timings_ms),
        idempotency_key=request.idempotency_key,
        degraded_step=step,
    )


def _local_fallback(task: Task, allowed: bool, local_answer: LocalAnswer | None) -> str | None:
    """The local model the degradation chain would run after a failed cloud call."""
    if not allowed or local_answer is not None or "local" not in task.degradation.steps:
        return None
    return task.local_model


def _cloud_call(
    request: InferenceRequest, task: Task, ctx: FlowContext, action: PrivacyAction
) -> CallCloud | None:
    """The cloud call for this request, with text scrubbed as the privacy policy says."""
    inputs: Mapping[str, np.ndarray]
    restore: Callable[[str], str] | None = None
    if request.inputs is not None:
        inputs = request.inputs
    else:
        try:
            payload = ctx.privacy.prepare_for_cloud(
                request.text or "", request.privacy, locale=request.locale
            )
        except PrivacyViolationError:
            return None
        inputs = _text_inputs(task, payload.text_to_send)
        if action is PrivacyAction.PSEUDONYMISE:
            restore = payload.restore
    remaining = request.remaining_ms(ctx.clock())
    deadline = ctx.clock() + remaining / 1000.0 if remaining is not None else None
    return CallCloud(task.cloud_model or "", inputs, request.idempotency_key, deadline, restore)


def _restored(
    outputs: dict[str, np.ndarray], restore: Callable[[str], str] | None
) -> dict[str, np.ndarray]:
    """Put the pseudonymised values back into the cloud's text outputs."""
    if restore is None:
        return outputs
    for name, array in outputs.items():
        if array.dtype.kind in "OU":
            flat = [restore(v) if isinstance(v, str) else v for v in array.reshape(-1)]
            outputs[name] = np.array(flat, dtype=object).reshape(array.shape)
    return outputs


def _reraise_caller_error(error: BaseException) -> None:
    # A caller's mistake is not a network problem: degrading would hide it.
    if isinstance(error, InputValidationError):
        raise error
    if not isinstance(error, HybridSDKError):
        logger.error("unexpected error in a request step", exc_info=error)


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def _why_no_cloud(ctx: FlowContext, task: Task, may_leave: bool) -> str:
    if not ctx.cloud_configured:
        return "no cloud endpoint is configured"
    if task.cloud_model is None:
        return f"task {task.name!r} has no cloud model"
    if not may_leave:
        return "privacy keeps this request on the device"
    return "the cloud may not be used"
