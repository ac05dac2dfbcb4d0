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
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import sqlite3
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from hybridsdk._exceptions import ConfigurationError, OutboxError, OutboxFullError
from hybridsdk.outbox._file_checks import FileIdentity, create_private, read_only_error

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

SCHEMA_VERSION = 1
_MAX_KEY_LEN = 200  # same bound as InferenceRequest.idempotency_key

FullPolicy = Literal["reject", "drop_oldest"]


class OutboxState(str, enum.Enum):
    """Where a record is in its life."""

    PENDING = "pending"  # waiting to be sent
    INFLIGHT = "inflight"  # handed to a sender; back to pending if the sender dies
    DELIVERED = "delivered"  # the cloud answered; `result` holds the answer
    FAILED = "failed"  # permanent error (or dropped when full); see `last_error`
    EXPIRED = "expired"  # its TTL passed before it could be sent; never sent after


_LIVE = (OutboxState.PENDING.value, OutboxState.INFLIGHT.value)


@dataclass(frozen=True)
class OutboxRecord:
    """One stored request and what became of it.

    Attributes:
        id: row id, increasing in insertion order.
        stream: the ordering domain; records of one stream are sent in `seq` order.
        seq: position in its stream, from 1.
        idempotency_key: unique per record; sent with every attempt so the gateway dedups.
        created_at: clock time when accepted (seconds, the outbox clock).
        expires_at: clock time after which it is not sent, or None for never.
        payload: the serialized request, exactly the bytes given to `put()`.
        attempts: failed send attempts so far.
        state: see `OutboxState`.
        result: the serialized answer once delivered.
        last_error: why the last attempt failed, or why the record failed or was dropped.
        delivered_at: clock time of delivery.
    """

    id: int
    stream: str
    seq: int
    idempotency_key: str
    created_at: float
    expires_at: float | None
    payload: bytes
    attempts: int
    state: OutboxState
    result: bytes | None
    last_error: str | None
    delivered_at: float | None


@dataclass(frozen=True)
class OutboxStats:
    """A summary for `hybridsdk outbox status` and for metrics.

    Attributes:
        path: the outbox file.
        counts: number of records per state (every state present, zeros included).
        oldest_pending_age_s: age of the oldest pending/inflight record, or None.
        live_bytes: payload bytes of pending + inflight records (what the bound limits).
        file_bytes: size on disk of the database, its WAL and shared-memory files.
        dropped_total: records dropped by the `drop_oldest` policy since creation.
        max_records: the configured record bound.
        max_bytes: the configured byte bound.
    """

    path: str
    counts: dict[str, int]
    oldest_pending_age_s: float | None
    live_bytes: int
    file_bytes: int
    dropped_total: int
    max_records: int
    max_bytes: int


def default_outbox_path() -> Path:
    """`$XDG_STATE_HOME/hybridsdk/outbox.sqlite3` (default `~/.local/state/...`)."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "hybridsdk" / "outbox.sqlite3"


_SCHEMA = """
CREATE TABLE records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    stream TEXT NOT NULL,
    seq INTEGER NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    created_at REAL NOT NULL,
    expires_at REAL,
    payload BLOB NOT NULL,
    size INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'inflight', 'delivered', 'failed', 'expired')),
    result BLOB,
    last_error TEXT,
    delivered_at REAL,
    finished_at REAL,
    claimed_by TEXT,
    claimed_at REAL,
    UNIQUE (stream, seq)
);
CREATE INDEX records_state ON records (state, id);
-- Covering indexes: the bound check and the expiry sweep run on every put and must not
-- read the payload pages of the whole backlog.
CREATE INDEX records_state_size ON records (state, size);
CREATE INDEX records_state_expiry ON records (state, expires_at);
CREATE INDEX records_finished ON records (finished_at) WHERE finished_at IS NOT NULL;
CREATE TABLE streams (stream TEXT PRIMARY KEY, last_seq INTEGER NOT NULL);
CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT INTO counters (name, value) VALUES ('dropped_total', 0);
"""

_COLUMNS = (
    "id, stream, seq, idempotency_key, created_at, expires_at, payload, attempts, state, "
    "result, last_error, delivered_at"
)

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


def _row_to_record(row: Sequence[object]) -> OutboxRecord:
    (rid, stream, seq, key, created, expires, payload, attempts, state, result, err, dlv) = row
    return OutboxRecord(
        id=int(rid),  # type: ignore[call-overload]
        stream=str(stream),
        seq=int(seq),  # type: ignore[call-overload]
        idempotency_key=str(key),
        created_at=float(created),  # type: ignore[arg-type]
        expires_at=None if expires is None else float(expires),  # type: ignore[arg-type]
        payload=bytes(payload),  # type: ignore[call-overload]
        attempts=int(attempts),  # type: ignore[call-overload]
        state=OutboxState(state),
        result=None if result is None else bytes(result),  # type: ignore[call-overload]
        last_error=None if err is None else str(err),
        delivered_at=None if dlv is None else float(dlv),  # type: ignore[arg-type]
    )


class Outbox:
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
        self.path = self._check_path(path, create=create)
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
        self._conn: sqlite3.Connection | None = self._open(busy_timeout_s)
        self._identity = FileIdentity.of(self.path)
        _LIVE_OWNERS[self.owner] = self

    # -- opening ---------------------------------------------------------------------

    @staticmethod
    def _check_path(path: str | os.PathLike[str], *, create: bool) -> Path:
        raw = os.fspath(path)
        if not isinstance(raw, str) or not raw or raw == ":memory:" or raw.startswith("file:"):
            raise ConfigurationError(
                f"outbox path must be a file path, got {raw!r}: an in-memory or URI database "
                "would not survive a restart"
            )
        p = Path(raw).expanduser()
        if p.is_dir():
            raise OutboxError(f"outbox path {p} is a directory; give a file path inside it")
        if p.exists():
            return p
        if not create:
            raise OutboxError(f"no outbox at {p}; check the path (nothing was created)")
        parent = p.parent
        try:
            parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError) as exc:
            raise OutboxError(
                f"cannot create outbox {p}: a parent path is a file, not a directory ({exc})"
            ) from exc
        except OSError as exc:
            raise OutboxError(f"cannot create the outbox directory {parent}: {exc}") from exc
        if not os.access(parent, os.W_OK | os.X_OK):
            raise OutboxError(
                f"cannot create outbox {p}: directory {parent} is not writable; "
                "pick a writable path or fix its permissions"
            )
        return p

    def _open(self, busy_timeout_s: float) -> sqlite3.Connection:
        corrupt_hint = (
            f"the outbox file {self.path} is corrupted or is not an outbox database. It was "
            "left untouched; move it aside (it may hold undelivered requests: try "
            "`sqlite3 FILE .recover`) and restart to create a fresh outbox"
        )
        try:
            create_private(self.path)
        except OSError as exc:
            raise read_only_error(self.path, exc) or OutboxError(
                f"cannot open outbox {self.path}: cannot create the file ({exc})"
            ) from exc
        try:
            conn = sqlite3.connect(
                str(self.path),
                timeout=busy_timeout_s,
                isolation_level=None,  # explicit BEGIN/COMMIT below
                check_same_thread=False,  # guarded by self._lock
            )
        except sqlite3.Error as exc:
            raise OutboxError(f"cannot open outbox {self.path}: {exc}") from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            # Reading the header first: a non-database file fails here, before any write.
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise OutboxError(
                    f"outbox {self.path} has schema version {version}, newer than this "
                    f"hybridsdk supports ({SCHEMA_VERSION}); upgrade hybridsdk to read it"
                )
            mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
            if mode != "wal":
                raise OutboxError(
                    f"outbox {self.path}: SQLite refused WAL mode (got {mode!r}); put the "
                    "outbox on a local filesystem (not NFS/SMB)"
                )
            conn.execute("PRAGMA synchronous = FULL")  # see the module docstring
            conn.execute("PRAGMA fullfsync = ON")  # macOS: fsync alone skips the disk cache
            if version == 0:
                self._init_schema(conn)
            else:
                self._check_integrity(conn)
        except OutboxError:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise read_only_error(self.path, exc) or OutboxError(f"{corrupt_hint} ({exc})") from exc
        return conn

    def _init_schema(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have initialized it.
            if int(conn.execute("PRAGMA user_version").fetchone()[0]) == 0:
                tables = conn.execute("SELECT name FROM sqlite_master").fetchall()
                if tables:
                    raise OutboxError(
                        f"{self.path} is an SQLite database but not an outbox (it has "
                        f"tables {sorted(t[0] for t in tables)[:5]}); it was left untouched. "
                        "Give the outbox its own file"
                    )
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _check_integrity(self, conn: sqlite3.Connection) -> None:
        # quick_check reads every page (O(size), a few ms for 10k records) so that a
        # damaged file is reported at open, not halfway through a delivery.
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            detail = "; ".join(str(r[0]) for r in rows[:3])
            raise sqlite3.DatabaseError(f"integrity check failed: {detail}")
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"records", "streams", "counters"} <= names:
            raise sqlite3.DatabaseError(f"missing outbox tables (found {sorted(names)})")

    # -- plumbing --------------------------------------------------------------------

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

    # -- delivery side ---------------------------------------------------------------

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

    # -- reading ---------------------------------------------------------------------

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
