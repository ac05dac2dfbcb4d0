"""`hybridsdk outbox status|drain`: inspect and deliver the durable outbox."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("outbox", help="inspect or deliver the durable outbox")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    status = actions.add_parser("status", help="counts by state, oldest age, size")
    status.add_argument("--path", help="outbox file (default: the per-user state dir)")
    status.add_argument("--json", action="store_true", help="print JSON only")
    status.set_defaults(func=_status)

    drain = actions.add_parser("drain", help="send pending records now")
    drain.add_argument("--path", help="outbox file (default: the per-user state dir)")
    drain.add_argument("--url", required=True, help="the OHTTP gateway URL")
    drain.add_argument(
        "--key-pin", metavar="SHA256", help="the gateway key fingerprint (`hybridsdk keys show`)"
    )
    drain.add_argument("--max-records", type=int, default=None, help="stop after N sends")
    drain.add_argument("--json", action="store_true", help="print JSON only")
    drain.set_defaults(func=_drain)


def _path(args: argparse.Namespace) -> str:
    from hybridsdk.outbox._store import default_outbox_path

    return str(args.path) if args.path else str(default_outbox_path())


def _status(args: argparse.Namespace) -> int:
    from hybridsdk.outbox._store import Outbox

    # create=False: asking about a mistyped path must not leave an empty outbox behind.
    with Outbox(_path(args), create=False) as outbox:
        stats = outbox.stats()
    data = {
        "path": stats.path,
        "counts": stats.counts,
        "total": sum(stats.counts.values()),
        "oldest_pending_age_s": stats.oldest_pending_age_s,
        "live_bytes": stats.live_bytes,
        "file_bytes": stats.file_bytes,
        "dropped_total": stats.dropped_total,
    }
    if args.json:
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    age = stats.oldest_pending_age_s
    print(f"outbox {stats.path}")
    print("  " + "  ".join(f"{state}={n}" for state, n in stats.counts.items()))
    print(f"  oldest waiting: {'-' if age is None else _human_age(age)}")
    print(f"  waiting payload: {stats.live_bytes} bytes; file on disk: {stats.file_bytes} bytes")
    if stats.dropped_total:
        print(f"  dropped when full (drop_oldest): {stats.dropped_total}")
    return 0


def _human_age(seconds: float) -> str:
    for unit, size in (("d", 86400.0), ("h", 3600.0), ("m", 60.0)):
        if seconds >= size:
            return f"{seconds / size:.1f}{unit}"
    return f"{seconds:.1f}s"


def _drain(args: argparse.Namespace) -> int:
    from hybridsdk.outbox._drain import drain
    from hybridsdk.outbox._sender import make_outbox_sender
    from hybridsdk.outbox._store import Outbox

    send = make_outbox_sender(args.url, key_pin=args.key_pin)
    with Outbox(_path(args), create=False) as outbox:
        report = drain(outbox, send, max_records=args.max_records)
    data = {
        "attempted": report.attempted,
        "delivered": report.delivered,
        "failed": report.failed,
        "stopped_by": report.stopped_by,
    }
    if args.json:
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(
            f"delivered {report.delivered}, failed {report.failed}"
            + (f"; stopped by {report.stopped_by}" if report.stopped_by else "")
        )
    return 0 if report.stopped_by is None else 3
