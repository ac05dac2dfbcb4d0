"""The tagger's BIO search: the best allowed sequence, the same as a numpy search step by step."""

from __future__ import annotations

import itertools

import numpy as np
import numpy.typing as npt
import pytest

from hybridsdk.routing._ner import _ALLOWED, _N, _NEG, _START_OK, _viterbi


def _numpy_search(scores: npt.NDArray[np.float32]) -> list[int]:
    """The search as it was written before (one numpy step per token), kept as the reference."""
    n = scores.shape[0]
    trans = np.where(_ALLOWED, 0.0, _NEG)
    best = np.where(_START_OK, scores[0], _NEG)
    back = np.zeros((n, _N), dtype=np.int64)
    for t in range(1, n):
        cand = best[:, None] + trans
        back[t] = cand.argmax(axis=0)
        best = cand.max(axis=0) + scores[t]
    tags = [int(best.argmax())]
    for t in range(n - 1, 0, -1):
        tags.append(int(back[t, tags[-1]]))
    return tags[::-1]


def _allowed(tags: tuple[int, ...]) -> bool:
    return bool(_START_OK[tags[0]]) and all(_ALLOWED[a, b] for a, b in itertools.pairwise(tags))


@pytest.mark.parametrize("seed", range(40))
def test_the_search_finds_the_best_allowed_sequence(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 6))
    scores = rng.normal(size=(n, _N)).astype(np.float32)
    best = max(
        (t for t in itertools.product(range(_N), repeat=n) if _allowed(t)),
        key=lambda t: sum(float(scores[i, k]) for i, k in enumerate(t)),
    )
    assert _viterbi(scores) == list(best)


@pytest.mark.parametrize("seed", range(60))
def test_the_search_equals_the_numpy_search_ties_included(seed: int) -> None:
    rng = np.random.default_rng(1000 + seed)
    n = int(rng.integers(2, 400))
    # Coarse values make many ties; inside tags made likely so the search is needed.
    scores = rng.integers(-3, 4, size=(n, _N)).astype(np.float32)
    scores[:, 2::2] += 1
    tags = _viterbi(scores)
    assert tags == _numpy_search(scores)
    assert _allowed(tuple(tags))
