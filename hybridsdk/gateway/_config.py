"""Settings of the reference gateway, checked once at start-up."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from hybridsdk.gateway._auth_config import AuthConfig
from hybridsdk.gateway._limits import ModelLimits

__all__ = ["GatewayConfig"]


class GatewayConfig(BaseModel):
    """What `create_app` needs; every field has a safe default.

    Args:
        models_dir: the zoo folder whose ONNX models are served; None: the built-in zoo.
        models_public_key: the zoo signer's pinned Ed25519 key (overrides the zoo's own
            `manifest.pub`); the manifest signature is always checked unless
            `allow_unsigned_models` (logged at WARNING).
        allow_unsigned_models: serve a zoo without checking its signature.
            Ignored when `upstream_url` is set.
        upstream_url: forward every OIP request to this Open Inference Protocol server
            (Triton, KServe, MLServer, another gateway) instead of serving models here.
        keys_path: the key directory written by `hybridsdk keys generate`; None: an
            ephemeral in-memory key whose fingerprint is logged at start-up.
        max_body_bytes: larger request bodies get 413.
        date_window_s: an encrypted request's Date may be this far behind our clock.
        max_future_skew_s: ... and only this far ahead of it (a few seconds: a Date far in
            the future would hold its replay entry, and the table, for that much longer).
        require_date: reject encrypted requests without a Date header (replay protection
            relies on it: without a date, a request could be replayed after its key share
            left the replay window).
        replay_max_entries: how many key shares the replay window holds at most.
        idempotency_ttl_s: how long a stored response answers a repeated Idempotency-Key.
        idempotency_max_entries: how many stored responses at most.
        idempotency_max_bytes: total size of the stored responses at most (with
            `state_url`: the largest single response kept).
        state_url: keep replay and idempotency state in this Valkey/Redis server
            (``redis://host:6379/0``, ``rediss://...``, ``unix:///path``) so N replicas
            share it; None: in this process's memory.
        idempotency_claim_ttl_s: with `state_url`, how long a running request holds its
            Idempotency-Key if its replica dies; keep it above `upstream_timeout_s`.
        upstream_timeout_s: per-request timeout towards the upstream.
        intra_op_threads: ONNX Runtime threads per model; 1 suits a server, where
            concurrent requests already keep the cores busy.
        access_log: log one line per request to `hybridsdk.gateway` (no payloads).
        auth: who may call, rate limits and /metrics access (`AuthConfig`; open by default).
        limits: the work limits of every model without its own entry in `model_limits`.
        model_limits: model name -> its own limits.
        max_concurrent_runs: model runs at once; more wait for a turn.
        max_waiting_runs: requests that may wait for a run; beyond, 503 + Retry-After.
        body_timeout_s: the longest a request body may take to arrive (408 after).
        max_pending_body_bytes: request-body bytes being received at once over all
            connections; beyond, 503 + Retry-After and the connection is closed.
        llm_upstream_url: an OpenAI-compatible server (llama.cpp, vLLM, TGI, `hybridsdk
            llm-server`) that ``/v1/chat/completions`` forwards to; None: no chat route.
        llm_max_tokens: the largest ``max_tokens`` a chat request may ask (and the default).
        llm_max_concurrent: chat requests at the upstream at once.
        llm_max_waiting: chat requests that may wait; beyond, 503 + Retry-After.
    """

    model_config = ConfigDict(frozen=True)

    models_dir: Path | None = None
    models_public_key: Path | None = None
    allow_unsigned_models: bool = False
    upstream_url: str | None = None
    keys_path: Path | None = None
    max_body_bytes: int = Field(default=1 << 20, gt=0)
    date_window_s: float = Field(default=60.0, gt=0)
    max_future_skew_s: float = Field(default=5.0, ge=0)
    require_date: bool = True
    replay_max_entries: int = Field(default=100_000, gt=0)
    idempotency_ttl_s: float = Field(default=600.0, gt=0)
    idempotency_max_entries: int = Field(default=10_000, gt=0)
    idempotency_max_bytes: int = Field(default=64 << 20, gt=0)
    state_url: str | None = None
    idempotency_claim_ttl_s: float = Field(default=120.0, gt=0)
    upstream_timeout_s: float = Field(default=30.0, gt=0)
    intra_op_threads: int = Field(default=1, ge=0)
    access_log: bool = True
    auth: AuthConfig = Field(default_factory=AuthConfig)
    limits: ModelLimits = ModelLimits()
    model_limits: dict[str, ModelLimits] = Field(default_factory=dict)
    max_concurrent_runs: int = Field(default=4, gt=0)
    max_waiting_runs: int = Field(default=64, ge=0)
    body_timeout_s: float = Field(default=30.0, gt=0)
    max_pending_body_bytes: int = Field(default=64 << 20, gt=0)
    llm_upstream_url: str | None = None
    llm_max_tokens: int = Field(default=512, gt=0)
    llm_max_concurrent: int = Field(default=4, gt=0)
    llm_max_waiting: int = Field(default=16, ge=0)

    @model_validator(mode="after")
    def _check_body_budget(self) -> GatewayConfig:
        if self.max_pending_body_bytes < self.max_body_bytes:
            raise ValueError(
                f"max_pending_body_bytes ({self.max_pending_body_bytes}) must be at least "
                f"max_body_bytes ({self.max_body_bytes}), or no large request could arrive"
            )
        return self

    def limits_for(self, model: str) -> ModelLimits:
        """The work limits of `model`."""
        return self.model_limits.get(model, self.limits)

    @field_validator("state_url")
    @classmethod
    def _check_state_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError(
                f"state URL {value!r} must start with redis://, rediss:// or unix:// "
                "(a Valkey server takes the same URLs)"
            )
        return value

    @field_validator("upstream_url", "llm_upstream_url")
    @classmethod
    def _check_upstream(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"upstream URL {value!r} must start with http:// or https://")
        return value.rstrip("/")
