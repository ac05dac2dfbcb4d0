"""Text intent models on CLINC150: a small edge model and a larger cloud model.

Both are whole sklearn pipelines (TF-IDF + multinomial logistic regression) exported with
skl2onnx, so the ONNX file takes the raw text and does the normalising, tokenising and
TF-IDF itself (StringNormalizer, com.microsoft Tokenizer, TfIdfVectorizer; all in the
stock onnxruntime wheel). 151 classes: the 150 intents and "oos" (out of scope), trained
on `train` + `oos_train` and scored on `val` + `oos_val`. The CLINC150 test split is not
in shared/ (kept for independent evaluation), so every number here is a validation number.

The dataset lives outside the repository, at `<checkout>/../shared/datasets/clinc150`;
without it `load()` returns None and the build keeps the zoo's other models only.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from _linear import ONNX_OPSET
from _linear import OUTPUT_NAME as OUTPUT_NAME  # same output name as every zoo model

INPUT_NAME = "text"
DATA_DESCRIPTION = (
    "CLINC150 (Larson et al. 2019, CC BY 3.0) from <checkout>/../shared/datasets/clinc150: "
    "150 intents + 'oos'; trained on train (15000) + oos_train (100)"
)
SPLIT_TEXT = (
    "given splits: train + oos_train (15100) to fit, val + oos_val (3100) to score; the "
    "CLINC150 test split is withheld (not in shared/), so no test number exists here"
)
# sklearn's default `(?u)\b\w\w+\b` is not RE2 and drops one-letter words, which the
# converter's `[a-zA-Z0-9_]+` keeps: the bigrams then differ. Using the ONNX pattern in
# sklearn too makes both sides tokenise alike.
TOKEN_PATTERN = r"[a-zA-Z0-9_]+"
# No sublinear_tf: skl2onnx 1.20 exports it as log(tf + 1) where sklearn computes
# log(tf) + 1, so texts with a repeated word got other probabilities (up to 0.05 apart).
# Plain tf scores as well here (val 0.8935 vs 0.8929 for the edge model).
EDGE_WORD = {"ngram_range": (1, 1), "max_features": 5000}
CLOUD_WORD = {"ngram_range": (1, 2), "max_features": 8000}
CLOUD_CHAR = {"analyzer": "char", "ngram_range": (2, 4), "max_features": 8000}
EDGE_C = 30.0
CLOUD_C = 30.0
CASCADE_THRESHOLDS = (0.3, 0.5, 0.7, 0.9)
MIN_AGREEMENT = 0.995  # ONNX vs sklearn argmax on val; below it the export is wrong


@dataclass(frozen=True)
class Clinc:
    x_train: list[str]
    y_train: npt.NDArray[np.str_]
    x_val: list[str]
    y_val: npt.NDArray[np.str_]


@dataclass(frozen=True)
class TextModel:
    """One trained and exported text model, with what the build measured on val."""

    onnx: bytes
    labels: tuple[str, ...]
    val_probabilities: npt.NDArray[np.float32]  # from the ONNX file, in `labels` order
    metrics: dict[str, Any]


def dataset_dir(repo: Path) -> Path:
    """Where the build looks for CLINC150: beside the checkout, in shared/."""
    return repo.parent / "shared" / "datasets" / "clinc150"


def load(repo: Path) -> Clinc | None:
    """The train and val splits, or None when the dataset is not beside the checkout."""
    path = dataset_dir(repo) / "clinc150_train_val.json"
    if not path.is_file():
        return None
    splits = json.loads(path.read_text(encoding="utf-8"))
    train = splits["train"] + splits["oos_train"]
    val = splits["val"] + splits["oos_val"]
    return Clinc(
        x_train=[text for text, _ in train],
        y_train=np.array([intent for _, intent in train]),
        x_val=[text for text, _ in val],
        y_val=np.array([intent for _, intent in val]),
    )


def edge_pipeline() -> Any:
    """Word unigram TF-IDF (5000 most frequent) + logistic regression, unfitted."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline(
        [
            ("tfidf", TfidfVectorizer(token_pattern=TOKEN_PATTERN, **EDGE_WORD)),
            ("lr", LogisticRegression(C=EDGE_C, max_iter=1000)),
        ]
    )


def cloud_pipeline() -> Any:
    """Word 1-2 gram + char 2-4 gram TF-IDF (8000 each) + logistic regression, unfitted."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion(
        [
            ("word", TfidfVectorizer(token_pattern=TOKEN_PATTERN, **CLOUD_WORD)),
            ("char", TfidfVectorizer(**CLOUD_CHAR)),
        ]
    )
    return Pipeline([("tfidf", features), ("lr", LogisticRegression(C=CLOUD_C, max_iter=1000))])


def fit(pipeline: Any, data: Clinc) -> Any:
    """Fit with BLAS on one thread, so the weights do not depend on the machine's cores."""
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    with threadpool_limits(limits=1):
        pipeline.fit(data.x_train, data.y_train)
    return pipeline


def to_onnx(pipeline: Any, graph_name: str) -> bytes:
    """skl2onnx export: string input `text` [N, 1], output `probabilities` [N, 151] only."""
    import onnx
    from skl2onnx import convert_sklearn  # type: ignore[import-untyped]
    from skl2onnx.common.data_types import StringTensorType  # type: ignore[import-untyped]
    from sklearn.feature_extraction.text import TfidfVectorizer

    with warnings.catch_warnings():
        # skl2onnx warns that analyzer="char" "may not work"; the build checks it does
        # (argmax agreement with sklearn on all of val, below).
        warnings.simplefilter("ignore", UserWarning)
        onx = convert_sklearn(
            pipeline,
            initial_types=[(INPUT_NAME, StringTensorType([None, 1]))],
            options={
                id(pipeline.steps[-1][1]): {"zipmap": False},
                # tokenexp "": the pattern sklearn tokenised with, given to ORT's RE2
                # tokenizer as is. locale "C": StringNormalizer defaults to en_US.UTF-8
                # and fails to load where that locale is not installed (most boards).
                TfidfVectorizer: {"tokenexp": "", "locale": "C"},
            },
            target_opset={"": ONNX_OPSET, "ai.onnx.ml": 3},
        )
    kept = [out for out in onx.graph.output if out.name == OUTPUT_NAME]
    if len(kept) != 1:
        raise RuntimeError(f"skl2onnx produced outputs {[o.name for o in onx.graph.output]}")
    del onx.graph.output[:]
    onx.graph.output.extend(kept)
    # skl2onnx collects opset imports in a set (order follows PYTHONHASHSEED): sort them.
    imports = sorted(onx.opset_import, key=lambda opset: opset.domain)
    del onx.opset_import[:]
    onx.opset_import.extend(imports)
    onx.graph.name = graph_name
    onx.producer_name = "hybridsdk-edge-models"
    onnx.checker.check_model(onx)
    return bytes(onx.SerializeToString())


def run_onnx(model: bytes, texts: list[str]) -> npt.NDArray[np.float32]:
    """Probabilities from the ONNX file itself, on one thread."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
    batch = np.array(texts, dtype=object).reshape(-1, 1)
    return np.asarray(session.run([OUTPUT_NAME], {INPUT_NAME: batch})[0], dtype=np.float32)


def scores(
    probabilities: npt.NDArray[np.float32], labels: tuple[str, ...], y: Any
) -> dict[str, float]:
    """Val accuracy over all 151 classes, in-scope accuracy and out-of-scope recall."""
    predicted = np.asarray(labels)[np.argmax(probabilities, axis=1)]
    truth = np.asarray(y)
    in_scope = truth != "oos"
    return {
        "val_accuracy": round(float(np.mean(predicted == truth)), 6),
        "val_in_scope_accuracy": round(float(np.mean(predicted[in_scope] == truth[in_scope])), 6),
        "val_oos_recall": round(float(np.mean(predicted[~in_scope] == "oos")), 6),
    }


def cascade(
    edge: npt.NDArray[np.float32],
    cloud: npt.NDArray[np.float32],
    labels: tuple[str, ...],
    y: Any,
    thresholds: tuple[float, ...] = CASCADE_THRESHOLDS,
) -> list[dict[str, float]]:
    """Edge answers when its max probability >= threshold, else the cloud model does."""
    names = np.asarray(labels)
    truth = np.asarray(y)
    edge_right = names[np.argmax(edge, axis=1)] == truth
    cloud_right = names[np.argmax(cloud, axis=1)] == truth
    confidence = edge.max(axis=1)
    rows = []
    for threshold in thresholds:
        to_cloud = confidence < threshold
        right = np.where(to_cloud, cloud_right, edge_right)
        rows.append(
            {
                "threshold": threshold,
                "cloud_share": round(float(np.mean(to_cloud)), 6),
                "val_accuracy": round(float(np.mean(right)), 6),
            }
        )
    return rows


def build(pipeline: Any, data: Clinc, graph_name: str) -> TextModel:
    """Fit, export, and measure the ONNX file against sklearn on all of val."""
    fit(pipeline, data)
    model = to_onnx(pipeline, graph_name)
    labels = tuple(str(label) for label in pipeline.classes_)
    onnx_probs = run_onnx(model, data.x_val)
    sklearn_probs = np.asarray(pipeline.predict_proba(data.x_val))
    agreement = float(np.mean(onnx_probs.argmax(axis=1) == sklearn_probs.argmax(axis=1)))
    if agreement < MIN_AGREEMENT:
        raise RuntimeError(
            f"{graph_name}: ONNX and sklearn agree on only {agreement:.4f} of val argmaxes "
            f"(need {MIN_AGREEMENT}); the tokenizer or TF-IDF export differs"
        )
    sklearn_scores = scores(sklearn_probs.astype(np.float32), labels, data.y_val)
    metrics: dict[str, Any] = {
        **scores(onnx_probs, labels, data.y_val),
        "sklearn_val_accuracy": sklearn_scores["val_accuracy"],
        "val_onnx_sklearn_argmax_agreement": round(agreement, 6),
        "val_onnx_sklearn_max_abs_prob_diff": round(
            float(np.max(np.abs(onnx_probs - sklearn_probs))), 4
        ),
        "features": int(pipeline.steps[-1][1].coef_.shape[1]),
    }
    return TextModel(onnx=model, labels=labels, val_probabilities=onnx_probs, metrics=metrics)
