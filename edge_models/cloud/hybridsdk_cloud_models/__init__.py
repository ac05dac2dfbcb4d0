"""The whole signed model zoo of hybridsdk, cloud models included, for gateways.

`hybridsdk gateway` serves this zoo by default when the package is installed; devices do
not install it (the `hybridsdk` wheel carries the edge models only).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["zoo_dir"]


def zoo_dir() -> Path:
    """The folder holding the zoo's `manifest.json`, signature and every model file."""
    return Path(__file__).resolve().parent / "zoo"
