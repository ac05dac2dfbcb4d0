"""The numpy reference's rotary in llama (adjacent pairs) and qwen2 (NEOX: halves) modes, and
qwen2's q/k/v biases, on known answers."""

from __future__ import annotations

import numpy as np
import pytest

from hybridsdk.generate._gguf import GGUFModel, LlamaConfig, RawTensor
from hybridsdk.generate._reference import ReferenceLlama


def _ref(neox: bool, tensors: dict[str, RawTensor] | None = None) -> ReferenceLlama:
    config = LlamaConfig(
        n_layers=1,
        hidden=8,
        ffn=8,
        n_heads=1,
        n_kv_heads=1,
        vocab=4,
        context_length=16,
        rope_theta=10000.0,
        rms_eps=1e-6,
        architecture="qwen2" if neox else "llama",
        rope_neox=neox,
    )
    return ReferenceLlama(GGUFModel(config, {}, tensors or {}))


@pytest.mark.parametrize("neox", [False, True])
def test_rope_rotates_the_right_pairs(neox: bool) -> None:
    x = np.zeros((1, 1, 8), np.float32)
    x[0, 0, 0] = 1.0  # first element of the first pair; frequency theta^0 = 1
    out = _ref(neox)._rope(x, np.array([3], dtype=np.int64))[0, 0]
    partner = 4 if neox else 1
    assert out[0] == pytest.approx(np.cos(3.0), abs=1e-6)
    assert out[partner] == pytest.approx(np.sin(3.0), abs=1e-6)
    assert np.count_nonzero(np.abs(out) > 1e-7) == 2


def test_position_zero_is_the_identity() -> None:
    x = np.random.default_rng(0).standard_normal((2, 1, 8)).astype(np.float32)
    for neox in (False, True):
        got = _ref(neox)._rope(x[:1], np.array([0], dtype=np.int64))
        np.testing.assert_allclose(got, x[:1], atol=1e-7)


def test_projection_adds_the_bias_when_present() -> None:
    w = np.eye(8, dtype=np.float32) * 2
    b = np.arange(8, dtype=np.float32)
    tensors = {
        "blk.0.attn_q.weight": RawTensor("blk.0.attn_q.weight", "F32", 8, 8, w),
        "blk.0.attn_q.bias": RawTensor("blk.0.attn_q.bias", "F32", 1, 8, b),
        "blk.0.attn_k.weight": RawTensor("blk.0.attn_k.weight", "F32", 8, 8, w),
    }
    ref = _ref(True, tensors)
    h = np.ones((1, 8), np.float32)
    np.testing.assert_array_equal(ref._project(h, "blk.0.attn_q"), 2 + b[None])
    np.testing.assert_array_equal(ref._project(h, "blk.0.attn_k"), np.full((1, 8), 2.0))
