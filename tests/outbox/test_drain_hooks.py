"""`drain()`'s hooks: `hold` pauses it before a record (the client's budget window is
spent) and leaves the rest pending, unattempted; `on_delivered` runs after a delivery is
committed, never for a send whose commit failed (that record is sent again)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from hybridsdk._exceptions import OutboxError
from hybridsdk.outbox._drain import DrainSchedule, drain, drain_async
from hybridsdk.outbox._store import Outbox, OutboxRecord, OutboxState


@pytest.fixture
def outbox(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Outbox(tmp_path / "o.sqlite3") as box:
        for i in range(3):
            box.put(b"p%d" % i, idempotency_key=f"k{i}")
        yield box


def _send(record: OutboxRecord) -> bytes:
    return b"answer-" + record.payload


def test_hold_pauses_the_drain_and_leaves_the_rest_pending(outbox: Outbox, caplog) -> None:  # type: ignore[no-untyped-def]
    sent: list[str] = []

    def send(record: OutboxRecord) -> bytes:
        sent.append(record.idempotency_key)
        return _send(record)

    def hold(record: OutboxRecord) -> str | None:
        return "over budget" if len(sent) >= 1 else None

    with caplog.at_level(logging.INFO, logger="hybridsdk.outbox"):
        report = drain(outbox, send, hold=hold)
    assert sent == ["k0"] and report.delivered == 1 and report.attempted == 1
    assert (report.held_by, report.held_key, report.stopped_by) == ("over budget", "k1", None)
    assert "over budget" in caplog.text
    for key in ("k1", "k2"):
        record = outbox.get(key)
        assert record.state is OutboxState.PENDING and record.attempts == 0
    # A pause is not a failure: the next drain comes after the interval, not a backoff.
    assert DrainSchedule(interval_s=30.0).next_delay_s(report) == 30.0
    assert drain(outbox, send).delivered == 2  # nothing lost


def test_no_hold_sends_everything(outbox: Outbox) -> None:
    report = drain(outbox, _send, hold=lambda record: None)
    assert report.delivered == 3 and report.held_by is None


def test_on_delivered_runs_after_the_commit_only(outbox: Outbox) -> None:
    seen: list[tuple[str, bytes | None]] = []
    real = outbox.mark_delivered
    calls = {"n": 0}

    def mark_delivered(key, result, *, now=None):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:
            raise OutboxError("commit failed")
        return real(key, result, now=now)

    outbox.mark_delivered = mark_delivered  # type: ignore[method-assign]
    on_delivered = lambda r: seen.append((r.idempotency_key, r.result))  # noqa: E731
    with pytest.raises(OutboxError):
        drain(outbox, _send, on_delivered=on_delivered)
    assert seen == []
    assert drain(outbox, _send, on_delivered=on_delivered).delivered == 3
    assert seen == [("k0", b"answer-p0"), ("k1", b"answer-p1"), ("k2", b"answer-p2")]


def test_a_failing_on_delivered_does_not_resend(outbox: Outbox, caplog) -> None:  # type: ignore[no-untyped-def]
    def broken(record: OutboxRecord) -> None:
        raise RuntimeError("callback bug")

    report = drain(outbox, _send, on_delivered=broken)
    assert report.delivered == 3 and "callback bug" in caplog.text
    assert drain(outbox, _send).attempted == 0


def test_the_async_drain_has_the_same_hooks(outbox: Outbox) -> None:
    seen: list[str] = []

    async def send(record: OutboxRecord) -> bytes:
        return _send(record)

    def hold(record: OutboxRecord) -> str | None:
        return "over budget" if record.idempotency_key == "k2" else None

    report = asyncio.run(
        drain_async(outbox, send, hold=hold, on_delivered=lambda r: seen.append(r.idempotency_key))
    )
    assert seen == ["k0", "k1"] and report.held_key == "k2"
    assert outbox.get("k2").state is OutboxState.PENDING
