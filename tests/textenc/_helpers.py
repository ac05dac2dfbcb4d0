"""Shared helpers for the text encoder tests: a tiny random BERT and a safetensors writer."""

from __future__ import annotations

import json
import struct
from typing import Any

import numpy as np

from hybridsdk.textenc._bert_config import BertConfig

TINY = BertConfig(
    hidden_size=16,
    num_layers=2,
    num_heads=4,
    intermediate_size=32,
    layer_norm_eps=1e-12,
    vocab_size=50,
    max_positions=24,
)


def tiny_weights(config: BertConfig = TINY, seed: int = 0) -> dict[str, np.ndarray]:
    """Random weights with the Hugging Face BERT names and shapes."""
    rng = np.random.default_rng(seed)
    h, i = config.hidden_size, config.intermediate_size

    def r(*shape: int, scale: float = 0.3) -> np.ndarray:
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    w: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": r(config.vocab_size, h),
        "embeddings.position_embeddings.weight": r(config.max_positions, h),
        "embeddings.token_type_embeddings.weight": r(2, h),
        "embeddings.LayerNorm.weight": 1 + r(h, scale=0.1),
        "embeddings.LayerNorm.bias": r(h, scale=0.1),
    }
    for layer in range(config.num_layers):
        p = f"encoder.layer.{layer}"
        for name in ("query", "key", "value"):
            w[f"{p}.attention.self.{name}.weight"] = r(h, h)
            w[f"{p}.attention.self.{name}.bias"] = r(h, scale=0.1)
        w[f"{p}.attention.output.dense.weight"] = r(h, h)
        w[f"{p}.attention.output.dense.bias"] = r(h, scale=0.1)
        w[f"{p}.intermediate.dense.weight"] = r(i, h)
        w[f"{p}.intermediate.dense.bias"] = r(i, scale=0.1)
        w[f"{p}.output.dense.weight"] = r(h, i)
        w[f"{p}.output.dense.bias"] = r(h, scale=0.1)
        for ln in ("attention.output.LayerNorm", "output.LayerNorm"):
            w[f"{p}.{ln}.weight"] = 1 + r(h, scale=0.1)
            w[f"{p}.{ln}.bias"] = r(h, scale=0.1)
    return w


def write_safetensors(tensors: dict[str, np.ndarray]) -> bytes:
    """A safetensors file, written by hand from the format description."""
    kinds = {np.dtype("float32"): "F32", np.dtype("int64"): "I64", np.dtype("float16"): "F16"}
    header: dict[str, Any] = {"__metadata__": {"format": "pt"}}
    body = b""
    for name, array in tensors.items():
        data = np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<")).tobytes()
        header[name] = {
            "dtype": kinds[array.dtype],
            "shape": list(array.shape),
            "data_offsets": [len(body), len(body) + len(data)],
        }
        body += data
    raw = json.dumps(header).encode()
    return struct.pack("<Q", len(raw)) + raw + body
