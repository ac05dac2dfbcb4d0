"""The request and result types at the SDK's boundary.

`InferenceRequest` is what a caller hands to `client.infer`; `InferenceResult` is what
every request gets back, whichever path answered. Both are pydantic models: they sit at
the boundary where validation is worth its cost. Inner hot paths use plain dataclasses.
"""

from __future__ import annotations

import enum
import time
import uuid
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "InferenceRequest",
    "InferenceResult",
    "PrivacyLabel",
    "Reason",
    "Route",
]


class PrivacyLabel(str, enum.Enum):
    """How far a request's data may travel, from least to most sensitive."""

    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"  # leaves only redacted or pseudonymised
    RESTRICTED = "restricted"  # never leaves the device

    @property
    def rank(self) -> int:
        return _LABEL_RANK[self]

    def at_least(self, other: PrivacyLabel) -> PrivacyLabel:
        """The stricter of the two labels."""
        return self if self.rank >= other.rank else other


_LABEL_RANK = {label: i for i, label in enumerate(PrivacyLabel)}


class Route(str, enum.Enum):
    """The path that produced a result."""

    LOCAL = "local"
    CLOUD = "cloud"
    CASCADE = "cascade"  # local ran first, was unsure, the cloud answered
    CACHE = "cache"
    DEGRADED = "degraded"  # a fallback step of the degradation chain answered
    DEFERRED = "deferred"  # stored in the outbox, answer comes later


class Reason(BaseModel):
    """One reason behind a routing decision: a stable code and words for people."""

    model_config = ConfigDict(frozen=True)

    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


def _new_idempotency_key() -> str:
    return uuid.uuid4().hex


class InferenceRequest(BaseModel):
    """One inference request.

    Args:
        model: name of the edge model (see `hybridsdk models list`); or give `task`.
        task: a task name that the client maps to a model.
        inputs: named tensors (anything `numpy.asarray` accepts).
        text: text input, for text tasks. With `inputs` too, the model runs on `inputs`
            and the text is only scanned for personal data (the result's reasons say so).
        privacy: the data's label; detected personal data can only raise it.
        deadline_ms: time budget from the request's creation, in milliseconds.
        cost_ceiling: the most this request may cost on the cloud path.
        idempotency_key: makes retries safe; generated when absent.
        deferrable: may be stored and sent later when the cloud is unreachable.
        metadata: free-form string tags for the caller's own bookkeeping (never sent).
        locale: the text's locale ("de_DE", "pt-BR"), a hint for reading personal data
            such as phone numbers written without a country code (never sent).
    """

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True, extra="forbid")

    model: str | None = None
    task: str | None = None
    inputs: dict[str, np.ndarray] | None = None
    text: str | None = None
    privacy: PrivacyLabel = PrivacyLabel.INTERNAL
    deadline_ms: float | None = Field(default=None, gt=0)
    cost_ceiling: float | None = Field(default=None, ge=0)
    # It travels as an HTTP header: visible ASCII, no spaces (checked here, not at send).
    idempotency_key: str = Field(default_factory=_new_idempotency_key, pattern=r"^[!-~]{1,200}$")
    deferrable: bool = False
    metadata: dict[str, str] = Field(default_factory=dict)
    locale: str | None = Field(default=None, max_length=35)
    created_at: float = Field(default_factory=time.monotonic, repr=False)

    @model_validator(mode="before")
    @classmethod
    def _no_unknown_fields(cls, data: Any) -> Any:
        # extra="forbid" alone says "Extra inputs are not permitted": name the closest
        # field, since a typo such as `privcy=` would otherwise look like a pydantic bug.
        if isinstance(data, dict):
            unknown = set(data) - set(cls.model_fields)
            if unknown:
                from hybridsdk._request_errors import unknown_field_message

                raise ValueError(unknown_field_message(unknown, cls.model_fields, "a request"))
        return data

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError(
                "text is empty: give the text to classify, or leave text out and pass inputs="
            )
        return value

    @field_validator("inputs", mode="before")
    @classmethod
    def _as_arrays(cls, value: Any) -> Any:
        if value is None:
            return None
        if not isinstance(value, dict):
            raise ValueError("inputs must be a mapping of input name -> array")
        return {str(k): v if isinstance(v, np.ndarray) else np.asarray(v) for k, v in value.items()}

    @model_validator(mode="after")
    def _has_something_to_run(self) -> InferenceRequest:
        if self.inputs is None and self.text is None:
            raise ValueError("a request needs `inputs` (named tensors) or `text`")
        return self

    def remaining_ms(self, now: float | None = None) -> float | None:
        """Milliseconds left before the deadline (negative once past), or None."""
        if self.deadline_ms is None:
            return None
        now = time.monotonic() if now is None else now
        return self.deadline_ms - (now - self.created_at) * 1000.0


class InferenceResult(BaseModel):
    """What every request gets back, whichever path answered.

    Attributes:
        outputs: named output tensors.
        route: the path that answered.
        reasons: why the router chose that path (codes and words).
        model: the model that produced the outputs.
        runtime: `onnxruntime`, `litert`, `cloud`, ...
        accelerator: the execution provider or delegate that actually ran.
        confidence: the answering model's confidence, when it has one.
        timings_ms: wall time per stage (privacy, score, local, cloud, ...).
        cost: what the cloud path charged (0 for local answers).
        idempotency_key: the request's key, to match deferred answers.
        degraded_step: which degradation step answered, when route is `degraded`.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    outputs: dict[str, np.ndarray] = Field(default_factory=dict)
    route: Route
    reasons: list[Reason] = Field(default_factory=list)
    model: str | None = None
    runtime: str | None = None
    accelerator: str | None = None
    confidence: float | None = None
    timings_ms: dict[str, float] = Field(default_factory=dict)
    cost: float = 0.0
    idempotency_key: str | None = None
    degraded_step: str | None = None

    @property
    def label(self) -> int | None:
        """Argmax of the first output, for classifiers; None when there is no output."""
        if not self.outputs:
            return None
        first = next(iter(self.outputs.values()))
        return int(np.argmax(first.reshape(-1)))
