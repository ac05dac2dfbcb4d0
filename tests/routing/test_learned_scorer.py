"""The learned scorer: trained on digits-derived pairs, exported to ONNX, run by ONNX Runtime."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from hybridsdk._exceptions import (
    ConfigurationError,
    InputShapeError,
    InputValidationError,
    MissingDependencyError,
    ModelLoadError,
    ModelNotFoundError,
)
from hybridsdk.edge._manifest import ModelEntry, TensorSpec
from hybridsdk.routing._complexity import score_tensors
from hybridsdk.routing._learned_scorer import (
    POSTHOC_FEATURE_NAMES,
    export_onnx,
    feature_matrix,
    load_onnx_scorer,
    train_scorer,
)

pytest.importorskip("sklearn")
pytest.importorskip("onnxruntime")

ENTRY = ModelEntry(
    name="digits-linear",
    task="digits",
    format="onnx",
    precision="fp32",
    file="x.onnx",
    sha256="0" * 64,
    size_bytes=1,
    inputs=(TensorSpec(name="x", shape=(None, 64), dtype="float32"),),
    outputs=(TensorSpec(name="p", shape=(None, 10), dtype="float32"),),
    build={"input_range": [0, 16]},
)
PRE = ("out_of_range_share",)


def _auc(score: Any, label: Any) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(label, score))


@pytest.fixture(scope="module")
def pairs() -> dict[str, Any]:
    from sklearn.datasets import load_digits
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split

    x, y = load_digits(return_X_y=True)
    xtr, xte, ytr, yte = train_test_split(x, y, test_size=0.3, random_state=42)
    # The local model sees half of the training split; the other half is "logged traffic".
    xa, xlog, ya, ylog = train_test_split(xtr, ytr, test_size=0.5, random_state=42)
    local = LogisticRegression(max_iter=2000).fit(xa, ya)
    rng = np.random.default_rng(0)

    def logged(xs: Any, ys: Any) -> tuple[Any, Any, Any]:
        # Clean and noisy copies, so the log holds enough wrong local answers.
        xs = np.concatenate([xs, xs + rng.normal(0, 4.0, xs.shape)])
        ys = np.concatenate([ys, ys])
        probs = local.predict_proba(xs)
        pre = [score_tensors({"x": row[None, :].astype(np.float32)}, ENTRY).features for row in xs]
        feats, names = feature_matrix(probs, pre, prehoc_names=PRE)
        return feats, probs.argmax(axis=1) == ys, names

    f_log, y_log, names = logged(xlog, ylog)
    f_test, y_test, _ = logged(xte, yte)
    return {"f_log": f_log, "y_log": y_log, "f_test": f_test, "y_test": y_test, "names": names}


def test_feature_matrix_layout(pairs: dict[str, Any]) -> None:
    assert pairs["names"] == PRE + POSTHOC_FEATURE_NAMES
    f = pairs["f_log"]
    assert f.shape[1] == 4
    assert np.all((f >= 0.0) & (f <= 1.0))
    assert 0.05 < 1 - pairs["y_log"].mean() < 0.6  # both outcomes are well represented


def test_scorer_learns_and_onnx_matches_numpy(pairs: dict[str, Any], tmp_path: Path) -> None:
    scorer = train_scorer(pairs["f_log"], pairs["y_log"], feature_names=pairs["names"])
    p = scorer.predict(pairs["f_test"])
    auc_learned = _auc(p, pairs["y_test"])
    auc_max_prob = _auc(pairs["f_test"][:, 1], pairs["y_test"])
    assert auc_learned > 0.85
    assert auc_learned >= auc_max_prob - 0.01  # at least as good as max-prob alone
    path = tmp_path / "scorer.onnx"
    data = export_onnx(scorer, path)
    assert path.read_bytes() == data
    for source in (path, data):
        onnx_scorer = load_onnx_scorer(source)
        assert onnx_scorer.feature_names == pairs["names"]
        q = onnx_scorer.predict(pairs["f_test"])
        assert q.dtype == np.float32 and q.shape == p.shape
        np.testing.assert_allclose(q, p, atol=2e-5)


def test_onnx_graph_signature(pairs: dict[str, Any]) -> None:
    import onnxruntime as ort

    scorer = train_scorer(pairs["f_log"], pairs["y_log"], feature_names=pairs["names"])
    sess = ort.InferenceSession(export_onnx(scorer), providers=["CPUExecutionProvider"])
    (inp,) = sess.get_inputs()
    (out,) = sess.get_outputs()
    assert (inp.name, inp.type, inp.shape[1]) == ("features", "tensor(float)", 4)
    assert isinstance(inp.shape[0], str) or inp.shape[0] is None  # dynamic batch
    assert out.name == "p_local_right"
    single = sess.run(None, {"features": pairs["f_test"][:1].astype(np.float32)})[0]
    assert single.shape == (1,)


def test_numpy_fit_matches_sklearn(pairs: dict[str, Any]) -> None:
    from sklearn.linear_model import LogisticRegression

    f, y = pairs["f_log"], pairs["y_log"]
    scorer = train_scorer(f, y, feature_names=pairs["names"], l2=2.0)
    standard = (f - scorer.mean) / scorer.scale
    ref = LogisticRegression(C=0.5, tol=1e-10, max_iter=10_000).fit(standard, y)
    np.testing.assert_allclose(scorer.weights, ref.coef_[0], rtol=1e-3, atol=1e-4)
    assert scorer.bias == pytest.approx(ref.intercept_[0], rel=1e-3, abs=1e-4)


def test_constant_feature_gets_no_weight() -> None:
    rng = np.random.default_rng(1)
    x = np.column_stack([rng.random(200), np.full(200, 3.0)])
    y = rng.random(200) < x[:, 0]
    scorer = train_scorer(x, y, feature_names=("a", "const"))
    assert scorer.weights[1] == 0.0 and scorer.weights[0] > 0.5


def test_bad_training_inputs() -> None:
    x = np.random.default_rng(0).random((10, 2))
    y = np.array([True, False] * 5)
    with pytest.raises(InputShapeError, match="rows, 3"):
        train_scorer(x, y, feature_names=("a", "b", "c"))
    with pytest.raises(InputValidationError, match="one outcome"):
        train_scorer(x, np.ones(10, bool), feature_names=("a", "b"))
    with pytest.raises(InputValidationError, match="9 labels"):
        train_scorer(x, y[:9], feature_names=("a", "b"))
    bad = x.copy()
    bad[0, 0] = np.nan
    with pytest.raises(InputValidationError, match="NaN"):
        train_scorer(bad, y, feature_names=("a", "b"))
    with pytest.raises(ConfigurationError, match="l2"):
        train_scorer(x, y, feature_names=("a", "b"), l2=0.0)
    with pytest.raises(InputValidationError, match="one pre-hoc feature dict per row"):
        feature_matrix(np.full((2, 2), 0.5), [{}], prehoc_names=("a",))
    with pytest.raises(InputValidationError, match="lacks 'a'"):
        feature_matrix(np.full((1, 2), 0.5), [{"b": 1.0}], prehoc_names=("a",))


def test_bad_model_files(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError):
        load_onnx_scorer(tmp_path / "missing.onnx")
    with pytest.raises(ModelLoadError):
        load_onnx_scorer(b"not an onnx model")
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("Identity", ["x"], ["y"])],
        "other",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 2])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 2])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    with pytest.raises(ModelLoadError, match="not a hybridsdk learned scorer"):
        load_onnx_scorer(model.SerializeToString())


def test_missing_onnx_is_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    x = np.random.default_rng(0).random((10, 2))
    scorer = train_scorer(x, np.array([True, False] * 5), feature_names=("a", "b"))
    monkeypatch.setitem(sys.modules, "onnx", None)  # import onnx now raises ImportError
    with pytest.raises(MissingDependencyError, match=r"hybridsdk\[models\]"):
        export_onnx(scorer)
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    with pytest.raises(MissingDependencyError, match=r"hybridsdk\[onnx\]"):
        load_onnx_scorer(b"")
