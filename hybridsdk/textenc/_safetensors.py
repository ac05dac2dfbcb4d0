"""Read a safetensors file with numpy alone (no torch, no safetensors package).

The format: an 8-byte little-endian header length, a JSON header mapping each tensor name
to its dtype, shape and byte range, then the raw little-endian data.
"""

from __future__ import annotations

import json
import struct

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import ModelLoadError

__all__ = ["read_safetensors"]

_DTYPES = {"F32": "<f4", "F16": "<f2", "F64": "<f8", "I64": "<i8", "I32": "<i4"}
_MAX_HEADER = 100 * 1024 * 1024


def read_safetensors(data: bytes) -> dict[str, npt.NDArray[np.generic]]:
    """Every tensor of a safetensors file, as numpy arrays (copies, native byte order).

    Args:
        data: the whole file.

    Raises:
        ModelLoadError: the bytes are not a well-formed safetensors file.
    """
    if len(data) < 8:
        raise ModelLoadError("not a safetensors file: shorter than its 8-byte header length")
    (header_len,) = struct.unpack("<Q", data[:8])
    if header_len > min(_MAX_HEADER, len(data) - 8):
        raise ModelLoadError(f"not a safetensors file: header length {header_len} is too large")
    try:
        header = json.loads(data[8 : 8 + header_len])
    except ValueError as exc:
        raise ModelLoadError(f"safetensors header is not JSON: {exc}") from None
    body = memoryview(data)[8 + header_len :]
    tensors: dict[str, npt.NDArray[np.generic]] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = _DTYPES.get(info.get("dtype"))
        if dtype is None:
            raise ModelLoadError(f"tensor {name!r} has unsupported dtype {info.get('dtype')!r}")
        start, end = (int(v) for v in info["data_offsets"])
        shape = tuple(int(d) for d in info["shape"])
        count = int(np.prod(shape, dtype=np.int64))
        if not 0 <= start <= end <= len(body) or end - start != count * np.dtype(dtype).itemsize:
            raise ModelLoadError(f"tensor {name!r} has byte range {start}..{end} that does not fit")
        array = np.frombuffer(body[start:end], dtype=dtype).reshape(shape)
        tensors[name] = array.astype(array.dtype.newbyteorder("="), copy=True)
    return tensors
