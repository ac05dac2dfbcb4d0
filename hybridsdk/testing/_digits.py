"""The digits data the routing figures are measured on, and the zoo models run over it.

sklearn's bundled 8x8 digits (1797 images, raw pixels 0..16), split exactly as the zoo's
models were trained: `train_test_split(test_size=0.3, random_state=42)`, 1257 train /
540 test. The zoo's digits models were fitted on the 70% part, so only the 30% part shows
how confident they are on inputs they never saw.

sklearn (extra "models") and the local runtime (extra "onnx") are imported inside the
functions that need them.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import ConfigurationError, InputValidationError, MissingDependencyError
from hybridsdk.edge._manifest import ModelEntry
from hybridsdk.edge._registry import ModelRegistry

__all__ = [
    "INPUT_NAME",
    "N_FEATURES",
    "OUTPUT_NAME",
    "DigitsSplit",
    "add_noise",
    "check_digits_model",
    "load_digits_split",
    "load_npz_sample",
    "model_probabilities",
]

INPUT_NAME = "pixels"
OUTPUT_NAME = "probabilities"
N_FEATURES = 64

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


@dataclasses.dataclass(frozen=True)
class DigitsSplit:
    """The 70/30 digits split: float32 pixels (N, 64) in 0..16 and int64 labels (N,)."""

    x_train: FloatArray
    y_train: IntArray
    x_test: FloatArray
    y_test: IntArray


def load_digits_split(*, test_size: float = 0.3, seed: int = 42) -> DigitsSplit:
    """Load sklearn's digits and split them as the zoo's models were trained.

    Args:
        test_size: held-out fraction (the zoo used 0.3).
        seed: `random_state` of the split (the zoo used 42).

    Raises:
        MissingDependencyError: scikit-learn (extra "models") is not installed.
    """
    try:
        from sklearn.datasets import load_digits
        from sklearn.model_selection import train_test_split
    except ImportError:
        raise MissingDependencyError("the digits benchmark", "models") from None
    if not (0.0 < test_size < 1.0):
        raise ConfigurationError(f"test_size={test_size} must be within (0, 1)")
    digits = load_digits()
    x_train, x_test, y_train, y_test = train_test_split(
        digits.data, digits.target, test_size=test_size, random_state=seed
    )
    return DigitsSplit(
        x_train=np.ascontiguousarray(x_train, dtype=np.float32),
        y_train=np.asarray(y_train, dtype=np.int64),
        x_test=np.ascontiguousarray(x_test, dtype=np.float32),
        y_test=np.asarray(y_test, dtype=np.int64),
    )


def add_noise(x: npt.ArrayLike, sigma: float, rng: np.random.Generator) -> FloatArray:
    """`x` plus Gaussian noise of standard deviation `sigma` (pixel units, not clipped).

    Args:
        x: pixels (N, 64).
        sigma: noise standard deviation, >= 0.
        rng: the random generator (seeded by the caller for repeatable figures).
    """
    if not (np.isfinite(sigma) and sigma >= 0.0):
        raise ConfigurationError(f"sigma={sigma} must be a finite number >= 0")
    arr = np.asarray(x, dtype=np.float32)
    return (arr + rng.normal(0.0, sigma, arr.shape)).astype(np.float32)


def check_digits_model(registry: ModelRegistry, name: str) -> ModelEntry:
    """The manifest entry of `name`, checked to take pixels[N, 64] and give probabilities.

    Raises:
        ModelNotFoundError: no such model in the zoo.
        ConfigurationError: the model is not a digits classifier with that I/O.
    """
    entry = registry.entry(name)
    inputs = [(spec.name, tuple(spec.shape)) for spec in entry.inputs]
    outputs = [spec.name for spec in entry.outputs]
    if inputs != [(INPUT_NAME, (None, N_FEATURES))] or OUTPUT_NAME not in outputs:
        raise ConfigurationError(
            f"model {name!r} takes {inputs} and gives {outputs}; routing on digits needs a "
            f"classifier taking {INPUT_NAME}[N, {N_FEATURES}] and giving {OUTPUT_NAME!r}, "
            "e.g. digits-linear-fp32 (local) and digits-svc-fp32 (cloud)"
        )
    return entry


def model_probabilities(
    registry: ModelRegistry, name: str, x: npt.ArrayLike
) -> npt.NDArray[np.float64]:
    """Run zoo model `name` on pixels `x` (N, 64) and return its probabilities (N, classes).

    The file is verified against the manifest and run by `LocalModel` (ONNX Runtime or
    LiteRT, whichever its format needs).

    Args:
        registry: the zoo.
        name: the model's manifest name.
        x: pixels, shape (N, 64).
    """
    from hybridsdk.edge._local_model import load_model

    check_digits_model(registry, name)
    # No graph cache: a benchmark should not write into the user's cache folder.
    with load_model(name, registry=registry, graph_cache=False, max_batch=None) as model:
        out = model.run({INPUT_NAME: np.asarray(x, dtype=np.float32)})
    probs = np.asarray(out[OUTPUT_NAME], dtype=np.float64)
    sums = probs.sum(axis=-1, keepdims=True)
    # An int8 output layer rounds each probability to its quantization step, so rows sum
    # to 1 only within a few steps; renormalise those, refuse anything further off.
    if probs.ndim != 2 or np.any(probs < -1e-6) or np.any(np.abs(sums - 1.0) > 0.05):
        raise ConfigurationError(
            f"model {name!r} output {OUTPUT_NAME!r} is not a (N, classes) probability table"
        )
    return np.asarray(np.clip(probs, 0.0, None) / sums, dtype=np.float64)


def load_npz_sample(path: str | os.PathLike[str], n_classes: int) -> tuple[FloatArray, IntArray]:
    """Read a labelled sample from an .npz file with arrays `X` (N, 64) and `y` (N,).

    Args:
        path: the .npz file (`numpy.savez(path, X=pixels, y=labels)`).
        n_classes: labels must be integers in [0, n_classes).

    Raises:
        ConfigurationError: missing/unreadable file or missing arrays.
        InputValidationError: wrong shapes, non-finite pixels or bad labels.
    """
    p = Path(path)
    hint = "write it with numpy.savez(path, X=pixels_N_by_64, y=integer_labels_N)"
    if not p.is_file():
        raise ConfigurationError(f"no data file at {p}; {hint}")
    try:
        # allow_pickle=False: a data file must not be able to run code.
        with np.load(p, allow_pickle=False) as data:
            missing = {"X", "y"} - set(data.files)
            if missing:
                raise ConfigurationError(
                    f"{p} has arrays {sorted(data.files)} but lacks {sorted(missing)}; {hint}"
                )
            x = np.asarray(data["X"])
            y = np.asarray(data["y"])
    except ConfigurationError:
        raise
    except (OSError, ValueError, EOFError) as exc:
        raise ConfigurationError(f"{p} is not a readable .npz file ({exc}); {hint}") from None
    if x.ndim != 2 or x.shape[1] != N_FEATURES:
        raise InputValidationError(f"X in {p} has shape {x.shape}; expected (N, {N_FEATURES})")
    if y.shape != (x.shape[0],):
        raise InputValidationError(f"y in {p} has shape {y.shape}; expected ({x.shape[0]},)")
    if x.dtype.kind not in "fiu" or not np.all(np.isfinite(x)):
        raise InputValidationError(f"X in {p} must hold finite numbers (pixels 0..16)")
    integral = y.dtype.kind in "iu" or (
        y.dtype.kind == "f" and bool(np.all(np.isfinite(y))) and bool(np.all(y == np.round(y)))
    )
    if not integral:
        raise InputValidationError(f"y in {p} must hold integer class labels")
    yi = y.astype(np.int64)
    if yi.size and (yi.min() < 0 or yi.max() >= n_classes):
        raise InputValidationError(
            f"y in {p} has labels in [{yi.min()}, {yi.max()}]; expected 0..{n_classes - 1}"
        )
    return np.ascontiguousarray(x, dtype=np.float32), yi
