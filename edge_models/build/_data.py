"""The digits data every digits model is trained and scored on.

sklearn's bundled 8x8 digits (no download), split 70/30 with seed 42 and no
stratification, the split PRODUCT.md quotes its numbers on. Inputs stay raw pixel values
0..16 as float32; any scaling lives inside the model graphs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

SPLIT = {"test_size": 0.3, "random_state": 42, "stratify": None}
DATA_DESCRIPTION = "sklearn.datasets.load_digits (1797 8x8 images, raw pixels 0..16)"
LABELS = tuple(str(d) for d in range(10))


@dataclass(frozen=True)
class Digits:
    x_train: npt.NDArray[np.float32]
    x_test: npt.NDArray[np.float32]
    y_train: npt.NDArray[np.int64]
    y_test: npt.NDArray[np.int64]


def load() -> Digits:
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    x, y = load_digits(return_X_y=True)
    x_train, x_test, y_train, y_test = train_test_split(
        x, y, test_size=0.3, random_state=42, stratify=None
    )
    return Digits(
        x_train=np.ascontiguousarray(x_train, dtype=np.float32),
        x_test=np.ascontiguousarray(x_test, dtype=np.float32),
        y_train=np.asarray(y_train, dtype=np.int64),
        y_test=np.asarray(y_test, dtype=np.int64),
    )


def accuracy(probabilities: npt.NDArray[np.float32], labels: npt.NDArray[np.int64]) -> float:
    """Top-1 accuracy, rounded so the manifest does not change with float noise."""
    return round(float(np.mean(np.argmax(probabilities, axis=1) == labels)), 6)
