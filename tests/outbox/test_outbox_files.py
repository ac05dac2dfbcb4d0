"""The outbox file itself, on real SQLite files: created 0600 with its -wal/-shm, a file
deleted or replaced under a running outbox refuses later puts, and a read-only directory or
mount is reported as read-only (not as corruption with advice to start afresh)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from hybridsdk._exceptions import OutboxError, OutboxFileGoneError, OutboxReadOnlyError
from hybridsdk.outbox._store import Outbox

NOBODY = 65534

# Opens an existing outbox and reports what happened, as JSON on stdout.
_PROBE = """
import json, sys
from hybridsdk.outbox._store import Outbox
try:
    with Outbox(sys.argv[1], create=False) as box:
        print(json.dumps({"ok": True, "pending": box.stats().counts["pending"]}))
except Exception as exc:
    print(json.dumps({"ok": False, "type": type(exc).__name__, "message": str(exc)}))
"""


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A directory other users can reach (pytest's tmp_path is private to its owner)."""
    base = Path(tempfile.mkdtemp(prefix="hybridsdk-outbox-"))
    base.chmod(0o755)
    try:
        yield base
    finally:
        for p in [base, *base.rglob("*")]:
            if p.is_dir():
                p.chmod(0o755)
        shutil.rmtree(base)


def make_outbox(path: Path, records: int = 3) -> None:
    with Outbox(path) as box:
        for i in range(records):
            box.put(b"payload %d" % i, idempotency_key=f"k{i}")


def probe(
    path: Path, *, as_user: int | None = None, wrap: list[str] | None = None
) -> dict[str, object]:
    def drop() -> None:
        if as_user is not None:
            os.setgroups([])
            os.setgid(as_user)
            os.setuid(as_user)

    result = subprocess.run(
        [*(wrap or []), sys.executable, "-c", _PROBE, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=drop if as_user is not None else None,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stderr
    out: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return out


def assert_read_only_report(report: dict[str, object], path: Path) -> None:
    assert report["ok"] is False, report
    assert report["type"] == "OutboxReadOnlyError", report
    message = str(report["message"])
    assert "read-only" in message or "cannot write" in message
    assert "intact" in message and "do not create a fresh outbox" in message
    assert "corrupted" not in message and "move it aside" not in message
    assert str(path) in message


# -- 0600 ------------------------------------------------------------------------------


def test_new_outbox_and_its_wal_and_shm_are_private(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    old_umask = os.umask(0o022)  # the usual umask, which gave 0644 before
    try:
        with Outbox(path) as box:
            box.put(b"x", idempotency_key="k")
            wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
            assert wal.exists() and shm.exists()
            assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
    finally:
        os.umask(old_umask)
    assert mode(path) == 0o600


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    make_outbox(path)
    path.chmod(0o640)  # the operator's choice, e.g. for a backup group
    with Outbox(path) as box:
        box.put(b"y", idempotency_key="k-new")
    assert mode(path) == 0o640


# -- deleted or replaced while open ------------------------------------------------------


def test_put_after_the_file_is_deleted_fails_instead_of_losing_the_record(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox(path) as box:
        box.put(b"before", idempotency_key="k1")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        with pytest.raises(OutboxFileGoneError, match="was deleted") as info:
            box.put(b"after", idempotency_key="k2")
        assert isinstance(info.value, OutboxError)
        assert "refused" in str(info.value)
        with pytest.raises(OutboxFileGoneError):
            box.claim()  # every write checks, not only put
    assert not path.exists()


def test_put_after_the_file_is_replaced_fails(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    other = tmp_path / "other.sqlite3"
    make_outbox(other, records=1)
    with Outbox(path) as box:
        box.put(b"before", idempotency_key="k1")
        os.replace(other, path)
        with pytest.raises(OutboxFileGoneError, match="replaced"):
            box.put(b"after", idempotency_key="k2")
    # A new Outbox on the new file works.
    with Outbox(path) as box:
        assert box.stats().counts["pending"] == 1


# -- read-only --------------------------------------------------------------------------


def test_read_only_directory_is_reported_as_read_only(shared_dir: Path) -> None:
    folder = shared_dir / "state"
    folder.mkdir()
    path = folder / "outbox.sqlite3"
    make_outbox(path)
    as_user = None
    if os.geteuid() == 0:  # root ignores directory modes: open it as nobody instead
        os.chown(folder, NOBODY, NOBODY)
        os.chown(path, NOBODY, NOBODY)
        as_user = NOBODY
    folder.chmod(0o555)
    try:
        report = probe(path, as_user=as_user)
    except PermissionError:  # this Python lives where nobody may not run it
        pytest.skip("root, and user nobody cannot run this Python; the mount test covers root")
    assert_read_only_report(report, path)
    folder.chmod(0o755)
    assert probe(path, as_user=as_user) == {"ok": True, "pending": 3}  # nothing was lost


def test_read_only_mount_is_reported_as_read_only(shared_dir: Path) -> None:
    """A real read-only tmpfs mount in a private mount namespace (unshare)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("no unshare(1) to make a private read-only mount")
    mount_point = shared_dir / "mnt"
    mount_point.mkdir()
    path = mount_point / "outbox.sqlite3"
    script = (
        "set -e\n"
        f'mount -t tmpfs none "{mount_point}"\n'
        f'"{sys.executable}" -c "from hybridsdk.outbox._store import Outbox\n'
        f"b = Outbox('{path}')\n"
        "b.put(b'x', idempotency_key='k')\n"
        'b.close()"\n'
        f'mount -o remount,ro "{mount_point}"\n'
        f'"{sys.executable}" -c "$PROBE" "{path}"\n'
    )
    result = subprocess.run(
        [unshare, "--user", "--map-root-user", "--mount", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PROBE": _PROBE},
        cwd=Path(__file__).resolve().parent.parent,
    )
    if result.returncode != 0 and "mount" in result.stderr and "Traceback" not in result.stderr:
        pytest.skip(f"cannot make a private mount here: {result.stderr.strip()[:200]}")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert_read_only_report(report, path)
    assert "read-only filesystem" in str(report["message"])


def test_read_only_error_is_an_outbox_error() -> None:
    assert issubclass(OutboxReadOnlyError, OutboxError)
    assert issubclass(OutboxFileGoneError, OutboxError)


def test_client_does_not_report_deferred_once_its_outbox_file_is_gone(tmp_path: Path) -> None:
    """Through the client: the first request is deferred, the file is deleted, the next one
    is not acknowledged as deferred (it used to be, and was lost)."""
    import httpx
    import numpy as np

    from hybridsdk import Client, CloudEndpoint, Mode, Policy, Route, RoutingError, Task
    from hybridsdk._degradation import DegradationChain
    from hybridsdk.cloud import CloudClient

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    task = Task("digits", cloud_model="digits-svc-fp32", degradation=DegradationChain(("defer",)))
    path = tmp_path / "o.sqlite3"
    inputs = {"pixels": np.zeros((1, 64), np.float32)}
    with Client(
        tasks=[task],
        policy=Policy(mode=Mode.CLOUD_ONLY),
        cloud=CloudClient(
            CloudEndpoint(url="http://127.0.0.1:9", mode="plain"),
            transport=httpx.MockTransport(down),
            breaker=None,
            sleep=lambda s: None,
        ),
        outbox=path,
        device=False,
        drain_interval_s=3600,
    ) as client:
        assert client.infer(inputs=inputs, deferrable=True).route is Route.DEFERRED
        path.unlink()
        with pytest.raises(RoutingError, match=r"defer_failed: .* was deleted") as info:
            client.infer(inputs=inputs, deferrable=True)
        assert isinstance(info.value.__cause__, OutboxFileGoneError)
