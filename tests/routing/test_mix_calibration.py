"""A cascade threshold that keeps its cloud share when the out-of-scope share changes."""

from __future__ import annotations

import numpy as np
import pytest

from hybridsdk import ConfigurationError
from hybridsdk.routing._calibration import threshold_for_cloud_share
from hybridsdk.routing._mix_calibration import MixCalibration, OnlineMixThreshold


def population(n_in: int, n_oos: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """In scope: confident (beta 5,2); out of scope: unsure (beta 2,5); the local model
    says oos for 40% of oos rows and 2% of in-scope rows."""
    rng = np.random.default_rng(seed)
    conf = np.concatenate([rng.beta(5, 2, n_in), rng.beta(2, 5, n_oos)])
    says = np.concatenate([rng.random(n_in) < 0.02, rng.random(n_oos) < 0.4])
    truth = np.concatenate([np.zeros(n_in, bool), np.ones(n_oos, bool)])
    return conf, says, truth


def realised(conf: np.ndarray, says: np.ndarray, threshold: float) -> float:
    return float(np.mean(~says & (conf < threshold)))


def test_naive_share_drifts_and_mix_aware_holds() -> None:
    conf, says, truth = population(9700, 300, seed=0)  # 3% oos, like CLINC150 val
    fit = MixCalibration.fit(conf, says, truth)
    shifted = population(8200, 1800, seed=1)  # 18% oos, like CLINC150 test
    for target in (0.1, 0.2, 0.3):
        naive = threshold_for_cloud_share(conf, target)
        naive_share = float(np.mean(shifted[0] < naive))
        known = realised(shifted[0], shifted[1], fit.threshold(target, 0.18))
        assert naive_share > target + 0.05  # the drift this fixes
        assert abs(known - target) < 0.02, (target, known)


def test_oos_share_is_estimated_from_the_local_oos_rate() -> None:
    conf, says, truth = population(9700, 300, seed=0)
    fit = MixCalibration.fit(conf, says, truth)
    assert fit.tpr == pytest.approx(0.4, abs=0.06) and fit.fpr == pytest.approx(0.02, abs=0.01)
    _, shifted_says, _ = population(8200, 1800, seed=2)
    assert fit.estimate_oos_share(float(shifted_says.mean())) == pytest.approx(0.18, abs=0.03)
    assert fit.estimate_oos_share(0.0) == 0.0 and fit.estimate_oos_share(1.0) == 1.0


def test_online_threshold_follows_the_mix() -> None:
    conf, says, truth = population(9700, 300, seed=0)
    fit = MixCalibration.fit(conf, says, truth)
    online = OnlineMixThreshold(fit, target_share=0.2, window=2000)
    start = online.threshold
    c, s, _ = population(1640, 360, seed=3)
    order = np.random.default_rng(4).permutation(c.size)
    sent = [online.escalate(float(c[i]), bool(s[i])) for i in order]
    assert online.oos_share == pytest.approx(0.18, abs=0.04)
    assert online.threshold < start  # more unsure traffic: a lower bar keeps the share
    assert abs(float(np.mean(sent[-1000:])) - 0.2) < 0.04
    assert not any(sent[k] for k in range(len(order)) if s[order[k]])  # says oos: never sent


def test_bad_inputs_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="one value per row"):
        MixCalibration.fit([0.5, 0.6], [False], [False, True])
    with pytest.raises(ConfigurationError, match="both in-scope and out-of-scope"):
        MixCalibration.fit([0.5, 0.6], [False, False], [False, False])
    fit = MixCalibration.fit([0.5, 0.6, 0.2], [False, False, True], [False, False, True])
    with pytest.raises(ConfigurationError, match="target_share"):
        fit.threshold(1.5, 0.1)
    with pytest.raises(ConfigurationError, match="oos_share"):
        fit.threshold(0.2, -0.1)
    with pytest.raises(ConfigurationError, match="window"):
        OnlineMixThreshold(fit, target_share=0.2, window=0)


def test_only_rows_kept_local_leave_the_escalation_curves() -> None:
    conf, says, truth = population(9700, 300, seed=0)
    none_kept = MixCalibration.fit(conf, says, truth, kept_local=np.zeros_like(says))
    all_kept = MixCalibration.fit(conf, says, truth)
    # Same shift estimate (it reads says_oos), more escalations when nothing stays local.
    assert none_kept.tpr == all_kept.tpr
    assert none_kept.share(0.5, 0.18) > all_kept.share(0.5, 0.18)
    online = OnlineMixThreshold(none_kept, target_share=0.2)
    assert online.escalate(0.01, says_oos=True, kept_local=False)
    assert not online.escalate(0.01, says_oos=True)
    with pytest.raises(ConfigurationError, match="one value per row"):
        MixCalibration.fit(conf, says, truth, kept_local=[True])
