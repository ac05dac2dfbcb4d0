"""Prompt routing figures for `hybridsdk bench generate`: quality vs cloud share, APGR, AUROC.

Reads the labels `benchmarks/prompt_labels.py` made (the device model run offline on
GSM8K and the kiosk set, plus HumanEval rows judged by running the code and GPQA Diamond
rows judged by the option letter, each prompt in a train or eval split fixed by its sha256), fits
`PromptScorer` on the train split only and reports, on the eval split:

- AUROC for "the device answers wrong" of every signal considered: the learned pre-hoc
  scorer, the hand-weighted `score_text`, and the post-hoc decode signals oriented as
  "uncertain means hard" (-mean log-prob, -min log-prob, mean entropy, -first log-prob);
- quality vs cloud share when the scorer sends its top-scored share to the cloud, against
  random routing at the same share, and APGR (average performance gap recovered, RouteLLM's
  metric: the mean over shares 0..1 of (q(share) - q_device) / (q_cloud - q_device));
- cloud tokens saved: the share of prompt + completion tokens served on the device.
- post-hoc answer checks (`_answer_checks`: cut off, no code / code that does not compile,
  no final number) on the stored device answers, and what escalating on each would give
  (``with_cloud.post_hoc_checks``).

These figures take the cloud as always right (an oracle): upper bounds. When the labels
also hold the cloud stand-in's answers (`benchmarks/prompt_labels_cloud.py`, Qwen2.5-Coder-
0.5B), ``with_cloud`` repeats them with the real cloud: the label becomes "the cloud is right
and the device wrong" (routing that prompt helps), a routed prompt scores the cloud's
answer, and APGR's gap is the real cloud's accuracy minus the device's. With GPQA rows,
``gpqa`` gives both models' GPQA accuracy against chance (`benchmarks.gpqa.gpqa_figures`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.gpqa import gpqa_figures
from hybridsdk.routing._answer_checks import ANSWER_CHECKS, failed_checks
from hybridsdk.routing._complexity import score_text
from hybridsdk.routing._prompt_scorer import PromptScorer, auroc, threshold_for_cloud_share

LABELS = Path(__file__).resolve().parents[1] / "tests" / "routing" / "data" / "prompt_labels.json"
SHARES = tuple(i / 10 for i in range(11))
DEVICE_MAX_TOKENS = 80  # the labels' device cap: an answer of this many tokens was cut off
POSTHOC = {
    "neg_mean_logprob": lambda s: -s["mean_logprob"],
    "neg_min_logprob": lambda s: -s["min_logprob"],
    "mean_entropy": lambda s: s["mean_entropy"],
    "neg_first_logprob": lambda s: -s["first_logprob"],
}


def load_rows(path: Path = LABELS) -> list[dict[str, Any]]:
    """The labelled rows."""
    return list(json.loads(path.read_text("utf-8"))["rows"])


def curve(scores: np.ndarray, device_correct: np.ndarray) -> list[float]:
    """Quality at each share of `SHARES` when the top-scored prompts go to the (oracle) cloud."""
    order = np.argsort(-scores, kind="stable")
    out = []
    for share in SHARES:
        k = round(share * scores.size)
        right = device_correct.astype(float).copy()
        right[order[:k]] = 1.0
        out.append(float(right.mean()))
    return out


def apgr(quality: list[float], q_device: float, q_cloud: float = 1.0) -> float:
    """Average performance gap recovered over `SHARES` (trapezoid rule)."""
    gap = q_cloud - q_device
    if gap <= 0:
        return float("nan")
    rec = (np.asarray(quality) - q_device) / gap
    return float(np.sum((rec[1:] + rec[:-1]) / 2) * (SHARES[1] - SHARES[0]))


def curve_with_cloud(
    scores: np.ndarray, device_correct: np.ndarray, cloud_correct: np.ndarray
) -> list[float]:
    """Quality at each share when the top-scored prompts get the real cloud's answers."""
    order = np.argsort(-scores, kind="stable")
    out = []
    for share in SHARES:
        k = round(share * scores.size)
        right = device_correct.astype(float).copy()
        right[order[:k]] = cloud_correct[order[:k]]
        out.append(float(right.mean()))
    return out


def figures_with_cloud(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Routing figures with the cloud stand-in's own answers (rows need ``cloud_correct``)."""
    train = [r for r in rows if r["split"] == "train"]
    test = [r for r in rows if r["split"] == "eval"]

    def helps(r: dict[str, Any]) -> bool:
        return bool(r["cloud_correct"] and not r["device_correct"])

    # PromptScorer predicts "needs the cloud"; it is fitted on "routing does not help".
    scorer = PromptScorer.fit([r["text"] for r in train], [not helps(r) for r in train])
    gain = np.array([helps(r) for r in test], dtype=bool)
    dev = np.array([r["device_correct"] for r in test], dtype=bool)
    cloud = np.array([r["cloud_correct"] for r in test], dtype=bool)
    learned = scorer.scores([r["text"] for r in test])
    # The oracle-label scorer (fitted on "device wrong"), judged on the new label too.
    oracle_scorer = PromptScorer.fit(
        [r["text"] for r in train], [r["device_correct"] for r in train]
    )
    signals = {
        "learned_prehoc": learned,
        "learned_prehoc_device_wrong_label": oracle_scorer.scores([r["text"] for r in test]),
        "score_text_prehoc": np.array([score_text(r["text"]).score for r in test]),
        **{name: np.array([f(r["signals"]) for r in test]) for name, f in POSTHOC.items()},
    }
    q_device, q_cloud = float(dev.mean()), float(cloud.mean())
    quality = curve_with_cloud(learned, dev, cloud)
    share = round(sum(helps(r) for r in train) / len(train), 2)
    threshold = threshold_for_cloud_share(scorer.scores([r["text"] for r in train]), share)
    random_q = [q_device + s * (q_cloud - q_device) for s in SHARES]
    out: dict[str, Any] = {
        "labels": "cloud stand-in right and device wrong (routing helps)",
        "eval_counts": {
            "device_right": int(dev.sum()),
            "cloud_right": int(cloud.sum()),
            "cloud_right_device_wrong": int(gain.sum()),
            "device_right_cloud_wrong": int((dev & ~cloud).sum()),
            "n": len(test),
        },
        "eval_counts_by_source": {
            src: {
                "n": sum(r["source"] == src for r in test),
                "device_right": sum(r["source"] == src and r["device_correct"] for r in test),
                "cloud_right": sum(r["source"] == src and r["cloud_correct"] for r in test),
                "cloud_right_device_wrong": sum(r["source"] == src and helps(r) for r in test),
            }
            for src in sorted({r["source"] for r in test})
        },
        "train_cloud_right_device_wrong": sum(helps(r) for r in train),
        "device_accuracy_eval": q_device,
        "cloud_accuracy_eval": q_cloud,
        "best_routing_accuracy_eval": float((dev | cloud).mean()),
        "auroc_cloud_helps_eval": {
            name: auroc(sc, gain) if 0 < gain.sum() < gain.size else float("nan")
            for name, sc in signals.items()
        },
        "quality_learned": quality,
        "quality_random": random_q,
        "apgr_learned": apgr(quality, q_device, q_cloud),
        "apgr_random": apgr(random_q, q_device, q_cloud),
    }
    if all("output" in r for r in test):  # the stored device answers
        out["post_hoc_checks"] = post_hoc_figures(test, learned, threshold, share)
    return out


def _prehoc_quality(scores: np.ndarray, dev: np.ndarray, cloud: np.ndarray, share: float) -> float:
    order = np.argsort(-scores, kind="stable")
    k = round(share * scores.size)
    right = dev.astype(float).copy()
    right[order[:k]] = cloud[order[:k]]
    return float(right.mean())


def _check_name_fires(name: str, failed: list[str]) -> bool:
    return bool(failed) if name == "any" else name in failed


def post_hoc_figures(
    test: list[dict[str, Any]], scores: np.ndarray, threshold: float, share: float
) -> dict[str, Any]:
    """Each answer check of `_answer_checks` measured on the stored device answers.

    For every check (and "any"): how often it fires, its precision for "cloud right,
    device wrong" and for "device wrong", its AUROC for "cloud right, device wrong"; the
    same among the prompts the learned scorer keeps on the device at the default share
    (`threshold`), where an escalation would act; and the quality and cloud share of
    pre-hoc routing plus escalating on the check, against random routing and against
    pre-hoc routing alone at the same share. An answer of `DEVICE_MAX_TOKENS` tokens counts as finish_reason "length".
    """
    dev = np.array([r["device_correct"] for r in test], dtype=bool)
    cloud = np.array([r["cloud_correct"] for r in test], dtype=bool)
    gain = cloud & ~dev
    failed = [
        failed_checks(
            r["text"],
            r["output"],
            "length" if r["completion_tokens"] >= DEVICE_MAX_TOKENS else "stop",
        )
        for r in test
    ]
    local = scores <= threshold
    q_device, q_cloud = float(dev.mean()), float(cloud.mean())
    base = np.where(local, dev, cloud)
    out: dict[str, Any] = {
        "n_eval": len(test),
        "default_cloud_share": share,
        "prehoc_threshold": threshold,
        "kept_local": int(local.sum()),
        "prehoc_quality": float(base.mean()),
        "prehoc_cloud_share": float((~local).mean()),
        "checks": {},
    }
    for name in (*ANSWER_CHECKS, "any"):
        fires = np.array([_check_name_fires(name, f) for f in failed], dtype=bool)
        on_local = fires & local
        escalated = np.where(on_local, cloud, base)
        cloud_share = float(((~local) | on_local).mean())
        out["checks"][name] = {
            "fires": int(fires.sum()),
            "precision_cloud_helps": float(gain[fires].mean()) if fires.any() else None,
            "precision_device_wrong": float((~dev)[fires].mean()) if fires.any() else None,
            "auroc_cloud_helps": auroc(fires.astype(float), gain)
            if 0 < gain.sum() < gain.size
            else None,
            "fires_on_kept_local": int(on_local.sum()),
            "precision_cloud_helps_on_kept_local": (
                float(gain[on_local].mean()) if on_local.any() else None
            ),
            "net_gain_per_escalation": (
                float((cloud[on_local].astype(float) - dev[on_local]).mean())
                if on_local.any()
                else None
            ),
            "quality_with_escalation": float(escalated.mean()),
            "cloud_share_with_escalation": cloud_share,
            "quality_random_same_share": q_device + cloud_share * (q_cloud - q_device),
            # The alternative to escalating: send as many prompts pre-hoc (top scores).
            "quality_prehoc_same_share": _prehoc_quality(scores, dev, cloud, cloud_share),
        }
    kept = local.sum()
    out["net_gain_per_random_escalation_of_kept_local"] = (
        float((cloud[local].astype(float) - dev[local]).mean()) if kept else None
    )
    return out


def routing_figures(
    rows: list[dict[str, Any]], *, count_tokens: Callable[[str], int] | None = None
) -> dict[str, Any]:
    """The routing figures on `rows` (see the module docstring)."""
    train = [r for r in rows if r["split"] == "train"]
    test = [r for r in rows if r["split"] == "eval"]
    scorer = PromptScorer.fit([r["text"] for r in train], [r["device_correct"] for r in train])
    y_ok = np.array([r["device_correct"] for r in test], dtype=bool)
    wrong = ~y_ok
    learned = scorer.scores([r["text"] for r in test])
    signals = {
        "learned_prehoc": learned,
        "score_text_prehoc": np.array([score_text(r["text"]).score for r in test]),
        **{name: np.array([f(r["signals"]) for r in test]) for name, f in POSTHOC.items()},
    }
    aurocs = {name: auroc(s, wrong) for name, s in signals.items()}
    q_device = float(y_ok.mean())
    quality = curve(learned, y_ok)
    random_q = [q_device + s * (1.0 - q_device) for s in SHARES]
    out: dict[str, Any] = {
        "labels": "device model right/wrong; cloud taken as always right (an oracle; see with_cloud for the real stand-in)",
        "n_train": len(train),
        "n_eval": len(test),
        "n_eval_by_source": {
            src: sum(r["source"] == src for r in test)
            for src in sorted({r["source"] for r in rows})
        },
        "device_accuracy_eval": q_device,
        "auroc_device_wrong_eval": aurocs,
        "cloud_shares": list(SHARES),
        "quality_learned": quality,
        "quality_random": random_q,
        "apgr_learned": apgr(quality, q_device),
        "apgr_random": apgr(random_q, q_device),
    }
    if count_tokens is not None:
        toks = np.array([count_tokens(r["text"]) + r["completion_tokens"] for r in test], float)
        order = np.argsort(-learned, kind="stable")
        saved = []
        for share in SHARES:
            k = round(share * len(test))
            saved.append(float(toks[order[k:]].sum() / toks.sum()))
        out["cloud_tokens_saved_share"] = saved
    if rows and all("cloud_correct" in r for r in rows):
        out["with_cloud"] = figures_with_cloud(rows)
    gpqa = gpqa_figures(rows)
    if gpqa:
        out["gpqa"] = gpqa
    return out


def format_routing(fig: dict[str, Any]) -> list[str]:
    """A few lines for people."""
    au = ", ".join(f"{k} {v:.2f}" for k, v in fig["auroc_device_wrong_eval"].items())
    lines = [
        f"routing (eval n={fig['n_eval']}, train n={fig['n_train']}; oracle cloud): device "
        f"accuracy {fig['device_accuracy_eval']:.2f}, APGR learned {fig['apgr_learned']:.2f} "
        f"vs random {fig['apgr_random']:.2f}",
        f"AUROC for 'device wrong': {au}",
    ]
    for i in (1, 3, 5):
        share = fig["cloud_shares"][i]
        line = (
            f"  cloud share {share:.0%}: quality {fig['quality_learned'][i]:.2f} "
            f"(random {fig['quality_random'][i]:.2f})"
        )
        if "cloud_tokens_saved_share" in fig:
            line += f", cloud tokens saved {fig['cloud_tokens_saved_share'][i]:.0%}"
        lines.append(line)
    if "with_cloud" in fig:
        wc = fig["with_cloud"]
        au = ", ".join(f"{k} {v:.2f}" for k, v in wc["auroc_cloud_helps_eval"].items())
        lines += [
            f"with the cloud stand-in: device {wc['device_accuracy_eval']:.2f}, cloud "
            f"{wc['cloud_accuracy_eval']:.2f}, best routing {wc['best_routing_accuracy_eval']:.2f}; "
            f"APGR learned {wc['apgr_learned']:.2f} vs random {wc['apgr_random']:.2f}",
            f"AUROC for 'cloud right, device wrong': {au}",
        ]
    if "gpqa" in fig:
        g = fig["gpqa"]
        parts = [
            f"{who} {g[who]['right']}/{g['n']} ({g[who]['accuracy']:.0%}, 95% CI "
            f"{g[who]['ci95'][0]:.0%}-{g[who]['ci95'][1]:.0%}, p={g[who]['p_vs_chance']:.2f}; "
            f"a letter in {g[who]['answered_a_letter']:.0%})"
            for who in ("device", "cloud")
        ]
        lines.append(f"GPQA Diamond vs chance {g['chance']:.0%}: " + "; ".join(parts))
    if "with_cloud" in fig and "post_hoc_checks" in fig["with_cloud"]:
        ph = fig["with_cloud"]["post_hoc_checks"]
        lines.append(
            f"post-hoc checks (eval n={ph['n_eval']}; pre-hoc at {ph['default_cloud_share']:.0%} "
            f"keeps {ph['kept_local']}: quality {ph['prehoc_quality']:.2f} at cloud share "
            f"{ph['prehoc_cloud_share']:.2f}):"
        )
        for name, c in ph["checks"].items():
            prec = c["precision_cloud_helps"]
            lines.append(
                f"  {name}: fires {c['fires']}, precision {'-' if prec is None else f'{prec:.2f}'}"
                f", + escalation quality {c['quality_with_escalation']:.2f} at share "
                f"{c['cloud_share_with_escalation']:.2f} (pre-hoc alone "
                f"{c['quality_prehoc_same_share']:.2f}, random {c['quality_random_same_share']:.2f})"
            )
    return lines
