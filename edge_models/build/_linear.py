"""The edge baseline: multinomial logistic regression on the digits, four ways.

One set of weights (trained here) becomes a hand-built ONNX graph, its static-QDQ int8
twin, a hand-built TFLite flatbuffer and that flatbuffer's int8 twin from LiteRT's own
calibrating quantizer. The 1/16 pixel scaling is folded into the weights, so every file
takes raw pixels 0..16 and all four compute the same function up to quantization.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from _data import Digits

PIXEL_SCALE = 16.0  # digits pixels run 0..16; the model was trained on pixels / 16
INPUT_NAME = "pixels"
OUTPUT_NAME = "probabilities"
ONNX_OPSET = 17  # onnxruntime >= 1.14 runs it, so older boards can load the files
ONNX_IR_VERSION = 8


@dataclass(frozen=True)
class LinearWeights:
    weight: npt.NDArray[np.float32]  # [10, 64], scale already folded in
    bias: npt.NDArray[np.float32]  # [10]
    sklearn_test_accuracy: float


def train(data: Digits) -> LinearWeights:
    from sklearn.linear_model import LogisticRegression

    # lbfgs on a convex loss converges to the same point every run: the build is deterministic.
    model = LogisticRegression(C=1.0, max_iter=5000)
    model.fit(data.x_train / PIXEL_SCALE, data.y_train)
    return LinearWeights(
        weight=(model.coef_ / PIXEL_SCALE).astype(np.float32),
        bias=model.intercept_.astype(np.float32),
        sklearn_test_accuracy=float(model.score(data.x_test / PIXEL_SCALE, data.y_test)),
    )


def onnx_fp32(weights: LinearWeights) -> bytes:
    """Gemm(pixels, W^T) + b -> Softmax, batch dimension left dynamic."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    graph = helper.make_graph(
        nodes=[
            helper.make_node("Gemm", [INPUT_NAME, "weight", "bias"], ["logits"], transB=1),
            helper.make_node("Softmax", ["logits"], [OUTPUT_NAME], axis=1),
        ],
        name="digits_linear",
        inputs=[helper.make_tensor_value_info(INPUT_NAME, TensorProto.FLOAT, ["batch", 64])],
        outputs=[helper.make_tensor_value_info(OUTPUT_NAME, TensorProto.FLOAT, ["batch", 10])],
        initializer=[
            numpy_helper.from_array(weights.weight, "weight"),
            numpy_helper.from_array(weights.bias, "bias"),
        ],
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", ONNX_OPSET)],
        producer_name="hybridsdk-edge-models",
        ir_version=ONNX_IR_VERSION,
    )
    onnx.checker.check_model(model, full_check=True)
    return bytes(model.SerializeToString())


def onnx_int8_qdq(fp32_model: bytes, calibration: npt.NDArray[np.float32]) -> bytes:
    """Static QDQ int8 with onnxruntime's quantizer, calibrated on `calibration` rows."""
    return quantize_onnx_static(fp32_model, INPUT_NAME, calibration, batch=64)


def quantize_onnx_static(
    fp32_model: bytes, input_name: str, calibration: npt.NDArray[np.float32], *, batch: int
) -> bytes:
    """Static QDQ (int8 weights and activations, MinMax calibration) of an fp32 ONNX model."""
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )

    class _Reader(CalibrationDataReader):  # type: ignore[misc]
        def __init__(self) -> None:
            self._chunks = iter(
                calibration[start : start + batch] for start in range(0, len(calibration), batch)
            )

        def get_next(self) -> dict[str, npt.NDArray[np.float32]] | None:
            chunk = next(self._chunks, None)
            return None if chunk is None else {input_name: chunk}

    root = logging.getLogger()
    level = root.level
    # The quantizer logs a "consider pre-processing" hint on the root logger every call;
    # these graphs are already in the form the pre-processing step would give.
    root.setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="hybridsdk-quant-") as tmp:
        src, dst = Path(tmp) / "fp32.onnx", Path(tmp) / "int8.onnx"
        src.write_bytes(fp32_model)
        try:
            quantize_static(
                str(src),
                str(dst),
                _Reader(),
                quant_format=QuantFormat.QDQ,
                activation_type=QuantType.QInt8,
                weight_type=QuantType.QInt8,
                calibrate_method=CalibrationMethod.MinMax,
                per_channel=False,
            )
        finally:
            root.setLevel(level)
        return dst.read_bytes()


def tflite_fp32(weights: LinearWeights) -> bytes:
    """FULLY_CONNECTED -> SOFTMAX as a TFLite flatbuffer, written with the schema's object API.

    No TensorFlow: ai_edge_litert ships the generated schema classes. The batch dimension is
    1 in `shape` and -1 in `shapeSignature`, which is how the converter marks it dynamic.
    """
    import flatbuffers
    from ai_edge_litert import schema_py_generated as schema

    def tensor(
        name: str, shape: list[int], buffer: int, signature: list[int] | None = None
    ) -> object:
        t = schema.TensorT()
        t.name = name
        t.shape = shape
        t.shapeSignature = signature
        t.type = schema.TensorType.FLOAT32
        t.buffer = buffer
        return t

    def buffer(data: npt.NDArray[np.float32] | None) -> object:
        b = schema.BufferT()
        if data is not None:
            b.data = np.frombuffer(np.ascontiguousarray(data).tobytes(), dtype=np.uint8)
        return b

    def opcode(code: int) -> object:
        c = schema.OperatorCodeT()
        c.builtinCode = code
        # Codes below 127 must also sit in the deprecated int8 field for older readers.
        c.deprecatedBuiltinCode = code
        c.version = 1
        return c

    fc_options = schema.FullyConnectedOptionsT()
    fc_options.fusedActivationFunction = schema.ActivationFunctionType.NONE
    fc = schema.OperatorT()
    fc.opcodeIndex = 0
    fc.inputs = [0, 1, 2]
    fc.outputs = [3]
    fc.builtinOptionsType = schema.BuiltinOptions.FullyConnectedOptions
    fc.builtinOptions = fc_options

    softmax_options = schema.SoftmaxOptionsT()
    softmax_options.beta = 1.0
    softmax = schema.OperatorT()
    softmax.opcodeIndex = 1
    softmax.inputs = [3]
    softmax.outputs = [4]
    softmax.builtinOptionsType = schema.BuiltinOptions.SoftmaxOptions
    softmax.builtinOptions = softmax_options

    subgraph = schema.SubGraphT()
    subgraph.name = "main"
    subgraph.tensors = [
        tensor(INPUT_NAME, [1, 64], 1, [-1, 64]),
        tensor("weight", [10, 64], 2),
        tensor("bias", [10], 3),
        tensor("logits", [1, 10], 4, [-1, 10]),
        tensor(OUTPUT_NAME, [1, 10], 5, [-1, 10]),
    ]
    subgraph.inputs = [0]
    subgraph.outputs = [4]
    subgraph.operators = [fc, softmax]

    signature = schema.SignatureDefT()
    signature.signatureKey = "serving_default"
    signature.subgraphIndex = 0
    signature.inputs = [_tensor_map(schema, INPUT_NAME, 0)]
    signature.outputs = [_tensor_map(schema, OUTPUT_NAME, 4)]

    model = schema.ModelT()
    model.version = 3
    model.description = "hybridsdk digits logistic regression (edge_models/build)"
    model.operatorCodes = [
        opcode(schema.BuiltinOperator.FULLY_CONNECTED),
        opcode(schema.BuiltinOperator.SOFTMAX),
    ]
    model.subgraphs = [subgraph]
    # Buffer 0 is the schema's mandatory empty sentinel; activations use empty buffers too.
    model.buffers = [
        buffer(None),
        buffer(None),
        buffer(weights.weight),
        buffer(weights.bias),
        buffer(None),
        buffer(None),
    ]
    model.signatureDefs = [signature]

    builder = flatbuffers.Builder(4096)
    builder.Finish(model.Pack(builder), file_identifier=b"TFL3")
    return bytes(builder.Output())


def _tensor_map(schema: object, name: str, index: int) -> object:
    m = schema.TensorMapT()  # type: ignore[attr-defined]
    m.name = name
    m.tensorIndex = index
    return m


def tflite_int8(fp32_model: bytes, calibration: npt.NDArray[np.float32]) -> bytes:
    """Full-integer int8 via LiteRT's calibration wrapper (TF's post-training quantizer).

    The same calls TensorFlow's `lite/python/optimize/calibrator.py` makes: Prepare with
    the calibration shape, FeedTensor per batch (records min/max of every activation),
    then QuantizeModel with float32 in/out so callers still pass raw float pixels.
    """
    from ai_edge_litert import _pywrap_tensorflow_lite_calibration_wrapper as calibration_wrapper

    wrapper = calibration_wrapper.CalibrationWrapper(fp32_model, [], [])
    batch = 64
    prepared_shape: list[int] | None = None
    for start in range(0, len(calibration), batch):
        chunk = np.ascontiguousarray(calibration[start : start + batch])
        if list(chunk.shape) != prepared_shape:
            prepared_shape = list(chunk.shape)
            wrapper.Prepare([prepared_shape])
        wrapper.FeedTensor([chunk])
    quantized = wrapper.QuantizeModel(
        np.dtype(np.float32).num,  # input type: float in, a QUANTIZE op is inserted
        np.dtype(np.float32).num,  # output type: float out, a DEQUANTIZE op is inserted
        False,  # allow_float: refuse to leave any op in float
        np.dtype(np.int8).num,  # activations
        np.dtype(np.int32).num,  # bias
        False,  # disable_per_channel
        False,  # disable_per_channel_quantization_for_dense_layers
    )
    return bytes(quantized)
