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
"""

from __future__ import annotations

import contextlib
import logging
import math
import time
import uuid
import weakref
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Union

from hybridsdk._exceptions import (
    CircuitOpenError,
    DeadlineExceededError,
    HybridSDKError,
    InputValidationError,
    PrivacyViolationError,
    RoutingError,
)
from hybridsdk._stream_restore import StreamRestorer
from hybridsdk._stream_stops import StopFilter
from hybridsdk._trampoline import Call, arun_call, run_call
from hybridsdk._types import InferenceRequest, PrivacyLabel, Reason, Route
from hybridsdk.routing._answer_checks import ANSWER_CHECKS, failed_checks
from hybridsdk.routing._policy import Action, Mode
from hybridsdk.routing._privacy import PrivacyAction
from hybridsdk.routing._prompt_routing import prehoc_decision
from hybridsdk.routing._prompt_scorer import prompt_text
from hybridsdk.wire._openai_chat import check_messages, message_text

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

logger = logging.getLogger("hybridsdk.generate")


@dataclass(frozen=True)
class Emit:
    """Text for the caller (a flow step that is not I/O)."""

    text: str


@dataclass
class GenerateResult:
    """What one `generate` produced, whichever path answered.

    Attributes:
        text: the whole answer (pseudonymised values restored).
        route: "local"; "cloud" (a cloud answer finished on the device stays "cloud",
            with `failover` set); "cascade" (the device answered, failed a post-hoc check
            of `escalate_on` and the cloud's answer replaced it); "degraded" (the cloud
            was wanted but failed before any text or could not be used: the device
            answered whole, as `infer` reports it); "deferred".
        reasons: why, as stable codes and words.
        model: the model that answered (the device's when it finished the answer).
        finish_reason: "stop", "length" or "cancelled" (a stream stopped early: the
            result holds what it had produced, `GenerateStream.result`).
        prompt_tokens: tokens of the prompt (the cloud's count when it answered).
        completion_tokens: tokens generated, cloud and device together (after a post-hoc
            escalation: the device's discarded answer plus the cloud's).
        cloud_completion_tokens: of which the cloud generated.
        cost: what the cloud path charged (`cloud_cost` per cloud call; 0 on the device).
        ttft_s: seconds from the call to the first text.
        tokens_per_s: completion tokens per second after the first.
        failover: the reason code when the device took over mid-stream.
        usage_estimated: the cloud's token count is the local tokenizer's estimate.
        idempotency_key: the request's key.
        degraded_step: "local" when route is "degraded".
    """

    text: str
    route: Route
    reasons: list[Reason] = field(default_factory=list)
    model: str | None = None
    finish_reason: str = "stop"
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cloud_completion_tokens: int = 0
    cost: float = 0.0
    ttft_s: float | None = None
    tokens_per_s: float = 0.0
    failover: str | None = None
    usage_estimated: bool = False
    idempotency_key: str | None = None
    degraded_step: str | None = None

    @property
    def total_tokens(self) -> int:
        """Prompt plus completion tokens."""
        return self.prompt_tokens + self.completion_tokens

    @property
    def device_completion_tokens(self) -> int:
        """Tokens the device generated (a discarded answer included)."""
        return self.completion_tokens - self.cloud_completion_tokens


@dataclass
class GenerateRequest:
    """The arguments of one `generate` call, checked."""

    messages: list[dict[str, Any]]
    max_tokens: int = 256
    stop: list[str] = field(default_factory=list)
    temperature: float = 0.0
    seed: int | None = None
    privacy: str = "internal"
    deadline_ms: float | None = None
    cost_ceiling: float | None = None
    deferrable: bool = False
    incremental: bool = True
    escalate_on: tuple[str, ...] = ()
    idempotency_key: str = field(default_factory=lambda: uuid.uuid4().hex)
    started: float = field(default_factory=time.monotonic)


def make_request(
    messages: object,
    *,
    max_tokens: int,
    stop: str | Sequence[str] | None,
    temperature: float,
    seed: int | None,
    privacy: str,
    deadline_ms: float | None,
    cost_ceiling: float | None,
    deferrable: bool,
    relay_buffers: bool,
    stream: bool = False,
    escalate_on: Sequence[str] | None = None,
) -> GenerateRequest:
    """Check `generate`'s arguments (InputValidationError naming the bad one)."""
    checked = check_messages(messages)
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 1:
        raise InputValidationError(f"max_tokens must be a positive integer, got {max_tokens!r}")
    stops = [stop] if isinstance(stop, str) else list(stop or [])
    if len(stops) > 4 or not all(isinstance(s, str) and s for s in stops):
        raise InputValidationError("stop must be a non-empty string or up to 4 of them")
    if deadline_ms is not None and not (_number(deadline_ms) and 0 < deadline_ms < math.inf):
        raise InputValidationError(f"deadline_ms must be a number > 0, got {deadline_ms!r}")
    if not (_number(temperature) and 0.0 <= temperature <= 2.0):
        raise InputValidationError(f"temperature must be a number in 0..2, got {temperature!r}")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        raise InputValidationError(f"seed must be an integer or None, got {seed!r}")
    if cost_ceiling is not None and not (_number(cost_ceiling) and 0 <= cost_ceiling < math.inf):
        raise InputValidationError(f"cost_ceiling must be a number >= 0, got {cost_ceiling!r}")
    if privacy not in {label.value for label in PrivacyLabel}:
        known = ", ".join(label.value for label in PrivacyLabel)
        raise InputValidationError(f"privacy={privacy!r} is not a label; use one of: {known}")
    checks = _escalation_checks(escalate_on, stream)
    return GenerateRequest(
        checked,
        max_tokens,
        stops,
        temperature,
        seed,
        privacy,
        deadline_ms,
        cost_ceiling,
        deferrable,
        not relay_buffers,
        checks,
    )


def _number(value: object) -> bool:
    """A real number (not a bool), NaN excluded."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value


def _escalation_checks(escalate_on: Sequence[str] | None, stream: bool) -> tuple[str, ...]:
    """`escalate_on` checked: names of `ANSWER_CHECKS`, never with a stream."""
    if escalate_on is None:
        return ()
    names = (escalate_on,) if isinstance(escalate_on, str) else tuple(escalate_on)
    unknown = [n for n in names if n not in ANSWER_CHECKS]
    if unknown:
        raise InputValidationError(
            f"escalate_on: unknown check(s) {unknown}; use any of {', '.join(ANSWER_CHECKS)}"
        )
    if names and stream:
        raise InputValidationError(
            "escalate_on needs stream=False: a streamed answer the caller has already seen "
            "cannot be taken back; stream without it, or ask for the whole answer"
        )
    return names


def _reason(code: str, message: str) -> Reason:
    return Reason(code=code, message=message)


class _Timer:
    def __init__(self, started: float) -> None:
        self.started = started
        self.first: float | None = None

    def mark(self) -> None:
        if self.first is None:
            self.first = time.monotonic()

    def rates(self, tokens: int) -> tuple[float | None, float]:
        if self.first is None:
            return None, 0.0
        span = time.monotonic() - self.first
        return self.first - self.started, (tokens - 1) / span if tokens > 1 and span > 0 else 0.0


@dataclass
class Progress:
    """How far one generation got, kept up to date by `generation_flow`: a stream the
    caller ends early builds its partial result from it (`GenerateStream.result`).

    Attributes:
        client: the client (its device tokenizer counts what has no usage yet).
        req: the request.
        reasons: the flow's reasons (the same list, as it grows).
        route: the path producing the answer now; None before one was chosen.
        model: the device model, once it answers.
        sent: the messages as the cloud got them (scrubbed), once it was asked.
        cloud: the cloud's pieces as it wrote them (placeholders, not values).
        endpoint: the endpoint being read, and `exchange` its exchange.
        charged: the cloud call was charged to the budget (at its first text).
        device: the device's `GenerationStream`, once it runs; `device_text` its pieces.
        failover: the reason code when the device took over mid-stream.
        degraded: the device answers in the cloud's place.
        timer: time to first text.
    """

    client: Any
    req: GenerateRequest
    reasons: list[Reason] = field(default_factory=list)
    route: Route | None = None
    model: str | None = None
    sent: list[dict[str, Any]] | None = None
    cloud: list[str] = field(default_factory=list)
    endpoint: Any = None
    exchange: Any = None
    charged: bool = False
    device: Any = None
    device_text: list[str] = field(default_factory=list)
    failover: str | None = None
    degraded: bool = False
    timer: _Timer | None = None


def partial_result(progress: Progress, text: str) -> GenerateResult:
    """The result of a generation the caller ended early: `text` (what it received),
    ``finish_reason="cancelled"``, the path, reasons, cost charged and tokens so far.

    Tokens the cloud generated are counted with the device tokenizer (a cancelled stream
    has no closing usage; ``usage_estimated=True``), the device's from its generator. The
    device model is never loaded for this (seconds on the caller's path, the event loop of
    an async client): when this client has not loaded it, the cloud's streamed pieces are
    counted (about one token each as a gateway streams them; still an estimate) and the
    prompt is not (0).

    Raises:
        InputValidationError: it was ended before a path was chosen (nothing to report).
    """
    if progress.route is None:
        raise InputValidationError(
            "the generation was cancelled before a path was chosen: nothing was generated "
            "or charged, so it has no result"
        )
    client, req = progress.client, progress.req
    if progress.route is Route.DEFERRED:
        # Stored before the caller stopped waiting: its answer comes through the outbox
        # (`deferred_generation(key)`); nothing was generated or charged here.
        return GenerateResult(
            text="",
            route=Route.DEFERRED,
            reasons=list(progress.reasons),
            finish_reason="cancelled",
            idempotency_key=req.idempotency_key,
        )
    cloud_text = "".join(progress.cloud)
    prompt, cloud_tokens, device_tokens = _counted_so_far(progress, cloud_text)
    completion = cloud_tokens + device_tokens
    timer = progress.timer
    ttft, rate = timer.rates(completion) if timer is not None else (None, 0.0)
    model = progress.model
    if model is None and progress.endpoint is not None:
        exchange_model = getattr(progress.exchange, "model", None)
        model = exchange_model or progress.endpoint.name or progress.endpoint.url
    return GenerateResult(
        text=text,
        route=progress.route,
        reasons=list(progress.reasons),
        model=model,
        finish_reason="cancelled",
        prompt_tokens=prompt,
        completion_tokens=completion,
        cloud_completion_tokens=cloud_tokens,
        cost=(client.cloud_cost or 0.0) if progress.charged else 0.0,
        ttft_s=ttft,
        tokens_per_s=rate,
        failover=progress.failover,
        usage_estimated=bool(cloud_text),
        idempotency_key=req.idempotency_key,
        degraded_step="local" if progress.degraded else None,
    )


def _counted_so_far(progress: Progress, cloud_text: str) -> tuple[int, int, int]:
    """(prompt, cloud, device) tokens of a cancelled generation (see `partial_result`)."""
    gen = getattr(progress.client, "_llm", None)  # loaded already, or not at all
    if gen is None:
        # The device did not run (it would have loaded the model): the cloud's pieces.
        return 0, len(progress.cloud), 0
    req = progress.req
    cloud_tokens = device_tokens = prompt = 0
    try:
        tokens = gen.tokenizer.encode
        cloud_tokens = len(tokens(cloud_text)) if cloud_text else 0
        if progress.device is not None:
            try:
                device_tokens = progress.device.result.completion_tokens
            except InputValidationError:  # still ending in a worker thread: count its text
                device_tokens = len(tokens("".join(progress.device_text)))
        asked = progress.sent if progress.device is None and progress.sent else req.messages
        prompt = len(gen.prompt_tokens(asked))
    except HybridSDKError as exc:  # the device model cannot count here: the counts stay 0
        logger.info("cancelled generation's tokens not counted: %s", exc)
    return prompt, cloud_tokens, device_tokens


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
    from hybridsdk.routing._signals import Signals

    if progress is None:
        progress = Progress(client, req)

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
    signals = Signals.from_state(
        now=client.clock(),
        device=client._device.value,
        online=client.connectivity.online,
        breaker_open=client._all_breakers_open(),
        latency=client.latency,
        budget=client.budget,
        cloud_cost_estimate=client.cloud_cost,
    )
    cloud_ok = bool(client.endpoints) and assessment.may_leave
    decision, scorer_reasons = prehoc_decision(
        request,
        signals,
        client.policy,
        req.messages,
        cloud_possible=cloud_ok,
        cloud_share=client.target_cloud_share,
    )
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


def _cloud_answer(
    client: _BaseClient,
    req: GenerateRequest,
    io: Any,
    handles: list[Any],
    messages: list[dict[str, Any]],
    restore: Callable[[str], str],
    reasons: list[Reason],
    emitted: list[str],
    timer: _Timer,
    *,
    restorer: StreamRestorer | None = None,
    stops: StopFilter | None = None,
    progress: Progress | None = None,
) -> Generator[Call | Emit, Any, GenerateResult | BaseException]:
    """Ask the cloud (endpoints in failover order); its `GenerateResult`, or the failure.

    `messages` are what may leave (scrubbed), `restore` puts the values back. With a
    `restorer` the answer is streamed and each piece emitted to the caller, restored;
    without (a post-hoc escalation) it is asked for whole, nothing is emitted, and the
    request carries its idempotency key, so a resend after a timeout is run once.
    `stops` cuts the answer at the caller's stop sequences (the upstream may ignore them).
    `progress` follows the endpoint being read and the charge (for a caller that cancels).
    """
    from hybridsdk._generate_cloud import walk_endpoints
    from hybridsdk.cloud._chat_transport import ChatExchange

    stream = restorer is not None
    stops = stops if stops is not None else StopFilter(req.stop)
    body = _cloud_body(client, req, messages)
    deadline = None if req.deadline_ms is None else req.started + req.deadline_ms / 1000.0

    def piece_out(piece: str) -> Emit:
        assert restorer is not None
        if len(emitted) == 1:
            # Charged once, at the cloud's first text: from then on it is generating (and
            # billing) whether the answer ends whole, fails over or is cancelled.
            _charge(client)
            if progress is not None:
                progress.charged = True
        # Either may hold back a tail: a placeholder's start, a stop sequence's start.
        text = stops.feed(restorer.feed(piece))
        if text:
            timer.mark()
        return Emit(text)

    def exchange_for(endpoint: Any) -> ChatExchange:
        if stream:
            exchange = ChatExchange(endpoint, body, incremental=req.incremental, deadline=deadline)
        else:
            exchange = ChatExchange(
                endpoint, body, stream=False, idempotency_key=req.idempotency_key, deadline=deadline
            )
        if progress is not None:
            progress.endpoint, progress.exchange = endpoint, exchange
        return exchange

    # Endpoints in failover order with infer's breakers, retries and budgets.
    walk = yield from walk_endpoints(
        client,
        io,
        handles,
        make_exchange=exchange_for,
        deadline=deadline,
        # a stream is not deduplicated: resent only if not processed; a whole answer is
        # run once per idempotency key by the gateway
        idempotent=not stream,
        reasons=reasons,
        emitted=emitted,
        on_piece=piece_out if stream else None,
    )
    exchange, endpoint = walk.exchange, walk.endpoint
    if exchange is None or endpoint is None:
        return walk.failure or CircuitOpenError("no cloud endpoint could be tried")
    if not stream and emitted:
        timer.mark()  # a whole answer: its text arrived at the end
    reasons.append(_reason("cloud_endpoint", f"{endpoint.name} answered"))
    if not walk.first:
        reasons.append(
            _reason("endpoint_failover", f"{endpoint.name} answered after the first failed")
        )
    if not (stream and emitted):
        _charge(client)  # a whole answer, or one without text (a stream's was at its first)
    if restorer is not None:
        tail = stops.feed(restorer.flush()) + stops.flush()
        if tail:
            yield Emit(tail)
    cloud_text = "".join(emitted)
    if not stream:
        stops.feed(restore(cloud_text))
        stops.flush()
    estimated = exchange.usage is None
    prompt, completion = exchange.usage or (0, 0)
    if estimated:
        gen = yield Call(client._local_generator, blocking=True)
        prompt = len(gen.prompt_tokens(messages))
        completion = len(gen.tokenizer.encode(cloud_text))
    ttft, rate = timer.rates(completion)
    return GenerateResult(
        text=stops.text,  # restored, and cut at a stop the upstream may have ignored
        route=Route.CLOUD,
        reasons=reasons,
        model=exchange.model or endpoint.name or endpoint.url,
        finish_reason="stop" if stops.stopped else exchange.finish_reason or "stop",
        prompt_tokens=prompt,
        completion_tokens=completion,
        cloud_completion_tokens=completion,
        cost=client.cloud_cost or 0.0,
        ttft_s=ttft,
        tokens_per_s=rate,
        usage_estimated=estimated,
        idempotency_key=req.idempotency_key,
    )


_CHECK_WORDS = {
    "cut_off": "it was cut off at max_tokens",
    "no_code_block": "a code request answered without code",
    "code_invalid": "its code does not compile",
    "no_final_number": "a maths question answered without a final number",
}


def _escalate(
    client: _BaseClient,
    req: GenerateRequest,
    io: Any,
    handles: list[Any],
    assessment: Any,
    device: GenerateResult,
    failed: list[str],
) -> Generator[Call | Emit, Any, GenerateResult]:
    """Post-hoc escalation: the device's answer failed `failed`; ask the cloud, whole.

    The cloud's answer replaces the device's (route "cascade"); the device's tokens stay
    counted. When the cloud fails, the device's answer is returned with the reason.
    """
    check = failed[0]
    reasons = list(device.reasons)
    why = "; ".join(_CHECK_WORDS.get(c, c) for c in failed)
    reasons.append(
        _reason(
            f"post_hoc_escalation:{check}",
            f"the device's answer failed {', '.join(failed)} ({why}); "
            f"asked the cloud after {device.completion_tokens} device tokens",
        )
    )
    messages, put_back = _outgoing(client, req, assessment)
    emitted: list[str] = []
    cloud = yield from _cloud_answer(
        client, req, io, handles, messages, put_back or _same, reasons, emitted, _Timer(req.started)
    )
    if isinstance(cloud, GenerateResult):
        cloud.route = Route.CASCADE
        cloud.completion_tokens += device.completion_tokens
        return cloud
    if emitted:
        _charge(client)  # the cloud generated (and billed) part of an answer
    reasons.append(
        _reason(
            "post_hoc_escalation_failed",
            f"the cloud failed ({type(cloud).__name__}: {cloud}): the device's answer stands",
        )
    )
    device.reasons = reasons
    if emitted:
        device.cost = client.cloud_cost or 0.0
    return device


def _defer(
    client: _BaseClient,
    progress: Progress,
    body: dict[str, Any],
    restore: Callable[[str], str] | None,
) -> None:
    """Store the generation in the outbox, then mark `progress` deferred, in the same
    (blocking) call: a caller cancelled while it ran reads route ``deferred`` exactly when
    the record was committed."""
    req = progress.req
    client._store_chat(body, req.idempotency_key, restore, req.stop)
    progress.route = Route.DEFERRED
    progress.reasons.append(
        _reason("deferred", "stored in the outbox; sent when the cloud is back")
    )


def _charge(client: _BaseClient) -> None:
    """Charge one cloud call to the client's budget window (as `infer` does)."""
    if client.budget is not None and client.cloud_cost:
        client.budget.record(client.cloud_cost, client.clock())


def _same(text: str) -> str:
    """Restores nothing: the messages left as written."""
    return text


def _outgoing(
    client: _BaseClient, req: GenerateRequest, assessment: Any
) -> tuple[list[dict[str, Any]], Callable[[str], str] | None]:
    """The messages that may leave the device, and the function that puts the
    pseudonymised values back into an answer (None when nothing can come back: they leave
    as written, or redacted)."""
    if assessment.action is PrivacyAction.SEND:
        return req.messages, None
    return _scrubbed(client, req)


def _cloud_body(
    client: _BaseClient, req: GenerateRequest, messages: list[dict[str, Any]]
) -> dict[str, Any]:
    """The OpenAI request the cloud gets, with `messages` as they may leave (`_outgoing`)."""
    body: dict[str, Any] = {
        "messages": messages,
        "max_tokens": req.max_tokens,
        "temperature": req.temperature,
    }
    # A stop sequence leaves the device too: one with personal data is kept back (the
    # caller's side applies every stop, `_stream_stops`, so the answer still ends there).
    stops = [s for s in req.stop if not client.privacy.assess(s, req.privacy).findings]
    if stops:
        body["stop"] = stops
    if req.seed is not None:
        body["seed"] = req.seed
    return body


def _scrubbed(
    client: _BaseClient, req: GenerateRequest
) -> tuple[list[dict[str, Any]], Callable[[str], str] | None]:
    """Messages with their personal data redacted or pseudonymised, and the restorer of
    the pseudonyms (None when none was made: redacted values cannot come back, and a
    redacted request in the outbox must not be marked pseudonymised)."""
    out: list[dict[str, Any]] = []
    restores: list[Callable[[str], str]] = []
    for message in req.messages:
        content = message["content"]
        text = content if isinstance(content, str) else message_text([message])
        payload = client.privacy.prepare_for_cloud(text, req.privacy)
        out.append({**message, "content": payload.text_to_send})
        if payload.assessment.action is PrivacyAction.PSEUDONYMISE:
            restores.append(payload.restore)
    if not restores:
        return out, None

    def restore(answer: str) -> str:
        for fn in restores:
            answer = fn(answer)
        return answer

    return out, restore


def _release_dropped(handles: list[Any]) -> None:
    """A dropped stream's finaliser: stop and close what it still holds (the device
    stream, so its model lock is released); handles closed only by an await (an async
    cloud stream) are cancelled and left to their own finalisers."""
    for handle in handles:
        cancel = getattr(handle, "cancel", None)
        if cancel is not None:
            cancel()
        close = getattr(handle, "close", None)
        if close is not None and getattr(handle, "aclose", None) is None:
            try:
                close()
            except Exception:  # a finaliser must not raise; the handle is dropped anyway
                logger.debug("closing a dropped stream's handle failed", exc_info=True)
    handles.clear()


StepValue = Union[Call, Emit]  # noqa: UP007 (a runtime alias on Python 3.10)


class _StreamCore:
    """What the sync and async streams share: the flow, its last reply or error, the
    handles to release and the result. The drivers below only carry out the I/O."""

    def __init__(
        self,
        flow: Generator[StepValue, Any, GenerateResult],
        handles: list[Any],
        progress: Progress | None = None,
    ) -> None:
        self._flow = flow
        self._handles = handles
        self._progress = progress
        self._shown: list[str] = []  # every piece handed to the caller
        self._reply: Any = None
        self._error: BaseException | None = None
        self._result: GenerateResult | None = None
        self._partial: GenerateResult | None = None
        self._stopped_early = False  # closed before the flow returned: a partial result
        self._failure: Exception | None = None  # what the generation raised
        # Left with `break` and dropped unclosed: release the device model when the last
        # reference goes, not when the flow's frames are freed (an idle worker thread of
        # an async client may still hold the device stream it last advanced).
        weakref.finalize(self, _release_dropped, handles).atexit = False

    def _advance(self) -> Call | Emit | None:
        """Send the last reply (or throw the last error) into the flow; its next step,
        or None once it has finished (then `result` is set)."""
        try:
            if self._error is not None:
                error, self._error = self._error, None
                step = self._flow.throw(error)
            else:
                step = self._flow.send(self._reply)
        except StopIteration as done:
            self._result = done.value
            return None
        self._reply = None
        return step

    @property
    def result(self) -> GenerateResult:
        """The generation's result once the stream has ended: iterated to its end, or
        stopped early by `cancel()` / `close()` (or leaving ``with``), in which case it
        is the partial result, ``finish_reason="cancelled"``: the text received, the path,
        the tokens so far and the cost already charged."""
        if self._result is not None:
            return self._result
        if self._failure is not None:  # it failed (and said so): not a cancellation
            raise self._failure
        if not self._stopped_early or self._progress is None:
            raise InputValidationError(
                "the stream has not finished: iterate it to the end, or stop it with "
                "cancel() / close() (or a `with` block) to get what it produced so far"
            )
        if self._partial is None:
            self._partial = partial_result(self._progress, "".join(self._shown))
        return self._partial

    def _prepare_partial(self) -> None:
        """Build the partial result now (counting its tokens)."""
        if self._stopped_early and self._progress is not None and self._partial is None:
            with contextlib.suppress(InputValidationError):  # no path chosen yet
                _ = self.result

    def _release(self, handle: Any) -> bool:
        """Cancel a handle and close it if that needs no await; False if it wants
        `aclose()`."""
        cancel = getattr(handle, "cancel", None)
        if cancel is not None:
            cancel()
        if getattr(handle, "aclose", None) is not None and isinstance(self, AsyncGenerateStream):
            return False
        close = getattr(handle, "close", None)
        if close is not None:
            with contextlib.suppress(ValueError):  # a generator still running in a thread
                close()
        return True


class GenerateStream(_StreamCore):
    """Text pieces of one generation as they come; `result` once it ends.

    `cancel()` (or `close()`) stops it: the device stops after the token in flight, a
    cloud stream's connection is closed.
    """

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        while self._result is None:
            try:
                step = self._advance()
            except BaseException as exc:
                if isinstance(exc, Exception):  # not an interrupt: the generation's error
                    self._failure = exc
                self._close_handles()
                raise
            if step is None:
                break
            if isinstance(step, Emit):
                if step.text:
                    self._shown.append(step.text)
                    return step.text
                continue
            try:
                self._reply = run_call(step)
            except Exception as exc:
                self._error = exc
            except BaseException:  # KeyboardInterrupt, SystemExit: release, then go
                self.close()
                raise
        self._close_handles()
        raise StopIteration

    def _close_handles(self) -> None:
        for handle in self._handles:
            self._release(handle)
        self._handles.clear()

    def cancel(self) -> None:
        """Stop generating; iteration ends."""
        self.close()

    def close(self) -> None:
        """Stop and release everything the generation holds; `result` then holds what it
        produced (``finish_reason="cancelled"`` when it had not finished)."""
        self._stopped_early = self._stopped_early or self._result is None
        self._close_handles()
        self._flow.close()

    def __enter__(self) -> GenerateStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncGenerateStream(_StreamCore):
    """The asyncio twin of `GenerateStream` (``async for piece in stream``; ``async with``
    closes it). A task cancelled while it waits for a piece ends the stream and releases
    what it holds before the cancellation goes on."""

    def __aiter__(self) -> AsyncIterator[str]:
        return self

    async def __anext__(self) -> str:
        while self._result is None:
            try:
                step = self._advance()
            except BaseException as exc:
                if isinstance(exc, Exception):  # not an interrupt: the generation's error
                    self._failure = exc
                await self._close_handles()
                raise
            if step is None:
                break
            if isinstance(step, Emit):
                if step.text:
                    self._shown.append(step.text)
                    return step.text
                continue
            try:
                self._reply = await arun_call(step)
            except Exception as exc:
                self._error = exc
            except BaseException:
                # Cancelled (a timeout around the loop): the stream ends here, and what it
                # holds (the device model's lock, the cloud connection) is released now,
                # not when the caller drops it.
                import anyio

                with anyio.CancelScope(shield=True):
                    # Its partial result is built when read (no model load here).
                    await self._stop()
                raise
        await self._close_handles()
        raise StopAsyncIteration

    async def _close_handles(self) -> None:
        for handle in self._handles:
            if not self._release(handle):
                await handle.aclose()
        self._handles.clear()

    async def _stop(self) -> None:
        self._stopped_early = self._stopped_early or self._result is None
        await self._close_handles()
        self._flow.close()

    async def aclose(self) -> None:
        """Stop and release everything the generation holds; `result` then holds what it
        produced (``finish_reason="cancelled"`` when it had not finished)."""
        await self._stop()
        if self._stopped_early and self._partial is None:
            # Counting its tokens (a long answer's, with the device tokenizer when it is
            # loaded; it is never loaded for this) is done off the event loop.
            await arun_call(Call(self._prepare_partial, blocking=True))

    async def cancel(self) -> None:
        """Stop generating; iteration ends."""
        await self.aclose()

    async def __aenter__(self) -> AsyncGenerateStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
