"""Sign a test zoo the way `nox -s models` signs the real one (a fresh Ed25519 key).

Zoos are verified by default, so a test that writes its own manifest signs it too.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hybridsdk.edge._signing import (
    PUBLIC_KEY_NAME,
    SIGNATURE_NAME,
    public_key_pem,
    sign_manifest,
)


def sign_zoo(folder: Path, key: Ed25519PrivateKey | None = None) -> Ed25519PrivateKey:
    """Write `manifest.json.sig` and `manifest.pub` for the manifest in `folder`."""
    key = key or Ed25519PrivateKey.generate()
    (folder / SIGNATURE_NAME).write_bytes(
        sign_manifest((folder / "manifest.json").read_bytes(), key)
    )
    (folder / PUBLIC_KEY_NAME).write_bytes(public_key_pem(key.public_key()))
    return key
