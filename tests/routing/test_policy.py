"""The routing decision as a pure function, on fake signals and a fake clock."""

from __future__ import annotations

import dataclasses
import time
from typing import Any

import pytest

from hybridsdk._exceptions import ConfigurationError
from hybridsdk._types import InferenceRequest, PrivacyLabel, Reason
from hybridsdk.routing._policy import (
    Action,
    AllRules,
    AnyRule,
    BudgetRule,
    ComplexityRule,
    DeadlineRule,
    Decision,
    DeviceRule,
    Effect,
    Mode,
    NetworkRule,
    Policy,
    PrivacyRule,
    Verdict,
    as_rule,
    decide,
    default_rules,
)
from hybridsdk.routing._signals import CostBudget, LatencyEstimator, Signals

T0 = 1000.0  # the fake clock's start, seconds


def req(**kw: Any) -> InferenceRequest:
    kw.setdefault("text", "what is the capital of France")
    return InferenceRequest(created_at=T0, **kw)


def sig(**kw: Any) -> Signals:
    kw.setdefault("now", T0)
    return Signals(**kw)


def only(rule: Any, mode: Mode = Mode.PREFER_LOCAL, thr: float = 0.9) -> Policy:
    return Policy(mode=mode, rules=rule, confidence_threshold=thr)


# --- each rule alone ------------------------------------------------------------------


def test_no_rule_fires_prefer_local_is_a_cascade_with_the_threshold() -> None:
    d = decide(req(), sig(), Policy(confidence_threshold=0.8), score=0.1)
    assert d.action is Action.CASCADE
    assert d.threshold == 0.8
    assert d.score == 0.1
    assert d.codes == ("mode_prefer_local",)
    assert not d.cloud_forbidden


@pytest.mark.parametrize(
    ("request_label", "signal_label", "fires"),
    [
        (PrivacyLabel.RESTRICTED, None, True),
        (PrivacyLabel.INTERNAL, PrivacyLabel.RESTRICTED, True),  # detectors raised it
        (PrivacyLabel.RESTRICTED, PrivacyLabel.PUBLIC, True),  # signals cannot loosen it
        (PrivacyLabel.CONFIDENTIAL, None, False),
        (PrivacyLabel.PUBLIC, PrivacyLabel.CONFIDENTIAL, False),
    ],
)
def test_privacy_rule(
    request_label: PrivacyLabel, signal_label: PrivacyLabel | None, fires: bool
) -> None:
    d = decide(req(privacy=request_label), sig(privacy=signal_label), only(PrivacyRule()))
    assert ("privacy_restricted" in d.codes) is fires
    assert d.cloud_forbidden is fires
    assert d.action is (Action.LOCAL if fires else Action.CASCADE)


def test_privacy_rule_threshold_is_configurable() -> None:
    d = decide(
        req(privacy=PrivacyLabel.CONFIDENTIAL), sig(), only(PrivacyRule(PrivacyLabel.CONFIDENTIAL))
    )
    assert d.action is Action.LOCAL and d.cloud_forbidden


def test_privacy_never_cloud_in_any_mode() -> None:
    r = req(privacy=PrivacyLabel.RESTRICTED)
    for mode in Mode:
        d = decide(r, sig(), only(default_rules(), mode), score=1.0)
        assert d.action not in (Action.CLOUD, Action.CASCADE), mode
        assert d.fallback is not Action.CLOUD
    # cloud_only has no path left at all: reject, so no outbox sends it later.
    d = decide(r, sig(), only(PrivacyRule(), Mode.CLOUD_ONLY))
    assert d.action is Action.REJECT
    assert d.codes == ("mode_cloud_only", "privacy_restricted", "no_path")


@pytest.mark.parametrize(
    ("online", "breaker_open", "codes"),
    [
        (True, False, ()),
        (False, False, ("network_offline",)),
        (True, True, ("breaker_open",)),
        (False, True, ("network_offline", "breaker_open")),
    ],
)
def test_network_rule(online: bool, breaker_open: bool, codes: tuple[str, ...]) -> None:
    d = decide(req(), sig(online=online, breaker_open=breaker_open), only(NetworkRule()))
    assert d.codes[1:] == codes
    assert d.action is (Action.CASCADE if not codes else Action.LOCAL)
    assert not d.cloud_forbidden  # unavailable now is not forbidden: the outbox may send later
    cloud_only = decide(
        req(), sig(online=online, breaker_open=breaker_open), only(NetworkRule(), Mode.CLOUD_ONLY)
    )
    assert cloud_only.action is (Action.CLOUD if not codes else Action.DEGRADE)


@pytest.mark.parametrize(
    ("elapsed_s", "local_ms", "cloud_ms", "codes", "action"),
    [
        (0.0, 20.0, 150.0, (), Action.CASCADE),  # 500 ms left: everything fits
        (0.3, 20.0, 150.0, ("deadline_no_escalation",), Action.LOCAL),  # 160 left < 20 + 150
        (0.36, 20.0, 150.0, ("deadline_cloud_too_slow",), Action.LOCAL),  # 100 left
        (0.45, 20.0, 150.0, ("deadline_cloud_too_slow", "deadline_local_too_slow"), Action.DEGRADE),
        (0.0, 600.0, 150.0, ("deadline_local_too_slow",), Action.CLOUD),
        (0.5, 20.0, 150.0, ("deadline_passed",), Action.DEGRADE),
        (0.0, None, None, (), Action.CASCADE),  # no estimates: nothing to judge
    ],
)
def test_deadline_rule(
    elapsed_s: float,
    local_ms: float | None,
    cloud_ms: float | None,
    codes: tuple[str, ...],
    action: Action,
) -> None:
    rule = DeadlineRule(margin_ms=40.0)  # 500 ms deadline - 40 ms margin
    s = sig(now=T0 + elapsed_s, local_latency_ms=local_ms, cloud_latency_ms=cloud_ms)
    d = decide(req(deadline_ms=500.0), s, only(rule))
    fired = tuple(c for c in d.codes if c.startswith("deadline"))
    assert fired == codes
    assert d.action is action


def test_deadline_rule_without_deadline_never_fires() -> None:
    s = sig(now=T0 + 3600, local_latency_ms=1e6, cloud_latency_ms=1e6)
    assert decide(req(), s, only(DeadlineRule())).action is Action.CASCADE


def test_budget_rule() -> None:
    rule = BudgetRule(cost_per_call=0.01)
    assert decide(req(), sig(budget_remaining=1.0), only(rule)).codes == ("mode_prefer_local",)
    d = decide(req(), sig(budget_remaining=0.005), only(rule))
    assert d.codes[1:] == ("budget_window_spent",) and d.action is Action.LOCAL
    d = decide(req(cost_ceiling=0.001), sig(budget_remaining=0.005), only(rule))
    assert d.codes[1:] == ("budget_window_spent", "cost_ceiling_exceeded")
    # The signals' estimate wins over the default cost.
    d = decide(req(cost_ceiling=0.05), sig(cloud_cost_estimate=0.1), only(rule))
    assert d.codes[1:] == ("cost_ceiling_exceeded",)
    # Unknown cost: the rule cannot judge and does not fire.
    d = decide(req(cost_ceiling=0.0), sig(budget_remaining=0.0), only(BudgetRule()))
    assert d.action is Action.CASCADE


@pytest.mark.parametrize(
    ("fields", "codes"),
    [
        ({}, ()),
        ({"temperature_c": 85.0}, ("device_hot",)),
        ({"temperature_c": 80.0}, ()),
        ({"throttled": True}, ("device_throttled",)),
        ({"battery_percent": 10.0, "on_battery": True}, ("battery_low",)),
        ({"battery_percent": 10.0, "on_battery": False}, ()),  # charging
        ({"battery_percent": 10.0}, ()),  # unknown power source: do not guess
        ({"memory_pressure": True}, ("memory_pressure",)),
        ({"memory_pressure": 0.9}, ("memory_pressure",)),
        ({"memory_pressure": 0.2}, ()),
        ({"memory_available_fraction": 0.05}, ("memory_pressure",)),
        (
            {"temperature_c": 90.0, "throttled": True, "battery_percent": 5, "on_battery": True},
            ("device_hot", "device_throttled", "battery_low"),
        ),
    ],
)
def test_device_rule(fields: dict[str, Any], codes: tuple[str, ...]) -> None:
    d = decide(req(), sig(**fields), only(DeviceRule()))
    assert d.codes[1:] == codes
    if codes:
        assert (d.action, d.fallback) == (Action.CLOUD, Action.LOCAL)
    else:
        assert d.action is Action.CASCADE


def test_device_rule_limits_can_be_disabled() -> None:
    rule = DeviceRule(max_temperature_c=None, min_battery_percent=None)
    d = decide(req(), sig(temperature_c=120.0, battery_percent=1, on_battery=True), only(rule))
    assert d.action is Action.CASCADE


def test_complexity_rule_and_scorer() -> None:
    pol = only(ComplexityRule(0.6))
    assert decide(req(), sig(), pol, score=0.59).action is Action.CASCADE
    d = decide(req(), sig(), pol, score=0.6)
    assert (d.action, d.fallback, d.score) == (Action.CLOUD, Action.LOCAL, 0.6)
    assert d.codes == ("mode_prefer_local", "complexity_high")
    assert decide(req(), sig(), pol).action is Action.CASCADE  # no score: cannot fire
    scored = Policy(rules=ComplexityRule(0.5), scorer=lambda r: 0.9 if r.text else None)
    d = decide(req(), sig(), scored)
    assert d.action is Action.CLOUD and d.score == 0.9
    assert decide(req(), sig(), scored, score=0.1).action is Action.CASCADE  # explicit wins


# --- composition ----------------------------------------------------------------------


def test_or_reports_every_fired_rule_in_order() -> None:
    rule = PrivacyRule() | NetworkRule() | DeviceRule()
    assert isinstance(rule, AnyRule) and len(rule.rules) == 3  # flattened
    s = sig(online=False, temperature_c=95.0)
    d = decide(req(privacy=PrivacyLabel.RESTRICTED), s, only(rule))
    assert d.codes == ("mode_prefer_local", "privacy_restricted", "network_offline", "device_hot")
    assert d.action is Action.LOCAL  # no cloud beats prefer cloud


def test_and_fires_only_when_all_fire() -> None:
    rule = DeviceRule() & ComplexityRule(0.5)
    assert isinstance(rule, AllRules)
    assert decide(req(), sig(temperature_c=95.0), only(rule), score=0.1).action is Action.CASCADE
    assert decide(req(), sig(), only(rule), score=0.9).action is Action.CASCADE
    d = decide(req(), sig(temperature_c=95.0), only(rule), score=0.9)
    assert d.codes[1:] == ("device_hot", "complexity_high")
    assert d.action is Action.CLOUD


def test_plain_callables_compose_on_either_side() -> None:
    quiet_hours = Verdict.of(Effect.CLOUD_UNAVAILABLE, "quiet_hours", "no uplink at night")

    def night(request: InferenceRequest, signals: Signals, score: float | None) -> Verdict | None:
        return quiet_hours if signals.now > T0 + 100 else None

    for rule in (night | NetworkRule(), NetworkRule() | night, as_rule(night)):
        assert decide(req(), sig(), only(rule)).action is Action.CASCADE
        d = decide(req(), sig(now=T0 + 200), only(rule))
        assert d.action is Action.LOCAL and "quiet_hours" in d.codes
    both = night & DeviceRule()
    assert decide(req(), sig(now=T0 + 200), only(both)).codes == ("mode_prefer_local",)
    # A plain callable works as the whole policy too, and may return several verdicts.
    two = Policy(rules=lambda r, s, sc: [quiet_hours, quiet_hours])
    assert decide(req(), sig(), two).codes.count("quiet_hours") == 2


def test_bad_rule_outputs_and_objects_are_typed_errors() -> None:
    with pytest.raises(ConfigurationError, match="returns a Verdict"):
        decide(req(), sig(), Policy(rules=lambda r, s, sc: ["not a verdict"]))  # type: ignore[list-item]
    with pytest.raises(ConfigurationError, match="not a rule"):
        as_rule(42)  # type: ignore[arg-type]


# --- modes ----------------------------------------------------------------------------


NOMINAL = sig()
OFFLINE = sig(online=False)
HOT = sig(temperature_c=95.0)
LATE_LOCAL = sig(now=T0 + 0.1, local_latency_ms=900.0, cloud_latency_ms=100.0)
NO_PATH = sig(online=False, now=T0 + 0.1, local_latency_ms=900.0)


@pytest.mark.parametrize(
    ("mode", "signals", "action", "fallback"),
    [
        (Mode.PREFER_LOCAL, NOMINAL, Action.CASCADE, None),
        (Mode.PREFER_LOCAL, OFFLINE, Action.LOCAL, None),
        (Mode.PREFER_LOCAL, HOT, Action.CLOUD, Action.LOCAL),
        (Mode.PREFER_LOCAL, LATE_LOCAL, Action.CLOUD, None),
        (Mode.PREFER_LOCAL, NO_PATH, Action.DEGRADE, None),
        (Mode.PREFER_CLOUD, NOMINAL, Action.CLOUD, Action.LOCAL),
        (Mode.PREFER_CLOUD, OFFLINE, Action.LOCAL, None),
        (Mode.PREFER_CLOUD, LATE_LOCAL, Action.CLOUD, None),
        (Mode.PREFER_CLOUD, NO_PATH, Action.DEGRADE, None),
        (Mode.LOCAL_ONLY, NOMINAL, Action.LOCAL, None),
        (Mode.LOCAL_ONLY, HOT, Action.LOCAL, None),
        (Mode.LOCAL_ONLY, LATE_LOCAL, Action.DEGRADE, None),
        (Mode.CLOUD_ONLY, NOMINAL, Action.CLOUD, None),
        (Mode.CLOUD_ONLY, OFFLINE, Action.DEGRADE, None),
    ],
)
def test_modes(mode: Mode, signals: Signals, action: Action, fallback: Action | None) -> None:
    d = decide(req(deadline_ms=500.0), signals, Policy(mode=mode))
    assert (d.action, d.fallback) == (action, fallback)
    assert d.mode is mode
    assert d.reasons[0].code.startswith("mode_")
    assert (d.codes[-1] == "no_path") is (action in (Action.DEGRADE, Action.REJECT))
    assert (d.threshold is not None) is (action is Action.CASCADE)


@pytest.mark.parametrize(
    ("given", "mode"),
    [
        ("local_only", Mode.LOCAL_ONLY),
        ("PREFER_CLOUD", Mode.PREFER_CLOUD),
        ("prefer_on_device", Mode.PREFER_LOCAL),
        ("only_in_cloud", Mode.CLOUD_ONLY),
    ],
)
def test_mode_names_and_values(given: str, mode: Mode) -> None:
    assert Policy(mode=given).mode is mode  # type: ignore[arg-type]


def test_bad_policy_arguments() -> None:
    with pytest.raises(ConfigurationError, match="unknown mode"):
        Policy(mode="sometimes")  # type: ignore[arg-type]
    for bad in (-0.1, float("nan"), float("inf")):
        with pytest.raises(ConfigurationError, match="confidence_threshold"):
            Policy(confidence_threshold=bad)
    with pytest.raises(ConfigurationError, match="within"):
        ComplexityRule(1.5)
    with pytest.raises(ConfigurationError, match="margin_ms"):
        DeadlineRule(-1.0)
    with pytest.raises(ConfigurationError, match="cost_per_call"):
        BudgetRule(-1.0)


def test_policy_without_rules() -> None:
    d = decide(req(privacy=PrivacyLabel.RESTRICTED), OFFLINE, Policy(rules=None))
    assert d.action is Action.CASCADE  # the caller opted out of every rule


# --- purity ---------------------------------------------------------------------------


def test_decide_is_pure_and_reads_no_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    r = req(deadline_ms=500.0, cost_ceiling=1.0)
    s = sig(now=T0 + 0.2, local_latency_ms=30.0, cloud_latency_ms=120.0, temperature_c=50.0)
    pol = Policy()
    first = decide(r, s, pol, score=0.3)

    def no_clock() -> float:
        raise AssertionError("decide() read the clock")

    monkeypatch.setattr(time, "monotonic", no_clock)
    monkeypatch.setattr(time, "time", no_clock)
    again = [decide(r, s, pol, score=0.3) for _ in range(3)]
    assert all(d == first for d in again)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.action = Action.CLOUD  # type: ignore[misc]
    assert "cascade" in first.explain()
    assert isinstance(first.reasons[0], Reason)


def test_decision_is_a_plain_dataclass() -> None:
    d = decide(req(), sig(), Policy())
    assert isinstance(d, Decision) and dataclasses.is_dataclass(d)
    assert isinstance(d.reasons, tuple)


# --- signals and their trackers -------------------------------------------------------


@dataclasses.dataclass
class FakeDevice:
    temperature_c: float | None = 82.0
    throttled: bool | None = False
    battery_percent: float | None = 55.0
    on_battery: bool | None = True
    memory_pressure: float | None = None
    memory_available_fraction: float | None = 0.4


def test_signals_from_live_trackers() -> None:
    lat = LatencyEstimator(initial_ms={"cloud": 300.0})
    lat.observe("local", 10.0)
    budget = CostBudget(limit=1.0, window_s=60.0)
    budget.record(0.75, now=T0)
    s = Signals.from_state(now=T0 + 1, device=FakeDevice(), latency=lat, budget=budget)
    assert s.temperature_c == 82.0 and s.on_battery is True
    assert s.local_latency_ms == pytest.approx(10.0 + 2 * 5.0)
    assert s.cloud_latency_ms == pytest.approx(300.0 + 2 * 150.0)
    assert s.budget_remaining == pytest.approx(0.25)
    assert decide(req(), s, Policy()).codes[1:] == ("device_hot",)
    bare = Signals.from_state(now=T0)
    assert bare.temperature_c is None and bare.local_latency_ms is None


def test_latency_estimator_known_answers() -> None:
    lat = LatencyEstimator(alpha=0.125, beta=0.25, k=2.0)
    assert lat.estimate("cloud") is None
    lat.observe("cloud", 100.0)  # first sample: mean 100, deviation 50
    assert (lat.mean("cloud"), lat.estimate("cloud")) == (100.0, 200.0)
    lat.observe("cloud", 200.0)  # dev 50 + .25*(100-50) = 62.5; mean 100 + .125*100
    assert lat.mean("cloud") == pytest.approx(112.5)
    assert lat.estimate("cloud", k=0) == pytest.approx(112.5)
    assert lat.estimate("cloud") == pytest.approx(112.5 + 2 * 62.5)
    assert lat.samples("cloud") == 2 and lat.samples("local") == 0


def test_latency_estimator_first_sample_replaces_prior() -> None:
    lat = LatencyEstimator(initial_ms={"cloud": 1000.0})
    lat.observe("cloud", 50.0)
    assert lat.mean("cloud") == 50.0


@pytest.mark.parametrize("bad", [-1.0, float("nan"), float("inf")])
def test_latency_estimator_rejects_bad_samples(bad: float) -> None:
    with pytest.raises(ConfigurationError, match="latency"):
        LatencyEstimator().observe("local", bad)


def test_latency_estimator_rejects_bad_settings() -> None:
    with pytest.raises(ConfigurationError, match="alpha"):
        LatencyEstimator(alpha=0.0)
    with pytest.raises(ConfigurationError, match="k="):
        LatencyEstimator(k=-1)


def test_cost_budget_slides_with_a_fake_clock() -> None:
    b = CostBudget(limit=1.0, window_s=60.0)
    b.record(0.6, now=0.0)
    b.record(0.3, now=30.0)
    assert b.remaining(now=30.0) == pytest.approx(0.1)
    assert not b.can_afford(0.2, now=59.0)
    assert b.can_afford(0.1, now=59.0)
    assert b.remaining(now=60.0) == pytest.approx(0.7)  # the first charge left the window
    assert b.remaining(now=90.0) == pytest.approx(1.0)
    b.record(2.0, now=91.0)  # spent is spent, even past the limit
    assert b.remaining(now=91.0) == 0.0 and b.spent(now=91.0) == 2.0


def test_cost_budget_bad_inputs() -> None:
    with pytest.raises(ConfigurationError, match="window_s"):
        CostBudget(limit=1.0, window_s=0)
    with pytest.raises(ConfigurationError, match="limit"):
        CostBudget(limit=-1.0, window_s=1)
    b = CostBudget(limit=1.0, window_s=10)
    with pytest.raises(ConfigurationError, match="cost"):
        b.record(float("nan"), now=0.0)
    b.record(0.1, now=5.0)
    # A charge a hair out of order (threads) is kept, at the latest time seen.
    b.record(0.1, now=4.0)
    assert b.spent(5.0) == pytest.approx(0.2)


def test_cost_budget_is_thread_safe() -> None:
    import threading

    budget = CostBudget(limit=1e9, window_s=1e9)
    clock = iter(range(10**6))
    lock = threading.Lock()

    def charge() -> None:
        for _ in range(2000):
            with lock:
                now = float(next(clock))
            budget.record(1.0, now=now - (now % 3))  # out of order on purpose

    threads = [threading.Thread(target=charge) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert budget.spent(10**6) == pytest.approx(8000.0)
