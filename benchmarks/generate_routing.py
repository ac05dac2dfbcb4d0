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
from hybridsdk.routing._complexity import score_text
from hybridsdk.routing._prompt_scorer import PromptScorer, auroc

LABELS = Path(__file__).resolve().parents[1] / "tests" / "routing" / "data" / "prompt_labels.json"
SHARES = tuple(i / 10 for i in range(11))
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
    random_q = [q_device + s * (q_cloud - q_device) for s in SHARES]
    return {
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
    return lines
