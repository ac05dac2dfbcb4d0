"""The delivery side of an outbox: claim sendable records, settle them, expire and purge.

Delivery is at-least-once: a record being sent is marked `inflight` with the claiming
instance as owner; if that process dies, the next claim puts the record back to
`pending` and it is sent again with the same idempotency key, so the gateway deduplicates.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import weakref
from typing import TYPE_CHECKING

from hybridsdk._exceptions import ConfigurationError, OutboxError
from hybridsdk.outbox._queries import OutboxQueries
from hybridsdk.outbox._records import _COLUMNS, OutboxRecord, OutboxState, _row_to_record

if TYPE_CHECKING:
    from hybridsdk.outbox._store import Outbox

__all__ = ["OutboxDelivery"]

logger = logging.getLogger("hybridsdk.outbox")

# Owner tokens of open Outbox instances in this process: an inflight record whose owner
# is this pid but not in here was claimed by an instance that is gone (crashed or leaked).
_LIVE_OWNERS: weakref.WeakValueDictionary[str, Outbox] = weakref.WeakValueDictionary()


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


class OutboxDelivery(OutboxQueries):
    """The sender's side of `Outbox`: `claim`, `mark_delivered`, `mark_failed`, `release`,
    `expire`, `purge`."""

    def _requeue_orphans(self, conn: sqlite3.Connection, now: float) -> int:
        owners = conn.execute(
            "SELECT DISTINCT claimed_by FROM records WHERE state = 'inflight'"
        ).fetchall()
        dead: list[str] = []
        for (owner,) in owners:
            if owner == self.owner:
                continue
            try:
                pid = int(str(owner).split(":", 1)[0])
            except ValueError:
                dead.append(owner)
                continue
            gone = owner not in _LIVE_OWNERS if pid == os.getpid() else not _pid_alive(pid)
            if gone:
                dead.append(owner)
        requeued = 0
        for owner in dead:
            requeued += conn.execute(
                "UPDATE records SET state = 'pending', claimed_by = NULL, claimed_at = NULL "
                "WHERE state = 'inflight' AND claimed_by IS ?",
                (owner,),
            ).rowcount
        requeued += conn.execute(
            "UPDATE records SET state = 'pending', claimed_by = NULL, claimed_at = NULL "
            "WHERE state = 'inflight' AND claimed_at < ? AND claimed_by IS NOT ?",
            (now - self._lease_s, self.owner),
        ).rowcount
        if requeued:
            logger.warning(
                "outbox: %d inflight record(s) of a stopped sender are pending again and "
                "will be resent with their idempotency keys",
                requeued,
            )
        return requeued

    def claim(self, max_records: int = 100, *, now: float | None = None) -> list[OutboxRecord]:
        """Mark up to `max_records` sendable records inflight for this instance and return them.

        Due records are expired first, and records left inflight by a dead sender are
        made pending again. Only streams with nothing inflight are served, and each
        stream's records come in `seq` order, a prefix of its pending records. Send them
        in the returned order and settle each with `mark_delivered`, `mark_failed` or
        `release`. Most callers use `drain()` instead.

        Args:
            max_records: the most records to claim (>= 1).
            now: clock time to use instead of `clock()`.
        """
        if not isinstance(max_records, int) or max_records < 1:
            raise ConfigurationError(f"max_records must be an int >= 1, got {max_records!r}")
        with self._tx() as conn:
            t = self.clock() if now is None else now
            self._requeue_orphans(conn, t)
            self._expire_due(conn, t)
            self._purge_finished(conn, t)
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM records WHERE state = 'pending' AND stream NOT IN "
                "(SELECT stream FROM records WHERE state = 'inflight') ORDER BY id LIMIT ?",
                (max_records,),
            ).fetchall()
            conn.executemany(
                "UPDATE records SET state = 'inflight', claimed_by = ?, claimed_at = ? "
                "WHERE id = ?",
                [(self.owner, t, r[0]) for r in rows],
            )
        return [_row_to_record((*r[:8], OutboxState.INFLIGHT.value, *r[9:])) for r in rows]

    def _settle(self, key: str, sql: str, params: tuple[object, ...]) -> None:
        with self._tx() as conn:
            cur = conn.execute(sql, (*params, key, self.owner))
            if cur.rowcount != 1:
                raise OutboxError(
                    f"record {key!r} is not inflight for this outbox instance (it was "
                    "released, expired, or claimed elsewhere); claim it again before settling"
                )

    def mark_delivered(self, key: str, result: bytes, *, now: float | None = None) -> OutboxRecord:
        """Record the answer of an inflight record, then call `on_delivered`.

        Args:
            key: the record's idempotency key.
            result: the serialized answer.
            now: clock time to use instead of `clock()`.
        """
        if not isinstance(result, (bytes, bytearray, memoryview)):
            raise ConfigurationError(
                f"result must be bytes, got {type(result).__name__}; the sender must "
                "return the serialized answer"
            )
        t = self.clock() if now is None else now
        self._settle(
            key,
            "UPDATE records SET state = 'delivered', result = ?, delivered_at = ?, "
            "finished_at = ?, last_error = NULL, claimed_by = NULL "
            "WHERE idempotency_key = ? AND state = 'inflight' AND claimed_by = ?",
            (bytes(result), t, t),
        )
        record = self.get(key)
        assert record is not None
        if self.on_delivered is not None:
            try:
                self.on_delivered(record)
            except Exception:
                # The delivery is committed; a callback bug must not cause a resend.
                logger.exception("outbox on_delivered callback failed for id=%d", record.id)
        return record

    def mark_failed(self, key: str, error: str, *, now: float | None = None) -> None:
        """Fail an inflight record permanently; it is never sent again.

        Args:
            key: the record's idempotency key.
            error: why, kept in `last_error`.
            now: clock time to use instead of `clock()`.
        """
        t = self.clock() if now is None else now
        self._settle(
            key,
            "UPDATE records SET state = 'failed', last_error = ?, attempts = attempts + 1, "
            "finished_at = ?, claimed_by = NULL "
            "WHERE idempotency_key = ? AND state = 'inflight' AND claimed_by = ?",
            (str(error)[:2000], t),
        )

    def release(self, key: str, error: str | None = None) -> None:
        """Return an inflight record to pending, e.g. after a transient error.

        Args:
            key: the record's idempotency key.
            error: the transient error; when given, `attempts` grows by one. Without
                it the record was never attempted and its count is unchanged.
        """
        bump = 0 if error is None else 1
        self._settle(
            key,
            "UPDATE records SET state = 'pending', attempts = attempts + ?, "
            "last_error = COALESCE(?, last_error), claimed_by = NULL, claimed_at = NULL "
            "WHERE idempotency_key = ? AND state = 'inflight' AND claimed_by = ?",
            (bump, None if error is None else str(error)[:2000]),
        )

    def expire(self, *, now: float | None = None) -> int:
        """Mark every pending record past its TTL as expired; returns how many.

        Args:
            now: clock time to use instead of `clock()`.
        """
        with self._tx() as conn:
            return self._expire_due(conn, self.clock() if now is None else now)

    def _purge_finished(self, conn: sqlite3.Connection, now: float) -> int:
        if self._retain_s is None:
            return 0
        return conn.execute(
            "DELETE FROM records WHERE finished_at IS NOT NULL AND finished_at < ?",
            (now - self._retain_s,),
        ).rowcount

    def purge(self, *, older_than_s: float = 0.0) -> int:
        """Delete delivered/failed/expired records finished more than `older_than_s` ago.

        Args:
            older_than_s: keep records finished more recently than this.
        """
        with self._tx() as conn:
            return conn.execute(
                "DELETE FROM records WHERE finished_at IS NOT NULL AND finished_at < ?",
                (self.clock() - older_than_s,),
            ).rowcount
