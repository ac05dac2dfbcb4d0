"""The cloud model: an RBF support vector classifier, exported with skl2onnx.

Trained on raw pixels (gamma=0.001 suits the 0..16 range, no scaler needed), with Platt
probabilities so the cascade can compare confidences. The exported graph keeps only the
probabilities tensor, named like the edge models' output.
"""

from __future__ import annotations

import warnings

from _data import Digits
from _linear import INPUT_NAME, ONNX_OPSET, OUTPUT_NAME

SVC_PARAMS = {"kernel": "rbf", "gamma": 0.001, "C": 1.0, "probability": True, "random_state": 0}


def onnx_fp32(data: Digits) -> tuple[bytes, float]:
    """Train the SVC and return (ONNX bytes, sklearn's own test accuracy)."""
    import onnx
    from skl2onnx import convert_sklearn  # type: ignore[import-untyped]
    from skl2onnx.common.data_types import FloatTensorType  # type: ignore[import-untyped]
    from sklearn.svm import SVC

    with warnings.catch_warnings():
        # sklearn 1.9 deprecates probability=True in favour of CalibratedClassifierCV;
        # skl2onnx exports this form, and its Platt scaling is what we want.
        warnings.simplefilter("ignore", FutureWarning)
        model = SVC(**SVC_PARAMS)
        model.fit(data.x_train, data.y_train)
        sklearn_accuracy = float(model.score(data.x_test, data.y_test))
        onx = convert_sklearn(
            model,
            initial_types=[(INPUT_NAME, FloatTensorType([None, 64]))],
            options={id(model): {"zipmap": False}},
            target_opset={"": ONNX_OPSET, "ai.onnx.ml": 3},
        )
    # Keep one output, `probabilities`, as every digits model has; the label is its argmax.
    kept = [out for out in onx.graph.output if out.name == OUTPUT_NAME]
    if len(kept) != 1:
        raise RuntimeError(f"skl2onnx produced outputs {[o.name for o in onx.graph.output]}")
    del onx.graph.output[:]
    onx.graph.output.extend(kept)
    # skl2onnx collects opset imports in a set, so their order follows PYTHONHASHSEED;
    # sort them so the file's bytes do not change from run to run.
    imports = sorted(onx.opset_import, key=lambda opset: opset.domain)
    del onx.opset_import[:]
    onx.opset_import.extend(imports)
    onx.graph.name = "digits_svc"
    onx.producer_name = "hybridsdk-edge-models"
    onnx.checker.check_model(onx)
    return onx.SerializeToString(), sklearn_accuracy
