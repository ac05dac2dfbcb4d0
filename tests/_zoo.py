"""Small real model files for the runtime tests: ONNX graphs built with `onnx.helper`,
TFLite flatbuffers built with LiteRT's own schema bindings, and a signed-manifest zoo.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

from hybridsdk.edge._registry import ModelRegistry
from tests._zoo_signing import sign_zoo

N_FEATURES = 64
N_CLASSES = 10


def linear_weights(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    weights = rng.normal(0, 0.3, size=(N_FEATURES, N_CLASSES)).astype(np.float32)
    bias = rng.normal(0, 0.1, size=(N_CLASSES,)).astype(np.float32)
    return weights, bias


def softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return np.asarray(e / e.sum(axis=-1, keepdims=True))


def linear_reference(x: np.ndarray, seed: int = 0) -> np.ndarray:
    weights, bias = linear_weights(seed)
    return softmax(x.astype(np.float32) @ weights + bias)


def make_linear_onnx(seed: int = 0) -> bytes:
    """pixels float32 [N,64] -> MatMul + Add -> Softmax -> probabilities [N,10]."""
    from onnx import TensorProto, helper, numpy_helper

    weights, bias = linear_weights(seed)
    graph = helper.make_graph(
        [
            helper.make_node("MatMul", ["pixels", "W"], ["logits_mm"]),
            helper.make_node("Add", ["logits_mm", "b"], ["logits"]),
            helper.make_node("Softmax", ["logits"], ["probabilities"], axis=-1),
        ],
        "digits_linear_fixture",
        [helper.make_tensor_value_info("pixels", TensorProto.FLOAT, ["N", N_FEATURES])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", N_CLASSES])],
        initializer=[numpy_helper.from_array(weights, "W"), numpy_helper.from_array(bias, "b")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return bytes(model.SerializeToString())


def make_cnn_onnx(seed: int = 1, channels: int = 16) -> bytes:
    """image float32 [N,1,8,8] -> Conv+Relu -> Conv+Relu -> Flatten -> Gemm -> Softmax."""
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(seed)
    w1 = rng.normal(0, 0.3, size=(channels, 1, 3, 3)).astype(np.float32)
    b1 = np.zeros(channels, np.float32)
    w2 = rng.normal(0, 0.1, size=(channels, channels, 3, 3)).astype(np.float32)
    b2 = np.zeros(channels, np.float32)
    wf = rng.normal(0, 0.05, size=(channels * 64, N_CLASSES)).astype(np.float32)
    bf = np.zeros(N_CLASSES, np.float32)
    # BatchNorm after the first conv gives the optimizer something to fold, as real CNNs do.
    scale = np.ones(channels, np.float32)
    graph = helper.make_graph(
        [
            helper.make_node("Conv", ["image", "w1", "b1"], ["c1"], pads=[1, 1, 1, 1]),
            helper.make_node("BatchNormalization", ["c1", "bn_s", "bn_b", "bn_m", "bn_v"], ["c1n"]),
            helper.make_node("Relu", ["c1n"], ["r1"]),
            helper.make_node("Conv", ["r1", "w2", "b2"], ["c2"], pads=[1, 1, 1, 1]),
            helper.make_node("Relu", ["c2"], ["r2"]),
            helper.make_node("Flatten", ["r2"], ["flat"], axis=1),
            helper.make_node("MatMul", ["flat", "wf"], ["mm"]),
            helper.make_node("Add", ["mm", "bf"], ["logits"]),
            helper.make_node("Softmax", ["logits"], ["probabilities"], axis=-1),
        ],
        "cnn_fixture",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["N", 1, 8, 8])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", N_CLASSES])],
        initializer=[
            numpy_helper.from_array(a, n)
            for a, n in [
                (w1, "w1"),
                (b1, "b1"),
                (scale, "bn_s"),
                (np.zeros(channels, np.float32), "bn_b"),
                (np.zeros(channels, np.float32), "bn_m"),
                (np.ones(channels, np.float32), "bn_v"),
                (w2, "w2"),
                (b2, "b2"),
                (wf, "wf"),
                (bf, "bf"),
            ]
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return bytes(model.SerializeToString())


def make_linear_tflite(seed: int = 0, input_name: str = "serving_default_pixels:0") -> bytes:
    """The same linear model as a TFLite flatbuffer: FULLY_CONNECTED -> SOFTMAX, batch dynamic."""
    import flatbuffers
    from ai_edge_litert import schema_py_generated as s

    weights, bias = linear_weights(seed)
    buffers = [s.BufferT(), s.BufferT(), s.BufferT(), s.BufferT(), s.BufferT()]
    # FULLY_CONNECTED stores weights as [out, in].
    buffers[1].data = np.ascontiguousarray(weights.T).view(np.uint8).ravel().tolist()
    buffers[2].data = bias.view(np.uint8).ravel().tolist()

    def tensor(name: str, shape: list[int], buffer: int, signature: list[int] | None = None) -> Any:
        t = s.TensorT()
        t.name, t.shape, t.type, t.buffer = name, shape, s.TensorType.FLOAT32, buffer
        t.shapeSignature = signature
        return t

    sub = s.SubGraphT()
    sub.tensors = [
        tensor(input_name, [1, N_FEATURES], 0, [-1, N_FEATURES]),
        tensor("W", [N_CLASSES, N_FEATURES], 1),
        tensor("b", [N_CLASSES], 2),
        tensor("logits", [1, N_CLASSES], 3, [-1, N_CLASSES]),
        tensor("StatefulPartitionedCall:0", [1, N_CLASSES], 4, [-1, N_CLASSES]),
    ]
    sub.inputs, sub.outputs = [0], [4]
    fc = s.OperatorT()
    fc.opcodeIndex, fc.inputs, fc.outputs = 0, [0, 1, 2], [3]
    fc.builtinOptionsType = s.BuiltinOptions.FullyConnectedOptions
    fc.builtinOptions = s.FullyConnectedOptionsT()
    sm = s.OperatorT()
    sm.opcodeIndex, sm.inputs, sm.outputs = 1, [3], [4]
    sm.builtinOptionsType = s.BuiltinOptions.SoftmaxOptions
    sm.builtinOptions = s.SoftmaxOptionsT()
    sm.builtinOptions.beta = 1.0
    sub.operators = [fc, sm]

    codes = []
    for op in (s.BuiltinOperator.FULLY_CONNECTED, s.BuiltinOperator.SOFTMAX):
        code = s.OperatorCodeT()
        code.builtinCode, code.deprecatedBuiltinCode, code.version = op, op, 1
        codes.append(code)
    model = s.ModelT()
    model.version, model.operatorCodes, model.subgraphs, model.buffers = 3, codes, [sub], buffers
    model.description = "digits linear fixture"
    builder = flatbuffers.Builder(4096)
    builder.Finish(model.Pack(builder), file_identifier=b"TFL3")
    return bytes(builder.Output())


IN_SCALE, IN_ZERO = 0.0625, -100  # int8 input: x = (q - zero) * scale covers 0..15.9
OUT_SCALE, OUT_ZERO = 1.0 / 256, -128  # int8 probabilities, as TFLite's quantizer emits them


def make_quantized_io_tflite(seed: int = 0) -> bytes:
    """int8 pixels -> DEQUANTIZE -> FULLY_CONNECTED -> SOFTMAX -> QUANTIZE -> int8 probabilities.

    The I/O of a fully integer TFLite model (`inference_input_type=int8`): the manifest
    still says float32, so the backend must quantize inputs and dequantize outputs.
    """
    import flatbuffers
    from ai_edge_litert import schema_py_generated as s

    weights, bias = linear_weights(seed)
    buffers = [s.BufferT() for _ in range(8)]
    buffers[1].data = np.ascontiguousarray(weights.T).view(np.uint8).ravel().tolist()
    buffers[2].data = bias.view(np.uint8).ravel().tolist()

    def q(scale: float, zero: int) -> Any:
        params = s.QuantizationParametersT()
        params.scale, params.zeroPoint = [scale], [zero]
        return params

    def tensor(name: str, shape: list[int], buffer: int, kind: int, quant: Any = None) -> Any:
        t = s.TensorT()
        t.name, t.shape, t.type, t.buffer, t.quantization = name, shape, kind, buffer, quant
        t.shapeSignature = [-1, *shape[1:]] if len(shape) == 2 else None
        return t

    f32, i8 = s.TensorType.FLOAT32, s.TensorType.INT8
    sub = s.SubGraphT()
    sub.tensors = [
        tensor("serving_default_pixels:0", [1, N_FEATURES], 0, i8, q(IN_SCALE, IN_ZERO)),
        tensor("W", [N_CLASSES, N_FEATURES], 1, f32),
        tensor("b", [N_CLASSES], 2, f32),
        tensor("x", [1, N_FEATURES], 3, f32),
        tensor("logits", [1, N_CLASSES], 4, f32),
        tensor("probs", [1, N_CLASSES], 5, f32),
        tensor("StatefulPartitionedCall:0", [1, N_CLASSES], 6, i8, q(OUT_SCALE, OUT_ZERO)),
    ]
    sub.inputs, sub.outputs = [0], [6]
    ops = [
        (s.BuiltinOperator.DEQUANTIZE, [0], [3], 0, None),
        (
            s.BuiltinOperator.FULLY_CONNECTED,
            [3, 1, 2],
            [4],
            s.BuiltinOptions.FullyConnectedOptions,
            s.FullyConnectedOptionsT(),
        ),
        (s.BuiltinOperator.SOFTMAX, [4], [5], s.BuiltinOptions.SoftmaxOptions, s.SoftmaxOptionsT()),
        (s.BuiltinOperator.QUANTIZE, [5], [6], 0, None),
    ]
    sub.operators, codes = [], []
    for i, (code, ins, outs, opt_type, opts) in enumerate(ops):
        op = s.OperatorT()
        op.opcodeIndex, op.inputs, op.outputs = i, ins, outs
        if opts is not None:
            op.builtinOptionsType, op.builtinOptions = opt_type, opts
            if code == s.BuiltinOperator.SOFTMAX:
                opts.beta = 1.0
        sub.operators.append(op)
        oc = s.OperatorCodeT()
        oc.builtinCode, oc.deprecatedBuiltinCode, oc.version = code, code, 1
        codes.append(oc)
    model = s.ModelT()
    model.version, model.operatorCodes, model.subgraphs, model.buffers = 3, codes, [sub], buffers
    builder = flatbuffers.Builder(4096)
    builder.Finish(model.Pack(builder), file_identifier=b"TFL3")
    return bytes(builder.Output())


def _spec(name: str, shape: list[int | None]) -> dict[str, Any]:
    return {"name": name, "shape": shape, "dtype": "float32"}


LINEAR_IO = {
    "inputs": [_spec("pixels", [None, N_FEATURES])],
    "outputs": [_spec("probabilities", [None, N_CLASSES])],
}
CNN_IO = {
    "inputs": [_spec("image", [None, 1, 8, 8])],
    "outputs": [_spec("probabilities", [None, N_CLASSES])],
}


def write_zoo(folder: Path, models: dict[str, tuple[str, bytes, dict[str, Any]]]) -> ModelRegistry:
    """Write model files and a manifest; models maps name -> (format, bytes, io)."""
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for name, (fmt, data, io) in models.items():
        file = f"{name}.{fmt}"
        (folder / file).write_bytes(data)
        entries.append(
            {
                "name": name,
                "task": "digits" if "cnn" not in name else "digits-image",
                "format": fmt,
                "precision": "int8" if "int8" in name else "fp32",
                "file": file,
                "sha256": hashlib.sha256(data).hexdigest(),
                "size_bytes": len(data),
                "labels": [str(i) for i in range(N_CLASSES)],
                **io,
            }
        )
    (folder / "manifest.json").write_text(json.dumps({"format_version": 1, "models": entries}))
    sign_zoo(folder)  # zoos are verified by default
    return ModelRegistry(folder)


def standard_zoo(folder: Path) -> ModelRegistry:
    return write_zoo(
        folder,
        {
            "lin-fp32": ("onnx", make_linear_onnx(), LINEAR_IO),
            "lin-fp32-tfl": ("tflite", make_linear_tflite(), LINEAR_IO),
            "cnn-fp32": ("onnx", make_cnn_onnx(), CNN_IO),
            "lin-int8-tfl": ("tflite", make_quantized_io_tflite(), LINEAR_IO),
        },
    )
