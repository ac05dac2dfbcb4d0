"""One proxied connection: the fault drawn for each request, the request relayed upstream
and the answer relayed back, shaped (`slow`, `cut`), held (`latency`), withheld (`hang`,
`reset_after`) or made up (`http_503`, `http_429`). `FaultProxy` runs it on its loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import socket
import struct
import threading
from collections import Counter, deque
from dataclasses import dataclass
from typing import Any

from hybridsdk.testing._fault_plan import FaultPlan, OutageMode
from hybridsdk.testing._http1 import (
    _HEAD_LIMIT,
    _IO_PIECE,
    _Head,
    _iter_body,
    _keep_alive,
    _parse_head,
    _ProtocolError,
    _read_head,
    _request_framing,
    _response_framing,
    _synthetic,
)

logger = logging.getLogger("hybridsdk.testing")

_UPSTREAM_CONNECT_TIMEOUT_S = 5.0


def _reset(writer: asyncio.StreamWriter | None) -> None:
    """Closes abruptly: SO_LINGER 0 makes the kernel send RST instead of FIN."""
    if writer is None:
        return
    transport = writer.transport
    sock: Any = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()


class _Shaper:
    """Writes one response to the client, applying `slow` pacing and the `cut` point."""

    def __init__(self, writer: asyncio.StreamWriter, *, bps: int, cut_at: int | None) -> None:
        self.writer = writer
        self.bps = bps
        self.cut_at = cut_at
        self.sent = 0
        self._start: float | None = None

    async def write(self, data: bytes) -> bool:
        """Writes data; False once the cut point is reached (the caller must close)."""
        whole = True
        if self.cut_at is not None and self.sent + len(data) >= self.cut_at:
            data = data[: max(0, self.cut_at - self.sent)]
            whole = False
        if self.bps <= 0:
            self.writer.write(data)
            await self.writer.drain()
            self.sent += len(data)
            return whole
        loop = asyncio.get_running_loop()
        if self._start is None:
            self._start = loop.time()
        step = max(1, self.bps // 20)  # ~20 writes a second keeps the pace smooth
        for i in range(0, len(data), step):
            piece = data[i : i + step]
            self.writer.write(piece)
            await self.writer.drain()
            self.sent += len(piece)
            # Pace against the start time, not per piece, so sleep overshoot does not add up.
            wait = self._start + self.sent / self.bps - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
        return whole


@dataclass
class _Conn:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    up_reader: asyncio.StreamReader | None = None
    up_writer: asyncio.StreamWriter | None = None
    plan: FaultPlan | None = None
    fault: str | None = None

    def reset(self) -> None:
        _reset(self.writer)
        self.drop_upstream()

    def drop_upstream(self) -> None:
        if self.up_writer is not None:
            self.up_writer.transport.abort()
        self.up_reader = self.up_writer = None

    async def close(self) -> None:
        """Closes the client side gracefully (FIN after the buffered bytes)."""
        self.drop_upstream()
        self.writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.writer.wait_closed(), 1.0)
        self.writer.transport.abort()


class _Relay:
    """The per-connection half of `FaultProxy` (it sets these attributes); loop thread only,
    except the counters and the plan, which `_lock` guards."""

    _lock: threading.Lock
    _plan: FaultPlan
    _outage: OutageMode | None
    _rng: random.Random
    _counters: Counter[str]
    _faults: Counter[str]
    _history: deque[str]
    _conns: dict[asyncio.Task[Any], _Conn]
    _conn_lifetime_s: float
    _upstream: tuple[str, int]

    async def _on_connect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None  # start_server runs this callback in its own task
        conn = _Conn(reader, writer)
        self._conns[task] = conn
        try:
            await asyncio.wait_for(self._serve(conn), self._conn_lifetime_s)
        except asyncio.TimeoutError:
            self._count("connections_expired")
            conn.reset()
        except asyncio.CancelledError:
            conn.reset()
        except _ProtocolError as exc:
            self._count("protocol_errors")
            logger.debug("fault proxy: dropping connection: %s", exc)
            conn.reset()
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
            logger.debug("fault proxy: connection ended: %r", exc)
            conn.reset()
        finally:
            self._conns.pop(task, None)
            conn.reset()

    def _count(self, key: str, n: int = 1) -> None:
        with self._lock:
            self._counters[key] += n

    def _record(self, fault: str | None) -> None:
        """Counts a drawn fault; call with the lock held."""
        self._history.append(fault or "none")
        if fault is not None:
            self._faults[fault] += 1

    async def _serve(self, conn: _Conn) -> None:
        with self._lock:
            self._counters["connections"] += 1
            outage = self._outage
            plan = self._plan
            u = self._rng.random()
            if outage is None:
                if plan.per == "connection":
                    conn.plan, conn.fault = plan, plan._pick(u, include_refuse=True)
                elif u < plan.probabilities.get("refuse", 0.0):
                    conn.fault = "refuse"
                if conn.fault == "refuse":
                    self._record("refuse")
            else:
                self._counters["outage_attempts"] += 1
        if outage is not None or conn.fault == "refuse":
            conn.reset()
            return
        while True:
            raw = await _read_head(conn.reader)
            if raw is None:
                await conn.close()
                return
            request = _parse_head(raw, request=True)
            delay_s = 0.0
            with self._lock:
                self._counters["requests_seen"] += 1
                if self._outage is not None:  # raced with the outage start
                    self._counters["outage_attempts"] += 1
                    fault: str | None = "outage"
                else:
                    plan = self._plan
                    if plan.per == "request":
                        fault = plan._pick(self._rng.random(), include_refuse=False)
                    else:
                        if conn.plan is not plan:  # the plan changed: draw again
                            conn.plan = plan
                            conn.fault = plan._pick(self._rng.random(), include_refuse=True)
                        fault = conn.fault
                    if fault == "latency":
                        delay_s = (plan.latency_ms + self._rng.uniform(0, plan.jitter_ms)) / 1e3
                    self._record(fault)
            if fault in ("outage", "refuse", "reset_before"):
                conn.reset()
                return
            if not await self._exchange(conn, request, fault, plan, delay_s):
                return

    async def _exchange(
        self, conn: _Conn, request: _Head, fault: str | None, plan: FaultPlan, delay_s: float
    ) -> bool:
        """Serves one request; True when the connection stays open for the next one."""
        method, version = request.start[0], request.start[2]
        framing = _request_framing(request)
        client_keep_alive = _keep_alive(request, version)
        # With Expect: 100-continue the body only comes after a 100; never read it then.
        expects_continue = "100-continue" in request.tokens("expect")

        if fault in ("http_503", "http_429", "hang"):
            if not expects_continue:
                async with contextlib.aclosing(_iter_body(conn.reader, framing)) as body:
                    async for _ in body:
                        pass
            if fault == "hang":
                while await conn.reader.read(_IO_PIECE):
                    pass  # until the client gives up (EOF) or the lifetime ends
                conn.reset()
                return False
            keep = client_keep_alive and not expects_continue
            status = 503 if fault == "http_503" else 429
            conn.writer.write(_synthetic(status, plan.retry_after_s, keep_alive=keep))
            await conn.writer.drain()
            if not keep:
                await conn.close()
            return keep

        if not await self._ensure_upstream(conn):
            return False
        assert conn.up_reader is not None and conn.up_writer is not None
        conn.up_writer.write(request.raw)
        if expects_continue and framing[0] != "none":
            # Say "go on" ourselves: waiting for upstream's 100 while reading the client's
            # body would deadlock. A second 100 from upstream is a legal extra interim reply.
            conn.writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
            await conn.writer.drain()
        async with contextlib.aclosing(_iter_body(conn.reader, framing)) as body:
            async for piece in body:
                conn.up_writer.write(piece)
                await conn.up_writer.drain()
        await conn.up_writer.drain()
        self._count("requests_forwarded")

        while True:
            raw = await _read_head(conn.up_reader)
            if raw is None:
                self._count("upstream_errors")
                logger.debug("fault proxy: upstream closed before answering")
                conn.reset()
                return False
            response = _parse_head(raw, request=False)
            status = int(response.start[1])
            if status == 101:
                raise _ProtocolError("protocol upgrades are not supported by the fault proxy")
            if 100 <= status < 200:  # interim responses pass through untouched
                conn.writer.write(raw)
                await conn.writer.drain()
                continue
            break
        resp_framing = _response_framing(method, response)
        keep = (
            client_keep_alive
            and resp_framing[0] != "close"
            and _keep_alive(response, response.start[0])
        )

        if fault == "reset_after":
            # Let upstream finish the work, then the client never hears about it.
            async with contextlib.aclosing(_iter_body(conn.up_reader, resp_framing)) as body:
                async for _ in body:
                    pass
            conn.reset()
            return False

        if fault == "latency":
            await asyncio.sleep(delay_s)
        cut_at: int | None = None
        kind, length = resp_framing
        if fault == "cut" and kind == "length":
            cut_at = len(raw) + length // 2
        elif fault == "cut" and kind != "chunked":
            # A cut inside a close-delimited or empty body would look complete: cut the head.
            cut_at = len(raw) // 2
        shaper = _Shaper(
            conn.writer, bps=plan.bandwidth_bps if fault == "slow" else 0, cut_at=cut_at
        )
        whole = await shaper.write(raw)
        async with contextlib.aclosing(_iter_body(conn.up_reader, resp_framing)) as body:
            async for piece in body:
                if not whole:
                    break
                if fault == "cut" and shaper.cut_at is None:
                    # Chunked: cut inside the first chunk (or the last-chunk marker).
                    shaper.cut_at = len(raw) + max(1, len(piece) // 2)
                whole = await shaper.write(piece)
        if not whole:
            await conn.close()
            return False
        self._count("responses_forwarded")
        if not keep:
            await conn.close()
        return keep

    async def _ensure_upstream(self, conn: _Conn) -> bool:
        if conn.up_reader is not None and conn.up_reader.at_eof():
            conn.drop_upstream()  # upstream closed an idle keep-alive connection
        if conn.up_writer is not None:
            return True
        try:
            conn.up_reader, conn.up_writer = await asyncio.wait_for(
                asyncio.open_connection(*self._upstream, limit=_HEAD_LIMIT),
                _UPSTREAM_CONNECT_TIMEOUT_S,
            )
        except (OSError, asyncio.TimeoutError) as exc:
            self._count("upstream_errors")
            logger.warning("fault proxy: upstream %s:%d unreachable: %r", *self._upstream, exc)
            conn.reset()
            return False
        return True
