"""The cloud intent model's head: frozen MiniLM embeddings + logistic regression, blended
with the TF-IDF cloud model, written as a small ONNX graph.

probabilities = softmax(a * log_softmax(embedding @ W + b) + (1 - a) * log(p_tfidf + 1e-9))

`a` (BLEND) and C were chosen on CLINC150 val (C from 10/30/100/300 by in-scope
accuracy; a from 1.0/0.8/0.7/0.6/0.5); every figure the build prints is therefore a
validation figure. The graph takes `embedding` [N, 384] and `tfidf_probabilities`
[N, 151] (the intent-cloud-fp32 output) and returns `probabilities` [N, 151].
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

HEAD_C = 10.0
BLEND = 0.7
EPS = 1e-9
OPSET = 17


def fit_head(x: npt.NDArray[np.float32], y: npt.NDArray[np.str_]) -> Any:
    """Multinomial logistic regression on the embeddings, BLAS on one thread."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    with threadpool_limits(limits=1):
        return LogisticRegression(C=HEAD_C, max_iter=2000).fit(x, y)


def blend(
    head_probs: npt.NDArray[np.float64], tfidf_probs: npt.NDArray[np.float32], a: float = BLEND
) -> npt.NDArray[np.float64]:
    """The blend the graph computes, in numpy (for the build's own check)."""
    z = a * np.log(np.clip(head_probs, 1e-300, None)) + (1 - a) * np.log(tfidf_probs + EPS)
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    out: npt.NDArray[np.float64] = e / e.sum(axis=1, keepdims=True)
    return out


def head_onnx(coef: npt.NDArray[np.float64], intercept: npt.NDArray[np.float64]) -> bytes:
    """The head graph (Gemm, LogSoftmax, Log, Softmax), opset 17."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    n_classes, dim = coef.shape
    inits = [
        numpy_helper.from_array(coef.T.astype(np.float32).copy(), "W"),
        numpy_helper.from_array(intercept.astype(np.float32), "b"),
        numpy_helper.from_array(np.array(BLEND, dtype=np.float32), "a"),
        numpy_helper.from_array(np.array(1.0 - BLEND, dtype=np.float32), "one_minus_a"),
        numpy_helper.from_array(np.array(EPS, dtype=np.float32), "eps"),
    ]
    nodes = [
        helper.make_node("Gemm", ["embedding", "W", "b"], ["logits"]),
        helper.make_node("LogSoftmax", ["logits"], ["head_log"], axis=-1),
        helper.make_node("Mul", ["head_log", "a"], ["head_part"]),
        helper.make_node("Add", ["tfidf_probabilities", "eps"], ["tfidf_safe"]),
        helper.make_node("Log", ["tfidf_safe"], ["tfidf_log"]),
        helper.make_node("Mul", ["tfidf_log", "one_minus_a"], ["tfidf_part"]),
        helper.make_node("Add", ["head_part", "tfidf_part"], ["mixed"]),
        helper.make_node("Softmax", ["mixed"], ["probabilities"], axis=-1),
    ]
    graph = helper.make_graph(
        nodes,
        "intent_minilm_head",
        [
            helper.make_tensor_value_info("embedding", TensorProto.FLOAT, [None, dim]),
            helper.make_tensor_value_info(
                "tfidf_probabilities", TensorProto.FLOAT, [None, n_classes]
            ),
        ],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [None, n_classes])],
        initializer=inits,
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="hybridsdk-edge-models"
    )
    model.ir_version = 8
    onnx.checker.check_model(model)
    return bytes(model.SerializeToString())
