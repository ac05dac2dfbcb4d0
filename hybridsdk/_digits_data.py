"""The digits test split that ships in the package (hybridsdk/_data/digits_test.npz).

The demo and the examples run on it without scikit-learn: 540 images of sklearn's 8x8
digits, the 30% part of `train_test_split(test_size=0.3, random_state=42)` that the zoo's
digits models never saw. See hybridsdk/_data/README.md for its source and licence.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt

__all__ = ["DIGITS_TEST_FILE", "load_digits_test"]

DIGITS_TEST_FILE = Path(__file__).resolve().parent / "_data" / "digits_test.npz"


def load_digits_test() -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int64]]:
    """The test digits: float32 pixels (540, 64) in 0..16 and int64 labels (540,)."""
    with np.load(DIGITS_TEST_FILE) as data:
        pixels = np.ascontiguousarray(data["pixels"], dtype=np.float32)
        labels = np.asarray(data["labels"], dtype=np.int64)
    return pixels, labels
