"""Whole-request deadlines for httpx.

httpx's timeouts apply to each socket operation: an answer that trickles in a few bytes at
a time never trips the read timeout and can outlive the request's deadline. Here every
socket operation's timeout is clamped to the time left before the deadline of the request
in progress (a context variable set around the exchange):

- sync: a thin `httpcore.NetworkBackend` wrapper installed in the client's transport;
- async: `anyio.move_on_after` around the exchange (cancellation is exact there).

Past the deadline, reads raise `httpcore.ReadTimeout`, which httpx maps to its own
`ReadTimeout` and the client to `ReadTimeoutError`.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import typing
from collections.abc import Callable, Iterator

import httpcore
import httpx

__all__ = ["deadline_scope", "deadline_transport"]

logger = logging.getLogger("hybridsdk.cloud")

# (absolute deadline, the clock it is measured on) of the request in progress, if any.
_DEADLINE: contextvars.ContextVar[tuple[float, Callable[[], float]] | None] = (
    contextvars.ContextVar("hybridsdk_deadline", default=None)
)


@contextlib.contextmanager
def deadline_scope(deadline: float | None, clock: Callable[[], float]) -> Iterator[None]:
    """Socket operations inside the block end by `deadline` (on `clock`); None: no limit."""
    token = _DEADLINE.set((deadline, clock) if deadline is not None else None)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    limit = _DEADLINE.get()
    if limit is None:
        return timeout
    deadline, clock = limit
    left = deadline - clock()
    if left <= 0:
        raise error("the request's deadline passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(
            ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout)
        )
        return _Stream(inner)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, _clamp(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _Stream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(
            path, _clamp(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _Stream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def deadline_transport(limits: httpx.Limits) -> httpx.HTTPTransport:
    """An `httpx.HTTPTransport` whose socket operations honour `deadline_scope`.

    httpx does not take a network backend, so it is set on the transport's connection
    pool; if a future httpx changes that, the client still checks the deadline while
    reading bodies, and a test (tests/test_resilience_gateway.py) shows the difference.
    """
    transport = httpx.HTTPTransport(limits=limits)
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
    else:  # pragma: no cover - depends on the installed httpx
        logger.warning("httpx transport has no network backend to wrap; deadlines are per read")
    return transport
