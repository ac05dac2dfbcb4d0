"""A Python backend for mobile clients on hybridsdk: Starlette + `AsyncClient`.

- `POST /v1/intent` `{"text": ..., "privacy": "public|internal|confidential|restricted"}`:
  the intent of a user's message; each request carries its own privacy label (the body's
  `privacy`, or the `X-Privacy-Label` header), and detected personal data can only raise it.
- `POST /v1/digits` `{"pixels": [[64 values 0..16], ...]}`: a digits classifier.
- `GET /healthz`: connectivity, security events, outbox; `GET /metrics`: Prometheus text.

Model runs happen off the event loop (AsyncClient runs them in worker threads). On
SIGTERM uvicorn stops accepting, finishes the requests in flight, then the lifespan closes
the client (the outbox drainer stops, the outbox is closed), so nothing is lost.

Run: python examples/mobile_backend/app.py [--cloud URL] [--outbox PATH] [--port 8080]
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import numpy as np
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

import hybridsdk

logger = logging.getLogger("mobile_backend")
LABELS = ("public", "internal", "confidential", "restricted")
# Latency buckets (seconds) of the request histogram.
BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class Metrics:
    """Counters and a latency histogram in the Prometheus text format (no dependency)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: Counter[tuple[str, str]] = Counter()  # (endpoint, route)
        self.errors: Counter[tuple[str, str]] = Counter()  # (endpoint, error type)
        self.buckets: Counter[float] = Counter()
        self.latency_sum = 0.0
        self.latency_count = 0

    def observe(self, endpoint: str, route: str, seconds: float) -> None:
        with self._lock:
            self.requests[(endpoint, route)] += 1
            self.latency_sum += seconds
            self.latency_count += 1
            for bound in BUCKETS:
                if seconds <= bound:
                    self.buckets[bound] += 1

    def error(self, endpoint: str, kind: str) -> None:
        with self._lock:
            self.errors[(endpoint, kind)] += 1

    def render(self, health: dict[str, Any]) -> str:
        with self._lock:
            lines = [
                "# HELP backend_requests_total Answered requests by endpoint and route.",
                "# TYPE backend_requests_total counter",
                *(
                    f'backend_requests_total{{endpoint="{e}",route="{r}"}} {n}'
                    for (e, r), n in sorted(self.requests.items())
                ),
                "# HELP backend_errors_total Refused or failed requests by error type.",
                "# TYPE backend_errors_total counter",
                *(
                    f'backend_errors_total{{endpoint="{e}",error="{k}"}} {n}'
                    for (e, k), n in sorted(self.errors.items())
                ),
                "# HELP backend_request_seconds Time to answer a request.",
                "# TYPE backend_request_seconds histogram",
                *(f'backend_request_seconds_bucket{{le="{b}"}} {self.buckets[b]}' for b in BUCKETS),
                f'backend_request_seconds_bucket{{le="+Inf"}} {self.latency_count}',
                f"backend_request_seconds_sum {self.latency_sum:.6f}",
                f"backend_request_seconds_count {self.latency_count}",
            ]
        online = 1 if health["connectivity"]["online"] else 0
        lines += [
            "# HELP backend_cloud_online Whether the gateway is reachable (1) or not (0).",
            "# TYPE backend_cloud_online gauge",
            f"backend_cloud_online {online}",
            "# HELP backend_security_ok No security event seen (1), or one was (0).",
            "# TYPE backend_security_ok gauge",
            f"backend_security_ok {1 if health['security']['ok'] else 0}",
        ]
        if health["outbox"] is not None:
            lines += ["# TYPE backend_outbox_records gauge"] + [
                f'backend_outbox_records{{state="{s}"}} {n}'
                for s, n in sorted(health["outbox"]["counts"].items())
            ]
        return "\n".join(lines) + "\n"


def create_app(
    *, cloud: str | None = None, key_pin: str | None = None, outbox: str | None = None
) -> Starlette:
    """The backend; the AsyncClient lives from start-up to shutdown."""
    metrics = Metrics()
    holder: dict[str, hybridsdk.AsyncClient] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        endpoint = (
            hybridsdk.CloudEndpoint(url=cloud, key_pin_sha256=key_pin or ()) if cloud else None
        )
        async with hybridsdk.AsyncClient(cloud=endpoint, outbox=outbox) as client:
            holder["client"] = client
            logger.warning("backend ready (cloud: %s)", cloud or "none")
            yield
            logger.warning("shutting down: requests finished, closing the client")
        logger.warning("shutdown complete")

    async def answer(request: Request, endpoint: str, fields: dict[str, Any]) -> Response:
        started = time.perf_counter()
        client = holder["client"]
        try:
            result = await client.infer(**fields)
        except hybridsdk.InputValidationError as exc:
            metrics.error(endpoint, "invalid_input")
            return JSONResponse({"error": str(exc)}, status_code=422)
        except hybridsdk.PrivacyViolationError as exc:
            metrics.error(endpoint, "privacy")
            return JSONResponse({"error": str(exc)}, status_code=403)
        except hybridsdk.HybridSDKError as exc:
            metrics.error(endpoint, type(exc).__name__)
            return JSONResponse({"error": "no path could answer; retry later"}, status_code=503)
        metrics.observe(endpoint, result.route.value, time.perf_counter() - started)
        body: dict[str, Any] = {
            "route": result.route.value,
            "confidence": result.confidence,
            "reasons": [r.code for r in result.reasons],
        }
        if endpoint == "intent" and result.label is not None:
            labels = client.registry().entry("intent-linear-fp32").labels
            body["intent"] = labels[result.label]
        elif result.outputs:
            body["digits"] = result.outputs["probabilities"].argmax(axis=1).tolist()
        return JSONResponse(body)

    async def intent(request: Request) -> Response:
        data = await request.json()
        label = data.get("privacy") or request.headers.get("x-privacy-label", "internal")
        if not isinstance(data.get("text"), str):
            metrics.error("intent", "invalid_input")
            return JSONResponse({"error": 'send {"text": "..."}'}, status_code=422)
        fields = {"text": data["text"], "task": "intent", "privacy": label, "deadline_ms": 2000}
        return await answer(request, "intent", fields)

    async def digits(request: Request) -> Response:
        data = await request.json()
        try:
            pixels = np.asarray(data["pixels"], dtype=np.float32)
        except (KeyError, TypeError, ValueError):
            metrics.error("digits", "invalid_input")
            return JSONResponse({"error": 'send {"pixels": [[64 numbers], ...]}'}, 422)
        fields = {"inputs": {"pixels": pixels}, "task": "digits", "deadline_ms": 2000}
        return await answer(request, "digits", fields)

    async def healthz(request: Request) -> Response:
        health = holder["client"].health()
        return JSONResponse(
            {
                "online": health["connectivity"]["online"],
                "security": health["security"],
                "outbox": health["outbox"],
            }
        )

    async def prometheus(request: Request) -> Response:
        return PlainTextResponse(
            metrics.render(holder["client"].health()),
            media_type="text/plain; version=0.0.4",
        )

    return Starlette(
        routes=[
            Route("/v1/intent", intent, methods=["POST"]),
            Route("/v1/digits", digits, methods=["POST"]),
            Route("/healthz", healthz),
            Route("/metrics", prometheus),
        ],
        lifespan=lifespan,
    )


def main(argv: list[str] | None = None) -> int:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cloud", help="gateway URL (default: answer on this server only)")
    parser.add_argument("--key-pin", help="the gateway key's SHA-256 fingerprint to pin")
    parser.add_argument("--outbox", help="outbox file for deferrable requests")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind")
    parser.add_argument("--port", type=int, default=8080, help="port to bind")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = create_app(cloud=args.cloud, key_pin=args.key_pin, outbox=args.outbox)
    # SIGTERM/SIGINT: stop accepting, wait up to 10 s for requests in flight, run the
    # lifespan's shutdown (which closes the client and its outbox).
    uvicorn.run(
        app, host=args.host, port=args.port, timeout_graceful_shutdown=10, log_level="warning"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
