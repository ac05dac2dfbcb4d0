"""Just enough HTTP/1.1 for the fault proxy: message heads, body framing (Content-Length,
chunked, close-delimited) on keep-alive connections, and the synthetic 503/429 answers."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Literal

_HEAD_LIMIT = 64 * 1024
_MAX_CHUNK = 16 * 1024 * 1024
_IO_PIECE = 64 * 1024


class _ProtocolError(Exception):
    """A peer sent something this proxy cannot frame; the connection is dropped."""


@dataclass
class _Head:
    raw: bytes
    start: list[str]
    headers: list[tuple[str, str]]

    def values(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k == name]

    def tokens(self, name: str) -> list[str]:
        return [t.strip().lower() for v in self.values(name) for t in v.split(",") if t.strip()]


def _parse_head(raw: bytes, *, request: bool) -> _Head:
    lines = raw[:-4].decode("latin-1").split("\r\n")
    start = lines[0].split(" ", 2)
    if request:
        if len(start) != 3 or not start[2].startswith("HTTP/1."):
            raise _ProtocolError(f"bad request line {lines[0][:80]!r}")
    elif (
        len(start) < 2
        or not start[0].startswith("HTTP/1.")
        or len(start[1]) != 3
        or not start[1].isdigit()
    ):
        raise _ProtocolError(f"bad status line {lines[0][:80]!r}")
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep or not name or name != name.strip():
            raise _ProtocolError(f"bad header line {line[:80]!r}")
        headers.append((name.lower(), value.strip()))
    return _Head(raw, start, headers)


def _content_length(head: _Head) -> int | None:
    values = {v for raw in head.values("content-length") for v in raw.split(",")}
    values = {v.strip() for v in values}
    if not values:
        return None
    if len(values) != 1 or not next(iter(values)).isdigit():
        raise _ProtocolError(f"bad Content-Length {sorted(values)!r}")
    return int(next(iter(values)))


Framing = tuple[Literal["none", "length", "chunked", "close"], int]


def _request_framing(head: _Head) -> Framing:
    codings = head.tokens("transfer-encoding")
    if codings:
        if codings[-1] != "chunked":
            raise _ProtocolError("request Transfer-Encoding must end with chunked")
        return ("chunked", 0)
    length = _content_length(head)
    return ("length", length) if length else ("none", 0)


def _response_framing(method: str, head: _Head) -> Framing:
    status = int(head.start[1])
    if method == "HEAD" or 100 <= status < 200 or status in (204, 304):
        return ("none", 0)
    codings = head.tokens("transfer-encoding")
    if codings:
        return ("chunked", 0) if codings[-1] == "chunked" else ("close", 0)
    length = _content_length(head)
    if length is None:
        return ("close", 0)
    return ("length", length) if length else ("none", 0)


def _keep_alive(head: _Head, version: str) -> bool:
    tokens = head.tokens("connection")
    if "close" in tokens:
        return False
    return version != "HTTP/1.0" or "keep-alive" in tokens


async def _read_head(reader: asyncio.StreamReader) -> bytes | None:
    """Reads one message head; None on a clean EOF between messages."""
    try:
        return await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if not exc.partial.strip():
            return None
        raise _ProtocolError("peer closed the connection in the middle of a head") from None
    except asyncio.LimitOverrunError:
        raise _ProtocolError(f"message head larger than {_HEAD_LIMIT} bytes") from None


async def _iter_body(reader: asyncio.StreamReader, framing: Framing) -> AsyncGenerator[bytes, None]:
    """Yields the raw bytes of one body, framing included, exactly as received."""
    kind, length = framing
    if kind == "length":
        remaining = length
        while remaining:
            piece = await reader.read(min(remaining, _IO_PIECE))
            if not piece:
                raise _ProtocolError("peer closed the connection in the middle of a body")
            remaining -= len(piece)
            yield piece
    elif kind == "chunked":
        while True:
            line = await reader.readuntil(b"\r\n")
            size_text = line.split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise _ProtocolError(f"bad chunk size {size_text[:20]!r}") from None
            if size < 0 or size > _MAX_CHUNK:
                raise _ProtocolError(f"chunk of {size} bytes is out of range")
            if size == 0:
                trailer = line
                while True:
                    tail = await reader.readuntil(b"\r\n")
                    trailer += tail
                    if tail == b"\r\n":
                        break
                yield trailer
                return
            data = await reader.readexactly(size + 2)
            if not data.endswith(b"\r\n"):
                raise _ProtocolError("chunk data not followed by CRLF")
            yield line + data
    elif kind == "close":
        while piece := await reader.read(_IO_PIECE):
            yield piece


def _synthetic(status: int, retry_after_s: int, *, keep_alive: bool) -> bytes:
    reason = {503: "Service Unavailable", 429: "Too Many Requests"}[status]
    body = json.dumps(
        {
            "type": "about:blank",
            "title": reason,
            "status": status,
            "detail": "injected by the hybridsdk fault proxy",
        }
    ).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        f"Retry-After: {retry_after_s}\r\n"
        "Content-Type: application/problem+json\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n\r\n"
    )
    return head.encode("latin-1") + body
