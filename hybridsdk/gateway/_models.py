"""The ONNX models of a zoo, served through ONNX Runtime.

Each file is read through `ModelRegistry.read_verified`, so a session is only ever built
from bytes whose sha256 matched the manifest. Metadata comes from the session itself (what
the graph really takes), in Open Inference Protocol terms.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from hybridsdk._exceptions import (
    InputDTypeError,
    InputNameError,
    InputShapeError,
    MissingDependencyError,
    ModelLoadError,
    ModelNotFoundError,
)
from hybridsdk.edge._manifest import ModelEntry
from hybridsdk.edge._registry import ModelRegistry
from hybridsdk.wire._oip import InferPayload, datatype_of

__all__ = ["PLATFORM", "LocalModels", "ServedModel", "TensorInfo"]

logger = logging.getLogger("hybridsdk.gateway")

PLATFORM = "onnxruntime_onnx"
VERSION = "1"

_ORT_TYPES = {
    "tensor(bool)": "BOOL",
    "tensor(uint8)": "UINT8",
    "tensor(uint16)": "UINT16",
    "tensor(uint32)": "UINT32",
    "tensor(uint64)": "UINT64",
    "tensor(int8)": "INT8",
    "tensor(int16)": "INT16",
    "tensor(int32)": "INT32",
    "tensor(int64)": "INT64",
    "tensor(float16)": "FP16",
    "tensor(float)": "FP32",
    "tensor(double)": "FP64",
    "tensor(string)": "BYTES",
}


@dataclass(frozen=True)
class TensorInfo:
    """One model input or output in OIP terms.

    Args:
        name: the tensor name.
        datatype: the OIP datatype, e.g. ``FP32``.
        shape: dimensions, -1 where dynamic.
    """

    name: str
    datatype: str
    shape: tuple[int, ...]

    def as_json(self) -> dict[str, Any]:
        """The OIP metadata object."""
        return {"name": self.name, "datatype": self.datatype, "shape": list(self.shape)}


def _tensor_info(node: Any) -> TensorInfo:
    datatype = _ORT_TYPES.get(node.type)
    if datatype is None:
        raise ModelLoadError(f"tensor {node.name!r} has type {node.type}, which OIP cannot carry")
    shape = tuple(d if isinstance(d, int) and d >= 0 else -1 for d in node.shape)
    return TensorInfo(node.name, datatype, shape)


class ServedModel:
    """One loaded model.

    Args:
        entry: its manifest entry.
        session: the ONNX Runtime session built from the verified bytes.
    """

    def __init__(self, entry: ModelEntry, session: Any) -> None:
        self.entry = entry
        self.name = entry.name
        self._session = session
        self.inputs = tuple(_tensor_info(n) for n in session.get_inputs())
        self.outputs = tuple(_tensor_info(n) for n in session.get_outputs())

    def metadata(self) -> dict[str, Any]:
        """The OIP model metadata object."""
        return {
            "name": self.name,
            "versions": [VERSION],
            "platform": PLATFORM,
            "inputs": [t.as_json() for t in self.inputs],
            "outputs": [t.as_json() for t in self.outputs],
        }

    def check(self, payload: InferPayload) -> tuple[dict[str, np.ndarray], list[str]]:
        """Match a decoded request to the model's signature.

        Args:
            payload: the decoded request.

        Returns:
            (feeds for the session, output names to return).

        Raises:
            InputNameError, InputDTypeError, InputShapeError: what does not match.
        """
        expected = {t.name: t for t in self.inputs}
        unknown = sorted(set(payload.tensors) - set(expected))
        missing = sorted(set(expected) - set(payload.tensors))
        if unknown or missing:
            raise InputNameError(
                f"model {self.name!r} takes inputs {sorted(expected)}; "
                f"missing {missing}, unknown {unknown}"
            )
        feeds: dict[str, np.ndarray] = {}
        for name, array in payload.tensors.items():
            info = expected[name]
            got = datatype_of(array)
            if got != info.datatype:
                raise InputDTypeError(
                    f"input {name!r} of model {self.name!r} must be {info.datatype}, got {got}"
                )
            if array.ndim != len(info.shape) or any(
                want not in (-1, have) for want, have in zip(info.shape, array.shape, strict=True)
            ):
                raise InputShapeError(
                    f"input {name!r} of model {self.name!r} must have shape "
                    f"{list(info.shape)} (-1: any), got {list(array.shape)}"
                )
            feeds[name] = np.ascontiguousarray(array)
        outputs = [t.name for t in self.outputs]
        if payload.requested_outputs:
            wrong = sorted(set(payload.requested_outputs) - set(outputs))
            if wrong:
                raise InputNameError(
                    f"model {self.name!r} has outputs {outputs}; cannot return {wrong}"
                )
            outputs = list(payload.requested_outputs)
        return feeds, outputs

    def run(self, feeds: dict[str, np.ndarray], outputs: list[str]) -> dict[str, np.ndarray]:
        """Run the session (blocking; call it from a worker thread).

        Args:
            feeds: input name -> array, as `check` returned.
            outputs: output names to compute.
        """
        results = self._session.run(outputs, feeds)
        return {name: np.asarray(value) for name, value in zip(outputs, results, strict=True)}


class LocalModels:
    """Every ONNX model of a zoo, loaded once.

    Args:
        models_dir: the zoo folder; None: the built-in zoo.
        intra_op_threads: ONNX Runtime intra-op threads per session (0: ORT's default,
            one per core, which oversubscribes when requests run concurrently).
        public_key: the zoo signer's pinned key (default: the zoo's own `manifest.pub`).
        allow_unsigned: skip the manifest signature check (logged at WARNING).
    """

    def __init__(
        self,
        models_dir: Path | None,
        *,
        intra_op_threads: int = 1,
        public_key: Path | None = None,
        allow_unsigned: bool = False,
    ) -> None:
        self.models_dir = models_dir
        self.public_key = public_key
        self.allow_unsigned = allow_unsigned
        self.intra_op_threads = intra_op_threads
        self._models: dict[str, ServedModel] = {}
        self._ready = threading.Event()

    @property
    def ready(self) -> bool:
        """Whether every model has loaded."""
        return self._ready.is_set()

    def names(self) -> list[str]:
        """The names of the loaded models."""
        return list(self._models)

    def load(self) -> None:
        """Verify and load every ONNX model in the manifest (blocking).

        Raises:
            MissingDependencyError: onnxruntime is not installed.
            ModelIntegrityError: a file does not match the manifest.
            ModelLoadError: ONNX Runtime refused a verified file.
        """
        try:
            import onnxruntime as ort
        except ImportError:
            raise MissingDependencyError("serving models in the gateway", "gateway") from None
        from hybridsdk.gateway._server_zoo import server_models_dir

        registry = ModelRegistry(
            self.models_dir or server_models_dir(),
            public_key=self.public_key,
            allow_unsigned=self.allow_unsigned,
        )
        options = ort.SessionOptions()
        options.intra_op_num_threads = self.intra_op_threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # ORT's warnings go to stderr, not to our logs
        for entry in registry.manifest.models:
            if entry.format != "onnx":
                continue
            _, data = registry.read_verified(entry.name)
            try:
                session = ort.InferenceSession(
                    data, sess_options=options, providers=["CPUExecutionProvider"]
                )
            except Exception as exc:
                raise ModelLoadError(
                    f"ONNX Runtime could not load {entry.name!r} ({entry.file}): {exc}"
                ) from exc
            self._models[entry.name] = ServedModel(entry, session)
            logger.info("serving model %s (%s)", entry.name, entry.file)
        from hybridsdk.gateway._encoder_models import load_encoder_models

        self._models.update(
            load_encoder_models(
                self._models, self.models_dir, intra_op_threads=self.intra_op_threads
            )
        )
        if not self._models:
            logger.warning("the zoo at %s has no ONNX model to serve", registry.models_dir)
        self._ready.set()

    def get(self, name: str, version: str | None = None) -> ServedModel:
        """The loaded model `name`.

        Args:
            name: the model name.
            version: the requested version, if any; only ``1`` exists.

        Raises:
            ModelNotFoundError: no such model or version.
        """
        model = self._models.get(name)
        if model is None:
            raise ModelNotFoundError(
                f"no model named {name!r} on this gateway; it serves: "
                f"{', '.join(self._models) or '(none)'}"
            )
        if version is not None and version != VERSION:
            raise ModelNotFoundError(f"model {name!r} has only version {VERSION}, not {version!r}")
        return model
