"""The one interface every local runtime implements, and the settings they share.

A backend gets verified model bytes (never a path: the file cannot change between the
hash check and the load), builds its session once, and then only runs already validated
inputs. Validation lives in `_validation.py`, in front of every backend.
"""

from __future__ import annotations

import abc
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from hybridsdk._exceptions import AcceleratorUnavailableError, ConfigurationError, ModelLoadError
from hybridsdk.edge._manifest import ModelEntry

__all__ = [
    "RUNTIMES",
    "Backend",
    "BackendOptions",
    "RuntimeName",
    "match_names",
    "report_fallback",
    "runtime_for",
]

logger = logging.getLogger("hybridsdk.edge")

RuntimeName = Literal["onnxruntime", "litert"]
RUNTIMES: tuple[RuntimeName, ...] = ("onnxruntime", "litert")
_FORMAT_RUNTIME: dict[str, RuntimeName] = {"onnx": "onnxruntime", "tflite": "litert"}


@dataclass(frozen=True)
class BackendOptions:
    """Settings a backend reads once, at load.

    Args:
        providers: accelerator preference, best first (ORT execution provider names, or
            LiteRT names "edgetpu", "xnnpack", "cpu"); None uses the runtime's default order.
        strict: raise `AcceleratorUnavailableError` instead of falling back.
        threads: intra-op threads; None means physical cores.
        graph_cache: cache ONNX Runtime's optimized graph on disk.
        cache_dir: where; None means $HYBRIDSDK_CACHE_DIR or ~/.cache/hybridsdk.
    """

    providers: Sequence[str] | None = None
    strict: bool = False
    threads: int | None = None
    graph_cache: bool = True
    cache_dir: Path | None = None
    # Test seams: which accelerators exist, how a LiteRT delegate is loaded.
    available_providers: Sequence[str] | None = None
    delegate_loader: Any = field(default=None, compare=False)


class Backend(abc.ABC):
    """A loaded model in one runtime.

    Attributes:
        runtime: "onnxruntime" or "litert".
        accelerator: the provider or delegate that actually runs the graph.
        requested: what was asked for, best first, after filtering by availability.
        graph_cache: "hit", "miss", "rebuilt" or "off" (ONNX Runtime only; LiteRT: "off").
    """

    runtime: RuntimeName
    accelerator: str
    requested: tuple[str, ...]
    graph_cache: str = "off"

    @abc.abstractmethod
    def run(self, feed: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Run validated inputs keyed by manifest input name; outputs keyed by manifest name."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the session; later calls to `run` raise `ModelLoadError`."""

    @property
    @abc.abstractmethod
    def native(self) -> Any:
        """The runtime's own object (InferenceSession / Interpreter), for benchmarks."""


def runtime_for(entry: ModelEntry, runtime: str | None) -> RuntimeName:
    """The runtime for an entry: the one asked for, checked against the file format."""
    inferred = _FORMAT_RUNTIME[entry.format]
    if runtime is None:
        return inferred
    if runtime not in RUNTIMES:
        raise ConfigurationError(
            f"unknown runtime {runtime!r}; use one of {', '.join(RUNTIMES)} (or None to infer it)"
        )
    if runtime != inferred:
        raise ConfigurationError(
            f"model {entry.name!r} is a .{entry.format} file, which {runtime} cannot run; "
            f"use runtime={inferred!r} or pick the {runtime} variant of the model"
        )
    return inferred


def match_names(
    what: str, expected: Sequence[str], actual: Sequence[str], model: str
) -> dict[str, str]:
    """Map manifest tensor names to the runtime's names.

    Names match exactly when they can. Converters often rename tensors (TFLite's
    `serving_default_x:0`), so when every name differs but the counts agree, the order
    decides; anything else means the file and its manifest disagree.
    """
    if set(expected) == set(actual):
        return {name: name for name in expected}
    if len(expected) == len(actual) and not set(expected) & set(actual):
        return dict(zip(expected, actual, strict=True))
    raise ModelLoadError(
        f"model {model!r}: the manifest lists {what} {list(expected)} but the file has "
        f"{list(actual)}; rebuild the zoo so the manifest matches the file"
    )


def report_fallback(model: str, wanted: str, actual: str, *, strict: bool, why: str = "") -> None:
    """Make a fallback loud: a WARNING, or `AcceleratorUnavailableError` in strict mode."""
    message = f"model {model!r}: asked for {wanted} but {actual} runs it" + (
        f" ({why})" if why else ""
    )
    if strict:
        raise AcceleratorUnavailableError(
            f"{message}. strict=True forbids falling back: install the runtime build and "
            f"drivers for {wanted}, or pass strict=False to accept {actual}"
        )
    logger.warning("%s; pass strict=True to make this an error", message)
