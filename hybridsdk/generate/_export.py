"""Export a llama GGUF (Q4_1 / Q8_0) to one ONNX decoder graph with a KV cache, no torch.

The graph is built with `onnx.helper` straight from the GGUF's tensors:

- Q4_1 projections -> `MatMulNBits` 4-bit (zero point 8) + the per-block offset term
  (see `_quant`); q/k/v and gate/up are fused into one `MatMulNBits` each.
- the tied Q8_0 embedding -> an int8 `Gather` times per-block scales (exact), and the
  lm head -> 8-bit `MatMulNBits` on the same bytes.
- RMSNorm -> `SimplifiedLayerNormalization` / `SkipSimplifiedLayerNormalization` (the
  residual add is fused), attention -> `GroupQueryAttention` with interleaved rotary (the
  layout GGUF stores llama Q/K in) fed the packed q|k|v projection, SwiGLU as Sigmoid * Mul.

Inputs and outputs follow ONNX Runtime GenAI's names (``input_ids``, ``attention_mask``,
``past_key_values.N.key`` ... ``logits``, ``present.N.key``), plus ``num_logits_to_keep``
(int64 scalar, default: all positions) so a prompt's prefill computes only the logits it
needs. With `genai_config` beside it the folder also runs under ONNX Runtime GenAI.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from hybridsdk._exceptions import MissingDependencyError, ModelLoadError
from hybridsdk.generate._gguf import GGUFModel, LlamaConfig
from hybridsdk.generate._quant import BLOCK, NBitsWeight, concat_nbits, q4_1_to_nbits, q8_0_parts

logger = logging.getLogger("hybridsdk.generate")

OPSET = 17
MAX_POSITIONS = 8192
KEEP_ALL = 1 << 40


def _onnx() -> Any:
    try:
        import onnx
    except ImportError:
        raise MissingDependencyError("exporting GGUF models to ONNX", "genai") from None
    return onnx


class _Graph:
    """Tiny node/initialiser accumulator with unique names."""

    def __init__(self) -> None:
        self.onnx = _onnx()
        self.nodes: list[Any] = []
        self.inits: list[Any] = []
        self._count = 0

    def name(self, hint: str) -> str:
        self._count += 1
        return f"{hint}_{self._count}"

    def const(self, hint: str, value: NDArray[Any]) -> str:
        name = self.name(hint)
        self.inits.append(self.onnx.numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def op(
        self, op_type: str, inputs: list[str], n_out: int = 1, domain: str = "", **attrs: Any
    ) -> list[str]:
        outs = [self.name(op_type.lower()) for _ in range(n_out)]
        self.nodes.append(
            self.onnx.helper.make_node(
                op_type, inputs, outs, name=self.name("n_" + op_type), domain=domain, **attrs
            )
        )
        return outs

    def op1(self, op_type: str, inputs: list[str], domain: str = "", **attrs: Any) -> str:
        return self.op(op_type, inputs, 1, domain, **attrs)[0]


def _nbits_matmul(
    g: _Graph, x: str, w: NBitsWeight, hint: str, block_sums: str | None, accuracy: int
) -> str:
    packed = g.const(hint + "_q", w.packed)
    scales = g.const(hint + "_s", w.scales)
    y = g.op1(
        "MatMulNBits",
        [x, packed, scales],
        domain="com.microsoft",
        K=w.k,
        N=w.n,
        bits=w.bits,
        block_size=BLOCK,
        accuracy_level=accuracy,
    )
    if w.offset is None:
        return y
    if block_sums is None:
        raise ModelLoadError("internal: a Q4_1 weight needs its input's block sums")
    corr = g.op1("MatMul", [block_sums, g.const(hint + "_off", w.offset)])
    return g.op1("Add", [y, corr])


def _block_sums(g: _Graph, x: str, k: int) -> str:
    shape = g.const("bs_shape", np.array([0, 0, k // BLOCK, BLOCK], dtype=np.int64))
    blocks = g.op1("Reshape", [x, shape])
    axes = g.const("bs_axes", np.array([-1], dtype=np.int64))
    return g.op1("ReduceSum", [blocks, axes], keepdims=0)


def _q4(model: GGUFModel, name: str) -> NBitsWeight:
    raw = model.tensors.get(name)
    if raw is None:
        raise ModelLoadError(f"GGUF lacks tensor {name!r}")
    if raw.kind != "Q4_1":
        raise ModelLoadError(
            f"tensor {name!r} is {raw.kind}; this exporter covers Q4_1 projections "
            "(use the llama.cpp backend for other quantisations)"
        )
    return q4_1_to_nbits(raw.data, raw.rows, raw.cols)


def _f32(model: GGUFModel, name: str) -> NDArray[np.float32]:
    raw = model.tensors[name]
    if raw.kind != "F32":
        raise ModelLoadError(f"tensor {name!r} is {raw.kind}, expected F32")
    return np.asarray(raw.data, dtype=np.float32).reshape(-1)


def rope_cache(
    config: LlamaConfig, positions: int
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """cos/sin tables [positions, head_dim/2] for `GroupQueryAttention`."""
    d = config.head_dim
    inv = config.rope_theta ** (-np.arange(0, d, 2, dtype=np.float64) / d)
    ang = np.arange(positions, dtype=np.float64)[:, None] * inv[None, :]
    return np.cos(ang).astype(np.float32), np.sin(ang).astype(np.float32)


def build_graph(model: GGUFModel, *, accuracy_level: int = 4) -> Any:
    """The decoder as an `onnx.ModelProto` (weights inline).

    Args:
        model: a read GGUF model.
        accuracy_level: `MatMulNBits` compute type: 4 quantises activations to int8 per
            block (ORT's fast path, the shipped default), 0 computes in float32 (exact
            apart from float rounding; tests compare it with the numpy reference).
    """
    c = model.config
    if c.n_heads % c.n_kv_heads or c.hidden % c.n_heads:
        raise ModelLoadError("head counts do not divide the hidden width")
    onnx = _onnx()
    helper, tp = onnx.helper, onnx.TensorProto
    g = _Graph()
    hd = c.head_dim

    emb_raw = model.tensors["token_embd.weight"]
    if emb_raw.kind != "Q8_0" or "output.weight" in model.tensors:
        raise ModelLoadError(
            "this exporter covers a tied Q8_0 embedding (SmolLM2's layout); "
            f"got {emb_raw.kind} with{'out' if 'output.weight' not in model.tensors else ''} "
            "a separate output head"
        )
    emb_q, emb_d = q8_0_parts(emb_raw.data, emb_raw.rows, emb_raw.cols)

    # Embedding: int8 rows times per-block scales, exact.
    table = g.const("emb_q", emb_q.reshape(c.vocab, c.hidden))
    scales = g.const("emb_d", emb_d[..., None])  # [V, nb, 1]
    rows = g.op1("Cast", [g.op1("Gather", [table, "input_ids"])], to=tp.FLOAT)
    blk_shape = g.const("emb_shape", np.array([0, 0, c.hidden // BLOCK, BLOCK], dtype=np.int64))
    rows = g.op1("Reshape", [rows, blk_shape])
    rows = g.op1("Mul", [rows, g.op1("Gather", [scales, "input_ids"])])
    hidden_shape = g.const("hid_shape", np.array([0, 0, c.hidden], dtype=np.int64))
    x = g.op1("Reshape", [rows, hidden_shape])

    # GroupQueryAttention's sequence bookkeeping from the attention mask.
    one = g.const("one", np.array([1], dtype=np.int64))
    seqlens = g.op1("Sub", [g.op1("ReduceSum", ["attention_mask", one], keepdims=0), one])
    seqlens = g.op1("Cast", [seqlens], to=tp.INT32)
    total = g.op1(
        "Gather", [g.op1("Shape", ["attention_mask"]), g.const("i1", np.array(1, dtype=np.int64))]
    )
    total = g.op1("Cast", [total], to=tp.INT32)
    cos, sin = rope_cache(c, min(c.context_length, MAX_POSITIONS))
    cos_name, sin_name = g.const("cos", cos), g.const("sin", sin)

    inputs = [
        helper.make_tensor_value_info("input_ids", tp.INT64, ["batch", "seq"]),
        helper.make_tensor_value_info("attention_mask", tp.INT64, ["batch", "total"]),
        helper.make_tensor_value_info("num_logits_to_keep", tp.INT64, []),
    ]
    outputs = []
    residual: str | None = None
    pending: str | None = None  # last sub-layer output, not yet added to the residual
    for layer in range(c.n_layers):
        p = f"blk.{layer}."
        norm = g.const(f"l{layer}_attn_norm", _f32(model, p + "attn_norm.weight"))
        if pending is None:
            h = g.op1("SimplifiedLayerNormalization", [x, norm], axis=-1, epsilon=c.rms_eps)
            residual = x
        else:
            h, _m, _v, residual = g.op(
                "SkipSimplifiedLayerNormalization",
                [pending, residual or x, norm],
                4,
                domain="com.microsoft",
                epsilon=c.rms_eps,
            )
        qkv_w = concat_nbits(
            [_q4(model, p + n) for n in ("attn_q.weight", "attn_k.weight", "attn_v.weight")]
        )
        qkv = _nbits_matmul(
            g, h, qkv_w, f"l{layer}_qkv", _block_sums(g, h, c.hidden), accuracy_level
        )
        past_k, past_v = f"past_key_values.{layer}.key", f"past_key_values.{layer}.value"
        present_k, present_v = f"present.{layer}.key", f"present.{layer}.value"
        for name in (past_k, past_v):
            inputs.append(
                helper.make_tensor_value_info(name, tp.FLOAT, ["batch", c.n_kv_heads, "past", hd])
            )
        for name in (present_k, present_v):
            outputs.append(
                helper.make_tensor_value_info(name, tp.FLOAT, ["batch", c.n_kv_heads, "total", hd])
            )
        attn = g.name("attn")
        g.nodes.append(
            helper.make_node(
                "GroupQueryAttention",
                # Packed q|k|v as the query, key and value left empty: no Split, no copies.
                [qkv, "", "", past_k, past_v, seqlens, total, cos_name, sin_name],
                [attn, present_k, present_v],
                name=g.name("n_gqa"),
                domain="com.microsoft",
                num_heads=c.n_heads,
                kv_num_heads=c.n_kv_heads,
                do_rotary=1,
                rotary_interleaved=1,
                scale=float(1.0 / np.sqrt(hd)),
            )
        )
        o_w = _q4(model, p + "attn_output.weight")
        o = _nbits_matmul(
            g, attn, o_w, f"l{layer}_o", _block_sums(g, attn, c.hidden), accuracy_level
        )
        ffn_norm = g.const(f"l{layer}_ffn_norm", _f32(model, p + "ffn_norm.weight"))
        h2, _m, _v, residual = g.op(
            "SkipSimplifiedLayerNormalization",
            [o, residual, ffn_norm],
            4,
            domain="com.microsoft",
            epsilon=c.rms_eps,
        )
        gu_w = concat_nbits([_q4(model, p + "ffn_gate.weight"), _q4(model, p + "ffn_up.weight")])
        gu = _nbits_matmul(
            g, h2, gu_w, f"l{layer}_gu", _block_sums(g, h2, c.hidden), accuracy_level
        )
        gate, up = g.op(
            "Split", [gu, g.const("gu_split", np.array([c.ffn, c.ffn], dtype=np.int64))], 2, axis=-1
        )
        act = g.op1("Mul", [g.op1("Mul", [gate, g.op1("Sigmoid", [gate])]), up])
        down_w = _q4(model, p + "ffn_down.weight")
        pending = _nbits_matmul(
            g, act, down_w, f"l{layer}_down", _block_sums(g, act, c.ffn), accuracy_level
        )

    final_norm = g.const("out_norm", _f32(model, "output_norm.weight"))
    hf, _m, _v, _r = g.op(
        "SkipSimplifiedLayerNormalization",
        [pending or x, residual or x, final_norm],
        4,
        domain="com.microsoft",
        epsilon=c.rms_eps,
    )
    # Keep only the last `num_logits_to_keep` positions before the (large) lm head.
    start = g.op1(
        "Neg",
        [g.op1("Unsqueeze", ["num_logits_to_keep", g.const("ax0", np.array([0], dtype=np.int64))])],
    )
    big = g.const("end", np.array([np.iinfo(np.int64).max], dtype=np.int64))
    hf = g.op1("Slice", [hf, start, big, one])
    lm_q = (emb_q.astype(np.int16) + 128).astype(np.uint8)
    lm = NBitsWeight(lm_q, emb_d.reshape(-1).copy(), None, 8)
    logits_tmp = _nbits_matmul(g, hf, lm, "lm_head", None, accuracy_level)
    g.nodes.append(helper.make_node("Identity", [logits_tmp], ["logits"], name="n_logits"))
    outputs.insert(0, helper.make_tensor_value_info("logits", tp.FLOAT, ["batch", "keep", c.vocab]))

    # A default for num_logits_to_keep (an initializer named like the input): every
    # position, which is what ONNX Runtime GenAI, feeding no such input, expects.
    g.inits.append(
        onnx.numpy_helper.from_array(np.array(KEEP_ALL, dtype=np.int64), "num_logits_to_keep")
    )
    graph = helper.make_graph(g.nodes, "llama_decoder", inputs, outputs, g.inits)
    model_proto = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid("com.microsoft", 1)],
        producer_name="hybridsdk.generate",
    )
    model_proto.ir_version = 9
    return model_proto


def export_onnx(model: GGUFModel, path: str | Path, *, accuracy_level: int = 4) -> Path:
    """Write the decoder graph to `path` (weights in one external-data file beside it).

    Args:
        model: a read GGUF model.
        path: the ``.onnx`` file to write.
        accuracy_level: see `build_graph`.
    """
    onnx = _onnx()
    path = Path(path)
    proto = build_graph(model, accuracy_level=accuracy_level)
    data_name = path.name + ".data"
    (path.parent / data_name).unlink(missing_ok=True)
    onnx.save_model(
        proto,
        str(path),
        save_as_external_data=True,
        all_tensors_to_one_file=True,
        location=data_name,
        size_threshold=1024,
    )
    logger.info("exported %s (%d nodes)", path, len(proto.graph.node))
    return path


def genai_config(model: GGUFModel, *, threads: int = 1, max_length: int = 2048) -> dict[str, Any]:
    """An ONNX Runtime GenAI ``genai_config.json`` for the exported graph.

    Args:
        model: the GGUF the graph came from.
        threads: intra-op threads for GenAI's session.
        max_length: GenAI's default prompt + completion length.
    """
    c = model.config
    meta = model.metadata
    eos = int(meta.get("tokenizer.ggml.eos_token_id", 2))
    return {
        "model": {
            "bos_token_id": int(meta.get("tokenizer.ggml.bos_token_id", 1)),
            "context_length": min(c.context_length, MAX_POSITIONS),
            "decoder": {
                "session_options": {"intra_op_num_threads": threads, "provider_options": []},
                "filename": "model.onnx",
                "head_size": c.head_dim,
                "hidden_size": c.hidden,
                "inputs": {
                    "input_ids": "input_ids",
                    "attention_mask": "attention_mask",
                    "past_key_names": "past_key_values.%d.key",
                    "past_value_names": "past_key_values.%d.value",
                },
                "outputs": {
                    "logits": "logits",
                    "present_key_names": "present.%d.key",
                    "present_value_names": "present.%d.value",
                },
                "num_attention_heads": c.n_heads,
                "num_hidden_layers": c.n_layers,
                "num_key_value_heads": c.n_kv_heads,
            },
            "eos_token_id": eos,
            "pad_token_id": int(meta.get("tokenizer.ggml.padding_token_id", eos)),
            "type": "llama",
            "vocab_size": c.vocab,
        },
        "search": {
            "do_sample": False,
            "max_length": max_length,
            "min_length": 0,
            "num_beams": 1,
            "num_return_sequences": 1,
            "past_present_share_buffer": True,
            "repetition_penalty": 1.0,
            "temperature": 1.0,
            "top_k": 1,
            "top_p": 1.0,
        },
    }
