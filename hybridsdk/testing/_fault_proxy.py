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
import logging
import random
import threading
from collections import Counter, deque
from types import TracebackType
from typing import Any, Literal

from hybridsdk._exceptions import ConfigurationError, TransportError
from hybridsdk.testing._fault_plan import (
    FAULT_KINDS,
    FaultPlan,
    OutageMode,
    _check_number,
    _loopback_address,
)
from hybridsdk.testing._http1 import _HEAD_LIMIT
from hybridsdk.testing._proxy_relay import _Conn, _Relay

__all__ = ["FAULT_KINDS", "FaultPlan", "FaultProxy"]

logger = logging.getLogger("hybridsdk.testing")

_CONTROL_TIMEOUT_S = 5.0
_HISTORY_LEN = 10_000


class FaultProxy(_Relay):
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
