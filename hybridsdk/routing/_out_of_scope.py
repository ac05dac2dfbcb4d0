"""Out-of-scope handling for intent models: a low-confidence cut-off, and not escalating
what is probably out of scope.

An intent model that has an out-of-scope class (CLINC150's `oos`) still puts many
out-of-scope requests on some intent with low confidence. Two rules, both pure:

- `apply_oos_threshold`: any row whose top probability is below the task's threshold
  (chosen on validation data; recorded as `build.oos_threshold` in the model's manifest
  entry) becomes the out-of-scope class.
- `probably_out_of_scope`: when the *local* model's top class is already out of scope
  with at least `min_prob`, the cascade answers locally: a bigger cloud model would
  reject it too, so escalating costs a round trip and cloud money for the same answer.
  The floor matters: on CLINC150 val the edge TF-IDF model's top class is `oos` for 45
  requests, 16 of them in scope (the cloud model gets 13 of those right); with top
  probability >= 0.5 it is 8 requests, all truly out of scope.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import ConfigurationError, InputShapeError

__all__ = ["apply_oos_threshold", "probably_out_of_scope"]


def _rows(probs: npt.ArrayLike, oos_index: int) -> npt.NDArray[np.float64]:
    array = np.asarray(probs, dtype=np.float64)
    if array.ndim == 1:
        array = array[None, :]
    if array.ndim != 2 or array.shape[1] == 0:
        raise InputShapeError(
            f"probabilities must be [N, classes] (or one row), got shape {list(array.shape)}"
        )
    if not 0 <= oos_index < array.shape[1]:
        raise ConfigurationError(
            f"out-of-scope index {oos_index} is outside the model's {array.shape[1]} classes; "
            "use the position of the out-of-scope label in the model's manifest labels"
        )
    return array


def probably_out_of_scope(probs: npt.ArrayLike, oos_index: int, min_prob: float = 0.0) -> bool:
    """Whether every row's top class is the out-of-scope class, with at least `min_prob`.

    Args:
        probs: the local model's probabilities, [N, classes] or [classes].
        oos_index: the position of the out-of-scope class.
        min_prob: the least probability the out-of-scope class must have.

    Raises:
        InputShapeError: `probs` is not one or more rows of class scores.
        ConfigurationError: `oos_index` is not a class of this model.
    """
    rows = _rows(probs, oos_index)
    top = rows.argmax(axis=1) == oos_index
    return bool(np.all(top & (rows[:, oos_index] >= min_prob)))


def apply_oos_threshold(
    probs: npt.ArrayLike, *, threshold: float, oos_index: int
) -> npt.NDArray[np.intp]:
    """Class indices, with rows less confident than `threshold` turned into out of scope.

    Args:
        probs: probabilities [N, classes] or [classes].
        threshold: the task's cut-off on the top probability, in [0, 1).
        oos_index: the position of the out-of-scope class.

    Raises:
        ConfigurationError: a threshold outside [0, 1) or an index outside the classes.
        InputShapeError: `probs` is not one or more rows of class scores.
    """
    if not (0.0 <= threshold < 1.0):
        raise ConfigurationError(
            f"oos threshold {threshold} must be in [0, 1): a row below it becomes out of scope"
        )
    rows = _rows(probs, oos_index)
    top = rows.argmax(axis=1)
    return np.where(rows.max(axis=1) < threshold, oos_index, top).astype(np.intp)
