"""Gateway state: cost per request of the replay and idempotency state, in memory and in
Valkey/Redis, measured side by side.

    hybridsdk bench gateway_state [--json] [--state-url redis://127.0.0.1:6379/0]

Figures (medians over batches, microseconds per request):
`idem_us_1k` / `idem_us_100k`: begin + finish on a FULL in-memory idempotency store of
1,000 / 100,000 entries; `idem_full_ratio` is their ratio (target <= 2: eviction is O(1);
issue 9 measured 4 -> 365 us with the old per-request list rebuild).
`replay_us_1k` / `replay_us_100k` and `replay_full_ratio`: the same for a full replay table
(a heap: O(log n) per eviction, no target).
With a Valkey/Redis server (`--state-url`, or a `valkey-server`/`redis-server` on PATH
started on a free loopback port): `redis_replay_us`, `redis_idem_us` (claim + complete),
one client, sequential, over loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

__all__ = ["add_arguments", "format_text", "run"]


def _answer() -> Any:
    from hybridsdk.gateway._problems import InnerResponse

    return InnerResponse(200, [("content-type", "application/json")], b"{}" * 32)


def _median_us(batches: list[float], per_batch: int) -> float:
    return statistics.median(batches) / per_batch * 1e6


def idempotency_us(size: int, *, batches: int = 15, per_batch: int = 2000) -> float:
    """Median us per begin+finish once the store holds `size` finished entries."""
    from hybridsdk.gateway._idempotency import IdempotencyStore

    answer = _answer()
    store = IdempotencyStore(ttl_s=1e9, max_entries=size, max_bytes=1 << 40, clock=time.monotonic)
    for i in range(size):
        store.begin("s", f"fill-{i}", b"x")
        store.finish("s", f"fill-{i}", answer)
    times = []
    n = 0
    for _ in range(batches):
        start = time.perf_counter()
        for _ in range(per_batch):
            key = f"k-{n}"
            n += 1
            store.begin("s", key, b"x")
            store.finish("s", key, answer)
        times.append(time.perf_counter() - start)
    assert len(store) == size
    return _median_us(times, per_batch)


def replay_us(size: int, *, batches: int = 15, per_batch: int = 500) -> float:
    """Median us per accepted check once the table holds `size` entries (evicting).

    One batch per second of the fake clock: at most 500 new entries a second, under the
    share a full table may take within one second.
    """
    from hybridsdk.gateway._replay import ReplayGuard, http_date

    now = [1_700_000_000.0]
    guard = ReplayGuard(window_s=60, max_entries=size, require_date=True, clock=lambda: now[0])
    for _ in range(size):
        guard.check(os.urandom(32), http_date(now[0] - 30))
    encs = [os.urandom(32) for _ in range(batches * per_batch)]
    times = []
    for b in range(batches):
        now[0] += 1.0
        date = http_date(now[0])
        chunk = encs[b * per_batch : (b + 1) * per_batch]
        start = time.perf_counter()
        for enc in chunk:
            guard.check(enc, date)
        times.append(time.perf_counter() - start)
    return _median_us(times, per_batch)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _redis_us(url: str, rounds: int = 2000) -> dict[str, float]:
    from hybridsdk.gateway._redis_state import RedisState
    from hybridsdk.gateway._replay import http_date

    answer = _answer()

    state = RedisState.from_url(
        url,
        window_s=60,
        idempotency_ttl_s=60,
        claim_ttl_s=60,
        max_response_bytes=1 << 20,
        clock=time.time,
        prefix=f"bench{os.getpid()}:",
    )
    try:
        date = http_date(time.time())
        replay, idem = [], []
        for i in range(rounds):
            start = time.perf_counter()
            await state.check(os.urandom(32), date)
            replay.append(time.perf_counter() - start)
            start = time.perf_counter()
            await state.begin("s", f"k{i}", b"x")
            await state.finish("s", f"k{i}", answer)
            idem.append(time.perf_counter() - start)
    finally:
        await state.aclose()
    return {
        "redis_replay_us": statistics.median(replay) * 1e6,
        "redis_idem_us": statistics.median(idem) * 1e6,
    }


def redis_figures(url: str | None) -> dict[str, Any]:
    """Redis figures against `url`, or a server started here; {} without either."""
    if url is not None:
        return asyncio.run(_redis_us(url))
    binary = shutil.which("valkey-server") or shutil.which("redis-server")
    if binary is None:
        return {"redis": "skipped: no valkey-server or redis-server on PATH"}
    port = _free_port()
    with tempfile.TemporaryDirectory() as workdir:
        command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        command += ["--appendonly", "no", "--dir", workdir]
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 10
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            return {
                "server": os.path.basename(binary),
                **asyncio.run(_redis_us(f"redis://127.0.0.1:{port}/0")),
            }
        finally:
            server.terminate()
            server.wait(timeout=10)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the benchmark's options.

    Args:
        parser: the `bench gateway_state` sub-parser.
    """
    parser.add_argument("--state-url", default=None, help="a running Valkey/Redis to measure")


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Measure and return the figures (see the module docstring).

    Args:
        args: the parsed options (see `add_arguments`).
    """
    result: dict[str, Any] = {}
    # Interleaved sizes so drift on a shared machine hits both alike.
    for name, fn in (("idem", idempotency_us), ("replay", replay_us)):
        small, large = [], []
        for _ in range(3):
            small.append(fn(1_000))
            large.append(fn(100_000))
        result[f"{name}_us_1k"] = round(statistics.median(small), 2)
        result[f"{name}_us_100k"] = round(statistics.median(large), 2)
        result[f"{name}_full_ratio"] = round(result[f"{name}_us_100k"] / result[f"{name}_us_1k"], 2)
    for key, value in redis_figures(args.state_url).items():
        result[key] = round(value, 1) if isinstance(value, float) else value
    return result


def format_text(result: dict[str, Any]) -> str:
    """The figures, one per line.

    Args:
        result: what `run` returned.
    """
    return "\n".join(f"{key:>20}: {value}" for key, value in result.items())


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON only")
    add_arguments(parser)
    args = parser.parse_args()
    result = run(args)
    print(json.dumps(result) if args.json else format_text(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
