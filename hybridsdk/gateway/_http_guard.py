"""uvicorn's httptools protocol with the connection limits it lacks.

uvicorn (0.29 to at least 0.55) with httptools has no header size limit and no header
read timeout, and a connection that never finishes its headers is held forever: a few
64 MB headers grow the process by gigabytes, and a thousand slow connections use up the
file descriptors so that no one else is served. This subclass adds, per connection:

- a header timeout (408 and close) from the first byte of a request, or from the
  connection opening;
- a header size limit (431 and close), counted on the raw bytes before the parser
  buffers them;
- a cap on open connections: a new one beyond it closes the oldest connection that is
  idle or still sending headers (a slow client loses its slot, a normal client gets
  served), or gets 503 when every connection is busy;
- on shutdown, connections still sending a body are closed at once rather than waited
  for.

The body read timeout lives in the application (`_read_body`), where it can answer a
problem+json 408.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from hybridsdk._exceptions import MissingDependencyError
from hybridsdk.gateway._server_options import ServerOptions

__all__ = ["guarded_protocol"]

logger = logging.getLogger("hybridsdk.gateway")


def _plain_response(status: int, reason: str, text: str) -> bytes:
    body = text.encode("ascii")
    return (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: text/plain; charset=utf-8\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    ).encode("ascii") + body


_TIMEOUT = _plain_response(408, "Request Timeout", "request headers did not arrive in time")
_TOO_LARGE = _plain_response(
    431, "Request Header Fields Too Large", "request line and headers are too large"
)
_BUSY = _plain_response(503, "Service Unavailable", "too many connections; retry shortly")


def guarded_protocol(options: ServerOptions) -> type[asyncio.Protocol]:
    """An httptools protocol class for uvicorn's ``http=`` setting, enforcing `options`.

    Args:
        options: the connection limits.

    Raises:
        MissingDependencyError: httptools is not installed.
    """
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:
        raise MissingDependencyError("the reference gateway's HTTP server", "gateway") from None

    header_timeout_s = options.header_timeout_s
    max_header_bytes = options.max_header_bytes
    max_connections = options.max_connections

    class GuardedHttpToolsProtocol(HttpToolsProtocol):
        """HttpToolsProtocol plus header timeout, header size limit and connection cap."""

        # True from the end of one request's bytes (or the connection's start) to the end
        # of the next request's headers: the bytes that arrive then are header bytes, even
        # while an earlier request on the connection is still running (pipelining). A body
        # still arriving after an early answer (413) is not.
        _in_headers = True
        _header_bytes = 0
        _tail = b""
        _header_timer: asyncio.TimerHandle | None = None
        _opened_at = 0.0

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self._opened_at = self.loop.time()
            self._start_header_timer()
            if len(self.connections) > max_connections:
                self._make_room()

        def _running(self) -> bool:
            """A request on this connection is being answered or waits to be."""
            cycle = self.cycle
            return bool(self.pipeline) or (cycle is not None and not cycle.response_complete)

        def _make_room(self) -> None:
            victims = [
                c
                for c in self.connections
                if c is not self
                and isinstance(c, GuardedHttpToolsProtocol)
                and c._in_headers
                and not c._running()
                and not c.transport.is_closing()
            ]
            if not victims:
                logger.warning("connection refused: %d connections all busy", max_connections)
                self.transport.write(_BUSY)
                self.transport.close()
                return
            oldest = min(victims, key=lambda c: c._opened_at)
            oldest._close_quietly()

        def _close_quietly(self) -> None:
            self._cancel_header_timer()
            self.transport.close()

        def _refuse(self, answer: bytes) -> None:
            # With an earlier request still being answered, an error written now would
            # land inside that answer: close without one.
            self._cancel_header_timer()
            if not self._running():
                self.transport.write(answer)
            self.transport.close()

        def _start_header_timer(self) -> None:
            if self._header_timer is None:
                self._header_timer = self.loop.call_later(header_timeout_s, self._header_timeout)

        def _cancel_header_timer(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _header_timeout(self) -> None:
            self._header_timer = None
            if self._in_headers and not self.transport.is_closing():
                self._refuse(_TIMEOUT)

        def data_received(self, data: bytes) -> None:
            if self.transport.is_closing():
                return
            if self._in_headers:
                # Count up to the blank line that ends the headers (it may straddle two
                # chunks): a body sent in the same packet is not header bytes.
                joined = self._tail + data
                end = joined.find(b"\r\n\r\n")
                if end >= 0:
                    self._header_bytes += end + 4 - len(self._tail)
                    self._tail = b""
                else:
                    self._header_bytes += len(data)
                    self._tail = joined[-3:]
                if self._header_bytes > max_header_bytes:
                    self._refuse(_TOO_LARGE)
                    return
                self._start_header_timer()
            super().data_received(data)

        def on_headers_complete(self) -> None:
            self._in_headers = False
            self._cancel_header_timer()
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            # This request's bytes are all in: what comes next is the next request's
            # headers, whether or not this one has been answered yet. Idle keep-alive
            # connections are uvicorn's (timeout_keep_alive) until their next first byte.
            self._in_headers = True
            self._header_bytes = 0
            self._tail = b""
            super().on_message_complete()

        def connection_lost(self, exc: Exception | None) -> None:
            self._cancel_header_timer()
            super().connection_lost(exc)

        def shutdown(self) -> None:
            cycle = self.cycle
            if cycle is not None and not cycle.response_complete and cycle.more_body:
                # Still uploading: the request has not run, nothing is lost by closing.
                self.transport.close()
                return
            super().shutdown()

    return GuardedHttpToolsProtocol
