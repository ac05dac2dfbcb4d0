"""Reading an outbox: one record by key, every record, and the summary statistics."""

from __future__ import annotations

import contextlib
import os

from hybridsdk.outbox._records import (
    _COLUMNS,
    _LIVE,
    OutboxRecord,
    OutboxState,
    OutboxStats,
    _row_to_record,
)
from hybridsdk.outbox._transactions import OutboxConnection

__all__ = ["OutboxQueries"]


class OutboxQueries(OutboxConnection):
    """The read side of `Outbox`: `get`, `records`, `stats`."""

    def get(self, idempotency_key: str) -> OutboxRecord | None:
        """The record stored under a key (poll it for the result), or None.

        Args:
            idempotency_key: the key given to `put()`.
        """
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM records WHERE idempotency_key = ?", (idempotency_key,)
            ).fetchone()
        return None if row is None else _row_to_record(row)

    def records(self, *, stream: str | None = None) -> list[OutboxRecord]:
        """Every stored record (optionally of one stream) in insertion order.

        Args:
            stream: only this stream's records.
        """
        sql = f"SELECT {_COLUMNS} FROM records"
        params: tuple[str, ...] = ()
        if stream is not None:
            sql += " WHERE stream = ?"
            params = (stream,)
        with self._reading() as conn:
            rows = conn.execute(sql + " ORDER BY id", params).fetchall()
        return [_row_to_record(r) for r in rows]

    def stats(self) -> OutboxStats:
        """Counts per state, backlog age and size."""
        with self._reading() as conn:
            counts = {s.value: 0 for s in OutboxState}
            for state, n in conn.execute("SELECT state, COUNT(*) FROM records GROUP BY state"):
                counts[str(state)] = int(n)
            placeholders = ",".join("?" * len(_LIVE))
            oldest, live_bytes = conn.execute(
                "SELECT MIN(created_at), COALESCE(SUM(size), 0) FROM records "
                f"WHERE state IN ({placeholders})",
                _LIVE,
            ).fetchone()
            dropped = conn.execute(
                "SELECT value FROM counters WHERE name = 'dropped_total'"
            ).fetchone()[0]
        file_bytes = 0
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                file_bytes += os.stat(f"{self.path}{suffix}").st_size
        return OutboxStats(
            path=str(self.path),
            counts=counts,
            oldest_pending_age_s=None if oldest is None else max(0.0, self.clock() - oldest),
            live_bytes=int(live_bytes),
            file_bytes=file_bytes,
            dropped_total=int(dropped),
            max_records=self.max_records,
            max_bytes=self.max_bytes,
        )
