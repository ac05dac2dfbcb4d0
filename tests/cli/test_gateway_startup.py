"""`hybridsdk gateway` start-up mistakes: one line with the fix, no traceback, and no
"listening" line unless it really listens."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("uvicorn")


def _gateway(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hybridsdk", "gateway", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def _assert_one_clear_line(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "nox" not in proc.stderr
    assert "listening on" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, proc.stderr
    for needle in needles:
        assert needle in errors[0]


def test_a_port_in_use_says_so_and_how_to_pick_another() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        proc = _gateway("--port", str(port), "--allow-unsigned-models")
    _assert_one_clear_line(proc, f"port {port} on 127.0.0.1 is already in use", "--port")


def test_a_missing_models_folder_is_one_line(tmp_path: Path) -> None:
    proc = _gateway("--port", "0", "--models", str(tmp_path / "missing"))
    _assert_one_clear_line(proc, "no such folder", "manifest.json")


def test_a_folder_without_a_manifest_is_one_line(tmp_path: Path) -> None:
    proc = _gateway("--port", "0", "--models", str(tmp_path))
    _assert_one_clear_line(proc, "not a model zoo folder")


def test_an_impossible_port_is_one_line() -> None:
    _assert_one_clear_line(_gateway("--port", "80000"), "ports are 0..65535")
