"""The routing decision: a pure function of (request, signals, policy).

`decide()` reads no clock, opens nothing and calls no model: the time is `signals.now`,
the pre-hoc score is a number. It returns a `Decision` with every reason behind it, and
thin sync/async drivers carry the decision out (tenacity's `BaseRetrying.iter()` returns
`DoAttempt`/`DoSleep` the same way).

Modes (the Firebase AI Logic names are the values):

    LOCAL_ONLY    "only_on_device"    local, or degrade when local cannot run
    PREFER_LOCAL  "prefer_on_device"  cascade: local first, cloud when its confidence
                                      is below `Decision.threshold`
    PREFER_CLOUD  "prefer_in_cloud"   cloud first, local on failure
    CLOUD_ONLY    "only_in_cloud"     cloud, or degrade (reject when privacy forbids it)

Rules read the signals and return `Verdict`s (an `Effect` plus a `Reason`); they compose
like tenacity's stop strategies: `DeviceRule() | ComplexityRule(0.7)` applies both (every
rule that fires adds its reason), `BudgetRule() & DeviceRule()` fires only when both do.
A plain callable `(request, signals, score) -> Verdict | Iterable[Verdict] | None` is a
rule too.

Stable reason codes (logs and dashboards may match on them):

    mode_local_only, mode_prefer_local, mode_prefer_cloud, mode_cloud_only
    privacy_restricted ........ the effective label forbids the cloud
    network_offline, breaker_open
    deadline_passed ........... no time left at all
    deadline_cloud_too_slow ... the cloud's latency estimate exceeds the time left
    deadline_local_too_slow ... the local latency estimate exceeds the time left
    deadline_no_escalation .... local then cloud does not fit; local alone does
    budget_window_spent ....... the cost window cannot pay for one more call
    cost_ceiling_exceeded ..... the call would cost more than request.cost_ceiling
    device_hot, device_throttled, battery_low, memory_pressure
    complexity_high ........... the pre-hoc score is at or above the rule's threshold
    no_path ................... neither path may run: degrade (or reject)
"""

from __future__ import annotations

import abc
import dataclasses
import enum
import math
from collections.abc import Callable, Iterable
from typing import Union

from hybridsdk._exceptions import ConfigurationError
from hybridsdk._types import InferenceRequest, PrivacyLabel, Reason
from hybridsdk.routing._hysteresis import Hysteresis
from hybridsdk.routing._signals import Signals

__all__ = [
    "Action",
    "AllRules",
    "AnyRule",
    "BudgetRule",
    "ComplexityRule",
    "DeadlineRule",
    "Decision",
    "DeviceRule",
    "Effect",
    "Mode",
    "NetworkRule",
    "Policy",
    "PrivacyRule",
    "Rule",
    "RuleLike",
    "Verdict",
    "as_rule",
    "decide",
    "default_rules",
]


class Action(str, enum.Enum):
    """What the drivers should do with the request."""

    LOCAL = "local"
    CLOUD = "cloud"
    CASCADE = "cascade"  # local first; cloud when confidence < Decision.threshold
    DEGRADE = "degrade"  # no path can run now: the degradation chain answers
    REJECT = "reject"  # no path may ever run under this policy


class Mode(str, enum.Enum):
    """Where requests go by default; values follow Firebase AI Logic's hybrid modes."""

    LOCAL_ONLY = "only_on_device"
    PREFER_LOCAL = "prefer_on_device"
    PREFER_CLOUD = "prefer_in_cloud"
    CLOUD_ONLY = "only_in_cloud"

    @classmethod
    def _missing_(cls, value: object) -> Mode | None:
        # Also accept the names people type: "local_only", "PREFER_CLOUD", ...
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        return None


class Effect(enum.IntFlag):
    """What a fired rule means for the decision (flags combine)."""

    CLOUD_FORBIDDEN = 1  # never send, not even later (privacy)
    CLOUD_UNAVAILABLE = 2  # cannot send now (network, breaker, deadline, budget)
    LOCAL_UNAVAILABLE = 4  # local cannot answer in time
    PREFER_CLOUD = 8  # skip local and go straight to the cloud (device, complexity)
    NO_ESCALATION = 16  # a cascade's second hop would not fit: stay local


_FORBIDDEN = int(Effect.CLOUD_FORBIDDEN)
_UNAVAILABLE = int(Effect.CLOUD_UNAVAILABLE)
_NO_LOCAL = int(Effect.LOCAL_UNAVAILABLE)
_PREFER_CLOUD = int(Effect.PREFER_CLOUD)
_NO_ESCALATION = int(Effect.NO_ESCALATION)
_NO_CLOUD = _FORBIDDEN | _UNAVAILABLE


@dataclasses.dataclass(frozen=True, slots=True)
class Verdict:
    """One fired rule: its effect on the decision and the reason to report.

    Args:
        effect: one `Effect` or several or-ed together.
        reason: the code and message added to the decision.
    """

    effect: Effect
    reason: Reason
    bits: int = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "bits", int(self.effect))

    @classmethod
    def of(cls, effect: Effect, code: str, message: str) -> Verdict:
        """Build a verdict; build them once, outside the hot path, and reuse them."""
        return cls(effect, Reason(code=code, message=message))


RuleResult = Verdict | Iterable[Verdict] | None
RuleFunc = Callable[[InferenceRequest, Signals, float | None], RuleResult]
RuleLike = Union["Rule", RuleFunc]  # a forward reference: `|` would fail at runtime


class Rule(abc.ABC):
    """A condition on (request, signals, pre-hoc score) that may fire verdicts."""

    @abc.abstractmethod
    def __call__(
        self, request: InferenceRequest, signals: Signals, score: float | None
    ) -> tuple[Verdict, ...]:
        """Return the verdicts of the rule; an empty tuple when it does not fire."""

    def __or__(self, other: RuleLike) -> AnyRule:
        return AnyRule(self, other)

    def __ror__(self, other: RuleLike) -> AnyRule:
        return AnyRule(other, self)

    def __and__(self, other: RuleLike) -> AllRules:
        return AllRules(self, other)

    def __rand__(self, other: RuleLike) -> AllRules:
        return AllRules(other, self)


class _FunctionRule(Rule):
    def __init__(self, func: RuleFunc) -> None:
        self.func = func

    def __call__(
        self, request: InferenceRequest, signals: Signals, score: float | None
    ) -> tuple[Verdict, ...]:
        result = self.func(request, signals, score)
        if result is None:
            return ()
        if isinstance(result, Verdict):
            return (result,)
        verdicts = tuple(result)
        for item in verdicts:
            if not isinstance(item, Verdict):
                raise ConfigurationError(
                    f"rule {self.func!r} returned {item!r}; a rule returns a Verdict, "
                    "an iterable of Verdicts, or None"
                )
        return verdicts

    def __repr__(self) -> str:
        return f"as_rule({self.func!r})"


def as_rule(rule: RuleLike) -> Rule:
    """A `Rule` from a rule or a plain callable `(request, signals, score) -> verdicts`."""
    if isinstance(rule, Rule):
        return rule
    if callable(rule):
        return _FunctionRule(rule)
    raise ConfigurationError(f"{rule!r} is not a rule; pass a Rule or a callable")


class AnyRule(Rule):
    """Fires when any of its rules fires; reports the verdicts of all that fired."""

    def __init__(self, *rules: RuleLike) -> None:
        flat: list[Rule] = []
        for rule in map(as_rule, rules):
            # Flatten a | b | c into one level: fewer calls on the hot path.
            flat.extend(rule.rules if isinstance(rule, AnyRule) else (rule,))
        self.rules: tuple[Rule, ...] = tuple(flat)

    def __call__(
        self, request: InferenceRequest, signals: Signals, score: float | None
    ) -> tuple[Verdict, ...]:
        out: tuple[Verdict, ...] = ()
        for rule in self.rules:
            fired = rule(request, signals, score)
            if fired:
                out += fired
        return out

    def __repr__(self) -> str:
        return " | ".join(map(repr, self.rules))


class AllRules(Rule):
    """Fires only when every one of its rules fires; reports all their verdicts."""

    def __init__(self, *rules: RuleLike) -> None:
        flat: list[Rule] = []
        for rule in map(as_rule, rules):
            flat.extend(rule.rules if isinstance(rule, AllRules) else (rule,))
        self.rules: tuple[Rule, ...] = tuple(flat)

    def __call__(
        self, request: InferenceRequest, signals: Signals, score: float | None
    ) -> tuple[Verdict, ...]:
        out: tuple[Verdict, ...] = ()
        for rule in self.rules:
            fired = rule(request, signals, score)
            if not fired:
                return ()
            out += fired
        return out

    def __repr__(self) -> str:
        return "(" + " & ".join(map(repr, self.rules)) + ")"


class PrivacyRule(Rule):
    """No cloud for data labelled `forbid_at` or stricter.

    The effective label is the stricter of `request.privacy` and `signals.privacy` (the
    privacy assessment's label): detected personal data can only tighten it.

    Args:
        forbid_at: the least strict label that must stay on the device.
    """

    def __init__(self, forbid_at: PrivacyLabel = PrivacyLabel.RESTRICTED) -> None:
        self.forbid_at = PrivacyLabel(forbid_at)
        self._rank = self.forbid_at.rank
        self._verdict = Verdict.of(
            Effect.CLOUD_FORBIDDEN,
            "privacy_restricted",
            f"data labelled {self.forbid_at.value} or stricter never leaves the device",
        )

    def __call__(
        self, request: InferenceRequest, signals: Signals, score: float | None
    ) -> tuple[Verdict, ...]:
        if request.privacy.rank >= self._rank or (
            signals.privacy is not None and signals.privacy.rank >= self._rank
        ):
            return (self._verdict,)
        return ()

    def __repr__(self) -> str:
        return f"PrivacyRule({self.forbid_at.value!r})"


class NetworkRule(Rule):
    """No cloud while offline or while the cloud's circuit breaker is open."""

    _offline = Verdict.of(
        Effect.CLOUD_UNAVAILABLE, "network_offline", "the network is down: the cloud is unreachable"
    )
    _breaker = Verdict.of(
        Effect.CLOUD_UNAVAILABLE,
        "breaker_open",
        "the cloud endpoint's circuit breaker is open after repeated failures",
    )

    def __call__(
        self, request: InferenceRequest, signals: Signals, score: float | None
    ) -> tuple[Verdict, ...]:
        if signals.online:
            return (self._breaker,) if signals.breaker_open else ()
        return (self._offline, self._breaker) if signals.breaker_open else (self._offline,)

    def __repr__(self) -> str:
        return "NetworkRule()"


class DeadlineRule(Rule):
    """No path whose latency estimate does not fit in the request's remaining time.

    Uses `signals.local_latency_ms` / `signals.cloud_latency_ms` (conservative EWMA
    estimates) against `request.remaining_ms(signals.now)`.

    Args:
        margin_ms: time kept in reserve for the driver's own work.
    """

    def __init__(self, margin_ms: float = 0.0) -> None:
        if not (math.isfinite(margin_ms) and margin_ms >= 0.0):
            raise ConfigurationError(f"margin_ms={margin_ms} must be a finite number >= 0")
        self.margin_ms = float(margin_ms)
        self._passed = Verdict.of(
            Effect.CLOUD_UNAVAILABLE | Effect.LOCAL_UNAVAILABLE,
            "deadline_passed",
            "the request's deadline has passed",
        )
        self._cloud = Verdict.of(
            Effect.CLOUD_UNAVAILABLE,
            "deadline_cloud_too_slow",
            "the cloud latency estimate exceeds the time left before the deadline",
        )
        self._local = Verdict.of(
            Effect.LOCAL_UNAVAILABLE,
            "deadline_local_too_slow",
            "the local latency estimate exceeds the time left before the deadline",
        )
        self._cascade = Verdict.of(
            Effect.NO_ESCALATION,
            "deadline_no_escalation",
            "local then cloud would not finish before the deadline; local alone does",
        )

    def __call__(
        self, request: InferenceRequest, signals: Signals, score: float | None
    ) -> tuple[Verdict, ...]:
        if request.deadline_ms is None:
            return ()
        left = request.deadline_ms - (signals.now - request.created_at) * 1000.0 - self.margin_ms
        if left <= 0.0:
            return (self._passed,)
        cloud = signals.cloud_latency_ms
        local = signals.local_latency_ms
        cloud_slow = cloud is not None and cloud > left
        local_slow = local is not None and local > left
        if cloud_slow:
            return (self._cloud, self._local) if local_slow else (self._cloud,)
        if local_slow:
            return (self._local,)
        if cloud is not None and local is not None and local + cloud > left:
            return (self._cascade,)
        return ()

    def __repr__(self) -> str:
        return f"DeadlineRule(margin_ms={self.margin_ms})"


class BudgetRule(Rule):
    """No cloud call the budget window or the request's cost ceiling cannot pay for.

    The cost of one call is `signals.cloud_cost_estimate`, else `cost_per_call`; when
    neither is known the rule does not fire.

    Args:
        cost_per_call: the default cost of one cloud call.
    """

    def __init__(self, cost_per_call: float | None = None) -> None:
        if cost_per_call is not None and not (math.isfinite(cost_per_call) and cost_per_call >= 0):
            raise ConfigurationError(f"cost_per_call={cost_per_call} must be a finite number >= 0")
        self.cost_per_call = cost_per_call
        self._window = Verdict.of(
            Effect.CLOUD_UNAVAILABLE,
            "budget_window_spent",
            "the cost budget window cannot pay for another cloud call",
        )
        self._ceiling = Verdict.of(
            Effect.CLOUD_UNAVAILABLE,
            "cost_ceiling_exceeded",
            "a cloud call would cost more than the request's cost_ceiling",
        )

    def __call__(
        self, request: InferenceRequest, signals: Signals, score: float | None
    ) -> tuple[Verdict, ...]:
        cost = signals.cloud_cost_estimate
        if cost is None:
            cost = self.cost_per_call
            if cost is None:
                return ()
        out: tuple[Verdict, ...] = ()
        if signals.budget_remaining is not None and cost > signals.budget_remaining:
            out = (self._window,)
        if request.cost_ceiling is not None and cost > request.cost_ceiling:
            out += (self._ceiling,)
        return out

    def __repr__(self) -> str:
        return f"BudgetRule(cost_per_call={self.cost_per_call})"


class DeviceRule(Rule):
    """Prefer the cloud when the device is hot, throttled, low on battery or on memory.

    A None limit disables that check; an unknown signal (None) never fires.

    The memory check has hysteresis, so a busy but healthy host does not flap between
    paths: it turns on at a limit and off only once the signal is back past its release
    value (an instance keeps that state; give each device its own rule). The pressure
    signal is Linux PSI `some avg60` as a fraction (the share of the last minute in which
    some task stalled on memory), smoother than avg10's spikes.

    Args:
        max_temperature_c: hotter than this prefers the cloud.
        min_battery_percent: below this, on battery (not charging), prefers the cloud.
        max_memory_pressure: a pressure level at or above this turns the memory check on
            (True counts as 1.0).
        min_memory_available_fraction: less free RAM than this turns it on; used only
            when the kernel has no PSI (MemAvailable is low on many healthy busy hosts).
        memory_pressure_release: pressure below this turns it off again (default: half
            of `max_memory_pressure`).
        memory_available_release: free RAM at or above this fraction turns it off again
            (default: 1.5 x `min_memory_available_fraction`).
    """

    def __init__(
        self,
        *,
        max_temperature_c: float | None = 80.0,
        min_battery_percent: float | None = 20.0,
        max_memory_pressure: float | None = 0.25,
        min_memory_available_fraction: float | None = 0.1,
        memory_pressure_release: float | None = None,
        memory_available_release: float | None = None,
    ) -> None:
        self.max_temperature_c = max_temperature_c
        self.min_battery_percent = min_battery_percent
        self.max_memory_pressure = max_memory_pressure
        self.min_memory_available_fraction = min_memory_available_fraction
        self._pressure_latch = (
            Hysteresis(
                max_memory_pressure,
                memory_pressure_release
                if memory_pressure_release is not None
                else max_memory_pressure / 2,
            )
            if max_memory_pressure is not None
            else None
        )
        self._available_latch = (
            Hysteresis(
                min_memory_available_fraction,
                memory_available_release
                if memory_available_release is not None
                else min_memory_available_fraction * 1.5,
                rising=False,
            )
            if min_memory_available_fraction is not None
            else None
        )
        self._hot = Verdict.of(
            Effect.PREFER_CLOUD, "device_hot", f"the device is above {max_temperature_c} C"
        )
        self._throttled = Verdict.of(
            Effect.PREFER_CLOUD, "device_throttled", "the device reports thermal/power throttling"
        )
        self._battery = Verdict.of(
            Effect.PREFER_CLOUD,
            "battery_low",
            f"on battery below {min_battery_percent}% and not charging",
        )
        self._memory = Verdict.of(
            Effect.PREFER_CLOUD, "memory_pressure", "the device is short of memory"
        )

    def __call__(
        self, request: InferenceRequest, signals: Signals, score: float | None
    ) -> tuple[Verdict, ...]:
        out: tuple[Verdict, ...] = ()
        t = signals.temperature_c
        if t is not None and self.max_temperature_c is not None and t > self.max_temperature_c:
            out += (self._hot,)
        if signals.throttled:
            out += (self._throttled,)
        b = signals.battery_percent
        if (
            signals.on_battery
            and b is not None
            and self.min_battery_percent is not None
            and b < self.min_battery_percent
        ):
            out += (self._battery,)
        # PSI, when the kernel has it, is the judge: it measures stalls, while a low
        # MemAvailable on a busy host is often just page cache doing its job.
        p = signals.memory_pressure
        if p is not None and self._pressure_latch is not None:
            short = self._pressure_latch.update(float(p))
        elif self._available_latch is not None:
            short = self._available_latch.update(signals.memory_available_fraction)
        else:
            short = False
        if short:
            out += (self._memory,)
        return out

    def __repr__(self) -> str:
        return (
            f"DeviceRule(max_temperature_c={self.max_temperature_c}, "
            f"min_battery_percent={self.min_battery_percent}, "
            f"max_memory_pressure={self.max_memory_pressure}, "
            f"min_memory_available_fraction={self.min_memory_available_fraction})"
        )


class ComplexityRule(Rule):
    """Go straight to the cloud when the pre-hoc score is at or above `threshold`.

    Args:
        threshold: score in [0, 1] from which the local model is skipped.
    """

    def __init__(self, threshold: float = 0.6) -> None:
        if not (0.0 <= threshold <= 1.0):
            raise ConfigurationError(f"complexity threshold={threshold} must be within [0, 1]")
        self.threshold = float(threshold)
        self._verdict = Verdict.of(
            Effect.PREFER_CLOUD,
            "complexity_high",
            f"pre-hoc complexity score at or above {self.threshold:g}: skip the local model",
        )

    def __call__(
        self, request: InferenceRequest, signals: Signals, score: float | None
    ) -> tuple[Verdict, ...]:
        if score is not None and score >= self.threshold:
            return (self._verdict,)
        return ()

    def __repr__(self) -> str:
        return f"ComplexityRule({self.threshold:g})"


def default_rules(
    *,
    complexity_threshold: float | None = 0.6,
    cost_per_call: float | None = None,
    deadline_margin_ms: float = 0.0,
    device: DeviceRule | None = None,
) -> AnyRule:
    """The standard rule set: privacy | network | deadline | budget | device | complexity.

    Args:
        complexity_threshold: pre-hoc score from which local is skipped; None disables it.
        cost_per_call: default cost of a cloud call for the budget rule.
        deadline_margin_ms: time reserved for the driver.
        device: a configured device rule; defaults to `DeviceRule()`.
    """
    rule = (
        PrivacyRule()
        | NetworkRule()
        | DeadlineRule(deadline_margin_ms)
        | BudgetRule(cost_per_call)
        | (device if device is not None else DeviceRule())
    )
    if complexity_threshold is not None:
        rule = rule | ComplexityRule(complexity_threshold)
    return rule


_MODE_CODES = {
    Mode.LOCAL_ONLY: "mode_local_only",
    Mode.PREFER_LOCAL: "mode_prefer_local",
    Mode.PREFER_CLOUD: "mode_prefer_cloud",
    Mode.CLOUD_ONLY: "mode_cloud_only",
}


@dataclasses.dataclass(frozen=True)
class Policy:
    """How to route: a mode, the rules on signals, and the cascade threshold.

    Args:
        mode: a `Mode` or its value/name ("prefer_on_device", "local_only", ...).
        rules: a rule, a composition of rules, or a plain callable; None for no rules.
        confidence_threshold: in PREFER_LOCAL, the local answer is escalated to the cloud
            when its post-hoc confidence is below this (see `calibrate()`).
        scorer: computes the pre-hoc score from the request when `decide` gets none,
            e.g. `lambda r: score_text(r.text).score if r.text else None`.
    """

    mode: Mode = Mode.PREFER_LOCAL
    rules: RuleLike | None = dataclasses.field(default_factory=default_rules)
    confidence_threshold: float = 0.9
    scorer: Callable[[InferenceRequest], float | None] | None = None
    _rule: Rule | None = dataclasses.field(init=False, repr=False, compare=False)
    _reasons: dict[str, Reason] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        try:
            mode = Mode(self.mode)
        except ValueError:
            raise ConfigurationError(
                f"unknown mode {self.mode!r}; use one of {[m.value for m in Mode]}"
            ) from None
        thr = self.confidence_threshold
        if not (isinstance(thr, (int, float)) and math.isfinite(thr) and thr >= 0.0):
            raise ConfigurationError(
                f"confidence_threshold={thr!r} must be a finite number >= 0 "
                "(answers with confidence below it escalate; above 1 escalates all)"
            )
        object.__setattr__(self, "mode", mode)
        object.__setattr__(self, "_rule", None if self.rules is None else as_rule(self.rules))
        messages = {
            Mode.LOCAL_ONLY: "only_on_device: the local model answers",
            Mode.PREFER_LOCAL: f"prefer_on_device: local first, cloud when confidence < {thr:g}",
            Mode.PREFER_CLOUD: "prefer_in_cloud: cloud first, local on failure",
            Mode.CLOUD_ONLY: "only_in_cloud: the cloud answers",
        }
        # Built once here: constructing pydantic Reasons in decide() would cost microseconds.
        object.__setattr__(
            self,
            "_reasons",
            {
                "mode": Reason(code=_MODE_CODES[mode], message=messages[mode]),
                "degrade": Reason(
                    code="no_path", message="no path may run now: the degradation chain answers"
                ),
                "reject": Reason(
                    code="no_path", message="the only path this policy allows is forbidden"
                ),
            },
        )


@dataclasses.dataclass(frozen=True, slots=True)
class Decision:
    """The router's decision and everything behind it.

    Attributes:
        action: what to do.
        reasons: the mode's reason first, then one per fired rule, in rule order.
        threshold: for CASCADE, the confidence below which the local answer escalates.
        score: the pre-hoc complexity score used, when there was one.
        fallback: what to do when `action` fails (e.g. LOCAL after a failed CLOUD).
        cloud_forbidden: privacy forbids the cloud; no degradation step may send later.
        mode: the policy's mode.
        local_allowed: no rule forbids the local model (degradation may still use it).
        cloud_allowed: no rule forbids the cloud right now (offline, deadline, budget...).
    """

    action: Action
    reasons: tuple[Reason, ...]
    threshold: float | None = None
    score: float | None = None
    fallback: Action | None = None
    cloud_forbidden: bool = False
    mode: Mode = Mode.PREFER_LOCAL
    local_allowed: bool = True
    cloud_allowed: bool = True

    @property
    def codes(self) -> tuple[str, ...]:
        """The reason codes, for logs and tests."""
        return tuple(r.code for r in self.reasons)

    def explain(self) -> str:
        """One line for people: the action and its reasons."""
        return f"{self.action.value}: " + "; ".join(map(str, self.reasons))


_LOCAL = Action.LOCAL
_CLOUD = Action.CLOUD


def decide(
    request: InferenceRequest,
    signals: Signals,
    policy: Policy,
    *,
    score: float | None = None,
) -> Decision:
    """Route one request. Pure: same inputs, same decision; no clock, no I/O.

    Args:
        request: the request (its deadline is measured against `signals.now`).
        signals: device, network, latency and budget state at `signals.now`.
        policy: mode, rules and cascade threshold.
        score: the pre-hoc complexity score; when None, `policy.scorer` computes it.
    """
    if score is None and policy.scorer is not None:
        score = policy.scorer(request)
    rule = policy._rule
    verdicts = rule(request, signals, score) if rule is not None else ()
    bits = 0
    for v in verdicts:
        bits |= v.bits
    mode_reason = policy._reasons["mode"]
    reasons = (mode_reason, *[v.reason for v in verdicts]) if verdicts else (mode_reason,)
    forbidden = bool(bits & _FORBIDDEN)
    cloud_ok = not bits & _NO_CLOUD
    local_ok = not bits & _NO_LOCAL
    mode = policy.mode
    action: Action
    fallback: Action | None = None
    threshold: float | None = None

    if mode is Mode.PREFER_LOCAL:
        if not cloud_ok:
            action = _LOCAL if local_ok else Action.DEGRADE
        elif not local_ok:
            action = _CLOUD
        elif bits & _PREFER_CLOUD:
            action, fallback = _CLOUD, _LOCAL
        elif bits & _NO_ESCALATION:
            action = _LOCAL
        else:
            action, threshold = Action.CASCADE, policy.confidence_threshold
    elif mode is Mode.PREFER_CLOUD:
        if cloud_ok:
            action = _CLOUD
            fallback = _LOCAL if local_ok else None
        else:
            action = _LOCAL if local_ok else Action.DEGRADE
    elif mode is Mode.LOCAL_ONLY:
        action = _LOCAL if local_ok else Action.DEGRADE
    else:  # CLOUD_ONLY
        # Privacy forbids the only allowed path for good: reject rather than degrade,
        # so no degradation step (outbox) sends the data later.
        action = _CLOUD if cloud_ok else Action.REJECT if forbidden else Action.DEGRADE

    if action is Action.DEGRADE:
        reasons += (policy._reasons["degrade"],)
    elif action is Action.REJECT:
        reasons += (policy._reasons["reject"],)
    return Decision(
        action, reasons, threshold, score, fallback, forbidden, mode, local_ok, cloud_ok
    )
