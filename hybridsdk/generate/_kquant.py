"""GGUF Q4_K blocks -> 4-bit `MatMulNBits` tensors, without loss (for Q4_K_M models).

A Q4_K super-block holds 256 weights as 8 sub-blocks of 32: ``w = d*sc_j*q - dmin*m_j``
(``d``, ``dmin`` float16; ``sc_j``, ``m_j`` 6-bit, packed in 12 bytes; ``q`` in 0..15).
Per 32-block that is ``scale*q + offset`` with ``scale = d*sc_j`` and
``offset = -dmin*m_j``: the Q4_1 form, so it maps onto the same `MatMulNBits` (zero
point 8) plus ``8*scale + offset`` term as `_quant.q4_1_to_nbits`.

A Q6_K super-block holds 256 weights as 16 sub-blocks of 16: ``w = d*sc_j*(q - 32)``
(``d`` float16, ``sc_j`` int8, ``q`` 6-bit: 4 low bits in ``ql``, 2 high bits in ``qh``).
As uint8 ``q + 96`` with `MatMulNBits`' 8-bit zero point 128, block 16 and scale
``d*sc_j`` (exact in float32) it is the same number, without loss.

Both are what Qwen2.5 Q4_K_M GGUFs use for ``ffn_down`` (the cloud stand-in,
docs/generate.md).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from hybridsdk._exceptions import ModelLoadError
from hybridsdk.generate._quant import BLOCK, NBitsWeight

__all__ = ["q4_k_parts", "q4_k_to_nbits", "q6_k_parts", "q6_k_to_nbits"]

QK_K = 256
_Q4_K_BYTES = 144  # f16 d, f16 dmin, 12 bytes of 6-bit scales/mins, 128 bytes of nibbles
_Q6_K_BYTES = 210  # 128 bytes ql, 64 bytes qh, 16 int8 scales, f16 d
Q6_K_BLOCK = 16


def _scales_mins(packed: NDArray[np.uint8]) -> tuple[NDArray[np.uint8], NDArray[np.uint8]]:
    """ggml's get_scale_min_k4 over [..., 12] bytes -> (sc, m) [..., 8], each 0..63."""
    s = packed.astype(np.uint8)
    sc = np.empty((*s.shape[:-1], 8), np.uint8)
    m = np.empty_like(sc)
    sc[..., :4] = s[..., 0:4] & 63
    m[..., :4] = s[..., 4:8] & 63
    sc[..., 4:] = (s[..., 8:12] & 0x0F) | ((s[..., 0:4] >> 6) << 4)
    m[..., 4:] = (s[..., 8:12] >> 4) | ((s[..., 4:8] >> 6) << 4)
    return sc, m


def q4_k_parts(
    raw: NDArray[np.uint8], n: int, k: int
) -> tuple[NDArray[np.uint8], NDArray[np.float32], NDArray[np.float32]]:
    """Split GGUF Q4_K bytes into (q [N, K/32, 32] in 0..15, scale, offset [N, K/32]).

    Args:
        raw: the tensor's bytes.
        n: output features (rows).
        k: input features (a multiple of 256).
    """
    if k % QK_K or raw.size != n * (k // QK_K) * _Q4_K_BYTES:
        raise ModelLoadError(
            f"Q4_K tensor of {raw.size} bytes does not hold a [{n}, {k}] weight; "
            "the GGUF file is damaged or not the expected model"
        )
    blocks = np.ascontiguousarray(raw, dtype=np.uint8).reshape(n, k // QK_K, _Q4_K_BYTES)
    d = blocks[..., 0:2].copy().view(np.float16)[..., 0].astype(np.float32)
    dmin = blocks[..., 2:4].copy().view(np.float16)[..., 0].astype(np.float32)
    sc, m = _scales_mins(blocks[..., 4:16])
    qs = blocks[..., 16:].reshape(n, k // QK_K, 4, 32)
    # ggml: each 32-byte chunk holds sub-block 2i in its low nibbles, 2i + 1 in its high.
    q = np.stack([qs & 0x0F, qs >> 4], axis=3).reshape(n, k // BLOCK, BLOCK)
    scale = (d[..., None] * sc.astype(np.float32)).reshape(n, k // BLOCK)
    offset = -(dmin[..., None] * m.astype(np.float32)).reshape(n, k // BLOCK)
    return q, scale.astype(np.float32), offset.astype(np.float32)


def q4_k_to_nbits(raw: NDArray[np.uint8], n: int, k: int) -> NBitsWeight:
    """GGUF Q4_K -> 4-bit `MatMulNBits` (zero point 8) plus the ``8*scale + offset`` term.

    Args:
        raw: the tensor's bytes.
        n: output features (rows).
        k: input features (a multiple of 256).
    """
    q, scale, offset = q4_k_parts(raw, n, k)
    packed = (q[..., 0::2] | (q[..., 1::2] << 4)).astype(np.uint8)
    term = (8.0 * scale + offset).astype(np.float32).T.copy()
    return NBitsWeight(packed, scale.reshape(-1).copy(), term, 4)


def q6_k_parts(
    raw: NDArray[np.uint8], n: int, k: int
) -> tuple[NDArray[np.uint8], NDArray[np.float32]]:
    """Split GGUF Q6_K bytes into (q [N, K/16, 16] in 0..63, scale [N, K/16]).

    ``w = scale * (q - 32)``.

    Args:
        raw: the tensor's bytes.
        n: output features (rows).
        k: input features (a multiple of 256).
    """
    if k % QK_K or raw.size != n * (k // QK_K) * _Q6_K_BYTES:
        raise ModelLoadError(
            f"Q6_K tensor of {raw.size} bytes does not hold a [{n}, {k}] weight; "
            "the GGUF file is damaged or not the expected model"
        )
    nb = k // QK_K
    blocks = np.ascontiguousarray(raw, dtype=np.uint8).reshape(n, nb, _Q6_K_BYTES)
    ql = blocks[..., 0:128].reshape(n, nb, 2, 2, 32)  # [half, low/high 32 bytes, l]
    qh = blocks[..., 128:192].reshape(n, nb, 2, 1, 32)  # [half, l]
    sc = blocks[..., 192:208].copy().view(np.int8).astype(np.float32)
    d = blocks[..., 208:210].copy().view(np.float16)[..., 0].astype(np.float32)
    # ggml's dequantize_row_q6_K: within each half of 128 weights, group g (0..3) at
    # elements 32g + l takes the low (g < 2) or high (g >= 2) nibble of ql[32*(g%2) + l]
    # and bits 2g..2g+1 of qh[l].
    low = np.concatenate([ql & 0x0F, ql >> 4], axis=3)  # [n, nb, half, 4 groups, 32]
    shifts = (2 * np.arange(4, dtype=np.uint8)).reshape(1, 1, 1, 4, 1)
    high = (qh >> shifts) & 3
    q = (low | (high << 4)).astype(np.uint8).reshape(n, k // Q6_K_BLOCK, Q6_K_BLOCK)
    scale = (d[..., None] * sc).reshape(n, k // Q6_K_BLOCK)
    return q, scale.astype(np.float32)


def q6_k_to_nbits(raw: NDArray[np.uint8], n: int, k: int) -> NBitsWeight:
    """GGUF Q6_K -> 8-bit `MatMulNBits` (zero point 128, block 16), exact.

    Args:
        raw: the tensor's bytes.
        n: output features (rows).
        k: input features (a multiple of 256).
    """
    q, scale = q6_k_parts(raw, n, k)
    packed = (q.astype(np.uint16) + 96).astype(np.uint8)
    return NBitsWeight(packed, scale.reshape(-1).copy(), None, 8, Q6_K_BLOCK)
