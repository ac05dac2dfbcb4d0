"""`hybridsdk calibrate`: choose the cascade threshold (and train the learned scorer)
from a labelled sample.

Both zoo models run on the sample; the local model's confidence, whether each answer was
right, and `calibrate()` give an out-of-fold threshold for a target cloud share or a
target accuracy. With `--out`, the learned scorer (P(local answer right) from max_prob,
margin and entropy) is trained on the whole sample and written as ONNX, with its own
out-of-fold threshold from cross-fitted scores.

The sample is the digits split the zoo's models never saw (the 30% test split) unless
`--split train` or `--data FILE.npz` (arrays `X`: float pixels (N, 64) in 0..16, `y`:
integer labels (N,)) says otherwise.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from hybridsdk._exceptions import ConfigurationError, ModelLoadError

__all__ = ["calibrate_command", "register"]


def _open_fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not (math.isfinite(value) and 0.0 < value < 1.0):
        raise argparse.ArgumentTypeError(f"{text} must be strictly between 0 and 1, e.g. 0.12")
    return value


def _closed_fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not (math.isfinite(value) and 0.0 <= value <= 1.0):
        raise argparse.ArgumentTypeError(f"{text} must be within [0, 1], e.g. 0.18")
    return value


def _accuracy(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not (math.isfinite(value) and 0.0 < value <= 1.0):
        raise argparse.ArgumentTypeError(f"{text} must be within (0, 1], e.g. 0.985")
    return value


def _folds(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an integer") from None
    if value < 2:
        raise argparse.ArgumentTypeError(f"{value} folds: need at least 2")
    return value


def register(subparsers: Any) -> None:
    """Add the `calibrate` command.

    Args:
        subparsers: the top-level parser's subparsers action.
    """
    parser = subparsers.add_parser(
        "calibrate",
        help="choose the cascade threshold from a labelled sample (out of fold)",
        description=(__doc__ or "").split("\n\n", 1)[-1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--local",
        help="local (edge) model (default digits-linear-fp32; intent-linear-fp32 with --texts)",
    )
    parser.add_argument(
        "--cloud", help="cloud model (default digits-svc-fp32; intent-cloud-fp32 with --texts)"
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--target-cloud-share",
        type=_open_fraction,
        metavar="S",
        help="wanted fraction sent to the cloud, in (0, 1)",
    )
    target.add_argument(
        "--target-accuracy",
        type=_accuracy,
        metavar="A",
        help="wanted cascade accuracy in (0, 1]: the smallest cloud share reaching it",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--data",
        type=Path,
        metavar="FILE.npz",
        help="labelled sample: numpy.savez(FILE, X=pixels (N, 64), y=labels (N,))",
    )
    source.add_argument(
        "--split",
        choices=("test", "train"),
        default="test",
        help="digits split to use without --data (default test: the zoo models never saw it)",
    )
    source.add_argument(
        "--texts",
        type=Path,
        metavar="FILE.jsonl",
        help='text task sample: one {"text": ..., "label": ...} per line',
    )
    parser.add_argument(
        "--oos-label", default="oos", help="with --texts: the out-of-scope class (default oos)"
    )
    parser.add_argument(
        "--oos-min-prob",
        type=_closed_fraction,
        default=0.5,
        metavar="P",
        help="with --texts: a local 'oos' with p >= P is answered locally (default 0.5)",
    )
    parser.add_argument(
        "--deployment-oos-share",
        type=_closed_fraction,
        metavar="P",
        help="with --texts: out-of-scope share of live traffic (default: the sample's)",
    )
    parser.add_argument(
        "--simulate-oos-share",
        type=_open_fraction,
        metavar="P",
        help="with --texts: show each method's real cloud share after a shift to P out of scope",
    )
    parser.add_argument(
        "--confidence",
        choices=("max_prob", "margin", "entropy"),
        default="max_prob",
        help="post-hoc confidence the threshold applies to (default max_prob)",
    )
    parser.add_argument("--folds", type=_folds, default=5, help="folds (default 5)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the fold shuffle")
    parser.add_argument(
        "--out", type=Path, metavar="SCORER.onnx", help="train the learned scorer and write it"
    )
    parser.add_argument(
        "--models-dir", help="zoo folder (default: $HYBRIDSDK_MODELS_DIR or edge_models/)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.set_defaults(func=_main)


def calibrate_command(args: argparse.Namespace) -> dict[str, Any]:
    """Run the calibration the parsed `args` describe and return the report.

    Args:
        args: the parsed `hybridsdk calibrate` arguments.

    Raises:
        ModelNotFoundError: an unknown model name.
        ConfigurationError: an unusable model, data file, output path or target.
        InputValidationError: the data file's arrays have the wrong shape or labels.
    """
    from hybridsdk.cli._progress import progress_for
    from hybridsdk.edge._registry import ModelRegistry
    from hybridsdk.routing._calibration import calibrate
    from hybridsdk.routing._complexity import confidence
    from hybridsdk.routing._crossfit import crossfit_learned_scores
    from hybridsdk.testing._digits import (
        check_digits_model,
        load_digits_split,
        load_npz_sample,
        model_probabilities,
    )

    if getattr(args, "texts", None) is not None:
        if args.out is not None:
            raise ConfigurationError("--out (the learned scorer) is for digits models only")
        from hybridsdk.cli._calibrate_text import calibrate_text

        return calibrate_text(args)
    args.local = args.local or "digits-linear-fp32"
    args.cloud = args.cloud or "digits-svc-fp32"
    progress = progress_for(args)
    registry = ModelRegistry(args.models_dir)
    local_entry = check_digits_model(registry, args.local)
    check_digits_model(registry, args.cloud)
    if args.out is not None and not args.out.parent.is_dir():
        raise ConfigurationError(
            f"--out {args.out}: folder {args.out.parent} does not exist; create it first"
        )
    if args.data is not None:
        n_classes = len(local_entry.labels) or int(local_entry.outputs[0].shape[-1] or 0)
        x, y = load_npz_sample(args.data, n_classes)
        sample = f"file {args.data}"
    else:
        split = load_digits_split()
        x, y = (
            (split.x_test, split.y_test) if args.split == "test" else (split.x_train, split.y_train)
        )
        sample = f"digits {args.split} split (train_test_split(test_size=0.3, random_state=42))"
    if y.size < 2 * args.folds:
        raise ConfigurationError(
            f"the sample has {y.size} rows; {args.folds} folds need at least {2 * args.folds}"
        )
    if progress:
        progress(f"running {args.local} and {args.cloud} on {y.size} rows")
    p_local = model_probabilities(registry, args.local, x)
    p_cloud = model_probabilities(registry, args.cloud, x)
    if progress:
        progress(f"calibrating out of fold ({args.folds} folds)")
    lc = p_local.argmax(axis=1) == y
    cc = p_cloud.argmax(axis=1) == y
    conf = confidence(p_local, args.confidence)
    target = {
        "target_cloud_share": args.target_cloud_share,
        "target_accuracy": args.target_accuracy,
    }
    cal = calibrate(conf, lc, cc, folds=args.folds, seed=args.seed, **target)
    report: dict[str, Any] = {
        "sample": sample,
        "n": int(y.size),
        "local_model": args.local,
        "cloud_model": args.cloud,
        "local_accuracy": float(lc.mean()),
        "cloud_accuracy": float(cc.mean()),
        **target,
        "confidence": args.confidence,
        "folds": args.folds,
        "threshold": cal.threshold,
        "fold_thresholds": list(cal.fold_thresholds),
        "oof_cloud_share": cal.oof_cloud_share,
        "oof_accuracy": cal.oof_accuracy,
        "rule": f"escalate to the cloud when {args.confidence} < threshold",
        "scorer": None,
    }
    if args.out is not None:
        if progress:
            progress(f"training and exporting the learned scorer to {args.out}")
        report["scorer"] = _train_scorer(args, p_local, lc, cc, target, crossfit_learned_scores)
    return report


def _train_scorer(
    args: argparse.Namespace,
    p_local: np.ndarray[Any, Any],
    lc: np.ndarray[Any, Any],
    cc: np.ndarray[Any, Any],
    target: dict[str, float | None],
    crossfit: Any,
) -> dict[str, Any]:
    from hybridsdk.routing._calibration import calibrate
    from hybridsdk.routing._learned_scorer import (
        export_onnx,
        feature_matrix,
        load_onnx_scorer,
        train_scorer,
    )

    features, names = feature_matrix(p_local)
    scorer = train_scorer(features, lc, feature_names=names)
    # The threshold on the scorer's output is tuned on scores of rows each fold model
    # never saw, so it is not fitted to the scorer's own training error.
    oof_scores = crossfit(p_local, lc, folds=args.folds, seed=args.seed)
    cal = calibrate(oof_scores, lc, cc, folds=args.folds, seed=args.seed, **target)
    data = export_onnx(scorer, args.out)
    reloaded = load_onnx_scorer(data)
    drift = float(np.max(np.abs(reloaded.predict(features) - scorer.predict(features))))
    if drift > 1e-4:
        raise ModelLoadError(
            f"the exported scorer disagrees with the fitted one by {drift:.2e}; not trusting it"
        )
    return {
        "path": str(args.out),
        "bytes": len(data),
        "feature_names": list(names),
        "threshold": cal.threshold,
        "oof_cloud_share": cal.oof_cloud_share,
        "oof_accuracy": cal.oof_accuracy,
        "onnx_max_abs_diff": drift,
        "rule": "escalate to the cloud when p_local_right < threshold",
    }


def _format(report: dict[str, Any]) -> str:
    r = report
    if r["target_cloud_share"] is not None:
        goal = f"target cloud share {r['target_cloud_share']:g}"
    else:
        goal = f"target accuracy {r['target_accuracy']:g}"
    lines = [
        f"sample: {r['sample']} ({r['n']} rows); local {r['local_model']} "
        f"{r['local_accuracy']:.4f}, cloud {r['cloud_model']} {r['cloud_accuracy']:.4f}",
        f"{goal}: threshold {r['threshold']:.6f} ({r['rule']})",
        f"out of fold ({r['folds']} folds): cloud share {r['oof_cloud_share']:.4f}, "
        f"accuracy {r['oof_accuracy']:.4f}",
    ]
    mix = r.get("mix_aware")
    if mix is not None:
        lines.append(
            f"mix-aware (oos share {mix['deployment_oos_share']:g}): threshold "
            f"{mix['threshold']:.6f} ({mix['rule']})"
        )
    sim = r.get("simulated_shift")
    if sim is not None:
        lines.append(
            f"simulated shift: calibrated at oos share {sim['calibration_oos_share']:g}, "
            f"run at {sim['shifted_oos_share']:g} (estimated {sim['estimated_oos_share']:g})"
        )
        for row in sim["by_target"]:
            lines.append(
                f"  target {row['target_cloud_share']:g}: naive "
                f"{row['naive_realised_share_mean']:.3f}, mix known "
                f"{row['mix_known_realised_share_mean']:.3f}, mix estimated "
                f"{row['mix_estimated_realised_share_mean']:.3f} (mean of {sim['splits']} splits)"
            )
    s = r["scorer"]
    if s is not None:
        lines.append(
            f"learned scorer written to {s['path']} ({s['bytes']} bytes): threshold "
            f"{s['threshold']:.6f}; out of fold: cloud share {s['oof_cloud_share']:.4f}, "
            f"accuracy {s['oof_accuracy']:.4f}"
        )
    return "\n".join(lines)


def _main(args: argparse.Namespace) -> int:
    report = calibrate_command(args)
    print(json.dumps(report, indent=2) if args.json else _format(report))
    return 0
