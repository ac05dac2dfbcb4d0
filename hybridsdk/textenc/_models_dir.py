"""Where the encoder-backed model heads live (edge_models/cloud/text/ and its wheel copy)."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from hybridsdk.edge._registry import MANIFEST_NAME

__all__ = ["cloud_models_dir"]

_ENV_VAR = "HYBRIDSDK_CLOUD_MODELS_DIR"


def cloud_models_dir() -> Path | None:
    """$HYBRIDSDK_CLOUD_MODELS_DIR, else `text/` of the installed hybridsdk-cloud-models
    package, else the checkout's `edge_models/cloud/text/`, else None."""
    env = os.environ.get(_ENV_VAR)
    if env:
        return Path(env)
    candidates: list[Path] = []
    try:  # the hybridsdk-cloud-models wheel, when installed
        installed = importlib.import_module("hybridsdk_cloud_models").__file__
        if installed:
            candidates.append(Path(installed).resolve().parent / "text")
    except ImportError:
        pass
    checkout = Path(__file__).resolve().parent.parent.parent
    candidates.append(checkout / "edge_models" / "cloud" / "text")
    for candidate in candidates:
        if (candidate / MANIFEST_NAME).is_file():
            return candidate
    return None
