"""What the two key folders share: the OHTTP keys (`_keystore.py`) and the Privacy Pass
issuer keys (`_issuer_keys.py`).

Each is a 0700 folder of one 0600 JSON file per key (`_secret_files.py`), read newest
first; a rotation gives the keys still current one grace period and deletes retired ones;
a running gateway reloads the folder when its modification stamp changes.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from hybridsdk._exceptions import ConfigurationError, HybridSDKError

__all__ = ["FolderStamp", "TimedKey", "check_grace", "read_folder", "schedule_retirement"]

logger = logging.getLogger("hybridsdk.gateway")


class TimedKey(Protocol):
    """A key with a creation time and an optional end."""

    @property
    def created_at(self) -> float: ...

    @property
    def retire_at(self) -> float | None: ...

    def current(self, now: float) -> bool: ...


K = TypeVar("K", bound=TimedKey)
T = TypeVar("T")


def read_folder(
    directory: Path,
    pattern: str,
    read_one: Callable[[Path], K],
    *,
    what: str,
    create_hint: str,
) -> list[K]:
    """Every key file matching `pattern` in `directory`, retired ones included, newest first.

    Args:
        directory: the key folder.
        pattern: glob of the key files.
        read_one: reads and checks one file.
        what: the folder's name in the error message ("issuer key directory").
        create_hint: the command that creates the folder, for the error message.

    Raises:
        ConfigurationError: the folder is missing, or `read_one` refused a file.
    """
    if not directory.is_dir():
        raise ConfigurationError(
            f"{what} {directory} does not exist; create it with `{create_hint}`"
        )
    keys = [read_one(path) for path in sorted(directory.glob(pattern))]
    # Newest first; on a tie (same clock tick) the key not retiring is the newer one.
    keys.sort(key=lambda k: (k.created_at, k.retire_at is None), reverse=True)
    return keys


def check_grace(grace_s: float) -> None:
    """Refuse a negative or non-finite grace period (before any key is made)."""
    if not (0 <= grace_s < math.inf):  # also NaN: a NaN end would retire keys at once
        raise ConfigurationError(f"grace period must be >= 0 seconds and finite, got {grace_s}")


def schedule_retirement(
    existing: list[K],
    *,
    now: float,
    grace_s: float,
    rewrite: Callable[[K, float], None],
    delete: Callable[[K], None],
) -> None:
    """The rotation's bookkeeping for the keys already on disk: keys past their end are
    deleted; current keys end `grace_s` from `now` (an earlier end they already have stays).

    Args:
        existing: the keys on disk.
        now: Unix seconds.
        grace_s: how long the current keys stay in use.
        rewrite: writes a key back with a new `retire_at`.
        delete: removes a key's file.

    Raises:
        ConfigurationError: `grace_s` is negative.
    """
    check_grace(grace_s)
    for old in existing:
        if not old.current(now):
            delete(old)
        elif old.retire_at is None or old.retire_at > now + grace_s:
            rewrite(old, now + grace_s)


class FolderStamp:
    """Reloads a key folder when its modification stamp changes.

    Args:
        directory: the key folder.
        what: what the folder holds, for log lines ("OHTTP keys").
    """

    def __init__(self, directory: Path, what: str) -> None:
        self.directory = directory
        self._what = what
        self._stamp: int | None = None

    def _now(self) -> int | None:
        try:
            return self.directory.stat().st_mtime_ns
        except OSError:
            return None

    def load(self, read: Callable[[], T]) -> T:
        """Read the folder now and remember its stamp (taken before reading, so a change
        during the read shows at the next `reload_if_changed`). Errors propagate."""
        self._stamp = self._now()
        return read()

    def reload_if_changed(self, read: Callable[[], T]) -> T | None:
        """The folder read again if it changed since the last read, else None. A folder
        that is gone keeps what was loaded; a read that fails is logged and skipped until
        the folder changes again."""
        stamp = self._now()
        if stamp is None or stamp == self._stamp:
            return None
        try:
            value = read()
        except (HybridSDKError, OSError) as exc:
            logger.error("keeping the previous %s, could not reload: %s", self._what, exc)
            self._stamp = stamp
            return None
        self._stamp = stamp
        return value
