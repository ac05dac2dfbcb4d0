"""`load_model()` and `LocalModel`: one on-device model, verified, validated, and honest
about which accelerator runs it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.edge._backend import Backend, BackendOptions, RuntimeName, runtime_for
from hybridsdk.edge._manifest import ModelEntry
from hybridsdk.edge._registry import ModelRegistry
from hybridsdk.edge._validation import InputValidator, NonFinitePolicy

__all__ = ["LocalModel", "load_model"]

logger = logging.getLogger("hybridsdk.edge")


class LocalModel:
    """A loaded edge model. Create it with `load_model()`.

    Attributes:
        entry: the model's manifest entry (I/O specs, labels, precision...).
        runtime: "onnxruntime" or "litert".
        accelerator: the provider/delegate that actually runs it, e.g.
            "CPUExecutionProvider", "CUDAExecutionProvider", "XNNPACK", "EdgeTPU".
        requested: the accelerators asked for, best first, after filtering by availability.
        graph_cache: "hit", "miss", "rebuilt" or "off".
        threads: intra-op threads in use.
    """

    def __init__(self, entry: ModelEntry, backend: Backend, validator: InputValidator) -> None:
        self.entry = entry
        self.runtime: RuntimeName = backend.runtime
        self.accelerator = backend.accelerator
        self.requested = backend.requested
        self.graph_cache = backend.graph_cache
        self.threads: int = getattr(backend, "threads", 0)
        self._backend = backend
        # Bound once: the hot path is two calls and no lookups.
        self._validate = validator.__call__
        self._run = backend.run

    @property
    def backend(self) -> Backend:
        return self._backend

    def run(self, inputs: Mapping[str, Any]) -> dict[str, np.ndarray]:
        """Validate `inputs` against the model's specs and run it.

        Args:
            inputs: one array-like per model input name, e.g. `{"pixels": x}` with x of
                shape [batch, 64].

        Returns:
            One numpy array per output name.

        Raises:
            InputValidationError: a subclass saying what was wrong (name, shape, dtype,
                NaN/inf, batch size).
        """
        return self._run(self._validate(inputs))

    async def run_async(self, inputs: Mapping[str, Any]) -> dict[str, np.ndarray]:
        """`run` in a worker thread, so the event loop keeps serving while the model computes.

        Args:
            inputs: as for `run`.
        """
        try:
            import anyio.to_thread
        except ImportError:  # pragma: no cover - anyio comes with httpx, a core dependency
            import asyncio

            return await asyncio.get_running_loop().run_in_executor(None, self.run, inputs)
        return await anyio.to_thread.run_sync(self.run, inputs)

    def close(self) -> None:
        """Free the runtime session; `run` raises afterwards."""
        self._backend.close()

    def __enter__(self) -> LocalModel:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"LocalModel({self.entry.name!r}, runtime={self.runtime!r}, "
            f"accelerator={self.accelerator!r}, precision={self.entry.precision!r})"
        )


def load_model(
    name: str,
    *,
    registry: ModelRegistry | None = None,
    runtime: str | None = None,
    providers: Sequence[str] | None = None,
    strict: bool = False,
    threads: int | None = None,
    nonfinite: NonFinitePolicy = "reject",
    max_batch: int | None = 1024,
    graph_cache: bool = True,
    cache_dir: str | os.PathLike[str] | None = None,
    available_providers: Sequence[str] | None = None,
    delegate_loader: Callable[[str], Any] | None = None,
) -> LocalModel:
    """Verify a zoo model's bytes and load them into a local runtime.

    Args:
        name: the model's name in the manifest, e.g. "digits-linear-int8".
        registry: the zoo; default `ModelRegistry()` ($HYBRIDSDK_MODELS_DIR or edge_models/).
        runtime: "onnxruntime" or "litert"; None infers it from the file format.
        providers: accelerators to try, best first. ONNX Runtime: execution provider names
            (default: TensorRT, CUDA, QNN, CoreML, OpenVINO, ArmNN, ACL, XNNPACK, CPU, each
            tried only if this build has it). LiteRT: "edgetpu", "xnnpack", "cpu".
        strict: raise `AcceleratorUnavailableError` instead of falling back (with a
            WARNING) when the first accelerator asked for does not run the model.
        threads: intra-op threads; None means the physical cores this process may use.
        nonfinite: "reject" raises `NonFiniteInputError` on NaN/inf; "allow" passes them.
        max_batch: largest batch `run` accepts (`BatchTooLargeError` above); None: no limit.
        graph_cache: ONNX Runtime: reuse the optimized graph from a previous start.
        cache_dir: cache folder; default $HYBRIDSDK_CACHE_DIR or ~/.cache/hybridsdk.
        available_providers: override what ONNX Runtime reports as available (tests,
            or to exclude a provider that is installed but broken).
        delegate_loader: replaces LiteRT's `load_delegate(library)` (tests).

    Raises:
        ModelNotFoundError, ModelIntegrityError: unknown name, missing or altered file.
        ModelLoadError: the runtime refused the verified file.
        MissingDependencyError: the runtime is not installed (extra "onnx" or "tflite").
        AcceleratorUnavailableError: strict mode and a fallback happened.
    """
    if not isinstance(strict, bool):
        raise ConfigurationError(f"strict must be True or False, got {strict!r}")
    reg = registry if registry is not None else ModelRegistry()
    entry = reg.entry(name)
    chosen = runtime_for(entry, runtime)
    # Build the validator first: a bad setting fails before any file is read.
    validator = InputValidator(
        entry.inputs, model=entry.name, nonfinite=nonfinite, max_batch=max_batch
    )
    options = BackendOptions(
        providers=tuple(providers)
        if providers is not None and not isinstance(providers, str)
        else providers,
        strict=strict,
        threads=threads,
        graph_cache=graph_cache,
        cache_dir=Path(cache_dir) if cache_dir is not None else None,
        available_providers=available_providers,
        delegate_loader=delegate_loader,
    )
    entry, data = reg.read_verified(name)
    backend: Backend
    if chosen == "onnxruntime":
        from hybridsdk.edge._onnxruntime import OnnxRuntimeBackend

        backend = OnnxRuntimeBackend(entry, data, options)
    else:
        from hybridsdk.edge._litert import LiteRTBackend

        backend = LiteRTBackend(entry, data, options)
    return LocalModel(entry, backend, validator)
