"""Helper process for tests/test_outbox_crash.py; the test SIGKILLs it at random points.

    python _outbox_writer.py write --outbox P --prefix R7 [--streams 3] [--pause-s 0.002]
        puts records forever; prints each key right after put() returned (= acknowledged).
    python _outbox_writer.py drain --outbox P --receiver Q [--until-empty]
        delivers records to a fake receiver: an SQLite file (WAL, synchronous=FULL) that
        records every arrival in order. A kill between the receiver's commit and the
        outbox's mark_delivered is what makes a duplicate delivery.

Both print "ready" once set up, so the test kills them while they work, not while they
import.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time

from hybridsdk.outbox._drain import drain
from hybridsdk.outbox._store import Outbox, OutboxRecord


def _open_outbox(path: str) -> Outbox:
    return Outbox(path, max_records=1_000_000, max_bytes=1 << 30, ttl_s=None)


def write(args: argparse.Namespace) -> None:
    outbox = _open_outbox(args.outbox)
    print("ready", flush=True)
    i = 0
    while True:
        key = f"{args.prefix}-{i:06d}"
        outbox.put(key.encode() * 4, idempotency_key=key, stream=f"s{i % args.streams}")
        sys.stdout.write(key + "\n")
        sys.stdout.flush()
        i += 1
        # Pace the writer so the backlog (and the final drain) stays small on a busy
        # disk; kills still land inside put() most of the time, as a put is an fsync.
        time.sleep(args.pause_s)


def _open_receiver(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS deliveries ("
        "n INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT, stream TEXT, seq INTEGER)"
    )
    return conn


def run_drain(args: argparse.Namespace) -> None:
    outbox = _open_outbox(args.outbox)
    receiver = _open_receiver(args.receiver)

    def send(record: OutboxRecord) -> bytes:
        if record.payload != record.idempotency_key.encode() * 4:
            raise AssertionError(f"payload of {record.idempotency_key} changed")
        receiver.execute(
            "INSERT INTO deliveries (key, stream, seq) VALUES (?, ?, ?)",
            (record.idempotency_key, record.stream, record.seq),
        )  # autocommit: durable before the outbox learns of it
        return b"ok:" + record.idempotency_key.encode()

    print("ready", flush=True)
    while True:
        report = drain(outbox, send, max_batch=5)
        if report.attempted == 0:
            if args.until_empty:
                return
            time.sleep(0.005)  # nothing to send yet: the writer is behind


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="role", required=True)
    w = sub.add_parser("write")
    w.add_argument("--outbox", required=True)
    w.add_argument("--prefix", required=True)
    w.add_argument("--streams", type=int, default=3)
    w.add_argument("--pause-s", type=float, default=0.002)
    d = sub.add_parser("drain")
    d.add_argument("--outbox", required=True)
    d.add_argument("--receiver", required=True)
    d.add_argument("--until-empty", action="store_true")
    args = parser.parse_args()
    if args.role == "write":
        write(args)
    else:
        run_drain(args)


if __name__ == "__main__":
    main()
