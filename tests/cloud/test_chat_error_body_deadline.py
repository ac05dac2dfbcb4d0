"""An error answer whose body trickles in is read within the request's deadline, by the
sync and the async chat transports alike (a real socket server on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import pytest

from hybridsdk._exceptions import DeadlineExceededError
from hybridsdk.cloud._chat_transport import AsyncChatIO, ChatExchange, SyncChatIO
from hybridsdk.cloud._endpoint import CloudEndpoint

BODY = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


class _TrickleServer:
    """Answers every request with a 429 whose 4096-byte body comes one byte per 50 ms."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            conn.sendall(
                b"HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/problem+json\r\n"
                b"content-length: 4096\r\n\r\n"
            )
            try:
                for _ in range(4096):
                    if self.stop.wait(0.05):
                        return
                    conn.sendall(b" ")
            except OSError:
                return

    def close(self) -> None:
        self.stop.set()
        self.sock.close()
        self.thread.join(2)


@pytest.fixture
def server():  # type: ignore[no-untyped-def]
    s = _TrickleServer()
    yield s
    s.close()


def _exchange(port: int) -> ChatExchange:
    endpoint = CloudEndpoint(f"http://127.0.0.1:{port}", mode="plain", name="slow")
    return ChatExchange(endpoint, dict(BODY), deadline=time.monotonic() + 0.5)


def test_sync_error_body_is_cut_at_the_deadline(server) -> None:  # type: ignore[no-untyped-def]
    io = SyncChatIO()
    started = time.monotonic()
    with pytest.raises(DeadlineExceededError):
        list(io.open(_exchange(server.port)))
    assert time.monotonic() - started < 3.0
    io.close()


def test_async_error_body_is_cut_at_the_deadline(server) -> None:  # type: ignore[no-untyped-def]
    async def run() -> float:
        io = AsyncChatIO()
        started = time.monotonic()
        try:
            with pytest.raises(DeadlineExceededError):
                async for _ in io.open(_exchange(server.port)):
                    pass
            return time.monotonic() - started
        finally:
            await io.aclose()

    # Without a bound the trickle would take ~200 s; give it 10 s before calling it hung.
    took = asyncio.run(asyncio.wait_for(run(), 10.0))
    assert took < 3.0
