"""Check and convert inputs against a model's TensorSpecs before any runtime sees them.

Everything that can be decided at load (names, dtypes, ranks, fixed dims) is compiled into
plain tuples, so a call costs a few attribute reads and comparisons (a few microseconds on
the digits model). No pydantic here: this is the hot path.

Decisions:
- dtype: values are converted to the model's dtype when nothing meaningful is lost.
  Floating targets accept bool, integer and any float (float64 -> float32 rounds; values
  beyond float32's range become inf and are caught by the non-finite check). Integer
  targets accept bool/integer inputs whose values fit, and reject floats (round them
  yourself: truncating silently changes the answer). Strings, bytes, objects, complex
  and datetimes are rejected for numeric inputs.
- text inputs (manifest dtype `str`) take str/bytes arrays (`U`, `S` or object dtype with
  only str/bytes elements, bytes decoded as UTF-8) and are fed as object arrays of str.
- rank: a 1-D `[64]` sample for a `[None, 64]` model is rejected, not silently batched:
  the output would come back as `[1, 10]` where the caller may expect `[10]`. The error
  says how to add the batch axis (`x[None, :]`).
- a batch of 0 is rejected; a batch above `max_batch` raises `BatchTooLargeError`.
- NaN/inf raise `NonFiniteInputError` unless `nonfinite="allow"`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import numpy as np

from hybridsdk._exceptions import (
    BatchTooLargeError,
    ConfigurationError,
    InputDTypeError,
    InputNameError,
    InputShapeError,
    InputValidationError,
    NonFiniteInputError,
)
from hybridsdk.edge._manifest import TensorSpec

__all__ = ["InputValidator", "NonFinitePolicy"]

NonFinitePolicy = Literal["reject", "allow"]
_NEVER_KINDS = frozenset("OSUVcmM")  # object, bytes, str, void, complex, timedelta, datetime
_TEXT_DTYPES = frozenset({"str", "string", "object"})
_OBJECT = np.dtype(object)


def _fmt_shape(shape: Sequence[int | None]) -> str:
    return "[" + ", ".join("None" if d is None else str(d) for d in shape) + "]"


class _Rule:
    """One input, compiled. Plain slots: read in the hot path."""

    __slots__ = (
        "batched",
        "dtype",
        "fast_tail",
        "finite",
        "name",
        "rank",
        "shape",
        "spec_text",
        "text",
    )

    def __init__(self, spec: TensorSpec, *, check_finite: bool) -> None:
        self.text = spec.dtype in _TEXT_DTYPES
        try:
            self.dtype: np.dtype[Any] = _OBJECT if self.text else np.dtype(spec.dtype)
        except TypeError:
            raise ConfigurationError(
                f"manifest input {spec.name!r} has unknown dtype {spec.dtype!r}"
            ) from None
        self.name = spec.name
        self.shape = spec.shape
        self.rank = len(spec.shape)
        self.batched = self.rank > 0 and spec.shape[0] is None
        # The common case, [None, d1, d2...] with fixed tail dims, checks in one tuple compare.
        tail = spec.shape[1:] if self.batched else spec.shape
        self.fast_tail: tuple[int, ...] | None = (
            tuple(d for d in tail if d is not None) if None not in tail else None
        )
        self.finite = check_finite and self.dtype.kind == "f"
        self.spec_text = f"{spec.dtype} {_fmt_shape(spec.shape)}"


class InputValidator:
    """Validates a mapping of inputs and returns the feed a backend can run.

    Args:
        specs: the model's input TensorSpecs (from its manifest entry).
        model: the model's name, for messages.
        nonfinite: "reject" (default) raises on NaN/inf; "allow" passes them through.
        max_batch: the largest batch accepted; None for no limit.
    """

    def __init__(
        self,
        specs: Sequence[TensorSpec],
        *,
        model: str,
        nonfinite: NonFinitePolicy = "reject",
        max_batch: int | None = 1024,
    ) -> None:
        if nonfinite not in ("reject", "allow"):
            raise ConfigurationError(f"nonfinite must be 'reject' or 'allow', got {nonfinite!r}")
        if max_batch is not None and (
            not isinstance(max_batch, int) or isinstance(max_batch, bool) or max_batch < 1
        ):
            raise ConfigurationError(
                f"max_batch must be a positive integer or None, got {max_batch!r}"
            )
        self.model = model
        self.max_batch = max_batch if max_batch is not None else 2**62
        self._rules = tuple(_Rule(s, check_finite=nonfinite == "reject") for s in specs)
        self._names = frozenset(r.name for r in self._rules)
        self._n = len(self._rules)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self._rules)

    def __call__(self, inputs: Mapping[str, Any]) -> dict[str, np.ndarray]:
        # `type() is dict` first: the isinstance check against an ABC is the slow part.
        if type(inputs) is not dict and not isinstance(inputs, Mapping):
            raise InputValidationError(
                f"model {self.model!r}: inputs must be a mapping {{name: array}}, "
                f"got {type(inputs).__name__}; expected names: {sorted(self._names)}"
            )
        if len(inputs) != self._n:
            self._name_error(inputs)
        feed: dict[str, np.ndarray] = {}
        batch = -1
        for rule in self._rules:
            try:
                x = inputs[rule.name]
            except KeyError:
                self._name_error(inputs)
            if type(x) is not np.ndarray:
                x = self._to_array(rule, x)
            if x.dtype != rule.dtype or rule.text:  # text: every element is checked
                x = self._cast(rule, x)
            shape = x.shape
            if len(shape) != rule.rank or (
                (shape[1:] if rule.batched else shape) != rule.fast_tail
            ):
                self._check_shape_slow(rule, shape)
            if rule.batched:
                n = shape[0]
                if n > self.max_batch or n == 0 or (batch >= 0 and n != batch):
                    self._batch_error(rule, n, batch)
                batch = n
            if rule.finite and not np.isfinite(x).all():
                self._nonfinite_error(rule, x)
            if not x.flags.c_contiguous:
                x = np.ascontiguousarray(x)
            feed[rule.name] = x
        return feed

    # Everything below runs only on bad or unusual input.

    def _name_error(self, inputs: Mapping[str, Any]) -> None:
        given = set(inputs)
        missing = sorted(self._names - given)
        unknown = sorted(str(k) for k in given - self._names)
        parts = []
        if missing:
            parts.append(f"missing {missing}")
        if unknown:
            parts.append(f"unknown {unknown}")
        raise InputNameError(
            f"model {self.model!r} expects inputs {sorted(self._names)}; got {sorted(map(str, given))} "
            f"({', '.join(parts)}). Pass exactly one array per input name."
        )

    def _to_array(self, rule: _Rule, value: Any) -> np.ndarray:
        if isinstance(value, (str, bytes)) and rule.text:
            raise InputShapeError(
                f"model {self.model!r} input {rule.name!r} expects {rule.spec_text}, got a bare "
                f"{type(value).__name__}; pass a batch, e.g. np.array([[text]], dtype=object)"
            )
        if isinstance(value, (str, bytes)):
            raise InputDTypeError(
                f"model {self.model!r} input {rule.name!r} expects {rule.spec_text}, got a "
                f"{type(value).__name__}; pass numbers (a numpy array or nested lists)"
            )
        try:
            return np.asarray(value)
        except (ValueError, TypeError) as exc:
            raise InputShapeError(
                f"model {self.model!r} input {rule.name!r} expects {rule.spec_text}; could not "
                f"make an array of the {type(value).__name__} given ({exc}). Rows must all have "
                "the same length."
            ) from None

    def _cast(self, rule: _Rule, x: np.ndarray) -> np.ndarray:
        if rule.text:
            return self._text(rule, x)
        src, dst = x.dtype, rule.dtype
        bad = src.kind in _NEVER_KINDS
        if not bad and dst.kind == "f":
            bad = src.kind not in "biuf"
        elif not bad and dst.kind in "iu":
            if src.kind not in "biu":
                raise InputDTypeError(
                    f"model {self.model!r} input {rule.name!r} expects {rule.spec_text}, got "
                    f"{src}; round and convert it yourself (x.round().astype({dst.name!r})): "
                    "truncating floats silently would change the answer"
                )
            if not np.can_cast(src, dst) and x.size:
                info = np.iinfo(dst)
                lo, hi = int(x.min()), int(x.max())
                if lo < info.min or hi > info.max:
                    raise InputDTypeError(
                        f"model {self.model!r} input {rule.name!r} expects {rule.spec_text}; "
                        f"values {lo}..{hi} of the {src} input do not fit in {dst} "
                        f"({info.min}..{info.max})"
                    )
        elif not bad:
            bad = src.kind != dst.kind
        if bad:
            raise InputDTypeError(
                f"model {self.model!r} input {rule.name!r} expects {rule.spec_text}, got {src}, "
                f"which cannot be converted safely; pass a numeric array (e.g. "
                f"np.asarray(x, dtype={dst.name!r}))"
            )
        with np.errstate(over="ignore", invalid="ignore"):
            return x.astype(dst)

    def _text(self, rule: _Rule, x: np.ndarray) -> np.ndarray:
        kind = x.dtype.kind
        if kind == "U":
            return x.astype(object)
        if kind in "SO":
            out = np.empty(x.shape, dtype=object)
            flat_in, flat_out = x.reshape(-1), out.reshape(-1)
            for i, value in enumerate(flat_in):
                if isinstance(value, bytes):
                    try:
                        value = value.decode("utf-8")
                    except UnicodeDecodeError:
                        raise InputDTypeError(
                            f"model {self.model!r} input {rule.name!r}: element {i} is bytes "
                            "that are not UTF-8; pass text"
                        ) from None
                elif not isinstance(value, str):
                    raise InputDTypeError(
                        f"model {self.model!r} input {rule.name!r} expects text, but element {i} "
                        f"is a {type(value).__name__}"
                    )
                flat_out[i] = value
            return out
        raise InputDTypeError(
            f"model {self.model!r} input {rule.name!r} expects text ({rule.spec_text}), got "
            f"{x.dtype}; pass strings, e.g. np.array([[text]], dtype=object)"
        )

    def _check_shape_slow(self, rule: _Rule, shape: tuple[int, ...]) -> None:
        ok = len(shape) == rule.rank and all(
            want is None or want == got for want, got in zip(rule.shape, shape, strict=False)
        )
        if ok:
            return
        hint = ""
        if rule.batched and len(shape) == rule.rank - 1 and tuple(shape) == rule.fast_tail:
            hint = " Add the batch axis: x[None, ...] (or x.reshape(1, *x.shape))."
        elif rule.batched and rule.fast_tail is not None:
            hint = _reshape_hint(shape, rule.fast_tail)
        raise InputShapeError(
            f"model {self.model!r} input {rule.name!r} expects shape {_fmt_shape(rule.shape)} "
            f"(None = any batch size), got {list(shape)}.{hint}"
        )

    def _batch_error(self, rule: _Rule, n: int, batch: int) -> None:
        if n == 0:
            raise InputShapeError(
                f"model {self.model!r} input {rule.name!r} has an empty batch (shape starts with 0); "
                "pass at least one sample"
            )
        if n > self.max_batch:
            raise BatchTooLargeError(
                f"model {self.model!r} input {rule.name!r} has a batch of {n}, above max_batch="
                f"{self.max_batch}; split it into chunks or load the model with a larger max_batch"
            )
        raise InputShapeError(
            f"model {self.model!r}: input {rule.name!r} has batch {n} but an earlier input has "
            f"batch {batch}; all batched inputs must have the same first dimension"
        )

    def _nonfinite_error(self, rule: _Rule, x: np.ndarray) -> None:
        bad = ~np.isfinite(x)
        first = tuple(int(i) for i in np.argwhere(bad)[0])
        raise NonFiniteInputError(
            f"model {self.model!r} input {rule.name!r} holds {int(bad.sum())} NaN/inf value(s), "
            f"first at index {list(first)}; expected finite numbers. Clean the input, or load "
            'the model with nonfinite="allow" to pass them through'
        )


def _reshape_hint(shape: tuple[int, ...], tail: tuple[int, ...]) -> str:
    """How to reshape `shape` into batches of `tail`, when the sizes allow it (an 8x8
    image for a [None, 64] model, a flat 64 for a [None, 1, 8, 8] one)."""
    per_sample = math.prod(tail)
    total = math.prod(shape)
    if per_sample == 0 or total == 0 or total % per_sample:
        return ""
    n = total // per_sample
    target = ", ".join(str(d) for d in (n, *tail))
    if n == 1:
        return f" It holds one sample's {per_sample} values: x.reshape({target})."
    return f" It holds {n} samples of {per_sample} values: x.reshape({target})."
