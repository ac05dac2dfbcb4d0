"""Opening an outbox file: path checks, connection pragmas, schema creation, integrity.

A file that is not an outbox, is corrupted, or was written by a newer schema raises
`OutboxError` and is left untouched: an outbox is never silently recreated.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from hybridsdk._exceptions import ConfigurationError, OutboxError
from hybridsdk.outbox._file_checks import create_private, read_only_error

__all__ = ["SCHEMA_VERSION", "check_path", "open_connection"]

SCHEMA_VERSION = 1

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


def check_path(path: str | os.PathLike[str], *, create: bool) -> Path:
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


def open_connection(path: Path, busy_timeout_s: float) -> sqlite3.Connection:
    corrupt_hint = (
        f"the outbox file {path} is corrupted or is not an outbox database. It was "
        "left untouched; move it aside (it may hold undelivered requests: try "
        "`sqlite3 FILE .recover`) and restart to create a fresh outbox"
    )
    try:
        create_private(path)
    except OSError as exc:
        raise read_only_error(path, exc) or OutboxError(
            f"cannot open outbox {path}: cannot create the file ({exc})"
        ) from exc
    try:
        conn = sqlite3.connect(
            str(path),
            timeout=busy_timeout_s,
            isolation_level=None,  # explicit BEGIN/COMMIT below
            check_same_thread=False,  # guarded by self._lock
        )
    except sqlite3.Error as exc:
        raise OutboxError(f"cannot open outbox {path}: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        # Reading the header first: a non-database file fails here, before any write.
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise OutboxError(
                f"outbox {path} has schema version {version}, newer than this "
                f"hybridsdk supports ({SCHEMA_VERSION}); upgrade hybridsdk to read it"
            )
        mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
        if mode != "wal":
            raise OutboxError(
                f"outbox {path}: SQLite refused WAL mode (got {mode!r}); put the "
                "outbox on a local filesystem (not NFS/SMB)"
            )
        conn.execute("PRAGMA synchronous = FULL")  # see the `_store` module docstring
        conn.execute("PRAGMA fullfsync = ON")  # macOS: fsync alone skips the disk cache
        if version == 0:
            _init_schema(conn, path)
        else:
            _check_integrity(conn)
    except OutboxError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise read_only_error(path, exc) or OutboxError(f"{corrupt_hint} ({exc})") from exc
    return conn


def _init_schema(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read under the write lock: another process may have initialized it.
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) == 0:
            tables = conn.execute("SELECT name FROM sqlite_master").fetchall()
            if tables:
                raise OutboxError(
                    f"{path} is an SQLite database but not an outbox (it has "
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


def _check_integrity(conn: sqlite3.Connection) -> None:
    # quick_check reads every page (O(size), a few ms for 10k records) so that a
    # damaged file is reported at open, not halfway through a delivery.
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if rows != [("ok",)]:
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise sqlite3.DatabaseError(f"integrity check failed: {detail}")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"records", "streams", "counters"} <= names:
        raise sqlite3.DatabaseError(f"missing outbox tables (found {sorted(names)})")
