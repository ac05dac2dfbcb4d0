"""A loopback TCP proxy that injects faults between an HTTP/1.1 client and a real server.

Used by the resilience tests and `hybridsdk bench chaos`. It runs its own asyncio loop in a
daemon thread, so sync tests and sync clients can use it::

    with FaultProxy(("127.0.0.1", gateway_port), seed=7) as proxy:
        proxy.set_faults(FaultPlan(probabilities={"http_503": 0.2, "reset_after": 0.1}))
        httpx.get(proxy.url + "/v2/health/ready")
        proxy.stats()["faults"]

Scope and safety:
- Loopback only: the listen and upstream hosts must be IP literals in 127.0.0.0/8 or ::1
  (`"localhost"` means 127.0.0.1, so no resolver is involved); anything else raises
  `ConfigurationError`.
- Bounded in time: every connection is cut after `connection_lifetime_s` and the whole proxy
  stops by itself after `max_lifetime_s`, so a forgotten proxy cannot hang a test run.
- It parses just enough HTTP/1.1 to find request and response boundaries on keep-alive
  connections (Content-Length, chunked, close-delimited). No Upgrade/CONNECT tunnels.

Fault kinds (`FAULT_KINDS`), at most one per request (or per connection, `per="connection"`):
- `latency`: hold the response `latency_ms + uniform(0, jitter_ms)` before forwarding it.
- `reset_before`: RST the client (SO_LINGER 0) before the request reaches upstream.
- `reset_after`: forward the request, let upstream answer in full, then RST the client, so
  the work was done but the client never learns the outcome.
- `hang`: take the request, never forward or answer it, until the client gives up or the
  connection lifetime ends.
- `cut`: forward the response head and about half of the body, then close (FIN) mid-body.
- `slow`: pace the response at `bandwidth_bps` bytes per second.
- `http_503` / `http_429`: answer with a problem+json error and `Retry-After:
  retry_after_s`, without contacting upstream; the connection stays usable.
- `refuse`: drawn once per new connection (in both modes): accept and RST at once, before
  any byte is read.

Outages (`outage(True, mode=...)`) cut every open connection with an RST, then:
- `mode="refuse"` (default, the faithful dead endpoint: the process is gone but the host is
  up): the listening socket is closed, so connects fail with ECONNREFUSED (httpx.ConnectError,
  which clients may safely retry). The proxy cannot see these attempts, so
  `outage_attempts` stays at 0; count on the client side.
- `mode="drop"` (a load balancer with no healthy backend): connections are accepted and
  reset at once, and each is counted in `outage_attempts`; clients see a read/write error
  after connecting. Use this when the proxy must report `calls_during_outage`.

Determinism: one `random.Random(seed)` draws every fault on the proxy's loop: one draw per
new connection and one per request (plus one for the jitter of a `latency` fault), so a
sequential client sees the same fault sequence for the same seed. Concurrent connections
interleave their draws in arrival order.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
import math
import random
import socket
import struct
import threading
from collections import Counter, deque
from collections.abc import AsyncGenerator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType, TracebackType
from typing import Any, Final, Literal

from hybridsdk._exceptions import ConfigurationError, TransportError

__all__ = ["FAULT_KINDS", "FaultPlan", "FaultProxy"]

logger = logging.getLogger("hybridsdk.testing")

FAULT_KINDS: Final[tuple[str, ...]] = (
    "latency",
    "reset_before",
    "reset_after",
    "hang",
    "cut",
    "slow",
    "http_503",
    "http_429",
    "refuse",
)

OutageMode = Literal["refuse", "drop"]

_HEAD_LIMIT = 64 * 1024
_MAX_CHUNK = 16 * 1024 * 1024
_IO_PIECE = 64 * 1024
_UPSTREAM_CONNECT_TIMEOUT_S = 5.0
_CONTROL_TIMEOUT_S = 5.0
_HISTORY_LEN = 10_000


class _ProtocolError(Exception):
    """A peer sent something this proxy cannot frame; the connection is dropped."""


def _check_number(name: str, value: object, *, positive: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"{name} must be a number, got {value!r}")
    number = float(value)
    if not math.isfinite(number) or number < 0 or (positive and number == 0):
        need = "a finite number > 0" if positive else "a finite number >= 0"
        raise ConfigurationError(f"{name} must be {need}, got {value!r}")
    return number


@dataclass(frozen=True)
class FaultPlan:
    """Which faults to inject and how.

    Args:
        probabilities: fault kind (one of `FAULT_KINDS`) -> probability in [0, 1]; the sum
            must be at most 1, the rest passes through untouched.
        latency_ms: fixed delay of a `latency` fault.
        jitter_ms: extra uniform delay in [0, jitter_ms] of a `latency` fault.
        bandwidth_bps: bytes per second of a `slow` response (required when `slow` > 0).
        retry_after_s: the Retry-After seconds of `http_503` / `http_429` answers.
        per: "request" draws a fault for each request (keep-alive aware); "connection" draws
            once per connection and applies it to every request on it.
    """

    probabilities: Mapping[str, float] = field(default_factory=dict, hash=False)
    latency_ms: float = 0.0
    jitter_ms: float = 0.0
    bandwidth_bps: int = 0
    retry_after_s: int = 1
    per: Literal["request", "connection"] = "request"

    def __post_init__(self) -> None:
        if not isinstance(self.probabilities, Mapping):
            raise ConfigurationError(
                f"probabilities must be a mapping of fault kind -> probability, "
                f"got {type(self.probabilities).__name__}"
            )
        probabilities: dict[str, float] = {}
        for kind, p in self.probabilities.items():
            if kind not in FAULT_KINDS:
                raise ConfigurationError(
                    f"unknown fault kind {kind!r}; use one of: {', '.join(FAULT_KINDS)}"
                )
            p = _check_number(f"probability of {kind!r}", p)
            if p > 1:
                raise ConfigurationError(f"probability of {kind!r} must be <= 1, got {p}")
            probabilities[kind] = p
        total = sum(probabilities.values())
        if total > 1 + 1e-9:
            raise ConfigurationError(
                f"fault probabilities sum to {total:.3f}; they must sum to at most 1 "
                "(one fault per request at most)"
            )
        object.__setattr__(self, "probabilities", MappingProxyType(probabilities))
        _check_number("latency_ms", self.latency_ms)
        _check_number("jitter_ms", self.jitter_ms)
        if probabilities.get("latency", 0) > 0 and self.latency_ms + self.jitter_ms == 0:
            raise ConfigurationError("a latency fault needs latency_ms or jitter_ms > 0")
        if isinstance(self.bandwidth_bps, bool) or not isinstance(self.bandwidth_bps, int):
            raise ConfigurationError(f"bandwidth_bps must be an int, got {self.bandwidth_bps!r}")
        if self.bandwidth_bps < 0:
            raise ConfigurationError(f"bandwidth_bps must be >= 0, got {self.bandwidth_bps}")
        if probabilities.get("slow", 0) > 0 and self.bandwidth_bps == 0:
            raise ConfigurationError("a slow fault needs bandwidth_bps > 0 (bytes per second)")
        if (
            isinstance(self.retry_after_s, bool)
            or not isinstance(self.retry_after_s, int)
            or self.retry_after_s < 0
        ):
            raise ConfigurationError(
                f"retry_after_s must be an int >= 0 (seconds), got {self.retry_after_s!r}"
            )
        if self.per not in ("request", "connection"):
            raise ConfigurationError(f"per must be 'request' or 'connection', got {self.per!r}")

    def _pick(self, u: float, *, include_refuse: bool) -> str | None:
        acc = 0.0
        for kind in FAULT_KINDS:
            if kind == "refuse" and not include_refuse:
                continue
            acc += self.probabilities.get(kind, 0.0)
            if u < acc:
                return kind
        return None


def _loopback_address(value: object, what: str, *, allow_port_zero: bool) -> tuple[str, int]:
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise ConfigurationError(
            f"{what} must be a (host, port) pair such as ('127.0.0.1', 8080), got {value!r}"
        )
    host, port = value
    if not isinstance(host, str):
        raise ConfigurationError(f"{what} host must be a string, got {host!r}")
    if host == "localhost":
        host = "127.0.0.1"
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        raise ConfigurationError(
            f"{what} host {host!r} is not an IP literal; the fault proxy only works on "
            "loopback: use '127.0.0.1' (or any 127.x.y.z) or '::1'"
        ) from None
    loopback = (isinstance(ip, ipaddress.IPv4Address) and ip.is_loopback) or (
        isinstance(ip, ipaddress.IPv6Address) and ip == ipaddress.IPv6Address("::1")
    )
    if not loopback:
        raise ConfigurationError(
            f"{what} host {host!r} is not a loopback address; the fault proxy refuses to "
            "listen on or connect to anything outside 127.0.0.0/8 and ::1"
        )
    low = 0 if allow_port_zero else 1
    if isinstance(port, bool) or not isinstance(port, int) or not low <= port <= 65535:
        raise ConfigurationError(
            f"{what} port must be an int in [{low}, 65535]"
            + (" (0 picks a free port)" if allow_port_zero else "")
            + f", got {port!r}"
        )
    return str(ip), port


# --- just enough HTTP/1.1 -------------------------------------------------------------------


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


# --- one proxied connection ----------------------------------------------------------------


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


# --- the proxy ------------------------------------------------------------------------------


class FaultProxy:
    """A fault-injecting HTTP/1.1 proxy on loopback, run in its own thread.

    Args:
        upstream: (host, port) of the real server; host must be loopback.
        listen: (host, port) to listen on; loopback only, port 0 picks a free one.
        seed: seed of the fault draws (`random.Random(seed)`).
        max_lifetime_s: the proxy stops by itself after this many seconds.
        connection_lifetime_s: each client connection is cut after this many seconds.
    """

    def __init__(
        self,
        upstream: tuple[str, int],
        *,
        listen: tuple[str, int] = ("127.0.0.1", 0),
        seed: int = 0,
        max_lifetime_s: float = 600.0,
        connection_lifetime_s: float = 60.0,
    ) -> None:
        self._upstream = _loopback_address(upstream, "upstream", allow_port_zero=False)
        self._listen = _loopback_address(listen, "listen", allow_port_zero=True)
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise ConfigurationError(f"seed must be an int, got {seed!r}")
        self._max_lifetime_s = _check_number("max_lifetime_s", max_lifetime_s, positive=True)
        self._conn_lifetime_s = _check_number(
            "connection_lifetime_s", connection_lifetime_s, positive=True
        )
        self._rng = random.Random(seed)
        # Guards everything the control thread and the loop thread both touch.
        self._lock = threading.Lock()
        self._plan = FaultPlan()
        self._outage: OutageMode | None = None
        self._counters: Counter[str] = Counter()
        self._faults: Counter[str] = Counter()
        self._history: deque[str] = deque(maxlen=_HISTORY_LEN)
        self._state: Literal["new", "running", "stopped"] = "new"
        self._expired = False
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._start_error: BaseException | None = None
        self._bound: tuple[str, int] | None = None
        # Loop-thread only:
        self._server: asyncio.AbstractServer | None = None
        self._stop_event: asyncio.Event | None = None
        self._conns: dict[asyncio.Task[Any], _Conn] = {}

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> tuple[str, int]:
        """Binds the listening socket and starts serving; returns the bound (host, port)."""
        with self._lock:
            if self._state == "running" and self._bound is not None:
                return self._bound
            if self._state == "stopped":
                raise ConfigurationError("this FaultProxy was stopped; create a new one")
            self._state = "running"
        self._thread = threading.Thread(
            target=self._thread_main, name="hybridsdk-fault-proxy", daemon=True
        )
        self._thread.start()
        if not self._ready.wait(_CONTROL_TIMEOUT_S) or self._bound is None:
            error = self._start_error
            self.stop()
            raise ConfigurationError(
                f"fault proxy could not listen on {self._listen[0]}:{self._listen[1]}: "
                f"{error or 'timed out'}; pick another port or use port 0"
            ) from error
        logger.info(
            "fault proxy %s:%d -> %s:%d", *self._bound, self._upstream[0], self._upstream[1]
        )
        return self._bound

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stops serving, cuts open connections and joins the thread. Idempotent.

        Args:
            timeout_s: how long to wait for the loop thread to finish.
        """
        with self._lock:
            self._state = "stopped"
        loop, event, thread = self._loop, self._stop_event, self._thread
        if loop is not None and event is not None:
            with contextlib.suppress(RuntimeError):  # the loop already closed by itself
                loop.call_soon_threadsafe(event.set)
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout_s)

    def __enter__(self) -> FaultProxy:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def address(self) -> tuple[str, int]:
        """The bound (host, port); raises ConfigurationError before `start()`."""
        if self._bound is None:
            raise ConfigurationError("the fault proxy is not started; call start() first")
        return self._bound

    @property
    def url(self) -> str:
        """Base URL of the proxy, e.g. "http://127.0.0.1:54321"."""
        host, port = self.address
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    @property
    def running(self) -> bool:
        """True while the proxy's thread serves."""
        return self._thread is not None and self._thread.is_alive() and self._state == "running"

    # -- control (any thread) ----------------------------------------------------------------

    def set_faults(self, plan: FaultPlan) -> None:
        """Replaces the fault plan; takes effect from the next request.

        Args:
            plan: the faults to inject.
        """
        if not isinstance(plan, FaultPlan):
            raise ConfigurationError(f"set_faults needs a FaultPlan, got {type(plan).__name__}")
        with self._lock:
            self._plan = plan

    def outage(self, on: bool, *, mode: OutageMode = "refuse") -> None:
        """Starts or ends a full outage window (see the module docstring for the modes).

        Args:
            on: True to start the outage, False to end it.
            mode: "refuse" closes the listener (ECONNREFUSED); "drop" accepts, counts and
                resets every connection.
        """
        if mode not in ("refuse", "drop"):
            raise ConfigurationError(f"outage mode must be 'refuse' or 'drop', got {mode!r}")
        self._control(bool(on), mode)

    def clear(self) -> None:
        """Back to plain pass-through: no faults, no outage."""
        with self._lock:
            self._plan = FaultPlan()
            in_outage = self._outage is not None
        if in_outage:
            self._control(False, "refuse")

    def stats(self) -> dict[str, Any]:
        """A snapshot of the counters (a new dict each call)."""
        with self._lock:
            snapshot: dict[str, Any] = {
                key: self._counters[key]
                for key in (
                    "connections",
                    "requests_seen",
                    "requests_forwarded",
                    "responses_forwarded",
                    "outage_attempts",
                    "outage_windows",
                    "upstream_errors",
                    "protocol_errors",
                    "connections_expired",
                )
            }
            snapshot["active_connections"] = len(self._conns)
            snapshot["faults"] = {kind: self._faults[kind] for kind in FAULT_KINDS}
            snapshot["faults_total"] = sum(self._faults.values())
            snapshot["outage"] = self._outage
            snapshot["expired"] = self._expired
        snapshot["running"] = self.running
        return snapshot

    def history(self) -> list[str]:
        """The fault drawn for each recent request, oldest first ("none" for pass-through).

        Refused connections appear as "refuse". Keeps the last 10,000 entries.
        """
        with self._lock:
            return list(self._history)

    def _control(self, on: bool, mode: OutageMode) -> None:
        loop = self._loop
        if not self.running or loop is None:
            raise ConfigurationError("the fault proxy is not running; call start() first")
        future = asyncio.run_coroutine_threadsafe(self._set_outage(on, mode), loop)
        future.result(_CONTROL_TIMEOUT_S)

    # -- loop thread -------------------------------------------------------------------------

    def _thread_main(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        except Exception:  # never let the daemon thread die silently
            logger.exception("fault proxy loop failed")
        finally:
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            with self._lock:
                self._state = "stopped"
            self._ready.set()

    async def _main(self) -> None:
        self._stop_event = asyncio.Event()
        try:
            await self._listen_now(self._listen[1])
        except OSError as exc:
            self._start_error = exc
            return
        finally:
            self._ready.set()
        try:
            await asyncio.wait_for(self._stop_event.wait(), self._max_lifetime_s)
        except asyncio.TimeoutError:
            logger.warning(
                "fault proxy reached its max lifetime of %.1f s; stopping", self._max_lifetime_s
            )
            with self._lock:
                self._expired = True
        await self._shutdown()

    async def _listen_now(self, port: int) -> None:
        self._server = await asyncio.start_server(
            self._on_connect, self._listen[0], port, reuse_address=True, limit=_HEAD_LIMIT
        )
        if self._bound is None:
            host, bound_port = self._server.sockets[0].getsockname()[:2]
            self._bound = (host, bound_port)

    def _close_listener(self) -> None:
        if self._server is not None:
            self._server.close()  # closes the listening sockets synchronously
            self._server = None

    async def _cut_all(self) -> None:
        tasks = list(self._conns)
        for task, conn in list(self._conns.items()):
            conn.reset()
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=_CONTROL_TIMEOUT_S)

    async def _shutdown(self) -> None:
        self._close_listener()
        await self._cut_all()

    async def _set_outage(self, on: bool, mode: OutageMode) -> None:
        with self._lock:
            started = on and self._outage is None
            self._outage = mode if on else None
            if started:
                self._counters["outage_windows"] += 1
        if on:
            logger.info("fault proxy: outage (%s) begins", mode)
            await self._cut_all()  # a dead endpoint takes its open connections with it
        wanted_listener = not on or mode == "drop"
        if wanted_listener and self._server is None and self._bound is not None:
            try:
                await self._listen_now(self._bound[1])
            except OSError as exc:
                raise TransportError(
                    f"fault proxy could not listen again on port {self._bound[1]} after the "
                    f"outage: {exc}; create a new proxy"
                ) from exc
        elif not wanted_listener:
            self._close_listener()
        if not on:
            logger.info("fault proxy: outage ends")

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
