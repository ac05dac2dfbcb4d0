"""Every bad input gets a typed error naming what was expected and what came; good inputs convert."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from hybridsdk._exceptions import (
    BatchTooLargeError,
    ConfigurationError,
    InputDTypeError,
    InputNameError,
    InputShapeError,
    InputValidationError,
    NonFiniteInputError,
)
from hybridsdk.edge._local_model import LocalModel, load_model
from hybridsdk.edge._manifest import TensorSpec
from hybridsdk.edge._validation import InputValidator
from tests._zoo import linear_reference, standard_zoo


@pytest.fixture(scope="module", params=["lin-fp32", "lin-fp32-tfl"])
def model(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> LocalModel:
    root = tmp_path_factory.mktemp("val")
    reg = standard_zoo(root / "zoo")
    return load_model(request.param, registry=reg, cache_dir=root / "cache", max_batch=8)


def x_ok(n: int = 2) -> np.ndarray:
    return np.random.default_rng(n).uniform(0, 16, size=(n, 64)).astype(np.float32)


def test_good_input_runs_on_both_runtimes(model: LocalModel) -> None:
    x = x_ok(3)
    out = model.run({"pixels": x})
    np.testing.assert_allclose(out["probabilities"], linear_reference(x), rtol=1e-4, atol=1e-6)


def test_missing_input_name(model: LocalModel) -> None:
    with pytest.raises(InputNameError) as info:
        model.run({"image": x_ok()})
    text = str(info.value)
    assert "'pixels'" in text and "missing ['pixels']" in text and "unknown ['image']" in text


def test_extra_input_name(model: LocalModel) -> None:
    with pytest.raises(InputNameError, match=r"unknown \['extra'\]"):
        model.run({"pixels": x_ok(), "extra": x_ok()})


def test_empty_mapping(model: LocalModel) -> None:
    with pytest.raises(InputNameError, match="missing"):
        model.run({})


def test_not_a_mapping(model: LocalModel) -> None:
    with pytest.raises(InputValidationError, match="mapping"):
        model.run(x_ok())  # type: ignore[arg-type]


def test_one_dimensional_sample_is_rejected_with_the_fix(model: LocalModel) -> None:
    with pytest.raises(InputShapeError) as info:
        model.run({"pixels": x_ok(1)[0]})
    text = str(info.value)
    assert "[None, 64]" in text and "[64]" in text and "x[None, ...]" in text


def test_wrong_feature_count(model: LocalModel) -> None:
    with pytest.raises(InputShapeError, match=r"expects shape \[None, 64\].*got \[2, 63\]"):
        model.run({"pixels": np.zeros((2, 63), np.float32)})


def test_wrong_rank(model: LocalModel) -> None:
    with pytest.raises(InputShapeError, match=r"got \[2, 8, 8\]"):
        model.run({"pixels": np.zeros((2, 8, 8), np.float32)})


def test_ragged_list(model: LocalModel) -> None:
    with pytest.raises(InputShapeError, match="same length"):
        model.run({"pixels": [[0.0] * 64, [0.0] * 63]})


def test_empty_batch(model: LocalModel) -> None:
    with pytest.raises(InputShapeError, match="empty batch"):
        model.run({"pixels": np.zeros((0, 64), np.float32)})


def test_batch_too_large(model: LocalModel) -> None:
    with pytest.raises(BatchTooLargeError, match=r"batch of 9, above max_batch=8"):
        model.run({"pixels": np.zeros((9, 64), np.float32)})
    assert model.run({"pixels": np.zeros((8, 64), np.float32)})["probabilities"].shape == (8, 10)


@pytest.mark.parametrize(
    ("value", "dtype_text"),
    [
        (np.full((1, 64), "a"), "<U1"),
        (np.zeros((1, 64), np.complex64), "complex64"),
        (np.zeros((1, 64), object), "object"),
        (np.zeros((1, 64), "datetime64[s]"), "datetime64[s]"),
    ],
)
def test_unsafe_dtypes_are_rejected(model: LocalModel, value: np.ndarray, dtype_text: str) -> None:
    with pytest.raises(InputDTypeError) as info:
        model.run({"pixels": value})
    assert "float32 [None, 64]" in str(info.value) and dtype_text in str(info.value)


def test_string_input(model: LocalModel) -> None:
    with pytest.raises(InputDTypeError, match="got a str"):
        model.run({"pixels": "0,1,2"})


@pytest.mark.parametrize("dtype", [np.float64, np.float16, np.int64, np.uint8, np.bool_])
def test_safe_dtypes_are_converted(model: LocalModel, dtype: type) -> None:
    x = np.random.default_rng(1).integers(0, 2, size=(2, 64)).astype(dtype)
    out = model.run({"pixels": x})["probabilities"]
    np.testing.assert_allclose(out, linear_reference(x.astype(np.float32)), rtol=1e-4, atol=1e-6)


def test_nested_lists_work(model: LocalModel) -> None:
    x = x_ok(1)
    out = model.run({"pixels": x.tolist()})["probabilities"]
    np.testing.assert_allclose(out, linear_reference(x), rtol=1e-4, atol=1e-6)


def test_non_contiguous_input(model: LocalModel) -> None:
    x = np.asfortranarray(x_ok(4))
    out = model.run({"pixels": x})["probabilities"]
    np.testing.assert_allclose(out, linear_reference(x), rtol=1e-4, atol=1e-6)


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_nonfinite_rejected(model: LocalModel, bad: float) -> None:
    x = x_ok(2)
    x[1, 7] = bad
    with pytest.raises(NonFiniteInputError, match=r"1 NaN/inf value\(s\), first at index \[1, 7\]"):
        model.run({"pixels": x})


def test_float64_overflowing_float32_is_nonfinite(model: LocalModel) -> None:
    x = x_ok(1).astype(np.float64)
    x[0, 0] = 1e300
    with pytest.raises(NonFiniteInputError):
        model.run({"pixels": x})


def test_nonfinite_allowed(tmp_path: Path) -> None:
    reg = standard_zoo(tmp_path / "zoo")
    with load_model("lin-fp32", registry=reg, cache_dir=tmp_path, nonfinite="allow") as m:
        x = x_ok(1)
        x[0, 0] = np.nan
        assert np.isnan(m.run({"pixels": x})["probabilities"]).all()


def test_batch_grows_and_shrinks_on_litert(model: LocalModel) -> None:
    for n in (1, 5, 2, 5):
        x = x_ok(n)
        np.testing.assert_allclose(
            model.run({"pixels": x})["probabilities"], linear_reference(x), rtol=1e-4, atol=1e-6
        )


def test_bad_settings(tmp_path: Path) -> None:
    reg = standard_zoo(tmp_path / "zoo")
    with pytest.raises(ConfigurationError, match="nonfinite"):
        load_model("lin-fp32", registry=reg, nonfinite="drop")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="max_batch"):
        load_model("lin-fp32", registry=reg, max_batch=0)
    with pytest.raises(ConfigurationError, match="threads"):
        load_model("lin-fp32", registry=reg, threads=0, cache_dir=tmp_path)


# The validator alone, on specs the fixture models do not have.


def test_integer_model_input_rules() -> None:
    v = InputValidator([TensorSpec(name="ids", shape=(None, 4), dtype="int32")], model="m")
    assert v({"ids": np.array([[1, 2, 3, 4]], np.int64)})["ids"].dtype == np.int32
    with pytest.raises(InputDTypeError, match=r"do not fit in int32"):
        v({"ids": np.array([[2**40, 0, 0, 0]], np.int64)})
    with pytest.raises(InputDTypeError, match="round and convert"):
        v({"ids": np.zeros((1, 4), np.float32)})


def test_fixed_and_dynamic_dims_mixed() -> None:
    v = InputValidator([TensorSpec(name="a", shape=(None, 3, None), dtype="float32")], model="m")
    assert v({"a": np.zeros((2, 3, 7), np.float32)})["a"].shape == (2, 3, 7)
    with pytest.raises(InputShapeError, match=r"\[None, 3, None\]"):
        v({"a": np.zeros((2, 4, 7), np.float32)})


def test_two_inputs_must_share_batch() -> None:
    specs = [
        TensorSpec(name="a", shape=(None, 2), dtype="float32"),
        TensorSpec(name="b", shape=(None, 2), dtype="float32"),
    ]
    v = InputValidator(specs, model="m")
    with pytest.raises(InputShapeError, match="same first dimension"):
        v({"a": np.zeros((2, 2), np.float32), "b": np.zeros((3, 2), np.float32)})


# -- text inputs ------------------------------------------------------------------------


def _text_validator():
    from hybridsdk.edge._manifest import TensorSpec
    from hybridsdk.edge._validation import InputValidator

    return InputValidator([TensorSpec(name="text", shape=(None, 1), dtype="str")], model="t")


def test_text_inputs_accept_str_bytes_and_object_arrays() -> None:
    import numpy as np

    check = _text_validator()
    for value in (
        np.array([["hello"]]),
        np.array([[b"hello"]]),
        np.array([["hello"]], dtype=object),
        [["hello"]],
    ):
        feed = check({"text": value})
        assert feed["text"].dtype == object and feed["text"][0, 0] == "hello"


def test_text_inputs_reject_numbers_non_utf8_and_bare_strings() -> None:
    import numpy as np
    import pytest

    from hybridsdk import InputDTypeError, InputShapeError

    check = _text_validator()
    with pytest.raises(InputDTypeError, match="expects text"):
        check({"text": np.array([[1.0]])})
    with pytest.raises(InputDTypeError, match="element 0 is a int"):
        check({"text": np.array([[1]], dtype=object)})
    with pytest.raises(InputDTypeError, match="not UTF-8"):
        check({"text": np.array([[b"\xff"]], dtype=object)})
    with pytest.raises(InputShapeError, match="bare str"):
        check({"text": "hello"})
