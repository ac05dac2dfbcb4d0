"""The pre-hoc decision of `client.generate`: which scorer rates the prompt, and how.

- The policy has a `scorer` (`Policy(scorer=...)`): it rates the prompt and the policy's
  own rules compare the number (a `ComplexityRule(threshold)` fires at or above it);
  reason ``prompt_scorer_policy`` gives the score.
- Otherwise, in `PREFER_LOCAL` mode with a cloud that may see the prompt, the shipped
  learned scorer (`_shipped_prompt_scorer`) rates P(the cloud is right and the device
  wrong) and sends the prompt to the cloud when that is above the threshold calibrated on
  its training prompts for a cloud share: the client's `target_cloud_share`, else the
  share shipped with the scorer. Above it, a PREFER_CLOUD verdict ``prompt_scorer_cloud``
  joins the policy's rules (so privacy, network, deadline and budget rules still win);
  at or below it, reason ``prompt_scorer_local``.
- Otherwise no scorer runs (the mode or privacy decides alone).

The hand-weighted `score_text` of the classifier path is not used here: on the labelled
eval prompts it ranks "routing helps" at AUROC 0.46, the learned scorer at 0.71
(docs/generate.md).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from hybridsdk._types import InferenceRequest, Reason
from hybridsdk.routing._policy import (
    AnyRule,
    Decision,
    Effect,
    Mode,
    Policy,
    Verdict,
    as_rule,
    decide,
)
from hybridsdk.routing._signals import Signals

__all__ = ["prehoc_decision"]


def prehoc_decision(
    request: InferenceRequest,
    signals: Signals,
    policy: Policy,
    messages: Sequence[Mapping[str, Any]],
    *,
    cloud_possible: bool,
    cloud_share: float | None,
) -> tuple[Decision, list[Reason]]:
    """The routing decision of one generation and the scorer's reason (see the module).

    Args:
        request: the request (its text is the messages' text).
        signals: device, network, latency and budget state.
        policy: the client's policy.
        messages: the chat messages (the scorer reads the user turns).
        cloud_possible: a cloud is configured and privacy lets the prompt leave.
        cloud_share: the wanted cloud share (None: the one shipped with the scorer).
    """
    if policy.scorer is not None:
        decision = decide(request, signals, policy)
        if decision.score is None:
            return decision, []
        return decision, [
            Reason(
                code="prompt_scorer_policy",
                message=f"policy.scorer rated the prompt {decision.score:.3f}; "
                "the policy's rules compare it",
            )
        ]
    if policy.mode is not Mode.PREFER_LOCAL or not cloud_possible:
        return decide(request, signals, policy), []
    from hybridsdk.routing._shipped_prompt_scorer import load_prompt_scorer

    calibrated = load_prompt_scorer()
    score = calibrated.scorer.score(list(messages))
    threshold = calibrated.threshold_for(cloud_share)
    share = calibrated.default_cloud_share if cloud_share is None else cloud_share
    high = score > threshold
    words = (
        f"learned prompt scorer: P(cloud right, device wrong) {score:.3f} "
        f"{'>' if high else '<='} {threshold:.3f}, the threshold that sends {share:.0%} "
        f"of its {calibrated.n_train} training prompts to the cloud"
    )
    if not high:
        return decide(request, signals, policy), [Reason(code="prompt_scorer_local", message=words)]
    verdict = Verdict.of(Effect.PREFER_CLOUD, "prompt_scorer_cloud", words)
    rule = as_rule(lambda _request, _signals, _score: verdict)
    rules = rule if policy.rules is None else AnyRule(policy.rules, rule)
    return decide(request, signals, dataclasses.replace(policy, rules=rules)), []
