"""Routing: cascade vs random vs oracle on digits, calibration, decision cost and drift.

All figures come from one run on sklearn's digits (70/30 split, seed 42; see `_digits`),
the zoo's local model (default digits-linear-fp32) and cloud model (digits-svc-fp32), both
run by `LocalModel` on the 540 held-out images. No network.

- Curves: accuracy vs cloud share of the max-probability cascade, of random routing and of
  the oracle, sampled at `--points` shares (linear between achievable thresholds), and
  summarised as APGR and CPT(50/80/95%) on the full-resolution curves.
- `match_cloud_share`: the cloud share at which the cascade reaches the cloud model's
  accuracy. The headline value is out of fold: for each of `--folds` folds the threshold is
  tuned (`threshold_for_accuracy`, target = the cloud's accuracy on the tuning folds) on the
  other folds and applied to the held-out one; shares and accuracy are pooled.
  `match_cloud_share_in_sample` is read off the curve of all 540 images (optimistic).
- Decision cost: `decide()` with `default_rules()` on realistic signals (no model call),
  timed per call with `perf_counter_ns`.
- Drift: a threshold calibrated with `calibrate()` for a 20% cloud share on clean images,
  then a stream of the same images with Gaussian pixel noise: the realised share of that
  fixed threshold vs an `OnlineThreshold` started from it.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import math
import time
from typing import Any

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import ConfigurationError
from hybridsdk._types import InferenceRequest, PrivacyLabel
from hybridsdk.edge._registry import ModelRegistry
from hybridsdk.routing._calibration import (
    Curve,
    OnlineThreshold,
    apgr,
    calibrate,
    cascade_curve,
    cpt,
    oracle_curve,
    random_curve,
    threshold_for_accuracy,
)
from hybridsdk.routing._complexity import ConfidenceMethod, confidence, score_tensors
from hybridsdk.routing._crossfit import crossfit_learned_scores
from hybridsdk.routing._crossfit import folds as _folds
from hybridsdk.routing._policy import Mode, Policy, decide, default_rules
from hybridsdk.routing._signals import Signals
from hybridsdk.testing._digits import (
    add_noise,
    check_digits_model,
    load_digits_split,
    model_probabilities,
)

__all__ = [
    "add_arguments",
    "crossfit_learned_scores",
    "format_text",
    "match_cloud_share",
    "oof_sweep",
    "run",
    "time_decisions",
]

BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]

METHODS: tuple[ConfidenceMethod, ...] = ("max_prob", "margin", "entropy")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--models-dir", help="zoo folder (default: $HYBRIDSDK_MODELS_DIR or edge_models/)"
    )
    parser.add_argument("--local", default="digits-linear-fp32", help="local (edge) model")
    parser.add_argument("--cloud", default="digits-svc-fp32", help="cloud model")
    parser.add_argument("--points", type=int, default=21, help="points per curve (default 21)")
    parser.add_argument("--folds", type=int, default=5, help="folds for out-of-fold figures")
    parser.add_argument("--seed", type=int, default=0, help="seed of folds and noise")
    parser.add_argument(
        "--iterations",
        type=int,
        default=100_000,
        help="decide() calls timed (default 100000)",
    )
    parser.add_argument(
        "--sigma", type=float, default=3.0, help="drift: pixel noise std (pixels 0..16)"
    )
    parser.add_argument(
        "--drift-target", type=float, default=0.2, help="drift: target cloud share (0.2)"
    )
    parser.add_argument(
        "--drift-passes",
        type=int,
        default=5,
        help="drift: passes over the 540 test images, each with fresh noise (default 5)",
    )
    parser.add_argument("--drift-lr", type=float, default=0.5, help="OnlineThreshold step size")


def _check_args(args: argparse.Namespace) -> None:
    if args.points < 2:
        raise ConfigurationError(f"--points {args.points} must be >= 2")
    if args.folds < 2:
        raise ConfigurationError(f"--folds {args.folds} must be >= 2")
    if args.iterations < 100:
        raise ConfigurationError(f"--iterations {args.iterations} must be >= 100 (p99 needs 100)")
    if not (math.isfinite(args.sigma) and args.sigma >= 0.0):
        raise ConfigurationError(f"--sigma {args.sigma} must be a finite number >= 0")
    if not (0.0 < args.drift_target < 1.0):
        raise ConfigurationError(f"--drift-target {args.drift_target} must be within (0, 1)")
    if args.drift_passes < 1:
        raise ConfigurationError(f"--drift-passes {args.drift_passes} must be >= 1")


# --- accuracy vs cloud share ----------------------------------------------------------


def match_cloud_share(
    conf: FloatArray, local_correct: BoolArray, cloud_correct: BoolArray, *, folds: int, seed: int
) -> dict[str, float]:
    """The cloud share at which the cascade matches the cloud model's accuracy.

    Returns `in_sample` (read off the curve of the whole sample), and `oof` /
    `oof_accuracy` (threshold tuned on k-1 folds to reach the cloud's accuracy on those
    folds, applied to the held-out fold; pooled). The tuning target is the cloud's
    accuracy on the tuning folds, not on the whole sample: a fixed global target can be
    out of reach on folds where the cloud model itself does worse.

    Args:
        conf: local confidences.
        local_correct: whether the local answer was right, per sample.
        cloud_correct: whether the cloud answer was right, per sample.
        folds: number of folds.
        seed: seed of the fold shuffle.
    """
    target = float(cloud_correct.mean())
    curve = cascade_curve(conf, local_correct, cloud_correct)
    first = int(np.flatnonzero(curve.accuracy >= target - 1e-12)[0])
    escalated = 0
    correct = 0
    for held in _folds(conf.size, folds, seed):
        tune = np.setdiff1d(np.arange(conf.size), held)
        thr = threshold_for_accuracy(
            conf[tune], local_correct[tune], cloud_correct[tune], float(cloud_correct[tune].mean())
        )
        up = conf[held] < thr
        escalated += int(up.sum())
        correct += int(np.where(up, cloud_correct[held], local_correct[held]).sum())
    return {
        "oof": escalated / conf.size,
        "oof_accuracy": correct / conf.size,
        "in_sample": float(curve.cloud_share[first]),
    }


def oof_sweep(
    conf: FloatArray,
    local_correct: BoolArray,
    cloud_correct: BoolArray,
    *,
    folds: int,
    seed: int,
    step: float = 0.005,
) -> dict[str, float] | None:
    """The smallest out-of-fold cloud share whose out-of-fold accuracy reaches the cloud's.

    Sweeps `calibrate(target_cloud_share=s)` over s = 0, step, 2 * step, ... and returns
    the first s whose pooled held-out accuracy is at or above the cloud's accuracy, with
    the realised held-out share (`oof`) and accuracy; None when no s up to 1 gets there.

    Args:
        conf: local confidences.
        local_correct: whether the local answer was right, per sample.
        cloud_correct: whether the cloud answer was right, per sample.
        folds: number of folds.
        seed: seed of the fold shuffle.
        step: grid step of the target share.
    """
    target = float(cloud_correct.mean())
    for s in np.arange(0.0, 1.0 + step / 2, step):
        cal = calibrate(
            conf,
            local_correct,
            cloud_correct,
            target_cloud_share=min(float(s), 1.0),
            folds=folds,
            seed=seed,
        )
        if cal.oof_accuracy >= target - 1e-12:
            return {
                "target_share": round(float(s), 6),
                "oof": cal.oof_cloud_share,
                "oof_accuracy": cal.oof_accuracy,
                "threshold": cal.threshold,
            }
    return None


def _points(curve: Curve, shares: FloatArray) -> list[dict[str, float]]:
    return [
        {"cloud_share": round(float(s), 6), "accuracy": round(curve.accuracy_at(float(s)), 6)}
        for s in shares
    ]


# --- decision cost --------------------------------------------------------------------


def _signal_mix(created_at: float) -> list[Signals]:
    """Four device/network states a Pi-class client sees, cycled through in the timing."""
    now = created_at + 0.005
    base = Signals(
        now=now,
        temperature_c=52.0,
        throttled=False,
        battery_percent=76.0,
        on_battery=True,
        memory_pressure=0.05,
        memory_available_fraction=0.55,
        local_latency_ms=1.8,
        cloud_latency_ms=85.0,
        budget_remaining=3.2,
        cloud_cost_estimate=0.0004,
        privacy=PrivacyLabel.INTERNAL,
    )
    return [
        base,  # all well: cascade
        dataclasses.replace(base, temperature_c=83.0, throttled=True),  # hot: cloud
        dataclasses.replace(base, online=False),  # offline: local
        dataclasses.replace(base, now=created_at + 0.2),  # 50 ms left: local only
    ]


def time_decisions(iterations: int, *, registry: ModelRegistry, local: str) -> dict[str, Any]:
    """Per-call cost of `decide()` (default rules, realistic signals, no model call).

    Args:
        iterations: how many calls to time.
        registry: the zoo (for the local model's input spec, used by the pre-hoc score).
        local: the local model's name.
    """
    entry = registry.entry(local)
    request = InferenceRequest(
        model=local,
        inputs={"pixels": np.zeros((1, 64), dtype=np.float32)},
        deadline_ms=250.0,
        cost_ceiling=0.01,
    )
    policy = Policy(
        mode=Mode.PREFER_LOCAL, rules=default_rules(cost_per_call=0.0004), confidence_threshold=0.72
    )
    signals = _signal_mix(request.created_at)
    perf = time.perf_counter_ns
    timings = np.empty(iterations, dtype=np.int64)
    actions: dict[str, int] = {}
    for s in signals:  # warm-up, and the actions each state leads to
        action = decide(request, s, policy, score=0.12).action.value
        actions[action] = actions.get(action, 0) + iterations // len(signals)
    overhead = np.empty(1000, dtype=np.int64)
    gc_was_enabled = gc.isenabled()
    gc.disable()  # a collection inside one timed call would be a p99 about gc, not decide()
    try:
        for i in range(overhead.size):
            t0 = perf()
            overhead[i] = perf() - t0
        for i in range(iterations):
            s = signals[i & 3]
            t0 = perf()
            decide(request, s, policy, score=0.12)
            timings[i] = perf() - t0
        n_score = max(iterations // 10, 100)
        with_score = np.empty(n_score, dtype=np.int64)
        inputs = request.inputs or {}
        for i in range(n_score):
            t0 = perf()
            score = score_tensors(inputs, entry).score
            decide(request, signals[i & 3], policy, score=score)
            with_score[i] = perf() - t0
    finally:
        if gc_was_enabled:
            gc.enable()
    return {
        "decision_p50_us": float(np.percentile(timings, 50)) / 1000.0,
        "decision_p99_us": float(np.percentile(timings, 99)) / 1000.0,
        "decision_mean_us": float(timings.mean()) / 1000.0,
        "decision_iterations": iterations,
        "decision_actions": actions,
        "decision_timer_overhead_ns": float(np.median(overhead)),
        "decision_with_prehoc_score_p50_us": float(np.percentile(with_score, 50)) / 1000.0,
    }


# --- drift ----------------------------------------------------------------------------


def _drift(
    *,
    registry: ModelRegistry,
    local: str,
    cloud: str,
    x_test: npt.NDArray[np.float32],
    y_test: npt.NDArray[np.int64],
    clean: tuple[FloatArray, BoolArray, BoolArray],
    args: argparse.Namespace,
) -> dict[str, Any]:
    conf_clean, lc_clean, cc_clean = clean
    cal = calibrate(
        conf_clean,
        lc_clean,
        cc_clean,
        target_cloud_share=args.drift_target,
        folds=args.folds,
        seed=args.seed,
    )
    rng = np.random.default_rng(args.seed)
    order = np.concatenate([rng.permutation(y_test.size) for _ in range(args.drift_passes)])
    x = add_noise(x_test[order], args.sigma, rng)
    y = y_test[order]
    p_local = model_probabilities(registry, local, x)
    p_cloud = model_probabilities(registry, cloud, x)
    conf = confidence(p_local, "max_prob")
    lc = p_local.argmax(axis=1) == y
    cc = p_cloud.argmax(axis=1) == y
    fixed = conf < cal.threshold
    tracker = OnlineThreshold(
        target_share=args.drift_target, initial_threshold=cal.threshold, lr=args.drift_lr
    )
    tracked = tracker.escalate_many(conf)
    half = y.size // 2
    return {
        "drift_sigma": args.sigma,
        "drift_target_share": args.drift_target,
        "drift_stream_size": int(y.size),
        "drift_threshold": cal.threshold,
        "drift_clean_oof_share": cal.oof_cloud_share,
        "drift_fixed_share": float(fixed.mean()),
        "drift_fixed_share_second_half": float(fixed[half:].mean()),
        "drift_tracked_share": float(tracked.mean()),
        "drift_tracked_share_second_half": float(tracked[half:].mean()),
        "drift_tracked_final_threshold": tracker.threshold,
        "drift_local_accuracy": float(lc.mean()),
        "drift_cloud_accuracy": float(cc.mean()),
        "drift_fixed_accuracy": float(np.where(fixed, cc, lc).mean()),
        "drift_tracked_accuracy": float(np.where(tracked, cc, lc).mean()),
    }


# --- the benchmark --------------------------------------------------------------------


def run(args: argparse.Namespace) -> dict[str, Any]:
    _check_args(args)
    started = time.perf_counter()
    registry = ModelRegistry(args.models_dir)
    check_digits_model(registry, args.local)
    check_digits_model(registry, args.cloud)
    split = load_digits_split()
    y = split.y_test
    p_local = model_probabilities(registry, args.local, split.x_test)
    p_cloud = model_probabilities(registry, args.cloud, split.x_test)
    lc = p_local.argmax(axis=1) == y
    cc = p_cloud.argmax(axis=1) == y
    local_acc = float(lc.mean())
    cloud_acc = float(cc.mean())
    if cloud_acc <= local_acc:
        raise ConfigurationError(
            f"cloud model {args.cloud!r} ({cloud_acc:.4f}) is not more accurate than local "
            f"model {args.local!r} ({local_acc:.4f}) on the test split: nothing to route for"
        )

    confs = {m: confidence(p_local, m) for m in METHODS}
    conf = confs["max_prob"]
    cascade = cascade_curve(conf, lc, cc)
    rand = random_curve(lc, cc, points=args.points)
    oracle = oracle_curve(lc, cc)
    shares = np.linspace(0.0, 1.0, args.points)

    by_method: dict[str, dict[str, float]] = {
        m: match_cloud_share(c, lc, cc, folds=args.folds, seed=args.seed) for m, c in confs.items()
    }
    learned = crossfit_learned_scores(p_local, lc, folds=args.folds, seed=args.seed)
    by_method["learned_crossfit"] = match_cloud_share(
        learned, lc, cc, folds=args.folds, seed=args.seed
    )
    for m, c in (*confs.items(), ("learned_crossfit", learned)):
        by_method[m]["apgr"] = apgr(cascade_curve(c, lc, cc))
    match = by_method["max_prob"]

    result: dict[str, Any] = {
        "dataset": "sklearn digits, test split of train_test_split(test_size=0.3, random_state=42)",
        "n_test": int(y.size),
        "local_model": args.local,
        "cloud_model": args.cloud,
        "confidence_method": "max_prob",
        "local_accuracy": local_acc,
        "cloud_accuracy": cloud_acc,
        "curve": {
            "cascade": _points(cascade, shares),
            "random": _points(rand, shares),
            "oracle": _points(oracle, shares),
        },
        "match_cloud_share": match["oof"],
        "match_cloud_share_oof_accuracy": match["oof_accuracy"],
        "match_cloud_share_in_sample": match["in_sample"],
        "match_cloud_share_basis": (
            f"match_cloud_share is out of fold ({args.folds} folds: threshold tuned on the "
            "other folds to reach the cloud's accuracy there, applied to the held-out fold); "
            "match_cloud_share_in_sample is the first point of the full-sample cascade curve "
            "at or above the cloud accuracy; match_cloud_share_oof_sweep is the smallest "
            "calibrate(target_cloud_share=s) whose held-out accuracy reaches the cloud's"
        ),
        "match_cloud_share_oof_sweep": oof_sweep(conf, lc, cc, folds=args.folds, seed=args.seed),
        "random_accuracy_at_match": rand.accuracy_at(match["oof"]),
        "match_cloud_share_by_method": by_method,
        "apgr": {"cascade": apgr(cascade), "random": apgr(rand), "oracle": apgr(oracle)},
        "cpt_50": cpt(cascade, 0.5),
        "cpt_80": cpt(cascade, 0.8),
        "cpt_95": cpt(cascade, 0.95),
    }
    result.update(time_decisions(args.iterations, registry=registry, local=args.local))
    result.update(
        _drift(
            registry=registry,
            local=args.local,
            cloud=args.cloud,
            x_test=split.x_test,
            y_test=y,
            clean=(conf, lc, cc),
            args=args,
        )
    )
    result["elapsed_s"] = round(time.perf_counter() - started, 3)
    return result


def format_text(result: dict[str, Any]) -> str:
    r = result
    lines = [
        f"routing on digits ({r['n_test']} test images): local {r['local_model']} "
        f"{r['local_accuracy']:.4f}, cloud {r['cloud_model']} {r['cloud_accuracy']:.4f}",
        "",
        "cloud share  cascade  random  oracle",
    ]
    curves = r["curve"]
    for c, rd, o in zip(curves["cascade"], curves["random"], curves["oracle"], strict=True):
        lines.append(
            f"   {c['cloud_share']:5.2f}     {c['accuracy']:.4f}   {rd['accuracy']:.4f}  "
            f"{o['accuracy']:.4f}"
        )
    lines += [
        "",
        f"cloud share to match the cloud's accuracy: {r['match_cloud_share']:.3f} out of fold "
        f"(accuracy {r['match_cloud_share_oof_accuracy']:.4f}), "
        f"{r['match_cloud_share_in_sample']:.3f} in sample; random routing there: "
        f"{r['random_accuracy_at_match']:.4f}",
        _sweep_line(r["match_cloud_share_oof_sweep"]),
        "  by confidence: "
        + ", ".join(
            f"{m} {v['oof']:.3f} oof / {v['in_sample']:.3f} in sample"
            for m, v in r["match_cloud_share_by_method"].items()
        ),
        f"APGR cascade {r['apgr']['cascade']:.3f}, random {r['apgr']['random']:.3f}, "
        f"oracle {r['apgr']['oracle']:.3f}; CPT(50%) {r['cpt_50']:.3f}, "
        f"CPT(80%) {r['cpt_80']:.3f}, CPT(95%) {r['cpt_95']:.3f}",
        f"decide(): p50 {r['decision_p50_us']:.2f} us, p99 {r['decision_p99_us']:.2f} us "
        f"({r['decision_iterations']} calls; with the pre-hoc tensor score: "
        f"p50 {r['decision_with_prehoc_score_p50_us']:.2f} us)",
        f"drift (sigma {r['drift_sigma']:g}, target {r['drift_target_share']:.0%}, "
        f"{r['drift_stream_size']} images): fixed threshold {r['drift_fixed_share']:.3f}, "
        f"online {r['drift_tracked_share']:.3f} (second half {r['drift_tracked_share_second_half']:.3f}); "
        f"accuracy fixed {r['drift_fixed_accuracy']:.4f}, online {r['drift_tracked_accuracy']:.4f}",
        f"elapsed {r['elapsed_s']:.1f} s",
    ]
    return "\n".join(lines)


def _sweep_line(sweep: dict[str, float] | None) -> str:
    if sweep is None:
        return "  out-of-fold sweep: no calibrated share reaches the cloud's accuracy"
    return (
        f"  out-of-fold sweep: calibrate(target_cloud_share={sweep['target_share']:g}) realises "
        f"{sweep['oof']:.3f} held out at accuracy {sweep['oof_accuracy']:.4f}"
    )
