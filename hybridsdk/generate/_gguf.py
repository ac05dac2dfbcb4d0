"""Read a llama-family GGUF file: hyper-parameters, tokenizer metadata, raw tensors.

Two architectures: ``llama`` (SmolLM2) and ``qwen2`` (Qwen2.5: the same decoder plus q/k/v
biases, with NEOX-style rotary, i.e. rotating the two halves of a head rather than
adjacent pairs, as llama.cpp runs it for qwen2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from hybridsdk._exceptions import MissingDependencyError, ModelLoadError

# Supported architectures -> whether llama.cpp runs their rotary in NEOX (halves) mode.
ARCHITECTURES = {"llama": False, "qwen2": True}


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
    architecture: str = "llama"
    rope_neox: bool = False

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
    if arch not in ARCHITECTURES:
        raise ModelLoadError(
            f"{path}: architecture {arch!r} is not supported (only {sorted(ARCHITECTURES)})"
        )
    a = f"{arch}."
    try:
        hidden = int(meta[a + "embedding_length"])
        config = LlamaConfig(
            n_layers=int(meta[a + "block_count"]),
            hidden=hidden,
            ffn=int(meta[a + "feed_forward_length"]),
            n_heads=int(meta[a + "attention.head_count"]),
            n_kv_heads=int(
                meta.get(a + "attention.head_count_kv", meta[a + "attention.head_count"])
            ),
            vocab=len(meta["tokenizer.ggml.tokens"]),
            context_length=int(meta[a + "context_length"]),
            rope_theta=float(meta.get(a + "rope.freq_base", 10000.0)),
            rms_eps=float(meta[a + "attention.layer_norm_rms_epsilon"]),
            architecture=str(arch),
            rope_neox=ARCHITECTURES[str(arch)],
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
