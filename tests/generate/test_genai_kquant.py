"""GGUF Q4_K -> MatMulNBits + offset: equal to gguf's own dequantiser on random blocks."""

from __future__ import annotations

import gguf
import numpy as np
import pytest

from hybridsdk import ModelLoadError
from hybridsdk.generate._kquant import q4_k_parts, q4_k_to_nbits
from hybridsdk.generate._quant import nbits_dequantize


def _q4_k_blocks(rng: np.random.Generator, n: int, k: int) -> np.ndarray:
    raw = rng.integers(0, 256, size=(n, k // 256, 144), dtype=np.uint8)
    d = (np.abs(rng.standard_normal((n, k // 256))) * 0.01).astype(np.float16)
    dmin = (np.abs(rng.standard_normal((n, k // 256))) * 0.01).astype(np.float16)
    raw[..., 0:2] = d[..., None].view(np.uint8).reshape(n, k // 256, 2)
    raw[..., 2:4] = dmin[..., None].view(np.uint8).reshape(n, k // 256, 2)
    return raw.reshape(n, -1)


def test_q4_k_parts_equal_gguf_dequantize() -> None:
    rng = np.random.default_rng(3)
    raw = _q4_k_blocks(rng, 8, 512)
    expected = gguf.quants.dequantize(raw, gguf.GGMLQuantizationType.Q4_K).astype(np.float32)
    q, scale, offset = q4_k_parts(raw, 8, 512)
    got = scale[..., None] * q.astype(np.float32) + offset[..., None]
    np.testing.assert_array_equal(got.reshape(8, 512), expected)


def test_q4_k_repack_matches_gguf_within_float32_rounding() -> None:
    rng = np.random.default_rng(4)
    raw = _q4_k_blocks(rng, 16, 768)
    expected = gguf.quants.dequantize(raw, gguf.GGMLQuantizationType.Q4_K).astype(np.float32)
    got = nbits_dequantize(q4_k_to_nbits(raw, 16, 768))
    assert got.shape == (16, 768)
    # scale*(q - 8) + (8*scale + offset) rounds differently from scale*q + offset.
    np.testing.assert_allclose(got, expected, rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize(("n", "k", "size"), [(4, 256, 143), (4, 100, 144 * 4), (4, 512, 144)])
def test_q4_k_refuses_bytes_that_do_not_fit(n: int, k: int, size: int) -> None:
    with pytest.raises(ModelLoadError, match="Q4_K"):
        q4_k_parts(np.zeros(size, np.uint8), n, k)


def test_q4_k_offset_term_reproduces_the_matmul_in_ort() -> None:
    from tests.generate.test_genai_quant import _run_nbits

    rng = np.random.default_rng(5)
    raw = _q4_k_blocks(rng, 32, 256)
    dense = gguf.quants.dequantize(raw, gguf.GGMLQuantizationType.Q4_K).astype(np.float32)
    x = rng.standard_normal((1, 3, 256)).astype(np.float32)
    exact = x @ dense.T
    got = _run_nbits(x, q4_k_to_nbits(raw, 32, 256), 0)
    np.testing.assert_allclose(got, exact, rtol=1e-4, atol=1e-3 * np.abs(exact).max())
