"""The ONNX export against the numpy reference of the same architecture, on real weights."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from hybridsdk.generate._artifacts import SMOLLM2_135M
from hybridsdk.generate._build import CONFIG_FILE, PPL_LLAMA_CPP_TOLERANCE, PPL_TOLERANCE
from hybridsdk.generate._decoder import OnnxDecoder
from hybridsdk.generate._export import export_onnx
from hybridsdk.generate._reference import ReferenceLlama

# "<|im_start|>user\nThe quick brown fox jumps over 12 lazy dogs." in SmolLM2's vocabulary.
TOKENS = [1, 4093, 198, 504, 2365, 6354, 16438, 27003, 690, 216, 33, 34, 23790, 5046, 30]


@pytest.fixture(scope="module")
def reference_logits(gguf_model) -> np.ndarray:  # type: ignore[no-untyped-def]
    return ReferenceLlama(gguf_model).logits(TOKENS)


def _decoder(path: Path, gguf_model) -> OnnxDecoder:  # type: ignore[no-untyped-def]
    c = gguf_model.config
    return OnnxDecoder(
        path,
        n_layers=c.n_layers,
        n_kv_heads=c.n_kv_heads,
        head_dim=c.head_dim,
        context_length=c.context_length,
    )


@pytest.fixture(scope="module")
def exact_decoder(gguf_model, tmp_path_factory) -> OnnxDecoder:  # type: ignore[no-untyped-def]
    # accuracy_level 0: MatMulNBits in float32, so only float rounding separates it from
    # the reference; any wiring mistake (RoPE layout, GQA grouping, offsets) shows.
    path = export_onnx(
        gguf_model, tmp_path_factory.mktemp("exact") / "model.onnx", accuracy_level=0
    )
    return _decoder(path, gguf_model)


def test_prefill_matches_reference(
    exact_decoder: OnnxDecoder, reference_logits: np.ndarray
) -> None:
    exact_decoder.reset()
    logits = exact_decoder.forward(TOKENS, keep=len(TOKENS))
    assert logits.shape == reference_logits.shape
    np.testing.assert_allclose(logits, reference_logits, atol=2e-3, rtol=0)


def test_cached_decode_matches_reference(
    exact_decoder: OnnxDecoder, reference_logits: np.ndarray
) -> None:
    exact_decoder.reset(capacity=2)  # the cache buffers grow (doubling) along the way
    rows = [exact_decoder.forward(TOKENS[:6])[-1]]
    for token in TOKENS[6:]:
        rows.append(exact_decoder.forward([token])[-1])
    assert exact_decoder.length == len(TOKENS) <= exact_decoder.capacity
    np.testing.assert_allclose(np.stack(rows), reference_logits[5:], atol=2e-3, rtol=0)


def test_keep_returns_trailing_positions(
    exact_decoder: OnnxDecoder, reference_logits: np.ndarray
) -> None:
    exact_decoder.reset()
    logits = exact_decoder.forward(TOKENS, keep=3)
    np.testing.assert_allclose(logits, reference_logits[-3:], atol=2e-3, rtol=0)


def test_shipped_int8_path_agrees_on_next_tokens(
    genai_folder: Path, gguf_model, reference_logits: np.ndarray
) -> None:
    decoder = _decoder(genai_folder / "model.onnx", gguf_model)
    logits = decoder.forward(TOKENS, keep=len(TOKENS))
    agree = (logits.argmax(-1) == reference_logits.argmax(-1)).mean()
    assert agree >= 0.9
    assert np.abs(logits - reference_logits).max() < 3.0


def test_build_recorded_a_passing_perplexity_gate(genai_folder: Path) -> None:
    config = json.loads((genai_folder / CONFIG_FILE).read_text())
    ppl = config["perplexity"]
    assert ppl["tokens"] >= 256
    assert abs(ppl["onnx"] / ppl["reference"] - 1) <= PPL_TOLERANCE
    assert ppl["llama_cpp"] == SMOLLM2_135M.llama_cpp_perplexity
    assert abs(ppl["onnx"] / ppl["llama_cpp"] - 1) <= PPL_LLAMA_CPP_TOLERANCE
    # A sane language model on plain English prose, not a broken one (those score 1e3+).
    assert 5 < ppl["onnx"] < 60


def test_context_overflow_is_refused(exact_decoder: OnnxDecoder) -> None:
    from hybridsdk import InputValidationError

    exact_decoder.reset()
    with pytest.raises(InputValidationError, match="context"):
        exact_decoder.forward([1] * (exact_decoder.context_length + 1))
    with pytest.raises(InputValidationError):
        exact_decoder.forward([])


def test_export_is_deterministic(gguf_model, genai_folder: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A fresh export, in this process, hashes the same as the cached build's files.
    from hybridsdk._pinned_wheel import sha256_file
    from hybridsdk.generate._build import int8_accuracy_level

    export_onnx(gguf_model, tmp_path / "model.onnx", accuracy_level=int8_accuracy_level())
    recorded = json.loads((genai_folder / CONFIG_FILE).read_text())["files"]
    for name in ("model.onnx", "model.onnx.data"):
        assert sha256_file(tmp_path / name) == recorded[name], name


def test_one_row_views_and_copies(exact_decoder: OnnxDecoder) -> None:
    exact_decoder.reset()
    first = exact_decoder.forward(TOKENS[:4])
    view = exact_decoder.forward([TOKENS[4]], copy=False)
    kept = view.copy()
    copied = exact_decoder.forward([TOKENS[5]])
    # The view is the decoder's buffer: the next step overwrote it; copies stay put.
    assert np.array_equal(view, copied) and not np.array_equal(kept, copied)
    assert first.shape == view.shape == (1, exact_decoder._logits.shape[-1])
    # A multi-token call in between rebinds everything; the next one-token step still works.
    exact_decoder.reset()
    a = exact_decoder.forward(TOKENS[:5], keep=2)
    b = exact_decoder.forward([TOKENS[5]])
    exact_decoder.reset()
    exact_decoder.forward(TOKENS[:5])
    assert a.shape[0] == 2 and np.array_equal(b, exact_decoder.forward([TOKENS[5]]))
