"""`RuntimeOptions`: how a client loads and runs its local models, as one typed value."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.edge._validation import NonFinitePolicy

__all__ = ["RuntimeOptions"]


@dataclass(frozen=True, slots=True)
class RuntimeOptions:
    """How local models are loaded and run: `Client(runtime=RuntimeOptions(threads=2))`.

    The same settings as `load_model`'s keyword arguments, checked once, here.

    Args:
        runtime: "onnxruntime" or "litert"; None infers it from each model's file.
        providers: accelerators to try, best first (see `load_model`).
        strict: raise `AcceleratorUnavailableError` instead of falling back to the CPU.
        threads: intra-op threads per model; None: the physical cores this process may
            use. On a 4-core board serving two models, 2 avoids oversubscription.
        nonfinite: "reject" raises on NaN/inf inputs; "allow" passes them.
        max_batch: largest batch a model accepts; None: no limit.
        graph_cache: ONNX Runtime: reuse the optimized graph from a previous start.
        cache_dir: that cache's folder; default $HYBRIDSDK_CACHE_DIR or ~/.cache/hybridsdk.
    """

    runtime: str | None = None
    providers: Sequence[str] | None = None
    strict: bool = False
    threads: int | None = None
    nonfinite: NonFinitePolicy = "reject"
    max_batch: int | None = 1024
    graph_cache: bool = True
    cache_dir: str | os.PathLike[str] | None = None

    def __post_init__(self) -> None:
        if self.runtime not in (None, "onnxruntime", "litert"):
            raise ConfigurationError(
                f"runtime={self.runtime!r}: use 'onnxruntime', 'litert' or None (from the file)"
            )
        if isinstance(self.providers, str):
            raise ConfigurationError(
                f"providers={self.providers!r} is one string; pass a list, e.g. [{self.providers!r}]"
            )
        if not isinstance(self.strict, bool) or not isinstance(self.graph_cache, bool):
            raise ConfigurationError("strict and graph_cache must be True or False")
        if self.threads is not None and (
            isinstance(self.threads, bool) or not isinstance(self.threads, int) or self.threads < 1
        ):
            raise ConfigurationError(f"threads={self.threads!r} must be an int >= 1 or None")
        if self.nonfinite not in ("reject", "allow"):
            raise ConfigurationError(f"nonfinite={self.nonfinite!r}: use 'reject' or 'allow'")
        if self.max_batch is not None and (
            isinstance(self.max_batch, bool)
            or not isinstance(self.max_batch, int)
            or self.max_batch < 1
        ):
            raise ConfigurationError(f"max_batch={self.max_batch!r} must be an int >= 1 or None")

    def load_kwargs(self) -> dict[str, Any]:
        """These settings as `load_model` keyword arguments."""
        return {
            "runtime": self.runtime,
            "providers": self.providers,
            "strict": self.strict,
            "threads": self.threads,
            "nonfinite": self.nonfinite,
            "max_batch": self.max_batch,
            "graph_cache": self.graph_cache,
            "cache_dir": self.cache_dir,
        }
