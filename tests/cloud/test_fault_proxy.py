"""The loopback fault proxy: real sockets, a real HTTP/1.1 upstream, httpx as the client."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.testing._fault_proxy import FAULT_KINDS, FaultPlan, FaultProxy

# What a client sees when the connection breaks (not a timeout).
BROKEN = (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)
# An RST right after accept may reach the client while it is still setting up the connection.
DROPPED = (*BROKEN, httpx.ConnectError)


class Upstream(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.hits: list[str] = []
        self.lock = threading.Lock()

    @property
    def addr(self) -> tuple[str, int]:
        return ("127.0.0.1", self.server_address[1])

    def count(self) -> int:
        with self.lock:
            return len(self.hits)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    timeout = 5
    disable_nagle_algorithm = True  # else Nagle + delayed ACK add 40 ms per response
    server: Upstream

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _hit(self) -> None:
        with self.server.lock:
            self.server.hits.append(f"{self.command} {self.path}")

    def _send(self, body: bytes, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self._hit()
        if self.path.startswith("/big/"):
            size = int(self.path.rsplit("/", 1)[1])
            self._send(bytes(i % 251 for i in range(size)))
        elif self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (b"alpha-", b"beta-", b"gamma" * 100):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        elif self.path == "/close":
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"until-eof")
            self.close_connection = True
        elif self.path == "/empty":
            self.send_response(204)
            self.end_headers()
        else:
            self._send(b"hello " + self.path.encode())

    def do_HEAD(self) -> None:
        self._hit()
        self.send_response(200)
        self.send_header("Content-Length", "1234")  # HEAD: no body despite the length
        self.end_headers()

    def do_POST(self) -> None:
        self._hit()
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    break
                body += self.rfile.read(size)
                self.rfile.readline()
        else:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self._send(b"echo:" + body)


@pytest.fixture
def upstream() -> Iterator[Upstream]:
    server = Upstream()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def proxy(upstream: Upstream) -> Iterator[FaultProxy]:
    with FaultProxy(upstream.addr, seed=1, max_lifetime_s=60, connection_lifetime_s=10) as p:
        yield p


def client(p: FaultProxy, timeout: float = 3.0) -> httpx.Client:
    return httpx.Client(base_url=p.url, timeout=timeout)


def test_pass_through_many_keep_alive_requests(proxy: FaultProxy, upstream: Upstream) -> None:
    with client(proxy) as c:
        for i in range(40):
            r = c.get(f"/item/{i}")
            assert r.status_code == 200 and r.content == f"hello /item/{i}".encode()
            r = c.post("/echo", content=b"x" * i)
            assert r.content == b"echo:" + b"x" * i
        r = c.post("/echo", content=iter([b"streamed-", b"chunks"]))  # chunked request
        assert r.content == b"echo:streamed-chunks"
        r = c.get("/chunked")
        assert r.content == b"alpha-beta-" + b"gamma" * 100
        assert c.get("/big/200000").content == bytes(i % 251 for i in range(200000))
        assert c.get("/empty").status_code == 204
        assert c.head("/x").status_code == 200
        assert c.get("/close").content == b"until-eof"
    stats = proxy.stats()
    assert stats["connections"] == 1  # all keep-alive until the close-delimited one
    assert stats["requests_seen"] == stats["requests_forwarded"] == 86
    assert stats["responses_forwarded"] == 86
    assert stats["faults_total"] == 0 and upstream.count() == 86
    assert set(proxy.history()) == {"none"}


def test_reset_before_upstream_never_sees_it(proxy: FaultProxy, upstream: Upstream) -> None:
    proxy.set_faults(FaultPlan(probabilities={"reset_before": 1.0}))
    with client(proxy) as c, pytest.raises(BROKEN):
        c.post("/echo", content=b"payload")
    assert upstream.count() == 0
    stats = proxy.stats()
    assert stats["faults"]["reset_before"] == 1 and stats["requests_forwarded"] == 0


def test_reset_after_upstream_did_the_work(proxy: FaultProxy, upstream: Upstream) -> None:
    proxy.set_faults(FaultPlan(probabilities={"reset_after": 1.0}))
    with client(proxy) as c, pytest.raises(httpx.ReadError):  # RST, not a clean close
        c.post("/echo", content=b"payload")
    assert upstream.hits == ["POST /echo"]
    assert proxy.stats()["faults"]["reset_after"] == 1


def test_hang_times_out_the_client(proxy: FaultProxy, upstream: Upstream) -> None:
    proxy.set_faults(FaultPlan(probabilities={"hang": 1.0}))
    t0 = time.monotonic()
    with client(proxy, timeout=0.3) as c, pytest.raises(httpx.ReadTimeout):
        c.get("/x")
    assert 0.25 < time.monotonic() - t0 < 2.0
    assert upstream.count() == 0
    deadline = time.monotonic() + 2
    while proxy.stats()["active_connections"] and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proxy.stats()["active_connections"] == 0  # the proxy saw the client give up


@pytest.mark.parametrize("path", ["/big/10000", "/chunked", "/empty", "/close"])
def test_cut_mid_response(proxy: FaultProxy, upstream: Upstream, path: str) -> None:
    proxy.set_faults(FaultPlan(probabilities={"cut": 1.0}))
    with client(proxy) as c, pytest.raises(httpx.RemoteProtocolError):
        c.get(path)
    assert upstream.hits == [f"GET {path}"]
    assert proxy.stats()["responses_forwarded"] == 0


@pytest.mark.parametrize(("kind", "status"), [("http_503", 503), ("http_429", 429)])
def test_error_status_with_retry_after(
    proxy: FaultProxy, upstream: Upstream, kind: str, status: int
) -> None:
    proxy.set_faults(FaultPlan(probabilities={kind: 1.0}, retry_after_s=2))
    with client(proxy) as c:
        r = c.post("/echo", content=b"body must be consumed")
        assert r.status_code == status
        assert r.headers["retry-after"] == "2"
        assert r.headers["content-type"] == "application/problem+json"
        assert r.json()["status"] == status
        assert upstream.count() == 0
        proxy.clear()
        assert c.post("/echo", content=b"ok").content == b"echo:ok"  # same connection
    assert proxy.stats()["connections"] == 1
    assert proxy.stats()["faults"][kind] == 1


def _raw_exchange(p: FaultProxy, head: bytes, body: bytes) -> bytes:
    """Sends a request with Expect: 100-continue the way curl does; returns all it got."""
    with socket.create_connection(p.address, timeout=3) as s:
        s.sendall(head)
        got = s.recv(65536)
        if got.startswith(b"HTTP/1.1 100"):
            s.sendall(body)
        while chunk := s.recv(65536):
            got += chunk
    return got


@pytest.mark.parametrize(("fault", "answer"), [(None, b"echo:abc"), ("http_503", b" 503 ")])
def test_expect_100_continue(
    proxy: FaultProxy, upstream: Upstream, fault: str | None, answer: bytes
) -> None:
    if fault:
        proxy.set_faults(FaultPlan(probabilities={fault: 1.0}))
    head = (
        b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
        b"Expect: 100-continue\r\nConnection: close\r\n\r\n"
    )
    got = _raw_exchange(proxy, head, b"abc")
    assert answer in got
    assert upstream.count() == (0 if fault else 1)


def test_latency_with_jitter(proxy: FaultProxy) -> None:
    with client(proxy) as c:
        c.get("/warm")
        t0 = time.monotonic()
        c.get("/fast")
        base = time.monotonic() - t0
        proxy.set_faults(FaultPlan(probabilities={"latency": 1.0}, latency_ms=150, jitter_ms=50))
        times = []
        for _ in range(3):
            t0 = time.monotonic()
            assert c.get("/slow").status_code == 200
            times.append(time.monotonic() - t0)
    assert min(times) >= 0.15
    assert max(times) < 0.2 + base + 0.5
    assert proxy.stats()["faults"]["latency"] == 3


def test_slow_response_is_bandwidth_limited(proxy: FaultProxy) -> None:
    proxy.set_faults(FaultPlan(probabilities={"slow": 1.0}, bandwidth_bps=40_000))
    with client(proxy) as c:
        t0 = time.monotonic()
        r = c.get("/big/20000")
        elapsed = time.monotonic() - t0
    assert r.content == bytes(i % 251 for i in range(20000))
    assert 0.45 <= elapsed < 1.5  # 20 kB at 40 kB/s = 0.5 s


def test_refuse_fault_drops_new_connections(proxy: FaultProxy, upstream: Upstream) -> None:
    proxy.set_faults(FaultPlan(probabilities={"refuse": 1.0}))
    for _ in range(3):
        with client(proxy) as c, pytest.raises(DROPPED):
            c.get("/x")
    assert upstream.count() == 0
    assert proxy.stats()["faults"]["refuse"] == 3
    assert proxy.stats()["requests_seen"] == 0


def test_outage_refuse_then_recover(proxy: FaultProxy, upstream: Upstream) -> None:
    with client(proxy) as c:
        assert c.get("/before").status_code == 200
        proxy.outage(True)
        with pytest.raises(httpx.ConnectError):  # the kept-alive connection died too
            c.get("/during")
        with pytest.raises(httpx.ConnectError):
            c.get("/during")
        proxy.outage(False)
        assert c.get("/after").status_code == 200
    assert upstream.hits == ["GET /before", "GET /after"]
    stats = proxy.stats()
    assert stats["outage_windows"] == 1 and stats["outage"] is None


def test_outage_drop_counts_attempts(proxy: FaultProxy, upstream: Upstream) -> None:
    with client(proxy) as c:
        assert c.get("/before").status_code == 200
        proxy.outage(True, mode="drop")
        for _ in range(4):
            with pytest.raises(DROPPED):
                c.get("/during")
        assert proxy.stats()["outage"] == "drop"
        proxy.clear()
        assert c.get("/after").status_code == 200
    stats = proxy.stats()
    assert stats["outage_attempts"] == 4
    assert upstream.hits == ["GET /before", "GET /after"]


def test_per_request_rate_is_seeded_and_matches_client_view(upstream: Upstream) -> None:
    plan = FaultPlan(probabilities={"http_503": 0.3})
    runs = []
    for seed in (5, 5, 6):
        with FaultProxy(upstream.addr, seed=seed) as p, client(p) as c:
            p.set_faults(plan)
            statuses = [c.get(f"/r{i}").status_code for i in range(200)]
            assert p.stats()["connections"] == 1  # per request, on one keep-alive connection
            assert statuses.count(503) == p.stats()["faults"]["http_503"]
            assert p.history() == ["http_503" if s == 503 else "none" for s in statuses]
            runs.append(statuses)
    assert runs[0] == runs[1] and runs[0] != runs[2]
    assert 0.2 <= runs[0].count(503) / 200 <= 0.4


def test_per_connection_fault_sticks_to_the_connection(upstream: Upstream) -> None:
    with FaultProxy(upstream.addr, seed=3) as p:
        p.set_faults(FaultPlan(probabilities={"http_429": 0.5}, per="connection"))
        outcomes = set()
        for _ in range(12):
            with client(p) as c:
                statuses = {c.get(f"/r{i}").status_code for i in range(5)}
            assert len(statuses) == 1
            outcomes |= statuses
        assert outcomes == {200, 429}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"upstream": ("10.0.0.1", 80)},
        {"upstream": ("8.8.8.8", 53)},
        {"upstream": ("example.com", 80)},
        {"upstream": ("::ffff:127.0.0.1", 80)},
        {"upstream": ("127.0.0.1", 0)},
        {"upstream": ("127.0.0.1", 70000)},
        {"upstream": "127.0.0.1:80"},
        {"listen": ("0.0.0.0", 0)},
        {"listen": ("::", 0)},
        {"listen": ("192.168.1.2", 0)},
        {"listen": ("127.0.0.1", True)},
        {"max_lifetime_s": 0},
        {"connection_lifetime_s": float("nan")},
        {"seed": "x"},
    ],
)
def test_refuses_bad_configuration(kwargs: dict[str, object]) -> None:
    args: dict[str, object] = {"upstream": ("127.0.0.1", 9)} | kwargs
    upstream = args.pop("upstream")
    with pytest.raises(ConfigurationError):
        FaultProxy(upstream, **args)  # type: ignore[arg-type]


def test_non_loopback_message_says_why() -> None:
    with pytest.raises(ConfigurationError, match="loopback"):
        FaultProxy(("10.1.2.3", 80))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"probabilities": {"explode": 0.1}},
        {"probabilities": {"reset_after": -0.1}},
        {"probabilities": {"reset_after": 1.5}},
        {"probabilities": {"http_503": 0.7, "hang": 0.6}},
        {"probabilities": {"slow": 0.1}},  # no bandwidth
        {"probabilities": {"latency": 0.1}},  # no delay
        {"latency_ms": -1},
        {"bandwidth_bps": 1.5},
        {"retry_after_s": -1},
        {"per": "session"},
    ],
)
def test_fault_plan_rejects_bad_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        FaultPlan(**kwargs)  # type: ignore[arg-type]


def test_bad_control_calls(upstream: Upstream) -> None:
    p = FaultProxy(upstream.addr)
    with pytest.raises(ConfigurationError, match="start"):
        _ = p.url
    with pytest.raises(ConfigurationError, match="start"):
        p.outage(True)
    with pytest.raises(ConfigurationError):
        p.set_faults({"reset_after": 1.0})  # type: ignore[arg-type]
    with p:
        with pytest.raises(ConfigurationError):
            p.outage(True, mode="blackhole")  # type: ignore[arg-type]
        assert p.start() == p.address  # idempotent
    p.stop()  # idempotent
    with pytest.raises(ConfigurationError, match="new one"):
        p.start()


def test_listen_port_in_use_is_a_clear_error(upstream: Upstream) -> None:
    with pytest.raises(ConfigurationError, match="another port"):
        FaultProxy(upstream.addr, listen=upstream.addr).start()


def test_ipv6_loopback(upstream: Upstream) -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6")
    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
    except OSError:
        pytest.skip("::1 not configured")
    with FaultProxy(upstream.addr, listen=("::1", 0)) as p:
        assert p.url.startswith("http://[::1]:")
        assert httpx.get(p.url + "/v6", timeout=3).content == b"hello /v6"


def test_connection_lifetime_cuts_a_hung_connection(upstream: Upstream) -> None:
    with FaultProxy(upstream.addr, connection_lifetime_s=0.3) as p:
        p.set_faults(FaultPlan(probabilities={"hang": 1.0}))
        t0 = time.monotonic()
        with client(p, timeout=5) as c, pytest.raises(BROKEN):
            c.get("/hang")  # cut long before the client would give up
        assert 0.25 < time.monotonic() - t0 < 1.5
        assert p.stats()["connections_expired"] == 1 and p.running


def test_proxy_stops_by_itself_at_max_lifetime(upstream: Upstream) -> None:
    p = FaultProxy(upstream.addr, max_lifetime_s=0.8, connection_lifetime_s=30)
    p.start()
    p.set_faults(FaultPlan(probabilities={"hang": 1.0}))
    t0 = time.monotonic()
    with client(p, timeout=5) as c, pytest.raises(BROKEN):
        c.get("/hang")
    assert 0.7 < time.monotonic() - t0 < 2.0
    deadline = time.monotonic() + 2
    while p.running and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not p.running and p.stats()["expired"]
    with pytest.raises(httpx.ConnectError):
        httpx.get(p.url, timeout=1)
    with pytest.raises(ConfigurationError, match="not running"):
        p.outage(True)
    p.stop()


def test_stats_is_a_snapshot(proxy: FaultProxy) -> None:
    snap = proxy.stats()
    snap["faults"]["cut"] = 99
    assert proxy.stats()["faults"]["cut"] == 0
    assert set(snap["faults"]) == set(FAULT_KINDS)
