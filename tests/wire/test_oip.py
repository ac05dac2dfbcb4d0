from __future__ import annotations

import json

import numpy as np
import pytest

from hybridsdk import EncodingError
from hybridsdk.wire._oip import (
    decode_infer_request,
    decode_infer_response,
    encode_infer_request,
    encode_infer_response,
)


def test_request_round_trip_keeps_dtype_shape_and_values() -> None:
    pixels = np.arange(128, dtype=np.float32).reshape(2, 64) / 7
    ids = np.array([[1, -2]], dtype=np.int64)
    body = encode_infer_request(
        {"pixels": pixels, "ids": ids}, request_id="r1", outputs=("probabilities",)
    )
    decoded = decode_infer_request(body)
    assert decoded.id == "r1"
    assert decoded.requested_outputs == ("probabilities",)
    assert decoded.tensors["pixels"].dtype == np.float32
    np.testing.assert_array_equal(decoded.tensors["pixels"], pixels)
    np.testing.assert_array_equal(decoded.tensors["ids"], ids)


def test_wire_form_matches_the_spec() -> None:
    body = json.loads(encode_infer_request({"x": np.array([[1.5, 2.0]], dtype=np.float32)}))
    assert body == {
        "inputs": [{"name": "x", "shape": [1, 2], "datatype": "FP32", "data": [1.5, 2.0]}]
    }


def test_bytes_tensor_round_trip() -> None:
    body = encode_infer_request({"text": np.array(["héllo", "b"], dtype=object)})
    decoded = decode_infer_request(body)
    assert decoded.tensors["text"].tolist() == ["héllo", "b"]


def test_nested_data_is_accepted() -> None:
    body = b'{"inputs":[{"name":"x","shape":[2,2],"datatype":"INT32","data":[[1,2],[3,4]]}]}'
    assert decode_infer_request(body).tensors["x"].tolist() == [[1, 2], [3, 4]]


def test_response_round_trip() -> None:
    probs = np.full((1, 10), 0.1, dtype=np.float32)
    body = encode_infer_response({"probabilities": probs}, model_name="m", request_id="7")
    decoded = decode_infer_response(body)
    assert decoded.model_name == "m" and decoded.id == "7"
    np.testing.assert_array_equal(decoded.tensors["probabilities"], probs)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"not json", "not valid JSON"),
        (b"[]", "JSON object"),
        (b"{}", "non-empty list"),
        (b'{"inputs":[{"name":"x","shape":[2],"datatype":"FP32","data":[1]}]}', "needs 2 values"),
        (
            b'{"inputs":[{"name":"x","shape":[1],"datatype":"FLOAT","data":[1]}]}',
            "unknown datatype",
        ),
        (b'{"inputs":[{"name":"x","shape":[-1],"datatype":"FP32","data":[1]}]}', "non-negative"),
        (b'{"inputs":[{"name":"x","shape":[1],"datatype":"FP32"}]}', "'data' is missing"),
        (b'{"inputs":[{"name":"x","shape":[1],"datatype":"INT8","data":["a"]}]}', "does not fit"),
        (b'{"inputs":[{"shape":[1],"datatype":"FP32","data":[1]}]}', "'name'"),
        (
            b'{"inputs":[{"name":"x","shape":[1],"datatype":"FP32","data":[1]},'
            b'{"name":"x","shape":[1],"datatype":"FP32","data":[1]}]}',
            "appears twice",
        ),
        (
            b'{"inputs":[{"name":"x","shape":[100000,100000],"datatype":"FP32","data":[]}]}',
            "over the limit",
        ),
    ],
)
def test_malformed_requests_are_rejected_with_what_was_wrong(body: bytes, words: str) -> None:
    with pytest.raises(EncodingError, match=words):
        decode_infer_request(body)


def test_error_response_is_reported() -> None:
    with pytest.raises(EncodingError, match="model not ready"):
        decode_infer_response(b'{"error":"model not ready"}')


def test_unsupported_dtype_names_the_alternatives() -> None:
    with pytest.raises(EncodingError, match="no Open Inference Protocol datatype"):
        encode_infer_request({"x": np.array([1 + 2j])})
