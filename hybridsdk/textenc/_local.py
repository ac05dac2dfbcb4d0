"""The encoder intent model as a device model: `Client(...).model("intent-minilm-int8")`.

An entry of the cloud model folder with role `edge` (`intent-minilm-int8`: the int8
encoder + the same head) is loaded through this module into a regular `LocalModel`, so
the client, its validation and its cascade treat it like any zoo model. It is not in the
device zoo because the encoder is built from the pinned wheel on first use (about 60 MB
in the cache), which a board opts into by pointing `$HYBRIDSDK_CLOUD_MODELS_DIR` at the
folder (or running from a checkout).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from hybridsdk._exceptions import InputDTypeError, ModelNotFoundError
from hybridsdk.edge._backend import Backend
from hybridsdk.edge._local_model import LocalModel
from hybridsdk.edge._registry import MANIFEST_NAME, ModelRegistry
from hybridsdk.edge._validation import InputValidator
from hybridsdk.textenc._classifier import EncoderTextClassifier, is_encoder_entry
from hybridsdk.textenc._encoder import EncoderPrecision

__all__ = ["encoder_device_models", "load_encoder_local_model"]


class _EncoderBackend(Backend):
    """Runs the composed encoder + head + TF-IDF model on validated text feeds."""

    runtime = "onnxruntime"
    accelerator = "CPUExecutionProvider"
    requested = ("CPUExecutionProvider",)
    graph_cache = "off"

    def __init__(self, classifier: EncoderTextClassifier, output: str, threads: int) -> None:
        self._classifier: EncoderTextClassifier | None = classifier
        self._output = output
        self.threads = threads

    def run(self, feed: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        if self._classifier is None:
            raise ModelNotFoundError("this encoder model was closed; load it again")
        texts = []
        for item in next(iter(feed.values())).reshape(-1):
            if isinstance(item, bytes):
                try:
                    item = item.decode("utf-8")
                except UnicodeDecodeError:
                    raise InputDTypeError("text input must be UTF-8") from None
            texts.append(str(item))
        return {self._output: self._classifier.probabilities(texts)}

    def close(self) -> None:
        self._classifier = None

    def native(self) -> Any:
        return self._classifier


def encoder_device_models() -> list[str]:
    """Names of the device (role `edge`) encoder models in the cloud model folder."""
    from hybridsdk.textenc._models_dir import cloud_models_dir

    folder = cloud_models_dir()
    if folder is None or not (folder / MANIFEST_NAME).is_file():
        return []
    return [
        e.name
        for e in ModelRegistry(folder).manifest.models
        if e.role == "edge" and is_encoder_entry(e)
    ]


def load_encoder_local_model(
    name: str, *, edge_registry: ModelRegistry, threads: int | None = None
) -> LocalModel:
    """Load a device encoder model as a `LocalModel` (builds the encoder on first use).

    Args:
        name: the entry's name in the cloud model folder, e.g. ``intent-minilm-int8``.
        edge_registry: the device zoo holding its TF-IDF partner (`build.blend_with`).
        threads: ONNX Runtime intra-op threads (None: 1, as one request runs at a time).

    Raises:
        ModelNotFoundError: no such device encoder model, or its partner is missing.
        ModelIntegrityError: the head, the partner or the encoder fails its hash.
        MissingDependencyError: tokenizers or onnx is missing (extra `textcloud`).
    """
    from hybridsdk.textenc._models_dir import cloud_models_dir

    folder = cloud_models_dir()
    if name not in encoder_device_models() or folder is None:
        raise ModelNotFoundError(
            f"no device encoder model named {name!r}; set $HYBRIDSDK_CLOUD_MODELS_DIR to the "
            "edge_models/cloud folder to use intent-minilm-int8 on this device"
        )
    entry, head = ModelRegistry(folder).read_verified(name)
    _, tfidf = edge_registry.read_verified(str(entry.build.get("blend_with")))
    count = threads if threads is not None else 1
    precision: EncoderPrecision = "int8" if entry.precision == "int8" else "fp32"
    classifier = EncoderTextClassifier(
        entry, head, tfidf, precision=precision, intra_op_threads=count
    )
    backend = _EncoderBackend(classifier, entry.outputs[0].name, count)
    return LocalModel(entry, backend, InputValidator(entry.inputs, model=entry.name))
