"""A plain numpy forward pass of a llama GGUF: the reference the ONNX export is checked on.

Written from the architecture, not from the exporter: weights come from `gguf`'s own
dequantiser (its numpy Q4_1 / Q5_0 / Q8_0 / Q4_K / Q6_K code, independent of our
`MatMulNBits` repacking), attention is recomputed over the whole sequence (no cache), and
RoPE uses llama.cpp's "normal" mode (adjacent pairs, the layout GGUF stores llama Q/K
weights in) or, for qwen2, its NEOX mode (the two halves of a head); qwen2's q/k/v biases
are added when the GGUF has them. Slow (seconds per few tokens); for tests and the build's
checks only.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from hybridsdk.generate._gguf import GGUFModel, _import_gguf


class ReferenceLlama:
    """Float32 numpy llama decoder over dequantised GGUF weights.

    Args:
        model: a read GGUF model.
    """

    def __init__(self, model: GGUFModel) -> None:
        self.config = model.config
        self._model = model
        self._cache: dict[str, NDArray[np.float32]] = {}

    def weight(self, name: str) -> NDArray[np.float32]:
        """The float32 [rows, cols] (or [cols]) weight `name`, via gguf's dequantiser."""
        if name not in self._cache:
            gguf = _import_gguf()
            raw = self._model.tensors[name]
            qtype = gguf.GGMLQuantizationType[raw.kind]
            values: Any = gguf.quants.dequantize(raw.data, qtype)
            self._cache[name] = np.asarray(values, dtype=np.float32).reshape(
                (raw.rows, raw.cols) if raw.rows > 1 else (raw.cols,)
            )
        return self._cache[name]

    def _rms(self, x: NDArray[np.float32], w: NDArray[np.float32]) -> NDArray[np.float32]:
        var = np.mean(x.astype(np.float64) ** 2, axis=-1, keepdims=True)
        out: NDArray[np.float32] = (x / np.sqrt(var + self.config.rms_eps)).astype(np.float32) * w
        return out

    def _rope(self, x: NDArray[np.float32], positions: NDArray[np.int64]) -> NDArray[np.float32]:
        # x: [S, heads, head_dim]; rotate pairs by pos * theta^(-2i/d): (2i, 2i+1) in normal
        # mode, (i, i + d/2) in NEOX mode.
        d = x.shape[-1]
        inv = self.config.rope_theta ** (-np.arange(0, d, 2, dtype=np.float64) / d)
        ang = positions[:, None].astype(np.float64) * inv[None, :]
        cos = np.cos(ang)[:, None, :]
        sin = np.sin(ang)[:, None, :]
        first = slice(0, d // 2) if self.config.rope_neox else slice(0, None, 2)
        second = slice(d // 2, None) if self.config.rope_neox else slice(1, None, 2)
        x0 = x[..., first].astype(np.float64)
        x1 = x[..., second].astype(np.float64)
        out = np.empty(x.shape, dtype=np.float64)
        out[..., first] = x0 * cos - x1 * sin
        out[..., second] = x0 * sin + x1 * cos
        return out.astype(np.float32)

    def _project(self, h: NDArray[np.float32], name: str) -> NDArray[np.float32]:
        out: NDArray[np.float32] = h @ self.weight(name + ".weight").T
        if name + ".bias" in self._model.tensors:
            out = out + self.weight(name + ".bias")
        return out

    def logits(self, tokens: list[int]) -> NDArray[np.float32]:
        """Logits [len(tokens), vocab] for a whole sequence starting at position 0."""
        c = self.config
        hd = c.head_dim
        group = c.n_heads // c.n_kv_heads
        ids = np.asarray(tokens, dtype=np.int64)
        s = len(tokens)
        positions = np.arange(s, dtype=np.int64)
        emb = self.weight("token_embd.weight")
        x = emb[ids]
        causal = np.triu(np.full((s, s), -np.inf, dtype=np.float32), k=1)
        for layer in range(c.n_layers):
            p = f"blk.{layer}."
            h = self._rms(x, self.weight(p + "attn_norm.weight"))
            q = self._project(h, p + "attn_q").reshape(s, c.n_heads, hd)
            k = self._project(h, p + "attn_k").reshape(s, c.n_kv_heads, hd)
            v = self._project(h, p + "attn_v").reshape(s, c.n_kv_heads, hd)
            q = self._rope(q, positions)
            k = self._rope(k, positions)
            heads = []
            for head in range(c.n_heads):
                kv = head // group
                scores = (q[:, head] @ k[:, kv].T) / np.sqrt(hd) + causal
                scores = scores - scores.max(axis=-1, keepdims=True)
                prob = np.exp(scores)
                prob /= prob.sum(axis=-1, keepdims=True)
                heads.append(prob @ v[:, kv])
            attn = np.concatenate(heads, axis=-1).astype(np.float32)
            x = x + attn @ self.weight(p + "attn_output.weight").T
            h = self._rms(x, self.weight(p + "ffn_norm.weight"))
            gate = h @ self.weight(p + "ffn_gate.weight").T
            up = h @ self.weight(p + "ffn_up.weight").T
            act = (gate / (1.0 + np.exp(-gate))) * up
            x = x + act @ self.weight(p + "ffn_down.weight").T
        h = self._rms(x, self.weight("output_norm.weight"))
        head_name = (
            "output.weight" if "output.weight" in self._model.tensors else "token_embd.weight"
        )
        logits: NDArray[np.float32] = (h @ self.weight(head_name).T).astype(np.float32)
        return logits
