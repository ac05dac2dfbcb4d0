"""The small real model files of `tests/_zoo.py` compute what they say."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from hybridsdk.edge._registry import ModelRegistry
from tests._zoo import (
    IN_SCALE,
    IN_ZERO,
    N_CLASSES,
    N_FEATURES,
    OUT_SCALE,
    linear_reference,
    make_linear_onnx,
    make_linear_tflite,
    standard_zoo,
)


@pytest.fixture
def zoo(tmp_path: Path) -> ModelRegistry:
    return standard_zoo(tmp_path / "zoo")


def test_onnx_fixture_matches_numpy_reference() -> None:
    import onnxruntime as ort

    x = np.random.default_rng(5).uniform(0, 16, size=(3, N_FEATURES)).astype(np.float32)
    session = ort.InferenceSession(make_linear_onnx(), providers=["CPUExecutionProvider"])
    (got,) = session.run(["probabilities"], {"pixels": x})
    np.testing.assert_allclose(got, linear_reference(x), rtol=1e-4, atol=1e-6)


def test_tflite_fixture_matches_numpy_reference() -> None:
    from ai_edge_litert.interpreter import Interpreter

    x = np.random.default_rng(6).uniform(0, 16, size=(2, N_FEATURES)).astype(np.float32)
    interp = Interpreter(model_content=make_linear_tflite())
    inp = interp.get_input_details()[0]
    out = interp.get_output_details()[0]
    assert list(inp["shape_signature"]) == [-1, N_FEATURES]
    interp.resize_tensor_input(inp["index"], [2, N_FEATURES])
    interp.allocate_tensors()
    interp.set_tensor(inp["index"], x)
    interp.invoke()
    np.testing.assert_allclose(
        interp.get_tensor(out["index"]), linear_reference(x), rtol=1e-4, atol=1e-6
    )


def test_zoo_manifest_verifies(zoo: ModelRegistry) -> None:
    entry, data = zoo.read_verified("cnn-fp32")
    assert entry.inputs[0].shape == (None, 1, 8, 8)
    assert len(data) == entry.size_bytes


def test_quantized_io_model_through_local_model(zoo: ModelRegistry) -> None:
    from hybridsdk.edge._local_model import load_model

    x = np.random.default_rng(8).uniform(0, 15, size=(3, N_FEATURES)).astype(np.float32)
    with load_model("lin-int8-tfl", registry=zoo) as m:
        native = m.backend.native.get_input_details()[0]
        assert np.dtype(native["dtype"]) == np.int8
        got = m.run({"pixels": x})["probabilities"]
    assert got.dtype == np.float32 and got.shape == (3, N_CLASSES)
    # Only the input rounding (scale/2 per pixel) and the output step (1/256) separate it
    # from the float model.
    x_q = (np.clip(np.rint(x / IN_SCALE) + IN_ZERO, -128, 127) - IN_ZERO) * IN_SCALE
    np.testing.assert_allclose(got, linear_reference(x_q.astype(np.float32)), atol=OUT_SCALE)
    assert np.abs(got - linear_reference(x)).max() < 0.2
