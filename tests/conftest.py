from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EDGE_MODELS = REPO / "edge_models"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
