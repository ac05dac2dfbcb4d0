"""Tasks: which local model and which cloud model answer a kind of request."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from hybridsdk._degradation import DegradationChain

__all__ = ["Task"]

ConfidenceMethod = Literal["max_prob", "margin", "entropy"]


@dataclass(frozen=True)
class Task:
    """A kind of request and the models that serve it.

    Args:
        name: what requests ask for with `task=...`.
        local_model: the edge model's manifest name (None: cloud only).
        cloud_model: the model's name on the gateway (None: local only).
        confidence: how the cascade rates a local answer: max_prob, margin or entropy.
        confidence_threshold: this task's cascade threshold (default: the policy's);
            calibrate it per task, since confidences of different models do not compare.
        output: the probabilities output the confidence reads (default: the first output).
        text_input: the input that carries a text request, as a [1, 1] string tensor.
        kind: "tensor" or "text": a request with only `text` goes to the first text task.
        degradation: the fallbacks when the preferred path fails.
        out_of_scope_index: position of the out-of-scope class (e.g. CLINC150's `oos`) in
            the local model's probabilities; when the local model's top class is it, the
            cascade answers locally instead of escalating (the cloud would reject it too).
        out_of_scope_min_prob: ...but only when that class has at least this probability
            (a low-confidence "oos" is often an in-scope request the cloud gets right).
    """

    name: str
    local_model: str | None = None
    cloud_model: str | None = None
    confidence: ConfidenceMethod = "max_prob"
    confidence_threshold: float | None = None
    output: str | None = None
    text_input: str = "text"
    kind: Literal["tensor", "text"] = "tensor"
    degradation: DegradationChain = field(default_factory=DegradationChain)
    out_of_scope_index: int | None = None
    out_of_scope_min_prob: float = 0.5
