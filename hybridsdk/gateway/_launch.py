"""Start the reference gateway as a child process on loopback, for demos and benchmarks.

`hybridsdk demo`, the benchmarks and the test suite's gateway fixture all start the
gateway through `launch_gateway`.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from hybridsdk._exceptions import ConfigurationError

__all__ = ["LaunchedGateway", "free_port", "launch_gateway"]


def free_port() -> int:
    """A TCP port that was free on 127.0.0.1 a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass(frozen=True)
class LaunchedGateway:
    """A running gateway child process."""

    url: str
    port: int
    pid: int


@contextlib.contextmanager
def launch_gateway(
    *,
    port: int | None = None,
    keys_dir: str | os.PathLike[str] | None = None,
    models_dir: str | os.PathLike[str] | None = None,
    extra_args: Sequence[str] = (),
    timeout_s: float = 30.0,
    log_path: str | os.PathLike[str] | None = None,
) -> Iterator[LaunchedGateway]:
    """Run `hybridsdk gateway` on 127.0.0.1 until the block ends.

    Args:
        port: the port (default: a free one).
        keys_dir: the gateway's key folder (default: an ephemeral in-memory key).
        models_dir: the model zoo to serve (default: the embedded one).
        extra_args: more command-line arguments.
        timeout_s: how long to wait for it to serve its keys.
        log_path: a file that keeps the gateway's output (default: a temporary file).

    Raises:
        ConfigurationError: it exited or did not answer in time (with its last output).
    """
    import httpx

    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    argv = [
        sys.executable,
        "-m",
        "hybridsdk.cli",
        "gateway",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    if keys_dir is not None:
        argv += ["--keys", str(keys_dir)]
    if models_dir is not None:
        argv += ["--models", str(models_dir)]
    argv += list(extra_args)
    log_file = tempfile.TemporaryFile() if log_path is None else open(log_path, "w+b")  # noqa: SIM115
    with log_file as log:
        proc = subprocess.Popen(
            argv,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            deadline = time.monotonic() + timeout_s
            while True:
                if proc.poll() is not None:
                    log.seek(0)
                    tail = log.read()[-2000:].decode(errors="replace")
                    raise ConfigurationError(
                        f"the gateway exited with code {proc.returncode} before serving:\n{tail}"
                    )
                with contextlib.suppress(httpx.HTTPError):
                    r = httpx.get(
                        url + "/.well-known/ohttp-gateway",
                        headers={"accept": "application/ohttp-keys"},
                        timeout=1.0,
                    )
                    if r.status_code == 200:
                        break
                if time.monotonic() > deadline:
                    raise ConfigurationError(f"the gateway did not answer within {timeout_s:g} s")
                time.sleep(0.1)  # polling a child process
            yield LaunchedGateway(url=url, port=port, pid=proc.pid)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
