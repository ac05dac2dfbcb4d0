"""The pinned generative models by name: the device model and the larger cloud stand-in."""

from __future__ import annotations

from hybridsdk._exceptions import InputValidationError
from hybridsdk.generate._artifacts import SMOLLM2_135M, WheelModel
from hybridsdk.generate._split_artifacts import QWEN25_CODER_05B, SplitWheelModel

__all__ = ["DEFAULT_MODEL", "MODELS", "model_spec"]

ModelSpec = WheelModel | SplitWheelModel

# smollm2-135m: the on-device model. qwen2.5-coder-0.5b: ~3.7x the parameters (491 MB
# GGUF), served by `hybridsdk llm-server --model qwen2.5-coder-0.5b` as the stand-in for
# a cloud model behind the gateway; built only on request (never by the default tests).
MODELS: dict[str, ModelSpec] = {
    "smollm2-135m": SMOLLM2_135M,
    "qwen2.5-coder-0.5b": QWEN25_CODER_05B,
}
DEFAULT_MODEL = "smollm2-135m"


def model_spec(name: str) -> ModelSpec:
    """The pinned source of the model called `name`.

    Raises:
        InputValidationError: `name` is not one of `MODELS`.
    """
    try:
        return MODELS[name]
    except KeyError:
        raise InputValidationError(
            f"unknown model {name!r}; choose one of {', '.join(sorted(MODELS))}"
        ) from None
