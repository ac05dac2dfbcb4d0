"""K-quant and Q5_0 blocks built by hand with known answers, through gguf's dequantiser (the
numpy reference's), our `MatMulNBits` repacking and real ONNX Runtime."""

from __future__ import annotations

import gguf
import numpy as np
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

from hybridsdk import ModelLoadError
from hybridsdk.generate._gguf import RawTensor
from hybridsdk.generate._gguf_weights import NBITS_KINDS, int8_rows, nbits_weight
from hybridsdk.generate._kquant import q4_k_to_nbits, q6_k_parts, q6_k_to_nbits
from hybridsdk.generate._quant import concat_nbits, nbits_dequantize, q5_0_to_nbits
from tests.generate._ggml_encode import q4_k_block, q5_0_block, q6_k_block

T = gguf.GGMLQuantizationType


def _bytes(blocks: list[bytes], rows: int) -> np.ndarray:
    return np.frombuffer(b"".join(blocks), dtype=np.uint8).reshape(rows, -1).copy()


def test_q6_k_known_answer() -> None:
    # d = 0.5, sc_j = j - 8 (negative scales too), q = i % 64: w_i = 0.5*(i//16 - 8)*(i%64 - 32)
    q = [i % 64 for i in range(256)]
    sc = [j - 8 for j in range(16)]
    raw = _bytes([q6_k_block(0.5, sc, q)], 1)
    known = np.array([0.5 * (i // 16 - 8) * (i % 64 - 32) for i in range(256)], np.float32)
    np.testing.assert_array_equal(gguf.quants.dequantize(raw, T.Q6_K).reshape(-1), known)
    np.testing.assert_array_equal(nbits_dequantize(q6_k_to_nbits(raw, 1, 256))[0], known)
    got_q, got_scale = q6_k_parts(raw, 1, 256)
    np.testing.assert_array_equal(got_q.reshape(-1), q)
    np.testing.assert_array_equal(got_scale[0], [0.5 * s for s in sc])


def test_q4_k_known_answer() -> None:
    # sub-block j: scale 0.25*(j+1)*... with 6-bit values above 15 (the packed high bits).
    sc = [1, 17, 33, 63, 5, 20, 40, 62]
    m = [0, 2, 63, 16, 31, 47, 1, 60]
    q = [(7 * i) % 16 for i in range(256)]
    raw = _bytes([q4_k_block(0.25, 0.125, sc, m, q)], 1)
    known = np.array(
        [0.25 * sc[i // 32] * q[i] - 0.125 * m[i // 32] for i in range(256)], np.float32
    )
    np.testing.assert_array_equal(gguf.quants.dequantize(raw, T.Q4_K).reshape(-1), known)
    np.testing.assert_allclose(
        nbits_dequantize(q4_k_to_nbits(raw, 1, 256))[0], known, rtol=0, atol=1e-5
    )


def test_q5_0_known_answer() -> None:
    q = [(5 * i + 3) % 32 for i in range(32)]  # every high bit pattern appears
    raw = _bytes([q5_0_block(0.75, q), q5_0_block(-2.0, q[::-1])], 1)
    known = [0.75 * (v - 16) for v in q] + [-2.0 * (v - 16) for v in q[::-1]]
    np.testing.assert_array_equal(gguf.quants.dequantize(raw, T.Q5_0).reshape(-1), known)
    np.testing.assert_array_equal(nbits_dequantize(q5_0_to_nbits(raw, 1, 64))[0], known)
    rows, scales = int8_rows(RawTensor("token_embd.weight", "Q5_0", 1, 64, raw))
    np.testing.assert_array_equal((rows * scales[..., None]).reshape(-1), known)


def _random(rng: np.random.Generator, kind: str, n: int, k: int) -> np.ndarray:
    blocks = []
    for _ in range(n * k // (256 if kind.endswith("_K") else 32)):
        if kind == "Q6_K":
            blocks.append(
                q6_k_block(
                    float(rng.uniform(-0.05, 0.05)),
                    rng.integers(-128, 128, 16).tolist(),
                    rng.integers(0, 64, 256).tolist(),
                )
            )
        elif kind == "Q4_K":
            blocks.append(
                q4_k_block(
                    float(rng.uniform(0, 0.05)),
                    float(rng.uniform(0, 0.05)),
                    rng.integers(0, 64, 8).tolist(),
                    rng.integers(0, 64, 8).tolist(),
                    rng.integers(0, 16, 256).tolist(),
                )
            )
        else:
            blocks.append(
                q5_0_block(float(rng.uniform(-0.05, 0.05)), rng.integers(0, 32, 32).tolist())
            )
    return _bytes(blocks, n)


@pytest.mark.parametrize("kind", ["Q4_K", "Q5_0", "Q6_K"])
def test_random_blocks_equal_gguf_dequantize(kind: str) -> None:
    raw = _random(np.random.default_rng(7), kind, 6, 512)
    expected = gguf.quants.dequantize(raw, T[kind]).astype(np.float32)
    got = nbits_dequantize(nbits_weight(RawTensor("w", kind, 6, 512, raw)))
    # Q4_K's scale*(q-8) + (8*scale + offset) rounds differently from scale*q + offset.
    np.testing.assert_allclose(got, expected, rtol=1e-6, atol=1e-6 if kind == "Q4_K" else 0)


def _run_8bit(x: np.ndarray, w, accuracy: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    node = helper.make_node(
        "MatMulNBits",
        ["x", "B", "S"],
        ["y"],
        domain="com.microsoft",
        K=w.k,
        N=w.n,
        bits=8,
        block_size=w.block,
        accuracy_level=accuracy,
    )
    graph = helper.make_graph(
        [node],
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, None, w.k])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, None, w.n])],
        [numpy_helper.from_array(w.packed, "B"), numpy_helper.from_array(w.scales, "S")],
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]
    )
    model.ir_version = 9
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, {"x": x})[0]


@pytest.mark.parametrize("kind", ["Q5_0", "Q6_K"])
def test_8bit_forms_run_in_ort(kind: str) -> None:
    rng = np.random.default_rng(8)
    raw = _random(rng, kind, 24, 256)
    w = nbits_weight(RawTensor("w", kind, 24, 256, raw))
    assert (w.bits, w.block) == (8, 16 if kind == "Q6_K" else 32)
    dense = gguf.quants.dequantize(raw, T[kind]).astype(np.float32)
    x = rng.standard_normal((1, 3, 256)).astype(np.float32)
    exact = x @ dense.T
    np.testing.assert_allclose(_run_8bit(x, w, 0), exact, rtol=1e-4, atol=1e-4)
    approx = _run_8bit(x, w, 4)  # int8 activations: close, not exact
    assert np.abs(approx - exact).max() < 0.02 * np.abs(exact).max()


def test_fusing_a_weight_without_offset_keeps_the_other_offsets() -> None:
    rng = np.random.default_rng(9)
    a = q4_k_to_nbits(_random(rng, "Q4_K", 4, 256), 4, 256)
    b = a.__class__(a.packed, a.scales, None, 4)  # the same nibbles, no offset term
    fused = concat_nbits([a, b])
    np.testing.assert_array_equal(
        nbits_dequantize(fused), np.concatenate([nbits_dequantize(a), nbits_dequantize(b)])
    )
    with pytest.raises(ModelLoadError, match="blocks"):
        concat_nbits(
            [
                q5_0_to_nbits(_random(rng, "Q5_0", 2, 256), 2, 256),
                q6_k_to_nbits(_random(rng, "Q6_K", 2, 256), 2, 256),
            ]
        )


def test_unsupported_kinds_are_refused_by_name() -> None:
    assert {"Q4_1", "Q4_K", "Q5_0", "Q6_K", "Q8_0"} == NBITS_KINDS
    with pytest.raises(ModelLoadError, match=r"'blk.0.ffn_up.weight' is Q5_K"):
        nbits_weight(RawTensor("blk.0.ffn_up.weight", "Q5_K", 1, 256, np.zeros(176, np.uint8)))
    with pytest.raises(ModelLoadError, match=r"embedding 'token_embd.weight' is Q4_K"):
        int8_rows(RawTensor("token_embd.weight", "Q4_K", 1, 256, np.zeros(144, np.uint8)))
    with pytest.raises(ModelLoadError, match="Q6_K tensor of 209 bytes"):
        q6_k_to_nbits(np.zeros(209, np.uint8), 1, 256)
    with pytest.raises(ModelLoadError, match="Q5_0 tensor"):
        q5_0_to_nbits(np.zeros(21, np.uint8), 1, 32)
