"""Hand-written ggml block encoders (loops after ggml's quantize_row_*_reference packing).

The tests build blocks from chosen integer weights and scales with these, so a known
answer (``d * sc * (q - zero)``) can be checked against both `gguf`'s dequantiser (what the
numpy reference uses) and our `MatMulNBits` repacking. Written as plain loops, apart from
the vectorised code under test.
"""

from __future__ import annotations

import numpy as np


def _f16_bytes(x: float) -> bytes:
    return np.array([x], dtype=np.float16).tobytes()


def q5_0_block(d: float, q: list[int]) -> bytes:
    """32 weights ``d * (q - 16)``, q in 0..31."""
    assert len(q) == 32
    qh = 0
    qs = bytearray(16)
    for j in range(16):
        x0, x1 = q[j], q[j + 16]
        qs[j] = (x0 & 0x0F) | ((x1 & 0x0F) << 4)
        qh |= ((x0 & 0x10) >> 4) << j
        qh |= ((x1 & 0x10) >> 4) << (j + 16)
    return _f16_bytes(d) + qh.to_bytes(4, "little") + bytes(qs)


def q4_k_block(d: float, dmin: float, sc: list[int], m: list[int], q: list[int]) -> bytes:
    """256 weights ``d*sc[i//32]*q[i] - dmin*m[i//32]``, sc/m in 0..63, q in 0..15."""
    assert len(sc) == len(m) == 8 and len(q) == 256
    scales = bytearray(12)
    for j in range(8):
        ls, lm = sc[j], m[j]
        if j < 4:
            scales[j] = ls
            scales[j + 4] = lm
        else:
            scales[j + 4] = (ls & 0x0F) | ((lm & 0x0F) << 4)
            scales[j - 4] |= (ls >> 4) << 6
            scales[j] |= (lm >> 4) << 6
    qs = bytearray()
    for j in range(0, 256, 64):
        for low in range(32):
            qs.append(q[j + low] | (q[j + low + 32] << 4))
    return _f16_bytes(d) + _f16_bytes(dmin) + bytes(scales) + bytes(qs)


def q6_k_block(d: float, sc: list[int], q: list[int]) -> bytes:
    """256 weights ``d*sc[i//16]*(q[i] - 32)``, sc int8, q in 0..63."""
    assert len(sc) == 16 and len(q) == 256
    ql = bytearray(128)
    qh = bytearray(64)
    for half in range(2):
        j = 128 * half
        for low in range(32):
            q1, q2, q3, q4 = (q[j + low + 32 * g] for g in range(4))
            ql[64 * half + low] = (q1 & 0x0F) | ((q3 & 0x0F) << 4)
            ql[64 * half + low + 32] = (q2 & 0x0F) | ((q4 & 0x0F) << 4)
            qh[32 * half + low] = (q1 >> 4) | ((q2 >> 4) << 2) | ((q3 >> 4) << 4) | ((q4 >> 4) << 6)
    return bytes(ql) + bytes(qh) + np.array(sc, dtype=np.int8).tobytes() + _f16_bytes(d)
