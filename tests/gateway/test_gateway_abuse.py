"""Attacks on a real gateway process over real loopback sockets: a 200,000-string request,
huge and never-ending headers, slow bodies, more slow connections than file descriptors,
and SIGTERM while slow clients hold connections. Every loop is bounded; 127.0.0.1 only."""

from __future__ import annotations

import contextlib
import json
import signal
import socket
import statistics
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from tests._gateway_process import GatewayProcess, build_affine_zoo, infer_body, run_gateway

MB = 1 << 20


def rss(process: GatewayProcess) -> int:
    return int(psutil.Process(process.pid).memory_info().rss)


@contextlib.contextmanager
def peak_rss(process: GatewayProcess) -> Iterator[list[int]]:
    """Sample the process's RSS every 5 ms while the block runs; yields [peak]."""
    proc = psutil.Process(process.pid)
    peak = [int(proc.memory_info().rss)]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            with contextlib.suppress(psutil.Error):
                peak[0] = max(peak[0], int(proc.memory_info().rss))
            stop.wait(0.005)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield peak
    finally:
        stop.set()
        thread.join(timeout=5)


def connect(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def read_all(sock: socket.socket, timeout_s: float) -> bytes:
    """Read until the server closes (or `timeout_s`)."""
    sock.settimeout(timeout_s)
    chunks = []
    with contextlib.suppress(TimeoutError, ConnectionResetError):
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


# --- 9.1: work limits on the built-in zoo --------------------------------------------------


@pytest.fixture(scope="module")
def zoo_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    base = tmp_path_factory.mktemp("abuse-zoo")
    with run_gateway("--no-access-log", log_dir=base) as process:
        yield process


def test_200k_strings_are_refused_fast_without_memory_growth(zoo_gateway: GatewayProcess) -> None:
    body = json.dumps(
        {
            "inputs": [
                {
                    "name": "text",
                    "shape": [200_000, 1],
                    "datatype": "BYTES",
                    "data": ["ab"] * 200_000,
                }
            ]
        },
        separators=(",", ":"),
    ).encode()
    assert 0.9 * MB < len(body) < MB  # under the 1 MiB body cap: only the work limit stops it
    url = f"{zoo_gateway.url}/v2/models/intent-cloud-fp32/infer"
    headers = {"content-type": "application/json"}
    with httpx.Client(timeout=30) as client:
        assert (
            client.post(
                url,
                json={
                    "inputs": [
                        {
                            "name": "text",
                            "shape": [1, 1],
                            "datatype": "BYTES",
                            "data": ["set an alarm"],
                        }
                    ]
                },
                headers=headers,
            ).status_code
            == 200
        )
        before = rss(zoo_gateway)
        times = []
        with peak_rss(zoo_gateway) as peak:
            for _ in range(5):
                start = time.perf_counter()
                answer = client.post(url, content=body, headers=headers)
                times.append(time.perf_counter() - start)
                assert answer.status_code == 413, answer.text
                assert answer.headers["content-type"] == "application/problem+json"
                assert "at least 200007 JSON strings" in answer.json()["detail"]
    growth = peak[0] - before
    assert statistics.median(times) < 0.100, times
    assert growth < 50 * MB, growth / MB
    assert "ERROR" not in zoo_gateway.log()


def test_the_same_strings_in_allowed_batches_still_work(zoo_gateway: GatewayProcess) -> None:
    url = f"{zoo_gateway.url}/v2/models/intent-cloud-fp32/infer"
    rows = 64
    body = {
        "inputs": [
            {
                "name": "text",
                "shape": [rows, 1],
                "datatype": "BYTES",
                "data": ["what time is it"] * rows,
            }
        ]
    }
    answer = httpx.post(url, json=body, timeout=30)
    assert answer.status_code == 200, answer.text
    assert answer.json()["outputs"][0]["shape"] == [rows, 151]


# --- 9.1: connections ----------------------------------------------------------------------

FD_LIMIT = 160
MAX_CONNECTIONS = 100
BODY_BUDGET = 300_000


@pytest.fixture(scope="module")
def small_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    """An affine-model gateway with short timeouts, a small connection cap and few fds."""
    base = tmp_path_factory.mktemp("abuse-conn")
    zoo = build_affine_zoo(base / "zoo")
    args = [
        "--models", str(zoo), "--no-access-log",
        "--header-timeout-s", "1", "--body-timeout-s", "1", "--max-header-bytes", "8192",
        "--max-body-bytes", "100000", "--max-pending-body-bytes", str(BODY_BUDGET),
        "--max-connections", str(MAX_CONNECTIONS),
    ]  # fmt: skip
    with run_gateway(*args, log_dir=base) as process:
        psutil.Process(process.pid).rlimit(psutil.RLIMIT_NOFILE, (FD_LIMIT, FD_LIMIT))
        yield process


def test_huge_header_gets_431_and_no_memory(small_gateway: GatewayProcess) -> None:
    before = rss(small_gateway)
    answers = []
    for _ in range(8):  # 8 x up to 32 MB headers that never end
        sock = connect(small_gateway.port)
        sent = 0
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(b"GET /v2 HTTP/1.1\r\nhost: x\r\nx-big: ")
            while sent < 32 * MB:
                sock.sendall(b"a" * MB)
                sent += MB
        answers.append(read_all(sock, 5))
        sock.close()
        assert sent < 32 * MB  # the server closed long before
    assert all(a.startswith(b"HTTP/1.1 431 ") for a in answers), answers[0][:80]
    assert rss(small_gateway) - before < 20 * MB
    assert httpx.get(f"{small_gateway.url}/v2/health/ready").status_code == 200


def test_a_body_answered_early_does_not_count_as_the_next_requests_headers(
    small_gateway: GatewayProcess,
) -> None:
    """413 on Content-Length comes before the body; the rest of the body is no header."""
    with httpx.Client(timeout=10) as client:  # one keep-alive connection
        big = b"[" + b"0," * 75_000 + b"0]"  # 150 kB: over the 100 kB body cap, 18x the header cap
        for _ in range(3):
            answer = client.post(
                f"{small_gateway.url}/v2/models/affine/infer",
                content=big,
                headers={"content-type": "application/json"},
            )
            assert answer.status_code == 413
            assert client.get(f"{small_gateway.url}/v2/health/live").status_code == 200


def test_slowloris_headers_time_out(small_gateway: GatewayProcess) -> None:
    idle = connect(small_gateway.port)  # never sends a byte
    slow = connect(small_gateway.port)
    start = time.monotonic()
    slow.sendall(b"GET /v2 HTTP/1.1\r\n")
    closed_by_server = False
    for i in range(40):  # one header line every 0.1 s, for at most 4 s
        try:
            slow.sendall(f"x-{i}: y\r\n".encode())
        except (BrokenPipeError, ConnectionResetError):
            closed_by_server = True
            break
        time.sleep(0.1)  # a slow client: the pacing is the test
    answer = read_all(slow, 3)
    elapsed = time.monotonic() - start
    assert closed_by_server or answer.startswith(b"HTTP/1.1 408 "), answer[:80]
    assert elapsed < 3.5, elapsed
    assert read_all(idle, 3).startswith(b"HTTP/1.1 408 ")
    idle.close()
    slow.close()


def test_slow_body_gets_408_problem(small_gateway: GatewayProcess) -> None:
    sock = connect(small_gateway.port)
    sock.sendall(
        b"POST /v2/models/affine/infer HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
        b'content-length: 1000\r\n\r\n{"inputs":'
    )
    start = time.monotonic()
    answer = read_all(sock, 5)
    sock.close()
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:200]
    assert b"application/problem+json" in answer and b"request-timeout" in answer
    assert time.monotonic() - start < 3


def test_stalled_uploads_cannot_hold_more_than_the_body_budget(
    small_gateway: GatewayProcess,
) -> None:
    head = (
        b"POST /v2/models/affine/infer HTTP/1.1\r\nhost: x\r\n"
        b"content-type: application/json\r\ncontent-length: 90000\r\n\r\n"
    )
    uploads = []
    for _ in range(10):  # 10 x 60 kB stalled = 600 kB, twice the budget
        sock = connect(small_gateway.port)
        sock.sendall(head + b" " * 60_000)
        uploads.append(sock)
    answers = [read_all(sock, 3) for sock in uploads]
    for sock in uploads:
        sock.close()
    statuses = [a.split(b" ", 2)[1] for a in answers if a]
    busy = statuses.count(b"503")
    assert busy >= 10 - BODY_BUDGET // 60_000, statuses  # refused, not buffered
    assert statuses.count(b"408") == 10 - busy, statuses  # the rest timed out
    assert all(b"retry-after: 1" in a for a in answers if b" 503 " in a[:16])
    # The budget is free again once they are gone.
    answer = httpx.post(
        f"{small_gateway.url}/v2/models/affine/infer",
        content=infer_body("x", [[1.0, 2.0, 3.0]]),
        headers={"content-type": "application/json"},
    )
    assert answer.status_code == 200


def test_when_every_connection_is_mid_request_a_new_one_gets_503(
    small_gateway: GatewayProcess,
) -> None:
    """Connections past their headers are not evicted; beyond the cap, newcomers get 503."""
    busy: list[socket.socket] = []
    try:
        for _ in range(MAX_CONNECTIONS):  # headers done, a 10-byte body that never comes
            sock = connect(small_gateway.port)
            sock.sendall(
                b"POST /v2/models/affine/infer HTTP/1.1\r\nhost: x\r\ncontent-length: 10\r\n\r\n{"
            )
            busy.append(sock)
        time.sleep(0.2)  # let the server see them all
        extra = connect(small_gateway.port)
        answer = read_all(extra, 3)
        extra.close()
        assert answer.startswith(b"HTTP/1.1 503 "), answer[:80]
        # The busy ones end by the body timeout, not by eviction.
        assert all(read_all(sock, 3).startswith(b"HTTP/1.1 408 ") for sock in busy[:5])
    finally:
        for sock in busy:
            sock.close()


def test_more_slow_connections_than_fds_do_not_starve_a_normal_client(
    small_gateway: GatewayProcess,
) -> None:
    slow: list[socket.socket] = []
    try:
        for _ in range(FD_LIMIT + 40):  # more than the gateway has file descriptors
            sock = connect(small_gateway.port)
            with contextlib.suppress(OSError):
                sock.sendall(b"GET /v2 HTTP/1.1\r\nhost: x\r\n")  # and never finish
            slow.append(sock)
        process = psutil.Process(small_gateway.pid)
        assert process.num_fds() < FD_LIMIT
        start = time.monotonic()
        with httpx.Client(timeout=5) as client:
            for _ in range(5):
                answer = client.post(
                    f"{small_gateway.url}/v2/models/affine/infer",
                    content=infer_body("x", [[1.0, 2.0, 3.0]]),
                    headers={"content-type": "application/json"},
                )
                assert answer.status_code == 200
        assert time.monotonic() - start < 2
    finally:
        for sock in slow:
            sock.close()
    assert "Too many open files" not in small_gateway.log()


def test_keep_alive_timeout_and_limit_concurrency(tmp_path: Path) -> None:
    zoo = build_affine_zoo(tmp_path / "zoo")
    args = ["--models", str(zoo), "--no-access-log", "--timeout-keep-alive-s", "1"]
    args += ["--limit-concurrency", "6", "--body-timeout-s", "5"]
    with run_gateway(*args, log_dir=tmp_path) as gateway:
        # An idle keep-alive connection is closed after about a second.
        sock = connect(gateway.port)
        sock.sendall(b"GET /v2/health/live HTTP/1.1\r\nhost: x\r\n\r\n")
        start = time.monotonic()
        answer = read_all(sock, 5)  # returns when the server closes
        sock.close()
        assert answer.startswith(b"HTTP/1.1 200 ")
        assert 0.5 < time.monotonic() - start < 3
        # uvicorn's cap: with 6 connections open, a request on a 7th gets 503.
        held = []
        for _ in range(6):
            held.append(connect(gateway.port))
            held[-1].sendall(
                b"POST /v2/models/affine/infer HTTP/1.1\r\nhost: x\r\ncontent-length: 10\r\n\r\n{"
            )
        time.sleep(0.2)  # let the server see them
        extra = connect(gateway.port)
        extra.sendall(b"GET /v2/health/live HTTP/1.1\r\nhost: x\r\n\r\n")
        refused = read_all(extra, 3)
        extra.close()
        for sock in held:
            sock.close()
        assert refused.startswith(b"HTTP/1.1 503 "), refused[:80]
        time.sleep(0.2)
        assert httpx.get(f"{gateway.url}/v2/health/live").status_code == 200


def test_sigterm_with_slow_clients_exits_promptly(tmp_path: Path) -> None:
    zoo = build_affine_zoo(tmp_path / "zoo")
    args = ["--models", str(zoo), "--no-access-log", "--header-timeout-s", "60"]
    args += ["--body-timeout-s", "60", "--timeout-graceful-shutdown-s", "5"]
    with run_gateway(*args, log_dir=tmp_path) as gateway:
        held: list[socket.socket] = []
        for i in range(30):
            sock = connect(gateway.port)
            if i % 3 == 0:
                sock.sendall(b"GET /v2 HTTP/1.1\r\nhost: x\r\n")  # headers never end
            elif i % 3 == 1:
                sock.sendall(
                    b"POST /v2/models/affine/infer HTTP/1.1\r\nhost: x\r\n"
                    b"content-length: 100000\r\n\r\n{"
                )  # body never ends
            held.append(sock)
        with httpx.Client() as client:  # and one idle keep-alive connection
            assert client.get(f"{gateway.url}/v2/health/live").status_code == 200
            time.sleep(0.2)  # let the server register every connection
            start = time.monotonic()
            child = psutil.Process(gateway.pid)
            child.send_signal(signal.SIGTERM)
            code = child.wait(timeout=15)
            elapsed = time.monotonic() - start
        for sock in held:
            sock.close()
        log = gateway.log()
    # uvicorn re-raises the signal once its graceful shutdown is done.
    assert code in (0, -signal.SIGTERM), log
    assert "Traceback" not in log and "ERROR" not in log, log
    assert elapsed < 2.0, elapsed


def test_body_after_an_early_answer_is_not_counted_as_headers(
    small_gateway: GatewayProcess,
) -> None:
    # 413 is sent as soon as the declared length is over the cap; the client then sends
    # the body anyway. Those bytes are the rest of this request, not the next one's
    # headers: they must not trip the header size limit (431) on the connection.
    sock = connect(small_gateway.port)
    declared = 100_001 + 8192
    sock.sendall(
        b"POST /v2/models/affine/infer HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
        + f"content-length: {declared}\r\n\r\n".encode()
    )
    sock.settimeout(5)
    first = sock.recv(65536)
    assert first.startswith(b"HTTP/1.1 413 "), first[:80]
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        sock.sendall(b" " * declared)
        sock.sendall(b"GET /v2/health/live HTTP/1.1\r\nhost: x\r\n\r\n")
    rest = read_all(sock, 3)
    sock.close()
    answers = first + rest
    assert b" 431 " not in answers, answers[:400]
    # Either the next request is served on the same connection, or the server closed it
    # after the 413; never a header-size refusal.
    assert answers.count(b"HTTP/1.1 ") == 1 or answers.endswith(b'{"live":true}'), answers
