"""A real Valkey/Redis server process on 127.0.0.1 for tests (no persistence, no network
beyond loopback). CI installs the server from Debian (.ci/run); elsewhere tests skip with
a clear reason when no server binary is found."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests._gateway_process import free_port

SERVER_BINARIES = ("valkey-server", "redis-server")


def server_binary() -> str | None:
    """The first Valkey/Redis server on PATH, or None."""
    for name in SERVER_BINARIES:
        found = shutil.which(name)
        if found:
            return found
    return None


def require_server_binary() -> str:
    found = server_binary()
    if found is None:
        pytest.skip(
            "no valkey-server or redis-server on PATH: install one "
            "(apt-get install -y valkey-server, or redis-server) to run shared-state tests"
        )
    return found


@dataclass
class StateServer:
    url: str
    port: int
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def start_server(workdir: Path, *, port: int | None = None) -> StateServer:
    """Start a server on 127.0.0.1 (a free port unless given) and wait for PING."""
    binary = require_server_binary()
    port = port or free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    log = workdir / f"state-{port}.log"
    command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    command += ["--appendonly", "no", "--dir", str(workdir), "--logfile", str(log)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    server = StateServer(f"redis://127.0.0.1:{port}/0", port, process)
    deadline = time.monotonic() + 10
    while not _ping(port):
        if process.poll() is not None or time.monotonic() > deadline:
            server.stop()
            text = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"{binary} did not start on port {port}:\n{text}")
        time.sleep(0.05)  # polling a child process
    return server


@contextlib.contextmanager
def running_server(workdir: Path) -> Iterator[StateServer]:
    server = start_server(workdir)
    try:
        yield server
    finally:
        server.stop()
