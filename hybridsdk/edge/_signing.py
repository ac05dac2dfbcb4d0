"""Ed25519 signatures over the model manifest.

The manifest pins every model file by sha256 and size, so signing the manifest alone
covers the whole zoo. Files in a zoo folder:

- `manifest.json.sig`: the raw 64-byte Ed25519 signature of the exact bytes of
  `manifest.json` (no encoding, no newline).
- `manifest.pub`: the signer's public key as PEM (SubjectPublicKeyInfo). It sits next to
  the manifest for convenience only: anyone able to rewrite the manifest can rewrite it
  too. A deployment must pin the public key out of band (ship it in the app, or compare
  its fingerprint) and pass it to `verify_manifest` / `ModelRegistry(public_key=...)`.

The private key never enters the repository: the zoo build reads or creates it at
`$HYBRIDSDK_SIGNING_KEY` (PKCS#8 PEM, mode 0600).
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Union

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hybridsdk._exceptions import ConfigurationError, ModelIntegrityError, ModelNotFoundError

__all__ = [
    "PUBLIC_KEY_NAME",
    "SIGNATURE_NAME",
    "PublicKeySource",
    "key_fingerprint",
    "load_or_create_private_key",
    "load_public_key",
    "public_key_pem",
    "sign_manifest",
    "verify_manifest",
    "verify_manifest_bytes",
]

logger = logging.getLogger("hybridsdk.edge")

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.json.sig"
PUBLIC_KEY_NAME = "manifest.pub"
_SIGNATURE_LEN = 64
_RAW_KEY_LEN = 32

# A key object, its raw 32 bytes or PEM bytes, or the path of a file holding either.
PublicKeySource = Union[Ed25519PublicKey, bytes, str, "os.PathLike[str]"]


def sign_manifest(manifest_bytes: bytes, private_key: Ed25519PrivateKey) -> bytes:
    """Sign the exact bytes of a manifest.

    Args:
        manifest_bytes: the content of `manifest.json`, byte for byte.
        private_key: the zoo's Ed25519 signing key.

    Returns:
        The raw 64-byte signature to store as `manifest.json.sig`.
    """
    if not isinstance(private_key, Ed25519PrivateKey):
        raise ConfigurationError(
            f"the manifest signing key must be an Ed25519PrivateKey, got {type(private_key).__name__}"
        )
    return private_key.sign(manifest_bytes)


def load_public_key(source: PublicKeySource) -> Ed25519PublicKey:
    """Turn a pinned public key into a key object.

    Args:
        source: an `Ed25519PublicKey`; its raw 32 bytes; PEM bytes; or the path (str or
            PathLike) of a file holding raw or PEM bytes.

    Raises:
        ConfigurationError: the key cannot be read or is not an Ed25519 public key.
    """
    if isinstance(source, Ed25519PublicKey):
        return source
    if isinstance(source, bytes):
        return _parse_public_key(source, "the given bytes")
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigurationError(
            f"cannot read the public key file {path}: {exc.strerror or exc}. Pass the path "
            "of the zoo's pinned Ed25519 public key (PEM or raw 32 bytes)."
        ) from None
    return _parse_public_key(data, str(path))


def _parse_public_key(data: bytes, where: str) -> Ed25519PublicKey:
    if len(data) == _RAW_KEY_LEN:
        return Ed25519PublicKey.from_public_bytes(data)
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        raise ConfigurationError(
            f"{where} is not an Ed25519 public key: expected PEM (-----BEGIN PUBLIC KEY-----) "
            f"or exactly {_RAW_KEY_LEN} raw bytes, got {len(data)} bytes that are neither"
        ) from None
    if not isinstance(key, Ed25519PublicKey):
        raise ConfigurationError(
            f"{where} holds a {type(key).__name__}, but the manifest is signed with Ed25519"
        )
    return key


def public_key_pem(key: Ed25519PublicKey) -> bytes:
    """The key as PEM SubjectPublicKeyInfo, the format of `manifest.pub`."""
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def key_fingerprint(key: Ed25519PublicKey) -> str:
    """`sha256:<hex>` of the raw 32-byte key: short enough to compare by eye or pin in config."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def verify_manifest_bytes(
    manifest_bytes: bytes, signature: bytes, public_key: PublicKeySource
) -> None:
    """Check a manifest signature; raise unless it is valid.

    Args:
        manifest_bytes: the manifest exactly as read.
        signature: the raw 64-byte signature.
        public_key: the pinned key (see `load_public_key`).

    Raises:
        ModelIntegrityError: the signature is malformed or does not match.
        ConfigurationError: the public key is unusable.
    """
    key = load_public_key(public_key)
    if len(signature) != _SIGNATURE_LEN:
        raise ModelIntegrityError(
            f"the manifest signature is {len(signature)} bytes, not the {_SIGNATURE_LEN} of a raw "
            "Ed25519 signature: it is corrupted or was tampered with. Restore "
            f"{SIGNATURE_NAME} from the release."
        )
    try:
        key.verify(signature, manifest_bytes)
    except InvalidSignature:
        raise ModelIntegrityError(
            f"the manifest does not match its signature under the pinned public key "
            f"{key_fingerprint(key)}: the manifest or its signature was corrupted or tampered "
            "with, or it was signed by a different key. Do not load these models; restore the "
            "zoo from a trusted release, or pin the key that really signed it."
        ) from None


def verify_manifest(models_dir: str | os.PathLike[str], public_key: PublicKeySource) -> bytes:
    """Check `manifest.json` in a zoo folder against `manifest.json.sig`.

    Args:
        models_dir: the zoo folder.
        public_key: the pinned public key (see `load_public_key`). Passing the folder's own
            `manifest.pub` detects corruption but not a deliberate swap of the whole folder.

    Returns:
        The verified manifest bytes: parse these, not a second read of the file.

    Raises:
        ModelNotFoundError: no manifest in the folder.
        ModelIntegrityError: the signature is missing, malformed or does not match.
        ConfigurationError: the public key is unusable.
    """
    folder = Path(models_dir)
    key = load_public_key(public_key)
    try:
        manifest_bytes = (folder / MANIFEST_NAME).read_bytes()
    except FileNotFoundError:
        raise ModelNotFoundError(
            f"no {MANIFEST_NAME} in {folder}; rebuild the zoo with `nox -s models`"
        ) from None
    try:
        signature = (folder / SIGNATURE_NAME).read_bytes()
    except FileNotFoundError:
        raise ModelIntegrityError(
            f"{folder / SIGNATURE_NAME} is missing, so {folder / MANIFEST_NAME} cannot be "
            "verified: the zoo is incomplete or was tampered with. Restore the signature "
            "from the release or re-sign the zoo with `nox -s models`."
        ) from None
    verify_manifest_bytes(manifest_bytes, signature, key)
    logger.debug("manifest %s verified under %s", folder / MANIFEST_NAME, key_fingerprint(key))
    return manifest_bytes


def load_or_create_private_key(path: str | os.PathLike[str]) -> tuple[Ed25519PrivateKey, bool]:
    """Read the zoo signing key, or create one there (PKCS#8 PEM, mode 0600).

    Args:
        path: where the key lives; never inside the repository.

    Returns:
        (key, created): `created` is True when a new key was generated.
    """
    key_path = Path(path)
    if key_path.exists():
        try:
            key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
        except (ValueError, TypeError) as exc:
            raise ConfigurationError(
                f"{key_path} is not an unencrypted PEM private key ({exc}); point "
                "HYBRIDSDK_SIGNING_KEY at the zoo's Ed25519 key or at a new path"
            ) from None
        if not isinstance(key, Ed25519PrivateKey):
            raise ConfigurationError(f"{key_path} holds a {type(key).__name__}, not an Ed25519 key")
        return key, False
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    key_path.parent.mkdir(parents=True, exist_ok=True)
    # Create with 0600 from the start, so the key is never world-readable, even briefly.
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    return key, True
