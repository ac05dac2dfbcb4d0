"""Cloud path: OHTTP crypto cost, OHTTP vs plain OIP latency to a real gateway, async throughput.

Starts the reference gateway as a subprocess on 127.0.0.1 (a free port), then measures:
`encap_decap_us_1k` / `_64k` (median microseconds of one request + response through OHTTP
crypto, no I/O), `ohttp_p50_ms` and `plain_p50_ms` (median end-to-end latency of one
digits request over loopback, OHTTP vs plain OIP to the same gateway, interleaved so
drift hits both alike), their ratio `ohttp_over_plain` (target <= 1.15), and
`async_rps_32` (completed OHTTP requests per second with 32 in flight, async client).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import time
from collections.abc import Iterator
from typing import Any

import numpy as np

from hybridsdk._exceptions import ConfigurationError, HybridSDKError

__all__ = ["add_arguments", "format_text", "run"]

_TARGET_RATIO = 1.15


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the benchmark's options.

    Args:
        parser: the `bench cloud` sub-parser.
    """
    parser.add_argument("--model", default="digits-svc-fp32", help="model the gateway serves")
    parser.add_argument("--input-name", default="pixels", help="the model's input tensor name")
    parser.add_argument(
        "--requests", type=int, default=300, help="interleaved OHTTP/plain pairs (default 300)"
    )
    parser.add_argument(
        "--crypto-rounds", type=int, default=300, help="rounds per crypto size (default 300)"
    )
    parser.add_argument(
        "--rps-seconds", type=float, default=3.0, help="duration of the async run (default 3)"
    )
    parser.add_argument("--concurrency", type=int, default=32, help="in flight (default 32)")
    parser.add_argument(
        "--budget-s", type=float, default=60.0, help="stop measuring after this long (default 60)"
    )
    parser.add_argument(
        "--gateway-url", help="use a gateway already running here instead of starting one"
    )


@contextlib.contextmanager
def _gateway(url: str | None, timeout_s: float = 30.0) -> Iterator[str]:
    """Yield the URL of a running gateway, starting (and finally stopping) one if needed."""
    if url:
        yield url.rstrip("/")
        return
    from hybridsdk.gateway._launch import launch_gateway

    with launch_gateway(extra_args=["--no-access-log"], timeout_s=timeout_s) as gateway:
        yield gateway.url


def _sample(input_name: str) -> dict[str, np.ndarray]:
    try:
        from sklearn.datasets import load_digits

        pixels = np.asarray(load_digits().data[:1], dtype=np.float32)
    except ImportError:  # the shape and range are what matter for timing
        pixels = (np.arange(64, dtype=np.float32) % 17).reshape(1, 64)
    return {input_name: pixels}


def _p50_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000.0


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Run the benchmark and return its figures.

    Args:
        args: the parsed options (see `add_arguments`).
    """
    from hybridsdk.cloud._client import AsyncCloudClient, CloudClient
    from hybridsdk.cloud._endpoint import CloudEndpoint
    from hybridsdk.cloud._retry import RetryPolicy
    from hybridsdk.wire._ohttp import benchmark_round_trip

    if args.requests < 10 or args.concurrency < 1 or args.rps_seconds <= 0:
        raise ConfigurationError("need --requests >= 10, --concurrency >= 1, --rps-seconds > 0")
    started = time.monotonic()
    crypto_1k = benchmark_round_trip(1024, rounds=args.crypto_rounds)
    crypto_64k = benchmark_round_trip(65536, rounds=max(20, args.crypto_rounds // 4))
    inputs = _sample(args.input_name)
    no_retry = RetryPolicy(attempts=1)
    result: dict[str, Any] = {
        "encap_decap_us_1k": round(crypto_1k["median_us"], 1),
        "encap_decap_us_64k": round(crypto_64k["median_us"], 1),
        "ohttp_request_overhead_bytes": int(crypto_1k["request_overhead_bytes"]),
        "ohttp_response_overhead_bytes": int(crypto_1k["response_overhead_bytes"]),
    }
    with _gateway(args.gateway_url) as base:
        ohttp_ep = CloudEndpoint(base, name="ohttp")
        plain_ep = CloudEndpoint(base, mode="plain", name="plain")
        with (
            CloudClient(ohttp_ep, retry=no_retry, breaker=None, budget=None) as ohttp,
            CloudClient(plain_ep, retry=no_retry, breaker=None, budget=None) as plain,
        ):
            for _ in range(20):  # warm up connections, the key cache, the model
                ohttp.infer(args.model, inputs)
                plain.infer(args.model, inputs)
            times: dict[str, list[float]] = {"ohttp": [], "plain": []}
            stop_at = started + args.budget_s
            for i in range(args.requests):
                # Alternate who goes first so neither side always follows the other.
                order = ((ohttp, "ohttp"), (plain, "plain"))
                for client, key in order if i % 2 == 0 else order[::-1]:
                    t0 = time.perf_counter()
                    client.infer(args.model, inputs)
                    times[key].append(time.perf_counter() - t0)
                if time.monotonic() > stop_at:
                    break
            ohttp_p50, plain_p50 = _p50_ms(times["ohttp"]), _p50_ms(times["plain"])
            result.update(
                ohttp_p50_ms=round(ohttp_p50, 3),
                plain_p50_ms=round(plain_p50, 3),
                ohttp_over_plain=round(ohttp_p50 / plain_p50, 3),
                ohttp_over_plain_target=_TARGET_RATIO,
                latency_pairs=len(times["ohttp"]),
            )
        rps, done, errors = asyncio.run(
            _async_rps(
                AsyncCloudClient(
                    CloudEndpoint(base, name="ohttp-async"),
                    retry=no_retry,
                    breaker=None,
                    budget=None,
                    max_connections=args.concurrency,
                ),
                args.model,
                inputs,
                args.concurrency,
                args.rps_seconds,
            )
        )
        result.update(
            async_rps_32=round(rps, 1) if args.concurrency == 32 else None,
            async_rps=round(rps, 1),
            async_concurrency=args.concurrency,
            async_completed=done,
            async_errors=errors,
        )
    result["elapsed_s"] = round(time.monotonic() - started, 1)
    return result


async def _async_rps(
    client: Any, model: str, inputs: dict[str, np.ndarray], concurrency: int, seconds: float
) -> tuple[float, int, int]:
    done = errors = 0
    async with client:
        for _ in range(concurrency):  # fill the pool and the key cache first
            await client.infer(model, inputs)
        stop_at = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal done, errors
            while time.perf_counter() < stop_at:
                try:
                    await client.infer(model, inputs)
                    done += 1
                except HybridSDKError:
                    errors += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - t0
    return done / elapsed, done, errors


def format_text(result: dict[str, Any]) -> str:
    """A readable summary of `run`'s figures.

    Args:
        result: what `run` returned.
    """
    lines = [
        f"OHTTP crypto per round trip: {result['encap_decap_us_1k']} us (1 KiB), "
        f"{result['encap_decap_us_64k']} us (64 KiB); +{result['ohttp_request_overhead_bytes']} "
        f"B request, +{result['ohttp_response_overhead_bytes']} B response",
        f"loopback p50: OHTTP {result['ohttp_p50_ms']} ms vs plain {result['plain_p50_ms']} ms "
        f"= x{result['ohttp_over_plain']} (target <= {result['ohttp_over_plain_target']}; "
        f"{result['latency_pairs']} interleaved pairs)",
        f"async OHTTP: {result['async_rps']} req/s with {result['async_concurrency']} in flight "
        f"({result['async_errors']} errors)",
    ]
    return "\n".join(lines) + "\n" + json.dumps({"elapsed_s": result["elapsed_s"]})
