"""GGUF block formats -> MatMulNBits: exact on synthetic blocks, and through real ORT."""

from __future__ import annotations

import gguf
import numpy as np
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

from hybridsdk import ModelLoadError
from hybridsdk.generate._quant import (
    concat_nbits,
    nbits_dequantize,
    q4_1_to_nbits,
    q8_0_to_nbits,
)


def _random_blocks(rng: np.random.Generator, n: int, k: int, size: int) -> np.ndarray:
    raw = rng.integers(0, 256, size=(n, k // 32, size), dtype=np.uint8)
    # Finite float16 scales and mins (random bytes could be NaN/inf).
    d = (rng.standard_normal((n, k // 32)) * 0.02).astype(np.float16)
    raw[..., 0:2] = d[..., None].view(np.uint8).reshape(n, k // 32, 2)
    if size == 20:
        m = (rng.standard_normal((n, k // 32)) * 0.1).astype(np.float16)
        raw[..., 2:4] = m[..., None].view(np.uint8).reshape(n, k // 32, 2)
    return raw.reshape(n, -1)


def test_q4_1_repack_is_lossless() -> None:
    rng = np.random.default_rng(1)
    raw = _random_blocks(rng, 48, 96, 20)
    expected = gguf.quants.dequantize(raw, gguf.GGMLQuantizationType.Q4_1)
    got = nbits_dequantize(q4_1_to_nbits(raw, 48, 96))
    assert got.shape == (48, 96)
    np.testing.assert_array_equal(got, expected.astype(np.float32))


def test_q8_0_repack_is_lossless() -> None:
    rng = np.random.default_rng(2)
    raw = _random_blocks(rng, 40, 64, 34)
    expected = gguf.quants.dequantize(raw, gguf.GGMLQuantizationType.Q8_0)
    got = nbits_dequantize(q8_0_to_nbits(raw, 40, 64))
    np.testing.assert_array_equal(got, expected.astype(np.float32))


def _run_nbits(x: np.ndarray, w, accuracy: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    """MatMulNBits + the offset term, exactly as the exporter wires them, in real ORT."""
    k, n = w.k, w.n
    nodes = [
        helper.make_node(
            "MatMulNBits", ["x", "B", "S"], ["y0"], domain="com.microsoft",
            K=k, N=n, bits=w.bits, block_size=32, accuracy_level=accuracy,
        ),
        helper.make_node("Reshape", ["x", "shape"], ["xb"]),
        helper.make_node("ReduceSum", ["xb", "axes"], ["bs"], keepdims=0),
        helper.make_node("MatMul", ["bs", "off"], ["corr"]),
        helper.make_node("Add", ["y0", "corr"], ["y"]),
    ]  # fmt: skip
    inits = [
        numpy_helper.from_array(w.packed, "B"),
        numpy_helper.from_array(w.scales, "S"),
        numpy_helper.from_array(w.offset, "off"),
        numpy_helper.from_array(np.array([0, 0, k // 32, 32], dtype=np.int64), "shape"),
        numpy_helper.from_array(np.array([-1], dtype=np.int64), "axes"),
    ]
    graph = helper.make_graph(
        nodes,
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, None, k])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, None, n])],
        inits,
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]
    )
    model.ir_version = 9
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, {"x": x})[0]


def test_offset_term_reproduces_q4_1_matmul_in_ort() -> None:
    rng = np.random.default_rng(3)
    raw = _random_blocks(rng, 64, 128, 20)
    w = q4_1_to_nbits(raw, 64, 128)
    dense = gguf.quants.dequantize(raw, gguf.GGMLQuantizationType.Q4_1).astype(np.float32)
    x = rng.standard_normal((1, 5, 128)).astype(np.float32)
    exact = x @ dense.T
    np.testing.assert_allclose(_run_nbits(x, w, 0), exact, rtol=1e-4, atol=1e-4)
    # ORT's int8 path quantises activations per block: close, not exact.
    approx = _run_nbits(x, w, 4)
    assert np.abs(approx - exact).max() < 0.02 * np.abs(exact).max()
    # Without the offset term the result is far off: the term is what makes it exact.
    no_offset = x @ nbits_dequantize(type(w)(w.packed, w.scales, None, 4)).T
    assert np.abs(no_offset - exact).max() > 0.1


def test_fused_weights_stack_along_n() -> None:
    rng = np.random.default_rng(4)
    a = q4_1_to_nbits(_random_blocks(rng, 8, 64, 20), 8, 64)
    b = q4_1_to_nbits(_random_blocks(rng, 4, 64, 20), 4, 64)
    fused = concat_nbits([a, b])
    np.testing.assert_array_equal(
        nbits_dequantize(fused), np.concatenate([nbits_dequantize(a), nbits_dequantize(b)])
    )
    with pytest.raises(ModelLoadError):
        concat_nbits([a, q4_1_to_nbits(_random_blocks(rng, 4, 96, 20), 4, 96)])


def test_wrong_sizes_are_refused() -> None:
    with pytest.raises(ModelLoadError, match="does not hold"):
        q4_1_to_nbits(np.zeros(100, dtype=np.uint8), 4, 64)
    with pytest.raises(ModelLoadError, match="does not hold"):
        q8_0_to_nbits(np.zeros(34 * 2, dtype=np.uint8), 2, 48)
