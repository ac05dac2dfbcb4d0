"""The trained digits CNN (the camera example's model) scores what its manifest says on
the held-out 30% split, and is a real model: far above chance, above the linear one."""

from __future__ import annotations

import numpy as np

from hybridsdk import load_model
from hybridsdk._digits_data import load_digits_test
from hybridsdk.edge._registry import ModelRegistry


def test_the_cnn_scores_its_recorded_held_out_accuracy() -> None:
    x, y = load_digits_test()
    entry = ModelRegistry().entry("cnn-digits-fp32")
    with load_model("cnn-digits-fp32") as model:
        probs = model.run({"image": x.reshape(-1, 1, 8, 8)})["probabilities"]
    accuracy = round(float(np.mean(probs.argmax(axis=1) == y)), 6)
    assert accuracy == entry.test_accuracy
    assert accuracy > ModelRegistry().entry("digits-linear-fp32").test_accuracy > 0.9
    assert entry.build["weights"].startswith("trained:")
