"""The outbox's transaction plumbing: the locked write transaction, typed read errors,
and the expiry sweep every write path runs first."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from hybridsdk._exceptions import OutboxError
from hybridsdk.outbox._file_checks import FileIdentity, read_only_error
from hybridsdk.outbox._records import FullPolicy, OutboxRecord

__all__ = ["OutboxConnection"]

logger = logging.getLogger("hybridsdk.outbox")


class OutboxConnection:
    """The state every part of `Outbox` shares, and its transaction helpers.

    `Outbox.__init__` sets the attributes; this base only declares them.
    """

    path: Path
    max_records: int
    max_bytes: int
    ttl_s: float | None
    full_policy: FullPolicy
    clock: Callable[[], float]
    on_delivered: Callable[[OutboxRecord], None] | None
    owner: str
    _lease_s: float
    _retain_s: float | None
    _lock: threading.RLock
    _conn: sqlite3.Connection | None
    _identity: FileIdentity

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """A write transaction under the thread lock; COMMIT is the durability point."""
        with self._lock:
            if self._conn is None:
                raise OutboxError(f"outbox {self.path} is closed; open a new Outbox")
            conn = self._conn
            self._identity.check(self.path)  # SQLite would write on into a deleted file
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                read_only = read_only_error(self.path, exc)
                if read_only is not None:
                    raise read_only from exc
                raise OutboxError(
                    f"outbox {self.path} is locked by another process ({exc}); retry later "
                    "or raise busy_timeout_s"
                ) from exc
            try:
                yield conn
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                read_only = read_only_error(self.path, exc)
                if read_only is not None:
                    raise read_only from exc
                raise OutboxError(
                    f"outbox {self.path}: {exc}; the transaction was rolled back and nothing "
                    "changed. If this repeats, the file may be damaged: see `hybridsdk outbox "
                    "status`"
                ) from exc
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise
            try:
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise OutboxError(f"outbox {self.path}: commit failed ({exc})") from exc

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """The connection for reads, under the thread lock, with errors made typed."""
        with self._lock:
            if self._conn is None:
                raise OutboxError(f"outbox {self.path} is closed; open a new Outbox")
            try:
                yield self._conn
            except sqlite3.Error as exc:
                raise OutboxError(
                    f"outbox {self.path}: read failed ({exc}); if this repeats the file may "
                    "be damaged"
                ) from exc

    def _expire_due(self, conn: sqlite3.Connection, now: float) -> int:
        cur = conn.execute(
            "UPDATE records SET state = 'expired', finished_at = ?, claimed_by = NULL, "
            "last_error = COALESCE(last_error, 'expired before it could be sent') "
            "WHERE state = 'pending' AND expires_at IS NOT NULL AND expires_at <= ?",
            (now, now),
        )
        if cur.rowcount:
            logger.info("outbox: %d record(s) expired unsent", cur.rowcount)
        return cur.rowcount
