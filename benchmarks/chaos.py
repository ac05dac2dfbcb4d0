"""Chaos: thousands of requests through a real gateway behind a fault proxy, one outage.

Starts the reference gateway as a subprocess on 127.0.0.1 and a `FaultProxy` in front of
it, then sends digits test images through the full `Client` (paced, open loop, a thread
pool): a mix of interactive requests (short deadline) and deferrable ones, with a share of
requests hit by injected faults (resets before/after the upstream, 503/429 with
Retry-After, cut bodies, latency, hangs) and one full outage window (`mode="drop"`, so the
proxy counts every attempt that reaches the dead endpoint). After the run the outbox is
drained and every deferred request is checked for its cloud answer.

Figures: requests, ok (answered by the path the policy planned), degraded, deferred,
delivered_after_outage, lost (deferred, never delivered nor expired: must be 0),
unhandled (exceptions other than typed hybridsdk errors: must be 0), deadline_misses,
p50_ms / p99_ms, calls_during_outage, recovery_s, retry_traffic_ratio.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import math
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import numpy as np

from hybridsdk._exceptions import ConfigurationError, HybridSDKError

if TYPE_CHECKING:
    from hybridsdk._client import Client
    from hybridsdk._types import InferenceResult

__all__ = ["ChaosConfig", "add_arguments", "format_text", "run", "run_chaos"]

logger = logging.getLogger("benchmarks.chaos")

LOCAL_MODEL = "digits-linear-fp32"
CLOUD_MODEL = "digits-svc-fp32"

#: The per-request fault mix: 30% of requests in all, none dominant.
DEFAULT_FAULTS: dict[str, float] = {
    "reset_before": 0.05,
    "reset_after": 0.05,
    "http_503": 0.05,
    "http_429": 0.04,
    "cut": 0.04,
    "latency": 0.04,
    "hang": 0.03,
}


@dataclass(frozen=True)
class ChaosConfig:
    """One chaos run's shape.

    Args:
        requests: requests sent in all.
        rate: requests started per second (open loop: arrivals do not wait for answers).
        concurrency: worker threads (the most requests in flight).
        fault_share: share of requests hit by a fault, spread over `DEFAULT_FAULTS`.
        outage_start: where the outage begins, as a fraction of the schedule.
        outage_share: how long it lasts, as a fraction of the schedule.
        deferrable_share: share of requests that may be deferred to the outbox.
        deadline_ms: the interactive requests' deadline.
        deferrable_deadline_ms: the deferrable requests' deadline (for their first try).
        read_timeout_s: the endpoint's per-attempt read timeout (bounds a hang).
        retry_after_s: the Retry-After of injected 503/429 answers.
        drain_timeout_s: the most time spent draining the outbox after the run.
        seed: the fault proxy's seed.
        budget_ratio: the retry budget's token_ratio (retries per success, long run).
        breaker: use the circuit breaker (off: to measure what it saves).
        offline_detection: go offline after 3 connection failures (off: to measure it).
        gateway_url: use this running gateway instead of starting one (loopback only).
    """

    requests: int = 5000
    rate: float = 40.0
    concurrency: int = 8
    fault_share: float = 0.30
    outage_start: float = 0.4
    outage_share: float = 0.2
    deferrable_share: float = 0.3
    deadline_ms: float = 1000.0
    deferrable_deadline_ms: float = 3000.0
    read_timeout_s: float = 0.25
    retry_after_s: int = 1
    drain_timeout_s: float = 60.0
    seed: int = 7
    budget_ratio: float = 0.5
    breaker: bool = True
    offline_detection: bool = True
    gateway_url: str | None = None

    def __post_init__(self) -> None:
        problems: list[str] = []
        if self.requests < 1:
            problems.append(f"requests must be >= 1 (got {self.requests})")
        if not self.rate > 0:
            problems.append(f"rate must be > 0 (got {self.rate})")
        if self.concurrency < 1:
            problems.append(f"concurrency must be >= 1 (got {self.concurrency})")
        for name in ("fault_share", "outage_start", "outage_share", "deferrable_share"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                problems.append(f"{name} must be in [0, 1] (got {getattr(self, name)})")
        if self.outage_start + self.outage_share > 1.0:
            problems.append("outage_start + outage_share must be <= 1")
        for name in ("deadline_ms", "deferrable_deadline_ms", "read_timeout_s", "drain_timeout_s"):
            if not getattr(self, name) > 0:
                problems.append(f"{name} must be > 0 (got {getattr(self, name)})")
        if not 0.001 <= self.budget_ratio <= 20:
            problems.append(f"budget_ratio must be in [0.001, 20] (got {self.budget_ratio})")
        if self.retry_after_s < 0:
            problems.append(f"retry_after_s must be >= 0 (got {self.retry_after_s})")
        if problems:
            raise ConfigurationError("invalid chaos settings: " + "; ".join(problems))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the benchmark's options.

    Args:
        parser: the `bench chaos` sub-parser.
    """
    d = ChaosConfig()
    parser.add_argument("--requests", type=int, default=d.requests, help="requests in all")
    parser.add_argument("--rate", type=float, default=d.rate, help="requests started per second")
    parser.add_argument("--concurrency", type=int, default=d.concurrency, help="worker threads")
    parser.add_argument("--fault-share", type=float, default=d.fault_share, help="faulty share")
    parser.add_argument(
        "--outage-share", type=float, default=d.outage_share, help="outage length (of the run)"
    )
    parser.add_argument(
        "--deferrable-share", type=float, default=d.deferrable_share, help="deferrable share"
    )
    parser.add_argument(
        "--deadline-ms", type=float, default=d.deadline_ms, help="interactive deadline"
    )
    parser.add_argument("--seed", type=int, default=d.seed, help="fault proxy seed")
    parser.add_argument(
        "--budget-ratio", type=float, default=d.budget_ratio, help="retry budget token_ratio"
    )
    parser.add_argument("--no-breaker", action="store_true", help="run without the breaker")
    parser.add_argument(
        "--no-offline-detection", action="store_true", help="never go offline (to compare)"
    )
    parser.add_argument(
        "--gateway-url", default=None, help="use a running loopback gateway instead of starting one"
    )


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Run the benchmark from parsed CLI arguments."""
    config = ChaosConfig(
        requests=args.requests,
        rate=args.rate,
        concurrency=args.concurrency,
        fault_share=args.fault_share,
        outage_share=args.outage_share,
        outage_start=min(0.4, 1.0 - args.outage_share),
        deferrable_share=args.deferrable_share,
        deadline_ms=args.deadline_ms,
        seed=args.seed,
        budget_ratio=args.budget_ratio,
        breaker=not args.no_breaker,
        offline_detection=not args.no_offline_detection,
        gateway_url=args.gateway_url,
    )
    from hybridsdk.cli._progress import progress_for

    return run_chaos(config, progress=progress_for(args))


def format_text(result: dict[str, Any]) -> str:
    """The figures, one per line."""
    width = max(len(k) for k in result)
    lines = []
    for key, value in result.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        lines.append(f"{key:<{width}}  {shown}")
    return "\n".join(lines)


# -- the run -----------------------------------------------------------------------------


@dataclass
class _Tally:
    """What the workers saw; guarded by `lock`."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    routes: Counter[str] = field(default_factory=Counter)
    latencies_ms: list[float] = field(default_factory=list)
    deadline_misses: int = 0
    typed_errors: Counter[str] = field(default_factory=Counter)
    unhandled: Counter[str] = field(default_factory=Counter)
    deferred_keys: list[tuple[str, int]] = field(default_factory=list)
    logical_cloud_calls: int = 0
    not_attempted: int = 0
    cloud_successes: list[float] = field(default_factory=list)  # completion times
    cloud_correct: int = 0


@contextlib.contextmanager
def _gateway(url: str | None) -> Iterator[str]:
    if url is not None:
        yield url.rstrip("/")
        return
    from benchmarks.cloud import _gateway as start_gateway

    with start_gateway(None) as started:
        yield started


def _loopback_upstream(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    if parts.hostname is None or parts.port is None:
        raise ConfigurationError(f"gateway URL {url!r} needs an explicit host and port")
    return parts.hostname, parts.port


def _make_client(config: ChaosConfig, proxy_url: str, outbox: Path) -> Client:
    """The client under test, with the settings docs/chaos.md explains."""
    from hybridsdk._client import Client
    from hybridsdk._degradation import DegradationChain
    from hybridsdk._tasks import Task
    from hybridsdk.cloud._breaker import BreakerConfig
    from hybridsdk.cloud._client import CloudClient
    from hybridsdk.cloud._endpoint import CloudEndpoint
    from hybridsdk.cloud._retry import RetryPolicy
    from hybridsdk.cloud._retry_budget import RetryBudget
    from hybridsdk.edge._runtime_options import RuntimeOptions
    from hybridsdk.routing._policy import Mode, Policy

    task = Task(
        "digits",
        local_model=LOCAL_MODEL,
        cloud_model=CLOUD_MODEL,
        # Deferrable requests want the cloud's answer: defer them first; interactive ones
        # take the local answer, flagged degraded.
        degradation=DegradationChain(("defer", "local", "cache")),
    )
    endpoint = CloudEndpoint(
        proxy_url, connect_timeout_s=0.25, read_timeout_s=config.read_timeout_s
    )
    breaker = (
        BreakerConfig(
            window_size=20,
            minimum_calls=10,
            failure_rate_threshold=0.6,
            slow_call_duration_s=2.0,
            wait_duration_s=1.0,
            half_open_permits=2,
        )
        if config.breaker
        else None
    )
    cloud = CloudClient(
        endpoint,
        retry=RetryPolicy(attempts=3, base_s=0.02, cap_s=0.2, min_attempt_s=0.05),
        budget=lambda: RetryBudget(max_tokens=20, token_ratio=config.budget_ratio),
        breaker=breaker,
        max_connections=config.concurrency + 2,
    )
    client = Client(
        cloud=cloud,
        tasks=[task],
        # Every request asks the cloud, so every one meets the faults.
        policy=Policy(mode=Mode.CLOUD_ONLY),
        outbox=outbox,
        device=False,
        cache=False,
        runtime=RuntimeOptions(threads=1),
        drain_interval_s=2.0,
        # Probe a dead cloud twice a second rather than every 2 s: one GET per probe is
        # cheap, and it bounds how long the client stays offline after the cloud is back.
        probe_interval_s=0.5,
        offline_after=3 if config.offline_detection else None,
    )
    return client


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return math.nan
    return float(np.percentile(np.asarray(values), q))


def run_chaos(
    config: ChaosConfig, *, progress: Callable[[str], None] | None = None
) -> dict[str, Any]:
    """Run one chaos benchmark and return its figures.

    Args:
        config: the run's shape.
        progress: called with a line at each phase (the CLI passes one on a terminal).

    Raises:
        MissingDependencyError: scikit-learn, onnxruntime or the gateway extra is missing.
    """
    from hybridsdk._types import InferenceRequest, Route
    from hybridsdk.outbox._store import OutboxState
    from hybridsdk.testing._digits import load_digits_split
    from hybridsdk.testing._fault_proxy import FaultPlan, FaultProxy

    say = progress or (lambda line: None)
    split = load_digits_split()
    x, y = split.x_test, split.y_test
    total_p = sum(DEFAULT_FAULTS.values())
    plan = FaultPlan(
        probabilities={k: v * config.fault_share / total_p for k, v in DEFAULT_FAULTS.items()},
        latency_ms=150.0,
        jitter_ms=100.0,
        retry_after_s=config.retry_after_s,
    )
    schedule_s = config.requests / config.rate
    outage_from = int(config.requests * config.outage_start)
    outage_to = int(config.requests * (config.outage_start + config.outage_share))
    rng = np.random.default_rng(config.seed)
    deferrable = rng.random(config.requests) < config.deferrable_share
    tally = _Tally()
    lifetime_s = schedule_s + config.drain_timeout_s + 120.0

    with (
        tempfile.TemporaryDirectory(prefix="hybridsdk-chaos-") as tmp,
        _gateway(config.gateway_url) as gateway_url,
        FaultProxy(
            _loopback_upstream(gateway_url), seed=config.seed, max_lifetime_s=lifetime_s
        ) as proxy,
    ):
        client = _make_client(config, proxy.url, Path(tmp) / "outbox.sqlite3")
        try:
            # Warm up: load the local model and fetch the gateway's key before any fault.
            client.infer(inputs={"pixels": x[:1]}, deadline_ms=10_000)
            proxy.set_faults(plan)
            before = proxy.stats()

            def one(i: int) -> None:
                row = i % len(x)
                request = InferenceRequest(
                    inputs={"pixels": x[row : row + 1]},
                    deferrable=bool(deferrable[i]),
                    deadline_ms=config.deferrable_deadline_ms
                    if deferrable[i]
                    else config.deadline_ms,
                )
                try:
                    result = client.infer(request)
                except HybridSDKError as exc:
                    with tally.lock:
                        tally.typed_errors[type(exc).__name__] += 1
                    return
                except Exception as exc:  # what the SDK promises never happens
                    logger.exception("unhandled error in request %d", i)
                    with tally.lock:
                        tally.unhandled[type(exc).__name__] += 1
                    return
                done = time.monotonic()
                elapsed_ms = (done - request.created_at) * 1000.0
                _record(tally, request, result, elapsed_ms, done, int(y[row]), Route)

            say(f"sending {config.requests} requests over ~{schedule_s:.0f} s")
            outage_started = outage_ended = math.nan
            started = time.monotonic()
            with ThreadPoolExecutor(config.concurrency, thread_name_prefix="chaos") as pool:
                for i in range(config.requests):
                    if i == outage_from and outage_to > outage_from:
                        proxy.outage(True, mode="drop")
                        outage_started = time.monotonic()
                        say(f"outage begins at request {i}")
                    if i == outage_to and outage_to > outage_from:
                        proxy.outage(False)
                        outage_ended = time.monotonic()
                        say(f"outage ends at request {i}")
                    wait = started + i / config.rate - time.monotonic()
                    if wait > 0:
                        time.sleep(wait)  # open-loop pacing of arrivals
                    pool.submit(one, i)
            run_s = time.monotonic() - started
            during = proxy.stats()

            # Drain what the outage left, the background runner helping.
            say("draining the outbox")
            drain_started = time.monotonic()
            drained = 0
            outbox = client.outbox
            assert outbox is not None
            while time.monotonic() - drain_started < config.drain_timeout_s:
                stats = outbox.stats()
                if stats.counts["pending"] + stats.counts["inflight"] == 0:
                    break
                with contextlib.suppress(HybridSDKError):
                    drained += client.drain_outbox().delivered
                time.sleep(0.05)
            drain_s = time.monotonic() - drain_started
            after = proxy.stats()

            delivered = lost = expired = deferred_correct = 0
            drain_sends = 0
            for key, truth in tally.deferred_keys:
                record = outbox.get(key)
                if record is None:
                    lost += 1
                    continue
                drain_sends += record.attempts + (record.state is OutboxState.DELIVERED)
                if record.state is OutboxState.DELIVERED:
                    answer = client.deferred_result(key)
                    if answer is None:
                        lost += 1
                        continue
                    delivered += 1
                    deferred_correct += answer.label == truth
                elif record.state is OutboxState.EXPIRED:
                    expired += 1
                else:
                    lost += 1
            probes = client.connectivity.snapshot().probes
            breaker = (
                [s.transitions for s in client.cloud.breaker_snapshots()] if client.cloud else []
            )
        finally:
            client.close()

    upstream_attempts = (
        after["requests_seen"]
        - before["requests_seen"]
        + after["outage_attempts"]
        - before["outage_attempts"]
        - probes
    )
    logical = tally.logical_cloud_calls + drain_sends
    recovered = [t for t in tally.cloud_successes if t >= outage_ended]
    answered = sum(tally.routes.values())
    return {
        "requests": config.requests,
        "ok": tally.routes["cloud"] + tally.routes["cascade"] + tally.routes["local"],
        "degraded": tally.routes["degraded"] + tally.routes["cache"],
        "deferred": tally.routes["deferred"],
        "delivered_after_outage": delivered,
        "expired": expired,
        "lost": lost,
        "typed_errors": sum(tally.typed_errors.values()),
        "unhandled": sum(tally.unhandled.values()),
        "deadline_misses": tally.deadline_misses,
        "p50_ms": round(_percentile(tally.latencies_ms, 50), 2),
        "p99_ms": round(_percentile(tally.latencies_ms, 99), 2),
        "calls_during_outage": during["outage_attempts"] - before["outage_attempts"],
        "recovery_s": round(min(recovered) - outage_ended, 3) if recovered else None,
        "retry_traffic_ratio": round(upstream_attempts / logical - 1.0, 3) if logical else None,
        "upstream_attempts": upstream_attempts,
        "logical_cloud_calls": logical,
        "not_attempted_breaker_open": tally.not_attempted,
        "offline_probes": probes,
        "breaker_transitions": sum(breaker),
        "cloud_accuracy": _share(tally.cloud_correct, tally.routes["cloud"]),
        "deferred_accuracy": _share(deferred_correct, delivered),
        "faults_injected": after["faults_total"] - before["faults_total"],
        "faults_by_kind": after["faults"],
        "outage_s": round(outage_ended - outage_started, 2) if outage_to > outage_from else 0.0,
        "run_s": round(run_s, 1),
        "drain_s": round(drain_s, 2),
        "answered": answered,
        "error_kinds": dict(tally.typed_errors),
        "unhandled_kinds": dict(tally.unhandled),
    }


def _record(
    tally: _Tally,
    request: Any,
    result: InferenceResult,
    elapsed_ms: float,
    done: float,
    truth: int,
    route_enum: Any,
) -> None:
    route = result.route
    tried_cloud = "cloud" in result.timings_ms
    refused = any(
        r.code == "cloud_failed" and "CircuitOpenError" in r.message for r in result.reasons
    )
    with tally.lock:
        tally.routes[route.value] += 1
        tally.latencies_ms.append(elapsed_ms)
        if request.deadline_ms is not None and elapsed_ms > request.deadline_ms:
            tally.deadline_misses += 1
        if tried_cloud:
            if refused:
                tally.not_attempted += 1
            else:
                tally.logical_cloud_calls += 1
        if route is route_enum.DEFERRED:
            tally.deferred_keys.append((request.idempotency_key, truth))
        if route is route_enum.CLOUD:
            tally.cloud_successes.append(done)
            tally.cloud_correct += result.label == truth
