from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EDGE_MODELS = REPO / "edge_models"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# --- reference gateway (tests/gateway_process.py) ------------------------------------


@pytest.fixture(scope="module")
def gateway_process(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A real `hybridsdk gateway` on a free loopback port, serving the zoo, with a temp
    key directory; stopped after the module."""
    from gateway_process import run_gateway

    base = tmp_path_factory.mktemp("gateway")
    with run_gateway(keys_dir=base / "keys", log_dir=base) as process:
        yield process
