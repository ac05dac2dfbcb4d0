"""Out-of-scope rules: the low-confidence cut-off, and not escalating probable oos."""

from __future__ import annotations

import numpy as np
import pytest

from hybridsdk import ConfigurationError, InputShapeError, Route
from hybridsdk._tasks import Task
from hybridsdk.routing._out_of_scope import apply_oos_threshold, probably_out_of_scope
from tests.client.test_flow import UNSURE, Script, pixels, run

OOS = 2
SAYS_OOS = np.array([[0.2, 0.1, 0.7]], dtype=np.float32)  # top class is oos
UNSURE_OOS = np.array([[0.3, 0.3, 0.4]], dtype=np.float32)  # top class oos, but p < 0.5
FAIR_OOS = np.array([[0.25, 0.2, 0.55]], dtype=np.float32)  # oos p >= 0.5, below 0.9


def test_threshold_turns_low_confidence_into_oos() -> None:
    probs = np.array([[0.9, 0.05, 0.05], [0.4, 0.35, 0.25], [0.1, 0.2, 0.7]])
    assert apply_oos_threshold(probs, threshold=0.5, oos_index=OOS).tolist() == [0, OOS, OOS]
    assert apply_oos_threshold(probs, threshold=0.0, oos_index=OOS).tolist() == [0, 0, OOS]
    assert apply_oos_threshold(probs[1], threshold=0.39, oos_index=OOS).tolist() == [0]


@pytest.mark.parametrize("threshold", [-0.1, 1.0, 2.0])
def test_threshold_out_of_range_is_refused(threshold: float) -> None:
    with pytest.raises(ConfigurationError, match=r"\[0, 1\)"):
        apply_oos_threshold(np.eye(3), threshold=threshold, oos_index=OOS)


def test_bad_shapes_and_indices_are_refused() -> None:
    with pytest.raises(InputShapeError):
        probably_out_of_scope(np.zeros((2, 2, 2)), 0)
    with pytest.raises(ConfigurationError, match="outside"):
        probably_out_of_scope(np.eye(3), 3)


def test_probably_out_of_scope_needs_every_row_and_the_floor() -> None:
    assert probably_out_of_scope(SAYS_OOS, OOS)
    assert not probably_out_of_scope(np.vstack([SAYS_OOS, UNSURE]), OOS)
    assert probably_out_of_scope(UNSURE_OOS, OOS) and not probably_out_of_scope(
        UNSURE_OOS, OOS, min_prob=0.5
    )


def test_cascade_keeps_probable_oos_local() -> None:
    task = Task("intent", local_model="small", cloud_model="big", out_of_scope_index=OOS)
    script = Script(local=FAIR_OOS)  # 0.55 < the policy's 0.9: would escalate
    result = run(pixels(), script, task=task)
    assert result.route is Route.LOCAL and script.kinds() == ["RunLocal"]
    assert any(r.code == "probably_out_of_scope" for r in result.reasons)


def test_without_the_index_or_with_another_top_class_it_escalates() -> None:
    plain = Task("intent", local_model="small", cloud_model="big")
    script = Script(local=UNSURE_OOS)
    assert run(pixels(), script, task=plain).route is Route.CASCADE
    task = Task("intent", local_model="small", cloud_model="big", out_of_scope_index=OOS)
    script = Script(local=UNSURE)  # top class 0, unsure: escalates as before
    assert run(pixels(), script, task=task).route is Route.CASCADE
    # An unsure "oos" (0.4 < the 0.5 floor) is often in scope: it escalates.
    assert run(pixels(), Script(local=UNSURE_OOS), task=task).route is Route.CASCADE
    # An index the model does not have is ignored, not an error in the request path.
    odd = Task("intent", local_model="small", cloud_model="big", out_of_scope_index=9)
    assert run(pixels(), Script(local=UNSURE_OOS), task=odd).route is Route.CASCADE
