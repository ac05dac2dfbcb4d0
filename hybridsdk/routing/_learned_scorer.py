"""A tiny learned router: will the local answer be right?

Trained on logged pairs (features, local_was_right), where the features are pre-hoc
features (text or tensor, see `_complexity`) followed by the post-hoc confidences of the
local answer (`POSTHOC_FEATURE_NAMES`). The model is an L2-regularised logistic
regression on standardised features, fitted with Newton's method in numpy, and exported
as a self-contained ONNX graph (input "features" float32 [N, F], output "p_local_right"
float32 [N]) that ONNX Runtime runs on the device like any other model. The feature
names travel in the ONNX metadata, so a loader can check it feeds the right columns.

`onnx` and `onnxruntime` are imported only by `export_onnx` / `load_onnx_scorer`.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import (
    ConfigurationError,
    InputShapeError,
    InputValidationError,
    MissingDependencyError,
    ModelLoadError,
    ModelNotFoundError,
)
from hybridsdk.routing._complexity import entropy, margin, max_prob

__all__ = [
    "INPUT_NAME",
    "OUTPUT_NAME",
    "POSTHOC_FEATURE_NAMES",
    "LearnedScorer",
    "OnnxScorer",
    "export_onnx",
    "feature_matrix",
    "load_onnx_scorer",
    "train_scorer",
]

INPUT_NAME = "features"
OUTPUT_NAME = "p_local_right"
POSTHOC_FEATURE_NAMES: tuple[str, ...] = ("max_prob", "margin", "entropy")
_META_KEY = "hybridsdk.feature_names"
_OPSET = 17
_IR_VERSION = 8  # readable by every onnxruntime since 1.10

FloatArray = npt.NDArray[np.float64]


def feature_matrix(
    probs: npt.ArrayLike,
    prehoc: Sequence[Mapping[str, float]] | None = None,
    *,
    prehoc_names: Sequence[str] = (),
    from_logits: bool = False,
) -> tuple[FloatArray, tuple[str, ...]]:
    """Build the scorer's feature rows: pre-hoc features, then post-hoc confidences.

    Args:
        probs: (N, classes) local output probabilities (or logits).
        prehoc: one feature dict per row (from `score_text(...).features` or
            `score_tensors(...).features`); None for post-hoc features only.
        prehoc_names: which pre-hoc features to use, in order.
        from_logits: `probs` are logits.

    Returns:
        `(X, names)`: the (N, F) matrix and its column names.
    """
    p = np.asarray(probs, dtype=np.float64)
    if p.ndim != 2:
        raise InputShapeError(f"probs must be shaped (rows, classes), got {p.shape}")
    post = np.stack(
        [
            max_prob(p, from_logits=from_logits),
            margin(p, from_logits=from_logits),
            entropy(p, from_logits=from_logits),
        ],
        axis=1,
    )
    names = tuple(prehoc_names)
    if not names:
        return post, POSTHOC_FEATURE_NAMES
    if prehoc is None or len(prehoc) != p.shape[0]:
        raise InputValidationError(
            f"prehoc_names given: need one pre-hoc feature dict per row ({p.shape[0]} rows)"
        )
    try:
        pre = np.array([[float(row[name]) for name in names] for row in prehoc], dtype=np.float64)
    except KeyError as exc:
        raise InputValidationError(f"a pre-hoc feature row lacks {exc.args[0]!r}") from None
    return np.concatenate([pre, post], axis=1), names + POSTHOC_FEATURE_NAMES


@dataclasses.dataclass(frozen=True)
class LearnedScorer:
    """A fitted logistic regression: p(local right) = sigmoid(((x - mean) / scale) @ w + b).

    Attributes:
        feature_names: the column names, in order.
        mean: per-feature mean of the training rows.
        scale: per-feature standard deviation (1 where a feature was constant).
        weights: one weight per standardised feature.
        bias: the intercept.
    """

    feature_names: tuple[str, ...]
    mean: FloatArray
    scale: FloatArray
    weights: FloatArray
    bias: float

    def predict(self, features: npt.ArrayLike) -> FloatArray:
        """P(the local answer is right) per row of `features` (N, F)."""
        x = _check_x(features, len(self.feature_names))
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)


def _check_x(features: npt.ArrayLike, n_features: int) -> FloatArray:
    x = np.asarray(features, dtype=np.float64)
    if x.ndim != 2 or x.shape[1] != n_features:
        raise InputShapeError(f"features must be shaped (rows, {n_features}), got {x.shape}")
    if not np.all(np.isfinite(x)):
        raise InputValidationError("features contain NaN or infinity")
    return x


def train_scorer(
    features: npt.ArrayLike,
    local_was_right: npt.ArrayLike,
    *,
    feature_names: Sequence[str],
    l2: float = 1.0,
    max_iter: int = 100,
    tol: float = 1e-10,
) -> LearnedScorer:
    """Fit the scorer on logged pairs.

    Minimises sum(log-loss) + l2 / 2 * ||w||^2 over standardised features (the bias is
    not penalised), i.e. scikit-learn's LogisticRegression with C = 1 / l2.

    Args:
        features: (N, F) rows, e.g. from `feature_matrix`.
        local_was_right: N booleans: was the local answer right?
        feature_names: the F column names (kept with the model and in its ONNX export).
        l2: L2 penalty strength (> 0).
        max_iter: Newton iterations at most.
        tol: stop when the largest parameter step is below this.
    """
    names = tuple(feature_names)
    x = _check_x(features, len(names))
    y = np.asarray(local_was_right).reshape(-1)
    if y.size != x.shape[0]:
        raise InputValidationError(f"{y.size} labels for {x.shape[0]} feature rows")
    y = y.astype(np.float64)
    if not np.all((y == 0.0) | (y == 1.0)):
        raise InputValidationError("local_was_right must hold booleans (or 0/1)")
    if y.min() == y.max():
        raise InputValidationError(
            "local_was_right holds one outcome only; log both right and wrong local answers"
        )
    if not (math.isfinite(l2) and l2 > 0.0):
        raise ConfigurationError(f"l2={l2} must be a finite number > 0")
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0.0] = 1.0  # a constant column standardises to 0 and gets no weight
    xs = np.concatenate([(x - mean) / scale, np.ones((x.shape[0], 1))], axis=1)
    penalty = np.full(xs.shape[1], l2)
    penalty[-1] = 0.0
    theta = np.zeros(xs.shape[1])
    for _ in range(max_iter):
        z = xs @ theta
        p = 1.0 / (1.0 + np.exp(-z))
        grad = xs.T @ (p - y) + penalty * theta
        hess = (xs.T * (p * (1.0 - p))) @ xs + np.diag(penalty + 1e-12)
        step = np.linalg.solve(hess, grad)
        theta -= step
        if np.max(np.abs(step)) < tol:
            break
    return LearnedScorer(
        feature_names=names,
        mean=mean,
        scale=scale,
        weights=theta[:-1].copy(),
        bias=float(theta[-1]),
    )


def export_onnx(scorer: LearnedScorer, path: str | os.PathLike[str] | None = None) -> bytes:
    """Export the scorer as an ONNX model; returns its bytes and writes them to `path`.

    Args:
        scorer: a fitted scorer.
        path: where to write the .onnx file; None to only return the bytes.
    """
    try:
        import onnx
        from onnx import TensorProto, helper, numpy_helper
    except ImportError:
        raise MissingDependencyError("exporting the learned scorer to ONNX", "models") from None
    f = len(scorer.feature_names)
    init = [
        numpy_helper.from_array(scorer.mean.astype(np.float32), "mean"),
        numpy_helper.from_array(scorer.scale.astype(np.float32), "scale"),
        numpy_helper.from_array(scorer.weights.astype(np.float32).reshape(f, 1), "weights"),
        numpy_helper.from_array(np.array([scorer.bias], dtype=np.float32), "bias"),
        numpy_helper.from_array(np.array([-1], dtype=np.int64), "flat"),
    ]
    nodes = [
        helper.make_node("Sub", [INPUT_NAME, "mean"], ["centred"]),
        helper.make_node("Div", ["centred", "scale"], ["standard"]),
        helper.make_node("MatMul", ["standard", "weights"], ["dot"]),
        helper.make_node("Add", ["dot", "bias"], ["logit"]),
        helper.make_node("Sigmoid", ["logit"], ["prob"]),
        helper.make_node("Reshape", ["prob", "flat"], [OUTPUT_NAME]),
    ]
    graph = helper.make_graph(
        nodes,
        "hybridsdk_learned_scorer",
        [helper.make_tensor_value_info(INPUT_NAME, TensorProto.FLOAT, [None, f])],
        [helper.make_tensor_value_info(OUTPUT_NAME, TensorProto.FLOAT, [None])],
        initializer=init,
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", _OPSET)],
        producer_name="hybridsdk",
        doc_string="P(the local answer is right) from pre-hoc and post-hoc features",
    )
    model.ir_version = _IR_VERSION
    helper.set_model_props(model, {_META_KEY: json.dumps(list(scorer.feature_names))})
    onnx.checker.check_model(model)
    data: bytes = model.SerializeToString()
    if path is not None:
        Path(path).write_bytes(data)
    return data


class OnnxScorer:
    """An exported scorer running in ONNX Runtime.

    Attributes:
        feature_names: the columns the model expects, read from its metadata.
    """

    def __init__(self, session: Any, feature_names: tuple[str, ...]) -> None:
        self._session = session
        self.feature_names = feature_names

    def predict(self, features: npt.ArrayLike) -> npt.NDArray[np.float32]:
        """P(the local answer is right) per row of `features` (N, F)."""
        x = _check_x(features, len(self.feature_names)).astype(np.float32)
        out = self._session.run([OUTPUT_NAME], {INPUT_NAME: x})[0]
        return np.asarray(out, dtype=np.float32)


def load_onnx_scorer(model: str | os.PathLike[str] | bytes) -> OnnxScorer:
    """Load an exported scorer into an ONNX Runtime CPU session.

    Args:
        model: the .onnx path or its bytes.

    Raises:
        ModelLoadError: the file is not a scorer exported by `export_onnx`.
    """
    try:
        import onnxruntime as ort
    except ImportError:
        raise MissingDependencyError("running the learned scorer", "onnx") from None
    if isinstance(model, bytes):
        data = model
    else:
        try:
            data = Path(model).read_bytes()
        except FileNotFoundError:
            raise ModelNotFoundError(
                f"no scorer file at {model}; export one with export_onnx()"
            ) from None
    options = ort.SessionOptions()
    # A handful of multiply-adds: one thread avoids oversubscribing small boards.
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    try:
        session = ort.InferenceSession(data, options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # ORT raises its own untyped errors
        raise ModelLoadError(f"ONNX Runtime could not load the scorer: {exc}") from exc
    meta = session.get_modelmeta().custom_metadata_map
    inputs = [i.name for i in session.get_inputs()]
    outputs = [o.name for o in session.get_outputs()]
    if inputs != [INPUT_NAME] or outputs != [OUTPUT_NAME] or _META_KEY not in meta:
        raise ModelLoadError(
            f"not a hybridsdk learned scorer (inputs {inputs}, outputs {outputs}); "
            "export one with export_onnx()"
        )
    return OnnxScorer(session, tuple(json.loads(meta[_META_KEY])))
