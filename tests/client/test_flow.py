"""The request flow, driven with scripted step outcomes: no models, sockets or sleeps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytest

from hybridsdk import (
    InferenceRequest,
    InputShapeError,
    PrivacyLabel,
    PrivacyViolationError,
    Route,
    RoutingError,
    TransportError,
)
from hybridsdk._degradation import DegradationChain, ResponseCache, inputs_digest
from hybridsdk._flow import (
    CallCloud,
    Defer,
    FlowContext,
    LocalRun,
    Outcome,
    RunLocal,
    Step,
    request_flow,
)
from hybridsdk._tasks import Task
from hybridsdk._trampoline import drive
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.routing._privacy import PrivacyPolicy
from hybridsdk.routing._signals import Signals

SURE = np.array([[0.97, 0.01, 0.02]], dtype=np.float32)
UNSURE = np.array([[0.40, 0.35, 0.25]], dtype=np.float32)
CLOUD = np.array([[0.05, 0.9, 0.05]], dtype=np.float32)
TASK = Task("digits", local_model="small", cloud_model="big")


@dataclass
class CloudAnswer:
    outputs: dict[str, np.ndarray]
    endpoint: str = "http://127.0.0.1:1"


@dataclass
class Script:
    """Answers each step; records what was asked."""

    local: np.ndarray | BaseException = field(default_factory=lambda: SURE)
    cloud: np.ndarray | BaseException = field(default_factory=lambda: CLOUD)
    defer_error: BaseException | None = None
    steps: list[Step] = field(default_factory=list)

    def __call__(self, step: Step) -> Outcome:
        self.steps.append(step)
        if isinstance(step, RunLocal):
            if isinstance(self.local, BaseException):
                return Outcome(error=self.local)
            return Outcome(
                value=LocalRun({"probabilities": self.local}, step.model, "onnxruntime", "CPU")
            )
        if isinstance(step, CallCloud):
            if isinstance(self.cloud, BaseException):
                return Outcome(error=self.cloud)
            return Outcome(value=CloudAnswer({"probabilities": self.cloud}))
        return Outcome(error=self.defer_error)

    def kinds(self) -> list[str]:
        return [type(s).__name__ for s in self.steps]


def run(
    request: InferenceRequest,
    script: Script,
    *,
    mode: Mode = Mode.PREFER_LOCAL,
    task: Task = TASK,
    signals: Signals | None = None,
    cache: ResponseCache | None = None,
    outbox: bool = False,
    privacy: PrivacyPolicy | None = None,
    threshold: float = 0.9,
) -> Any:
    ctx = FlowContext(
        task=task,
        policy=Policy(mode=mode, confidence_threshold=threshold),
        privacy=privacy or PrivacyPolicy(),
        signals=signals or Signals(now=request.created_at),
        cache=cache,
        outbox_configured=outbox,
    )
    return drive(request_flow(request, ctx), script)


def pixels() -> InferenceRequest:
    return InferenceRequest(inputs={"pixels": np.zeros((1, 64), np.float32)})


def test_confident_local_answer_never_calls_the_cloud() -> None:
    script = Script(local=SURE)
    result = run(pixels(), script)
    assert result.route is Route.LOCAL
    assert script.kinds() == ["RunLocal"]
    assert result.confidence == pytest.approx(0.97)
    assert "local_confident" in [r.code for r in result.reasons]
    assert result.accelerator == "CPU" and result.runtime == "onnxruntime"


def test_unsure_local_answer_escalates_and_the_cloud_answers() -> None:
    cache = ResponseCache()
    script = Script(local=UNSURE)
    request = pixels()
    result = run(request, script, cache=cache)
    assert result.route is Route.CASCADE
    assert script.kinds() == ["RunLocal", "CallCloud"]
    assert result.label == 1
    assert "escalated" in [r.code for r in result.reasons]
    call = script.steps[1]
    assert isinstance(call, CallCloud) and call.idempotency_key == request.idempotency_key
    assert cache.get(inputs_digest("big", request.inputs or {})) is not None


def test_local_only_mode_answers_locally_even_when_unsure() -> None:
    script = Script(local=UNSURE)
    result = run(pixels(), script, mode=Mode.LOCAL_ONLY)
    assert result.route is Route.LOCAL
    assert script.kinds() == ["RunLocal"]


def test_cloud_failure_after_escalation_degrades_to_the_local_answer() -> None:
    script = Script(local=UNSURE, cloud=TransportError("connection refused"))
    result = run(pixels(), script)
    assert result.route is Route.DEGRADED
    assert result.degraded_step == "local"
    assert result.confidence == pytest.approx(0.40)
    codes = [r.code for r in result.reasons]
    assert "cloud_failed" in codes and "degraded_local" in codes


def test_prefer_cloud_runs_local_only_when_the_cloud_fails() -> None:
    script = Script(cloud=TransportError("reset"))
    result = run(pixels(), script, mode=Mode.PREFER_CLOUD)
    assert script.kinds() == ["CallCloud", "RunLocal"]
    assert result.route is Route.DEGRADED and result.degraded_step == "local"


def test_prefer_cloud_success_is_a_cloud_answer() -> None:
    script = Script()
    result = run(pixels(), script, mode=Mode.PREFER_CLOUD)
    assert script.kinds() == ["CallCloud"]
    assert result.route is Route.CLOUD and result.runtime == "cloud"


def test_cache_answers_when_the_cloud_is_down() -> None:
    request = pixels()
    cache = ResponseCache()
    cache.put(inputs_digest("big", request.inputs or {}), {"probabilities": CLOUD})
    task = Task(
        "digits", local_model="small", cloud_model="big", degradation=DegradationChain(("cache",))
    )
    script = Script(cloud=TransportError("down"))
    result = run(request, script, mode=Mode.CLOUD_ONLY, task=task, cache=cache)
    assert result.route is Route.CACHE and result.degraded_step == "cache"
    assert result.label == 1


def test_canned_answer() -> None:
    canned = {"probabilities": np.full((1, 3), 1 / 3, np.float32)}
    task = Task(
        "digits",
        local_model=None,
        cloud_model="big",
        degradation=DegradationChain(("canned",), canned),
    )
    result = run(pixels(), Script(cloud=TransportError("down")), mode=Mode.CLOUD_ONLY, task=task)
    assert result.route is Route.DEGRADED and result.degraded_step == "canned"


def test_deferrable_request_goes_to_the_outbox() -> None:
    request = InferenceRequest(inputs={"pixels": np.zeros((1, 64), np.float32)}, deferrable=True)
    task = Task(
        "digits", local_model=None, cloud_model="big", degradation=DegradationChain(("defer",))
    )
    script = Script(cloud=TransportError("down"))
    result = run(request, script, mode=Mode.CLOUD_ONLY, task=task, outbox=True)
    assert result.route is Route.DEFERRED
    assert script.kinds() == ["CallCloud", "Defer"]
    defer = script.steps[1]
    assert isinstance(defer, Defer) and defer.call.idempotency_key == request.idempotency_key


def test_a_non_deferrable_request_is_not_deferred() -> None:
    task = Task(
        "digits", local_model=None, cloud_model="big", degradation=DegradationChain(("defer",))
    )
    with pytest.raises(RoutingError, match="no path could answer") as info:
        run(
            pixels(),
            Script(cloud=TransportError("down")),
            mode=Mode.CLOUD_ONLY,
            task=task,
            outbox=True,
        )
    assert isinstance(info.value.__cause__, TransportError)


def test_outbox_refusal_falls_through_to_a_typed_failure() -> None:
    request = InferenceRequest(inputs={"pixels": np.zeros((1, 64), np.float32)}, deferrable=True)
    task = Task(
        "digits", local_model=None, cloud_model="big", degradation=DegradationChain(("defer",))
    )
    script = Script(cloud=TransportError("down"), defer_error=OSError("disk full"))
    with pytest.raises(RoutingError, match="defer_failed"):
        run(request, script, mode=Mode.CLOUD_ONLY, task=task, outbox=True)


def test_offline_never_attempts_the_cloud_and_flags_unsure_answers() -> None:
    request = pixels()
    script = Script(local=UNSURE)
    result = run(request, script, signals=Signals(now=request.created_at, online=False))
    assert script.kinds() == ["RunLocal"]
    assert result.route is Route.DEGRADED and result.degraded_step == "local"
    codes = [r.code for r in result.reasons]
    assert "network_offline" in codes and "escalation_blocked" in codes


def test_offline_confident_answers_stay_plain_local() -> None:
    request = pixels()
    script = Script(local=SURE)
    result = run(request, script, signals=Signals(now=request.created_at, online=False))
    assert result.route is Route.LOCAL


def test_restricted_text_never_reaches_a_cloud_step() -> None:
    request = InferenceRequest(
        text="charge my card 4111 1111 1111 1111 please", privacy=PrivacyLabel.INTERNAL
    )
    task = Task("intent", local_model="small", cloud_model="big")
    script = Script(local=UNSURE)
    result = run(
        request,
        script,
        task=task,
        privacy=PrivacyPolicy(label_raises={"card": PrivacyLabel.RESTRICTED}),
    )
    assert "CallCloud" not in script.kinds()
    assert result.route is Route.DEGRADED
    assert "privacy_restricted" in [r.code for r in result.reasons]


def test_cloud_only_with_restricted_data_is_refused() -> None:
    request = InferenceRequest(text="x", privacy=PrivacyLabel.RESTRICTED)
    with pytest.raises(PrivacyViolationError, match="may not leave the device"):
        run(request, Script(), mode=Mode.CLOUD_ONLY)


def test_confidential_text_leaves_only_pseudonymised() -> None:
    request = InferenceRequest(
        text="mail jane.doe@example.com about it", privacy=PrivacyLabel.CONFIDENTIAL
    )
    task = Task("intent", local_model="small", cloud_model="big")
    script = Script(local=UNSURE)
    run(request, script, task=task)
    call = next(s for s in script.steps if isinstance(s, CallCloud))
    sent = str(call.inputs["text"].reshape(-1)[0])
    assert "jane.doe@example.com" not in sent
    assert "mail" in sent


def test_caller_input_errors_are_raised_not_degraded() -> None:
    with pytest.raises(InputShapeError):
        run(pixels(), Script(local=InputShapeError("expected [N,64]")))


def test_everything_failing_is_one_typed_error_naming_the_reasons() -> None:
    task = Task("digits", local_model="small", cloud_model="big", degradation=DegradationChain(()))
    with pytest.raises(RoutingError, match="cloud_failed"):
        run(pixels(), Script(local=UNSURE, cloud=TransportError("down")), task=task)


def test_a_deferrable_request_prefers_the_outbox_to_a_degraded_answer() -> None:
    request = InferenceRequest(inputs={"pixels": np.zeros((1, 64), np.float32)}, deferrable=True)
    script = Script(local=UNSURE, cloud=TransportError("down"))
    result = run(request, script, outbox=True)
    assert script.kinds() == ["RunLocal", "CallCloud", "Defer"]
    assert result.route is Route.DEFERRED


def test_offline_deferrable_request_is_deferred_without_a_cloud_attempt() -> None:
    request = InferenceRequest(inputs={"pixels": np.zeros((1, 64), np.float32)}, deferrable=True)
    script = Script(local=UNSURE)
    result = run(
        request, script, outbox=True, signals=Signals(now=request.created_at, online=False)
    )
    assert script.kinds() == ["RunLocal", "Defer"]
    assert result.route is Route.DEFERRED
    assert "escalation_blocked" in [r.code for r in result.reasons]


def test_restricted_deferrable_request_is_never_deferred() -> None:
    request = InferenceRequest(text="card 4111 1111 1111 1111", deferrable=True)
    task = Task("intent", local_model="small", cloud_model="big")
    script = Script(local=UNSURE)
    privacy = PrivacyPolicy(label_raises={"card": PrivacyLabel.RESTRICTED})
    result = run(request, script, task=task, outbox=True, privacy=privacy)
    assert "Defer" not in script.kinds() and "CallCloud" not in script.kinds()
    assert result.route is Route.DEGRADED


def test_offline_local_failure_does_not_try_the_cloud() -> None:
    from hybridsdk import InferenceError

    request = pixels()
    task = Task("digits", local_model="small", cloud_model="big", degradation=DegradationChain(()))
    script = Script(local=InferenceError("runtime crashed"))
    with pytest.raises(RoutingError):
        run(request, script, task=task, signals=Signals(now=request.created_at, online=False))
    assert "CallCloud" not in script.kinds()


def test_pseudonymised_values_are_restored_in_the_cloud_answer() -> None:
    request = InferenceRequest(
        text="mail jane.doe@example.com now", privacy=PrivacyLabel.CONFIDENTIAL
    )
    task = Task("intent", local_model=None, cloud_model="big", kind="text")

    def answer(step: Step) -> Outcome:
        assert isinstance(step, CallCloud)
        sent = str(step.inputs["text"].reshape(-1)[0])
        assert "jane.doe@example.com" not in sent and "<EMAIL_1>" in sent
        return Outcome(
            value=CloudAnswer({"reply": np.array([["sent to <EMAIL_1>"]], dtype=object)})
        )

    ctx = FlowContext(
        task=task,
        policy=Policy(mode=Mode.CLOUD_ONLY),
        privacy=PrivacyPolicy(),
        signals=Signals(now=request.created_at),
    )
    result = drive(request_flow(request, ctx), answer)
    assert result.outputs["reply"][0, 0] == "sent to jane.doe@example.com"


def test_cloud_answers_report_their_cost() -> None:
    request = pixels()
    ctx = FlowContext(
        task=TASK,
        policy=Policy(mode=Mode.CLOUD_ONLY),
        privacy=PrivacyPolicy(),
        signals=Signals(now=request.created_at),
        cloud_cost=0.02,
    )
    assert drive(request_flow(request, ctx), Script()).cost == 0.02


def test_hard_text_goes_straight_to_the_cloud_by_its_pre_hoc_score() -> None:
    from hybridsdk.routing._policy import ComplexityRule

    hard = (
        "def f(x): return x**2 + 3*x - 7; what is the integral of f(x) from 0 to 10? "
        "and the derivative? and where is f(x) = 0? explain each step with code."
    )
    task = Task("intent", local_model="small", cloud_model="big", kind="text")
    for text, expected in ((hard, ["CallCloud"]), ("what is my balance", ["RunLocal"])):
        request = InferenceRequest(text=text, privacy=PrivacyLabel.PUBLIC)
        ctx = FlowContext(
            task=task,
            policy=Policy(rules=ComplexityRule(0.4)),
            privacy=PrivacyPolicy(),
            signals=Signals(now=request.created_at),
        )
        script = Script(local=SURE)
        drive(request_flow(request, ctx), script)
        assert script.kinds() == expected, text


def test_an_online_tracker_decides_escalations_and_moves() -> None:
    from hybridsdk.routing._calibration import OnlineThreshold

    tracker = OnlineThreshold(target_share=0.5, initial_threshold=0.5)
    request = pixels()
    ctx = FlowContext(
        task=TASK,
        policy=Policy(confidence_threshold=0.99),  # ignored while a tracker is set
        privacy=PrivacyPolicy(),
        signals=Signals(now=request.created_at),
        tracker=tracker,
    )
    result = drive(request_flow(request, ctx), Script(local=UNSURE))  # 0.40 < 0.5: escalate
    assert result.route is Route.CASCADE
    assert tracker.seen == 1 and tracker.threshold != 0.5


def test_a_task_threshold_overrides_the_policy_threshold() -> None:
    task = Task("digits", local_model="small", cloud_model="big", confidence_threshold=0.3)
    script = Script(local=UNSURE)  # 0.40: below the policy's 0.9, above the task's 0.3
    result = run(pixels(), script, task=task)
    assert result.route is Route.LOCAL and script.kinds() == ["RunLocal"]


def test_a_cached_answer_carries_only_the_asking_users_values() -> None:
    # Two users' pseudonymised texts are identical ("write to <EMAIL_1>"): the cache must
    # not hand the first user's restored answer to the second.
    cache = ResponseCache()
    task = Task("intent", local_model=None, cloud_model="big", kind="text")

    def echo(step: Step) -> Outcome:
        assert isinstance(step, CallCloud)
        sent = str(step.inputs["text"].reshape(-1)[0])
        return Outcome(value=CloudAnswer({"reply": np.array([[f"Draft: {sent}"]], dtype=object)}))

    def run_for(email: str, answer: Callable[[Step], Outcome]) -> Any:
        request = InferenceRequest(text=f"write to {email}", privacy=PrivacyLabel.CONFIDENTIAL)
        ctx = FlowContext(
            task=task,
            policy=Policy(mode=Mode.CLOUD_ONLY),
            privacy=PrivacyPolicy(),
            signals=Signals(now=request.created_at),
            cache=cache,
        )
        return drive(request_flow(request, ctx), answer)

    first = run_for("alice@example.com", echo)
    assert first.outputs["reply"][0, 0] == "Draft: write to alice@example.com"
    second = run_for("bob@example.com", lambda step: Outcome(error=TransportError("down")))
    assert second.route is Route.CACHE
    assert second.outputs["reply"][0, 0] == "Draft: write to bob@example.com"


def test_an_unusable_confidence_escalates_instead_of_failing() -> None:
    nan = np.array([[np.nan, 0.5, 0.5]], dtype=np.float32)
    logits = np.array([[4.0, -2.0, 1.0]], dtype=np.float32)  # not a distribution
    for local, method in ((nan, "max_prob"), (logits, "entropy"), (logits, "margin")):
        task = Task("digits", local_model="small", cloud_model="big", confidence=method)
        script = Script(local=local)
        result = run(pixels(), script, task=task)
        assert script.kinds() == ["RunLocal", "CallCloud"], method
        assert result.route is Route.CASCADE
