"""Builds the name/address/date-of-birth tagger: hybridsdk/routing/models/pii-ner.onnx.

    python edge_models/build/build_pii_ner.py [--texts 8000] [--out PATH]

Trains on the "tune" split of benchmarks/privacy_data/pii_textgen.py only (seeds 1000+, tune
locales and phrasings); the eval split is never read here. The model is a linear
classifier (scikit-learn SGD, log loss) over hashed token features, exported by hand as
an ONNX graph: Gather rows of the weight table by feature index, sum per token, add the
bias. Deterministic for the same package versions (fixed seeds, one thread). Prints the
sha256 to pin in hybridsdk/routing/_ner.py.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from scipy import sparse
from sklearn.linear_model import SGDClassifier
from threadpoolctl import threadpool_limits

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks" / "privacy_data"))

import pii_textgen  # noqa: E402

from hybridsdk.routing._ner_features import (  # noqa: E402
    LABELS,
    N_FEATURES,
    featurize,
    tokenize,
)

OUT = REPO / "hybridsdk" / "routing" / "models" / "pii-ner.onnx"
_KIND_TAG = {"person": "PER", "address": "ADDR", "dob": "DOB"}


def token_labels(text: str, spans: list[tuple[int, int]], gold: list[list[object]]) -> list[int]:
    """BIO label index per token from the labelled character spans."""
    labels = [0] * len(spans)
    for kind, start, end in gold:
        tag = _KIND_TAG.get(str(kind))
        if tag is None:
            continue
        first = True
        for i, (a, b) in enumerate(spans):
            if a >= int(start) and b <= int(end):  # type: ignore[call-overload]
                labels[i] = LABELS.index(("B-" if first else "I-") + tag)
                first = False
    return labels


def build_matrix(texts: list[dict[str, object]]) -> tuple[sparse.csr_matrix, np.ndarray]:
    rows, ys = [], []
    for item in texts:
        text = str(item["text"])
        spans = tokenize(text)
        if not spans:
            continue
        rows.append(featurize(text, spans))
        ys.extend(token_labels(text, spans, item["spans"]))  # type: ignore[arg-type]
    feats = np.concatenate(rows)
    n = feats.shape[0]
    mask = feats < N_FEATURES
    indptr = np.concatenate([[0], np.cumsum(mask.sum(axis=1))])
    data = np.ones(int(mask.sum()), dtype=np.float32)
    matrix = sparse.csr_matrix((data, feats[mask], indptr), shape=(n, N_FEATURES))
    matrix.sum_duplicates()
    return matrix, np.array(ys)


def export(clf: SGDClassifier, path: Path) -> bytes:
    # Rows: one per feature bucket, plus a zero row for the padding index.
    order = [list(clf.classes_).index(i) for i in range(len(LABELS))]
    weights = np.zeros((N_FEATURES + 1, len(LABELS)), dtype=np.float32)
    weights[:N_FEATURES] = clf.coef_[order].T.astype(np.float32)
    bias = clf.intercept_[order].astype(np.float32)
    graph = helper.make_graph(
        [
            helper.make_node("Gather", ["W", "features"], ["rows"], axis=0),
            helper.make_node("ReduceSum", ["rows", "axes"], ["summed"], keepdims=0),
            helper.make_node("Add", ["summed", "b"], ["scores"]),
        ],
        "pii_ner",
        [helper.make_tensor_value_info("features", TensorProto.INT64, [None, None])],
        [helper.make_tensor_value_info("scores", TensorProto.FLOAT, [None, len(LABELS)])],
        initializer=[
            numpy_helper.from_array(weights, "W"),
            numpy_helper.from_array(bias, "b"),
            numpy_helper.from_array(np.array([1], dtype=np.int64), "axes"),
        ],
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 18)], producer_name="hybridsdk"
    )
    model.ir_version = 8
    model.doc_string = "hybridsdk PII tagger; labels: " + ",".join(LABELS)
    onnx.checker.check_model(model)
    data = model.SerializeToString()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=12000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    data = pii_textgen.generate("tune", args.texts, seed=1000)
    x, y = build_matrix(data)
    print(f"{len(data)} texts, {x.shape[0]} tokens, {np.bincount(y).tolist()} per label")
    with threadpool_limits(1):
        # Entity tags weigh more than "O": for privacy a missed name costs more than a
        # redacted word.
        weights = {i: (1.0 if lab == "O" else 2.5) for i, lab in enumerate(LABELS)}
        clf = SGDClassifier(
            loss="log_loss",
            alpha=2e-6,
            max_iter=15,
            tol=None,
            random_state=0,
            average=True,
            class_weight=weights,
        )
        clf.fit(x, y)
    blob = export(clf, args.out)
    print(f"wrote {args.out} ({len(blob)} bytes) in {time.perf_counter() - t0:.1f} s")
    print(f"sha256 {hashlib.sha256(blob).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
