"""Interop: NVIDIA's `tritonclient.http` (software we did not write) against the real
gateway process, speaking plain Open Inference Protocol JSON."""

from __future__ import annotations

import numpy as np
import pytest

from tests._gateway_process import MODEL, GatewayProcess, digits, local_probabilities

pytestmark = pytest.mark.slow  # a unit run (-m 'not slow') skips it; CI runs it

httpclient = pytest.importorskip("tritonclient.http")
InferenceServerException = pytest.importorskip("tritonclient.utils").InferenceServerException


@pytest.fixture(scope="module")
def triton(gateway_process: GatewayProcess):  # type: ignore[no-untyped-def]
    client = httpclient.InferenceServerClient(url=f"127.0.0.1:{gateway_process.port}")
    yield client
    client.close()


def test_server_live_ready_and_metadata(triton) -> None:  # type: ignore[no-untyped-def]
    assert triton.is_server_live()
    assert triton.is_server_ready()
    assert triton.is_model_ready(MODEL)
    assert triton.get_server_metadata()["name"] == "hybridsdk-gateway"
    meta = triton.get_model_metadata(MODEL)
    assert meta["name"] == MODEL
    assert meta["platform"] == "onnxruntime_onnx"
    assert meta["inputs"] == [{"name": "pixels", "datatype": "FP32", "shape": [-1, 64]}]
    assert meta["outputs"] == [{"name": "probabilities", "datatype": "FP32", "shape": [-1, 10]}]


def test_infer_json_matches_local_onnxruntime(triton) -> None:  # type: ignore[no-untyped-def]
    pixels = digits(16)
    tensor = httpclient.InferInput("pixels", list(pixels.shape), "FP32")
    tensor.set_data_from_numpy(pixels, binary_data=False)
    wanted = httpclient.InferRequestedOutput("probabilities", binary_data=False)
    result = triton.infer(MODEL, [tensor], outputs=[wanted], request_id="t-1")
    got = result.as_numpy("probabilities")
    assert got.shape == (16, 10) and got.dtype == np.float32
    np.testing.assert_allclose(got, local_probabilities(pixels), rtol=1e-5, atol=1e-6)
    assert result.get_response()["id"] == "t-1"
    assert int(got.argmax(axis=1)[0]) == 0  # the first digits sample is a zero


def test_errors_reach_tritonclient_as_messages(triton) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InferenceServerException, match="no model named 'nope'"):
        triton.get_model_metadata("nope")
    pixels = np.zeros((1, 63), dtype=np.float32)
    tensor = httpclient.InferInput("pixels", [1, 63], "FP32")
    tensor.set_data_from_numpy(pixels, binary_data=False)
    with pytest.raises(InferenceServerException, match="shape"):
        triton.infer(MODEL, [tensor])
    # tritonclient's default binary tensors are refused with advice, not misread.
    binary = httpclient.InferInput("pixels", [1, 64], "FP32")
    binary.set_data_from_numpy(np.zeros((1, 64), dtype=np.float32), binary_data=True)
    with pytest.raises(InferenceServerException, match="binary_data=False"):
        triton.infer(MODEL, [binary])
