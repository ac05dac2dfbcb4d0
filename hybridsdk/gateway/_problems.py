"""Problem details (RFC 9457) for every error the gateway answers.

Bodies are ``application/problem+json`` with `type`, `title`, `status` and `detail`, plus an
`error` member holding the detail: Open Inference Protocol clients (tritonclient, KServe
SDKs) read errors from `{"error": "..."}`, and RFC 9457 allows extension members.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from hybridsdk.wire._problem_types import (
    PROBLEM_BAD_REQUEST,
    PROBLEM_BUSY,
    PROBLEM_DATE,
    PROBLEM_DECRYPT,
    PROBLEM_IDEMPOTENCY_CONFLICT,
    PROBLEM_IDEMPOTENCY_IN_FLIGHT,
    PROBLEM_INFERENCE,
    PROBLEM_INTERNAL,
    PROBLEM_MEDIA_TYPE,
    PROBLEM_METHOD,
    PROBLEM_NOT_FOUND,
    PROBLEM_NOT_READY,
    PROBLEM_OHTTP_KEY,
    PROBLEM_REPLAY,
    PROBLEM_REPLAY_WINDOW_NARROWED,
    PROBLEM_STATE_UNAVAILABLE,
    PROBLEM_TIMEOUT,
    PROBLEM_TOO_LARGE,
    PROBLEM_UPSTREAM,
    PROBLEM_UPSTREAM_TIMEOUT,
)

__all__ = [
    "MEDIA_TYPE_PROBLEM",
    "PROBLEM_BAD_REQUEST",
    "PROBLEM_BUSY",
    "PROBLEM_DATE",
    "PROBLEM_DECRYPT",
    "PROBLEM_IDEMPOTENCY_CONFLICT",
    "PROBLEM_IDEMPOTENCY_IN_FLIGHT",
    "PROBLEM_INFERENCE",
    "PROBLEM_INTERNAL",
    "PROBLEM_MEDIA_TYPE",
    "PROBLEM_METHOD",
    "PROBLEM_NOT_FOUND",
    "PROBLEM_NOT_READY",
    "PROBLEM_OHTTP_KEY",
    "PROBLEM_REPLAY",
    "PROBLEM_REPLAY_WINDOW_NARROWED",
    "PROBLEM_STATE_UNAVAILABLE",
    "PROBLEM_TIMEOUT",
    "PROBLEM_TOO_LARGE",
    "PROBLEM_UPSTREAM",
    "PROBLEM_UPSTREAM_TIMEOUT",
    "InnerResponse",
    "Problem",
    "problem_body",
]

MEDIA_TYPE_PROBLEM = "application/problem+json"

_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    409: "Conflict",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Content",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


@dataclass
class InnerResponse:
    """A transport-neutral HTTP response: what a handler returns, plain or inside OHTTP.

    Args:
        status: the HTTP status.
        headers: (name, value) pairs, names lowercase.
        body: the content.
    """

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        """The first value of header `name` (lowercase), or None."""
        for key, value in self.headers:
            if key == name:
                return value
        return None


def problem_body(status: int, type_: str, detail: str, **extra: Any) -> bytes:
    """Encode a problem+json body.

    Args:
        status: the HTTP status it goes with.
        type_: the problem type URI.
        detail: what happened and what to do, for a human.
        extra: extension members.
    """
    body: dict[str, Any] = {
        "type": type_,
        "title": _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "error": detail,
    }
    body.update(extra)
    return json.dumps(body, separators=(",", ":")).encode()


class Problem(Exception):
    """Raised inside handlers to answer with a problem+json response.

    Args:
        status: the HTTP status.
        type_: the problem type URI.
        detail: what happened and what to do.
        headers: extra response headers (e.g. Date, Retry-After).
    """

    def __init__(
        self,
        status: int,
        type_: str,
        detail: str,
        *,
        headers: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.type = type_
        self.detail = detail
        self.headers = headers or []

    def response(self) -> InnerResponse:
        """This problem as a response."""
        return InnerResponse(
            self.status,
            [("content-type", MEDIA_TYPE_PROBLEM), *self.headers],
            problem_body(self.status, self.type, self.detail),
        )
