"""The ONNX Runtime backend: provider choice, small-board threading, cached optimized graphs."""

from __future__ import annotations

import logging
import warnings
from types import ModuleType
from typing import Any

import numpy as np

from hybridsdk._exceptions import InferenceError, MissingDependencyError, ModelLoadError
from hybridsdk.edge._backend import Backend, BackendOptions, match_names, report_fallback
from hybridsdk.edge._graph_cache import GraphCache
from hybridsdk.edge._manifest import ModelEntry
from hybridsdk.edge._providers import (
    CPU_PROVIDER,
    DEFAULT_ORT_PROVIDERS,
    default_threads,
    select_providers,
)

__all__ = ["OnnxRuntimeBackend", "import_onnxruntime"]

logger = logging.getLogger("hybridsdk.edge")

# Providers whose optimized graph ORT can save and reload as a plain ONNX file. Compiling
# providers (TensorRT, OpenVINO, QNN, CoreML) keep their own engine/context caches.
_CACHEABLE = frozenset({CPU_PROVIDER, "CUDAExecutionProvider"})


def import_onnxruntime() -> ModuleType:
    """`onnxruntime`, or `MissingDependencyError` naming the "onnx" extra."""
    try:
        import onnxruntime
    except ImportError:
        raise MissingDependencyError("ONNX Runtime", "onnx", tried=("onnxruntime",)) from None
    module: ModuleType = onnxruntime
    return module


class OnnxRuntimeBackend(Backend):
    """A model in an ONNX Runtime `InferenceSession`.

    Args:
        entry: the model's manifest entry.
        data: the verified model bytes.
        options: provider preference, strictness, threads, graph cache.
    """

    runtime = "onnxruntime"

    def __init__(self, entry: ModelEntry, data: bytes, options: BackendOptions) -> None:
        ort = import_onnxruntime()
        self.entry = entry
        available = (
            list(options.available_providers)
            if options.available_providers is not None
            else list(ort.get_available_providers())
        )
        explicit = options.providers is not None
        wanted = (
            list(options.providers)
            if options.providers is not None
            else list(DEFAULT_ORT_PROVIDERS)
        )
        selected = select_providers(wanted, available)
        self.requested = tuple(selected)
        # With the default list, a missing GPU is expected and not worth a warning; a
        # provider the caller named is.
        if explicit and wanted and selected[0] != wanted[0]:
            report_fallback(
                entry.name,
                wanted[0],
                selected[0],
                strict=options.strict,
                why=f"not in this onnxruntime build; available: {', '.join(available)}",
            )
        self.threads = default_threads(options.threads)
        session, self.graph_cache = self._create(ort, data, selected, options)
        actual = str(session.get_providers()[0])
        if actual != selected[0]:
            report_fallback(
                entry.name,
                selected[0],
                actual,
                strict=options.strict,
                why="onnxruntime could not initialise it (driver or library missing?)",
            )
        self.accelerator = actual
        self._session: Any = session
        in_map = match_names(
            "inputs",
            [s.name for s in entry.inputs],
            [i.name for i in session.get_inputs()],
            entry.name,
        )
        out_map = match_names(
            "outputs",
            [s.name for s in entry.outputs],
            [o.name for o in session.get_outputs()],
            entry.name,
        )
        self._in_map: dict[str, str] | None = (
            None if all(k == v for k, v in in_map.items()) else in_map
        )
        self._out_names = tuple(s.name for s in entry.outputs)
        self._out_native = [out_map[n] for n in self._out_names]
        logger.info(
            "loaded %s on onnxruntime %s (%s, %d threads, graph cache %s)",
            entry.name,
            ort.__version__,
            actual,
            self.threads,
            self.graph_cache,
        )

    def _session_options(self, ort: ModuleType) -> Any:
        so = ort.SessionOptions()
        so.intra_op_num_threads = self.threads
        so.inter_op_num_threads = 1
        so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        # Spinning threads burn a small board's cores between requests.
        so.add_session_config_entry("session.intra_op.allow_spinning", "0")
        so.add_session_config_entry("session.inter_op.allow_spinning", "0")
        so.log_severity_level = 3  # we report fallbacks ourselves, once, as WARNINGs
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        return so

    def _new_session(self, ort: ModuleType, model: bytes, so: Any, providers: list[str]) -> Any:
        try:
            with warnings.catch_warnings():
                # ORT warns about unavailable providers itself; we compare requested with
                # actual after creation and report once, through logging.
                warnings.filterwarnings(
                    "ignore", message="Specified provider", category=UserWarning
                )
                return ort.InferenceSession(model, sess_options=so, providers=providers)
        except Exception as exc:  # ORT raises its own pybind exception types
            raise ModelLoadError(
                f"onnxruntime {ort.__version__} could not load model {self.entry.name!r} "
                f"(the file passed its sha256 check): {exc}. Check that the model's opset is "
                "supported by this onnxruntime version"
            ) from exc

    def _create(
        self, ort: ModuleType, data: bytes, providers: list[str], options: BackendOptions
    ) -> tuple[Any, str]:
        if not options.graph_cache or not set(providers) <= _CACHEABLE:
            return self._new_session(ort, data, self._session_options(ort), providers), "off"
        cache = GraphCache(options.cache_dir)
        key = cache.key(self.entry.sha256, ort.__version__, providers, "all")
        cached, state = cache.load(key)
        if cached is not None:
            so = self._session_options(ort)
            # The graph is already optimized; doing it again is the cost we came to skip.
            so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
            try:
                return self._new_session(ort, cached, so, providers), "hit"
            except ModelLoadError as exc:
                logger.warning(
                    "cached optimized graph for %s failed to load (%s); rebuilding",
                    self.entry.name,
                    exc,
                )
                cache.discard(key)
                state = "corrupt"
        so = self._session_options(ort)
        staging = cache.staging_path()
        if staging is not None:
            so.optimized_model_filepath = str(staging)
        try:
            session = self._new_session(ort, data, so, providers)
        except ModelLoadError:
            if staging is not None:
                staging.unlink(missing_ok=True)
            raise
        if staging is not None:
            cache.commit(key, staging, source=self.entry.name)
        return session, ("rebuilt" if state == "corrupt" else "miss")

    def run(self, feed: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        session = self._session
        if session is None:
            raise ModelLoadError(f"model {self.entry.name!r} is closed; load it again")
        if self._in_map is not None:
            feed = {self._in_map[k]: v for k, v in feed.items()}
        try:
            outputs = session.run(self._out_native, feed)
        except Exception as exc:
            raise InferenceError(
                f"onnxruntime failed running model {self.entry.name!r}: {exc}"
            ) from exc
        return dict(zip(self._out_names, outputs, strict=True))

    def close(self) -> None:
        self._session = None

    @property
    def native(self) -> Any:
        return self._session
