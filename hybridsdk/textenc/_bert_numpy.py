"""A plain numpy BERT forward pass with mean pooling and L2 norm.

The reference the ONNX graph is checked against: written from the BERT paper's equations
(post-LayerNorm blocks, exact erf GELU, masked softmax attention) and
sentence-transformers' pooling (mean over real tokens, then unit length). Slow; tests and
the build use it on a handful of sentences.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt

from hybridsdk.textenc._bert_config import BertConfig

__all__ = ["bert_sentence_embedding"]

Array = npt.NDArray[np.float64]


def _layer_norm(x: Array, weight: Array, bias: Array, eps: float) -> Array:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    out: Array = (x - mean) / np.sqrt(var + eps) * weight + bias
    return out


def _gelu(x: Array) -> Array:
    erf = np.vectorize(math.erf)
    out: Array = 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))
    return out


def _dense(x: Array, weights: dict[str, Array], name: str) -> Array:
    w = weights[f"{name}.weight"]
    b = weights[f"{name}.bias"]
    out: Array = x @ w.T + b
    return out


def bert_sentence_embedding(
    weights: dict[str, npt.NDArray[Any]],
    config: BertConfig,
    input_ids: npt.NDArray[np.int64],
    attention_mask: npt.NDArray[np.int64],
) -> npt.NDArray[np.float64]:
    """Unit-length mean-pooled sentence embeddings, in float64.

    Args:
        weights: the Hugging Face tensor names (`embeddings.word_embeddings.weight`...).
        config: the encoder's shape.
        input_ids: [N, L] word-piece ids.
        attention_mask: [N, L], 1 for real tokens, 0 for padding.

    Returns:
        [N, hidden_size] float64.
    """
    f = {k: v.astype(np.float64) for k, v in weights.items() if v.dtype.kind == "f"}
    n, length = input_ids.shape
    h = (
        f["embeddings.word_embeddings.weight"][input_ids]
        + f["embeddings.position_embeddings.weight"][np.arange(length)][None]
        + f["embeddings.token_type_embeddings.weight"][0][None, None]
    )
    eps = config.layer_norm_eps
    h = _layer_norm(h, f["embeddings.LayerNorm.weight"], f["embeddings.LayerNorm.bias"], eps)
    mask = attention_mask.astype(np.float64)
    bias = (1.0 - mask)[:, None, None, :] * -1e9
    heads, size = config.num_heads, config.head_size
    for i in range(config.num_layers):
        p = f"encoder.layer.{i}"

        def split(x: Array) -> Array:
            out: Array = x.reshape(n, length, heads, size).transpose(0, 2, 1, 3)
            return out

        q = split(_dense(h, f, f"{p}.attention.self.query"))
        k = split(_dense(h, f, f"{p}.attention.self.key"))
        v = split(_dense(h, f, f"{p}.attention.self.value"))
        scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(size) + bias
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        probs = scores / scores.sum(axis=-1, keepdims=True)
        context = (probs @ v).transpose(0, 2, 1, 3).reshape(n, length, heads * size)
        attn = _dense(context, f, f"{p}.attention.output.dense")
        h = _layer_norm(
            attn + h,
            f[f"{p}.attention.output.LayerNorm.weight"],
            f[f"{p}.attention.output.LayerNorm.bias"],
            eps,
        )
        inner = _gelu(_dense(h, f, f"{p}.intermediate.dense"))
        out = _dense(inner, f, f"{p}.output.dense")
        h = _layer_norm(
            out + h, f[f"{p}.output.LayerNorm.weight"], f[f"{p}.output.LayerNorm.bias"], eps
        )
    summed = (h * mask[:, :, None]).sum(axis=1)
    pooled = summed / np.clip(mask.sum(axis=1, keepdims=True), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    result: npt.NDArray[np.float64] = pooled / np.clip(norms, 1e-12, None)
    return result
