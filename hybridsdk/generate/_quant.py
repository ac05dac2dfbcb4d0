"""GGUF quantised blocks -> ONNX Runtime `MatMulNBits` tensors, without loss.

GGUF Q4_1 stores a row in blocks of 32 weights as ``w = d * q + m`` (``d``, ``m`` float16,
``q`` in 0..15). `MatMulNBits` (com.microsoft) computes ``w = scale * (q - zp)``; with its
default zero point 8 that is ``d * q - 8 d``, so ``w = d * (q - 8) + (8 d + m)``: the 4-bit
part goes to `MatMulNBits` unchanged and the per-block constant ``8 d + m`` becomes an
offset term, ``y += block_sums(x) @ offset`` (one small float MatMul). Keeping the zero
point at the default lets ORT use its symmetric int8 kernels (accuracy_level 4).

GGUF Q8_0 stores ``w = d * q`` with ``q`` int8; as uint8 ``q + 128`` with the 8-bit default
zero point 128 it is exact too, and needs no offset. GGUF Q5_0 stores ``w = d * (q - 16)``
with ``q`` in 0..31 (4 low bits plus one high bit): as uint8 ``q - 16 + 128`` it is the
same 8-bit form, exact (5 bits do not fit `MatMulNBits`' 4-bit form).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from hybridsdk._exceptions import ModelLoadError

BLOCK = 32
_Q4_1_BYTES = 20  # f16 d, f16 m, 16 bytes of nibbles
_Q8_0_BYTES = 34  # f16 d, 32 int8
_Q5_0_BYTES = 22  # f16 d, 4 bytes of high bits, 16 bytes of low nibbles


@dataclass(frozen=True)
class NBitsWeight:
    """A [N, K] weight as `MatMulNBits` inputs, plus the Q4_1 offset term.

    Args:
        packed: uint8 [N, K/block, block/2] (4-bit) or [N, K/block, block] (8-bit), ORT's
            layout.
        scales: float32 [N * K/block].
        offset: float32 [K/32, N] for Q4_1 / Q4_K (``8 d + m``), None for 8-bit forms.
        bits: 4 or 8.
        block: weights per scale (32; 16 for Q6_K).
    """

    packed: NDArray[np.uint8]
    scales: NDArray[np.float32]
    offset: NDArray[np.float32] | None
    bits: int
    block: int = BLOCK

    @property
    def n(self) -> int:
        """Output features."""
        return int(self.packed.shape[0])

    @property
    def k(self) -> int:
        """Input features."""
        return int(self.packed.shape[1]) * self.block


def _blocks(raw: NDArray[np.uint8], n: int, k: int, size: int, kind: str) -> NDArray[np.uint8]:
    if k % BLOCK or raw.size != n * (k // BLOCK) * size:
        raise ModelLoadError(
            f"{kind} tensor of {raw.size} bytes does not hold a [{n}, {k}] weight; "
            "the GGUF file is damaged or not the expected model"
        )
    return np.ascontiguousarray(raw, dtype=np.uint8).reshape(n, k // BLOCK, size)


def q4_1_parts(
    raw: NDArray[np.uint8], n: int, k: int
) -> tuple[NDArray[np.uint8], NDArray[np.float32], NDArray[np.float32]]:
    """Split GGUF Q4_1 bytes into (q [N, K/32, 32] in 0..15, d, m [N, K/32] float32)."""
    blocks = _blocks(raw, n, k, _Q4_1_BYTES, "Q4_1")
    d = blocks[..., 0:2].copy().view(np.float16)[..., 0].astype(np.float32)
    m = blocks[..., 2:4].copy().view(np.float16)[..., 0].astype(np.float32)
    nibbles = blocks[..., 4:]
    # ggml: element j in the low nibble of byte j, element j + 16 in its high nibble.
    q = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=-1)
    return q, d, m


def q8_0_parts(
    raw: NDArray[np.uint8], n: int, k: int
) -> tuple[NDArray[np.int8], NDArray[np.float32]]:
    """Split GGUF Q8_0 bytes into (q [N, K/32, 32] int8, d [N, K/32] float32)."""
    blocks = _blocks(raw, n, k, _Q8_0_BYTES, "Q8_0")
    d = blocks[..., 0:2].copy().view(np.float16)[..., 0].astype(np.float32)
    q = blocks[..., 2:].copy().view(np.int8)
    return q, d


def q5_0_parts(
    raw: NDArray[np.uint8], n: int, k: int
) -> tuple[NDArray[np.int8], NDArray[np.float32]]:
    """Split GGUF Q5_0 bytes into (q - 16 [N, K/32, 32] int8 in -16..15, d [N, K/32])."""
    blocks = _blocks(raw, n, k, _Q5_0_BYTES, "Q5_0")
    d = blocks[..., 0:2].copy().view(np.float16)[..., 0].astype(np.float32)
    qh = blocks[..., 2:6].copy().view("<u4")[..., 0]  # bit j: high bit of element j
    nibbles = blocks[..., 6:]
    low = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=-1).astype(np.int16)
    high = (qh[..., None] >> np.arange(BLOCK, dtype=np.uint32)) & 1
    q = (low | (high.astype(np.int16) << 4)) - 16
    return q.astype(np.int8), d


def q5_0_to_nbits(raw: NDArray[np.uint8], n: int, k: int) -> NBitsWeight:
    """GGUF Q5_0 -> 8-bit `MatMulNBits` (zero point 128), exact."""
    q, d = q5_0_parts(raw, n, k)
    packed = (q.astype(np.int16) + 128).astype(np.uint8)
    return NBitsWeight(packed, d.reshape(-1).copy(), None, 8)


def q4_1_to_nbits(raw: NDArray[np.uint8], n: int, k: int) -> NBitsWeight:
    """GGUF Q4_1 -> 4-bit `MatMulNBits` (zero point 8) plus the ``8 d + m`` offset."""
    q, d, m = q4_1_parts(raw, n, k)
    # ORT packs element 2i in the low nibble and 2i + 1 in the high nibble of byte i.
    packed = (q[..., 0::2] | (q[..., 1::2] << 4)).astype(np.uint8)
    offset = (8.0 * d + m).astype(np.float32).T.copy()
    return NBitsWeight(packed, d.reshape(-1).copy(), offset, 4)


def q8_0_to_nbits(raw: NDArray[np.uint8], n: int, k: int) -> NBitsWeight:
    """GGUF Q8_0 -> 8-bit `MatMulNBits` (zero point 128)."""
    q, d = q8_0_parts(raw, n, k)
    packed = (q.astype(np.int16) + 128).astype(np.uint8)
    return NBitsWeight(packed, d.reshape(-1).copy(), None, 8)


def nbits_dequantize(weight: NBitsWeight) -> NDArray[np.float32]:
    """The float [N, K] weight `MatMulNBits` + offset compute with (for tests)."""
    if weight.bits == 4:
        low = weight.packed & 0x0F
        high = weight.packed >> 4
        q = np.stack([low, high], axis=-1).reshape(weight.n, -1, weight.block).astype(np.float32)
        zero = 8.0
    else:
        q = weight.packed.astype(np.float32)
        zero = 128.0
    scales = weight.scales.reshape(weight.n, -1, 1)
    w = (scales * (q - zero)).reshape(weight.n, -1, BLOCK)
    if weight.offset is not None:
        w = w + weight.offset.T[..., None]
    return w.reshape(weight.n, weight.k).astype(np.float32)


def concat_nbits(weights: list[NBitsWeight]) -> NBitsWeight:
    """Stack weights that share K along N (fused q/k/v or gate/up projections)."""
    bits = {w.bits for w in weights}
    blocks = {w.block for w in weights}
    if len(bits) != 1 or len(blocks) != 1 or len({w.k for w in weights}) != 1:
        raise ModelLoadError("cannot fuse weights of different widths, bit counts or blocks")
    offset = None
    if any(w.offset is not None for w in weights):
        # A weight without an offset term contributes zeros to the fused one.
        offset = np.concatenate(
            [
                w.offset if w.offset is not None else np.zeros((w.k // BLOCK, w.n), np.float32)
                for w in weights
            ],
            axis=1,
        )
    return NBitsWeight(
        np.concatenate([w.packed for w in weights], axis=0),
        np.concatenate([w.scales for w in weights]),
        offset,
        bits.pop(),
        blocks.pop(),
    )
