"""A small trained convolutional network for 8x8 digit images (the camera example's model).

One 3x3 conv layer whose 16 filters are the leading principal components of 3x3 patches
of the training images (learned from the data, as in Coates & Ng 2011), each used with
both signs (32 channels) behind a ReLU, a 2x2 max pool, and a dense softmax layer fitted
by sklearn LogisticRegression on those features. Input [N, 1, 8, 8] raw pixels 0..16 (the
1/16 scale is folded into the conv weights). Trained on the 70% split only; C and the
filter count are fixed here, not tuned on the test split.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
from _linear import ONNX_IR_VERSION, ONNX_OPSET, OUTPUT_NAME

INPUT_NAME = "image"
INPUT_SHAPE = (1, 8, 8)
N_FILTERS = 16
C = 1.0
SEED = 42


def _patches(images: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """[N, 8, 8] -> [N, 8, 8, 9]: each pixel's zero-padded 3x3 neighbourhood."""
    padded = np.pad(images, ((0, 0), (1, 1), (1, 1)))
    return np.stack([padded[:, i : i + 8, j : j + 8] for i in range(3) for j in range(3)], axis=-1)


def _filters(x_train: npt.NDArray[np.float32]) -> tuple[np.ndarray, np.ndarray]:
    """(weights [2K, 9], biases [2K]) on pixels/16: centred PCA filters, both signs."""
    patches = _patches(x_train.reshape(-1, 8, 8) / 16.0).reshape(-1, 9)
    mean = patches.mean(axis=0)
    _, _, vt = np.linalg.svd(patches - mean, full_matrices=False)
    weights = vt[:N_FILTERS]
    weights *= np.sign(weights.sum(axis=1, keepdims=True) + 1e-12)  # a fixed sign per filter
    biases = -weights @ mean
    return np.vstack([weights, -weights]), np.concatenate([biases, -biases])


def features(x: npt.NDArray[np.float32], weights: np.ndarray, biases: np.ndarray) -> np.ndarray:
    """What the ONNX graph computes before its dense layer, in numpy: [N, 2K * 4 * 4]."""
    conv = _patches(x.reshape(-1, 8, 8) / 16.0) @ weights.T + biases  # [N, 8, 8, 2K]
    relu = np.maximum(conv, 0.0)
    pooled = relu.reshape(-1, 4, 2, 4, 2, relu.shape[-1]).max(axis=(2, 4))  # [N, 4, 4, 2K]
    return pooled.transpose(0, 3, 1, 2).reshape(len(x), -1)  # channel-major, as Flatten


def train(x_train: npt.NDArray[np.float32], y_train: npt.NDArray[np.int64]) -> dict[str, Any]:
    """Fit the filters and the dense layer; returns the arrays the graph needs."""
    from sklearn.linear_model import LogisticRegression

    weights, biases = _filters(x_train)
    head = LogisticRegression(C=C, max_iter=2000, random_state=SEED)
    head.fit(features(x_train, weights, biases), y_train)
    return {
        "conv_w": weights,
        "conv_b": biases,
        "fc_w": head.coef_,
        "fc_b": head.intercept_,
        "train_accuracy": float(head.score(features(x_train, weights, biases), y_train)),
    }


def onnx_fp32(params: dict[str, Any]) -> bytes:
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    channels = params["conv_w"].shape[0]
    conv_w = (params["conv_w"] / 16.0).reshape(channels, 1, 3, 3)  # raw pixels in
    initializers = [
        numpy_helper.from_array(conv_w.astype(np.float32), "conv.weight"),
        numpy_helper.from_array(params["conv_b"].astype(np.float32), "conv.bias"),
        numpy_helper.from_array(params["fc_w"].astype(np.float32), "fc.weight"),
        numpy_helper.from_array(params["fc_b"].astype(np.float32), "fc.bias"),
    ]
    nodes = [
        helper.make_node(
            "Conv", [INPUT_NAME, "conv.weight", "conv.bias"], ["conv"], kernel_shape=[3, 3],
            pads=[1, 1, 1, 1],
        ),
        helper.make_node("Relu", ["conv"], ["relu"]),
        helper.make_node("MaxPool", ["relu"], ["pooled"], kernel_shape=[2, 2], strides=[2, 2]),
        helper.make_node("Flatten", ["pooled"], ["features"], axis=1),
        helper.make_node("Gemm", ["features", "fc.weight", "fc.bias"], ["logits"], transB=1),
        helper.make_node("Softmax", ["logits"], [OUTPUT_NAME], axis=1),
    ]  # fmt: skip
    graph = helper.make_graph(
        nodes,
        "cnn_digits",
        inputs=[
            helper.make_tensor_value_info(INPUT_NAME, TensorProto.FLOAT, ["batch", *INPUT_SHAPE])
        ],
        outputs=[helper.make_tensor_value_info(OUTPUT_NAME, TensorProto.FLOAT, ["batch", 10])],
        initializer=initializers,
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", ONNX_OPSET)],
        producer_name="hybridsdk-edge-models",
        ir_version=ONNX_IR_VERSION,
    )
    onnx.checker.check_model(model, full_check=True)
    return bytes(model.SerializeToString())
