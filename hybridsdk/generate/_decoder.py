"""The KV-cache decode loop over the exported graph, on plain ONNX Runtime.

The cache stays in ORT-owned `OrtValue`s between steps (`run_with_ort_values`), so no
key/value tensor is copied into numpy; only the last position's logits come back.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .._exceptions import (
    InferenceError,
    InputValidationError,
    MissingDependencyError,
    ModelLoadError,
)

logger = logging.getLogger("hybridsdk.generate")


def _ort() -> Any:
    try:
        import onnxruntime
    except ImportError:
        raise MissingDependencyError("local generation", "genai") from None
    return onnxruntime


class OnnxDecoder:
    """One sequence's decoder state: an ORT session plus its growing KV cache.

    Args:
        model_path: the exported ``model.onnx``.
        n_layers: decoder layers (KV pairs).
        n_kv_heads: key/value heads.
        head_dim: width of one head.
        context_length: longest sequence the graph supports.
        threads: ORT intra-op threads (1 keeps a small board's other cores free).
    """

    def __init__(
        self,
        model_path: str | Path,
        *,
        n_layers: int,
        n_kv_heads: int,
        head_dim: int,
        context_length: int,
        threads: int = 1,
    ) -> None:
        ort = _ort()
        if threads < 1:
            raise InputValidationError(f"threads={threads}; pass 1 or more")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        try:
            self._session = ort.InferenceSession(
                str(model_path), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # ORT raises its own exception types
            raise ModelLoadError(f"ONNX Runtime could not load {model_path}: {exc}") from exc
        self._ort = ort
        self.n_layers = n_layers
        self.context_length = context_length
        self._empty = np.zeros((1, n_kv_heads, 0, head_dim), dtype=np.float32)
        self._outputs = [o.name for o in self._session.get_outputs()]
        self._past: list[Any] = []
        self.length = 0
        self.reset()

    def reset(self) -> None:
        """Forget the sequence (empty cache)."""
        empty = self._ort.OrtValue.ortvalue_from_numpy(self._empty)
        self._past = [empty] * (2 * self.n_layers)
        self.length = 0

    def forward(self, tokens: list[int], *, keep: int = 1) -> NDArray[np.float32]:
        """Append `tokens` to the sequence; return logits [keep, vocab] of its last positions.

        Args:
            tokens: new token ids (a whole prompt, or one generated token).
            keep: how many trailing positions' logits to compute.
        """
        if not tokens:
            raise InputValidationError("no tokens to run")
        total = self.length + len(tokens)
        if total > self.context_length:
            raise InputValidationError(
                f"the sequence would hold {total} tokens; the model's context is "
                f"{self.context_length}: shorten the prompt or lower max_tokens"
            )
        ov = self._ort.OrtValue.ortvalue_from_numpy
        feeds = {
            "input_ids": ov(np.asarray([tokens], dtype=np.int64)),
            "attention_mask": ov(np.ones((1, total), dtype=np.int64)),
            "num_logits_to_keep": ov(np.asarray(min(keep, len(tokens)), dtype=np.int64)),
        }
        for layer in range(self.n_layers):
            feeds[f"past_key_values.{layer}.key"] = self._past[2 * layer]
            feeds[f"past_key_values.{layer}.value"] = self._past[2 * layer + 1]
        try:
            out = self._session.run_with_ort_values(self._outputs, feeds)
        except Exception as exc:
            raise InferenceError(f"ONNX Runtime failed decoding: {exc}") from exc
        self._past = list(out[1:])
        self.length = total
        logits: NDArray[np.float32] = out[0].numpy()[0]
        return logits
