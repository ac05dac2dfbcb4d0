"""`CloudClient` and `AsyncCloudClient`: send one inference to the cloud, safely.

Each call picks the first endpoint whose breaker lets it through, runs the retry loop
(`_retry.retrying`: safe-retry classification, full-jitter backoff within the deadline,
Retry-After, retry budget, breaker), and fails over to the next endpoint when the loop
gives up on an error that says "this endpoint, not this request". Inside an attempt the
shared no-I/O flow (`_messages.infer_flow`) decides what to send; the two classes only
carry its HTTP calls out with httpx and map socket errors (`_httpx_errors`):

    httpx.ConnectError / ConnectTimeout / PoolTimeout -> ConnectError (surely not sent)
    httpx.ReadTimeout / WriteTimeout -> ReadTimeoutError (maybe processed)
    any other httpx.TransportError -> TransportError (phase unknown)
"""

from __future__ import annotations

import functools
import logging
import math
import random
import time
import uuid
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx
import numpy as np

from hybridsdk._exceptions import (
    CircuitOpenError,
    CloudError,
    ConfigurationError,
    DeadlineExceededError,
    TransportError,
)
from hybridsdk._trampoline import adrive, drive
from hybridsdk.cloud._breaker import (
    BreakerConfig,
    BreakerSnapshot,
    CircuitBreaker,
    CircuitBreakerRegistry,
)
from hybridsdk.cloud._deadline import deadline_scope, deadline_transport
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._httpx_errors import map_httpx_error
from hybridsdk.cloud._keys_client import KeyCache
from hybridsdk.cloud._messages import (
    Flow,
    HttpCall,
    HttpReply,
    absolute_deadline,
    call_timeouts,
    check_idempotency_key,
    check_model_name,
    encode_inputs,
    infer_flow,
    remaining_s,
)
from hybridsdk.cloud._retry import (
    ReadTimeoutError,
    RetryPolicy,
    RetryTrace,
    async_retrying,
    classify,
    retrying,
)
from hybridsdk.cloud._retry_budget import RetryBudget
from hybridsdk.wire._keyconfig import KeyConfig
from hybridsdk.wire._oip import InferPayload

__all__ = ["AsyncCloudClient", "CloudAnswer", "CloudClient"]

logger = logging.getLogger("hybridsdk.cloud.client")

_DEFAULT_BREAKER = BreakerConfig()
# An inference answer far larger than this is a fault or an attack, not an answer.
MAX_RESPONSE_BYTES = 64 * 1024 * 1024
BudgetOption = RetryBudget | Callable[[], RetryBudget] | None
BreakerOption = CircuitBreakerRegistry | BreakerConfig | None


@dataclass(frozen=True)
class CloudAnswer:
    """The cloud's answer to one inference.

    Attributes:
        outputs: output name -> array.
        model: the model that answered (as the server named it, else as asked).
        endpoint: the name of the endpoint that answered.
        attempts: attempts made over all endpoints tried (1 when the first succeeded).
        latency_ms: wall time of the whole call, retries and failovers included.
        encrypted: whether the answer came through Oblivious HTTP.
    """

    outputs: dict[str, np.ndarray] = field(repr=False)
    model: str
    endpoint: str
    attempts: int
    latency_ms: float
    encrypted: bool


@dataclass
class _Job:
    """One `infer` call's checked inputs and progress."""

    model: str
    body: bytes
    idempotency_key: str
    deadline: float | None
    started: float
    attempts: int = 0


@dataclass
class _Route:
    """One endpoint and the per-endpoint state that outlives requests."""

    endpoint: CloudEndpoint
    keys: KeyCache | None
    breaker: CircuitBreaker | None
    budget: RetryBudget | None


def _map_httpx_error(
    exc: httpx.HTTPError | httpx.StreamError, call: HttpCall, endpoint: CloudEndpoint
) -> Exception:
    return map_httpx_error(exc, f"{call.purpose} call to {endpoint.name}")


@dataclass(frozen=True, slots=True)
class _RouteTry:
    """One endpoint to attempt, with the trace its retry loop fills."""

    route: _Route
    trace: RetryTrace


class _ClientCore:
    """Everything the sync and async clients share: checks, routing state, decisions."""

    def __init__(
        self,
        endpoints: CloudEndpoint | Sequence[CloudEndpoint],
        retry: RetryPolicy | None,
        budget: BudgetOption,
        breaker: BreakerOption,
        clock: Callable[[], float],
        wall_clock: Callable[[], float],
        rng: Callable[[], float],
    ) -> None:
        listed = [endpoints] if isinstance(endpoints, CloudEndpoint) else list(endpoints)
        if not listed or not all(isinstance(e, CloudEndpoint) for e in listed):
            raise ConfigurationError(
                "CloudClient needs a CloudEndpoint or a non-empty list of them, in failover order"
            )
        names = [e.name for e in listed]
        if len(set(names)) != len(names):
            raise ConfigurationError(
                f"CloudClient endpoints must have distinct names (got {names}); set "
                "CloudEndpoint.name"
            )
        self.policy = retry if retry is not None else RetryPolicy()
        self.clock = clock
        self.wall_clock = wall_clock
        self.rng = rng
        registry: CircuitBreakerRegistry | None
        if isinstance(breaker, BreakerConfig):
            registry = CircuitBreakerRegistry(breaker, clock=clock)
        else:
            registry = breaker
        self.routes = [
            _Route(
                endpoint=e,
                keys=KeyCache(e, clock=clock) if e.mode == "ohttp" else None,
                breaker=registry.get(e.name) if registry is not None else None,
                budget=_budget_for(budget),
            )
            for e in listed
        ]

    # -- per request ---------------------------------------------------------------------

    def job(
        self,
        model: str,
        inputs: Mapping[str, Any],
        idempotency_key: str | None,
        deadline_s: float | None,
    ) -> _Job:
        now = self.clock()
        return _Job(
            model=check_model_name(model),
            body=encode_inputs(inputs),
            idempotency_key=check_idempotency_key(
                uuid.uuid4().hex if idempotency_key is None else idempotency_key
            ),
            deadline=absolute_deadline(deadline_s, now),
            started=now,
        )

    def flow(self, route: _Route, job: _Job) -> Flow:
        return infer_flow(
            route.endpoint,
            job.model,
            job.body,
            idempotency_key=job.idempotency_key,
            keys=route.keys,
            now_wall=self.wall_clock,
        )

    def retry_options(self, route: _Route, job: _Job, trace: RetryTrace) -> dict[str, Any]:
        return {
            "deadline": job.deadline,
            # The idempotency key travels with every attempt and the gateway deduplicates
            # on it; model inference has no other side effect.
            "idempotent": True,
            "clock": self.clock,
            "budget": route.budget,
            "breaker": route.breaker,
            "rng": self.rng,
            "trace": trace,
        }

    def timeout(self, route: _Route, job: _Job) -> httpx.Timeout:
        t = call_timeouts(route.endpoint, remaining_s(job.deadline, self.clock()))
        return httpx.Timeout(connect=t.connect, read=t.read, write=t.write, pool=t.pool)

    def skip(self, route: _Route) -> CircuitOpenError | None:
        """A CircuitOpenError when the route's breaker would refuse now (checked cheaply)."""
        if route.breaker is not None and route.breaker.is_open():
            return CircuitOpenError(
                f"circuit for {route.endpoint.name!r} is open; not attempted. Use a fallback "
                "(another endpoint, the local model, the outbox)."
            )
        return None

    def fail_over(self, exc: BaseException, job: _Job) -> bool:
        """Whether to try the next endpoint after `exc` ended one endpoint's retry loop."""
        if isinstance(exc, DeadlineExceededError):
            return False
        if job.deadline is not None and job.deadline - self.clock() < self.policy.min_attempt_s:
            return False
        if isinstance(exc, CircuitOpenError):
            return True
        return classify(exc, idempotent=True).retryable

    def answer(self, payload: InferPayload, route: _Route, job: _Job) -> CloudAnswer:
        latency_ms = (self.clock() - job.started) * 1000.0
        logger.debug(
            "cloud answer from %s after %d attempt(s) in %.1f ms",
            route.endpoint.name,
            job.attempts,
            latency_ms,
        )
        return CloudAnswer(
            outputs=payload.tensors,
            model=payload.model_name or job.model,
            endpoint=route.endpoint.name,
            attempts=job.attempts,
            latency_ms=latency_ms,
            encrypted=route.endpoint.mode == "ohttp",
        )

    def keys_route(self, endpoint: CloudEndpoint | str | None) -> _Route:
        for route in self.routes:
            if route.keys is None:
                continue
            if endpoint is None or endpoint in (route.endpoint, route.endpoint.name):
                return route
        raise ConfigurationError(
            f"no OHTTP endpoint {endpoint!r} in this client; key configurations exist only "
            "for mode='ohttp' endpoints"
        )

    def all_breakers_open(self) -> bool:
        breakers = [r.breaker for r in self.routes if r.breaker is not None]
        return bool(breakers) and all(b.is_open() for b in breakers)

    def breaker_snapshots(self) -> list[BreakerSnapshot]:
        return [r.breaker.snapshot() for r in self.routes if r.breaker is not None]

    def failover(self, job: _Job) -> Generator[_RouteTry, InferPayload, CloudAnswer]:
        """The endpoints in order: yields one `_RouteTry` per endpoint to attempt (its
        retry loop is the driver's I/O), returns the first answer; an endpoint's error
        is thrown back in and decides whether the next endpoint is tried."""
        last: BaseException | None = None
        for route in self.routes:
            refused = self.skip(route)
            if refused is not None:
                last = refused
                continue
            attempt = _RouteTry(route, RetryTrace())
            try:
                payload = yield attempt
            except Exception as exc:
                job.attempts += attempt.trace.attempts
                if not self.fail_over(exc, job):
                    raise
                logger.info(
                    "endpoint %s gave up (%s); trying the next",
                    route.endpoint.name,
                    type(exc).__name__,
                )
                last = exc
                continue
            job.attempts += attempt.trace.attempts
            return self.answer(payload, route, job)
        raise _no_more_endpoints(last)

    def probe_flow(self, timeout_s: float) -> Generator[tuple[str, float], int, bool]:
        """One cheap GET per endpoint until one answers: yields (url, timeout_s), receives
        the status; True when one answered below 500 within `timeout_s` overall."""
        deadline = self.clock() + timeout_s
        for url in self.probe_urls():
            left = deadline - self.clock()
            if left <= 0:
                return False
            try:
                if (yield url, left) < 500:
                    return True
            except httpx.HTTPError:
                continue
        return False

    def probe_urls(self) -> list[str]:
        """Cheap GETs that show an endpoint is reachable: its keys, or its liveness."""
        return [_probe_url(r.endpoint) for r in self.routes]

    def check_body(self, body: bytearray, job: _Job, route: _Route) -> None:
        """Stop reading an answer that is too large or still arriving at the deadline."""
        if len(body) > MAX_RESPONSE_BYTES:
            raise TransportError(
                f"answer from {route.endpoint.name!r} is over {MAX_RESPONSE_BYTES} bytes; "
                "not reading further"
            )
        if job.deadline is not None and self.clock() > job.deadline:
            raise ReadTimeoutError(
                f"answer from {route.endpoint.name!r} was still arriving at the deadline"
            )

    @staticmethod
    def reply(response: httpx.Response, content: bytes) -> HttpReply:
        return HttpReply(
            status=response.status_code,
            headers={k.lower(): v for k, v in response.headers.items()},
            content=content,
        )


def _request_body(call: HttpCall, *, asynchronous: bool) -> tuple[dict[str, str], Any]:
    """Headers and content for httpx; the content runs ``call.while_waiting`` once sent.

    httpx writes a streamed body chunk by chunk and asks for the next chunk only after the
    last one is on the wire, so work done at that point overlaps the server's. The explicit
    Content-Length keeps the request unchunked.
    """
    if call.while_waiting is None or not call.content:
        return call.headers, call.content or None
    headers = {**call.headers, "content-length": str(len(call.content))}
    if asynchronous:
        return headers, _abody_then(call.content, call.while_waiting)
    return headers, _body_then(call.content, call.while_waiting)


def _body_then(content: bytes, work: Callable[[], None]) -> Iterator[bytes]:
    yield content
    _run_quietly(work)


async def _abody_then(content: bytes, work: Callable[[], None]) -> AsyncIterator[bytes]:
    yield content
    _run_quietly(work)


def _run_quietly(work: Callable[[], None]) -> None:
    # An optimisation for later requests must never fail the one already sent.
    try:
        work()
    except Exception:
        logger.debug("work while waiting for the answer failed", exc_info=True)


def _join(base: str, path: str) -> str:
    return base.rstrip("/") + path


def _probe_url(endpoint: CloudEndpoint) -> str:
    if endpoint.mode == "plain":
        return _join(endpoint.url, "/v2/health/live")
    # Through a relay only the relay is ever contacted (it answers a GET, if only 405).
    return endpoint.relay_url if endpoint.relay_url is not None else endpoint.keys_url


def _budget_for(option: BudgetOption) -> RetryBudget | None:
    if option is None or isinstance(option, RetryBudget):
        return option  # an instance is shared by every endpoint
    return option()  # a factory: one budget per endpoint


def _limits(max_connections: int) -> httpx.Limits:
    if max_connections < 1:
        raise ConfigurationError(f"max_connections must be >= 1, got {max_connections}")
    return httpx.Limits(
        max_connections=max_connections,
        max_keepalive_connections=max_connections,
        keepalive_expiry=30.0,
    )


def _no_more_endpoints(last: BaseException | None) -> BaseException:
    return last if last is not None else CloudError("no cloud endpoint could be tried")


class _CloudBase:
    """What `CloudClient` and `AsyncCloudClient` share besides the core's decisions."""

    _core: _ClientCore

    @property
    def endpoints(self) -> list[CloudEndpoint]:
        """The endpoints, in failover order."""
        return [r.endpoint for r in self._core.routes]

    def all_breakers_open(self) -> bool:
        """True when every endpoint's circuit breaker is open: no call would be attempted."""
        return self._core.all_breakers_open()

    def breaker_snapshots(self) -> list[BreakerSnapshot]:
        """Each endpoint's breaker state, for metrics and `hybridsdk doctor`."""
        return self._core.breaker_snapshots()

    def _keys_job(self, endpoint: CloudEndpoint | str | None) -> tuple[_Route, _Job, Flow]:
        route = self._core.keys_route(endpoint)
        assert route.keys is not None
        return route, _Job("", b"", "", None, self._core.clock()), route.keys.configs_flow()


class CloudClient(_CloudBase):
    """Send inferences to cloud endpoints over Oblivious HTTP (or plain OIP), blocking.

    Thread-safe; reuses connections. Close it (or use ``with``) when done.

    Args:
        endpoints: one endpoint, or several in failover order (primary first).
        retry: attempts and backoff per endpoint; `RetryPolicy()` by default.
        budget: a `RetryBudget` shared by all endpoints, a factory called once per
            endpoint (the default: `RetryBudget`), or None for no retry throttling.
        breaker: a `CircuitBreakerRegistry` (shared with other clients), a
            `BreakerConfig` for a registry of this client's own, or None for no breaker.
        transport: an httpx transport to use instead of the network (tests: MockTransport).
            OHTTP request bodies are single-pass streams: a transport that resends a
            request by itself gets TransportError (the client's own retries re-encrypt).
        clock: monotonic seconds for deadlines, backoff and breakers.
        sleep: blocking sleep between retries (inject a fake one in tests).
        wall_clock: epoch seconds for the Date header and Retry-After dates.
        rng: uniform [0, 1) draws for the backoff jitter.
        max_connections: connection pool size (kept alive and reused).
    """

    def __init__(
        self,
        endpoints: CloudEndpoint | Sequence[CloudEndpoint],
        *,
        retry: RetryPolicy | None = None,
        budget: BudgetOption = RetryBudget,
        breaker: BreakerOption = _DEFAULT_BREAKER,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        wall_clock: Callable[[], float] = time.time,
        rng: Callable[[], float] = random.random,
        max_connections: int = 10,
    ) -> None:
        self._core = _ClientCore(endpoints, retry, budget, breaker, clock, wall_clock, rng)
        self._sleep = sleep
        limits = _limits(max_connections)
        self._http = httpx.Client(
            transport=transport if transport is not None else deadline_transport(limits),
            limits=limits,
            follow_redirects=False,
        )

    def infer(
        self,
        model: str,
        inputs: Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        deadline_s: float | None = None,
    ) -> CloudAnswer:
        """Run `model` on `inputs` in the cloud.

        Args:
            model: the model name on the server.
            inputs: input name -> array.
            idempotency_key: makes retries safe (the gateway deduplicates on it);
                a fresh one is generated when None.
            deadline_s: seconds from now by which the answer must be back; None for none.

        Raises:
            CloudError: a subclass saying what failed (see hybridsdk._exceptions).
            DeadlineExceededError: no attempt could start before the deadline.
        """
        job = self._core.job(model, inputs, idempotency_key, deadline_s)
        return drive(self._core.failover(job), functools.partial(self._try_route, job))

    def _try_route(self, job: _Job, attempt: _RouteTry) -> InferPayload:
        options = self._core.retry_options(attempt.route, job, attempt.trace)
        loop = retrying(self._core.policy, sleep=self._sleep, **options)
        payload: InferPayload = loop(self._attempt, attempt.route, job)
        return payload

    def fetch_key_configs(self, endpoint: CloudEndpoint | str | None = None) -> list[KeyConfig]:
        """Fetch, pin-check and cache a gateway's OHTTP key configurations.

        Args:
            endpoint: the endpoint (or its name); the first OHTTP endpoint by default.
        """
        route, job, flow = self._keys_job(endpoint)
        result: list[KeyConfig] = self._drive(flow, route, job)
        return result

    def probe(self, timeout_s: float = 2.0) -> bool:
        """One cheap GET per endpoint until one answers; True when one did (status < 500).

        Args:
            timeout_s: the most the whole probe may take.
        """
        return drive(self._core.probe_flow(timeout_s), self._status)

    def _status(self, target: tuple[str, float]) -> int:
        return self._http.get(target[0], timeout=target[1]).status_code

    def _attempt(self, route: _Route, job: _Job) -> InferPayload:
        result: InferPayload = self._drive(self._core.flow(route, job), route, job)
        return result

    def _drive(self, flow: Flow, route: _Route, job: _Job) -> Any:
        return drive(flow, lambda call: self._send(call, route, job))

    def _send(self, call: HttpCall, route: _Route, job: _Job) -> HttpReply:
        headers, content = _request_body(call, asynchronous=False)
        request = self._http.build_request(
            call.method,
            call.url,
            headers=headers,
            content=content,
            timeout=self._core.timeout(route, job),
        )
        try:
            with deadline_scope(job.deadline, self._core.clock):
                response = self._http.send(request, stream=True)
            try:
                body = bytearray()
                # httpx's read timeout is per read: a body trickling in could outlive the
                # deadline, so the deadline is checked as each chunk arrives.
                with deadline_scope(job.deadline, self._core.clock):
                    for chunk in response.iter_bytes():
                        body += chunk
                        self._core.check_body(body, job, route)
            finally:
                response.close()
        except (httpx.HTTPError, httpx.StreamError) as exc:
            # StreamError: a custom transport sent the single-pass body a second time.
            raise _map_httpx_error(exc, call, route.endpoint) from exc
        logger.debug("%s %s -> HTTP %d", call.method, call.purpose, response.status_code)
        return self._core.reply(response, bytes(body))

    def close(self) -> None:
        """Close the pooled connections."""
        self._http.close()

    def __enter__(self) -> CloudClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncCloudClient(_CloudBase):
    """The asyncio twin of `CloudClient`: same arguments, same rules, awaitable calls.

    Args:
        endpoints: as for `CloudClient`; so are `retry`, `budget`, `breaker`, `clock`,
            `wall_clock`, `rng` and `max_connections`.
        transport: an httpx async transport to use instead of the network.
        sleep: async sleep between retries (asyncio.sleep by default).
    """

    def __init__(
        self,
        endpoints: CloudEndpoint | Sequence[CloudEndpoint],
        *,
        retry: RetryPolicy | None = None,
        budget: BudgetOption = RetryBudget,
        breaker: BreakerOption = _DEFAULT_BREAKER,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        wall_clock: Callable[[], float] = time.time,
        rng: Callable[[], float] = random.random,
        max_connections: int = 10,
    ) -> None:
        self._core = _ClientCore(endpoints, retry, budget, breaker, clock, wall_clock, rng)
        self._sleep = sleep
        self._http = httpx.AsyncClient(
            transport=transport, limits=_limits(max_connections), follow_redirects=False
        )

    async def infer(
        self,
        model: str,
        inputs: Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        deadline_s: float | None = None,
    ) -> CloudAnswer:
        """Run `model` on `inputs` in the cloud: the arguments, answer and errors of
        `CloudClient.infer`, awaited."""
        job = self._core.job(model, inputs, idempotency_key, deadline_s)
        return await adrive(self._core.failover(job), functools.partial(self._try_route, job))

    async def _try_route(self, job: _Job, attempt: _RouteTry) -> InferPayload:
        options = self._core.retry_options(attempt.route, job, attempt.trace)
        loop = async_retrying(self._core.policy, sleep=self._sleep, **options)
        payload: InferPayload = await loop(self._attempt, attempt.route, job)
        return payload

    async def fetch_key_configs(
        self, endpoint: CloudEndpoint | str | None = None
    ) -> list[KeyConfig]:
        """Fetch, pin-check and cache a gateway's OHTTP key configurations.

        Args:
            endpoint: the endpoint (or its name); the first OHTTP endpoint by default.
        """
        route, job, flow = self._keys_job(endpoint)
        result: list[KeyConfig] = await self._drive(flow, route, job)
        return result

    async def probe(self, timeout_s: float = 2.0) -> bool:
        """One cheap GET per endpoint until one answers; True when one did (status < 500).

        Args:
            timeout_s: the most the whole probe may take.
        """
        return await adrive(self._core.probe_flow(timeout_s), self._status)

    async def _status(self, target: tuple[str, float]) -> int:
        return (await self._http.get(target[0], timeout=target[1])).status_code

    async def _attempt(self, route: _Route, job: _Job) -> InferPayload:
        result: InferPayload = await self._drive(self._core.flow(route, job), route, job)
        return result

    async def _drive(self, flow: Flow, route: _Route, job: _Job) -> Any:
        return await adrive(flow, lambda call: self._send(call, route, job))

    async def _send(self, call: HttpCall, route: _Route, job: _Job) -> HttpReply:
        headers, content = _request_body(call, asynchronous=True)
        request = self._http.build_request(
            call.method,
            call.url,
            headers=headers,
            content=content,
            timeout=self._core.timeout(route, job),
        )
        left = remaining_s(job.deadline, self._core.clock())
        body = bytearray()
        try:
            with anyio.move_on_after(left if left is not None else math.inf) as scope:
                response = await self._http.send(request, stream=True)
                try:
                    async for chunk in response.aiter_bytes():
                        body += chunk
                        self._core.check_body(body, job, route)
                finally:
                    await response.aclose()
        except (httpx.HTTPError, httpx.StreamError) as exc:
            # StreamError: a custom transport sent the single-pass body a second time.
            raise _map_httpx_error(exc, call, route.endpoint) from exc
        if scope.cancelled_caught:
            raise ReadTimeoutError(
                f"no complete answer from {route.endpoint.name!r} before the deadline"
            )
        logger.debug("%s %s -> HTTP %d", call.method, call.purpose, response.status_code)
        return self._core.reply(response, bytes(body))

    async def aclose(self) -> None:
        """Close the pooled connections."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncCloudClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
