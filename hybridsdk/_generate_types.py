"""The types of one generation: its checked request (`make_request`), how far it got
(`Progress`), what it produced (`GenerateResult`), and the text steps of its flow (`Emit`)."""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from hybridsdk._exceptions import InputValidationError
from hybridsdk._types import PrivacyLabel, Reason, Route
from hybridsdk.routing._answer_checks import ANSWER_CHECKS
from hybridsdk.wire._openai_chat import check_messages

__all__ = ["Emit", "GenerateRequest", "GenerateResult", "Progress", "make_request"]


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
        held_at: when the budget window was charged ahead for the cloud call this
            generation was routed to (`CostBudget.try_record`), until that call's first
            text takes the charge over; refunded if it never comes.
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
    held_at: float | None = None
    device: Any = None
    device_text: list[str] = field(default_factory=list)
    failover: str | None = None
    degraded: bool = False
    timer: _Timer | None = None
