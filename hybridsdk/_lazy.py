"""PEP 562 lazy exports: a package lists its public names and where they live.

A name's module is imported on first attribute access, so importing a package costs only
what it defines eagerly.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any


def lazy_exports(
    package: str, namespace: dict[str, Any], exports: Mapping[str, str], public: Iterable[str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Return `__getattr__` and `__dir__` for `package`.

    Args:
        package: the package's `__name__`, for error messages.
        namespace: the package's `globals()`; loaded names are cached there.
        exports: public name -> module that defines it.
        public: the package's `__all__`.
    """
    names = sorted(set(public))

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value  # later lookups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(names))

    return __getattr__, __dir__
