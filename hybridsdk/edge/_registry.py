"""Find, verify and read edge model files.

Every file is hashed and checked against its manifest entry *before* any runtime sees it;
the verified bytes themselves are handed to the runtime, so the file cannot change
between the check and the load. With a pinned public key, the manifest itself is checked
against its Ed25519 signature first (see `_signing.py`), and the verified bytes are the
ones parsed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from pydantic import ValidationError

from hybridsdk._exceptions import ConfigurationError, ModelIntegrityError, ModelNotFoundError
from hybridsdk.edge._manifest import Manifest, ModelEntry
from hybridsdk.edge._signing import (
    PUBLIC_KEY_NAME,
    SIGNATURE_NAME,
    PublicKeySource,
    verify_manifest,
)

__all__ = ["ModelRegistry", "default_models_dir"]

logger = logging.getLogger("hybridsdk.edge")

MANIFEST_NAME = "manifest.json"
_ENV_VAR = "HYBRIDSDK_MODELS_DIR"


def default_models_dir() -> Path:
    """Where the zoo lives: $HYBRIDSDK_MODELS_DIR, the copy inside a wheel, or the checkout's."""
    env = os.environ.get(_ENV_VAR)
    if env:
        return Path(env)
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_edge_models", package.parent / "edge_models"):
        if (candidate / MANIFEST_NAME).is_file():
            return candidate
    raise ModelNotFoundError(
        f"no edge model zoo found (looked in {package / '_edge_models'} and "
        f"{package.parent / 'edge_models'}); set {_ENV_VAR} to a folder with a {MANIFEST_NAME}"
    )


class ModelRegistry:
    """The models of one zoo folder, verified on every read.

    Args:
        models_dir: the folder holding `manifest.json`; defaults to `default_models_dir()`.
        public_key: the Ed25519 public key pinned by the application (key object, raw or
            PEM bytes, or a file path). It overrides the zoo's own `manifest.pub`.
        allow_unsigned: skip the signature check (logged at WARNING). Without it,
            `manifest.json` is always checked against `manifest.json.sig`: under
            `public_key` when given, else under the zoo's `manifest.pub`; a zoo with no
            signature raises `ModelIntegrityError` before anything is parsed.
    """

    def __init__(
        self,
        models_dir: str | os.PathLike[str] | None = None,
        *,
        public_key: PublicKeySource | None = None,
        allow_unsigned: bool = False,
    ) -> None:
        self.models_dir = Path(models_dir) if models_dir is not None else default_models_dir()
        self.manifest_path = self.models_dir / MANIFEST_NAME
        key = public_key if public_key is not None or allow_unsigned else self._zoo_key()
        self.signature_verified = key is not None
        if key is None:
            logger.warning(
                "the signature of %s is NOT checked (allow_unsigned=True): a swapped model "
                "with an updated sha256 would load",
                self.manifest_path,
            )
        self.manifest = self._read_manifest(key)

    def _zoo_key(self) -> Path:
        """The zoo's own `manifest.pub`, when the zoo is signed; else a clear error."""
        key, signature = self.models_dir / PUBLIC_KEY_NAME, self.models_dir / SIGNATURE_NAME
        if not self.manifest_path.is_file():
            raise ModelNotFoundError(
                f"no {MANIFEST_NAME} in {self.models_dir}: this is not a model zoo folder. "
                "Point models_dir (or --models) at a folder holding manifest.json, or leave it "
                "unset to use the models that ship with hybridsdk."
            )
        if not (key.is_file() and signature.is_file()):
            missing = [p.name for p in (signature, key) if not p.is_file()]
            raise ModelIntegrityError(
                f"{self.manifest_path} is unsigned ({' and '.join(missing)} missing), so a "
                "swapped model could load. Sign the zoo (`nox -s models` signs what it "
                "builds), pin the signer's key with public_key=..., or pass "
                "allow_unsigned=True to load it unchecked."
            )
        return key

    def _read_manifest(self, public_key: PublicKeySource | None) -> Manifest:
        if public_key is not None:
            raw = verify_manifest(self.models_dir, public_key)
        else:
            try:
                raw = self.manifest_path.read_bytes()
            except FileNotFoundError:
                raise ModelNotFoundError(
                    f"no {MANIFEST_NAME} in {self.models_dir}; rebuild the zoo with `nox -s models`"
                ) from None
        try:
            return Manifest.model_validate(json.loads(raw))
        except (ValueError, ValidationError) as exc:
            raise ConfigurationError(
                f"{self.manifest_path} is not a valid manifest: {exc}"
            ) from exc

    def names(self) -> list[str]:
        """Every model name in the manifest, in manifest order."""
        return [entry.name for entry in self.manifest.models]

    def entry(self, name: str) -> ModelEntry:
        """The manifest entry for `name`, or `ModelNotFoundError` listing what exists."""
        found = self.manifest.get(name)
        if found is None:
            raise ModelNotFoundError(
                f"no model named {name!r} in {self.manifest_path}; available: {', '.join(self.names())}"
            )
        return found

    def read_verified(self, name: str) -> tuple[ModelEntry, bytes]:
        """Read a model file and check its size and sha256 against the manifest.

        Raises:
            ModelNotFoundError: unknown name, or the file is missing.
            ModelIntegrityError: the file's size or hash differs from the manifest.
        """
        entry = self.entry(name)
        path = self.models_dir / entry.file
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            hint = ""
            if entry.role == "cloud":
                hint = ": cloud models are not installed on devices (the gateway serves them)"
            elif str(entry.build.get("weights", "")).startswith("random"):
                hint = (
                    ": a timing-only model (random weights), not in the wheel; benchmarks "
                    "run it from a source checkout"
                )
            raise ModelNotFoundError(
                f"model file {path} listed for {name!r} is missing{hint}"
            ) from None
        check_bytes(entry, data, path)
        return entry, data


def check_bytes(entry: ModelEntry, data: bytes, path: Path) -> None:
    """Raise `ModelIntegrityError` unless `data` is exactly the file the manifest describes."""
    if len(data) != entry.size_bytes:
        raise ModelIntegrityError(
            f"{path} is {len(data)} bytes but the manifest says {entry.size_bytes}: the file is "
            "corrupted or was tampered with. Restore it from the release or rebuild with `nox -s models`."
        )
    digest = hashlib.sha256(data).hexdigest()
    if digest != entry.sha256:
        raise ModelIntegrityError(
            f"{path} has sha256 {digest} but the manifest says {entry.sha256}: the file is "
            "corrupted or was tampered with. Restore it from the release or rebuild with `nox -s models`."
        )
