from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parent.parent
EDGE_MODELS = REPO / "edge_models"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# --- reference gateway (tests/gateway_process.py) ------------------------------------


@pytest.fixture(scope="module")
def gateway_process(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A real `hybridsdk gateway` on a free loopback port, serving the zoo, with a temp
    key directory; stopped after the module."""
    from tests._gateway_process import run_gateway

    base = tmp_path_factory.mktemp("gateway")
    with run_gateway(keys_dir=base / "keys", log_dir=base) as process:
        yield process


# CI runs the property tests on hypothesis's fixed per-test seeds, so a submission's
# result does not depend on luck; local runs keep exploring new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
