"""Which zoo a gateway serves when no --models is given.

The `hybridsdk` wheel carries the edge models only (devices never download cloud
models); servers install `hybridsdk-cloud-models` (edge_models/cloud/ in the repository), the
whole signed zoo. A source checkout's edge_models/ holds everything already.
"""

from __future__ import annotations

import importlib
from pathlib import Path

__all__ = ["CLOUD_MODELS_HINT", "server_models_dir"]

CLOUD_MODELS_HINT = (
    "the cloud models are not part of the device install: on a server, install the "
    "hybridsdk-cloud-models package (pip wheel ./edge_models/cloud from a checkout), or point "
    "--models at a full zoo folder"
)


def server_models_dir() -> Path | None:
    """The hybridsdk-cloud-models zoo when that package is installed, else None (the
    default zoo: a checkout's edge_models/, or the wheel's edge models)."""
    try:
        package = importlib.import_module("hybridsdk_cloud_models")
    except ImportError:
        return None
    folder: Path = package.zoo_dir()
    return folder
