"""Access control in front of the routes: authorization, rate limits, /metrics guard,
and Privacy Pass issuance. Built once from `AuthConfig` by `build_access`.
"""

from __future__ import annotations

import hmac
import inspect
import json
import logging
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hybridsdk._exceptions import ConfigurationError, CryptoError, EncodingError
from hybridsdk.gateway._auth_config import BEARER_TOKENS_ENV, METRICS_TOKEN_ENV, AuthConfig
from hybridsdk.gateway._authz import (
    Authorizer,
    Authorizers,
    AuthRequest,
    BearerTokens,
    ClientIdentity,
    PrivateTokenVerifier,
    Unauthorized,
)
from hybridsdk.gateway._issuer_keys import IssuerKeyRing
from hybridsdk.gateway._metrics import GatewayMetrics
from hybridsdk.gateway._problems import InnerResponse, Problem
from hybridsdk.gateway._rate_limit import RateLimiter
from hybridsdk.gateway._spent_tokens import (
    InMemorySpentTokens,
    SpentTokenStore,
    SpentTokenStoreFull,
)
from hybridsdk.wire._blind_rsa import blind_sign
from hybridsdk.wire._private_token import (
    MEDIA_TYPE_TOKEN_REQUEST,
    MEDIA_TYPE_TOKEN_RESPONSE,
    TOKEN_TYPE_BLIND_RSA,
    TokenRequest,
    b64url,
)
from hybridsdk.wire._problem_types import (
    PROBLEM_BAD_REQUEST,
    PROBLEM_MEDIA_TYPE,
    PROBLEM_NOT_FOUND,
    PROBLEM_RATE_LIMITED,
    PROBLEM_UNAUTHORIZED,
)

__all__ = [
    "ISSUER_DIRECTORY_PATH",
    "TOKEN_REQUEST_PATH",
    "AccessControl",
    "build_access",
]

logger = logging.getLogger("hybridsdk.gateway")

#: RFC 9578 section 4.
ISSUER_DIRECTORY_PATH = "/.well-known/private-token-issuer-directory"
TOKEN_REQUEST_PATH = "/token-request"
#: Probes from load balancers carry no credential and learn nothing.
_OPEN_PATHS = frozenset({"/v2/health/live", "/v2/health/ready"})


def _retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))


@dataclass
class AccessControl:
    """Everything `create_app` needs to guard its routes.

    Args:
        authorizer: the hook, or None for an open gateway.
        limiter: the request rate limits.
        bearer: the bearer tokens (issuance needs them), if configured.
        tokens: the Privacy Pass verifier, if issuer keys are configured.
        issuance_limiter: tokens per bearer client.
        metrics: ``open``, ``token`` or ``off``.
        metrics_token: the /metrics token (``token`` mode).
    """

    authorizer: Authorizer | None
    limiter: RateLimiter
    bearer: BearerTokens | None = None
    tokens: PrivateTokenVerifier | None = None
    issuance_limiter: RateLimiter | None = None
    metrics: str = "open"
    metrics_token: str | None = None

    async def admit(self, request: AuthRequest) -> ClientIdentity | None:
        """Authorize and rate-limit one request.

        Returns:
            the caller's identity (None on an open gateway or an open path).

        Raises:
            Problem: 401/403 (with WWW-Authenticate), 429 (with Retry-After), 503.
        """
        identity: ClientIdentity | None = None
        if self.authorizer is not None and request.path not in _OPEN_PATHS:
            try:
                result = self.authorizer(request)
                identity = await result if inspect.isawaitable(result) else result
            except Unauthorized as refusal:
                status = 403 if refusal.forbidden else 401
                headers = [("www-authenticate", c) for c in refusal.challenges]
                raise Problem(
                    status, PROBLEM_UNAUTHORIZED, refusal.detail, headers=headers
                ) from None
            except SpentTokenStoreFull as exc:
                raise Problem(
                    503, PROBLEM_RATE_LIMITED, str(exc), headers=[("retry-after", "60")]
                ) from None
            if not isinstance(identity, ClientIdentity):
                raise TypeError("an authorizer must return a ClientIdentity")
        if self.limiter.enabled:
            refused = self.limiter.check(identity.rate_key if identity else None)
            if refused is not None:
                which, wait = refused
                detail = (
                    "this client's rate limit is reached"
                    if which == "client"
                    else "the gateway is at its global rate limit"
                )
                raise Problem(
                    429,
                    PROBLEM_RATE_LIMITED,
                    f"{detail}; retry after the Retry-After delay",
                    headers=[("retry-after", _retry_after(wait))],
                )
        return identity

    @staticmethod
    def count(problem: Problem, metrics: GatewayMetrics) -> None:
        """Count a refusal from `admit` in the gateway's metrics."""
        if problem.type == PROBLEM_UNAUTHORIZED:
            metrics.inc("unauthorized_total")
        elif problem.status == 429:
            metrics.inc("rate_limited_total")

    def metrics_allowed(self, authorization: str | None) -> InnerResponse | None:
        """None when /metrics may be served; else the refusal."""
        if self.metrics == "open":
            return None
        if self.metrics == "off" or self.metrics_token is None:
            return Problem(404, PROBLEM_NOT_FOUND, "metrics are off").response()
        scheme, _, given = (authorization or "").strip().partition(" ")
        ok = scheme.lower() == "bearer" and hmac.compare_digest(
            given.strip().encode(), self.metrics_token.encode()
        )
        if ok:
            return None
        return Problem(
            401,
            PROBLEM_UNAUTHORIZED,
            "/metrics needs Authorization: Bearer <the metrics token>",
            headers=[("www-authenticate", 'Bearer realm="hybridsdk-metrics"')],
        ).response()

    def issuer_directory(self) -> InnerResponse:
        """The RFC 9578 issuer directory, plus how hybridsdk binds challenges."""
        if self.tokens is None:
            return Problem(404, PROBLEM_NOT_FOUND, "no token issuer here").response()
        keys = [
            {
                "token-type": TOKEN_TYPE_BLIND_RSA,
                "token-key": b64url(k.token_key),
                "not-before": int(k.created_at),
            }
            for k in self.tokens.issuer.current()
        ]
        body = {
            "issuer-request-uri": TOKEN_REQUEST_PATH,
            "token-keys": keys,
            "hybridsdk-challenge": {
                "issuer-name": self.tokens.issuer_name,
                "origin-info": self.tokens.origin_info,
                "epoch-s": self.tokens.epoch_s,
                "redemption-context": "sha256(label | ohttp key config | epoch)",
            },
        }
        return InnerResponse(
            200,
            [
                ("content-type", "application/private-token-issuer-directory"),
                ("cache-control", "max-age=300"),
            ],
            json.dumps(body, separators=(",", ":")).encode(),
        )

    async def issue(self, headers: dict[str, str], body: bytes) -> InnerResponse:
        """``POST /token-request``: sign one blinded token for an authenticated client."""
        if self.tokens is None or self.bearer is None:
            return Problem(404, PROBLEM_NOT_FOUND, "no token issuer here").response()
        try:
            identity = self.bearer(AuthRequest("plain", "POST", TOKEN_REQUEST_PATH, headers))
        except Unauthorized as refusal:
            return Problem(
                401,
                PROBLEM_UNAUTHORIZED,
                f"token issuance: {refusal.detail}",
                headers=[("www-authenticate", c) for c in refusal.challenges],
            ).response()
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        if media != MEDIA_TYPE_TOKEN_REQUEST:
            return Problem(
                415,
                PROBLEM_MEDIA_TYPE,
                f"send {MEDIA_TYPE_TOKEN_REQUEST}, not {media or 'nothing'}",
            ).response()
        assert self.issuance_limiter is not None
        refused = self.issuance_limiter.check(identity.rate_key)
        if refused is not None:
            return Problem(
                429,
                PROBLEM_RATE_LIMITED,
                "this client has had its share of tokens for now; retry later",
                headers=[("retry-after", _retry_after(refused[1]))],
            ).response()
        try:
            request = TokenRequest.decode(body)
        except EncodingError as exc:
            return Problem(422, PROBLEM_BAD_REQUEST, f"TokenRequest: {exc}").response()
        key = self.tokens.issuer.by_truncated_id(request.truncated_token_key_id)
        if key is None:
            return Problem(
                422,
                PROBLEM_BAD_REQUEST,
                "TokenRequest names no current issuer key; refetch the directory",
            ).response()
        from starlette.concurrency import run_in_threadpool

        try:
            signed = await run_in_threadpool(blind_sign, key.private_key, request.blinded_msg)
        except (EncodingError, CryptoError) as exc:
            return Problem(422, PROBLEM_BAD_REQUEST, f"TokenRequest: {exc}").response()
        return InnerResponse(
            200,
            [("content-type", MEDIA_TYPE_TOKEN_RESPONSE), ("cache-control", "no-store")],
            signed,
        )


def _read_secret_file(path: Path, what: str) -> str:
    try:
        mode = path.stat().st_mode
        text: str = path.read_text(encoding="utf-8").strip()
    except OSError:
        raise ConfigurationError(f"{what} file {path} cannot be read") from None
    if mode & 0o077:
        raise ConfigurationError(
            f"{what} file {path} is accessible by other users (mode {mode & 0o777:04o}); "
            f"run: chmod 600 {path}"
        )
    return text


def build_access(
    config: AuthConfig,
    *,
    authorizer: Authorizer | None = None,
    spent_tokens: SpentTokenStore | None = None,
    environ: dict[str, str] | None = None,
    clock: Callable[[], float] = time.time,
    monotonic: Callable[[], float] = time.monotonic,
) -> AccessControl:
    """Turn `AuthConfig` (and an optional custom hook) into an `AccessControl`.

    Args:
        config: the settings.
        authorizer: a custom hook; it replaces the built-in schemes for the routes
            (issuance still uses the configured bearer tokens).
        spent_tokens: a shared double-spend store (default: in memory, this process).
        environ: the environment to read tokens from (default: os.environ).
        clock: Unix seconds now.
        monotonic: a monotonic clock for the rate limits.

    Raises:
        ConfigurationError: a file is missing, loose or malformed.
    """
    env = dict(os.environ) if environ is None else environ
    entries: list[str] = []
    if config.bearer_tokens_path is not None:
        entries.append(_read_secret_file(config.bearer_tokens_path, "bearer token"))
    if env.get(BEARER_TOKENS_ENV, "").strip():
        entries.append(env[BEARER_TOKENS_ENV])
    bearer = BearerTokens.parse("\n".join(entries), source="bearer tokens") if entries else None
    tokens: PrivateTokenVerifier | None = None
    if config.issuer_keys_path is not None:
        if bearer is None:
            raise ConfigurationError(
                "issuer keys need bearer tokens too: the issuance endpoint gives anonymous "
                "tokens only to authenticated clients (set --bearer-tokens FILE / bearer_tokens_path, or "
                f"{BEARER_TOKENS_ENV})"
            )
        tokens = PrivateTokenVerifier(
            issuer=IssuerKeyRing(config.issuer_keys_path, clock=clock),
            # `is None`, not `or`: an empty store is falsy (it has a length), and the one a
            # caller shares between apps or replicas must never be swapped for a private one.
            spent=spent_tokens
            if spent_tokens is not None
            else InMemorySpentTokens(max_entries=config.spent_tokens_max_entries, clock=clock),
            issuer_name=config.issuer_name,
            origin_info=config.origin_info,
            epoch_s=config.token_epoch_s,
            clock=clock,
        )
    if authorizer is None:
        schemes: list[BearerTokens | PrivateTokenVerifier] = [
            s for s in (bearer, tokens) if s is not None
        ]
        authorizer = Authorizers(schemes) if schemes else None
    metrics_token: str | None = None
    if config.metrics == "token":
        if config.metrics_token_path is not None:
            metrics_token = _read_secret_file(config.metrics_token_path, "metrics token")
        else:
            metrics_token = env.get(METRICS_TOKEN_ENV, "").strip() or None
        if metrics_token is None or len(metrics_token) < 16:
            raise ConfigurationError(
                "metrics='token' needs a token of at least 16 characters in "
                f"--metrics-token FILE / metrics_token_path, or {METRICS_TOKEN_ENV}"
            )
    elif authorizer is not None and config.metrics == "open":
        logger.warning(
            "/metrics is open to anyone while requests need authorization; "
            "set metrics to 'token' or 'off'"
        )
    return AccessControl(
        authorizer=authorizer,
        limiter=RateLimiter(
            per_client_rps=config.rate_limit_rps,
            per_client_burst=config.rate_limit_burst,
            global_rps=config.global_rate_limit_rps,
            global_burst=config.global_rate_limit_burst,
            monotonic=monotonic,
        ),
        bearer=bearer,
        tokens=tokens,
        issuance_limiter=RateLimiter(
            per_client_rps=config.issuance_per_minute / 60.0,
            per_client_burst=config.issuance_burst,
            monotonic=monotonic,
        ),
        metrics=config.metrics,
        metrics_token=metrics_token,
    )
