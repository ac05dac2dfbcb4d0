"""The durable outbox on real SQLite files: storage, bounds, TTL, order, recovery, drain."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import sqlite3
import subprocess
import sys
import threading
from collections import defaultdict
from pathlib import Path

import pytest

from hybridsdk._exceptions import (
    ConfigurationError,
    EncodingError,
    GatewayError,
    KeyConfigError,
    OutboxError,
    OutboxFullError,
    TransportError,
    UndeliverableRecordError,
)
from hybridsdk.cli._main import main as cli_main
from hybridsdk.outbox._drain import DrainRunner, drain, drain_async, is_retryable
from hybridsdk.outbox._store import SCHEMA_VERSION, Outbox, OutboxRecord, OutboxState
from tests._fakes import FakeTime

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def clock() -> FakeTime:
    return FakeTime(1_000_000.0)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "outbox.sqlite3"


def echo(record: OutboxRecord) -> bytes:
    return b"answer:" + record.payload


# -- storage ---------------------------------------------------------------------------


def test_put_persists_across_reopen_with_seq_per_stream(path: Path, clock: FakeTime) -> None:
    with Outbox(path, clock=clock, ttl_s=60) as box:
        a1 = box.put(b"\x00a1\xff", idempotency_key="a1", stream="a")
        b1 = box.put(b"b1", idempotency_key="b1", stream="b")
        a2 = box.put(bytearray(b"a2"), idempotency_key="a2", stream="a")
    assert (a1.seq, b1.seq, a2.seq) == (1, 1, 2)
    with Outbox(path, clock=clock) as box:
        got = box.get("a1")
        assert got is not None
        assert got.payload == b"\x00a1\xff" and got.state is OutboxState.PENDING
        assert got.created_at == clock.now and got.expires_at == clock.now + 60
        assert [r.idempotency_key for r in box.records(stream="a")] == ["a1", "a2"]
        assert box.get("nope") is None
        conn = box._conn
        assert conn is not None
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_put_same_key_is_idempotent_but_not_for_other_payload(path: Path) -> None:
    with Outbox(path) as box:
        first = box.put(b"x", idempotency_key="k")
        again = box.put(b"x", idempotency_key="k")
        assert again.id == first.id and len(box.records()) == 1
        with pytest.raises(OutboxError, match="already used"):
            box.put(b"y", idempotency_key="k")


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"payload": "text", "idempotency_key": "k"}, "payload must be bytes"),
        ({"payload": b"x", "idempotency_key": ""}, "idempotency_key"),
        ({"payload": b"x", "idempotency_key": "k" * 201}, "idempotency_key"),
        ({"payload": b"x", "idempotency_key": "k", "stream": ""}, "stream"),
        ({"payload": b"x", "idempotency_key": "k", "ttl_s": 0}, "ttl_s"),
    ],
)
def test_put_rejects_bad_arguments(path: Path, kwargs: dict[str, object], match: str) -> None:
    with Outbox(path) as box:
        payload = kwargs.pop("payload")
        with pytest.raises(ConfigurationError, match=match):
            box.put(payload, **kwargs)  # type: ignore[arg-type]
        assert box.records() == []


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"max_records": 0}, "max_records"),
        ({"max_bytes": -1}, "max_bytes"),
        ({"ttl_s": -5.0}, "ttl_s"),
        ({"full_policy": "drop_newest"}, "full_policy"),
        ({"inflight_lease_s": 0}, "inflight_lease_s"),
    ],
)
def test_bad_settings(path: Path, kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        Outbox(path, **kwargs)  # type: ignore[arg-type]
    assert not path.exists()


# -- bad paths and damaged files -------------------------------------------------------


def test_bad_paths(tmp_path: Path) -> None:
    for bad in ("", ":memory:", "file:x?mode=memory"):
        with pytest.raises(ConfigurationError, match="file path"):
            Outbox(bad)
    with pytest.raises(OutboxError, match="is a directory"):
        Outbox(tmp_path)
    blocker = tmp_path / "plain-file"
    blocker.write_bytes(b"")
    with pytest.raises(OutboxError, match="parent path is a file"):
        Outbox(blocker / "sub" / "outbox.sqlite3")
    missing = tmp_path / "missing" / "outbox.sqlite3"
    with pytest.raises(OutboxError, match="no outbox at"):
        Outbox(missing, create=False)
    assert not missing.parent.exists()
    nested = tmp_path / "a" / "b" / "outbox.sqlite3"
    Outbox(nested).close()
    assert nested.exists() and (nested.parent.stat().st_mode & 0o777) == 0o700


def test_unwritable_directory(tmp_path: Path) -> None:
    # /proc refuses new files even to root, who ignores directory modes.
    with pytest.raises(OutboxError, match="cannot open outbox"):
        Outbox("/proc/hybridsdk-outbox-test.sqlite3")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running with permissions that ignore directory modes (root)")
        with pytest.raises(OutboxError, match="not writable"):
            Outbox(locked / "outbox.sqlite3")
    finally:
        locked.chmod(0o700)


def test_not_a_database_is_reported_and_left_untouched(path: Path) -> None:
    junk = b"this is not sqlite, it is someone's notes\n" * 200
    path.write_bytes(junk)
    with pytest.raises(OutboxError, match="corrupted or is not an outbox") as info:
        Outbox(path)
    assert "move it aside" in str(info.value)
    assert path.read_bytes() == junk


def test_damaged_pages_are_reported(path: Path) -> None:
    with Outbox(path) as box:
        for i in range(300):
            box.put(os.urandom(200), idempotency_key=f"k{i}", stream=f"s{i % 4}")
    raw = bytearray(path.read_bytes())
    assert len(raw) > 8 * 4096
    raw[3 * 4096 : 6 * 4096] = b"\xa5" * (3 * 4096)  # b-tree pages, header intact
    path.write_bytes(bytes(raw))
    with pytest.raises(OutboxError, match="corrupted"):
        Outbox(path)
    assert path.read_bytes() == bytes(raw)


def test_foreign_database_and_newer_schema(tmp_path: Path) -> None:
    foreign = tmp_path / "app.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE users (name TEXT)")
    with pytest.raises(OutboxError, match="not an outbox"):
        Outbox(foreign)
    with sqlite3.connect(foreign) as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("users",)]

    newer = tmp_path / "newer.sqlite3"
    Outbox(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(OutboxError, match="upgrade hybridsdk"):
        Outbox(newer)


def test_closed_outbox_raises(path: Path) -> None:
    box = Outbox(path)
    box.close()
    box.close()  # twice is fine
    with pytest.raises(OutboxError, match="closed"):
        box.put(b"x", idempotency_key="k")
    with pytest.raises(OutboxError, match="closed"):
        box.get("k")


# -- bounds ------------------------------------------------------------------------------


def test_reject_policy_by_records_and_bytes(path: Path) -> None:
    with Outbox(path, max_records=3, max_bytes=100) as box:
        for i in range(3):
            box.put(b"x" * 10, idempotency_key=f"k{i}")
        with pytest.raises(OutboxFullError, match=r"3/3 records.*outbox drain"):
            box.put(b"x", idempotency_key="k3")
        assert drain(box, echo, max_records=1).delivered == 1  # delivered ones free room
        box.put(b"x", idempotency_key="k3")
        with pytest.raises(OutboxFullError, match="larger than the outbox bound"):
            box.put(b"y" * 101, idempotency_key="huge")
        with pytest.raises(OutboxFullError, match="bytes waiting"):
            box.put(b"y" * 80, idempotency_key="big")
        assert {r.idempotency_key for r in box.records()} == {"k0", "k1", "k2", "k3"}


def test_drop_oldest_policy_fails_oldest_pending_and_counts(
    path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with Outbox(path, max_records=2, full_policy="drop_oldest") as box:
        first = box.put(b"1", idempotency_key="k1", stream="a")
        box.put(b"2", idempotency_key="k2", stream="a")
        with caplog.at_level(logging.WARNING, logger="hybridsdk.outbox"):
            box.put(b"3", idempotency_key="k3", stream="b")
        assert f"id={first.id}" in caplog.text
        dropped = box.get("k1")
        assert dropped is not None and dropped.state is OutboxState.FAILED
        assert dropped.last_error is not None and "dropped" in dropped.last_error
        sent: list[str] = []
        drain(box, lambda r: sent.append(r.idempotency_key) or b"ok")
        assert sorted(sent) == ["k2", "k3"]
    with Outbox(path) as box:
        assert box.stats().dropped_total == 1


def test_drop_oldest_never_drops_inflight(path: Path) -> None:
    with Outbox(path, max_records=1, full_policy="drop_oldest") as box:
        box.put(b"1", idempotency_key="k1")
        assert len(box.claim()) == 1
        with pytest.raises(OutboxFullError, match="being sent"):
            box.put(b"2", idempotency_key="k2")


# -- TTL -------------------------------------------------------------------------------


def test_ttl_expired_records_are_not_sent(path: Path, clock: FakeTime) -> None:
    with Outbox(path, clock=clock, ttl_s=10, max_records=2) as box:
        box.put(b"old", idempotency_key="old", stream="s")
        box.put(b"forever", idempotency_key="long", stream="s", ttl_s=1000)
        clock.now += 10.5
        sent: list[str] = []
        report = drain(box, lambda r: sent.append(r.idempotency_key) or b"ok")
        assert sent == ["long"] and report.delivered == 1
        old = box.get("old")
        assert old is not None and old.state is OutboxState.EXPIRED
        stats = box.stats()
        assert stats.counts["expired"] == 1 and stats.counts["delivered"] == 1


def test_expired_records_free_room(path: Path, clock: FakeTime) -> None:
    with Outbox(path, clock=clock, ttl_s=5, max_records=1) as box:
        box.put(b"a", idempotency_key="a")
        with pytest.raises(OutboxFullError):
            box.put(b"b", idempotency_key="b")
        clock.now += 6
        box.put(b"b", idempotency_key="b")
        assert box.expire() == 0  # already expired by the put
        assert box.stats().oldest_pending_age_s == 0.0


def test_finished_records_are_purged_after_retention(path: Path, clock: FakeTime) -> None:
    with Outbox(path, clock=clock, retain_finished_s=100) as box:
        box.put(b"a", idempotency_key="a")
        drain(box, echo)
        clock.now += 50
        box.claim()
        assert box.get("a") is not None  # result still retrievable
        clock.now += 51
        box.claim()
        assert box.get("a") is None


# -- order, errors, results ------------------------------------------------------------


def test_order_per_stream_and_transient_error_stops(path: Path, clock: FakeTime) -> None:
    with Outbox(path, clock=clock) as box:
        for i in range(6):
            box.put(f"{i}".encode(), idempotency_key=f"k{i}", stream="ab"[i % 2])
        calls: list[str] = []

        def flaky(record: OutboxRecord) -> bytes:
            calls.append(record.idempotency_key)
            if record.idempotency_key == "k2":
                raise TransportError("connection refused")
            return b"ok"

        report = drain(box, flaky)
        assert calls == ["k0", "k1", "k2"]
        assert report.stopped_by == "TransportError: connection refused"
        assert report.stopped_key == "k2" and report.delivered == 2
        k2 = box.get("k2")
        assert k2 is not None and k2.state is OutboxState.PENDING and k2.attempts == 1
        assert k2.last_error == "TransportError: connection refused"
        untouched = box.get("k3")
        assert untouched is not None and untouched.attempts == 0  # claimed, never tried
        assert box.stats().counts["inflight"] == 0

        calls.clear()
        drain(box, lambda r: calls.append(r.idempotency_key) or b"ok")
        assert calls == ["k2", "k3", "k4", "k5"]
        per_stream: dict[str, list[int]] = defaultdict(list)
        for r in box.records():
            per_stream[r.stream].append(r.seq)
            assert r.state is OutboxState.DELIVERED
        assert per_stream == {"a": [1, 2, 3], "b": [1, 2, 3]}


def test_a_stream_with_a_record_inflight_is_not_served_twice(path: Path) -> None:
    with Outbox(path) as one, Outbox(path) as two:
        for i in range(3):
            one.put(b"a", idempotency_key=f"a{i}", stream="a")
        one.put(b"b", idempotency_key="b0", stream="b")
        head = one.claim(1)
        assert [r.idempotency_key for r in head] == ["a0"]
        assert [r.idempotency_key for r in two.claim()] == ["b0"]  # a1 waits for a0
        with pytest.raises(OutboxError, match="not inflight for this outbox"):
            two.mark_delivered("a0", b"stolen")
        one.mark_delivered("a0", b"ok")
        assert [r.idempotency_key for r in two.claim()] == ["a1", "a2"]


def test_permanent_errors_fail_the_record_and_the_stream_moves_on(path: Path) -> None:
    with Outbox(path) as box:
        box.put(b"bad", idempotency_key="k0", stream="s")
        box.put(b"good", idempotency_key="k1", stream="s")

        def send(record: OutboxRecord) -> bytes:
            if record.payload == b"bad":
                raise GatewayError("unprocessable", status=422)
            return b"ok"

        report = drain(box, send)
        assert (report.failed, report.delivered, report.stopped_by) == (1, 1, None)
        failed = box.get("k0")
        assert failed is not None and failed.state is OutboxState.FAILED
        assert failed.last_error == "GatewayError: unprocessable"


def test_is_retryable_defaults() -> None:
    assert is_retryable(TransportError("reset"))
    assert is_retryable(GatewayError("busy", status=503))
    assert is_retryable(GatewayError("slow down", status=429))
    assert is_retryable(RuntimeError("unknown: keep the record"))
    assert not is_retryable(GatewayError("bad", status=400))
    assert not is_retryable(GatewayError("no such model", status=404))
    assert not is_retryable(UndeliverableRecordError("not a deferred call"))
    assert not is_retryable(ConfigurationError("idempotency key has a space"))


@pytest.mark.parametrize(
    "problem",
    [
        "https://iana.org/assignments/http-problem-types#date",
        "https://iana.org/assignments/http-problem-types#ohttp-key",
        "urn:hybridsdk:problem:decrypt-failed",
    ],
)
def test_environment_trouble_never_fails_a_record(problem: str) -> None:
    # A wrong clock at boot, a rotated key or a captive portal must not fail the backlog.
    assert is_retryable(GatewayError("400", status=400, problem_type=problem))
    assert is_retryable(EncodingError("the reply is HTML from a captive portal"))
    assert is_retryable(KeyConfigError("bad key configuration"))
    assert is_retryable(GatewayError("unauthorised", status=401))


def test_max_attempts_gives_up(path: Path) -> None:
    with Outbox(path) as box:
        box.put(b"x", idempotency_key="k")

        def down(record: OutboxRecord) -> bytes:
            raise TransportError("down")

        assert drain(box, down, max_attempts=2).stopped_by is not None
        report = drain(box, down, max_attempts=2)
        assert report.failed == 1 and report.stopped_by is None
        record = box.get("k")
        assert record is not None and record.state is OutboxState.FAILED
        assert record.last_error == "gave up after 2 attempts: TransportError: down"


def test_results_by_get_and_callback(path: Path, clock: FakeTime) -> None:
    seen: list[OutboxRecord] = []

    def callback(record: OutboxRecord) -> None:
        seen.append(record)
        raise RuntimeError("a buggy callback must not undo the delivery")

    with Outbox(path, clock=clock, on_delivered=callback) as box:
        box.put(b"q", idempotency_key="k")
        clock.now += 3
        assert drain(box, echo).delivered == 1
        record = box.get("k")
        assert record is not None and record.result == b"answer:q"
        assert record.delivered_at == clock.now and record.state is OutboxState.DELIVERED
        assert [r.result for r in seen] == [b"answer:q"]
        assert drain(box, echo).attempted == 0  # never sent again


def test_sender_must_return_bytes(path: Path) -> None:
    with Outbox(path) as box:
        box.put(b"q", idempotency_key="k")
        with pytest.raises(ConfigurationError, match="result must be bytes"):
            drain(box, lambda r: "text")  # type: ignore[arg-type,return-value]
        record = box.get("k")
        assert record is not None and record.state is OutboxState.PENDING


def test_should_stop_releases_without_counting_an_attempt(path: Path) -> None:
    with Outbox(path) as box:
        for i in range(4):
            box.put(b"x", idempotency_key=f"k{i}")
        sent: list[str] = []
        report = drain(
            box,
            lambda r: sent.append(r.idempotency_key) or b"ok",
            should_stop=lambda: len(sent) >= 2,
        )
        assert (report.attempted, report.delivered) == (2, 2)
        assert [r.attempts for r in box.records()] == [0, 0, 0, 0]
        assert box.stats().counts == {
            "pending": 2,
            "inflight": 0,
            "delivered": 2,
            "failed": 0,
            "expired": 0,
        }


# -- restart / at-least-once -----------------------------------------------------------

_CLAIM_AND_DIE = """
import os, sys
from hybridsdk.outbox._store import Outbox
box = Outbox(sys.argv[1])
print(",".join(r.idempotency_key for r in box.claim(2)), flush=True)
os._exit(0)  # no close(): as if the process crashed mid-send
"""


def test_restart_sends_inflight_records_again(path: Path) -> None:
    with Outbox(path) as box:
        for i in range(3):
            box.put(b"x", idempotency_key=f"k{i}", stream="s")
    out = subprocess.run(
        [sys.executable, "-c", _CLAIM_AND_DIE, str(path)],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert out.stdout.strip() == "k0,k1", out.stderr
    with Outbox(path) as box:
        assert box.stats().counts["inflight"] == 2
        again = box.claim()
        assert [r.idempotency_key for r in again] == ["k0", "k1", "k2"]
        assert [r.attempts for r in again] == [0, 0, 0]


def test_leaked_instance_and_expired_lease_are_requeued(path: Path, clock: FakeTime) -> None:
    with Outbox(path, clock=clock, inflight_lease_s=60) as box:
        box.put(b"x", idempotency_key="a", stream="a")
        box.put(b"x", idempotency_key="b", stream="b")
        leaked = Outbox(path, clock=clock)
        assert [r.idempotency_key for r in leaked.claim(1)] == ["a"]
        live = Outbox(path, clock=clock)
        assert [r.idempotency_key for r in live.claim(1)] == ["b"]
        assert box.claim() == []  # both owners alive in this process
        leaked._conn = None  # simulate a crash: the connection is gone, no close()
        del leaked
        gc.collect()
        assert [r.idempotency_key for r in box.claim()] == ["a"]
        clock.now += 61  # live still holds "b" but its lease ran out
        assert [r.idempotency_key for r in box.claim()] == ["b"]
        live.close()


def test_close_releases_own_inflight(path: Path) -> None:
    with Outbox(path) as box:
        box.put(b"x", idempotency_key="k")
        assert len(box.claim()) == 1
    with Outbox(path) as box:
        record = box.get("k")
        assert record is not None and record.state is OutboxState.PENDING


# -- concurrency -----------------------------------------------------------------------


def test_threads_put_and_drain_concurrently(path: Path) -> None:
    received: list[tuple[str, int]] = []
    lock = threading.Lock()

    def send(record: OutboxRecord) -> bytes:
        with lock:
            received.append((record.stream, record.seq))
        return b"ok"

    shared = Outbox(path)
    done = threading.Event()

    def writer(n: int) -> None:
        own = Outbox(path) if n % 2 else shared  # shared instance and separate ones
        for i in range(40):
            own.put(b"p", idempotency_key=f"t{n}-{i}", stream=f"s{n % 3}")
        if own is not shared:
            own.close()

    def drainer() -> None:
        while not done.is_set():
            drain(shared, send, max_batch=7)
        drain(shared, send)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    drain_thread = threading.Thread(target=drainer)
    drain_thread.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    drain_thread.join()
    assert len(received) == 240 and len(set(received)) == 240
    per_stream: dict[str, list[int]] = defaultdict(list)
    for stream, seq in received:
        per_stream[stream].append(seq)
    for seqs in per_stream.values():
        assert seqs == list(range(1, len(seqs) + 1))
    assert shared.stats().counts["delivered"] == 240
    shared.close()


def test_runner_delivers_in_background_and_stops(path: Path) -> None:
    delivered = threading.Event()
    with Outbox(path, on_delivered=lambda r: delivered.set()) as box:
        runner = DrainRunner(box, echo, interval_s=3600)
        with runner:
            box.put(b"q", idempotency_key="k")
            runner.wake()
            assert delivered.wait(10)
        assert runner.stop()
        record = box.get("k")
        assert record is not None and record.result == b"answer:q"
        with pytest.raises(ConfigurationError, match="already started"):
            runner.start()


def test_runner_backoff_is_full_jitter_and_resets() -> None:
    runner = DrainRunner.__new__(DrainRunner)  # only the delay logic, no thread
    DrainRunner.__init__(
        runner,
        None,
        echo,
        interval_s=30,
        backoff_base_s=1,
        backoff_max_s=8,  # type: ignore[arg-type]
        random_fn=lambda: 0.5,
    )
    from hybridsdk.outbox._drain import DrainReport

    stopped = DrainReport(stopped_by="TransportError: down")
    assert [runner.next_delay_s(stopped) for _ in range(5)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert runner.next_delay_s(DrainReport()) == 30
    assert runner.next_delay_s(None) == 0.5  # the drain itself raised: back off too


def test_drain_async(path: Path) -> None:
    async def send(record: OutboxRecord) -> bytes:
        await asyncio.sleep(0)
        if record.idempotency_key == "k2":
            raise TransportError("down")
        return record.payload[::-1]

    with Outbox(path) as box:
        for i in range(4):
            box.put(f"ab{i}".encode(), idempotency_key=f"k{i}")
        report = asyncio.run(drain_async(box, send, max_batch=2))
        assert (report.delivered, report.stopped_key) == (2, "k2")
        assert [r.state.value for r in box.records()] == [
            "delivered",
            "delivered",
            "pending",
            "pending",
        ]
        first = box.get("k0")
        assert first is not None and first.result == b"0ba"


# -- CLI -------------------------------------------------------------------------------


def test_cli_status(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Outbox(path) as box:
        box.put(b"12345", idempotency_key="a")
        box.put(b"678", idempotency_key="b")
        drain(box, echo, max_records=1)
    assert cli_main(["outbox", "status", "--path", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["pending"] == 1 and data["counts"]["delivered"] == 1
    assert data["live_bytes"] == 3 and data["file_bytes"] > 0
    assert data["oldest_pending_age_s"] >= 0
    assert cli_main(["outbox", "status", "--path", str(path)]) == 0
    assert "pending=1" in capsys.readouterr().out


def test_cli_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.sqlite3"
    assert cli_main(["outbox", "status", "--path", str(missing)]) == 1
    assert "no outbox at" in capsys.readouterr().err
    assert not missing.exists()
    import numpy as np

    from hybridsdk.outbox._sender import encode_deferred

    with Outbox(missing) as box:
        box.put(encode_deferred("m", {"x": np.zeros((1, 2), np.float32)}), idempotency_key="k")
    # Nothing answers at the URL: the drain stops on a transient error (exit 3) and the
    # record stays pending for the next try.
    code = cli_main(["outbox", "drain", "--path", str(missing), "--url", "http://127.0.0.1:1"])
    assert code == 3
    with Outbox(missing) as box:
        assert box.stats().counts["pending"] == 1
