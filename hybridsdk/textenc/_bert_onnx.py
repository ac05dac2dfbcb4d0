"""Write a BERT sentence encoder as an ONNX graph from its weights (numpy + onnx.helper).

No torch and no exporter: each block is spelled out with stock ONNX ops (opset 17), the
way gguf converters write llama graphs. Weights of every MatMul are stored transposed, as
constant initializers, so ONNX Runtime's dynamic quantization finds them. The graph takes
`input_ids` and `attention_mask` (int64 [N, L]) and returns `embedding` (float32
[N, hidden]): mean over real tokens, then unit length, as sentence-transformers does.
The bytes depend only on the weights (fixed names, order, IR version and producer).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import MissingDependencyError
from hybridsdk.textenc._bert_config import BertConfig

__all__ = ["ATTENTION_MASK", "EMBEDDING", "INPUT_IDS", "build_bert_onnx"]

INPUT_IDS = "input_ids"
ATTENTION_MASK = "attention_mask"
EMBEDDING = "embedding"
OPSET = 17  # LayerNormalization; onnxruntime >= 1.14
IR_VERSION = 8


class _Graph:
    """Collects nodes and initializers with unique, stable names."""

    def __init__(self, helper: Any, numpy_helper: Any) -> None:
        self.helper = helper
        self.numpy_helper = numpy_helper
        self.nodes: list[Any] = []
        self.initializers: list[Any] = []
        self._count = 0

    def const(self, name: str, value: npt.NDArray[Any]) -> str:
        self.initializers.append(self.numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def op(self, op_type: str, inputs: list[str], **attrs: Any) -> str:
        self._count += 1
        out = f"{op_type.lower()}_{self._count}"
        self.nodes.append(
            self.helper.make_node(op_type, inputs, [out], name=f"n{self._count}", **attrs)
        )
        return out


def _f32(x: npt.NDArray[Any]) -> npt.NDArray[np.float32]:
    return np.asarray(x, dtype=np.float32)


def build_bert_onnx(weights: dict[str, npt.NDArray[Any]], config: BertConfig) -> bytes:
    """The serialized ONNX encoder.

    Args:
        weights: Hugging Face BERT tensor names to arrays (from the safetensors file).
        config: the encoder's shape.

    Raises:
        MissingDependencyError: the `onnx` package is missing.
    """
    try:
        import onnx
        from onnx import TensorProto, helper, numpy_helper
    except ImportError:
        raise MissingDependencyError("building the text encoder", "textcloud") from None
    g = _Graph(helper, numpy_helper)
    w = weights
    eps = config.layer_norm_eps
    heads, size, hidden = config.num_heads, config.head_size, config.hidden_size

    def layer_norm(x: str, prefix: str) -> str:
        scale = g.const(f"{prefix}.weight", _f32(w[f"{prefix}.weight"]))
        bias = g.const(f"{prefix}.bias", _f32(w[f"{prefix}.bias"]))
        return g.op("LayerNormalization", [x, scale, bias], axis=-1, epsilon=eps)

    def dense(x: str, prefix: str) -> str:
        # Stored as [in, out] so that MatMul(x, W) computes x @ W.T of the torch layout.
        weight = g.const(f"{prefix}.weight_t", _f32(w[f"{prefix}.weight"]).T.copy())
        bias = g.const(f"{prefix}.bias", _f32(w[f"{prefix}.bias"]))
        return g.op("Add", [g.op("MatMul", [x, weight]), bias])

    # Embeddings: word + position (0..L-1) + token type 0, then LayerNorm.
    word = g.op(
        "Gather",
        [g.const("word_embeddings", _f32(w["embeddings.word_embeddings.weight"])), INPUT_IDS],
    )
    # Positions 0..L-1 as a slice of the table (a Range + Gather trips an ORT rewrite).
    length = g.op("Shape", [INPUT_IDS], start=1, end=2)
    pos = g.op(
        "Slice",
        [
            g.const("position_embeddings", _f32(w["embeddings.position_embeddings.weight"])),
            g.const("zero_1d", np.array([0], dtype=np.int64)),
            length,
            g.const("axis0_1d", np.array([0], dtype=np.int64)),
        ],
    )
    type0 = g.const("token_type_0", _f32(w["embeddings.token_type_embeddings.weight"][0]))
    h = layer_norm(g.op("Add", [g.op("Add", [word, pos]), type0]), "embeddings.LayerNorm")

    # Additive attention mask [N, 1, 1, L]: 0 for tokens, a large negative for padding.
    mask = g.op("Cast", [ATTENTION_MASK], to=TensorProto.FLOAT)
    inverted = g.op("Sub", [g.const("one_f32", np.array(1.0, dtype=np.float32)), mask])
    neg = g.op("Mul", [inverted, g.const("mask_neg", np.array(-1e9, dtype=np.float32))])
    mask_bias = g.op("Unsqueeze", [neg, g.const("axes_1_2", np.array([1, 2], dtype=np.int64))])

    split_shape = g.const("split_shape", np.array([0, 0, heads, size], dtype=np.int64))
    merge_shape = g.const("merge_shape", np.array([0, 0, hidden], dtype=np.int64))
    scale = g.const("attn_scale", np.array(1.0 / math.sqrt(size), dtype=np.float32))
    sqrt2 = g.const("sqrt2", np.array(math.sqrt(2.0), dtype=np.float32))
    half = g.const("half", np.array(0.5, dtype=np.float32))
    one = g.const("one_f32_b", np.array(1.0, dtype=np.float32))
    for i in range(config.num_layers):
        p = f"encoder.layer.{i}"
        q = g.op(
            "Transpose",
            [g.op("Reshape", [dense(h, f"{p}.attention.self.query"), split_shape])],
            perm=[0, 2, 1, 3],
        )
        k = g.op(
            "Transpose",
            [g.op("Reshape", [dense(h, f"{p}.attention.self.key"), split_shape])],
            perm=[0, 2, 3, 1],
        )
        v = g.op(
            "Transpose",
            [g.op("Reshape", [dense(h, f"{p}.attention.self.value"), split_shape])],
            perm=[0, 2, 1, 3],
        )
        scores = g.op("Add", [g.op("Mul", [g.op("MatMul", [q, k]), scale]), mask_bias])
        probs = g.op("Softmax", [scores], axis=-1)
        context = g.op("Transpose", [g.op("MatMul", [probs, v])], perm=[0, 2, 1, 3])
        attn = dense(g.op("Reshape", [context, merge_shape]), f"{p}.attention.output.dense")
        h = layer_norm(g.op("Add", [attn, h]), f"{p}.attention.output.LayerNorm")
        inner = dense(h, f"{p}.intermediate.dense")
        # Exact GELU: 0.5 x (1 + erf(x / sqrt 2)), which ORT fuses into one Gelu kernel.
        gelu = g.op(
            "Mul",
            [
                g.op(
                    "Mul", [inner, g.op("Add", [g.op("Erf", [g.op("Div", [inner, sqrt2])]), one])]
                ),
                half,
            ],
        )
        out = dense(gelu, f"{p}.output.dense")
        h = layer_norm(g.op("Add", [out, h]), f"{p}.output.LayerNorm")

    # Mean pooling over real tokens, then L2 normalisation.
    mask3 = g.op("Unsqueeze", [mask, g.const("axes_2", np.array([2], dtype=np.int64))])
    summed = g.op(
        "ReduceSum",
        [g.op("Mul", [h, mask3]), g.const("axes_1", np.array([1], dtype=np.int64))],
        keepdims=0,
    )
    counts = g.op(
        "ReduceSum", [mask, g.const("axes_1b", np.array([1], dtype=np.int64))], keepdims=1
    )
    counts = g.op("Max", [counts, g.const("min_count", np.array(1e-9, dtype=np.float32))])
    pooled = g.op("Div", [summed, counts])
    norm = g.op("ReduceL2", [pooled], axes=[1], keepdims=1)  # axes an input only from opset 18
    norm = g.op("Max", [norm, g.const("min_norm", np.array(1e-12, dtype=np.float32))])
    final = g.op("Div", [pooled, norm])
    g.nodes.append(helper.make_node("Identity", [final], [EMBEDDING], name="embedding_out"))

    graph = helper.make_graph(
        g.nodes,
        "bert_sentence_encoder",
        [
            helper.make_tensor_value_info(INPUT_IDS, TensorProto.INT64, ["batch", "length"]),
            helper.make_tensor_value_info(ATTENTION_MASK, TensorProto.INT64, ["batch", "length"]),
        ],
        [helper.make_tensor_value_info(EMBEDDING, TensorProto.FLOAT, ["batch", hidden])],
        initializer=g.initializers,
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET)],
        producer_name="hybridsdk-textenc",
        producer_version="1",
    )
    model.ir_version = IR_VERSION
    onnx.checker.check_model(model)
    return bytes(model.SerializeToString())
