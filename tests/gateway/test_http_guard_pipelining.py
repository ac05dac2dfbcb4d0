"""The header limits hold for a pipelined request too: headers that arrive while an
earlier request on the same connection is still being answered are counted and timed."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

SERVER = r"""
import asyncio, socket, uvicorn
from hybridsdk.gateway._http_guard import guarded_protocol
from hybridsdk.gateway._server_options import ServerOptions

async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            else:
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["path"] == "/slow":
        await asyncio.sleep(8)  # a slow route: an LLM answer, an upstream model
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"ok"})

sock = socket.socket()
sock.bind(("127.0.0.1", 0))
sock.listen()
print(sock.getsockname()[1], flush=True)
options = ServerOptions(max_header_bytes=8192, header_timeout_s=1.0)
config = uvicorn.Config(app, http=guarded_protocol(options), log_level="error", lifespan="on")
uvicorn.Server(config).run(sockets=[sock])
"""


@pytest.fixture
def server_port() -> Iterator[int]:
    process = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE)
    try:
        assert process.stdout is not None
        yield int(process.stdout.readline())
    finally:
        process.kill()
        process.wait(timeout=10)


def _closed_within(sock: socket.socket, seconds: float) -> bool:
    sock.settimeout(seconds)
    try:
        while sock.recv(65536):
            pass
    except TimeoutError:
        return False
    except ConnectionResetError:
        pass
    return True


def test_pipelined_headers_over_the_size_limit_close_the_connection(server_port: int) -> None:
    sock = socket.create_connection(("127.0.0.1", server_port), timeout=10)
    sock.sendall(b"GET /slow HTTP/1.1\r\nhost: x\r\n\r\n")
    time.sleep(0.3)  # the first request is running now
    line = b"x-pad: " + b"a" * 1000 + b"\r\n"
    sent = 0
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        sock.sendall(b"GET / HTTP/1.1\r\nhost: x\r\n")
        while sent < 4 << 20:  # 4 MiB of header lines, far over the 8 KiB limit
            sock.sendall(line * 64)
            sent += len(line) * 64
    assert sent < 4 << 20 or _closed_within(sock, 2.0)
    sock.close()


def test_pipelined_headers_that_never_end_time_out(server_port: int) -> None:
    sock = socket.create_connection(("127.0.0.1", server_port), timeout=10)
    sock.sendall(b"GET /slow HTTP/1.1\r\nhost: x\r\n\r\n")
    time.sleep(0.3)
    sock.sendall(b"GET / HTTP/1.1\r\nhost: x\r\n")  # and nothing more
    assert _closed_within(sock, 3.0)  # header timeout 1 s, well before /slow answers (8 s)
    sock.close()
