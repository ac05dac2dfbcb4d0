"""Open Inference Protocol (KServe V2) JSON: typed tensors to and from the wire.

Both sides use this module: the SDK's cloud client encodes requests and decodes responses,
the reference gateway does the reverse. Spec: https://kserve.github.io/website/ (V2
inference protocol); Triton, KServe, Seldon MLServer and OpenVINO Model Server speak it.

Tensors travel row-major and flattened (`data` may also arrive nested; both are accepted).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from hybridsdk._exceptions import EncodingError

__all__ = [
    "InferPayload",
    "datatype_of",
    "decode_infer_request",
    "decode_infer_response",
    "encode_infer_request",
    "encode_infer_response",
    "tensor_from_json",
    "tensor_to_json",
]

_TO_NUMPY: dict[str, np.dtype[Any]] = {
    "BOOL": np.dtype(np.bool_),
    "UINT8": np.dtype(np.uint8),
    "UINT16": np.dtype(np.uint16),
    "UINT32": np.dtype(np.uint32),
    "UINT64": np.dtype(np.uint64),
    "INT8": np.dtype(np.int8),
    "INT16": np.dtype(np.int16),
    "INT32": np.dtype(np.int32),
    "INT64": np.dtype(np.int64),
    "FP16": np.dtype(np.float16),
    "FP32": np.dtype(np.float32),
    "FP64": np.dtype(np.float64),
    "BYTES": np.dtype(object),
}
_FROM_NUMPY = {dtype: name for name, dtype in _TO_NUMPY.items() if name != "BYTES"}

# Keep a request from asking us to allocate absurd tensors before any check runs.
MAX_ELEMENTS = 50_000_000


@dataclass(frozen=True)
class InferPayload:
    """A decoded inference request or response.

    Args:
        tensors: name -> array, in wire order.
        id: the request id echoed by the server, if any.
        model_name: set on responses.
        parameters: the message's `parameters` object.
        requested_outputs: output names the request asked for (empty: all).
    """

    tensors: dict[str, np.ndarray]
    id: str | None = None
    model_name: str | None = None
    parameters: dict[str, Any] = field(default_factory=dict)
    requested_outputs: tuple[str, ...] = ()


def datatype_of(array: np.ndarray) -> str:
    """The OIP datatype name for a numpy array (`BYTES` for strings and bytes)."""
    if array.dtype.kind in "OSU":
        return "BYTES"
    try:
        return _FROM_NUMPY[array.dtype]
    except KeyError:
        raise EncodingError(
            f"dtype {array.dtype} has no Open Inference Protocol datatype; "
            f"convert it to one of {', '.join(sorted(_TO_NUMPY))}"
        ) from None


def tensor_to_json(name: str, array: np.ndarray) -> dict[str, Any]:
    """One tensor as an OIP JSON object."""
    datatype = datatype_of(array)
    if datatype == "BYTES":
        data: list[Any] = [
            v.decode("utf-8") if isinstance(v, bytes) else str(v) for v in array.reshape(-1)
        ]
    else:
        data = array.reshape(-1).tolist()
    return {"name": name, "shape": list(array.shape), "datatype": datatype, "data": data}


def tensor_from_json(obj: Any, *, where: str, strict: bool = False) -> tuple[str, np.ndarray]:
    """Parse and check one OIP tensor object; `where` names it in error messages.

    `strict` (server side) also refuses null, NaN, infinities and non-string BYTES values.
    """
    if not isinstance(obj, dict):
        raise EncodingError(f"{where} must be a JSON object with name, shape, datatype, data")
    name = obj.get("name")
    shape = obj.get("shape")
    datatype = obj.get("datatype")
    if not isinstance(name, str) or not name:
        raise EncodingError(f"{where}: 'name' must be a non-empty string")
    if not isinstance(shape, list) or not all(
        isinstance(d, int) and not isinstance(d, bool) and d >= 0 for d in shape
    ):
        raise EncodingError(f"{where} ({name}): 'shape' must be a list of non-negative integers")
    dtype = _TO_NUMPY.get(datatype) if isinstance(datatype, str) else None
    if dtype is None:
        raise EncodingError(
            f"{where} ({name}): unknown datatype {datatype!r}; expected one of {', '.join(_TO_NUMPY)}"
        )
    if any(dim > MAX_ELEMENTS for dim in shape):
        raise EncodingError(
            f"{where} ({name}): shape {shape} has a dimension over the limit of {MAX_ELEMENTS}"
        )
    count = 1
    for dim in shape:
        count *= dim
    if count > MAX_ELEMENTS:
        raise EncodingError(
            f"{where} ({name}): {count} elements is over the limit of {MAX_ELEMENTS}"
        )
    if "data" not in obj:
        raise EncodingError(f"{where} ({name}): 'data' is missing (binary extension not supported)")
    try:
        array = np.asarray(obj["data"], dtype=dtype)
    except (TypeError, ValueError, OverflowError, RecursionError) as exc:
        raise EncodingError(
            f"{where} ({name}): data does not fit datatype {datatype}: {exc}"
        ) from None
    if array.size != count:
        raise EncodingError(
            f"{where} ({name}): shape {shape} needs {count} values but data has {array.size}"
        )
    if strict:
        _check_values(array, where=f"{where} ({name})")
    try:
        return name, array.reshape(shape)
    except ValueError as exc:  # e.g. a zero-sized shape numpy cannot index
        raise EncodingError(f"{where} ({name}): shape {shape} is not usable: {exc}") from None


def _check_values(array: np.ndarray, *, where: str) -> None:
    """Requests carry only finite numbers and strings: JSON has no NaN, and null is no value.

    Python's json module reads NaN/Infinity literals and numpy turns null into NaN in
    float tensors; a model answers those with NaN outputs that look like results.
    """
    if array.dtype.kind == "f" and array.size and not np.isfinite(array).all():
        raise EncodingError(
            f"{where}: data holds null, NaN or an infinity; send finite numbers only"
        )
    if array.dtype.kind == "O" and not all(type(v) is str for v in array.flat):
        raise EncodingError(f"{where}: BYTES data must be a list of strings (no null, no numbers)")


def _tensors(items: Any, *, where: str, strict: bool = False) -> dict[str, np.ndarray]:
    if not isinstance(items, list) or not items:
        raise EncodingError(f"'{where}' must be a non-empty list of tensors")
    tensors: dict[str, np.ndarray] = {}
    for i, item in enumerate(items):
        name, array = tensor_from_json(item, where=f"{where}[{i}]", strict=strict)
        if name in tensors:
            raise EncodingError(f"{where}[{i}]: tensor name {name!r} appears twice")
        tensors[name] = array
    return tensors


def _load(body: bytes | str) -> dict[str, Any]:
    try:
        obj = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise EncodingError(f"body is not valid JSON: {exc}") from None
    except RecursionError:
        raise EncodingError("body is nested too deeply to be an inference request") from None
    if not isinstance(obj, dict):
        raise EncodingError("body must be a JSON object")
    return obj


def encode_infer_request(
    inputs: Mapping[str, np.ndarray],
    *,
    request_id: str | None = None,
    outputs: tuple[str, ...] = (),
    parameters: Mapping[str, Any] | None = None,
) -> bytes:
    """The JSON body of `POST /v2/models/{name}/infer`."""
    body: dict[str, Any] = {"inputs": [tensor_to_json(n, np.asarray(a)) for n, a in inputs.items()]}
    if request_id is not None:
        body["id"] = request_id
    if outputs:
        body["outputs"] = [{"name": n} for n in outputs]
    if parameters:
        body["parameters"] = dict(parameters)
    return json.dumps(body, separators=(",", ":")).encode()


def decode_infer_request(
    body: bytes | str, *, check: Callable[[dict[str, Any]], None] | None = None
) -> InferPayload:
    """Parse and check an inference request body (server side).

    Args:
        body: the JSON body.
        check: called with the parsed JSON before any tensor is built (work limits).
    """
    obj = _load(body)
    if check is not None:
        check(obj)
    requested: list[str] = []
    for i, out in enumerate(obj.get("outputs") or []):
        if not isinstance(out, dict) or not isinstance(out.get("name"), str):
            raise EncodingError(f"outputs[{i}] must be an object with a string 'name'")
        requested.append(out["name"])
    request_id = obj.get("id")
    parameters = obj.get("parameters") or {}
    if not isinstance(parameters, dict):
        raise EncodingError("'parameters' must be a JSON object")
    return InferPayload(
        tensors=_tensors(obj.get("inputs"), where="inputs", strict=True),
        id=str(request_id) if request_id is not None else None,
        parameters=parameters,
        requested_outputs=tuple(requested),
    )


def encode_infer_response(
    outputs: Mapping[str, np.ndarray],
    *,
    model_name: str,
    request_id: str | None = None,
    model_version: str | None = None,
) -> bytes:
    """The JSON body a server answers an inference request with."""
    body: dict[str, Any] = {
        "model_name": model_name,
        "outputs": [tensor_to_json(n, np.asarray(a)) for n, a in outputs.items()],
    }
    if model_version is not None:
        body["model_version"] = model_version
    if request_id is not None:
        body["id"] = request_id
    return json.dumps(body, separators=(",", ":")).encode()


def decode_infer_response(body: bytes | str) -> InferPayload:
    """Parse and check an inference response body (client side)."""
    obj = _load(body)
    if "error" in obj and "outputs" not in obj:
        raise EncodingError(f"the server answered with an error: {obj['error']}")
    model_name = obj.get("model_name")
    request_id = obj.get("id")
    return InferPayload(
        tensors=_tensors(obj.get("outputs"), where="outputs"),
        id=str(request_id) if request_id is not None else None,
        model_name=str(model_name) if model_name is not None else None,
        parameters=obj.get("parameters") or {},
    )
