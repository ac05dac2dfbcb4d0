"""Gateway under load and abuse: sustained OHTTP req/s with 200 clients, and RSS per attack.

Starts the reference gateway as a subprocess on 127.0.0.1 (a free port; its file
descriptor limit set to `--gateway-fd-limit`, 1024 by default, as on a stock server) and
measures, bounded in time:

- `sustained`: OHTTP requests per second with `--clients` (200) concurrent async clients
  for `--seconds`, p50/p99 latency, errors by type, and the gateway's peak RSS;
- `abuse`: for each attack, the gateway's peak RSS and its growth over the idle RSS, the
  status codes the attack got, and whether a normal client was still served meanwhile
  (`normal_ok` of `normal_total`, p50 latency). Attacks: `strings_200k` (1 MB requests of
  200,000 strings), `huge_headers` (8 connections sending 32 MB headers), `slow_headers`
  (1,100 connections that never finish their headers, more than the fd limit),
  `slow_bodies` (300 uploads of a 1 MB body that stall at 90%), `max_batch_flood` (200
  concurrent requests at the largest allowed string batch), `deep_json` (deeply nested
  bodies).

`rss_bound_mb` (512) is the bound every case must stay under; `within_bound` says whether
all did. Loopback only. `--shared-store` starts a throwaway Valkey/Redis server on
127.0.0.1 and runs the gateway with `--state-url` (replay and idempotency state shared
across replicas); `variant` says which. `--gateway-arg` passes any other gateway option.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import statistics
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from hybridsdk._exceptions import ConfigurationError, HybridSDKError, MissingDependencyError

__all__ = ["add_arguments", "format_text", "run"]

_MB = 1 << 20
_RSS_BOUND_MB = 512


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the benchmark's options.

    Args:
        parser: the `bench gateway` sub-parser.
    """
    parser.add_argument("--clients", type=int, default=200, help="concurrent clients (200)")
    parser.add_argument("--seconds", type=float, default=5.0, help="sustained run length (5)")
    parser.add_argument(
        "--gateway-fd-limit", type=int, default=1024, help="the gateway's ulimit -n (1024)"
    )
    parser.add_argument(
        "--cases", default="all", help="comma-separated abuse cases to run (default all)"
    )
    parser.add_argument(
        "--gateway-arg",
        action="append",
        default=[],
        help="an extra gateway command-line argument (repeatable; use --gateway-arg=--flag)",
    )
    parser.add_argument(
        "--shared-store",
        action="store_true",
        help="start a Valkey/Redis server on 127.0.0.1 and give the gateway --state-url",
    )
    parser.add_argument(
        "--variant", default=None, help="label for this run's gateway set-up (default: derived)"
    )


class _PeakRss:
    """Samples a process's RSS every 10 ms in a thread; `peak` is the highest seen."""

    def __init__(self, pid: int) -> None:
        import psutil

        self._proc = psutil.Process(pid)
        self.idle = int(self._proc.memory_info().rss)
        self.peak = self.idle
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(Exception):
                self.peak = max(self.peak, int(self._proc.memory_info().rss))
            self._stop.wait(0.01)

    def __enter__(self) -> _PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def _status_of(answer: bytes) -> str:
    if not answer:
        return "closed"
    parts = answer.split(b" ", 2)
    return parts[1].decode(errors="replace") if len(parts) > 1 else "garbled"


def _read_answer(sock: socket.socket, timeout_s: float) -> bytes:
    sock.settimeout(timeout_s)
    try:
        return sock.recv(256)
    except TimeoutError:
        return b"- waiting"  # still open, no answer yet
    except OSError:
        return b""


def _connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=10)


class _NormalClient:
    """Sends one small plain OIP request every 50 ms in a thread while an attack runs."""

    def __init__(self, base: str) -> None:
        import httpx

        self._client = httpx.Client(timeout=5.0)
        self._url = f"{base}/v2/models/digits-linear-fp32/infer"
        self._body = json.dumps(
            {
                "inputs": [
                    {"name": "pixels", "shape": [1, 64], "datatype": "FP32", "data": [1.0] * 64}
                ]
            }
        ).encode()
        self.times: list[float] = []
        self.total = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.total += 1
            t0 = time.perf_counter()
            with contextlib.suppress(Exception):
                answer = self._client.post(
                    self._url, content=self._body, headers={"content-type": "application/json"}
                )
                if answer.status_code == 200:
                    self.times.append(time.perf_counter() - t0)
            self._stop.wait(0.05)

    def __enter__(self) -> _NormalClient:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self._client.close()


# --- attacks: each returns a Counter of what the attacker got ------------------------------


def _strings_200k(base: str, port: int) -> Counter[str]:
    import httpx

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
    seen: Counter[str] = Counter()
    with httpx.Client(timeout=30) as client:
        for _ in range(10):
            answer = client.post(
                f"{base}/v2/models/intent-cloud-fp32/infer",
                content=body,
                headers={"content-type": "application/json"},
            )
            seen[str(answer.status_code)] += 1
    return seen


def _huge_headers(base: str, port: int) -> Counter[str]:
    seen: Counter[str] = Counter()
    for _ in range(8):
        with _connect(port) as sock:
            with contextlib.suppress(OSError):
                sock.sendall(b"GET /v2 HTTP/1.1\r\nhost: x\r\nx-big: ")
                for _ in range(32):
                    sock.sendall(b"a" * _MB)
            seen[_status_of(_read_answer(sock, 5))] += 1
    return seen


def _slow_headers(base: str, port: int) -> Counter[str]:
    seen: Counter[str] = Counter()
    held: list[socket.socket] = []
    try:
        for _ in range(1100):
            try:
                sock = _connect(port)
                sock.sendall(b"GET /v2 HTTP/1.1\r\nhost: x\r\n")
                held.append(sock)
                seen["held"] += 1
            except OSError:
                seen["connect-failed"] += 1
        time.sleep(2.0)  # hold them while the normal client works
    finally:
        for sock in held:
            sock.close()
    return seen


def _slow_bodies(base: str, port: int) -> Counter[str]:
    seen: Counter[str] = Counter()
    held: list[socket.socket] = []
    head = (
        b"POST /v2/models/digits-linear-fp32/infer HTTP/1.1\r\nhost: x\r\n"
        b"content-type: application/json\r\ncontent-length: 1000000\r\n\r\n"
    )
    try:
        for _ in range(300):
            try:
                sock = _connect(port)
                sock.sendall(head + b" " * 900_000)
                held.append(sock)
                seen["held"] += 1
            except OSError:
                seen["failed"] += 1
        time.sleep(2.0)
        for sock in held[:20]:
            seen["answer-" + _status_of(_read_answer(sock, 0.5))] += 1
    finally:
        for sock in held:
            sock.close()
    return seen


def _max_batch_flood(base: str, port: int) -> Counter[str]:
    import httpx

    body = json.dumps(
        {
            "inputs": [
                {
                    "name": "text",
                    "shape": [64, 1],
                    "datatype": "BYTES",
                    "data": ["please set an alarm for seven tomorrow"] * 64,
                }
            ]
        }
    ).encode()

    async def flood() -> Counter[str]:
        seen: Counter[str] = Counter()
        limits = httpx.Limits(max_connections=200)
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:

            async def one() -> None:
                try:
                    answer = await client.post(
                        f"{base}/v2/models/intent-cloud-fp32/infer",
                        content=body,
                        headers={"content-type": "application/json"},
                    )
                    seen[str(answer.status_code)] += 1
                except httpx.HTTPError as exc:
                    seen[type(exc).__name__] += 1

            await asyncio.gather(*(one() for _ in range(200)))
        return seen

    return asyncio.run(flood())


def _deep_json(base: str, port: int) -> Counter[str]:
    import httpx

    body = b"[" * 200_000 + b"]" * 200_000
    seen: Counter[str] = Counter()
    with httpx.Client(timeout=30) as client:
        for _ in range(20):
            answer = client.post(
                f"{base}/v2/models/digits-linear-fp32/infer",
                content=body,
                headers={"content-type": "application/json"},
            )
            seen[str(answer.status_code)] += 1
    return seen


_CASES: dict[str, Callable[[str, int], Counter[str]]] = {
    "strings_200k": _strings_200k,
    "huge_headers": _huge_headers,
    "slow_headers": _slow_headers,
    "slow_bodies": _slow_bodies,
    "max_batch_flood": _max_batch_flood,
    "deep_json": _deep_json,
}


# --- sustained OHTTP load ------------------------------------------------------------------


async def _sustained(base: str, clients: int, seconds: float) -> dict[str, Any]:
    """`clients` lean OHTTP clients (RFC 9458 encapsulation + Binary HTTP over one httpx
    pool, fresh key share and Date per request), so the gateway, not the load generator,
    is what is measured. The SDK's AsyncCloudClient adds its own per-call work on top."""
    import httpx

    from hybridsdk.wire._bhttp import BinaryRequest, decode_response
    from hybridsdk.wire._http_date import format_http_date
    from hybridsdk.wire._keyconfig import parse_key_configs
    from hybridsdk.wire._ohttp import encapsulate_request

    body = json.dumps(
        {"inputs": [{"name": "pixels", "shape": [1, 64], "datatype": "FP32", "data": [1.0] * 64}]}
    ).encode()
    path = "/v2/models/digits-linear-fp32/infer"
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=30.0, limits=limits) as http:
        keys = await http.get(
            f"{base}/.well-known/ohttp-gateway", headers={"accept": "application/ohttp-keys"}
        )
        config = parse_key_configs(keys.content)[0]

        async def one() -> None:
            fields = [("content-type", "application/json"), ("date", format_http_date(time.time()))]
            inner = BinaryRequest("POST", "https", "gateway", path, fields, body).encode()
            enc, ctx = encapsulate_request(config, inner)
            answer = await http.post(
                f"{base}/.well-known/ohttp-gateway",
                content=enc,
                headers={"content-type": "message/ohttp-req"},
            )
            if answer.status_code != 200:
                raise RuntimeError(f"outer {answer.status_code}")
            status = decode_response(ctx.decapsulate_response(answer.content)).status
            if status != 200:
                raise RuntimeError(f"inner {status}")

        # Open the pool and warm up; a burst of `clients` at once may meet 503 (the run
        # queue is 4 running + 64 waiting by default), which the timed loop counts.
        await asyncio.gather(*(one() for _ in range(clients)), return_exceptions=True)
        stop_at = time.perf_counter() + seconds

        async def worker() -> None:
            while time.perf_counter() < stop_at:
                t0 = time.perf_counter()
                try:
                    await one()
                    latencies.append(time.perf_counter() - t0)
                except (RuntimeError, httpx.HTTPError, HybridSDKError) as exc:
                    errors[str(exc) if isinstance(exc, RuntimeError) else type(exc).__name__] += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - t0
    ordered = sorted(latencies)
    return {
        "clients": clients,
        "seconds": round(elapsed, 2),
        "completed": len(latencies),
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(ordered) * 1000, 2) if ordered else None,
        "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))] * 1000, 2) if ordered else None,
        "errors": dict(errors),
    }


@contextlib.contextmanager
def _state_store() -> Iterator[tuple[str, int]]:
    """A throwaway Valkey/Redis server on a free loopback port: (url, pid)."""
    import shutil
    import subprocess
    import tempfile

    from hybridsdk.gateway._launch import free_port

    binary = shutil.which("valkey-server") or shutil.which("redis-server")
    if binary is None:
        raise ConfigurationError(
            "--shared-store needs valkey-server or redis-server on PATH "
            "(apt-get install valkey-server, or redis-server)"
        )
    port = free_port()
    with tempfile.TemporaryDirectory() as workdir:
        argv = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        argv += ["--appendonly", "no", "--dir", workdir]
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 10
            while True:
                with contextlib.suppress(OSError), _connect(port) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        break
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise ConfigurationError(f"{binary} did not start on 127.0.0.1:{port}")
                time.sleep(0.05)  # polling a child process
            yield f"redis://127.0.0.1:{port}/0", proc.pid
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextlib.contextmanager
def _gateway(extra: list[str], fd_limit: int) -> Iterator[tuple[str, int, int]]:
    import psutil

    from hybridsdk.gateway._launch import launch_gateway

    with launch_gateway(extra_args=["--no-access-log", *extra]) as gateway:
        psutil.Process(gateway.pid).rlimit(psutil.RLIMIT_NOFILE, (fd_limit, fd_limit))
        yield gateway.url, gateway.port, gateway.pid


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Run the benchmark and return its figures.

    Args:
        args: the parsed options (see `add_arguments`).

    Raises:
        MissingDependencyError: psutil is missing (extra ``device``).
        ConfigurationError: a bad option.
    """
    try:
        import psutil
    except ImportError:
        raise MissingDependencyError("the gateway benchmark", "device") from None
    cases = list(_CASES) if args.cases == "all" else [c.strip() for c in args.cases.split(",")]
    unknown = sorted(set(cases) - set(_CASES))
    if unknown or args.clients < 1 or args.seconds <= 0:
        raise ConfigurationError(
            f"need --clients >= 1, --seconds > 0 and --cases from {', '.join(_CASES)} "
            f"(unknown: {unknown})"
        )
    started = time.monotonic()
    variant = args.variant or ("shared store" if args.shared_store else "in-memory state")
    result: dict[str, Any] = {"variant": variant, "rss_bound_mb": _RSS_BOUND_MB}
    with contextlib.ExitStack() as stack:
        extra = list(args.gateway_arg)
        store_pid = None
        if args.shared_store:
            store_url, store_pid = stack.enter_context(_state_store())
            extra += ["--state-url", store_url]
        gateway = stack.enter_context(_gateway(extra, args.gateway_fd_limit))
        _measure(args, cases, gateway, result)
        if store_pid is not None:
            result["store_rss_mb"] = round(psutil.Process(store_pid).memory_info().rss / _MB, 1)
    peaks = [result["sustained"]["peak_rss_mb"]] + [
        a["peak_rss_mb"] for a in result["abuse"].values()
    ]
    result["max_peak_rss_mb"] = max(peaks)
    result["within_bound"] = max(peaks) < _RSS_BOUND_MB
    result["elapsed_s"] = round(time.monotonic() - started, 1)
    return result


def _measure(
    args: argparse.Namespace,
    cases: list[str],
    gateway: tuple[str, int, int],
    result: dict[str, Any],
) -> None:
    import psutil

    base, port, pid = gateway
    gateway_proc, bench_proc = psutil.Process(pid), psutil.Process()
    cpu0 = (sum(gateway_proc.cpu_times()[:2]), sum(bench_proc.cpu_times()[:2]))
    with _PeakRss(pid) as rss:
        sustained = asyncio.run(_sustained(base, args.clients, args.seconds))
    # Who was busy: on a shared machine, CPU seconds say more than wall time.
    sustained["gateway_cpu_s"] = round(sum(gateway_proc.cpu_times()[:2]) - cpu0[0], 2)
    sustained["client_cpu_s"] = round(sum(bench_proc.cpu_times()[:2]) - cpu0[1], 2)
    sustained["load_avg_1m"] = round(os.getloadavg()[0], 2)
    # Requests per CPU-second of the gateway: its capacity per core, whatever else
    # (the load generator, other processes) competed for the cores meanwhile.
    if sustained["gateway_cpu_s"] > 0:
        per_core = sustained["completed"] / sustained["gateway_cpu_s"]
        sustained["gateway_rps_per_cpu_s"] = round(per_core, 1)
        sustained["gateway_cpu_ms_per_request"] = round(1000 / per_core, 2)
    sustained["idle_rss_mb"] = round(rss.idle / _MB, 1)
    sustained["peak_rss_mb"] = round(rss.peak / _MB, 1)
    result["sustained"] = sustained
    abuse: dict[str, Any] = {}
    for name in cases:
        with _PeakRss(pid) as rss, _NormalClient(base) as normal:
            t0 = time.perf_counter()
            seen = _CASES[name](base, port)
            took = time.perf_counter() - t0
        abuse[name] = {
            "attacker_got": dict(seen),
            "seconds": round(took, 2),
            "peak_rss_mb": round(rss.peak / _MB, 1),
            "rss_growth_mb": round((rss.peak - rss.idle) / _MB, 1),
            "normal_ok": len(normal.times),
            "normal_total": normal.total,
            "normal_p50_ms": round(statistics.median(normal.times) * 1000, 1)
            if normal.times
            else None,
        }
        time.sleep(0.5)  # let the gateway close what the attack left behind
    result["abuse"] = abuse
    result["gateway_alive"] = psutil.Process(pid).is_running()


def format_text(result: dict[str, Any]) -> str:
    """A readable summary of `run`'s figures.

    Args:
        result: what `run` returned.
    """
    s = result["sustained"]
    lines = [
        f"[{result['variant']}] sustained OHTTP: {s['rps']} req/s with {s['clients']} clients, "
        f"p50 {s['p50_ms']} ms, p99 {s['p99_ms']} ms, errors {s['errors'] or 'none'}, "
        f"peak RSS {s['peak_rss_mb']} MB (idle {s['idle_rss_mb']} MB); CPU s: gateway "
        f"{s['gateway_cpu_s']}, client {s['client_cpu_s']}, load avg {s['load_avg_1m']}; "
        f"gateway {s.get('gateway_cpu_ms_per_request')} CPU ms/request "
        f"(= {s.get('gateway_rps_per_cpu_s')} req/s per core)",
    ]
    for name, a in result["abuse"].items():
        lines.append(
            f"{name:16s} peak RSS {a['peak_rss_mb']:7.1f} MB (+{a['rss_growth_mb']} MB), "
            f"attacker got {a['attacker_got']}, normal client {a['normal_ok']}/"
            f"{a['normal_total']} ok (p50 {a['normal_p50_ms']} ms), {a['seconds']} s"
        )
    if "store_rss_mb" in result:
        lines.append(f"shared store (Valkey/Redis) RSS at the end: {result['store_rss_mb']} MB")
    lines.append(
        f"max peak RSS {result['max_peak_rss_mb']} MB vs bound {result['rss_bound_mb']} MB: "
        f"{'within' if result['within_bound'] else 'OVER'}; elapsed {result['elapsed_s']} s"
    )
    return "\n".join(lines)
