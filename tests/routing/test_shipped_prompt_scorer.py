"""The prompt scorer shipped in the package: refit from the committed labels it must match
(a relabel that forgets `python -m benchmarks.fit_prompt_scorer` fails here), it ranks the
held-out eval prompts, it is read lazily, and a broken file is a typed error."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from benchmarks.fit_prompt_scorer import LABELS, dumps, fit_payload, main, routing_helps
from hybridsdk._exceptions import ModelLoadError
from hybridsdk.routing._prompt_scorer import auroc, threshold_for_cloud_share
from hybridsdk.routing._shipped_prompt_scorer import (
    SHIPPED_PATH,
    load_prompt_scorer,
    parse_prompt_scorer,
)

SHIPPED = json.loads(SHIPPED_PATH.read_text("utf-8"))


def test_the_shipped_file_is_what_the_committed_labels_fit() -> None:
    refit = fit_payload(LABELS)
    assert refit["labels_sha256"] == hashlib.sha256(LABELS.read_bytes()).hexdigest()
    assert SHIPPED["labels_sha256"] == refit["labels_sha256"], (
        "the labels changed: rerun python -m benchmarks.fit_prompt_scorer"
    )
    for key, value in refit.items():
        if isinstance(value, float):
            assert SHIPPED[key] == pytest.approx(value, rel=1e-9, abs=1e-12), key
        elif isinstance(value, list) and value and isinstance(value[0], float):
            np.testing.assert_allclose(SHIPPED[key], value, rtol=1e-9, atol=1e-12, err_msg=key)
        else:
            assert SHIPPED[key] == value, key


def test_fit_uses_the_train_split_only_and_check_mode_says_stale(tmp_path: Path) -> None:
    data = json.loads(LABELS.read_text("utf-8"))
    # Flipping an eval row's label changes the file's sha256 but not the weights.
    row = next(r for r in data["rows"] if r["split"] == "eval")
    row["cloud_correct"] = not row["cloud_correct"]
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps(data), "utf-8")
    refit = fit_payload(labels)
    assert refit["coefficients"] == pytest.approx(SHIPPED["coefficients"], rel=1e-9)
    assert refit["n_train"] == sum(r["split"] == "train" for r in data["rows"])
    assert refit["labels_sha256"] != SHIPPED["labels_sha256"]
    # A train row's label moves the weights; --check then fails until refitted.
    row = next(r for r in data["rows"] if r["split"] == "train" and r["cloud_correct"])
    row["device_correct"] = not row["device_correct"]
    labels.write_text(json.dumps(data), "utf-8")
    out = tmp_path / "scorer.json"
    out.write_text(dumps(fit_payload(LABELS)), "utf-8")
    assert main(["--labels", str(labels), "--out", str(out), "--check"]) == 1
    assert main(["--labels", str(labels), "--out", str(out)]) == 0
    assert main(["--labels", str(labels), "--out", str(out), "--check"]) == 0
    assert json.loads(out.read_text("utf-8"))["coefficients"] != SHIPPED["coefficients"]


def test_the_threshold_is_calibrated_on_the_training_prompts() -> None:
    scorer = load_prompt_scorer()
    rows = json.loads(LABELS.read_text("utf-8"))["rows"]
    train = [r for r in rows if r["split"] == "train"]
    scores = scorer.scorer.scores([r["text"] for r in train])
    np.testing.assert_allclose(np.sort(scores), scorer.train_scores, rtol=1e-9)
    assert scorer.default_cloud_share == round(np.mean([routing_helps(r) for r in train]), 2)
    assert scorer.threshold == threshold_for_cloud_share(scores, scorer.default_cloud_share)
    for share in (0.1, scorer.default_cloud_share, 0.6):
        sent = float(np.mean(scores > scorer.threshold_for(share)))
        assert abs(sent - share) <= 1.0 / len(train)
    assert scorer.threshold_for(None) == scorer.threshold


def test_it_ranks_the_held_out_prompts() -> None:
    # Measured 0.71 on the 67 eval rows (docs/generate.md); random ranking is 0.5.
    scorer = load_prompt_scorer()
    rows = [r for r in json.loads(LABELS.read_text("utf-8"))["rows"] if r["split"] == "eval"]
    scores = scorer.scorer.scores([r["text"] for r in rows])
    assert auroc(scores, [routing_helps(r) for r in rows]) > 0.62


def test_importing_hybridsdk_does_not_read_it() -> None:
    code = "import sys, hybridsdk; print('hybridsdk.routing._shipped_prompt_scorer' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _broken(**changes: object) -> dict[str, object]:
    data = json.loads(json.dumps(SHIPPED))
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        ([], "JSON object"),
        (_broken(format="other/2"), "format"),
        (_broken(feature_names=["log_tokens", "digits"]), "feature_names"),
        (_broken(feature_names=list(reversed(SHIPPED["feature_names"]))), "feature_names"),
        (_broken(mean=[0.0] * 6), "'mean' must be a list of 7"),
        (_broken(coefficients="0.1"), "'coefficients'"),
        (_broken(scale=[1.0] * 6 + [0.0]), "scale"),
        (_broken(intercept=float("nan")), "intercept"),
        (_broken(coefficients=[0.1] * 6 + [True]), "not a finite number"),
        (_broken(n_train=3), "n_train"),
        (_broken(train_scores=list(reversed(SHIPPED["train_scores"]))), "sorted"),
        (_broken(default_cloud_share=1.5), "default_cloud_share"),
    ],
)
def test_a_malformed_scorer_is_a_typed_error(data: object, needle: str) -> None:
    with pytest.raises(ModelLoadError, match=needle) as info:
        parse_prompt_scorer(data, "scorer.json")
    assert "fit_prompt_scorer" in str(info.value)


def test_missing_or_unreadable_files_are_typed_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="no prompt scorer"):
        load_prompt_scorer(tmp_path / "absent.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(ModelLoadError, match="not a readable JSON"):
        load_prompt_scorer(bad)
    good = tmp_path / "good.json"
    good.write_text(SHIPPED_PATH.read_text("utf-8"), "utf-8")
    assert load_prompt_scorer(good).threshold == load_prompt_scorer().threshold
