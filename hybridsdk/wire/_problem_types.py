"""Problem types (RFC 9457) the gateway answers with and the client acts on.

One vocabulary for both sides: the client decides whether to retry, refetch keys or
give up by these URIs, so they live where both import them.
"""

from __future__ import annotations

__all__ = [
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
    "PROBLEM_TIMEOUT",
    "PROBLEM_TOO_LARGE",
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
PROBLEM_IDEMPOTENCY_CONFLICT = "urn:hybridsdk:problem:idempotency-key-reused"
PROBLEM_IDEMPOTENCY_IN_FLIGHT = "urn:hybridsdk:problem:idempotency-key-in-flight"
PROBLEM_UPSTREAM = "urn:hybridsdk:problem:upstream-failed"
PROBLEM_UPSTREAM_TIMEOUT = "urn:hybridsdk:problem:upstream-timeout"
PROBLEM_NOT_READY = "urn:hybridsdk:problem:not-ready"
PROBLEM_INTERNAL = "urn:hybridsdk:problem:internal-error"
PROBLEM_INFERENCE = "urn:hybridsdk:problem:inference-failed"
PROBLEM_BUSY = "urn:hybridsdk:problem:busy"
PROBLEM_TIMEOUT = "urn:hybridsdk:problem:request-timeout"
