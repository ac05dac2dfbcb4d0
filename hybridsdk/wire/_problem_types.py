"""Problem types (RFC 9457) the gateway answers with and the client acts on.

One vocabulary for both sides: the client decides whether to retry, refetch keys or
give up by these URIs, so they live where both import them.
"""

from __future__ import annotations

__all__ = [
    "ENVIRONMENT_400",
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
    "PROBLEM_RATE_LIMITED",
    "PROBLEM_REPLAY",
    "PROBLEM_REPLAY_WINDOW_NARROWED",
    "PROBLEM_STATE_UNAVAILABLE",
    "PROBLEM_TIMEOUT",
    "PROBLEM_TOO_LARGE",
    "PROBLEM_UNAUTHORIZED",
    "PROBLEM_UPSTREAM",
    "PROBLEM_UPSTREAM_TIMEOUT",
]

#: RFC 9458 section 5.3 / RFC 9540: the client should refetch the key configuration.
PROBLEM_OHTTP_KEY = "https://iana.org/assignments/http-problem-types#ohttp-key"
#: RFC 9458 section 6.5: the request's Date is outside the gateway's window.
PROBLEM_DATE = "https://iana.org/assignments/http-problem-types#date"

# Our own types: URNs, since they name a condition rather than a page to read.
PROBLEM_BAD_REQUEST = "urn:hybridsdk:problem:bad-request"
PROBLEM_NOT_FOUND = "urn:hybridsdk:problem:not-found"
PROBLEM_METHOD = "urn:hybridsdk:problem:method-not-allowed"
PROBLEM_MEDIA_TYPE = "urn:hybridsdk:problem:unsupported-media-type"
PROBLEM_TOO_LARGE = "urn:hybridsdk:problem:payload-too-large"
PROBLEM_DECRYPT = "urn:hybridsdk:problem:decrypt-failed"
PROBLEM_REPLAY = "urn:hybridsdk:problem:replayed-request"
#: A flood filled the replay table: re-encapsulate with the current Date (503, Retry-After).
PROBLEM_REPLAY_WINDOW_NARROWED = "urn:hybridsdk:problem:replay-window-narrowed"
#: The shared replay/idempotency store did not answer: nothing ran (503, Retry-After).
PROBLEM_STATE_UNAVAILABLE = "urn:hybridsdk:problem:state-store-unavailable"
PROBLEM_IDEMPOTENCY_CONFLICT = "urn:hybridsdk:problem:idempotency-key-reused"
PROBLEM_IDEMPOTENCY_IN_FLIGHT = "urn:hybridsdk:problem:idempotency-key-in-flight"
PROBLEM_UPSTREAM = "urn:hybridsdk:problem:upstream-failed"
PROBLEM_UPSTREAM_TIMEOUT = "urn:hybridsdk:problem:upstream-timeout"
PROBLEM_NOT_READY = "urn:hybridsdk:problem:not-ready"
PROBLEM_INTERNAL = "urn:hybridsdk:problem:internal-error"
PROBLEM_INFERENCE = "urn:hybridsdk:problem:inference-failed"
#: No, a bad, an expired or a spent credential: 401 (403 when valid but not allowed).
PROBLEM_UNAUTHORIZED = "urn:hybridsdk:problem:unauthorized"
#: A per-client or global rate limit: 429 with Retry-After.
PROBLEM_RATE_LIMITED = "urn:hybridsdk:problem:rate-limited"
PROBLEM_BUSY = "urn:hybridsdk:problem:busy"
PROBLEM_TIMEOUT = "urn:hybridsdk:problem:request-timeout"

#: 400 problems about this device's clock, the key or the path, not the request itself:
#: a later try (or another endpoint) can succeed.
ENVIRONMENT_400 = frozenset({PROBLEM_DATE, PROBLEM_OHTTP_KEY, PROBLEM_DECRYPT, PROBLEM_REPLAY})
