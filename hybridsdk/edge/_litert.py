"""The LiteRT (TFLite) backend: Edge TPU when the model and the device allow it, else XNNPACK/CPU.

The interpreter comes from the first package that imports: `ai_edge_litert` (current),
`tflite_runtime` (older boards), then full `tensorflow`.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import platform
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from hybridsdk._exceptions import (
    InferenceError,
    InputShapeError,
    MissingDependencyError,
    ModelLoadError,
)
from hybridsdk.edge._backend import Backend, BackendOptions, match_names, report_fallback
from hybridsdk.edge._manifest import ModelEntry, TensorSpec
from hybridsdk.edge._providers import (
    DEFAULT_LITERT_DELEGATES,
    LITERT_CPU,
    LITERT_EDGETPU,
    LITERT_XNNPACK,
    default_threads,
    select_litert_delegates,
)

__all__ = ["LITERT_MODULES", "LiteRTBackend", "edgetpu_library", "import_litert"]

logger = logging.getLogger("hybridsdk.edge")
_STDERR_LOCK = threading.Lock()


@contextlib.contextmanager
def _native_stderr_to_log() -> Iterator[None]:
    """Send what LiteRT's C++ runtime prints to file descriptor 2 to our logger instead.

    The runtime writes lines such as "INFO: Created TensorFlow Lite XNNPACK delegate" to
    stderr while an interpreter is built; a library must not print, so for that moment
    fd 2 points at a temporary file whose lines are logged at DEBUG.
    """
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no usable fd 2 (embedded interpreters): leave it alone
        yield
        return
    with _STDERR_LOCK, tempfile.TemporaryFile() as captured:
        os.dup2(captured.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            captured.seek(0)
            for line in captured.read().decode("utf-8", "replace").splitlines():
                if line.strip():
                    logger.debug("litert: %s", line)


LITERT_MODULES = ("ai_edge_litert.interpreter", "tflite_runtime.interpreter", "tensorflow.lite")
# edgetpu_compiler replaces the graph with this custom op; without it the TPU runs nothing.
_EDGETPU_OP = b"edgetpu-custom-op"
_DELEGATE_OP = "DELEGATE"


class LiteRT:
    """The pieces of whichever LiteRT package was found."""

    def __init__(self, module: str, interpreter: Any, load_delegate: Any, resolver: Any) -> None:
        self.module = module
        self.Interpreter = interpreter
        self.load_delegate = load_delegate
        self.OpResolverType = resolver


def import_litert() -> LiteRT:
    """The first LiteRT interpreter package that imports, or `MissingDependencyError("LiteRT", "tflite")`."""
    tried: list[str] = []
    for name in LITERT_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            tried.append(name)
            continue
        if name == "tensorflow.lite":
            experimental = module.experimental
            return LiteRT(
                name,
                module.Interpreter,
                experimental.load_delegate,
                getattr(experimental, "OpResolverType", None),
            )
        return LiteRT(
            name, module.Interpreter, module.load_delegate, getattr(module, "OpResolverType", None)
        )
    raise MissingDependencyError("LiteRT", "tflite", tried=tuple(tried))


def edgetpu_library() -> str:
    """The Edge TPU runtime library's name on this OS."""
    return {"Darwin": "libedgetpu.1.dylib", "Windows": "edgetpu.dll"}.get(
        platform.system(), "libedgetpu.so.1"
    )


class _Tensor:
    """One model input/output: its interpreter index and (de)quantization, compiled at load."""

    __slots__ = ("convert", "index", "name")

    def __init__(
        self, name: str, index: int, convert: Callable[[np.ndarray], np.ndarray] | None
    ) -> None:
        self.name = name
        self.index = index
        self.convert = convert


def _quantizer(
    spec: TensorSpec, detail: dict[str, Any], *, to_native: bool
) -> Callable[[np.ndarray], np.ndarray] | None:
    """Convert between the manifest's float tensor and an int8/uint8 quantized model tensor."""
    native = np.dtype(detail["dtype"])
    wanted = np.dtype(spec.dtype)
    if native == wanted:
        return None
    scale, zero = detail.get("quantization", (0.0, 0))
    if native.kind not in "iu" or wanted.kind != "f" or not scale:
        raise ModelLoadError(
            f"tensor {spec.name!r}: the manifest says {wanted} but the model holds {native} "
            "without per-tensor quantization; fix the manifest or rebuild the model"
        )
    info = np.iinfo(native)
    inv = 1.0 / float(scale)
    zp = float(zero)
    if to_native:
        return lambda x: np.clip(np.rint(x * inv) + zp, info.min, info.max).astype(native)
    return lambda q: ((q.astype(np.float32) - zp) * float(scale)).astype(wanted)


class LiteRTBackend(Backend):
    """A model in a LiteRT interpreter. Interpreters are not thread-safe: calls are serialised.

    Args:
        entry: the model's manifest entry.
        data: the verified model bytes.
        options: accelerator preference ("edgetpu", "xnnpack", "cpu"), strictness, threads;
            `options.delegate_loader` replaces `load_delegate` (tests).
    """

    runtime = "litert"

    def __init__(self, entry: ModelEntry, data: bytes, options: BackendOptions) -> None:
        lite = import_litert()
        self.entry = entry
        self.module = lite.module
        self.threads = default_threads(options.threads)
        explicit = options.providers is not None
        preferred = select_litert_delegates(
            options.providers if options.providers is not None else DEFAULT_LITERT_DELEGATES
        )
        self.requested = tuple(preferred)
        loader = options.delegate_loader or lite.load_delegate
        compiled = _EDGETPU_OP in data

        delegates: list[Any] = []
        wants_tpu = LITERT_EDGETPU in preferred
        # A plain model gains nothing from the TPU delegate, so only a caller who asked for
        # it pays for probing the device.
        if wants_tpu and (compiled or (explicit and preferred[0] == LITERT_EDGETPU)):
            try:
                delegates.append(loader(edgetpu_library()))
            except (ValueError, OSError, RuntimeError) as exc:
                report_fallback(
                    entry.name,
                    "Edge TPU",
                    "the CPU",
                    strict=options.strict,
                    why=f"could not load {edgetpu_library()}: {exc}",
                )
            else:
                if not compiled:
                    delegates.clear()
                    report_fallback(
                        entry.name,
                        "Edge TPU",
                        "the CPU",
                        strict=options.strict,
                        why="the model is not compiled for the Edge TPU; run edgetpu_compiler on it",
                    )
        use_xnnpack = LITERT_XNNPACK in preferred and (
            preferred.index(LITERT_XNNPACK) < preferred.index(LITERT_CPU)
        )
        kwargs: dict[str, Any] = {"model_content": data, "num_threads": self.threads}
        if delegates:
            kwargs["experimental_delegates"] = delegates
        if not use_xnnpack and lite.OpResolverType is not None:
            kwargs["experimental_op_resolver_type"] = (
                lite.OpResolverType.BUILTIN_WITHOUT_DEFAULT_DELEGATES
            )
        try:
            with _native_stderr_to_log():
                interp = lite.Interpreter(**kwargs)
                interp.allocate_tensors()
        except (ValueError, RuntimeError) as exc:
            hint = (
                " The model is compiled for the Edge TPU and needs its delegate (libedgetpu)."
                if compiled and not delegates
                else ""
            )
            raise ModelLoadError(
                f"{lite.module} could not load model {entry.name!r} (the file passed its sha256 "
                f"check): {exc}.{hint}"
            ) from exc
        self.accelerator = self._actual_accelerator(interp, bool(delegates))
        first = preferred[0]
        wanted_name = {LITERT_EDGETPU: "EdgeTPU", LITERT_XNNPACK: "XNNPACK", LITERT_CPU: "CPU"}[
            first
        ]
        if explicit and first == LITERT_XNNPACK and self.accelerator != wanted_name:
            report_fallback(
                entry.name,
                wanted_name,
                self.accelerator,
                strict=options.strict,
                why="XNNPACK took no part of the graph",
            )
        self._interp: Any = interp
        self._lock = threading.Lock()
        self._delegates = delegates  # the interpreter borrows them; keep them alive
        self._inputs = self._bind(
            entry.inputs, interp.get_input_details(), "inputs", to_native=True
        )
        self._outputs = self._bind(
            entry.outputs, interp.get_output_details(), "outputs", to_native=False
        )
        self._shapes = {
            d["index"]: tuple(int(v) for v in d["shape"]) for d in interp.get_input_details()
        }
        logger.info(
            "loaded %s on %s (%s, %d threads)",
            entry.name,
            lite.module,
            self.accelerator,
            self.threads,
        )

    @staticmethod
    def _actual_accelerator(interp: Any, tpu: bool) -> str:
        if tpu:
            return "EdgeTPU"
        try:
            ops = {op["op_name"] for op in interp._get_ops_details()}
        except Exception:  # private API; older tflite_runtime builds lack it
            return "CPU"
        # The default XNNPACK delegate shows up as DELEGATE nodes in the execution plan.
        return "XNNPACK" if _DELEGATE_OP in ops else "CPU"

    def _bind(
        self,
        specs: Sequence[TensorSpec],
        details: list[dict[str, Any]],
        what: str,
        *,
        to_native: bool,
    ) -> tuple[_Tensor, ...]:
        by_name = {d["name"]: d for d in details}
        mapping = match_names(
            what, [s.name for s in specs], [d["name"] for d in details], self.entry.name
        )
        return tuple(
            _Tensor(
                s.name,
                int(by_name[mapping[s.name]]["index"]),
                _quantizer(s, by_name[mapping[s.name]], to_native=to_native),
            )
            for s in specs
        )

    def _resize(self, interp: Any, index: int, shape: tuple[int, ...]) -> None:
        try:
            interp.resize_tensor_input(index, list(shape))
            interp.allocate_tensors()
        except (ValueError, RuntimeError) as exc:
            raise InputShapeError(
                f"model {self.entry.name!r} cannot take an input of shape {list(shape)}: {exc}"
            ) from exc
        self._shapes[index] = shape

    def run(self, feed: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        with self._lock:
            interp = self._interp
            if interp is None:
                raise ModelLoadError(f"model {self.entry.name!r} is closed; load it again")
            try:
                for t in self._inputs:
                    x = feed[t.name]
                    if t.convert is not None:
                        x = t.convert(x)
                    if x.shape != self._shapes[t.index]:
                        self._resize(interp, t.index, x.shape)
                    interp.set_tensor(t.index, x)
                interp.invoke()
                out = {}
                for t in self._outputs:
                    y = interp.get_tensor(t.index)
                    out[t.name] = y if t.convert is None else t.convert(y)
            except InputShapeError:
                raise
            except (ValueError, RuntimeError) as exc:
                raise InferenceError(
                    f"{self.module} failed running model {self.entry.name!r}: {exc}"
                ) from exc
            return out

    def close(self) -> None:
        with self._lock:
            self._interp = None
            self._delegates = []

    @property
    def native(self) -> Any:
        return self._interp
