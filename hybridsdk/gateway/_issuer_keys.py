"""Privacy Pass issuer keys (RSA-2048, token type 0x0002): generate, rotate, load.

An issuer key directory (mode 0700) holds one JSON file per key (mode 0600)::

    issuer-<first 16 hex of token_key_id>.json
        {"private_key_pem": "...", "created_at": 1700000000.0, "retire_at": null}

Rotation adds a key and gives the old ones a `retire_at` one grace period away: tokens
signed by the old key stay redeemable until then, and new tokens come from the new key.
Rotate often (daily): every client holds tokens of the same few keys, so a key says
nothing about who holds it, and a leaked key is useless once retired.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.gateway._key_folder import (
    FolderStamp,
    check_grace,
    read_folder,
    schedule_retirement,
)
from hybridsdk.gateway._secret_files import (
    check_private,
    ensure_private_dir,
    write_private_json,
)
from hybridsdk.wire._blind_rsa import pss_spki
from hybridsdk.wire._private_token import NK, token_key_id

__all__ = [
    "IssuerKey",
    "IssuerKeyRing",
    "generate_issuer_keys",
    "read_issuer_keys",
    "rotate_issuer_keys",
]

logger = logging.getLogger("hybridsdk.gateway")

_PATTERN = "issuer-*.json"


@dataclass(frozen=True, repr=False)
class IssuerKey:
    """One issuer key.

    Args:
        private_key: the RSA key (secret).
        created_at: Unix seconds.
        retire_at: Unix seconds after which it neither signs nor verifies; None: no end.
    """

    private_key: rsa.RSAPrivateKey
    created_at: float
    retire_at: float | None = None
    key_id: bytes = field(init=False)
    token_key: bytes = field(init=False)
    public_key: rsa.RSAPublicKey = field(init=False)

    def __post_init__(self) -> None:
        public = self.private_key.public_key()
        object.__setattr__(self, "public_key", public)
        object.__setattr__(self, "key_id", token_key_id(public))
        object.__setattr__(self, "token_key", pss_spki(public))

    def __repr__(self) -> str:
        return f"IssuerKey(key_id={self.key_id.hex()[:16]}, retire_at={self.retire_at})"

    def current(self, now: float) -> bool:
        """Whether the key is still in use at `now`."""
        return self.retire_at is None or now < self.retire_at


def _file(directory: Path, key: IssuerKey) -> Path:
    return directory / f"issuer-{key.key_id.hex()[:16]}.json"


def _write(directory: Path, key: IssuerKey) -> None:
    pem = key.private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")
    record = {"private_key_pem": pem, "created_at": key.created_at, "retire_at": key.retire_at}
    write_private_json(_file(directory, key), record)


def _read(path: Path) -> IssuerKey:
    check_private(path, "issuer key file")
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        key = serialization.load_pem_private_key(
            record["private_key_pem"].encode("ascii"), password=None
        )
        created_at = float(record["created_at"])
        retire_raw = record.get("retire_at")
        retire_at = None if retire_raw is None else float(retire_raw)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigurationError(
            f"issuer key file {path} is not valid ({type(exc).__name__}); restore it or "
            "create new keys with `hybridsdk issuer generate`"
        ) from None
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size != NK * 8:
        raise ConfigurationError(f"issuer key file {path} must hold an RSA-2048 key")
    return IssuerKey(key, created_at, retire_at)


def read_issuer_keys(directory: Path) -> list[IssuerKey]:
    """Every issuer key in `directory`, retired ones included, newest first.

    Args:
        directory: the issuer key directory.

    Raises:
        ConfigurationError: the folder is missing, or a file is loose or invalid.
    """
    return read_folder(
        directory,
        _PATTERN,
        _read,
        what="issuer key directory",
        create_hint=f"hybridsdk issuer generate --keys {directory}",
    )


def _new_key(now: float) -> IssuerKey:
    return IssuerKey(rsa.generate_private_key(public_exponent=65537, key_size=NK * 8), now)


def generate_issuer_keys(directory: Path, *, now: float | None = None) -> IssuerKey:
    """Create `directory` with one fresh issuer key; refuse if it already holds keys.

    Args:
        directory: the folder to create.
        now: Unix seconds; default the system clock.
    """
    if directory.is_dir() and any(directory.glob(_PATTERN)):
        raise ConfigurationError(
            f"{directory} already holds issuer keys; use `hybridsdk issuer rotate` to add one"
        )
    ensure_private_dir(directory)
    key = _new_key(time.time() if now is None else now)
    _write(directory, key)
    return key


def rotate_issuer_keys(directory: Path, *, grace_s: float, now: float | None = None) -> IssuerKey:
    """Add an issuer key whose truncated id (last byte) differs from every current key's;
    the current keys retire `grace_s` from now; retired ones are deleted.

    Args:
        directory: the issuer key directory.
        grace_s: how long tokens of the old keys stay redeemable.
        now: Unix seconds; default the system clock.
    """
    check_grace(grace_s)
    moment = time.time() if now is None else now
    existing = read_issuer_keys(directory)
    used = {k.key_id[-1] for k in existing if k.current(moment)}
    key = _new_key(moment)
    while key.key_id[-1] in used:  # RFC 9578 6.5: truncated ids must not collide
        key = _new_key(moment)
    schedule_retirement(
        existing,
        now=moment,
        grace_s=grace_s,
        rewrite=lambda old, end: _write(directory, IssuerKey(old.private_key, old.created_at, end)),
        delete=lambda old: _file(directory, old).unlink(missing_ok=True),
    )
    _write(directory, key)
    return key


class IssuerKeyRing:
    """The issuer keys a running gateway signs and verifies with; reloads when the
    folder changes (a rotation needs no restart).

    Args:
        directory: the issuer key directory.
        clock: Unix seconds now; injectable for tests.
    """

    def __init__(self, directory: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.directory = directory
        self._clock = clock
        self._folder = FolderStamp(directory, "issuer keys")
        self._keys = self._folder.load(lambda: read_issuer_keys(directory))
        if not self.current():
            raise ConfigurationError(
                f"no current issuer key in {directory}; run "
                f"`hybridsdk issuer rotate --keys {directory}`"
            )
        for key in self.current():
            logger.info("issuer key %s from %s", key.key_id.hex()[:16], directory)

    def _refresh(self) -> None:
        keys = self._folder.reload_if_changed(lambda: read_issuer_keys(self.directory))
        if keys is not None:
            self._keys = keys
            logger.info("reloaded issuer keys: %d current", len(self.current()))

    def current(self) -> list[IssuerKey]:
        """The keys in use now, newest first."""
        self._refresh()
        now = self._clock()
        return [k for k in self._keys if k.current(now)]

    def by_id(self, key_id: bytes) -> IssuerKey | None:
        """The current key with this token_key_id, or None."""
        return next((k for k in self.current() if k.key_id == key_id), None)

    def by_truncated_id(self, truncated: int) -> IssuerKey | None:
        """The newest current key whose id ends in byte `truncated`, or None."""
        return next((k for k in self.current() if k.key_id[-1] == truncated), None)
