"""`hybridsdk bench routing` on the real zoo models and digits: fields, sanity, targets."""

from __future__ import annotations

import argparse
import itertools
import json
import re
from typing import Any

import numpy as np
import pytest

from benchmarks import routing as _routing
from hybridsdk._exceptions import ConfigurationError
from hybridsdk.cli._main import build_parser, main

pytest.importorskip("sklearn")
pytest.importorskip("onnxruntime")

FAST = ["--iterations", "2000", "--drift-passes", "2"]


def _args(*extra: str) -> argparse.Namespace:
    return build_parser().parse_args(["bench", "routing", "--json", *FAST, *extra])


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return _routing.run(_args())


def test_every_field_is_there_and_json_clean(report: dict[str, Any]) -> None:
    for key in (
        "local_accuracy",
        "cloud_accuracy",
        "curve",
        "match_cloud_share",
        "match_cloud_share_oof_accuracy",
        "match_cloud_share_in_sample",
        "match_cloud_share_basis",
        "match_cloud_share_oof_sweep",
        "match_cloud_share_by_method",
        "apgr",
        "cpt_50",
        "cpt_80",
        "cpt_95",
        "decision_p50_us",
        "decision_p99_us",
        "drift_fixed_share",
        "drift_tracked_share",
        "drift_tracked_share_second_half",
    ):
        assert key in report, key
    json.dumps(report, allow_nan=False)  # NaN would make invalid JSON
    assert set(report["match_cloud_share_by_method"]) == {
        "max_prob",
        "margin",
        "entropy",
        "learned_crossfit",
    }


def test_accuracies_match_the_zoo(report: dict[str, Any]) -> None:
    assert report["n_test"] == 540
    assert 0.9 < report["local_accuracy"] < report["cloud_accuracy"] <= 1.0
    # The manifest records the accuracies measured when the zoo was built.
    assert report["local_accuracy"] == pytest.approx(0.964815, abs=1e-5)
    assert report["cloud_accuracy"] == pytest.approx(0.990741, abs=1e-5)


def test_curves(report: dict[str, Any]) -> None:
    local, cloud = report["local_accuracy"], report["cloud_accuracy"]
    curves = report["curve"]
    assert set(curves) == {"cascade", "random", "oracle"}
    for name, points in curves.items():
        assert len(points) == 21, name
        shares = [p["cloud_share"] for p in points]
        assert shares[0] == 0.0 and shares[-1] == 1.0
        assert all(b > a for a, b in itertools.pairwise(shares)), name
        assert points[0]["accuracy"] == pytest.approx(local, abs=1e-6)
        assert points[-1]["accuracy"] == pytest.approx(cloud, abs=1e-6)
        assert all(0.9 < p["accuracy"] <= 1.0 for p in points)
    for c, r, o in zip(curves["cascade"], curves["random"], curves["oracle"], strict=True):
        assert r["accuracy"] <= c["accuracy"] + 1e-9 <= o["accuracy"] + 2e-9
    # Random routing is the straight line between the two models.
    mid = curves["random"][10]
    assert mid["accuracy"] == pytest.approx((local + cloud) / 2, abs=1e-6)


def test_cascade_matches_cloud_with_few_cloud_calls(report: dict[str, Any]) -> None:
    assert 0.0 < report["match_cloud_share"] <= 0.15
    assert 0.0 < report["match_cloud_share_in_sample"] <= 0.15
    # Out of fold it lands close to, but need not reach, the cloud accuracy.
    assert report["match_cloud_share_oof_accuracy"] >= report["cloud_accuracy"] - 0.005
    sweep = report["match_cloud_share_oof_sweep"]
    assert sweep is not None and sweep["oof"] <= 0.15
    assert sweep["oof_accuracy"] >= report["cloud_accuracy"] - 1e-12
    # Random routing at the same share stays near the local model.
    assert report["random_accuracy_at_match"] < report["cloud_accuracy"] - 0.015
    for method, v in report["match_cloud_share_by_method"].items():
        assert 0.0 < v["oof"] < 0.3 and 0.0 < v["in_sample"] < 0.3, method
        assert 0.5 < v["apgr"] <= 1.0, method


def test_apgr_and_cpt(report: dict[str, Any]) -> None:
    a = report["apgr"]
    assert a["random"] == pytest.approx(0.5, abs=1e-9)
    assert 0.85 < a["cascade"] <= a["oracle"] <= 1.0
    assert 0.0 <= report["cpt_50"] <= report["cpt_80"] <= report["cpt_95"]
    # Recovering 95% of the gap cannot need more than recovering all of it.
    assert report["cpt_95"] <= report["match_cloud_share_in_sample"] + 1e-9


def test_decision_timing(report: dict[str, Any]) -> None:
    assert report["decision_iterations"] == 2000
    assert 0.0 < report["decision_p50_us"] <= report["decision_p99_us"]
    # Generous bounds for a shared CI box; the bench reports the real figure.
    assert report["decision_p50_us"] < 200.0
    # The signal mix drives decide() down every path, not one cached branch.
    assert set(report["decision_actions"]) == {"cascade", "cloud", "local"}


def test_drift_fixed_threshold_drifts_online_tracks(report: dict[str, Any]) -> None:
    target = report["drift_target_share"]
    assert target == 0.2 and report["drift_stream_size"] == 1080
    assert abs(report["drift_clean_oof_share"] - target) < 0.03
    assert report["drift_fixed_share"] > target + 0.03
    assert abs(report["drift_tracked_share"] - target) < 0.02
    assert abs(report["drift_tracked_share_second_half"] - target) < 0.03
    assert report["drift_local_accuracy"] < report["local_accuracy"]


def test_no_noise_no_drift() -> None:
    # The same experiment without noise: the fixed threshold then holds its share, so the
    # drift above comes from the noise and not from the stream construction.
    r = _routing.run(_args("--sigma", "0", "--iterations", "100"))
    assert abs(r["drift_fixed_share"] - r["drift_target_share"]) < 0.03


def test_cli_json_and_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "routing", "--json", *FAST]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["match_cloud_share"] <= 0.15
    text = _routing.format_text(out)
    assert "cloud share to match the cloud's accuracy" in text and "drift (sigma 3" in text


def test_match_cloud_share_known_answer() -> None:
    # 10 samples; local is wrong on the two least confident, the cloud always right:
    # escalating those two (share 0.2) is the first point reaching the cloud's 100%.
    conf = np.linspace(0.1, 1.0, 10)
    lc = np.array([False, False] + [True] * 8)
    m = _routing.match_cloud_share(conf, lc, np.ones(10, dtype=bool), folds=2, seed=0)
    assert m["in_sample"] == pytest.approx(0.2)
    # With the cloud wrong on the least confident one, escalating one answer is not
    # enough and escalating the second reaches the cloud's 90%.
    cc = np.array([False] + [True] * 9)
    m = _routing.match_cloud_share(conf, lc, cc, folds=2, seed=0)
    assert m["in_sample"] == pytest.approx(0.2)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--points", "1"], "--points"),
        (["--drift-target", "1.5"], "--drift-target"),
        (["--iterations", "5"], "--iterations"),
        (["--local", "cnn-fp32"], re.escape("pixels[N, 64]")),
    ],
)
def test_bad_arguments(extra: list[str], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        _routing.run(_args(*extra))


def test_unknown_model_exits_with_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "routing", "--local", "nope", *FAST]) == 1
    assert "no model named 'nope'" in capsys.readouterr().err
