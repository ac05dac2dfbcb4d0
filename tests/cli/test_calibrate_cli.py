"""`hybridsdk calibrate` on the real zoo models: happy paths and every bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from hybridsdk.cli._main import main

pytest.importorskip("sklearn")
pytest.importorskip("onnxruntime")

PAIR = ["--local", "digits-linear-fp32", "--cloud", "digits-svc-fp32"]


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main(["calibrate", *argv, "--json"]) == 0
    out: dict[str, Any] = json.loads(capsys.readouterr().out)
    return out


def _fails(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["calibrate", *argv]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err


def _usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exc:
        main(["calibrate", *argv])
    assert exc.value.code == 2
    return capsys.readouterr().err


def test_target_cloud_share(capsys: pytest.CaptureFixture[str]) -> None:
    r = _json(capsys, *PAIR, "--target-cloud-share", "0.12")
    assert r["n"] == 540 and r["sample"].startswith("digits test split")
    assert r["local_accuracy"] == pytest.approx(0.964815, abs=1e-5)
    assert r["cloud_accuracy"] == pytest.approx(0.990741, abs=1e-5)
    assert 0.0 < r["threshold"] < 1.0
    assert r["threshold"] == pytest.approx(float(np.median(r["fold_thresholds"])))
    assert len(r["fold_thresholds"]) == 5
    assert abs(r["oof_cloud_share"] - 0.12) < 0.02
    # At ~12% escalated the cascade is at the cloud's accuracy, held out.
    assert r["oof_accuracy"] >= r["cloud_accuracy"] - 0.004
    assert r["scorer"] is None


def test_target_accuracy_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calibrate", *PAIR, "--target-accuracy", "0.985"]) == 0
    out = capsys.readouterr().out
    assert "target accuracy 0.985: threshold 0." in out
    assert "out of fold (5 folds): cloud share 0.0" in out


def test_target_accuracy_reached_out_of_fold(capsys: pytest.CaptureFixture[str]) -> None:
    r = _json(capsys, *PAIR, "--target-accuracy", "0.985", "--confidence", "margin")
    assert r["target_cloud_share"] is None and r["confidence"] == "margin"
    assert r["oof_accuracy"] >= 0.985 - 0.003
    assert r["oof_cloud_share"] < 0.15


def test_out_writes_a_loadable_scorer(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from hybridsdk.routing._learned_scorer import POSTHOC_FEATURE_NAMES, load_onnx_scorer

    out = tmp_path / "scorer.onnx"
    r = _json(capsys, *PAIR, "--target-cloud-share", "0.12", "--out", str(out))
    s = r["scorer"]
    assert out.is_file() and out.stat().st_size == s["bytes"]
    assert s["feature_names"] == list(POSTHOC_FEATURE_NAMES)
    assert 0.0 < s["threshold"] < 1.0 and abs(s["oof_cloud_share"] - 0.12) < 0.03
    assert s["onnx_max_abs_diff"] < 1e-4
    scorer = load_onnx_scorer(out)
    sure = scorer.predict(np.array([[1.0, 1.0, 0.0], [0.3, 0.02, 0.9]]))
    # A certain answer is more likely right than a near-uniform one.
    assert sure[0] > 0.9 and sure[1] < sure[0]


def test_train_split(capsys: pytest.CaptureFixture[str]) -> None:
    r = _json(capsys, "--split", "train", "--target-cloud-share", "0.12")
    assert r["n"] == 1257 and "train split" in r["sample"]


def test_data_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from hybridsdk.testing._digits import load_digits_split

    split = load_digits_split()
    path = tmp_path / "sample.npz"
    np.savez(path, X=split.x_test[:300].astype(np.float64), y=split.y_test[:300])
    r = _json(capsys, "--data", str(path), "--target-cloud-share", "0.2")
    assert r["n"] == 300 and r["sample"] == f"file {path}"
    assert abs(r["oof_cloud_share"] - 0.2) < 0.03


def _npz(tmp_path: Path, **arrays: Any) -> Path:
    path = tmp_path / "bad.npz"
    np.savez(path, **arrays)
    return path


X_OK = np.zeros((40, 64), dtype=np.float32)
Y_OK = np.arange(40) % 10


@pytest.mark.parametrize(
    ("arrays", "message"),
    [
        ({"X": X_OK}, "lacks ['y']"),
        ({"X": X_OK[:, :8], "y": Y_OK}, "expected (N, 64)"),
        ({"X": X_OK, "y": Y_OK[:30]}, "expected (40,)"),
        ({"X": X_OK, "y": Y_OK + 5}, "expected 0..9"),
        ({"X": X_OK, "y": Y_OK + 0.5}, "integer class labels"),
        ({"X": np.full((40, 64), np.nan), "y": Y_OK}, "finite numbers"),
        ({"X": X_OK[:6], "y": Y_OK[:6]}, "need at least 10"),
    ],
)
def test_bad_data_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, arrays: dict[str, Any], message: str
) -> None:
    path = _npz(tmp_path, **arrays)
    err = _fails(capsys, "--data", str(path), "--target-cloud-share", "0.1")
    assert message in err


def test_unreadable_data_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    err = _fails(capsys, "--data", str(tmp_path / "missing.npz"), "--target-cloud-share", "0.1")
    assert "no data file at" in err and "numpy.savez" in err
    garbage = tmp_path / "garbage.npz"
    garbage.write_bytes(b"not a zip file at all")
    err = _fails(capsys, "--data", str(garbage), "--target-cloud-share", "0.1")
    assert "not a readable .npz file" in err
    # Object arrays would need pickle, which could run code: refused.
    pickled = _npz(tmp_path, X=np.array([object()] * 64, dtype=object), y=Y_OK)
    err = _fails(capsys, "--data", str(pickled), "--target-cloud-share", "0.1")
    assert "not a readable .npz file" in err


@pytest.mark.parametrize("share", ["0", "1", "1.5", "-0.2", "nan", "abc"])
def test_share_outside_open_interval(capsys: pytest.CaptureFixture[str], share: str) -> None:
    err = _usage_error(capsys, "--target-cloud-share", share)
    assert "--target-cloud-share" in err


def test_accuracy_outside_interval(capsys: pytest.CaptureFixture[str]) -> None:
    assert "must be within (0, 1]" in _usage_error(capsys, "--target-accuracy", "1.2")


def test_both_or_no_target(capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "--target-cloud-share", "0.1", "--target-accuracy", "0.99")
    assert "not allowed with" in err
    assert "one of the arguments" in _usage_error(capsys)


def test_data_and_split_together(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    err = _usage_error(
        capsys, "--data", str(tmp_path / "x.npz"), "--split", "train", "--target-cloud-share", "0.1"
    )
    assert "not allowed with" in err


def test_too_few_folds(capsys: pytest.CaptureFixture[str]) -> None:
    assert "at least 2" in _usage_error(capsys, "--target-cloud-share", "0.1", "--folds", "1")


def test_unknown_and_unsuitable_models(capsys: pytest.CaptureFixture[str]) -> None:
    err = _fails(capsys, "--local", "nope", "--target-cloud-share", "0.1")
    assert "no model named 'nope'" in err and "digits-linear-fp32" in err
    err = _fails(capsys, "--cloud", "cnn-fp32", "--target-cloud-share", "0.1")
    assert "pixels[N, 64]" in err


def test_unreachable_accuracy(capsys: pytest.CaptureFixture[str]) -> None:
    err = _fails(capsys, *PAIR, "--target-accuracy", "0.999")
    assert "Lower the target" in err


def test_out_into_missing_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "scorer.onnx"
    err = _fails(capsys, "--target-cloud-share", "0.1", "--out", str(target))
    assert "does not exist" in err and not target.exists()


def test_int8_litert_local_model(capsys: pytest.CaptureFixture[str]) -> None:
    # Quantized outputs sum to 1 only approximately; they are renormalised, not refused.
    pytest.importorskip("ai_edge_litert")
    r = _json(capsys, "--local", "digits-linear-int8-tflite", "--target-cloud-share", "0.12")
    assert r["local_accuracy"] == pytest.approx(0.964815, abs=1e-5)
    assert abs(r["oof_cloud_share"] - 0.12) < 0.02
