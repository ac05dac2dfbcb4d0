"""The BERT graph written with onnx.helper matches a numpy reference (tiny random BERT)."""

from __future__ import annotations

import numpy as np
import pytest

from hybridsdk import ModelLoadError
from hybridsdk.textenc._bert_config import BertConfig
from hybridsdk.textenc._bert_numpy import bert_sentence_embedding
from hybridsdk.textenc._bert_onnx import build_bert_onnx
from hybridsdk.textenc._safetensors import read_safetensors
from tests.textenc._helpers import TINY, tiny_weights, write_safetensors

ort = pytest.importorskip("onnxruntime")


def run(model: bytes, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
    session = ort.InferenceSession(model, providers=["CPUExecutionProvider"])
    return np.asarray(session.run(None, {"input_ids": ids, "attention_mask": mask})[0])


@pytest.fixture(scope="module")
def tiny() -> tuple[dict[str, np.ndarray], bytes]:
    weights = tiny_weights()
    return weights, build_bert_onnx(weights, TINY)


def test_graph_matches_numpy_reference(tiny: tuple[dict[str, np.ndarray], bytes]) -> None:
    weights, model = tiny
    rng = np.random.default_rng(1)
    ids = rng.integers(1, TINY.vocab_size, size=(3, 9)).astype(np.int64)
    mask = np.ones_like(ids)
    mask[1, 6:] = 0  # padded rows, as a batch of different lengths has
    mask[2, 3:] = 0
    ids[mask == 0] = 0
    got = run(model, ids, mask)
    want = bert_sentence_embedding(weights, TINY, ids, mask)
    assert got.shape == (3, TINY.hidden_size) and got.dtype == np.float32
    np.testing.assert_allclose(got, want, atol=2e-5)
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_padding_does_not_change_an_embedding(tiny: tuple[dict[str, np.ndarray], bytes]) -> None:
    _, model = tiny
    ids = np.array([[5, 7, 9, 11]], dtype=np.int64)
    alone = run(model, ids, np.ones_like(ids))
    padded_ids = np.array([[5, 7, 9, 11, 0, 0, 0]], dtype=np.int64)
    padded = run(model, padded_ids, np.array([[1, 1, 1, 1, 0, 0, 0]], dtype=np.int64))
    np.testing.assert_allclose(alone, padded, atol=1e-5)


def test_a_wrong_weight_is_caught_by_the_reference(
    tiny: tuple[dict[str, np.ndarray], bytes],
) -> None:
    # The comparison can fail: one changed weight moves the graph away from the reference.
    weights, _ = tiny
    changed = dict(weights)
    bias = weights["encoder.layer.1.output.dense.bias"].copy()
    bias[0] += 0.5  # one element: a shift of all would vanish in the LayerNorm after it
    changed["encoder.layer.1.output.dense.bias"] = bias
    ids = np.array([[3, 4, 5]], dtype=np.int64)
    mask = np.ones_like(ids)
    got = run(build_bert_onnx(changed, TINY), ids, mask)
    assert np.abs(got - bert_sentence_embedding(weights, TINY, ids, mask)).max() > 1e-3


def test_graph_bytes_are_deterministic(tiny: tuple[dict[str, np.ndarray], bytes]) -> None:
    weights, model = tiny
    assert build_bert_onnx(weights, TINY) == model


def test_safetensors_round_trip() -> None:
    weights = tiny_weights()
    weights["embeddings.position_ids"] = np.arange(24, dtype=np.int64)[None]
    back = read_safetensors(write_safetensors(weights))
    assert set(back) == set(weights)
    for name, array in weights.items():
        np.testing.assert_array_equal(back[name], array)


@pytest.mark.parametrize(
    "data",
    [b"", b"\xff" * 8 + b"{}", b"\x02\x00\x00\x00\x00\x00\x00\x00{x", None],
    ids=["empty", "huge-header", "not-json", "bad-range"],
)
def test_malformed_safetensors_are_refused(data: bytes | None) -> None:
    if data is None:
        good = write_safetensors({"a": np.zeros(4, dtype=np.float32)})
        data = good[:-4]  # the tensor's bytes run past the end
    with pytest.raises(ModelLoadError):
        read_safetensors(data)


def test_config_rejects_what_the_builder_cannot_write() -> None:
    base = {
        "hidden_size": 16,
        "num_hidden_layers": 1,
        "num_attention_heads": 4,
        "intermediate_size": 32,
        "vocab_size": 10,
        "max_position_embeddings": 8,
    }
    assert BertConfig.from_json(base).head_size == 4
    with pytest.raises(ModelLoadError, match="hidden_act"):
        BertConfig.from_json({**base, "hidden_act": "relu"})
    with pytest.raises(ModelLoadError, match="divide"):
        BertConfig.from_json({**base, "num_attention_heads": 3})
    with pytest.raises(ModelLoadError, match="absolute"):
        BertConfig.from_json({**base, "position_embedding_type": "relative_key"})
