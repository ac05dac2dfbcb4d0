"""How hard a request is: before running anything (pre-hoc) and from the answer (post-hoc).

Scorers return numbers; policies compare them with thresholds (RouteLLM keeps the two
apart, so a threshold can be recalibrated without touching the scorer).

Pre-hoc text score, in [0, 1], a weighted sum of saturating sub-scores (`TEXT_WEIGHTS`):

    sub-score    weight  feature                          saturates at
    length        0.30   estimated tokens (log scale)     1024 tokens
    math          0.20   math operators between operands  5 operators
    code          0.20   code markers (``` def { } ; ...)  5 markers
    digits        0.10   share of characters that are digits  20%
    questions     0.10   question marks beyond the first  3 extra questions
    non_latin     0.10   share of letters outside Latin   100%

Pre-hoc tensor score, in [0, 1]: `TENSOR_WEIGHTS` over the batch size against
`max_batch`, the share of values outside the expected input range and the share of
non-finite values (inputs the small model was never trained on).

Post-hoc confidence of a probability vector (higher = surer), vectorised over batches:
`max_prob`, `margin` (top-1 minus top-2) and `1 - entropy / log(C)`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any, Literal, NamedTuple

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import (
    ConfigurationError,
    InputNameError,
    InputShapeError,
    InputValidationError,
    NonFiniteInputError,
)
from hybridsdk.edge._manifest import ModelEntry

__all__ = [
    "TENSOR_WEIGHTS",
    "TEXT_FEATURE_NAMES",
    "TEXT_WEIGHTS",
    "ConfidenceMethod",
    "Score",
    "confidence",
    "entropy",
    "margin",
    "max_prob",
    "score_tensors",
    "score_text",
    "text_features",
]

TEXT_WEIGHTS: Mapping[str, float] = {
    "length": 0.30,
    "math": 0.20,
    "code": 0.20,
    "digits": 0.10,
    "questions": 0.10,
    "non_latin": 0.10,
}
TENSOR_WEIGHTS: Mapping[str, float] = {"batch": 0.4, "out_of_range": 0.3, "non_finite": 0.3}

# Raw features returned by `text_features`, in this order (the learned scorer relies on it).
TEXT_FEATURE_NAMES: tuple[str, ...] = (
    "chars",
    "tokens",
    "digit_share",
    "math_ops",
    "code_markers",
    "questions",
    "non_latin_share",
)

_TOKENS_FULL = 1024.0
_MATH_FULL = 5.0
_CODE_FULL = 5.0
_DIGITS_FULL = 0.2
_EXTRA_QUESTIONS_FULL = 3.0

_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00aa\u00ba\u00c0-\u024f\u1e00-\u1eff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"\S+")
# An operator between two operands ("3 * x", "a^2", "x=4"), a minus between numbers
# ("10 - 3"), or a maths symbol anywhere; a hyphen in prose ("well-known") does not count.
_MATH = re.compile(
    r"(?<=[\w)\]])\s*[+*/^=<>%]\s*(?=[\w(\[])"
    r"|(?<=[\d)\]])\s*-\s*(?=[\d(\[])"
    r"|[\u2200-\u22ff\u221a\u03c0\u00b1\u00d7\u00f7]"
)
_CODE = re.compile(
    r"```|\bdef\s+\w+\(|\bclass\s+\w+|\bimport\s+\w+|#include|\bfunction\b|\breturn\b"
    r"|=>|->|[{};]|\bSELECT\b|\bfor\s*\(|\bwhile\s*\("
)
_QUESTIONS = re.compile(r"[?\uff1f\u061f]+")


class Score(NamedTuple):
    """A pre-hoc score in [0, 1] (higher = harder) and the features behind it."""

    score: float
    features: dict[str, float]


def text_features(text: str) -> dict[str, float]:
    """The raw features of `text` (see `TEXT_FEATURE_NAMES`).

    Args:
        text: the request's text.
    """
    if not isinstance(text, str):
        raise InputValidationError(f"text must be a str, got {type(text).__name__}")
    chars = len(text)
    # subn counts matches without building a list: cheap on long texts.
    non_ascii = _NON_ASCII.subn("", text)[1]
    words = _WORD.subn("", text)[1]
    # ~4 ASCII characters per BPE token; non-ASCII characters cost about one token each.
    tokens = max(float(words), (chars - non_ascii) / 4.0 + non_ascii) if chars else 0.0
    letters = _LETTER.subn("", text)[1]
    latin = _LATIN_LETTER.subn("", text)[1]
    return {
        "chars": float(chars),
        "tokens": tokens,
        "digit_share": _DIGIT.subn("", text)[1] / chars if chars else 0.0,
        "math_ops": float(_MATH.subn("", text)[1]),
        "code_markers": float(_CODE.subn("", text)[1]),
        "questions": float(_QUESTIONS.subn("", text)[1]),
        "non_latin_share": (letters - latin) / letters if letters else 0.0,
    }


def score_text(text: str) -> Score:
    """Rate how hard a text request is before running anything.

    Args:
        text: the request's text.

    Returns:
        `Score(score, features)`: the score in [0, 1] and the raw features plus each
        weighted sub-score (keys `sub_<name>`), so a decision can say why.
    """
    f = text_features(text)
    subs = {
        "length": min(1.0, math.log1p(f["tokens"]) / math.log1p(_TOKENS_FULL)),
        "math": min(1.0, f["math_ops"] / _MATH_FULL),
        "code": min(1.0, f["code_markers"] / _CODE_FULL),
        "digits": min(1.0, f["digit_share"] / _DIGITS_FULL),
        "questions": min(1.0, max(0.0, f["questions"] - 1.0) / _EXTRA_QUESTIONS_FULL),
        "non_latin": f["non_latin_share"],
    }
    score = sum(TEXT_WEIGHTS[name] * value for name, value in subs.items())
    for name, value in subs.items():
        f["sub_" + name] = value
    return Score(min(1.0, max(0.0, score)), f)


def score_tensors(
    inputs: Mapping[str, Any],
    entry: ModelEntry,
    *,
    max_batch: int = 64,
    value_range: tuple[float, float] | None = None,
) -> Score:
    """Rate tensor inputs against the model's input spec.

    Args:
        inputs: named arrays, as in `InferenceRequest.inputs`.
        entry: the model's manifest entry (names, shapes, dtypes).
        max_batch: the batch size at which the batch sub-score saturates (a batch this
            large is slow on a small board).
        value_range: the range the model was trained on, e.g. (0, 16) for digits;
            defaults to `entry.build["input_range"]` when present, else the integer
            dtype's range, else no range check.

    Raises:
        InputNameError: an input the model needs is missing, or an unknown one was given.
        InputShapeError: an input has the wrong rank or a wrong fixed dimension.
    """
    if max_batch < 1:
        raise ConfigurationError(f"max_batch={max_batch} must be >= 1")
    wanted = {spec.name for spec in entry.inputs}
    missing = wanted - inputs.keys()
    extra = inputs.keys() - wanted
    if missing or extra:
        raise InputNameError(
            f"model {entry.name!r} takes inputs {sorted(wanted)}; missing {sorted(missing)}, "
            f"unknown {sorted(extra)}"
        )
    if value_range is None:
        built = entry.build.get("input_range")
        if isinstance(built, (list, tuple)) and len(built) == 2:
            value_range = (float(built[0]), float(built[1]))
    batch = 1
    total = 0
    outside = 0
    non_finite = 0
    for spec in entry.inputs:
        array = np.asarray(inputs[spec.name])
        if array.ndim != len(spec.shape):
            raise InputShapeError(
                f"input {spec.name!r} of model {entry.name!r} has shape {array.shape}; "
                f"expected rank {len(spec.shape)} like {spec.shape} (None = any size)"
            )
        for axis, (got, want) in enumerate(zip(array.shape, spec.shape, strict=True)):
            if want is not None and got != want:
                raise InputShapeError(
                    f"input {spec.name!r} of model {entry.name!r} has {got} on axis {axis}; "
                    f"the model needs {want} (shape {spec.shape})"
                )
        if spec.shape and spec.shape[0] is None:
            batch = max(batch, int(array.shape[0]))
        total += array.size
        if array.dtype.kind in "fc":
            finite = np.isfinite(array)
            non_finite += int(array.size - np.count_nonzero(finite))
            values = array[finite]
        else:
            values = array
        low_high = value_range
        if low_high is None and np.dtype(spec.dtype).kind in "iu":
            info = np.iinfo(np.dtype(spec.dtype))
            low_high = (float(info.min), float(info.max))
        if low_high is not None and values.size:
            outside += int(np.count_nonzero((values < low_high[0]) | (values > low_high[1])))
    features = {
        "batch": float(batch),
        "out_of_range_share": outside / total if total else 0.0,
        "non_finite_share": non_finite / total if total else 0.0,
    }
    subs = {
        "batch": min(1.0, (batch - 1) / max(max_batch - 1, 1)),
        "out_of_range": features["out_of_range_share"],
        "non_finite": features["non_finite_share"],
    }
    score = sum(TENSOR_WEIGHTS[name] * value for name, value in subs.items())
    for name, value in subs.items():
        features["sub_" + name] = value
    return Score(min(1.0, max(0.0, score)), features)


# --- post-hoc -------------------------------------------------------------------------

ConfidenceMethod = Literal["max_prob", "margin", "entropy"]


def _probabilities(probs: npt.ArrayLike, from_logits: bool) -> npt.NDArray[np.float64]:
    p = np.asarray(probs, dtype=np.float64)
    if p.ndim not in (1, 2) or p.shape[-1] < 2:
        raise InputShapeError(
            f"probabilities must be shaped (classes,) or (batch, classes) with >= 2 classes; "
            f"got shape {p.shape}"
        )
    if not np.all(np.isfinite(p)):
        raise NonFiniteInputError("probabilities contain NaN or infinity; check the model output")
    if from_logits:
        shifted = p - p.max(axis=-1, keepdims=True)
        e = np.exp(shifted)
        return np.asarray(e / e.sum(axis=-1, keepdims=True), dtype=np.float64)
    if np.any(p < 0.0) or not np.allclose(p.sum(axis=-1), 1.0, atol=1e-3):
        raise InputValidationError(
            "probabilities must be >= 0 and sum to 1 per row; for raw scores pass from_logits=True"
        )
    return p


def max_prob(probs: npt.ArrayLike, *, from_logits: bool = False) -> npt.NDArray[np.float64]:
    """The top probability per row: shape `probs.shape[:-1]`.

    Args:
        probs: (classes,) or (batch, classes) probabilities (or logits).
        from_logits: apply a softmax first.
    """
    return np.asarray(_probabilities(probs, from_logits).max(axis=-1))


def margin(probs: npt.ArrayLike, *, from_logits: bool = False) -> npt.NDArray[np.float64]:
    """Top-1 minus top-2 probability per row, in [0, 1].

    Args:
        probs: (classes,) or (batch, classes) probabilities (or logits).
        from_logits: apply a softmax first.
    """
    p = _probabilities(probs, from_logits)
    top2 = np.partition(p, -2, axis=-1)[..., -2:]
    return np.asarray(top2[..., 1] - top2[..., 0])


def entropy(probs: npt.ArrayLike, *, from_logits: bool = False) -> npt.NDArray[np.float64]:
    """Entropy per row normalised by log(classes): 0 = certain, 1 = uniform.

    Args:
        probs: (classes,) or (batch, classes) probabilities (or logits).
        from_logits: apply a softmax first.
    """
    p = _probabilities(probs, from_logits)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(p > 0.0, p * np.log(p), 0.0)
    return np.asarray(np.clip(-terms.sum(axis=-1) / math.log(p.shape[-1]), 0.0, 1.0))


def confidence(
    probs: npt.ArrayLike, method: ConfidenceMethod = "max_prob", *, from_logits: bool = False
) -> npt.NDArray[np.float64]:
    """A confidence per row where higher means surer, whatever the method.

    Args:
        probs: (classes,) or (batch, classes) probabilities (or logits).
        method: `max_prob`, `margin`, or `entropy` (returned as 1 - normalised entropy).
        from_logits: apply a softmax first.
    """
    if method == "max_prob":
        return max_prob(probs, from_logits=from_logits)
    if method == "margin":
        return margin(probs, from_logits=from_logits)
    if method == "entropy":
        return np.asarray(1.0 - entropy(probs, from_logits=from_logits))
    raise ConfigurationError(
        f"unknown confidence method {method!r}; use max_prob, margin or entropy"
    )
