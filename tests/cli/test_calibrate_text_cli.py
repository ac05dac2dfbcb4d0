"""`hybridsdk calibrate --texts`: text tasks, mix-aware thresholds, and bad inputs.

The sample (tests/data/intent_sample.jsonl) was written for this test: 35 requests on 7
CLINC150 intents and 8 out-of-scope ones; it is not taken from CLINC150.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hybridsdk.cli._main import main

pytest.importorskip("onnxruntime")

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "intent_sample.jsonl"
PAIR = ["--local", "intent-linear-fp32", "--cloud", "intent-cloud-fp32"]


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main(["calibrate", *argv, "--json"]) == 0
    out: dict[str, Any] = json.loads(capsys.readouterr().out)
    return out


def _fails(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["calibrate", *argv]) == 1
    return capsys.readouterr().err


def test_text_calibration_report(capsys: pytest.CaptureFixture[str]) -> None:
    r = _json(
        capsys,
        "--texts", str(SAMPLE), *PAIR, "--target-cloud-share", "0.3",
        "--folds", "3", "--deployment-oos-share", "0.18", "--simulate-oos-share", "0.3",
    )  # fmt: skip
    assert r["n"] == 43 and r["local_model"] == "intent-linear-fp32"
    assert r["sample_oos_share"] == pytest.approx(8 / 43)
    assert 0.0 <= r["threshold"] <= 1.0 and 0.0 <= r["oof_cloud_share"] <= 1.0
    assert r["local_accuracy"] > 0.6  # the edge model does know these intents
    mix = r["mix_aware"]
    assert mix["deployment_oos_share"] == 0.18 and 0.0 <= mix["threshold"] <= 1.0
    assert "answer locally" in mix["rule"]
    sim = r["simulated_shift"]
    assert sim["shifted_oos_share"] == pytest.approx(0.3, abs=0.12) and sim["splits"] == 20
    assert [row["target_cloud_share"] for row in sim["by_target"]] == [0.1, 0.2, 0.3]


def test_text_defaults_and_plain_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["calibrate", "--texts", str(SAMPLE), "--target-accuracy", "0.8", "--folds", "2"]) == 0
    )
    out = capsys.readouterr().out
    assert "intent-linear-fp32" in out and "intent-cloud-fp32" in out


def test_bad_text_inputs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "hi", "label": "greeting"}\nnot json\n')
    assert "line 2: not JSON" in _fails(capsys, "--texts", str(bad), "--target-cloud-share", "0.2")
    bad.write_text('{"text": "hi"}\n')
    assert "line 1: want" in _fails(capsys, "--texts", str(bad), "--target-cloud-share", "0.2")
    bad.write_text("\n")
    assert "no rows" in _fails(capsys, "--texts", str(bad), "--target-cloud-share", "0.2")
    unknown = tmp_path / "unknown.jsonl"
    unknown.write_text(
        "".join(json.dumps({"text": f"t{i}", "label": "teleport"}) + "\n" for i in range(12))
    )
    assert "teleport" in _fails(capsys, "--texts", str(unknown), "--target-cloud-share", "0.2")
    args = ["--texts", str(SAMPLE), "--target-cloud-share", "0.2"]
    assert "not a class" in _fails(capsys, *args, "--oos-label", "nothing")
    assert "digits models only" in _fails(capsys, *args, "--out", str(tmp_path / "s.onnx"))
    assert "takes float32" in _fails(capsys, *args, "--local", "digits-linear-fp32")
    assert "no text model named" in _fails(capsys, *args, "--cloud", "no-such-model")
    assert "cannot read" in _fails(
        capsys, "--texts", str(tmp_path / "missing.jsonl"), "--target-cloud-share", "0.2"
    )
    with pytest.raises(SystemExit):
        main(["calibrate", *args, "--deployment-oos-share", "1.5"])
