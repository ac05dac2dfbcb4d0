"""Read a llama-architecture GGUF file: hyper-parameters, tokenizer metadata, raw tensors."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from hybridsdk._exceptions import MissingDependencyError, ModelLoadError


@dataclass(frozen=True)
class LlamaConfig:
    """Hyper-parameters of a llama-architecture decoder, from GGUF metadata."""

    n_layers: int
    hidden: int
    ffn: int
    n_heads: int
    n_kv_heads: int
    vocab: int
    context_length: int
    rope_theta: float
    rms_eps: float

    @property
    def head_dim(self) -> int:
        """Width of one attention head."""
        return self.hidden // self.n_heads


@dataclass(frozen=True)
class RawTensor:
    """One GGUF tensor: ggml type name, logical [rows, cols] and its bytes/values."""

    name: str
    kind: str
    rows: int
    cols: int
    data: NDArray[Any]


@dataclass(frozen=True)
class GGUFModel:
    """What the exporter and the tokenizer need from a GGUF file."""

    config: LlamaConfig
    metadata: dict[str, Any]
    tensors: dict[str, RawTensor] = field(repr=False)


def _import_gguf() -> Any:
    try:
        import gguf
    except ImportError:
        raise MissingDependencyError("reading GGUF models", "genai") from None
    return gguf


def _field_value(reader_field: Any) -> Any:
    return reader_field.contents()


def read_gguf(path: str | Path) -> GGUFModel:
    """Read `path` (memory-mapped); raise ModelLoadError if it is not a llama GGUF.

    Args:
        path: a ``.gguf`` file.
    """
    gguf = _import_gguf()
    try:
        reader = gguf.GGUFReader(str(path))
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"{path} is not a readable GGUF file ({exc}); rebuild it") from exc
    meta: dict[str, Any] = {}
    for key, value in reader.fields.items():
        if key.startswith("GGUF."):
            continue
        meta[key] = _field_value(value)
    arch = meta.get("general.architecture")
    if arch != "llama":
        raise ModelLoadError(f"{path}: architecture {arch!r} is not supported (only 'llama')")
    try:
        hidden = int(meta["llama.embedding_length"])
        config = LlamaConfig(
            n_layers=int(meta["llama.block_count"]),
            hidden=hidden,
            ffn=int(meta["llama.feed_forward_length"]),
            n_heads=int(meta["llama.attention.head_count"]),
            n_kv_heads=int(
                meta.get("llama.attention.head_count_kv", meta["llama.attention.head_count"])
            ),
            vocab=len(meta["tokenizer.ggml.tokens"]),
            context_length=int(meta["llama.context_length"]),
            rope_theta=float(meta.get("llama.rope.freq_base", 10000.0)),
            rms_eps=float(meta["llama.attention.layer_norm_rms_epsilon"]),
        )
    except KeyError as exc:
        raise ModelLoadError(f"{path}: GGUF metadata lacks {exc.args[0]!r}") from None
    tensors: dict[str, RawTensor] = {}
    for tensor in reader.tensors:
        shape = [int(s) for s in tensor.shape]  # ggml order: [cols, rows]
        cols = shape[0]
        rows = int(np.prod(shape[1:])) if len(shape) > 1 else 1
        tensors[tensor.name] = RawTensor(
            tensor.name, tensor.tensor_type.name, rows, cols, np.asarray(tensor.data)
        )
    return GGUFModel(config, meta, tensors)
