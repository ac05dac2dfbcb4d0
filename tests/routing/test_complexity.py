"""Pre-hoc text and tensor scores, post-hoc confidences."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hybridsdk._exceptions import (
    ConfigurationError,
    InputNameError,
    InputShapeError,
    InputValidationError,
    NonFiniteInputError,
)
from hybridsdk.edge._manifest import ModelEntry, TensorSpec
from hybridsdk.routing import _complexity as cx
from hybridsdk.routing._complexity import (
    TENSOR_WEIGHTS,
    TEXT_FEATURE_NAMES,
    TEXT_WEIGHTS,
    confidence,
    entropy,
    margin,
    max_prob,
    score_tensors,
    score_text,
    text_features,
)

# --- text -----------------------------------------------------------------------------


def test_weights_are_documented_and_sum_to_one() -> None:
    assert math.isclose(sum(TEXT_WEIGHTS.values()), 1.0)
    assert math.isclose(sum(TENSOR_WEIGHTS.values()), 1.0)
    doc = cx.__doc__ or ""
    for name, weight in TEXT_WEIGHTS.items():
        assert f"{name} " in doc and f"{weight:.2f}" in doc


def test_empty_text_scores_zero() -> None:
    s = score_text("")
    assert s.score == 0.0
    assert all(s.features[name] == 0.0 for name in TEXT_FEATURE_NAMES)


def test_feature_known_answers() -> None:
    f = text_features("Solve 3*x + 4 = 10. Is x = 2? Why? How?")
    assert f["chars"] == 39.0
    assert f["math_ops"] == 4.0  # *, +, = and = : all between operands
    assert f["questions"] == 3.0
    assert f["digit_share"] == pytest.approx(5 / 39)  # 3, 4, 1, 0, 2
    assert f["non_latin_share"] == 0.0
    assert text_features("a well-known state-of-the-art idea")["math_ops"] == 0.0
    assert text_features("10 - 3 and (2)-1 and √2")["math_ops"] == 3.0
    assert text_features("Привет мир")["non_latin_share"] == 1.0
    assert text_features("Hello Мир")["non_latin_share"] == pytest.approx(3 / 8)
    assert text_features("café naïve Ærø")["non_latin_share"] == 0.0  # accented Latin is Latin
    assert text_features("what??? really?!")["questions"] == 2.0  # runs count once
    code = "```python\ndef f(x):\n    return {x: 1};\n```"
    assert text_features(code)["code_markers"] >= 5.0


def test_tokens_estimate_ascii_and_cjk() -> None:
    assert text_features("x" * 400)["tokens"] == 100.0  # ~4 ASCII characters per token
    assert text_features("漢" * 100)["tokens"] == 100.0  # about one token per CJK character


def test_harder_texts_score_higher() -> None:
    easy = score_text("what is the capital of France")
    code = score_text(
        "Why does this fail? def f(x): return {x: [i for i in range(x)]}; import os; "
        "class A: pass; for (i=0;i<n;i++) {} And what is 12*7+3/4 = ? Which is faster?"
    )
    long = score_text("tell me a story about a dragon " * 120)
    foreign = score_text("東京で一番おいしいラーメン屋はどこですか")
    assert easy.score < 0.25
    assert code.score > easy.score + 0.3
    assert long.score > easy.score + 0.15
    assert foreign.score > easy.score
    assert code.features["sub_code"] == 1.0 and code.features["sub_math"] > 0.5
    assert code.score == pytest.approx(
        sum(TEXT_WEIGHTS[k] * code.features["sub_" + k] for k in TEXT_WEIGHTS)
    )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_text_score_is_always_in_unit_interval(text: str) -> None:
    s = score_text(text)
    assert 0.0 <= s.score <= 1.0
    assert all(math.isfinite(v) for v in s.features.values())


def test_text_scorer_rejects_non_text() -> None:
    with pytest.raises(InputValidationError, match="str"):
        score_text(b"bytes")  # type: ignore[arg-type]


# --- tensors --------------------------------------------------------------------------


def _entry(dtype: str = "float32", build: dict[str, object] | None = None) -> ModelEntry:
    return ModelEntry(
        name="digits-test",
        task="digits",
        format="onnx",
        precision="fp32",
        file="x.onnx",
        sha256="0" * 64,
        size_bytes=1,
        inputs=(TensorSpec(name="x", shape=(None, 64), dtype=dtype),),
        outputs=(TensorSpec(name="p", shape=(None, 10), dtype="float32"),),
        build={"input_range": [0, 16]} if build is None else build,
    )


def test_tensor_score_in_range_single_row_is_zero() -> None:
    s = score_tensors({"x": np.full((1, 64), 8.0, np.float32)}, _entry())
    assert s.score == 0.0
    assert s.features["batch"] == 1.0


def test_tensor_score_batch_out_of_range_and_non_finite() -> None:
    x = np.full((64, 64), 8.0, np.float32)
    s = score_tensors({"x": x}, _entry(), max_batch=64)
    assert s.features["sub_batch"] == 1.0
    assert s.score == pytest.approx(TENSOR_WEIGHTS["batch"])
    x = np.full((1, 64), 8.0, np.float32)
    x[0, :16] = 40.0  # a quarter outside the trained range
    x[0, 16:32] = np.nan  # a quarter not numbers at all
    s = score_tensors({"x": x}, _entry())
    assert s.features["out_of_range_share"] == 0.25
    assert s.features["non_finite_share"] == 0.25
    assert s.score == pytest.approx(0.25 * 0.3 + 0.25 * 0.3)


def test_tensor_score_explicit_range_and_integer_dtype_range() -> None:
    x = np.array([[-1.0] * 32 + [1.0] * 32], np.float32)
    s = score_tensors({"x": x}, _entry(), value_range=(0.0, 2.0))
    assert s.features["out_of_range_share"] == 0.5
    q = np.array([[300] * 16 + [5] * 48])  # 300 cannot be an int8
    s = score_tensors({"x": q}, _entry(dtype="int8", build={}))
    assert s.features["out_of_range_share"] == 0.25
    # float model without a known range: values are not judged
    s = score_tensors({"x": x * 1000}, _entry(build={}))
    assert s.features["out_of_range_share"] == 0.0


def test_tensor_score_bad_inputs() -> None:
    with pytest.raises(InputNameError, match="missing"):
        score_tensors({"y": np.zeros((1, 64))}, _entry())
    with pytest.raises(InputShapeError, match="rank"):
        score_tensors({"x": np.zeros(64)}, _entry())
    with pytest.raises(InputShapeError, match="axis 1"):
        score_tensors({"x": np.zeros((1, 63))}, _entry())
    with pytest.raises(ConfigurationError, match="max_batch"):
        score_tensors({"x": np.zeros((1, 64))}, _entry(), max_batch=0)


# --- post-hoc -------------------------------------------------------------------------


def test_posthoc_known_answers() -> None:
    p = np.array([0.7, 0.2, 0.1])
    assert float(max_prob(p)) == pytest.approx(0.7)
    assert float(margin(p)) == pytest.approx(0.5)
    h = -(0.7 * math.log(0.7) + 0.2 * math.log(0.2) + 0.1 * math.log(0.1)) / math.log(3)
    assert float(entropy(p)) == pytest.approx(h)
    assert float(entropy(np.full(4, 0.25))) == pytest.approx(1.0)
    assert float(entropy(np.array([1.0, 0.0, 0.0]))) == 0.0
    assert float(confidence(p, "entropy")) == pytest.approx(1 - h)
    assert float(confidence(p, "margin")) == pytest.approx(0.5)


def test_posthoc_from_logits_matches_softmax() -> None:
    logits = np.array([[2.0, 1.0, -1.0], [1000.0, 0.0, 0.0]])  # the second overflows naively
    e = np.exp(logits[0] - logits[0].max())
    np.testing.assert_allclose(max_prob(logits, from_logits=True)[0], (e / e.sum()).max())
    assert max_prob(logits, from_logits=True)[1] == pytest.approx(1.0)


@settings(max_examples=50, deadline=None)
@given(st.integers(1, 20), st.integers(2, 12), st.integers(0, 2**31 - 1))
def test_posthoc_vectorised_equals_row_by_row(n: int, c: int, seed: int) -> None:
    p = np.random.default_rng(seed).dirichlet(np.ones(c), size=n)
    for fn in (max_prob, margin, entropy):
        batch = fn(p)
        assert batch.shape == (n,)
        np.testing.assert_allclose(batch, [float(fn(row)) for row in p])
        assert np.all((batch >= 0.0) & (batch <= 1.0 + 1e-12))
    assert np.all(margin(p) <= max_prob(p))


def test_posthoc_bad_inputs() -> None:
    with pytest.raises(NonFiniteInputError):
        max_prob(np.array([0.5, np.nan]))
    with pytest.raises(InputValidationError, match="from_logits"):
        max_prob(np.array([2.0, 1.0]))
    with pytest.raises(InputValidationError, match=">= 0"):
        entropy(np.array([1.5, -0.5]))
    with pytest.raises(InputShapeError, match="2 classes"):
        margin(np.array([1.0]))
    with pytest.raises(InputShapeError):
        margin(np.ones((2, 2, 2)) / 2)
    with pytest.raises(ConfigurationError, match="unknown confidence"):
        confidence(np.array([0.5, 0.5]), "vibes")  # type: ignore[arg-type]
