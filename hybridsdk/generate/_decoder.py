"""The KV-cache decode loop over the exported graph, on plain ONNX Runtime.

The cache is one preallocated buffer per layer and kind, bound (IOBinding) as both the
``past_key_values`` input and the ``present`` output: `GroupQueryAttention` then writes the
new positions in place (its past/present shared-buffer mode) instead of copying the whole
cache every token. Buffers grow by doubling when a sequence outgrows them.

A decode step is bound by reading the weights, so the loop around it allocates nothing per
token: the one-token ``input_ids``, ``num_logits_to_keep`` and the ``[1, 1, vocab]`` logits
are preallocated buffers bound once, and the session's weights are moved onto huge pages
(`_hugepages`) after loading.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from hybridsdk._exceptions import (
    InferenceError,
    InputValidationError,
    MissingDependencyError,
    ModelLoadError,
)
from hybridsdk.generate._hugepages import HugePageCollapse

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
        huge_pages: back the session's weights with transparent huge pages (Linux).
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
        huge_pages: bool = True,
    ) -> None:
        ort = _ort()
        if threads < 1:
            raise InputValidationError(f"threads={threads}; pass 1 or more")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.huge_pages = HugePageCollapse() if huge_pages else None
        try:
            self._session = ort.InferenceSession(
                str(model_path), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # ORT raises its own exception types
            raise ModelLoadError(f"ONNX Runtime could not load {model_path}: {exc}") from exc
        if self.huge_pages is not None:
            self.huge_pages.start()
        self._ort = ort
        vocab = self._session.get_outputs()[0].shape[-1]
        if not isinstance(vocab, int):
            raise ModelLoadError(f"{model_path}: the logits output has no fixed vocabulary size")
        # One-token steps reuse these (OrtValues over numpy arrays share their memory).
        self._token = np.zeros((1, 1), dtype=np.int64)
        self._keep1 = np.ones((), dtype=np.int64)
        self._logits = np.zeros((1, 1, vocab), dtype=np.float32)
        ov = ort.OrtValue.ortvalue_from_numpy
        self._token_value, self._keep1_value = ov(self._token), ov(self._keep1)
        self._logits_value = ov(self._logits)
        self._mask = np.ones((1, 0), dtype=np.int64)
        self.n_layers = n_layers
        self.context_length = context_length
        self._kv_shape = (1, n_kv_heads, 0, head_dim)
        self._buffers: list[NDArray[np.float32]] = []
        self._values: list[Any] = []
        self._binding: Any = None
        self.length = 0
        self.reset()

    @property
    def capacity(self) -> int:
        """Positions the current cache buffers hold."""
        return int(self._buffers[0].shape[2]) if self._buffers else 0

    def reset(self, capacity: int = 256) -> None:
        """Forget the sequence; preallocate room for `capacity` positions.

        Args:
            capacity: expected prompt + completion length (the cache grows past it if needed).
        """
        self.length = 0
        self._allocate(max(1, min(capacity, self.context_length)))

    def _allocate(self, capacity: int) -> None:
        b, h, _, d = self._kv_shape
        old, keep = self._buffers, self.length
        # ortvalue_from_numpy wraps the array without copying: ORT writes into it in place,
        # so the arrays are kept alive alongside their OrtValues.
        self._buffers = [
            np.zeros((b, h, capacity, d), dtype=np.float32) for _ in range(2 * self.n_layers)
        ]
        for new, prev in zip(self._buffers, old, strict=False):
            new[:, :, :keep] = prev[:, :, :keep]
        self._mask = np.ones((1, capacity), dtype=np.int64)
        self._step_bound = False  # a new binding: nothing of a one-token step bound yet
        self._values = [self._ort.OrtValue.ortvalue_from_numpy(a) for a in self._buffers]
        # One binding per set of buffers: each step rebinds only the token inputs and logits.
        binding = self._session.io_binding()
        binding.bind_output("logits")
        for layer in range(self.n_layers):
            for i, kind in enumerate(("key", "value")):
                value = self._values[2 * layer + i]
                binding.bind_ortvalue_input(f"past_key_values.{layer}.{kind}", value)
                binding.bind_ortvalue_output(f"present.{layer}.{kind}", value)
        self._binding = binding

    def forward(
        self, tokens: list[int], *, keep: int = 1, copy: bool = True
    ) -> NDArray[np.float32]:
        """Append `tokens` to the sequence; return logits [keep, vocab] of its last positions.

        Args:
            tokens: new token ids (a whole prompt, or one generated token).
            keep: how many trailing positions' logits to compute.
            copy: with one row of logits, False returns a view of the decoder's own
                buffer, valid until the next call (saves copying a vocabulary's floats).
        """
        if not tokens:
            raise InputValidationError("no tokens to run")
        total = self.length + len(tokens)
        if total > self.context_length:
            raise InputValidationError(
                f"the sequence would hold {total} tokens; the model's context is "
                f"{self.context_length}: shorten the prompt or lower max_tokens"
            )
        if total > self.capacity:
            self._allocate(min(self.context_length, max(total, 2 * self.capacity)))
        ov = self._ort.OrtValue.ortvalue_from_numpy
        binding = self._binding
        keep = min(keep, len(tokens))
        one_token = len(tokens) == 1
        # OrtValues from numpy borrow the array's memory: keep both alive past the run.
        if one_token:
            self._token[0, 0] = tokens[0]
        if not (one_token and self._step_bound):
            ids = self._token_value if one_token else ov(np.asarray([tokens], dtype=np.int64))
            binding.bind_ortvalue_input("input_ids", ids)
            if keep == 1:
                binding.bind_ortvalue_input("num_logits_to_keep", self._keep1_value)
                binding.bind_ortvalue_output("logits", self._logits_value)
            else:
                keep_value = ov(np.asarray(keep, dtype=np.int64))
                binding.bind_ortvalue_input("num_logits_to_keep", keep_value)
                binding.bind_output("logits")  # a fresh output of shape [1, keep, vocab]
            # One-token steps after this one only rebind the mask.
            self._step_bound = one_token
        mask = self._mask[:, :total]  # all ones; only its length matters
        binding.bind_ortvalue_input("attention_mask", ov(mask))
        try:
            self._session.run_with_iobinding(binding)
        except Exception as exc:
            raise InferenceError(f"ONNX Runtime failed decoding: {exc}") from exc
        self.length = total
        if keep == 1:
            row: NDArray[np.float32] = self._logits[0]
            return row.copy() if copy else row
        logits: NDArray[np.float32] = binding.get_outputs()[0].numpy()[0]
        return logits
