"""Authorization, rate-limit and /metrics settings of the gateway (`GatewayConfig.auth`)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["BEARER_TOKENS_ENV", "METRICS_TOKEN_ENV", "AuthConfig"]

#: Environment variable with ``client-id:token`` entries, comma separated.
BEARER_TOKENS_ENV = "HYBRIDSDK_GATEWAY_BEARER_TOKENS"
#: Environment variable with the token that guards /metrics (``metrics="token"``).
METRICS_TOKEN_ENV = "HYBRIDSDK_GATEWAY_METRICS_TOKEN"


class AuthConfig(BaseModel):
    """Who may call the gateway, how often, and who may read /metrics.

    With neither bearer tokens nor issuer keys the gateway is open (as before); with
    either, every route but the health checks, the OHTTP key configuration and the
    issuer directory needs a credential.

    Args:
        bearer_tokens_path: a file (mode 0600) of ``client-id:token`` lines; the
            ``HYBRIDSDK_GATEWAY_BEARER_TOKENS`` environment variable adds more.
        issuer_keys_path: an issuer key directory from `hybridsdk issuer generate`:
            enables anonymous one-time Privacy Pass tokens inside OHTTP requests and the
            issuance endpoint (``POST /token-request``, for bearer clients only).
        issuer_name: the issuer_name of the token challenge.
        origin_info: the origin_info of the token challenge ("" for none).
        token_epoch_s: tokens are bound to an epoch of this length and accepted in it
            and the epochs beside it (clock skew): at most three epochs of life.
        spent_tokens_max_entries: the double-spend store's size; past it, token
            redemptions get 503 (never a second spend).
        issuance_per_minute: tokens each bearer client may get per minute.
        issuance_burst: tokens a bearer client may get at once.
        rate_limit_rps: per-client sustained requests per second; None: no limit.
        rate_limit_burst: per-client burst.
        global_rate_limit_rps: the whole gateway's requests per second; None: no limit.
        global_rate_limit_burst: the global burst.
        metrics: ``open`` (anyone), ``token`` (``Authorization: Bearer`` with the token in
            `metrics_token_path` or ``HYBRIDSDK_GATEWAY_METRICS_TOKEN``), or ``off``.
        metrics_token_path: the file (mode 0600) holding the /metrics token.
    """

    model_config = ConfigDict(frozen=True)

    bearer_tokens_path: Path | None = None
    issuer_keys_path: Path | None = None
    issuer_name: str = Field(default="hybridsdk-gateway", min_length=1, max_length=255)
    origin_info: str = Field(default="", max_length=1024)
    token_epoch_s: float = Field(default=300.0, ge=1.0)
    spent_tokens_max_entries: int = Field(default=1_000_000, gt=0)
    issuance_per_minute: float = Field(default=120.0, gt=0)
    issuance_burst: int = Field(default=32, gt=0)
    rate_limit_rps: float | None = Field(default=None, gt=0)
    rate_limit_burst: int = Field(default=20, gt=0)
    global_rate_limit_rps: float | None = Field(default=None, gt=0)
    global_rate_limit_burst: int = Field(default=200, gt=0)
    metrics: Literal["open", "token", "off"] = "open"
    metrics_token_path: Path | None = None
