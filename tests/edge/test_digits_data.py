"""The digits test split shipped in the package is exactly scikit-learn's."""

from __future__ import annotations

import numpy as np
import pytest

from hybridsdk._digits_data import DIGITS_TEST_FILE, load_digits_test


def test_the_shipped_split_is_small_and_well_formed() -> None:
    assert DIGITS_TEST_FILE.stat().st_size < 64 * 1024
    x, y = load_digits_test()
    assert x.shape == (540, 64) and x.dtype == np.float32
    assert y.shape == (540,) and set(np.unique(y)) == set(range(10))
    assert x.min() >= 0 and x.max() <= 16


def test_the_shipped_split_matches_scikit_learn() -> None:
    pytest.importorskip("sklearn")
    from hybridsdk.testing._digits import load_digits_split

    split = load_digits_split()
    x, y = load_digits_test()
    np.testing.assert_array_equal(x, split.x_test)
    np.testing.assert_array_equal(y, split.y_test)
