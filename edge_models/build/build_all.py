"""Rebuild the whole edge model zoo: model files, manifest.json, its signature and key.

    python edge_models/build/build_all.py [--out DIR] [--key PATH]
    python edge_models/build/build_all.py --check   # rebuild in a temp dir, compare hashes

Deterministic: same tool versions, same bytes (the signature too, as Ed25519 is
deterministic, once the same key is used). Data ships inside scikit-learn; nothing is
downloaded. The signing key is read from (or created at) --key, else
$HYBRIDSDK_SIGNING_KEY, else a throw-away key in a temp dir: the private key is never
written into the zoo. Deployments must pin the resulting public key out of band.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

BUILD_DIR = Path(__file__).resolve().parent
REPO = BUILD_DIR.parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing hybridsdk

import _cnn  # noqa: E402
import _cnn_digits  # noqa: E402
import _data  # noqa: E402
import _linear  # noqa: E402
import _svc  # noqa: E402
import _text  # noqa: E402

from hybridsdk.edge._manifest import Manifest, ModelEntry, TensorSpec  # noqa: E402
from hybridsdk.edge._signing import (  # noqa: E402
    PUBLIC_KEY_NAME,
    SIGNATURE_NAME,
    key_fingerprint,
    load_or_create_private_key,
    public_key_pem,
    sign_manifest,
)

SCRIPT = "edge_models/build/build_all.py"
SPLIT_TEXT = (
    "train_test_split(test_size=0.3, random_state=42, stratify=None): 1257 train / 540 test"
)
DIGITS_IN = (TensorSpec(name="pixels", shape=(None, 64), dtype="float32"),)
DIGITS_OUT = (TensorSpec(name="probabilities", shape=(None, 10), dtype="float32"),)
TEXT_TASK = "intent-classification"
# Raw text in, one string per row; "str" is the numpy kind (U or O) the runtimes accept.
TEXT_IN = (TensorSpec(name=_text.INPUT_NAME, shape=(None, 1), dtype="str"),)


@dataclass(frozen=True)
class Built:
    """One model file before it goes into the manifest."""

    name: str
    task: str
    role: str
    format: str
    precision: str
    data: bytes
    inputs: tuple[TensorSpec, ...]
    outputs: tuple[TensorSpec, ...]
    labels: tuple[str, ...]
    build: dict[str, Any]
    test_accuracy: float | None

    @property
    def file(self) -> str:
        return f"{self.name}.{self.format}"


def tool_versions() -> dict[str, str]:
    names = (
        "numpy",
        "scikit-learn",
        "onnx",
        "onnxruntime",
        "skl2onnx",
        "ai-edge-litert",
        "flatbuffers",
    )
    versions = {"python": platform.python_version()}
    for name in names:
        versions[name] = metadata.version(name)
    return versions


def run_onnx(model: bytes, inputs: dict[str, npt.NDArray[np.float32]]) -> npt.NDArray[np.float32]:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1  # reproducible numbers; speed is measured elsewhere
    session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
    return np.asarray(session.run(None, inputs)[0])


def run_tflite(model: bytes, x: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    from ai_edge_litert.interpreter import Interpreter

    interpreter = Interpreter(model_content=model, num_threads=1)
    (inp,) = interpreter.get_input_details()
    (out,) = interpreter.get_output_details()
    interpreter.resize_tensor_input(inp["index"], list(x.shape), strict=True)
    interpreter.allocate_tensors()
    interpreter.set_tensor(inp["index"], x)
    interpreter.invoke()
    return np.asarray(interpreter.get_tensor(out["index"]))


def build_models(zoo: Path) -> list[Built]:
    """Every model of the zoo; `zoo` is where committed text models are kept from."""
    tools = tool_versions()
    data = _data.load()
    common: dict[str, Any] = {
        "script": SCRIPT,
        "data": _data.DATA_DESCRIPTION,
        "split": SPLIT_TEXT,
        "tools": tools,
    }

    weights = _linear.train(data)
    linear_weights = (
        "trained: sklearn LogisticRegression(C=1.0, lbfgs, multinomial) on pixels/16; the 1/16 "
        "is folded into the weights so the model takes raw pixels 0..16"
    )
    onnx32 = _linear.onnx_fp32(weights)
    onnx8 = _linear.onnx_int8_qdq(onnx32, data.x_train)
    tfl32 = _linear.tflite_fp32(weights)
    tfl8 = _linear.tflite_int8(tfl32, data.x_train)
    svc, svc_sklearn_accuracy = _svc.onnx_fp32(data)
    cnn32 = _cnn.onnx_fp32()
    cnn_digits_params = _cnn_digits.train(data.x_train, data.y_train)
    cnn_digits = _cnn_digits.onnx_fp32(cnn_digits_params)
    cnn8 = _linear.quantize_onnx_static(cnn32, _cnn.INPUT_NAME, _cnn.calibration_images(), batch=8)

    def accuracy_onnx(model: bytes) -> float:
        return _data.accuracy(run_onnx(model, {"pixels": data.x_test}), data.y_test)

    def accuracy_tflite(model: bytes) -> float:
        return _data.accuracy(run_tflite(model, data.x_test), data.y_test)

    linear_build: dict[str, Any] = {
        **common,
        "module": "edge_models/build/_linear.py",
        "seed": 42,
        "weights": linear_weights,
        "sklearn_test_accuracy": round(weights.sklearn_test_accuracy, 6),
    }
    onnx_qdq = (
        "onnxruntime.quantization.quantize_static: QuantFormat.QDQ, QInt8 weights and "
        "activations, per-tensor, MinMax calibration on the 1257 training rows"
    )
    tflite_ptq = (
        "ai_edge_litert CalibrationWrapper (TF Lite post-training quantizer): Prepare/FeedTensor "
        "over the 1257 training rows, QuantizeModel(int8 activations, int32 bias, per-channel "
        "weights, float32 input and output)"
    )
    svc_params = ", ".join(f"{k}={v}" for k, v in _svc.SVC_PARAMS.items())
    svc_build = {
        **common,
        "module": "edge_models/build/_svc.py",
        "seed": 42,
        "weights": f"trained: sklearn SVC({svc_params}) on raw pixels",
        "graph": "skl2onnx convert_sklearn, zipmap off, label output dropped",
        "sklearn_test_accuracy": round(svc_sklearn_accuracy, 6),
    }
    cnn_build: dict[str, Any] = {
        "script": SCRIPT,
        "module": "edge_models/build/_cnn.py",
        "data": None,
        "split": None,
        "seed": _cnn.SEED,
        "weights": f"random, seed {_cnn.SEED} (He-normal conv/dense weights, zero biases): "
        "for timing only",
        "architecture": "6x (3x3 conv + ReLU) 32-32-64-64-128-256 ch, GAP, dense 10, softmax",
        "tools": tools,
    }
    cnn_quantization = onnx_qdq.replace(
        "on the 1257 training rows", "on 32 seeded uniform [0,1) images"
    )
    return [
        digits("digits-linear-fp32", "onnx", "fp32", onnx32,
               {**linear_build, "graph": "hand-built with onnx.helper: Gemm + Softmax, opset 17"},
               accuracy_onnx(onnx32)),
        digits("digits-linear-int8", "onnx", "int8", onnx8,
               {**linear_build, "quantization": onnx_qdq}, accuracy_onnx(onnx8)),
        digits("digits-linear-fp32", "tflite", "fp32", tfl32,
               {**linear_build, "graph": "hand-built flatbuffer (ai_edge_litert schema object "
                "API): FULLY_CONNECTED + SOFTMAX"},
               accuracy_tflite(tfl32)),
        digits("digits-linear-int8", "tflite", "int8", tfl8,
               {**linear_build, "quantization": tflite_ptq}, accuracy_tflite(tfl8)),
        digits("digits-svc-fp32", "onnx", "fp32", svc, svc_build, accuracy_onnx(svc),
               role="cloud"),
        cnn("cnn-fp32", "fp32", cnn32, {**cnn_build, "graph": "hand-built with onnx.helper, opset 17"}),
        cnn("cnn-int8", "int8", cnn8, {**cnn_build, "quantization": cnn_quantization}),
        digits_cnn(cnn_digits, {
            **common,
            "module": "edge_models/build/_cnn_digits.py",
            "seed": _cnn_digits.SEED,
            "weights": f"trained: {_cnn_digits.N_FILTERS} PCA filters of 3x3 training patches "
            f"(both signs), sklearn LogisticRegression(C={_cnn_digits.C}) dense layer",
            "architecture": "3x3 conv (32 ch) + ReLU, 2x2 max pool, dense 10, softmax",
            "graph": "hand-built with onnx.helper, opset 17",
            "train_accuracy": round(cnn_digits_params["train_accuracy"], 6),
        }, _data.accuracy(run_onnx(cnn_digits, {_cnn_digits.INPUT_NAME:
                                                data.x_test.reshape(-1, 1, 8, 8)}), data.y_test)),
        *text_models(tools, zoo),
    ]  # fmt: skip


def digits(
    name: str,
    fmt: str,
    precision: str,
    data: bytes,
    build: dict[str, Any],
    test_accuracy: float,
    *,
    role: str = "edge",
) -> Built:
    return Built(
        name=name,
        task="digits-classification",
        role=role,
        format=fmt,
        precision=precision,
        data=data,
        inputs=DIGITS_IN,
        outputs=DIGITS_OUT,
        labels=_data.LABELS,
        build=build,
        test_accuracy=test_accuracy,
    )


def digits_cnn(data: bytes, build: dict[str, Any], accuracy: float) -> Built:
    """The trained digits CNN (8x8 images), scored on the 30% test split."""
    return Built(
        name="cnn-digits-fp32",
        task="digits-image",
        role="edge",
        format="onnx",
        precision="fp32",
        data=data,
        inputs=(
            TensorSpec(
                name=_cnn_digits.INPUT_NAME,
                shape=(None, *_cnn_digits.INPUT_SHAPE),
                dtype="float32",
            ),
        ),
        outputs=(TensorSpec(name="probabilities", shape=(None, 10), dtype="float32"),),
        labels=_data.LABELS,
        build=build,
        test_accuracy=accuracy,
    )


def cnn(name: str, precision: str, data: bytes, build: dict[str, Any]) -> Built:
    return Built(
        name=name,
        task="image-classification-synthetic",
        role="edge",
        format="onnx",
        precision=precision,
        data=data,
        inputs=(
            TensorSpec(name=_cnn.INPUT_NAME, shape=(None, *_cnn.INPUT_SHAPE), dtype="float32"),
        ),
        outputs=(TensorSpec(name="probabilities", shape=(None, 10), dtype="float32"),),
        labels=tuple(f"class_{i}" for i in range(10)),
        build=build,
        test_accuracy=None,  # random weights: there is nothing to score
    )


def text_models(tools: dict[str, str], zoo: Path) -> list[Built]:
    """The CLINC150 intent models, or the committed ones when the dataset is absent."""
    data = _text.load(REPO)
    if data is None:
        kept = committed_text_models(zoo)
        print(
            f"CLINC150 not found at {_text.dataset_dir(REPO)}: text models NOT rebuilt; "
            f"keeping the {len(kept)} committed ones ({', '.join(b.name for b in kept) or 'none'}) "
            "as they are"
        )
        return kept
    word = _vectorizer_text(_text.EDGE_WORD)
    cloud_word = _vectorizer_text(_text.CLOUD_WORD)
    cloud_char = _vectorizer_text(_text.CLOUD_CHAR)
    edge = _text.build(_text.edge_pipeline(), data, "intent_linear")
    cloud = _text.build(_text.cloud_pipeline(), data, "intent_cloud")
    if edge.labels != cloud.labels:
        raise RuntimeError("edge and cloud text models order their classes differently")
    common: dict[str, Any] = {
        "script": SCRIPT,
        "module": "edge_models/build/_text.py",
        "data": _text.DATA_DESCRIPTION,
        "split": _text.SPLIT_TEXT,
        "seed": None,  # lbfgs on a convex loss, no sampling: nothing random to seed
        "test_split": "withheld: the CLINC150 test split is not in shared/; test_accuracy "
        "is VAL accuracy over 151 classes (oos counted as a class), see val_*",
        "graph": "skl2onnx convert_sklearn: StringNormalizer(LOWER, locale C) + com.microsoft "
        "Tokenizer(RE2) + TfIdfVectorizer + LinearClassifier(softmax); zipmap off, label "
        "output dropped, opset <= 17 (skl2onnx picks the lowest that fits)",
        "tools": tools,
    }
    cascade = _text.cascade(
        edge.val_probabilities, cloud.val_probabilities, edge.labels, data.y_val
    )
    edge_build = {
        **common,
        "weights": f"trained: sklearn TfidfVectorizer({word}) + LogisticRegression("
        f"C={_text.EDGE_C}, lbfgs, multinomial)",
        **edge.metrics,
        "val_cascade_to_intent_cloud_fp32": cascade,
    }
    cloud_build = {
        **common,
        "weights": f"trained: sklearn FeatureUnion(TfidfVectorizer({cloud_word}), "
        f"TfidfVectorizer({cloud_char})) + LogisticRegression(C={_text.CLOUD_C}, lbfgs, "
        "multinomial)",
        **cloud.metrics,
    }
    return [
        text("intent-linear-fp32", "edge", edge, edge_build),
        text("intent-cloud-fp32", "cloud", cloud, cloud_build),
    ]


def _vectorizer_text(params: dict[str, Any]) -> str:
    token = "" if params.get("analyzer") == "char" else f"token_pattern={_text.TOKEN_PATTERN!r}, "
    return token + ", ".join(f"{k}={v!r}" for k, v in params.items())


def text(name: str, role: str, model: _text.TextModel, build: dict[str, Any]) -> Built:
    return Built(
        name=name,
        task=TEXT_TASK,
        role=role,
        format="onnx",
        precision="fp32",
        data=model.onnx,
        inputs=TEXT_IN,
        outputs=(
            TensorSpec(name=_text.OUTPUT_NAME, shape=(None, len(model.labels)), dtype="float32"),
        ),
        labels=model.labels,
        build=build,
        test_accuracy=model.metrics["val_accuracy"],
    )


def committed_text_models(zoo: Path) -> list[Built]:
    """The text models already in `zoo`, unchanged, for builds without the dataset."""
    path = zoo / "manifest.json"
    if not path.is_file():
        return []
    manifest = Manifest.model_validate_json(path.read_bytes())
    kept = []
    for entry in manifest.models:
        if entry.task != TEXT_TASK:
            continue
        data = (zoo / entry.file).read_bytes()
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise RuntimeError(
                f"{zoo / entry.file} does not match its manifest entry and the dataset to "
                f"rebuild it is absent ({_text.dataset_dir(REPO)}): restore the file"
            )
        kept.append(
            Built(
                name=entry.name,
                task=entry.task,
                role=entry.role,
                format=entry.format,
                precision=entry.precision,
                data=data,
                inputs=entry.inputs,
                outputs=entry.outputs,
                labels=entry.labels,
                build=entry.build,
                test_accuracy=entry.test_accuracy,
            )
        )
    return kept


def entry_name(built: Built) -> str:
    # The same weights ship as .onnx and .tflite: the format is part of the manifest name.
    return built.name if built.format == "onnx" else f"{built.name}-tflite"


def write_zoo(models: list[Built], out: Path, key_path: Path) -> tuple[list[ModelEntry], str, bool]:
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    for built in models:
        (out / built.file).write_bytes(built.data)
        entries.append(
            ModelEntry(
                name=entry_name(built),
                task=built.task,
                role=built.role,  # type: ignore[arg-type]
                format=built.format,  # type: ignore[arg-type]
                precision=built.precision,  # type: ignore[arg-type]
                file=built.file,
                sha256=hashlib.sha256(built.data).hexdigest(),
                size_bytes=len(built.data),
                inputs=built.inputs,
                outputs=built.outputs,
                labels=built.labels,
                build=built.build,
                test_accuracy=built.test_accuracy,
            )
        )
    manifest = Manifest(models=tuple(entries))
    manifest_bytes = (json.dumps(manifest.model_dump(mode="json"), indent=2) + "\n").encode()
    (out / "manifest.json").write_bytes(manifest_bytes)

    private_key, created = load_or_create_private_key(key_path)
    (out / SIGNATURE_NAME).write_bytes(sign_manifest(manifest_bytes, private_key))
    public_key = private_key.public_key()
    (out / PUBLIC_KEY_NAME).write_bytes(public_key_pem(public_key))
    return entries, key_fingerprint(public_key), created


def check_reproducible(zoo: Path) -> int:
    """Rebuild with a throw-away key; fail unless manifest.json comes out byte for byte."""
    committed_bytes = (zoo / "manifest.json").read_bytes()
    committed = Manifest.model_validate_json(committed_bytes)
    with tempfile.TemporaryDirectory(prefix="hybridsdk-zoo-check-") as tmp:
        rebuilt = Path(tmp) / "zoo"
        entries, _, _ = write_zoo(build_models(zoo), rebuilt, Path(tmp) / "key.pem")
        rebuilt_bytes = (rebuilt / "manifest.json").read_bytes()
    if rebuilt_bytes == committed_bytes:
        print(
            f"reproducible: manifest.json and all {len(entries)} model files rebuilt byte for byte"
        )
        return 0
    differ = [e.name for e in entries if committed.get(e.name) != e]
    stale = sorted({e.name for e in committed.models} - {e.name for e in entries})
    print(f"NOT reproducible: entries differ for {differ}; stale entries {stale}")
    print("(each entry's build.tools must match the installed tool versions)")
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--out", type=Path, default=BUILD_DIR.parent, help="zoo folder (default: edge_models/)"
    )
    parser.add_argument(
        "--key", type=Path, default=None, help="Ed25519 signing key (PEM); created if absent"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="rebuild into a temp dir and fail unless every file hash matches the zoo's manifest",
    )
    args = parser.parse_args(argv)
    if args.check:
        return check_reproducible(args.out)

    key_path: Path | None = args.key or (
        Path(os.environ["HYBRIDSDK_SIGNING_KEY"])
        if os.environ.get("HYBRIDSDK_SIGNING_KEY")
        else None
    )
    if key_path is None:
        key_path = Path(tempfile.mkdtemp(prefix="hybridsdk-signing-")) / "zoo-signing-key.pem"
    if key_path.resolve().is_relative_to(args.out.resolve()):
        parser.error(f"the signing key {key_path} must not live inside the zoo folder {args.out}")

    from hybridsdk.cli._progress import progress_for

    progress = progress_for()  # on a terminal only
    started = time.perf_counter()
    if progress:
        progress("training and exporting the models (a few minutes on 2 cores)")
    models = build_models(args.out)
    if progress:
        progress(f"writing and signing the zoo in {args.out}")
    entries, fingerprint, created = write_zoo(models, args.out, key_path)
    elapsed = time.perf_counter() - started

    print(
        f"{'name':<26} {'format':<7} {'prec':<5} {'role':<6} {'bytes':>9}  {'test acc':>8}  sha256"
    )
    for entry in entries:
        accuracy = "-" if entry.test_accuracy is None else f"{entry.test_accuracy:.4f}"
        print(f"{entry.name:<26} {entry.format:<7} {entry.precision:<5} {entry.role:<6} "
              f"{entry.size_bytes:>9}  {accuracy:>8}  {entry.sha256[:16]}")  # fmt: skip
    total = sum(entry.size_bytes for entry in entries)
    print(f"{len(entries)} models, {total / 1e6:.2f} MB, built in {elapsed:.1f} s into {args.out}")
    print(f"manifest signed with {'a NEW' if created else 'the'} key at {key_path}")
    print(f"public key {fingerprint} written to {args.out / PUBLIC_KEY_NAME}; pin it out of band")
    if created and not (args.key or os.environ.get("HYBRIDSDK_SIGNING_KEY")):
        print("note: the key is throw-away; set HYBRIDSDK_SIGNING_KEY to keep one across builds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
