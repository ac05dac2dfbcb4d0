"""Out-of-fold scores for the learned scorer: each row scored by a model that never saw it.

Used by `hybridsdk calibrate --scorer` and the routing benchmark, so a threshold is never
tuned on scores the scorer fitted.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from hybridsdk.routing._learned_scorer import feature_matrix, train_scorer

__all__ = ["crossfit_learned_scores", "folds"]

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


def folds(n: int, k: int, seed: int) -> list[npt.NDArray[np.intp]]:
    """`k` disjoint sorted index sets covering range(n), shuffled by `seed`.

    Args:
        n: number of rows.
        k: number of folds.
        seed: seed of the shuffle.
    """
    perm = np.random.default_rng(seed).permutation(n)
    return [np.sort(p).astype(np.intp) for p in np.array_split(perm, k)]


def crossfit_learned_scores(
    probs: FloatArray, local_correct: BoolArray, *, folds: int, seed: int
) -> FloatArray:
    """P(local right) from the learned scorer, each row scored by a model that never saw it.

    Args:
        probs: local probabilities (N, classes).
        local_correct: whether the local answer was right, per row.
        folds: number of folds.
        seed: seed of the fold shuffle.
    """
    x, names = feature_matrix(probs)
    out = np.empty(x.shape[0], dtype=np.float64)
    for held in _folds(x.shape[0], folds, seed + 1):
        tune = np.setdiff1d(np.arange(x.shape[0]), held)
        scorer = train_scorer(x[tune], local_correct[tune], feature_names=names)
        out[held] = scorer.predict(x[held])
    return out


_folds = folds  # `crossfit_learned_scores` takes a parameter named `folds`
