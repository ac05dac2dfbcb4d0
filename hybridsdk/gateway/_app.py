"""The reference gateway as a Starlette application.

Routes::

    GET  /.well-known/ohttp-gateway   application/ohttp-keys (RFC 9540)
    POST /.well-known/ohttp-gateway   message/ohttp-req -> message/ohttp-res (RFC 9458),
                                      message/ohttp-chunked-req -> -res (chunked OHTTP)
    POST /v1/chat/completions         OpenAI chat, forwarded to --llm-upstream (SSE stream)
    GET  /v2, /v2/health/live, /v2/health/ready, /v2/models/{name}[/versions/{v}][/ready]
    POST /v2/models/{name}[/versions/{v}]/infer
    GET  /metrics                     Prometheus text (open, behind its own token, or off)
    GET  /.well-known/private-token-issuer-directory   RFC 9578 issuer directory
    POST /token-request               Privacy Pass issuance (bearer clients only)

With `AuthConfig` bearer tokens or issuer keys, every route but the health checks, the
key configuration and the issuer directory needs a credential (see `_access`).

Every error is ``application/problem+json``. Access logs carry the method, route
template, status and latency: no paths with model names, no bodies, no keys, no client
addresses.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

import httpx

from hybridsdk._exceptions import MissingDependencyError
from hybridsdk.gateway._access import ISSUER_DIRECTORY_PATH, TOKEN_REQUEST_PATH, build_access
from hybridsdk.gateway._authz import Authorizer, AuthRequest
from hybridsdk.gateway._body_budget import BodyBudget
from hybridsdk.gateway._chat_routes import ChatRouter
from hybridsdk.gateway._chunked_endpoint import handle_chunked
from hybridsdk.gateway._config import GatewayConfig
from hybridsdk.gateway._keystore import KeyRing
from hybridsdk.gateway._metrics import CONTENT_TYPE_METRICS, GatewayMetrics
from hybridsdk.gateway._models import LocalModels
from hybridsdk.gateway._ohttp_endpoint import OhttpEndpoint
from hybridsdk.gateway._oip_routes import InnerRequest, OipRouter
from hybridsdk.gateway._problems import (
    MEDIA_TYPE_PROBLEM,
    PROBLEM_BAD_REQUEST,
    PROBLEM_BUSY,
    PROBLEM_INTERNAL,
    PROBLEM_METHOD,
    PROBLEM_NOT_FOUND,
    PROBLEM_TIMEOUT,
    PROBLEM_TOO_LARGE,
    InnerResponse,
    Problem,
    problem_body,
)
from hybridsdk.gateway._redis_spent_tokens import RedisSpentTokens
from hybridsdk.gateway._run_slots import RunSlots
from hybridsdk.gateway._spent_tokens import SpentTokenStore
from hybridsdk.gateway._state_factory import build_state
from hybridsdk.gateway._upstream import Upstream
from hybridsdk.wire._chunked_ohttp import MEDIA_TYPE_CHUNKED_REQUEST, MEDIA_TYPE_CHUNKED_RESPONSE
from hybridsdk.wire._openai_chat import CHAT_PATH

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

__all__ = ["GATEWAY_PATH", "create_app"]

logger = logging.getLogger("hybridsdk.gateway")

GATEWAY_PATH = "/.well-known/ohttp-gateway"
_ROUTE_KEY = "hybridsdk.route"


async def _read_body(
    request: Request, limit: int, timeout_s: float = 30.0, budget: BodyBudget | None = None
) -> bytes:
    from starlette.requests import ClientDisconnect

    try:
        return await asyncio.wait_for(_read_body_unbounded(request, limit, budget), timeout_s)
    except ClientDisconnect:
        # Gone mid-body (or closed by a shutdown): nobody reads this answer.
        raise Problem(400, PROBLEM_BAD_REQUEST, "the client closed the connection") from None
    except asyncio.TimeoutError:
        raise Problem(
            408,
            PROBLEM_TIMEOUT,
            f"the request body did not arrive within {timeout_s:g} s; send it faster",
            headers=[("connection", "close")],
        ) from None


async def _read_body_unbounded(request: Request, limit: int, budget: BodyBudget | None) -> bytes:
    too_large = Problem(
        413,
        PROBLEM_TOO_LARGE,
        f"request body is over this gateway's limit of {limit} bytes; send a smaller batch",
    )
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    taken = 0  # what this body holds of the budget: exactly what is given back
    try:
        async for chunk in request.stream():
            if budget is not None:
                if not budget.take(len(chunk)):
                    raise Problem(
                        503,
                        PROBLEM_BUSY,
                        "the gateway is receiving too many request bodies at once; retry later",
                        headers=[("retry-after", "1"), ("connection", "close")],
                    )
                taken += len(chunk)
            size += len(chunk)
            if size > limit:  # a chunked body, or one that lied about its length
                raise too_large
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        if budget is not None:
            budget.give(taken)


def _to_starlette(response: InnerResponse) -> Response:
    from starlette.responses import Response

    out = Response(response.body, status_code=response.status)
    for name, value in response.headers:
        out.headers.append(name, value)
    return out


class _Observe:
    """ASGI middleware: metrics and the access log for every outer request."""

    def __init__(
        self,
        app: Any,
        *,
        metrics: GatewayMetrics,
        access_log: bool,
        monotonic: Callable[[], float],
    ) -> None:
        self.app = app
        self.metrics = metrics
        self.access_log = access_log
        self.monotonic = monotonic

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = self.monotonic()
        scope[_ROUTE_KEY] = "unmatched"
        status = 500

        async def send_wrapper(message: Any) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            elapsed = self.monotonic() - start
            route = scope[_ROUTE_KEY]
            transport = "ohttp" if route == GATEWAY_PATH else "plain"
            self.metrics.observe(
                route=route,
                method=scope["method"],
                status=status,
                transport=transport,
                duration_s=elapsed,
            )
            if self.access_log:
                logger.info(
                    "%s %s %s %d %.1fms", transport, scope["method"], route, status, elapsed * 1000
                )


def create_app(
    config: GatewayConfig | None = None,
    *,
    clock: Callable[[], float] = time.time,
    monotonic: Callable[[], float] = time.perf_counter,
    upstream_transport: httpx.AsyncBaseTransport | None = None,
    authorizer: Authorizer | None = None,
    spent_tokens: SpentTokenStore | None = None,
) -> Starlette:
    """Build the gateway application.

    Args:
        config: the settings; default `GatewayConfig()` (built-in zoo, ephemeral key).
        clock: Unix seconds now, for Date checks and key retirement; injectable for tests.
        monotonic: a monotonic clock for latency and idempotency expiry.
        upstream_transport: an httpx transport to reach the upstream (tests).
        authorizer: a custom authorization hook replacing the built-in schemes.
        spent_tokens: a double-spend store shared by replicas (default: in memory).

    Raises:
        MissingDependencyError: starlette is not installed.
        ConfigurationError: the key directory is missing, loose or invalid.
    """
    try:
        from starlette.applications import Starlette
        from starlette.exceptions import HTTPException
        from starlette.responses import Response
        from starlette.routing import Route
    except ImportError:
        raise MissingDependencyError("the reference gateway", "gateway") from None

    cfg = config or GatewayConfig()
    metrics = GatewayMetrics()
    keyring = KeyRing(cfg.keys_path, clock=clock)
    models: LocalModels | None = None
    upstream: Upstream | None = None
    if cfg.upstream_url is not None:
        upstream = Upstream(
            cfg.upstream_url,
            timeout_s=cfg.upstream_timeout_s,
            metrics=metrics,
            transport=upstream_transport,
        )
    else:
        models = LocalModels(
            cfg.models_dir,
            intra_op_threads=cfg.intra_op_threads,
            public_key=cfg.models_public_key,
            allow_unsigned=cfg.allow_unsigned_models,
        )
    state = build_state(cfg, clock=clock, monotonic=monotonic)
    if spent_tokens is None and state.shared is not None:
        spent_tokens = RedisSpentTokens(state.shared)  # one redemption across all replicas
    access = build_access(cfg.auth, authorizer=authorizer, spent_tokens=spent_tokens, clock=clock)
    router = OipRouter(
        models=models,
        upstream=upstream,
        idempotency=state.idempotency,
        metrics=metrics,
        limits=cfg.limits_for,
        run_slots=RunSlots(max_running=cfg.max_concurrent_runs, max_waiting=cfg.max_waiting_runs),
    )
    body_budget = BodyBudget(cfg.max_pending_body_bytes)
    endpoint = OhttpEndpoint(
        keyring=keyring,
        replay=state.replay,
        router=router,
        metrics=metrics,
        access_log=cfg.access_log,
        monotonic=monotonic,
        access=access,
    )

    from hybridsdk.gateway._send_timeout import SendTimeoutStreamingResponse

    def stalled() -> None:
        metrics.inc("stalled_clients_total")

    chat: ChatRouter | None = None
    if cfg.llm_upstream_url is not None:
        chat = ChatRouter(
            cfg.llm_upstream_url,
            max_tokens_cap=cfg.llm_max_tokens,
            max_concurrent=cfg.llm_max_concurrent,
            max_waiting=cfg.llm_max_waiting,
            timeout_s=cfg.upstream_timeout_s,
            metrics=metrics,
            transport=upstream_transport,
            idempotency=state.idempotency,
        )
        endpoint.chat = chat

    async def gateway(request: Request) -> Response:
        request.scope[_ROUTE_KEY] = GATEWAY_PATH
        if request.method == "GET":
            return _to_starlette(endpoint.key_configs())
        try:
            body = await _read_body(request, cfg.max_body_bytes, cfg.body_timeout_s, body_budget)
        except Problem as problem:
            return _to_starlette(problem.response())
        content_type = request.headers.get("content-type")
        if (content_type or "").split(";")[0].strip().lower() == MEDIA_TYPE_CHUNKED_REQUEST:
            incremental = request.headers.get("incremental", "").strip() == "?1"
            answer = await handle_chunked(
                endpoint,
                body,
                incremental=incremental,
                max_chunks=max(16, cfg.max_body_bytes // 1024),
            )
            if isinstance(answer, InnerResponse):
                return _to_starlette(answer)
            return SendTimeoutStreamingResponse(
                answer,
                media_type=MEDIA_TYPE_CHUNKED_RESPONSE,
                headers={"cache-control": "no-store", "incremental": "?1"},
                send_timeout_s=cfg.upstream_timeout_s,
                on_stall=stalled,
            )
        return _to_starlette(await endpoint.handle(body, content_type))

    async def chat_completions(request: Request) -> Response:
        request.scope[_ROUTE_KEY] = CHAT_PATH
        if chat is None:
            return _to_starlette(
                Problem(
                    404,
                    PROBLEM_NOT_FOUND,
                    "this gateway has no chat route (start it with --llm-upstream URL)",
                ).response()
            )
        try:
            body = await _read_body(request, cfg.max_body_bytes, cfg.body_timeout_s, body_budget)
        except Problem as problem:
            return _to_starlette(problem.response())
        headers = {name: value for name, value in reversed(request.headers.items())}
        try:
            identity = await access.admit(AuthRequest("plain", "POST", CHAT_PATH, headers))
        except Problem as problem:
            access.count(problem, metrics)
            return _to_starlette(problem.response())
        answer = await chat.handle(
            InnerRequest("POST", CHAT_PATH, headers, body, identity.client_id if identity else None)
        )
        if isinstance(answer, InnerResponse):
            return _to_starlette(answer)
        assert answer.events is not None
        return SendTimeoutStreamingResponse(
            answer.events,
            status_code=answer.status,
            headers=dict(answer.headers),
            send_timeout_s=cfg.upstream_timeout_s,
            on_stall=stalled,
        )

    async def oip(request: Request) -> Response:
        try:
            body = await _read_body(request, cfg.max_body_bytes, cfg.body_timeout_s, body_budget)
        except Problem as problem:
            request.scope[_ROUTE_KEY] = {413: "too-large", 408: "timeout"}.get(
                problem.status, "refused"
            )
            return _to_starlette(problem.response())
        headers: dict[str, str] = {}
        for name, value in request.headers.items():
            headers.setdefault(name, value)
        try:
            identity = await access.admit(
                AuthRequest("plain", request.method, request.url.path, headers)
            )
        except Problem as problem:
            access.count(problem, metrics)
            request.scope[_ROUTE_KEY] = "rejected"
            return _to_starlette(problem.response())
        route, response = await router.handle(
            InnerRequest(
                request.method,
                request.url.path,
                headers,
                body,
                identity.client_id if identity is not None else None,
            )
        )
        request.scope[_ROUTE_KEY] = route
        return _to_starlette(response)

    async def metrics_endpoint(request: Request) -> Response:
        request.scope[_ROUTE_KEY] = "/metrics"
        refused = access.metrics_allowed(request.headers.get("authorization"))
        if refused is not None:
            return _to_starlette(refused)
        return Response(metrics.render(), media_type=CONTENT_TYPE_METRICS)

    async def issuer_directory(request: Request) -> Response:
        request.scope[_ROUTE_KEY] = ISSUER_DIRECTORY_PATH
        return _to_starlette(access.issuer_directory())

    async def token_request(request: Request) -> Response:
        request.scope[_ROUTE_KEY] = TOKEN_REQUEST_PATH
        try:
            body = await _read_body(request, cfg.max_body_bytes, cfg.body_timeout_s, body_budget)
        except Problem as problem:
            return _to_starlette(problem.response())
        headers = {name: value for name, value in reversed(request.headers.items())}
        return _to_starlette(await access.issue(headers, body))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 405:
            ptype, detail = PROBLEM_METHOD, f"{request.method} is not allowed here"
        elif exc.status_code == 404:
            ptype, detail = PROBLEM_NOT_FOUND, "no such resource; see GET /v2"
        else:
            ptype, detail = PROBLEM_INTERNAL, str(exc.detail)
        return Response(
            problem_body(exc.status_code, ptype, detail),
            status_code=exc.status_code,
            media_type=MEDIA_TYPE_PROBLEM,
            headers=dict(exc.headers or {}),
        )

    async def server_error(request: Request, exc: Exception) -> Response:
        logger.error("unhandled error: %s", type(exc).__name__)
        return Response(
            problem_body(500, PROBLEM_INTERNAL, "the gateway failed to handle this request"),
            status_code=500,
            media_type=MEDIA_TYPE_PROBLEM,
        )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        from starlette.concurrency import run_in_threadpool

        if models is not None:
            await run_in_threadpool(models.load)
        if state.shared is not None and not await state.shared.ping():
            logger.warning("the shared state store does not answer; requests get 503 until it does")
        try:
            yield
        finally:
            if upstream is not None:
                await upstream.aclose()
            if chat is not None:
                await chat.aclose()
            if state.shared is not None:
                await state.shared.aclose()

    app = Starlette(
        routes=[
            Route(GATEWAY_PATH, gateway, methods=["GET", "POST"]),
            Route("/metrics", metrics_endpoint, methods=["GET"]),
            Route(ISSUER_DIRECTORY_PATH, issuer_directory, methods=["GET"]),
            Route(TOKEN_REQUEST_PATH, token_request, methods=["POST"]),
            Route(CHAT_PATH, chat_completions, methods=["POST"]),
            Route("/v2", oip, methods=["GET", "POST"]),
            Route("/v2/{rest:path}", oip, methods=["GET", "POST"]),
        ],
        exception_handlers={HTTPException: http_error, Exception: server_error},
        lifespan=lifespan,
    )
    app.state.metrics = metrics
    app.state.keyring = keyring
    app.state.config = cfg
    app.state.access = access
    app.add_middleware(
        _Observe,
        metrics=metrics,
        access_log=cfg.access_log,
        monotonic=monotonic,
    )
    return app
