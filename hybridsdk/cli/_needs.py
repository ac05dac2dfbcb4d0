"""Say every missing optional dependency of a command at once, before it starts.

A command that fails on one missing extra at a time makes a new user reinstall once per
extra; `require_extras` checks them all up front (without importing anything heavy) and
names one `pip install` line that fixes every gap.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Sequence

from hybridsdk._exceptions import MissingDependencyError

__all__ = ["EXTRA_MODULES", "missing_extras", "require_extras"]

# extra -> (what it is for, any one of these modules satisfies it)
EXTRA_MODULES: dict[str, tuple[str, Sequence[str]]] = {
    "onnx": ("ONNX Runtime, the local model runtime", ("onnxruntime",)),
    "tflite": ("LiteRT, the TFLite runtime", ("ai_edge_litert", "tflite_runtime")),
    "gateway": ("the reference gateway (Starlette + uvicorn)", ("starlette", "uvicorn")),
    "privacy": ("phone number detection", ("phonenumbers",)),
}


def _present(extra: str) -> bool:
    _, modules = EXTRA_MODULES[extra]
    if extra == "gateway":  # needs all of them
        return all(importlib.util.find_spec(m) is not None for m in modules)
    return any(importlib.util.find_spec(m) is not None for m in modules)


def missing_extras(extras: Iterable[str]) -> list[str]:
    """The extras among `extras` whose packages are not installed, in the order given."""
    return [extra for extra in extras if not _present(extra)]


def require_extras(feature: str, extras: Iterable[str]) -> None:
    """Raise one `MissingDependencyError` naming every missing extra of `feature`."""
    missing = missing_extras(extras)
    if not missing:
        return
    what = "; ".join(f"[{e}] {EXTRA_MODULES[e][0]}" for e in missing)
    error = MissingDependencyError(feature, ",".join(missing))
    error.args = (
        f"{feature} needs optional dependencies that are not installed: {what}. Install "
        f'them all at once with: pip install "hybridsdk[{",".join(missing)}]" (or '
        '"hybridsdk[all]")',
    )
    raise error
