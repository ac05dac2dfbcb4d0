"""One GGUF tensor -> the exporter's weight forms, whatever block quantisation it uses.

Projections become `NBitsWeight`s (see `_quant` and `_kquant`): Q4_1 and Q4_K 4-bit plus
an offset term, Q5_0 / Q8_0 8-bit (block 32), Q6_K 8-bit (block 16); all exact. Embedding
tables that are Q8_0 or Q5_0 become int8 rows times a float32 scale per 32 weights (an int8
`Gather`, exact).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from hybridsdk._exceptions import ModelLoadError
from hybridsdk.generate._gguf import RawTensor
from hybridsdk.generate._kquant import q4_k_to_nbits, q6_k_to_nbits
from hybridsdk.generate._quant import (
    NBitsWeight,
    q4_1_to_nbits,
    q5_0_parts,
    q5_0_to_nbits,
    q8_0_parts,
    q8_0_to_nbits,
)

__all__ = ["NBITS_KINDS", "int8_rows", "nbits_weight"]

_TO_NBITS: dict[str, Callable[[NDArray[np.uint8], int, int], NBitsWeight]] = {
    "Q4_1": q4_1_to_nbits,
    "Q4_K": q4_k_to_nbits,
    "Q5_0": q5_0_to_nbits,
    "Q6_K": q6_k_to_nbits,
    "Q8_0": q8_0_to_nbits,
}
NBITS_KINDS = frozenset(_TO_NBITS)


def nbits_weight(raw: RawTensor) -> NBitsWeight:
    """The `MatMulNBits` form of a quantised [rows, cols] projection, exact.

    Raises:
        ModelLoadError: the tensor's quantisation is not one of `NBITS_KINDS`.
    """
    convert = _TO_NBITS.get(raw.kind)
    if convert is None:
        raise ModelLoadError(
            f"tensor {raw.name!r} is {raw.kind}; this exporter covers "
            f"{', '.join(sorted(NBITS_KINDS))} projections (use the llama.cpp backend for "
            "other quantisations)"
        )
    return convert(raw.data, raw.rows, raw.cols)


def int8_rows(raw: RawTensor) -> tuple[NDArray[np.int8], NDArray[np.float32]]:
    """An embedding table as (q int8 [rows, cols/32, 32], d float32 [rows, cols/32]).

    Raises:
        ModelLoadError: the table is neither Q8_0 nor Q5_0.
    """
    if raw.kind == "Q8_0":
        return q8_0_parts(raw.data, raw.rows, raw.cols)
    if raw.kind == "Q5_0":
        return q5_0_parts(raw.data, raw.rows, raw.cols)
    raise ModelLoadError(
        f"embedding {raw.name!r} is {raw.kind}; this exporter covers Q8_0 and Q5_0 tables"
    )
