"""The encoder-backed intent model: MiniLM embedding + trained head, blended with TF-IDF.

A zoo entry whose `build.encoder` names a pinned encoder is such a model: its file is the
small head graph (`embedding`, `tfidf_probabilities` -> `probabilities`), and this class
puts the three parts together so callers see what every text model offers: strings in,
`probabilities` [N, classes] out.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import ConfigurationError, MissingDependencyError, ModelLoadError
from hybridsdk.edge._manifest import ModelEntry
from hybridsdk.textenc._encoder import EncoderPrecision, SentenceEncoder, ensure_encoder_files
from hybridsdk.textenc._pinned import MINILM

__all__ = ["EncoderTextClassifier", "is_encoder_entry"]

logger = logging.getLogger("hybridsdk.textenc")

_PINS = {MINILM.name: MINILM}


def is_encoder_entry(entry: ModelEntry) -> bool:
    """Whether a manifest entry is an encoder-backed text model (a head, not a whole graph)."""
    return isinstance(entry.build.get("encoder"), dict)


def _session(data: bytes, threads: int) -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    try:
        return ort.InferenceSession(data, sess_options=options, providers=["CPUExecutionProvider"])
    except Exception as exc:
        raise ModelLoadError(f"ONNX Runtime could not load a text model part: {exc}") from exc


class EncoderTextClassifier:
    """Text -> class probabilities through the encoder, the head and the TF-IDF model.

    Args:
        entry: the head's manifest entry (its `build.encoder` names the pinned encoder).
        head: the verified head graph bytes.
        tfidf: the verified bytes of the TF-IDF model the head blends with
            (`build.blend_with`).
        precision: which encoder graph to run, fp32 (cloud) or int8 (device option).
        cache_dir: the encoder cache root (default: `$HYBRIDSDK_CACHE_DIR` or ~/.cache).
        intra_op_threads: ONNX Runtime threads per session.
    """

    def __init__(
        self,
        entry: ModelEntry,
        head: bytes,
        tfidf: bytes,
        *,
        precision: EncoderPrecision = "fp32",
        cache_dir: Path | None = None,
        intra_op_threads: int = 1,
    ) -> None:
        spec = entry.build.get("encoder")
        if not isinstance(spec, dict) or spec.get("name") not in _PINS:
            raise ConfigurationError(
                f"model {entry.name!r} names no encoder this hybridsdk pins "
                f"(known: {', '.join(_PINS)}); upgrade hybridsdk or rebuild the model"
            )
        try:
            import onnxruntime  # noqa: F401
        except ImportError:
            raise MissingDependencyError("the encoder text model", "textcloud") from None
        pin = _PINS[str(spec["name"])]
        model, tokenizer = ensure_encoder_files(precision, pin=pin, cache_dir=cache_dir)
        self.entry = entry
        self.labels = entry.labels
        self.precision = precision
        self.encoder = SentenceEncoder(
            model, tokenizer, max_length=pin.max_length, intra_op_threads=intra_op_threads
        )
        self._head = _session(head, intra_op_threads)
        self._tfidf = _session(tfidf, intra_op_threads)

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """The sentence embeddings [N, 384] alone."""
        return self.encoder.encode(texts)

    def probabilities(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Class probabilities [N, len(labels)], rows summing to 1.

        Raises:
            InputDTypeError: an item is not a string.
        """
        items = list(texts)
        embedding = self.encoder.encode(items)
        batch = np.array(items, dtype=object).reshape(-1, 1)
        tfidf = self._tfidf.run(["probabilities"], {"text": batch})[0]
        return self.probabilities_from(embedding, np.asarray(tfidf, dtype=np.float32))

    def probabilities_from(
        self, embedding: npt.NDArray[np.float32], tfidf: npt.NDArray[np.float32]
    ) -> npt.NDArray[np.float32]:
        """Run the head alone on precomputed embeddings and TF-IDF probabilities."""
        out = self._head.run(
            ["probabilities"], {"embedding": embedding, "tfidf_probabilities": tfidf}
        )[0]
        return np.asarray(out, dtype=np.float32)
