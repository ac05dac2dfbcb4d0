"""What an outbox holds: record states, the record and stats types, and row decoding."""

from __future__ import annotations

import enum
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

__all__ = [
    "FullPolicy",
    "OutboxRecord",
    "OutboxState",
    "OutboxStats",
    "default_outbox_path",
]

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


_COLUMNS = (
    "id, stream, seq, idempotency_key, created_at, expires_at, payload, attempts, state, "
    "result, last_error, delivered_at"
)


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
