"""A small convolutional network with random weights, for timing not accuracy.

Six 3x3 conv + ReLU layers (32, 32, 64, 64, 128, 256 channels; stride 2 where the width
grows past 32), global average pool and a dense layer to 10 softmax outputs, on a
[N, 3, 128, 128] image: about 0.44 M parameters and 0.54 GMAC, so thread counts,
accelerators and int8 show in the timings. He-normal weights from a seeded generator;
nothing was trained.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from _linear import ONNX_IR_VERSION, ONNX_OPSET, OUTPUT_NAME

INPUT_NAME = "image"
INPUT_SHAPE = (3, 128, 128)
# (out_channels, stride) per conv: full-resolution layers cost compute but few weights.
LAYERS = ((32, 1), (32, 1), (64, 2), (64, 1), (128, 2), (256, 2))
SEED = 0


def onnx_fp32() -> bytes:
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(SEED)
    nodes = []
    initializers = []
    previous, in_channels = INPUT_NAME, INPUT_SHAPE[0]
    for stage, (out_channels, stride) in enumerate(LAYERS):
        fan_in = in_channels * 3 * 3
        weight = rng.normal(0.0, np.sqrt(2.0 / fan_in), (out_channels, in_channels, 3, 3))
        bias = np.zeros(out_channels)
        initializers += [
            numpy_helper.from_array(weight.astype(np.float32), f"conv{stage}.weight"),
            numpy_helper.from_array(bias.astype(np.float32), f"conv{stage}.bias"),
        ]
        nodes += [
            helper.make_node(
                "Conv",
                [previous, f"conv{stage}.weight", f"conv{stage}.bias"],
                [f"conv{stage}"],
                kernel_shape=[3, 3],
                pads=[1, 1, 1, 1],
                strides=[stride, stride],
            ),
            helper.make_node("Relu", [f"conv{stage}"], [f"relu{stage}"]),
        ]
        previous, in_channels = f"relu{stage}", out_channels
    fc_weight = rng.normal(0.0, np.sqrt(2.0 / in_channels), (10, in_channels))
    initializers += [
        numpy_helper.from_array(fc_weight.astype(np.float32), "fc.weight"),
        numpy_helper.from_array(np.zeros(10, dtype=np.float32), "fc.bias"),
    ]
    nodes += [
        helper.make_node("GlobalAveragePool", [previous], ["pooled"]),
        helper.make_node("Flatten", ["pooled"], ["features"], axis=1),
        helper.make_node("Gemm", ["features", "fc.weight", "fc.bias"], ["logits"], transB=1),
        helper.make_node("Softmax", ["logits"], [OUTPUT_NAME], axis=1),
    ]
    graph = helper.make_graph(
        nodes,
        "cnn_random",
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


def calibration_images(count: int = 32) -> npt.NDArray[np.float32]:
    """Seeded uniform [0, 1) images: the range a caller's normalised pixels would have."""
    rng = np.random.default_rng(SEED + 1)
    return rng.random((count, *INPUT_SHAPE), dtype=np.float32)
