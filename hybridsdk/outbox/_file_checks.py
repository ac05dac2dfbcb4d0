"""Checks on the outbox file itself: private mode, still the same file, read-only or not.

SQLite keeps writing to an open file after it was unlinked: every later `put()` commits
into a file no one can open again, so acknowledged records are lost. It also reports a
read-only directory or mount as "unable to open database file", which reads like damage.
These helpers tell the cases apart so the outbox can say what really happened.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from hybridsdk._exceptions import OutboxFileGoneError, OutboxReadOnlyError

__all__ = ["FileIdentity", "create_private", "read_only_error"]


def create_private(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (0600).

    SQLite creates its -wal and -shm files with the database file's mode, so they are
    0600 too. An existing file is left as it is.
    """
    with contextlib.suppress(FileExistsError):
        fd = os.open(
            path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), 0o600
        )
        os.close(fd)


@dataclass(frozen=True)
class FileIdentity:
    """Which file a path named when the outbox opened it (device and inode)."""

    device: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity:
        """The identity of the file at `path` now."""
        st = os.stat(path)
        return cls(st.st_dev, st.st_ino)

    def check(self, path: Path) -> None:
        """Raise unless `path` still names this file.

        Raises:
            OutboxFileGoneError: the file was deleted, or replaced by another one.
        """
        try:
            now = FileIdentity.of(path)
        except FileNotFoundError:
            raise OutboxFileGoneError(
                f"the outbox file {path} was deleted while this outbox was open; nothing "
                "stored from now on could be read back, so this put was refused. Restore "
                "the file from a backup if it held pending records, then open a new Outbox"
            ) from None
        if now != self:
            raise OutboxFileGoneError(
                f"the outbox file {path} was replaced by another file while this outbox "
                "was open; this put was refused. Open a new Outbox to use the new file"
            )


def read_only_error(path: Path, cause: BaseException) -> OutboxReadOnlyError | None:
    """An `OutboxReadOnlyError` if `path` cannot be written because of permissions or a
    read-only mount, else None.

    Args:
        path: the outbox file.
        cause: the SQLite error seen, quoted in the message.
    """
    parent = path.parent
    read_only_fs = False
    with contextlib.suppress(OSError):
        read_only_fs = bool(os.statvfs(parent).f_flag & os.ST_RDONLY)
    keep = (
        "The records in it are intact: do not create a fresh outbox (that would orphan "
        "them); fix the permissions or mount and open it again"
    )
    if read_only_fs:
        where = f"is on a read-only filesystem (mounted read-only at or above {parent})"
    elif not os.access(parent, os.W_OK | os.X_OK):
        where = f"is in directory {parent}, which this user cannot write (SQLite needs its -wal and -shm files there)"
    elif path.exists() and not os.access(path, os.R_OK | os.W_OK):
        where = "is not readable and writable by this user"
    elif getattr(cause, "sqlite_errorname", "").startswith("SQLITE_READONLY"):
        where = "is read-only for SQLite"
    else:
        return None
    return OutboxReadOnlyError(f"the outbox file {path} {where} ({cause}). {keep}")
