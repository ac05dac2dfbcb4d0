"""`hybridsdk.__all__` lists exactly the public names, sorted (as httpx does)."""

from __future__ import annotations

import hybridsdk


def test_all_is_sorted_and_complete() -> None:
    public = {name for name in dir(hybridsdk) if not name.startswith("_")}
    exported = set(hybridsdk.__all__) - {"__version__"}
    # Subpackages are importable attributes, not exported names.
    submodules = {"cli", "edge", "routing", "cloud", "gateway", "wire", "outbox", "testing"}
    assert exported == public - submodules
    names = [n for n in hybridsdk.__all__ if n != "__version__"]
    assert names == sorted(names)


def test_every_export_has_a_docstring() -> None:
    for name in hybridsdk.__all__:
        obj = getattr(hybridsdk, name)
        if callable(obj):
            assert obj.__doc__, f"{name} has no docstring"
