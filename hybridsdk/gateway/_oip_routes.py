"""Open Inference Protocol (KServe V2) routes: one code path for plain and OHTTP requests.

Both the plain HTTP endpoints and the requests decrypted from ``message/ohttp-req`` become
an `InnerRequest` and go through `OipRouter.handle`, which matches the route, applies
idempotency, and answers from the local models or the upstream.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from hybridsdk._exceptions import (
    EncodingError,
    HybridSDKError,
    InputValidationError,
    ModelNotFoundError,
)
from hybridsdk._version import __version__
from hybridsdk.gateway._idempotency import parse_idempotency_key
from hybridsdk.gateway._limits import ModelLimits, check_declared_work, check_raw_strings
from hybridsdk.gateway._metrics import GatewayMetrics
from hybridsdk.gateway._models import VERSION, LocalModels
from hybridsdk.gateway._problems import (
    PROBLEM_BAD_REQUEST,
    PROBLEM_INFERENCE,
    PROBLEM_INTERNAL,
    PROBLEM_MEDIA_TYPE,
    PROBLEM_METHOD,
    PROBLEM_NOT_FOUND,
    PROBLEM_NOT_READY,
    InnerResponse,
    Problem,
)
from hybridsdk.gateway._run_slots import RunSlots
from hybridsdk.gateway._state import IdempotencyState, idempotency_scope
from hybridsdk.gateway._upstream import Upstream
from hybridsdk.wire._oip import decode_infer_request, encode_infer_response

__all__ = ["SERVER_NAME", "InnerRequest", "OipRouter", "match_route"]

logger = logging.getLogger("hybridsdk.gateway")

SERVER_NAME = "hybridsdk-gateway"
_JSON = "application/json"

# "." and ".." are no names: forwarded upstream they would walk to other paths.
_SEGMENT = r"(?!\.\.?(?:/|$))[^/]+"
_MODEL = re.compile(
    rf"^/v2/models/(?P<name>{_SEGMENT})(?:/versions/(?P<version>{_SEGMENT}))?"
    r"(?P<tail>/ready|/infer)?$"
)
_FIXED = {
    "/v2": "/v2",
    "/v2/health/live": "/v2/health/live",
    "/v2/health/ready": "/v2/health/ready",
}


@dataclass
class InnerRequest:
    """A transport-neutral HTTP request.

    Args:
        method: e.g. ``POST``.
        path: the decoded path, without the query.
        headers: lowercase name -> first value.
        body: the content.
        client_id: who sent it, once authorized (`ClientIdentity.client_id`, e.g.
            ``bearer:<id>`` or ``private-token``); None on an open gateway.
    """

    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    client_id: str | None = None


@dataclass(frozen=True)
class RouteMatch:
    """Which OIP route a path is.

    Args:
        template: e.g. ``/v2/models/{name}/infer`` (for metrics and logs).
        method: the one method the route takes.
        name: the model name, if the route has one.
        version: the model version, if given.
    """

    template: str
    method: str
    name: str | None = None
    version: str | None = None

    def upstream_path(self) -> str:
        """The path to send upstream, re-encoded from its parts."""
        if self.name is None:
            return self.template
        path = f"/v2/models/{quote(self.name, safe='')}"
        if self.version is not None:
            path += f"/versions/{quote(self.version, safe='')}"
        tail = self.template.rsplit("}", 1)[1]
        return path + tail


def match_route(path: str) -> RouteMatch | None:
    """The OIP route `path` names, or None.

    Args:
        path: a decoded path without query.
    """
    fixed = _FIXED.get(path.rstrip("/") if path != "/" else path)
    if fixed is not None:
        return RouteMatch(fixed, "GET")
    found = _MODEL.match(path)
    if found is None:
        return None
    tail = found["tail"] or ""
    version = found["version"]
    template = "/v2/models/{name}" + ("/versions/{version}" if version is not None else "") + tail
    return RouteMatch(template, "POST" if tail == "/infer" else "GET", found["name"], version)


def _json(status: int, obj: Any) -> InnerResponse:
    return InnerResponse(
        status, [("content-type", _JSON)], json.dumps(obj, separators=(",", ":")).encode()
    )


class OipRouter:
    """Answers OIP requests from local models or an upstream.

    Args:
        models: the local models (None when forwarding).
        upstream: the upstream OIP server (None when serving locally).
        idempotency: the Idempotency-Key state (in memory or shared by replicas).
        metrics: where idempotent hits are counted.
        limits: model name -> its work limits (default: `ModelLimits()` for all).
        run_slots: the bound on concurrent model runs (default: 4 running, 64 waiting).
    """

    def __init__(
        self,
        *,
        models: LocalModels | None,
        upstream: Upstream | None,
        idempotency: IdempotencyState,
        metrics: GatewayMetrics,
        limits: Callable[[str], ModelLimits] | None = None,
        run_slots: RunSlots | None = None,
    ) -> None:
        if (models is None) == (upstream is None):
            raise ValueError("exactly one of models and upstream is needed")
        self.models = models
        self.upstream = upstream
        self.idempotency = idempotency
        self.metrics = metrics
        self.limits = limits or (lambda _name: ModelLimits())
        self.run_slots = run_slots or RunSlots(max_running=4, max_waiting=64)

    async def handle(self, request: InnerRequest) -> tuple[str, InnerResponse]:
        """Answer one request; never raises.

        Args:
            request: the request, from plain HTTP or decrypted from OHTTP.

        Returns:
            (the route template or ``unmatched``, the response).
        """
        route = match_route(request.path)
        if route is None:
            return "unmatched", Problem(
                404,
                PROBLEM_NOT_FOUND,
                f"no Open Inference Protocol route {request.path!r}; see GET /v2",
            ).response()
        try:
            if request.method != route.method:
                raise Problem(
                    405,
                    PROBLEM_METHOD,
                    f"{route.template} takes {route.method}, not {request.method}",
                    headers=[("allow", route.method)],
                )
            return route.template, await self._dispatch(route, request)
        except Problem as problem:
            return route.template, problem.response()
        except ModelNotFoundError as exc:
            return route.template, Problem(404, PROBLEM_NOT_FOUND, str(exc)).response()
        except (EncodingError, InputValidationError) as exc:
            return route.template, Problem(400, PROBLEM_BAD_REQUEST, str(exc)).response()
        except Exception as exc:
            # The type only: the message could quote the payload.
            logger.error("internal error on %s: %s", route.template, type(exc).__name__)
            return route.template, Problem(
                500, PROBLEM_INTERNAL, "the gateway failed to handle this request"
            ).response()

    async def _dispatch(self, route: RouteMatch, request: InnerRequest) -> InnerResponse:
        if route.template == "/v2/health/live":
            return _json(200, {"live": True})
        if route.method == "POST":
            return await self._infer(route, request)
        if self.upstream is not None:
            return await self.upstream.forward("GET", route.upstream_path(), b"", None)
        assert self.models is not None
        if route.template == "/v2":
            return _json(200, {"name": SERVER_NAME, "version": __version__, "extensions": []})
        if route.template == "/v2/health/ready":
            if not self.models.ready:
                raise Problem(503, PROBLEM_NOT_READY, "models are still loading; retry shortly")
            return _json(200, {"ready": True})
        assert route.name is not None
        model = self.models.get(route.name, route.version)
        if route.template.endswith("/ready"):
            return _json(200, {"name": model.name, "ready": True})
        return _json(200, model.metadata())

    async def _infer(self, route: RouteMatch, request: InnerRequest) -> InnerResponse:
        content_type = request.headers.get("content-type")
        if content_type is not None and content_type.split(";")[0].strip().lower() != _JSON:
            raise Problem(
                415, PROBLEM_MEDIA_TYPE, f"inference requests must be {_JSON}, not {content_type}"
            )
        if "inference-header-content-length" in request.headers:
            raise Problem(
                400,
                PROBLEM_BAD_REQUEST,
                "the binary tensor extension is not supported; send JSON data "
                "(tritonclient: binary_data=False)",
            )
        if "content-encoding" in request.headers:
            raise Problem(415, PROBLEM_MEDIA_TYPE, "compressed request bodies are not supported")
        raw_key = request.headers.get("idempotency-key")
        if raw_key is None:
            return await self._run(route, request)
        key = parse_idempotency_key(raw_key)
        scope = idempotency_scope(request.client_id, route.upstream_path())
        claim = await self.idempotency.begin(scope, key, request.body)
        if isinstance(claim, InnerResponse):
            self.metrics.inc("idempotent_hits_total")
            return claim
        try:
            response = await self._run(route, request)
        except BaseException:
            await self.idempotency.abort(claim)
            raise
        await self.idempotency.finish(claim, response)
        return response

    async def _run(self, route: RouteMatch, request: InnerRequest) -> InnerResponse:
        if self.upstream is not None:
            return await self.upstream.forward("POST", route.upstream_path(), request.body, _JSON)
        from starlette.concurrency import run_in_threadpool

        assert self.models is not None and route.name is not None
        model = self.models.get(route.name, route.version)
        limits = self.limits(model.name)
        check_raw_strings(request.body, limits, model=model.name)
        payload = decode_infer_request(
            request.body, check=lambda obj: check_declared_work(obj, limits, model=model.name)
        )
        feeds, outputs = model.check(payload)
        try:
            async with self.run_slots.slot():
                results = await run_in_threadpool(model.run, feeds, outputs)
        except (HybridSDKError, Problem):
            raise
        except Exception as exc:
            logger.error("model %s failed: %s", model.name, type(exc).__name__)
            raise Problem(
                500, PROBLEM_INFERENCE, f"model {model.name!r} failed to run on these inputs"
            ) from None
        body = encode_infer_response(
            results, model_name=model.name, request_id=payload.id, model_version=VERSION
        )
        return InnerResponse(200, [("content-type", _JSON)], body)
