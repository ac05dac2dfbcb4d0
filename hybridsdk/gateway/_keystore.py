"""Gateway key files: generate, rotate, retire, load.

A key directory (mode 0700) holds one JSON file per key (mode 0600)::

    key-007.json  {"key_id": 7, "config": "<hex>", "private_key": "<hex>",
                   "created_at": 1700000000.0, "retire_at": null}

A key is *current* until its `retire_at` passes. Rotation adds a key with a new id and
gives the old ones a `retire_at` one grace period away, so clients holding the old
configuration keep working while they pick up the new one. Files readable by anyone but
the owner are refused, as ssh refuses loose private keys.
"""

from __future__ import annotations

import json
import logging
import math
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hybridsdk._exceptions import ConfigurationError, KeyConfigError
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
from hybridsdk.wire._keyconfig import KeyConfig, generate_key_config, parse_key_config
from hybridsdk.wire._ohttp import GatewayKey

__all__ = [
    "KeyRing",
    "StoredKey",
    "generate_keys",
    "load_keys",
    "read_keys",
    "retire_keys",
    "rotate_keys",
]

logger = logging.getLogger("hybridsdk.gateway")

_PATTERN = "key-*.json"


@dataclass(frozen=True, repr=False)
class StoredKey:
    """One gateway key as kept on disk.

    Args:
        config: the public key configuration.
        private_key: the raw X25519 private key (secret).
        created_at: Unix seconds.
        retire_at: Unix seconds after which it is no longer served; None: no end.
    """

    config: KeyConfig
    private_key: bytes
    created_at: float
    retire_at: float | None = None

    def __repr__(self) -> str:
        return (
            f"StoredKey(key_id={self.config.key_id}, fingerprint={self.config.fingerprint[:16]}, "
            f"retire_at={self.retire_at})"
        )

    def current(self, now: float) -> bool:
        """Whether the key is still served at `now`."""
        return self.retire_at is None or now < self.retire_at


def _file(directory: Path, key_id: int) -> Path:
    return directory / f"key-{key_id:03d}.json"


def _write(directory: Path, key: StoredKey) -> None:
    record = {
        "key_id": key.config.key_id,
        "config": key.config.encode().hex(),
        "private_key": key.private_key.hex(),
        "created_at": key.created_at,
        "retire_at": key.retire_at,
    }
    write_private_json(_file(directory, key.config.key_id), record)


def _read(path: Path) -> StoredKey:
    check_private(path, "key file")
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        config = parse_key_config(bytes.fromhex(record["config"]))
        private_key = bytes.fromhex(record["private_key"])
        created_at = float(record["created_at"])
        retire_raw = record.get("retire_at")
        retire_at = None if retire_raw is None else float(retire_raw)
    except (ValueError, KeyError, TypeError, KeyConfigError) as exc:
        raise ConfigurationError(
            f"key file {path} is not a valid gateway key ({type(exc).__name__}); restore it "
            "or generate new keys with `hybridsdk keys generate`"
        ) from None
    # Fails if the private key does not match the configuration; the message has no secret.
    GatewayKey(config, private_key)
    return StoredKey(config, private_key, created_at, retire_at)


def read_keys(directory: Path) -> list[StoredKey]:
    """Every key in `directory`, retired ones included, newest first.

    Args:
        directory: the key directory.
    """
    return read_folder(
        directory,
        _PATTERN,
        _read,
        what="key directory",
        create_hint=f"hybridsdk keys generate --keys {directory}",
    )


def load_keys(directory: Path, *, now: float | None = None) -> list[StoredKey]:
    """The current keys in `directory`, newest first.

    Args:
        directory: the key directory.
        now: Unix seconds; default the system clock.
    """
    moment = time.time() if now is None else now
    keys = [k for k in read_keys(directory) if k.current(moment)]
    if not keys:
        raise ConfigurationError(
            f"no current key in {directory}; run `hybridsdk keys rotate --keys {directory}`"
        )
    return keys


def generate_keys(
    directory: Path, *, key_id: int | None = None, now: float | None = None
) -> StoredKey:
    """Create `directory` with one fresh key; refuse if it already holds keys.

    Args:
        directory: the key directory to create.
        key_id: 0..255; default random, so a restarted gateway rarely reuses an id.
        now: Unix seconds; default the system clock.
    """
    if directory.is_dir() and any(directory.glob(_PATTERN)):
        raise ConfigurationError(
            f"{directory} already holds keys; use `hybridsdk keys rotate` to add one"
        )
    ensure_private_dir(directory)
    config, private = generate_key_config(secrets.randbelow(256) if key_id is None else key_id)
    key = StoredKey(config, private, time.time() if now is None else now)
    _write(directory, key)
    return key


def rotate_keys(directory: Path, *, grace_s: float, now: float | None = None) -> StoredKey:
    """Add a key with a new id; the current ones retire `grace_s` from now.

    Keys already past their retirement are deleted.

    Args:
        directory: the key directory.
        grace_s: how long the old keys are still served.
        now: Unix seconds; default the system clock.
    """
    check_grace(grace_s)
    moment = time.time() if now is None else now
    existing = read_keys(directory)
    ensure_private_dir(directory)
    used = {k.config.key_id for k in existing if k.current(moment)}
    if len(used) >= 256:
        raise ConfigurationError(f"all 256 key ids in {directory} are in use; retire some")
    start = existing[0].config.key_id + 1 if existing else secrets.randbelow(256)
    new_id = next((start + i) % 256 for i in range(256) if (start + i) % 256 not in used)
    config, private = generate_key_config(new_id)
    schedule_retirement(
        existing,
        now=moment,
        grace_s=grace_s,
        rewrite=lambda old, end: _write(
            directory, StoredKey(old.config, old.private_key, old.created_at, end)
        ),
        delete=lambda old: _file(directory, old.config.key_id).unlink(missing_ok=True),
    )
    key = StoredKey(config, private, moment)
    _write(directory, key)
    return key


def retire_keys(directory: Path) -> list[int]:
    """Delete every key but the newest, now; returns the retired key ids.

    Args:
        directory: the key directory.
    """
    existing = read_keys(directory)
    retired = [k.config.key_id for k in existing[1:]]
    for key_id in retired:
        _file(directory, key_id).unlink(missing_ok=True)
    return retired


class KeyRing:
    """The keys a running gateway serves and decrypts with.

    From a directory it reloads when the folder changes (a rotation needs no restart) and
    drops keys as they retire; without one it holds a single ephemeral in-memory key.

    Args:
        directory: the key directory, or None for an ephemeral key.
        clock: Unix seconds now; injectable for tests.
    """

    def __init__(self, directory: Path | None, *, clock: Callable[[], float] = time.time) -> None:
        self.directory = directory
        self._clock = clock
        self._folder = None if directory is None else FolderStamp(directory, "OHTTP keys")
        if directory is None:
            config, private = generate_key_config(secrets.randbelow(256))
            self._stored = [StoredKey(config, private, clock())]
            logger.info(
                "ephemeral OHTTP key %d (not saved; clients must refetch it after a "
                "restart), fingerprint sha256:%s",
                config.key_id,
                config.fingerprint,
            )
        else:
            assert self._folder is not None
            self._stored = self._folder.load(lambda: read_keys(directory))
            if not self.key_ids():
                raise ConfigurationError(
                    f"no current key in {directory}; run `hybridsdk keys rotate --keys {directory}`"
                )
            for key in self._stored:
                if not key.current(clock()):
                    continue
                logger.info(
                    "OHTTP key %d from %s, fingerprint sha256:%s",
                    key.config.key_id,
                    directory,
                    key.config.fingerprint,
                )
        self._keys = {k.config.key_id: GatewayKey(k.config, k.private_key) for k in self._stored}
        # The keys that decrypt now, rebuilt on reload or when the next one retires.
        self._current: dict[int, GatewayKey] | None = None
        self._current_until = math.inf

    def _refresh(self) -> None:
        if self._folder is None or self.directory is None:
            return
        directory = self.directory
        stored = self._folder.reload_if_changed(lambda: read_keys(directory))
        if stored is not None:
            self._stored = stored
            logger.info("reloaded OHTTP keys: ids %s", self.key_ids())
            self._keys = {k.config.key_id: GatewayKey(k.config, k.private_key) for k in stored}
            self._current = None

    def key_ids(self) -> list[int]:
        """Ids of the keys served now, newest first."""
        now = self._clock()
        return [k.config.key_id for k in self._stored if k.current(now)]

    def configs(self) -> list[KeyConfig]:
        """The key configurations served now, newest first."""
        self._refresh()
        now = self._clock()
        return [k.config for k in self._stored if k.current(now)]

    def gateway_keys(self) -> dict[int, GatewayKey]:
        """key id -> GatewayKey of the keys that decrypt now (called per request)."""
        self._refresh()
        now = self._clock()
        if self._current is None or now >= self._current_until:
            live = [k for k in self._stored if k.current(now)]
            current = {k.config.key_id for k in live}
            self._current = {i: key for i, key in self._keys.items() if i in current}
            retiring = [k.retire_at for k in live if k.retire_at is not None]
            self._current_until = min(retiring, default=math.inf)
        return self._current
