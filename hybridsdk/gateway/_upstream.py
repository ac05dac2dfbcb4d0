"""Forwarding Open Inference Protocol requests to another OIP server.

The gateway decrypts, checks replay and idempotency, then hands the plain request to
Triton, KServe, MLServer, OpenVINO Model Server or another gateway over one pooled
`httpx.AsyncClient`. Only the OIP routes are ever forwarded (the router matched them
before this runs), so the gateway is not an open proxy. Upstream errors come back as
problem+json: the upstream's 4xx keeps its status and message, a 5xx, a refused
connection or a timeout becomes 502 or 504.
"""

from __future__ import annotations

import json
import logging

import httpx

from hybridsdk.gateway._metrics import GatewayMetrics
from hybridsdk.gateway._problems import (
    MEDIA_TYPE_PROBLEM,
    PROBLEM_UPSTREAM,
    PROBLEM_UPSTREAM_TIMEOUT,
    InnerResponse,
    Problem,
    problem_body,
)

__all__ = ["Upstream"]

logger = logging.getLogger("hybridsdk.gateway")

# An answer beyond this is a fault or an attack, not an inference result.
MAX_UPSTREAM_BYTES = 64 * 1024 * 1024

# Hop-by-hop and framing headers are the transport's business, not the message's.
_PASS_RESPONSE_HEADERS = ("content-type", "retry-after")


def _upstream_message(body: bytes) -> str:
    try:
        obj = json.loads(body)
    except ValueError:
        return ""
    if isinstance(obj, dict):
        for key in ("error", "detail", "message"):
            if isinstance(obj.get(key), str):
                return str(obj[key])[:500]
    return ""


class Upstream:
    """A pooled connection to one OIP server.

    Args:
        base_url: e.g. ``http://triton:8000``.
        timeout_s: per-request timeout.
        metrics: where upstream failures are counted.
        transport: an httpx transport for tests; default a real connection pool.
    """

    def __init__(
        self,
        base_url: str,
        *,
        timeout_s: float,
        metrics: GatewayMetrics,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url
        self._metrics = metrics
        self._client = httpx.AsyncClient(
            base_url=base_url,
            timeout=httpx.Timeout(timeout_s),
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
            transport=transport,
            follow_redirects=False,
        )

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()

    async def forward(
        self, method: str, path: str, body: bytes, content_type: str | None
    ) -> InnerResponse:
        """Send one request upstream and return its answer.

        Args:
            method: GET or POST.
            path: the OIP path, already matched against the known routes.
            body: the request body.
            content_type: the request's content type, if any.

        Raises:
            Problem: 502 when the upstream is unreachable or failed, 504 on timeout.
        """
        headers = {"content-type": content_type} if content_type else {}
        request = self._client.build_request(method, path, content=body, headers=headers)
        try:
            answer = await self._client.send(request, stream=True)
            try:
                content = bytearray()
                async for chunk in answer.aiter_bytes():
                    content += chunk
                    if len(content) > MAX_UPSTREAM_BYTES:
                        raise Problem(
                            502,
                            PROBLEM_UPSTREAM,
                            f"the inference server's answer is over {MAX_UPSTREAM_BYTES} bytes",
                        )
            finally:
                await answer.aclose()
        except httpx.TimeoutException:
            self._metrics.inc("upstream_errors_total")
            raise Problem(
                504,
                PROBLEM_UPSTREAM_TIMEOUT,
                "the inference server behind this gateway did not answer in time; retry later",
            ) from None
        except httpx.HTTPError as exc:
            self._metrics.inc("upstream_errors_total")
            logger.warning("upstream %s failed: %s", self.base_url, type(exc).__name__)
            raise Problem(
                502,
                PROBLEM_UPSTREAM,
                "the inference server behind this gateway is unreachable; retry later",
            ) from None
        if answer.status_code < 400:
            kept = [
                (name, answer.headers[name])
                for name in _PASS_RESPONSE_HEADERS
                if name in answer.headers
            ]
            return InnerResponse(answer.status_code, kept, bytes(content))
        content_type = answer.headers.get("content-type", "")
        if answer.status_code < 500 and content_type.startswith(MEDIA_TYPE_PROBLEM):
            # Already a problem (e.g. another hybridsdk gateway): keep its type and detail.
            return InnerResponse(
                answer.status_code, [("content-type", MEDIA_TYPE_PROBLEM)], bytes(content)
            )
        message = _upstream_message(bytes(content))
        if answer.status_code >= 500:
            self._metrics.inc("upstream_errors_total")
            status = 502
            detail = f"the inference server behind this gateway failed ({answer.status_code})"
            if message:
                detail += f": {message}"
            ptype = PROBLEM_UPSTREAM
        else:
            status = answer.status_code
            detail = message or f"the inference server refused the request ({status})"
            ptype = f"urn:hybridsdk:problem:upstream-{status}"
        headers_out = [("content-type", MEDIA_TYPE_PROBLEM)]
        if "retry-after" in answer.headers:
            headers_out.append(("retry-after", answer.headers["retry-after"]))
        return InnerResponse(status, headers_out, problem_body(status, ptype, detail))
