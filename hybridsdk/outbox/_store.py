"""A durable outbox for `deferrable` requests: store now, send when the cloud is back.

One SQLite file (stdlib `sqlite3`) holds every record. Durability choices:

- WAL journal, so a writer and a drainer (threads or processes) do not block each other's
  reads, and a crash mid-commit leaves the last committed state intact.
- `synchronous=FULL`, not NORMAL: in WAL mode NORMAL skips the fsync of the WAL on each
  commit, so a power loss can roll back the last commits *after* `put()` returned. `put()`
  returning is the acknowledgement that the record will be delivered, so each commit must
  be on stable storage first. FULL costs one fsync per accepted record.
- One transaction per accepted record; `put()` returns only after its COMMIT.

Delivery is at-least-once: a record being sent is marked `inflight` with the claiming
instance as owner; if that process dies, the next claim puts the record back to
`pending` and it is sent again with the same idempotency key, so the gateway deduplicates.
Order is kept per stream: a stream's later record is not handed out while an earlier one
is pending or inflight.

A file that is not an outbox, is corrupted, or was written by a newer schema raises
`OutboxError` and is left untouched: an outbox is never silently recreated.

`Outbox` is built from one module per concern: `_schema` opens and checks the file,
`_transactions` holds the locked transaction plumbing, `_queries` the read side and
`_delivery` the sender's side (claim, settle, expire, purge); this module keeps
construction, `put` and closing. `_records` holds the record types, re-exported here.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable

from hybridsdk._exceptions import ConfigurationError, OutboxError, OutboxFullError
from hybridsdk.outbox._delivery import _LIVE_OWNERS, OutboxDelivery
from hybridsdk.outbox._file_checks import FileIdentity
from hybridsdk.outbox._records import (
    _COLUMNS,
    _LIVE,
    FullPolicy,
    OutboxRecord,
    OutboxState,
    OutboxStats,
    _row_to_record,
    default_outbox_path,
)
from hybridsdk.outbox._schema import SCHEMA_VERSION, check_path, open_connection

__all__ = [
    "SCHEMA_VERSION",
    "FullPolicy",
    "Outbox",
    "OutboxRecord",
    "OutboxState",
    "OutboxStats",
    "default_outbox_path",
]

logger = logging.getLogger("hybridsdk.outbox")

_MAX_KEY_LEN = 200  # same bound as InferenceRequest.idempotency_key


class Outbox(OutboxDelivery):
    """A bounded, durable, per-stream ordered store of requests to send later.

    Safe to share between threads (one connection behind a lock) and between processes
    (SQLite file locks). Use as a context manager or call `close()`.

    Args:
        path: the SQLite file. Parent directories are created (mode 0700) when `create`.
        max_records: most pending + inflight records; must be >= 1.
        max_bytes: most payload bytes over pending + inflight records; must be >= 1.
        ttl_s: default time to live of a record in seconds, or None for no expiry.
        full_policy: "reject" raises `OutboxFullError`; "drop_oldest" fails the oldest
            pending records (logged with their id, counted in `dropped_total`) to make room.
        clock: wall clock in seconds (persisted across restarts, so not monotonic);
            inject a fake one in tests.
        on_delivered: called with the record after its delivery is committed. Errors it
            raises are logged, never propagated.
        create: create the file if missing; False raises `OutboxError` instead.
        busy_timeout_s: how long to wait for another process's write lock.
        inflight_lease_s: an inflight record older than this is handed out again even if
            its owner looks alive (hung sender, reused pid).
        retain_finished_s: delivered/failed/expired records are kept this long for
            `get()`, then purged; None keeps them until `purge()`.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        max_records: int = 10_000,
        max_bytes: int = 64 * 1024 * 1024,
        ttl_s: float | None = 7 * 24 * 3600.0,
        full_policy: FullPolicy = "reject",
        clock: Callable[[], float] = time.time,
        on_delivered: Callable[[OutboxRecord], None] | None = None,
        create: bool = True,
        busy_timeout_s: float = 30.0,
        inflight_lease_s: float = 300.0,
        retain_finished_s: float | None = 7 * 24 * 3600.0,
    ) -> None:
        if not isinstance(max_records, int) or max_records < 1:
            raise ConfigurationError(f"max_records must be an int >= 1, got {max_records!r}")
        if not isinstance(max_bytes, int) or max_bytes < 1:
            raise ConfigurationError(f"max_bytes must be an int >= 1, got {max_bytes!r}")
        if ttl_s is not None and not ttl_s > 0:
            raise ConfigurationError(f"ttl_s must be > 0 seconds or None, got {ttl_s!r}")
        if full_policy not in ("reject", "drop_oldest"):
            raise ConfigurationError(
                f"full_policy must be 'reject' or 'drop_oldest', got {full_policy!r}"
            )
        if not busy_timeout_s >= 0:
            raise ConfigurationError(f"busy_timeout_s must be >= 0, got {busy_timeout_s!r}")
        if not inflight_lease_s > 0:
            raise ConfigurationError(f"inflight_lease_s must be > 0, got {inflight_lease_s!r}")
        if retain_finished_s is not None and not retain_finished_s >= 0:
            raise ConfigurationError(
                f"retain_finished_s must be >= 0 or None, got {retain_finished_s!r}"
            )
        self.path = check_path(path, create=create)
        self.max_records = max_records
        self.max_bytes = max_bytes
        self.ttl_s = ttl_s
        self.full_policy: FullPolicy = full_policy
        self.clock = clock
        self.on_delivered = on_delivered
        self._lease_s = inflight_lease_s
        self._retain_s = retain_finished_s
        self._lock = threading.RLock()
        self.owner = f"{os.getpid()}:{uuid.uuid4().hex}"
        self._conn: sqlite3.Connection | None = open_connection(self.path, busy_timeout_s)
        self._identity = FileIdentity.of(self.path)
        _LIVE_OWNERS[self.owner] = self

    # -- writing ---------------------------------------------------------------------

    def put(
        self,
        payload: bytes | bytearray | memoryview,
        *,
        idempotency_key: str,
        stream: str = "default",
        ttl_s: float | None = None,
    ) -> OutboxRecord:
        """Store one serialized request. Returning is the durable acknowledgement.

        Putting the same key again with the same stream and payload returns the stored
        record (safe to retry after a crash); a different payload under a used key raises.

        Args:
            payload: the serialized request; stored and later sent byte for byte.
            idempotency_key: unique key, sent with every attempt (1-200 characters).
            stream: ordering domain; records of one stream are delivered in put order.
            ttl_s: time to live in seconds; None uses the outbox's `ttl_s`.

        Raises:
            OutboxFullError: full under the "reject" policy, or the payload alone is
                larger than `max_bytes`.
            OutboxError: the key is used by a different record, or the file failed.
        """
        if not isinstance(payload, (bytes, bytearray, memoryview)):
            raise ConfigurationError(
                f"payload must be bytes (serialize the request first), got {type(payload).__name__}"
            )
        data = bytes(payload)
        if not isinstance(idempotency_key, str) or not 1 <= len(idempotency_key) <= _MAX_KEY_LEN:
            raise ConfigurationError(
                f"idempotency_key must be a str of 1-{_MAX_KEY_LEN} characters, "
                f"got {idempotency_key!r:.60}"
            )
        if not isinstance(stream, str) or not stream:
            raise ConfigurationError(f"stream must be a non-empty str, got {stream!r}")
        ttl = self.ttl_s if ttl_s is None else ttl_s
        if ttl is not None and not ttl > 0:
            raise ConfigurationError(f"ttl_s must be > 0 seconds, got {ttl!r}")
        if len(data) > self.max_bytes:
            raise OutboxFullError(
                f"payload of {len(data)} bytes is larger than the outbox bound max_bytes="
                f"{self.max_bytes}; raise max_bytes or send this request another way"
            )
        with self._tx() as conn:
            now = self.clock()
            existing = conn.execute(
                f"SELECT {_COLUMNS} FROM records WHERE idempotency_key = ?", (idempotency_key,)
            ).fetchone()
            if existing is not None:
                record = _row_to_record(existing)
                if record.payload != data or record.stream != stream:
                    raise OutboxError(
                        f"idempotency key {idempotency_key!r} is already used by record "
                        f"{record.id} with a different payload or stream; use a new key"
                    )
                return record
            self._expire_due(conn, now)
            self._make_room(conn, len(data))
            # No RETURNING: it needs SQLite 3.35, older than some boards ship.
            conn.execute(
                "INSERT INTO streams (stream, last_seq) VALUES (?, 1) "
                "ON CONFLICT (stream) DO UPDATE SET last_seq = last_seq + 1",
                (stream,),
            )
            row = conn.execute(
                "SELECT last_seq FROM streams WHERE stream = ?", (stream,)
            ).fetchone()
            seq = int(row[0])
            expires = None if ttl is None else now + ttl
            cur = conn.execute(
                "INSERT INTO records (stream, seq, idempotency_key, created_at, expires_at, "
                "payload, size) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (stream, seq, idempotency_key, now, expires, data, len(data)),
            )
            rid = cur.lastrowid
        assert rid is not None
        return OutboxRecord(
            id=rid,
            stream=stream,
            seq=seq,
            idempotency_key=idempotency_key,
            created_at=now,
            expires_at=expires,
            payload=data,
            attempts=0,
            state=OutboxState.PENDING,
            result=None,
            last_error=None,
            delivered_at=None,
        )

    def _make_room(self, conn: sqlite3.Connection, size: int) -> None:
        placeholders = ",".join("?" * len(_LIVE))
        count, total = conn.execute(
            f"SELECT COUNT(*), COALESCE(SUM(size), 0) FROM records WHERE state IN ({placeholders})",
            _LIVE,
        ).fetchone()
        while count + 1 > self.max_records or total + size > self.max_bytes:
            if self.full_policy == "reject":
                raise OutboxFullError(
                    f"outbox {self.path} is full ({count}/{self.max_records} records, "
                    f"{total}/{self.max_bytes} bytes waiting); deliver with `hybridsdk "
                    "outbox drain` once the cloud is reachable, raise max_records/max_bytes, "
                    "or use full_policy='drop_oldest'"
                )
            oldest = conn.execute(
                "SELECT id, idempotency_key, size FROM records WHERE state = 'pending' "
                "ORDER BY id LIMIT 1"
            ).fetchone()
            if oldest is None:  # everything left is inflight: nothing safe to drop
                raise OutboxFullError(
                    f"outbox {self.path} is full and every waiting record is being sent; "
                    "retry after the current delivery, or raise max_records/max_bytes"
                )
            conn.execute(
                "UPDATE records SET state = 'failed', finished_at = ?, "
                "last_error = 'dropped: outbox full (drop_oldest policy)' WHERE id = ?",
                (self.clock(), oldest[0]),
            )
            conn.execute("UPDATE counters SET value = value + 1 WHERE name = 'dropped_total'")
            logger.warning(
                "outbox full: dropped oldest pending record id=%d key=%s", oldest[0], oldest[1]
            )
            count -= 1
            total -= int(oldest[2])

    # -- lifecycle -------------------------------------------------------------------

    def close(self) -> None:
        """Return this instance's inflight records to pending and close the file."""
        with self._lock:
            if self._conn is None:
                return
            try:
                with self._tx() as conn:
                    conn.execute(
                        "UPDATE records SET state = 'pending', claimed_by = NULL, "
                        "claimed_at = NULL WHERE state = 'inflight' AND claimed_by = ?",
                        (self.owner,),
                    )
            except OutboxError:
                # The next claim requeues them anyway (their owner will be gone).
                logger.warning("outbox: could not release inflight records on close")
            finally:
                self._conn.close()
                self._conn = None
                _LIVE_OWNERS.pop(self.owner, None)

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Outbox({str(self.path)!r}, max_records={self.max_records}, policy={self.full_policy!r})"
