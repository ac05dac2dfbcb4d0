"""The edge model manifest: what each model file is, and how to check it.

`edge_models/manifest.json` lists every model with its I/O signature, labels, sha256,
size, how it was built and its measured accuracy. Loading code checks a file against its
entry before any runtime sees it (see `_registry.py`).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Manifest", "ModelEntry", "TensorSpec"]


class TensorSpec(BaseModel):
    """One input or output tensor.

    Args:
        name: the tensor's name in the model graph.
        shape: dimensions; `None` marks a dynamic one (usually the batch).
        dtype: numpy dtype name, e.g. `float32`, `int8`.
    """

    model_config = ConfigDict(frozen=True)

    name: str
    shape: tuple[int | None, ...]
    dtype: str


class ModelEntry(BaseModel):
    """One model file in the zoo."""

    model_config = ConfigDict(frozen=True, protected_namespaces=())

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    task: str
    role: Literal["edge", "cloud", "scorer"] = "edge"
    format: Literal["onnx", "tflite"]
    precision: Literal["fp32", "int8"]
    file: str  # relative to the manifest's folder
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size_bytes: int = Field(gt=0)
    inputs: tuple[TensorSpec, ...]
    outputs: tuple[TensorSpec, ...]
    labels: tuple[str, ...] = ()
    build: dict[str, Any] = Field(default_factory=dict)  # script, data, split, seed, weights
    test_accuracy: float | None = None


class Manifest(BaseModel):
    """The whole zoo: `edge_models/manifest.json`."""

    model_config = ConfigDict(frozen=True)

    format_version: Literal[1] = 1
    models: tuple[ModelEntry, ...]

    def get(self, name: str) -> ModelEntry | None:
        for entry in self.models:
            if entry.name == name:
                return entry
        return None
