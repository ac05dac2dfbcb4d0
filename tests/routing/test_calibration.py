"""Threshold calibration, curves, APGR/CPT and online tracking: synthetic known answers and digits."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hybridsdk._exceptions import ConfigurationError, InputValidationError
from hybridsdk.routing._calibration import (
    OnlineThreshold,
    apgr,
    calibrate,
    cascade_curve,
    cpt,
    oracle_curve,
    random_curve,
    threshold_for_accuracy,
    threshold_for_cloud_share,
)


def _ladder(n: int = 100, wrong: int = 10) -> tuple[Any, Any, Any]:
    """Confidences 0.01..1.00; local wrong on the `wrong` least confident; cloud always right."""
    conf = np.arange(1, n + 1) / n
    lc = np.arange(n) >= wrong
    cc = np.ones(n, dtype=bool)
    return conf, lc, cc


# --- thresholds -----------------------------------------------------------------------


def test_threshold_for_cloud_share_escalates_exactly_that_share() -> None:
    conf = np.random.default_rng(1).random(1000)
    for target in (0.0, 0.05, 0.2, 0.5, 1.0):
        thr = threshold_for_cloud_share(conf, target)
        assert np.mean(conf < thr) == pytest.approx(target)


def test_threshold_with_ties_picks_the_nearest_achievable_share() -> None:
    conf = np.array([0.5] * 6 + [0.9] * 4)  # only 0, 60% or 100% are achievable
    assert np.mean(conf < threshold_for_cloud_share(conf, 0.2)) == 0.0
    assert np.mean(conf < threshold_for_cloud_share(conf, 0.5)) == 0.6
    assert np.mean(conf < threshold_for_cloud_share(conf, 0.9)) == 1.0


def test_threshold_for_accuracy_known_answer() -> None:
    conf, lc, cc = _ladder()
    # Local is 90% right; each escalation of the 10 least confident adds one point.
    thr = threshold_for_accuracy(conf, lc, cc, 0.95)
    assert np.sum(conf < thr) == 5
    assert np.sum(conf < threshold_for_accuracy(conf, lc, cc, 0.90)) == 0
    assert np.sum(conf < threshold_for_accuracy(conf, lc, cc, 1.0)) == 10


def test_unreachable_accuracy_is_a_clear_error() -> None:
    conf, lc, _ = _ladder()
    cc = lc.copy()  # cloud makes the same mistakes
    with pytest.raises(ConfigurationError, match=r"best is 0\.9000"):
        threshold_for_accuracy(conf, lc, cc, 0.95)


def test_bad_calibration_inputs() -> None:
    conf, lc, cc = _ladder()
    with pytest.raises(InputValidationError, match="at least one"):
        threshold_for_cloud_share([], 0.2)
    with pytest.raises(InputValidationError, match="NaN"):
        threshold_for_cloud_share([0.1, float("nan")], 0.2)
    with pytest.raises(ConfigurationError, match="target_share"):
        threshold_for_cloud_share(conf, 1.2)
    with pytest.raises(InputValidationError, match="99 values"):
        threshold_for_accuracy(conf, lc[:99], cc, 0.9)
    with pytest.raises(InputValidationError, match="booleans"):
        threshold_for_accuracy(conf, lc * 2.5, cc, 0.9)
    with pytest.raises(ConfigurationError, match="exactly one"):
        calibrate(conf, lc, cc)
    with pytest.raises(ConfigurationError, match="exactly one"):
        calibrate(conf, lc, cc, target_cloud_share=0.1, target_accuracy=0.9)
    with pytest.raises(ConfigurationError, match="folds"):
        calibrate(conf, lc, cc, target_cloud_share=0.1, folds=1)


# --- out of fold ----------------------------------------------------------------------


def test_folds_partition_the_sample() -> None:
    conf, lc, cc = _ladder(103)
    cal = calibrate(conf, lc, cc, target_cloud_share=0.2, folds=5)
    together = np.sort(np.concatenate(cal.folds))
    np.testing.assert_array_equal(together, np.arange(103))
    assert len(cal.fold_thresholds) == 5
    assert cal.threshold == pytest.approx(np.median(cal.fold_thresholds))


@pytest.mark.parametrize("target", [{"target_cloud_share": 0.2}, {"target_accuracy": 0.93}])
def test_a_folds_threshold_never_sees_that_fold(target: dict[str, float]) -> None:
    rng = np.random.default_rng(7)
    n = 400
    conf = rng.random(n)
    lc = rng.random(n) < conf  # surer answers are right more often
    cc = rng.random(n) < 0.97
    base = calibrate(conf, lc, cc, folds=4, seed=3, **target)
    held = base.folds[0]
    # Rewrite fold 0 completely: its own threshold must not move, the others must.
    conf2, lc2, cc2 = conf.copy(), lc.copy(), cc.copy()
    conf2[held] = rng.random(held.size) * 0.05
    lc2[held] = ~lc2[held]
    cc2[held] = True
    moved = calibrate(conf2, lc2, cc2, folds=4, seed=3, **target)
    assert moved.fold_thresholds[0] == base.fold_thresholds[0]
    assert moved.fold_thresholds[1:] != base.fold_thresholds[1:]


def test_out_of_fold_accuracy_is_honest_when_confidence_is_noise() -> None:
    # Confidence carries no information: tuned in sample, the threshold always "reaches"
    # the target by stopping at a lucky point; judged out of fold, that luck is gone.
    target = 0.84
    in_sample, out_of_fold = [], []
    for seed in range(30):
        rng = np.random.default_rng(seed)
        conf = rng.random(300)
        lc = rng.random(300) < 0.8
        cc = rng.random(300) < 0.9
        thr = threshold_for_accuracy(conf, lc, cc, target)
        in_sample.append(np.mean(np.where(conf < thr, cc, lc)))
        out_of_fold.append(calibrate(conf, lc, cc, target_accuracy=target).oof_accuracy)
    assert min(in_sample) >= target
    assert np.mean(out_of_fold) < target <= np.mean(in_sample)


def test_unreachable_target_names_the_fold() -> None:
    conf, lc, _ = _ladder()
    with pytest.raises(ConfigurationError, match="fold"):
        calibrate(conf, lc, lc, target_accuracy=0.95)


# --- curves ---------------------------------------------------------------------------


def test_ladder_curve_known_answers() -> None:
    conf, lc, cc = _ladder()
    curve = cascade_curve(conf, lc, cc)
    assert curve.local_accuracy == 0.9 and curve.cloud_accuracy == 1.0
    # PGR climbs 0.1 per escalation up to 10%, then stays at 1.
    assert cpt(curve, 0.5) == pytest.approx(0.05)
    assert cpt(curve, 0.8) == pytest.approx(0.08)
    assert cpt(curve, 0.95) == pytest.approx(0.095)
    assert apgr(curve) == pytest.approx(0.95)  # 1 - the triangle under the first 10%
    assert apgr(oracle_curve(lc, cc)) == pytest.approx(0.95)  # the cascade is the oracle here
    assert apgr(random_curve(lc, cc)) == pytest.approx(0.5)
    assert cpt(random_curve(lc, cc), 0.8) == pytest.approx(0.8)
    assert cpt(curve, 0.0) == 0.0


def test_no_gap_to_recover_is_an_error() -> None:
    conf, lc, _ = _ladder()
    with pytest.raises(ConfigurationError, match="no gap"):
        apgr(cascade_curve(conf, lc, lc))


@settings(max_examples=60, deadline=None)
@given(st.integers(5, 200), st.integers(0, 2**31 - 1), st.booleans())
def test_curve_properties(n: int, seed: int, coarse: bool) -> None:
    rng = np.random.default_rng(seed)
    conf = rng.random(n)
    if coarse:
        conf = np.round(conf, 1)  # many ties
    lc = rng.random(n) < conf
    cc = rng.random(n) < 0.9
    curve = cascade_curve(conf, lc, cc)
    assert curve.cloud_share[0] == 0.0 and curve.cloud_share[-1] == 1.0
    assert np.all(np.diff(curve.cloud_share) > 0)
    assert curve.thresholds is not None and np.all(np.diff(curve.thresholds) > 0)
    assert curve.local_accuracy == pytest.approx(lc.mean())
    assert curve.cloud_accuracy == pytest.approx(cc.mean())
    # Every point is what its threshold really does.
    for share, acc, thr in zip(curve.cloud_share, curve.accuracy, curve.thresholds, strict=True):
        up = conf < thr
        assert up.mean() == pytest.approx(share)
        assert np.where(up, cc, lc).mean() == pytest.approx(acc)
    # No router beats the oracle at any share, and the oracle never falls below random.
    oracle = oracle_curve(lc, cc)
    for share, acc in zip(curve.cloud_share, curve.accuracy, strict=True):
        assert acc <= oracle.accuracy_at(share) + 1e-12
    rand = random_curve(lc, cc)
    for s in np.linspace(0, 1, 11):
        assert oracle.accuracy_at(s) >= rand.accuracy_at(s) - 1e-12
    # CPT grows with the fraction of the gap to recover.
    if cc.mean() > lc.mean():
        cpts = [cpt(curve, x) for x in (0.5, 0.8, 0.95)]
        assert cpts == sorted(cpts)
        assert apgr(oracle) >= apgr(curve) - 1e-12
        assert apgr(rand) == pytest.approx(0.5)


# --- digits: the numbers in PRODUCT.md ------------------------------------------------


@pytest.fixture(scope="module")
def digits() -> dict[str, Any]:
    sklearn = pytest.importorskip("sklearn")
    assert sklearn
    from sklearn.datasets import load_digits
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split
    from sklearn.svm import SVC

    x, y = load_digits(return_X_y=True)
    xtr, xte, ytr, yte = train_test_split(x, y, test_size=0.3, random_state=42)
    local = LogisticRegression(max_iter=2000).fit(xtr, ytr)
    cloud = SVC(kernel="rbf").fit(xtr, ytr)
    p = local.predict_proba(xte)
    return {
        "local": local,
        "cloud": cloud,
        "xte": xte,
        "yte": yte,
        "conf": p.max(axis=1),
        "lc": p.argmax(axis=1) == yte,
        "cc": cloud.predict(xte) == yte,
    }


def test_digits_cascade_beats_random(digits: dict[str, Any]) -> None:
    conf, lc, cc = digits["conf"], digits["lc"], digits["cc"]
    curve = cascade_curve(conf, lc, cc)
    reach = curve.cloud_share[np.flatnonzero(curve.accuracy >= cc.mean())[0]]
    assert reach < 0.25  # cloud accuracy at under a quarter of the cloud calls
    assert curve.accuracy_at(0.12) > random_curve(lc, cc).accuracy_at(0.12)
    assert apgr(curve) > 0.8
    assert cpt(curve, 0.8) < cpt(random_curve(lc, cc), 0.8) / 4
    cal = calibrate(conf, lc, cc, target_cloud_share=0.2)
    assert abs(cal.oof_cloud_share - 0.2) < 0.03
    assert cal.oof_accuracy > lc.mean()


def test_online_threshold_tracks_target_under_noise(digits: dict[str, Any]) -> None:
    local, xte = digits["local"], digits["xte"]
    target = 0.2
    fixed = threshold_for_cloud_share(digits["conf"], target)  # calibrated on clean data
    rng = np.random.default_rng(42)
    noisy = xte + rng.normal(0.0, 3.0, xte.shape)  # the stream drifts: noisier sensors
    conf = local.predict_proba(noisy).max(axis=1)
    fixed_share = float(np.mean(conf < fixed))
    tracker = OnlineThreshold(target_share=target, initial_threshold=fixed, lr=0.5)
    flags = tracker.escalate_many(conf)
    online_share = float(flags.mean())
    assert tracker.realised_share == pytest.approx(online_share)
    assert tracker.seen == conf.size
    assert fixed_share > target + 0.05  # the fixed threshold drifts (about 32% here)
    assert abs(online_share - target) <= 0.03  # the tracker holds 20% +/- 3 points
    assert abs(float(flags[conf.size // 2 :].mean()) - target) <= 0.03
    assert tracker.threshold < fixed  # noisy answers are less sure: the bar came down


def test_online_threshold_payback_bound() -> None:
    rng = np.random.default_rng(5)
    conf = rng.beta(8, 1, size=2000)
    tracker = OnlineThreshold(target_share=0.1, initial_threshold=0.5, lr=0.2)
    start = math.log(0.5 / 0.5)
    flags = tracker.escalate_many(conf)
    end = math.log(tracker.threshold / (1 - tracker.threshold))
    # realised - target == (z_0 - z_T) / (lr * T), exactly: every excess is paid back.
    assert flags.mean() - 0.1 == pytest.approx((start - end) / (0.2 * conf.size), abs=1e-9)
    # stationary stream: once settled, the share stays at the target
    assert flags[1000:].mean() == pytest.approx(0.1, abs=0.02)


def test_online_threshold_bad_inputs() -> None:
    with pytest.raises(ConfigurationError, match="target_share"):
        OnlineThreshold(target_share=0.0, initial_threshold=0.5)
    with pytest.raises(ConfigurationError, match="initial_threshold"):
        OnlineThreshold(target_share=0.2, initial_threshold=1.0)
    with pytest.raises(ConfigurationError, match="lr"):
        OnlineThreshold(target_share=0.2, initial_threshold=0.5, lr=0.0)
    with pytest.raises(InputValidationError, match="confidence"):
        OnlineThreshold(target_share=0.2, initial_threshold=0.5).escalate(1.5)


def test_curve_methods_are_the_metric_functions() -> None:
    conf, lc, cc = _ladder()
    curve = cascade_curve(conf, lc, cc)
    assert curve.apgr() == apgr(curve)
    assert curve.cpt(0.95) == cpt(curve, 0.95) == pytest.approx(0.095)
    with pytest.raises(ConfigurationError):
        curve.cpt(1.5)
