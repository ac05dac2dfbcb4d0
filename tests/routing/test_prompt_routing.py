"""`prehoc_decision`: which scorer rates a generation's prompt, and how its score meets the
threshold. Pure: fake signals, the shipped scorer file, no model."""

from __future__ import annotations

import pytest

from hybridsdk._types import InferenceRequest
from hybridsdk.routing._policy import Action, ComplexityRule, Mode, Policy, default_rules
from hybridsdk.routing._prompt_routing import prehoc_decision
from hybridsdk.routing._shipped_prompt_scorer import load_prompt_scorer
from hybridsdk.routing._signals import Signals

KIOSK = "What time does the museum open on Sunday?"
CODE = '''Complete this Python function. Answer with the whole function in one ```python block.


def every_other_word(sentence):
    """Return a list of every other word of the sentence, starting with the first one.
    for example:
    every_other_word("a b c d e") => ["a", "c", "e"]
    every_other_word("one two three") => ["one", "three"]
    every_other_word("") => []
    every_other_word("x") => ["x"]
    """
'''


def _decide(text: str, policy: Policy | None = None, *, online: bool = True, **kw):  # type: ignore[no-untyped-def]
    request = InferenceRequest(text=text, created_at=0.0)
    return prehoc_decision(
        request,
        Signals(now=0.0, online=online),
        policy or Policy(mode=Mode.PREFER_LOCAL),
        [{"role": "user", "content": text}],
        cloud_possible=kw.get("cloud_possible", True),
        cloud_share=kw.get("cloud_share"),
    )


def _codes(decision, extra) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.code for r in (*decision.reasons, *extra)]


def test_the_learned_scorer_sends_a_code_prompt_to_the_cloud() -> None:
    scorer = load_prompt_scorer()
    assert scorer.scorer.score(CODE) > scorer.threshold  # the premise
    decision, extra = _decide(CODE)
    assert decision.action is Action.CLOUD and extra == []
    reason = next(r for r in decision.reasons if r.code == "prompt_scorer_cloud")
    assert f"{scorer.threshold:.3f}" in reason.message and "training prompts" in reason.message


def test_a_short_kiosk_question_stays_on_the_device() -> None:
    decision, extra = _decide(KIOSK)
    assert decision.action is Action.CASCADE  # generate runs a CASCADE on the device
    assert _codes(decision, extra) == ["mode_prefer_local", "prompt_scorer_local"]
    assert "<=" in extra[0].message


def test_the_cloud_share_moves_the_threshold() -> None:
    assert _decide(KIOSK, cloud_share=1.0)[0].action is Action.CLOUD
    assert _decide(CODE, cloud_share=0.0)[0].action is Action.CASCADE
    assert "100%" in _decide(KIOSK, cloud_share=1.0)[0].reasons[-1].message


def test_other_rules_still_win_over_the_scorer() -> None:
    decision, _ = _decide(CODE, online=False)
    assert decision.action is Action.LOCAL
    assert {"network_offline", "prompt_scorer_cloud"} <= set(decision.codes)


def test_no_scorer_runs_when_the_mode_or_privacy_decides() -> None:
    for policy, possible in (
        (Policy(mode=Mode.LOCAL_ONLY), True),
        (Policy(mode=Mode.CLOUD_ONLY), True),
        (Policy(mode=Mode.PREFER_LOCAL), False),
    ):
        decision, extra = _decide(CODE, policy, cloud_possible=possible)
        assert extra == [] and not any(c.startswith("prompt_scorer") for c in decision.codes)


def test_a_policy_scorer_is_compared_by_the_policys_rules() -> None:
    policy = Policy(
        mode=Mode.PREFER_LOCAL,
        rules=default_rules(complexity_threshold=0.5),
        scorer=lambda request: 0.9 if "museum" in (request.text or "") else 0.1,
    )
    decision, extra = _decide(KIOSK, policy)
    assert decision.action is Action.CLOUD and "complexity_high" in decision.codes
    assert [r.code for r in extra] == ["prompt_scorer_policy"] and "0.900" in extra[0].message
    decision, extra = _decide(CODE, policy)
    assert decision.action is Action.CASCADE and [r.code for r in extra] == ["prompt_scorer_policy"]


@pytest.mark.parametrize("rules", [None, ComplexityRule(0.01)])
def test_the_shipped_score_never_reaches_the_complexity_rule(rules) -> None:  # type: ignore[no-untyped-def]
    # The learned score is compared with its own calibrated threshold only; a
    # ComplexityRule (calibrated for score_text) sees no score.
    decision, _ = _decide(KIOSK, Policy(mode=Mode.PREFER_LOCAL, rules=rules))
    assert decision.action is Action.CASCADE and decision.score is None
    decision, _ = _decide(CODE, Policy(mode=Mode.PREFER_LOCAL, rules=rules))
    assert decision.action is Action.CLOUD
