"""`hybridsdk calibrate --texts FILE.jsonl`: the cascade threshold for a text task.

The sample is JSON lines, `{"text": "...", "label": "intent_name"}`, labels spelled as in
the models' manifest `labels` (CLINC150: the 150 intents and `oos`). Both models run on
the texts; the threshold is chosen out of fold as for digits, and, because out-of-scope
requests have low confidence, a mix-aware threshold is given for the deployment's
out-of-scope share (`--deployment-oos-share`, default: the sample's). With
`--simulate-oos-share P`, half the sample calibrates and the other half, resampled to P
out of scope, shows which cloud share each method really gets (mean and spread over 20
random splits).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import ConfigurationError, InputValidationError

__all__ = ["calibrate_text", "load_text_sample", "text_probabilities"]

SIM_TARGETS = (0.1, 0.2, 0.3)
SIM_SPLITS = 20  # random half splits; a sample with few oos rows is noisy on one split


def load_text_sample(path: Path) -> tuple[list[str], list[str]]:
    """Texts and labels from a JSON-lines file.

    Raises:
        ConfigurationError: the file is missing or a line is not `{"text", "label"}`.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"--texts {path}: cannot read it ({exc})") from None
    texts: list[str] = []
    labels: list[str] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            raise ConfigurationError(f"--texts {path}, line {number}: not JSON") from None
        if (
            not isinstance(row, dict)
            or not isinstance(row.get("text"), str)
            or not isinstance(row.get("label"), str)
        ):
            raise ConfigurationError(
                f'--texts {path}, line {number}: want {{"text": "...", "label": "..."}}'
            )
        texts.append(row["text"])
        labels.append(row["label"])
    if not texts:
        raise ConfigurationError(f"--texts {path} holds no rows")
    return texts, labels


def text_probabilities(
    name: str, texts: list[str], models_dir: str | None
) -> tuple[npt.NDArray[np.float64], tuple[str, ...]]:
    """Run text model `name` (edge zoo, or the cloud zoo's encoder models) on `texts`.

    Raises:
        ModelNotFoundError: no such model in either zoo.
        ConfigurationError: the model is not a text model.
    """
    from hybridsdk._exceptions import ModelNotFoundError
    from hybridsdk.edge._local_model import load_model
    from hybridsdk.edge._registry import ModelRegistry
    from hybridsdk.gateway._encoder_models import cloud_models_dir

    registry = ModelRegistry(models_dir)
    if name in registry.names():
        entry = registry.entry(name)
        if entry.inputs[0].dtype != "str":
            raise ConfigurationError(
                f"--texts needs text models; {name!r} takes {entry.inputs[0].dtype}"
            )
        with load_model(name, registry=registry, graph_cache=False, max_batch=None) as model:
            out = model.run({entry.inputs[0].name: np.array(texts, dtype=object).reshape(-1, 1)})
        return np.asarray(out[entry.outputs[0].name], dtype=np.float64), entry.labels
    folder = cloud_models_dir()
    cloud = ModelRegistry(folder) if folder is not None else None
    if cloud is None or name not in cloud.names():
        raise ModelNotFoundError(
            f"no text model named {name!r}; edge zoo: {', '.join(registry.names())}; cloud "
            f"zoo: {', '.join(cloud.names()) if cloud else '(none)'}"
        )
    from hybridsdk.textenc._classifier import EncoderTextClassifier

    entry, head = cloud.read_verified(name)
    _, tfidf = registry.read_verified(str(entry.build.get("blend_with")))
    classifier = EncoderTextClassifier(entry, head, tfidf, intra_op_threads=0)
    return np.asarray(classifier.probabilities(texts), dtype=np.float64), entry.labels


def _indices(labels: list[str], names: tuple[str, ...], model: str) -> npt.NDArray[np.intp]:
    position = {n: i for i, n in enumerate(names)}
    unknown = sorted({label for label in labels if label not in position})
    if unknown:
        raise InputValidationError(
            f"labels {unknown[:5]} are not classes of {model!r}; use its manifest labels"
        )
    return np.array([position[label] for label in labels], dtype=np.intp)


def _one_split(
    conf: npt.NDArray[np.float64],
    says: npt.NDArray[np.bool_],
    kept: npt.NDArray[np.bool_],
    truth_oos: npt.NDArray[np.bool_],
    share: float,
    rng: np.random.Generator,
) -> tuple[dict[str, float], list[dict[str, float]]]:
    """Calibrate on a stratified half; judge on the other half resampled to `share`."""
    from hybridsdk.routing._calibration import threshold_for_cloud_share
    from hybridsdk.routing._mix_calibration import MixCalibration

    half = np.zeros(conf.size, dtype=bool)
    for group in (truth_oos, ~truth_oos):
        idx = rng.permutation(np.nonzero(group)[0])
        half[idx[: idx.size // 2]] = True
    cal, ev = half, ~half
    fit = MixCalibration.fit(conf[cal], says[cal], truth_oos[cal], kept[cal])
    oos_ev = np.nonzero(ev & truth_oos)[0]
    in_ev = np.nonzero(ev & ~truth_oos)[0]
    n_in = min(in_ev.size, round(oos_ev.size * (1 - share) / share))
    n_oos = min(oos_ev.size, round(n_in * share / (1 - share)))
    rows = np.concatenate(
        [rng.choice(oos_ev, n_oos, replace=False), rng.choice(in_ev, n_in, replace=False)]
    )
    c, s, k = conf[rows], says[rows], kept[rows]
    estimated = fit.estimate_oos_share(float(s.mean()))
    shares = []
    for target in SIM_TARGETS:
        naive = threshold_for_cloud_share(conf[cal], target)
        known = fit.threshold(target, share)
        online = fit.threshold(target, estimated)
        shares.append(
            {
                "naive": float(np.mean(c < naive)),
                "mix_known": float(np.mean(~k & (c < known))),
                "mix_estimated": float(np.mean(~k & (c < online))),
            }
        )
    info = {
        "calibration_oos_share": float(truth_oos[cal].mean()),
        "shifted_rows": float(rows.size),
        "shifted_oos_share": float(truth_oos[rows].mean()),
        "estimated_oos_share": estimated,
    }
    return info, shares


def _simulate(
    conf: npt.NDArray[np.float64],
    says: npt.NDArray[np.bool_],
    kept: npt.NDArray[np.bool_],
    truth_oos: npt.NDArray[np.bool_],
    share: float,
    seed: int,
) -> dict[str, Any]:
    rng = np.random.default_rng(seed)
    runs = [_one_split(conf, says, kept, truth_oos, share, rng) for _ in range(SIM_SPLITS)]
    results = []
    for t, target in enumerate(SIM_TARGETS):
        row: dict[str, float] = {"target_cloud_share": target}
        for method in ("naive", "mix_known", "mix_estimated"):
            values = np.array([shares[t][method] for _, shares in runs])
            row[f"{method}_realised_share_mean"] = round(float(values.mean()), 4)
            row[f"{method}_realised_share_std"] = round(float(values.std()), 4)
        results.append(row)

    def mean(key: str) -> float:
        return round(float(np.mean([info[key] for info, _ in runs])), 4)

    return {
        "splits": SIM_SPLITS,
        "calibration_oos_share": mean("calibration_oos_share"),
        "shifted_rows": mean("shifted_rows"),
        "shifted_oos_share": mean("shifted_oos_share"),
        "estimated_oos_share": mean("estimated_oos_share"),
        "naive": "escalate when confidence < threshold_for_cloud_share(calibration half)",
        "mix": "confident oos kept local; threshold solved for the oos share (known / "
        "estimated from the local model's oos rate on the shifted half)",
        "by_target": results,
    }


def calibrate_text(args: argparse.Namespace) -> dict[str, Any]:
    """The text-task calibration report (see the module docstring)."""
    from hybridsdk.routing._calibration import calibrate
    from hybridsdk.routing._complexity import confidence
    from hybridsdk.routing._mix_calibration import MixCalibration

    local = args.local or "intent-linear-fp32"
    cloud = args.cloud or "intent-cloud-fp32"
    texts, labels = load_text_sample(args.texts)
    if len(texts) < 2 * args.folds:
        raise ConfigurationError(
            f"the sample has {len(texts)} rows; {args.folds} folds need at least {2 * args.folds}"
        )
    p_local, local_labels = text_probabilities(local, texts, args.models_dir)
    p_cloud, cloud_labels = text_probabilities(cloud, texts, args.models_dir)
    if local_labels != cloud_labels:
        raise ConfigurationError(f"{local!r} and {cloud!r} do not share their labels")
    y = _indices(labels, local_labels, local)
    if args.oos_label not in local_labels:
        raise ConfigurationError(f"--oos-label {args.oos_label!r} is not a class of {local!r}")
    oos = local_labels.index(args.oos_label)
    lc = p_local.argmax(axis=1) == y
    cc = p_cloud.argmax(axis=1) == y
    conf = confidence(p_local, args.confidence)
    says = p_local.argmax(axis=1) == oos
    kept = says & (p_local[:, oos] >= args.oos_min_prob)  # the client's probable-oos rule
    truth_oos = y == oos
    target = {
        "target_cloud_share": args.target_cloud_share,
        "target_accuracy": args.target_accuracy,
    }
    cal = calibrate(conf, lc, cc, folds=args.folds, seed=args.seed, **target)
    report: dict[str, Any] = {
        "sample": f"texts {args.texts}",
        "n": len(texts),
        "local_model": local,
        "cloud_model": cloud,
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
        "oos_label": args.oos_label,
        "sample_oos_share": float(truth_oos.mean()),
    }
    if truth_oos.any() and not truth_oos.all() and args.target_cloud_share is not None:
        fit = MixCalibration.fit(conf, says, truth_oos, kept)
        deploy = (
            args.deployment_oos_share
            if args.deployment_oos_share is not None
            else fit.sample_oos_share
        )
        report["mix_aware"] = {
            "deployment_oos_share": deploy,
            "threshold": fit.threshold(args.target_cloud_share, deploy),
            "local_says_oos_tpr": fit.tpr,
            "local_says_oos_fpr": fit.fpr,
            "rule": f"answer locally when the local top class is {args.oos_label!r} with "
            f"p >= {args.oos_min_prob:g}; else escalate when confidence < threshold",
        }
        if args.simulate_oos_share is not None:
            report["simulated_shift"] = _simulate(
                conf, says, kept, truth_oos, args.simulate_oos_share, args.seed
            )
    return report
