"""The CLINC150 intent models in the zoo: integrity, I/O and known answers.

Everything runs the committed files in real ONNX Runtime sessions; the export is checked
against recorded sklearn outputs in tests/edge/data/. Tests never read the dataset, which
lives outside the repository: the val numbers the manifest records are recomputed by the
models build (`nox -s models`), the only step that reads it.
"""

from __future__ import annotations

import hashlib
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest

from hybridsdk._exceptions import InputDTypeError, InputShapeError
from hybridsdk.edge._local_model import load_model
from hybridsdk.edge._manifest import ModelEntry
from hybridsdk.edge._registry import ModelRegistry

REPO = Path(__file__).resolve().parents[2]
EDGE_MODELS = REPO / "edge_models"
BUILD_DIR = EDGE_MODELS / "build"
PUBLIC_KEY = EDGE_MODELS / "manifest.pub"
RECORDED = Path(__file__).resolve().parent / "data" / "intent_edge_recorded.npz"
EDGE, CLOUD = "intent-linear-fp32", "intent-cloud-fp32"
TEXT_MODELS = (EDGE, CLOUD)
KNOWN = {
    "what is my bank balance": "balance",
    "set an alarm for 7am": "alarm",
    "how do you say thank you in spanish": "translate",
    "tell me a joke": "tell_joke",
    "is my flight on time": "flight_status",
    "my card was declined by the store": "card_declined",
}


@pytest.fixture(scope="module")
def registry() -> ModelRegistry:
    return ModelRegistry(EDGE_MODELS, public_key=PUBLIC_KEY)


@pytest.fixture(scope="module")
def build_modules() -> Iterator[tuple[ModuleType, ModuleType]]:
    """edge_models/build/_text.py and build_all.py, imported as the build script does."""
    sys.path.insert(0, str(BUILD_DIR))
    try:
        yield importlib.import_module("_text"), importlib.import_module("build_all")
    finally:
        sys.path.remove(str(BUILD_DIR))


def _session(registry: ModelRegistry, name: str) -> tuple[ModelEntry, Any]:
    import onnxruntime as ort

    entry, data = registry.read_verified(name)  # sha256 and size checked here
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    return entry, ort.InferenceSession(data, options, providers=["CPUExecutionProvider"])


def _probs(session: Any, texts: list[str]) -> np.ndarray:
    batch = np.array(texts, dtype=object).reshape(-1, 1)
    return np.asarray(session.run(["probabilities"], {"text": batch})[0])


# -- the manifest entries ------------------------------------------------------------------


def test_entries_verify_and_describe_string_in_probabilities_out(registry: ModelRegistry) -> None:
    assert registry.signature_verified
    for name in TEXT_MODELS:
        entry, data = registry.read_verified(name)
        assert hashlib.sha256(data).hexdigest() == entry.sha256
        assert entry.task == "intent-classification" and entry.format == "onnx"
        assert [(s.name, s.shape, s.dtype) for s in entry.inputs] == [("text", (None, 1), "str")]
        assert [(s.name, s.shape, s.dtype) for s in entry.outputs] == [
            ("probabilities", (None, 151), "float32")
        ]
        assert len(entry.labels) == 151 == len(set(entry.labels)) and "oos" in entry.labels
    assert registry.entry(EDGE).role == "edge" and registry.entry(CLOUD).role == "cloud"
    assert registry.entry(EDGE).labels == registry.entry(CLOUD).labels
    assert registry.entry(EDGE).size_bytes < 5 * 1024 * 1024
    assert registry.entry(CLOUD).size_bytes < 25 * 1024 * 1024


def test_build_records_val_numbers_and_says_the_test_split_is_withheld(
    registry: ModelRegistry,
) -> None:
    edge, cloud = registry.entry(EDGE), registry.entry(CLOUD)
    for entry in (edge, cloud):
        build = entry.build
        assert "withheld" in build["test_split"] and "withheld" in build["split"]
        assert entry.test_accuracy == build["val_accuracy"]  # val, with oos as a class
        assert 0.85 < build["val_in_scope_accuracy"] < 1.0
        assert 0.0 < build["val_oos_recall"] <= 1.0
        assert build["val_onnx_sklearn_argmax_agreement"] >= 0.995
        assert build["sklearn_val_accuracy"] == pytest.approx(build["val_accuracy"], abs=0.002)
    assert cloud.build["val_accuracy"] > edge.build["val_accuracy"]
    assert cloud.build["val_in_scope_accuracy"] > edge.build["val_in_scope_accuracy"]
    cascade = edge.build["val_cascade_to_intent_cloud_fp32"]
    shares = [row["cloud_share"] for row in cascade]
    assert shares == sorted(shares) and shares[0] > 0 and shares[-1] < 1


# -- running the files ---------------------------------------------------------------------


def test_both_models_answer_known_texts_with_distributions(registry: ModelRegistry) -> None:
    texts = list(KNOWN)
    for name in TEXT_MODELS:
        entry, session = _session(registry, name)
        probs = _probs(session, texts)
        assert probs.shape == (len(texts), 151) and probs.dtype == np.float32
        np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-4)
        assert (probs >= 0).all()
        assert [entry.labels[i] for i in probs.argmax(axis=1)] == list(KNOWN.values()), name


def test_case_punctuation_and_spacing_are_normalised_inside_the_graph(
    registry: ModelRegistry,
) -> None:
    for name in TEXT_MODELS:
        _, session = _session(registry, name)
        plain, shouted = _probs(session, ["what is my bank balance", "WHAT IS MY BANK BALANCE"])
        np.testing.assert_allclose(plain, shouted, atol=1e-6)
    # The word model ignores punctuation and runs of spaces; the cloud's char n-grams do not.
    _, session = _session(registry, EDGE)
    plain, noisy = _probs(session, ["what is my bank balance", "what  is my bank balance?!"])
    np.testing.assert_allclose(plain, noisy, atol=1e-6)


def test_text_without_known_tokens_gets_a_low_confidence_answer(registry: ModelRegistry) -> None:
    _, session = _session(registry, EDGE)
    probs = _probs(session, ["", "!!!", "zzzz qqqq"])
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-4)
    assert (probs.max(axis=1) < 0.3).all()  # a cascade at 0.3 or above sends these on


def test_local_model_runs_the_text_model_and_rejects_bad_input(
    registry: ModelRegistry, tmp_path: Path
) -> None:
    with load_model(EDGE, registry=registry, threads=1, cache_dir=tmp_path) as model:
        out = model.run({"text": np.array([["what is my bank balance"], ["tell me a joke"]])})
        probs = out["probabilities"]
        assert [model.entry.labels[i] for i in probs.argmax(axis=1)] == ["balance", "tell_joke"]
        with pytest.raises(InputDTypeError, match="expects text"):
            model.run({"text": np.array([[1.0]])})
        with pytest.raises(InputShapeError, match="bare str"):
            model.run({"text": "what is my bank balance"})


# -- the build without the dataset ---------------------------------------------------------


def test_build_without_dataset_keeps_the_committed_text_models(
    build_modules: tuple[ModuleType, ModuleType],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    text, build_all = build_modules
    assert text.load(tmp_path / "main") is None
    monkeypatch.setattr(build_all, "REPO", tmp_path / "main")
    kept = build_all.text_models({}, EDGE_MODELS)
    assert "CLINC150 not found" in capsys.readouterr().out
    assert [b.name for b in kept] == list(TEXT_MODELS)
    for built in kept:
        assert built.data == (EDGE_MODELS / f"{built.name}.onnx").read_bytes()


def test_build_without_dataset_refuses_an_altered_committed_file(
    build_modules: tuple[ModuleType, ModuleType],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _, build_all = build_modules
    zoo = tmp_path / "zoo"
    zoo.mkdir()
    (zoo / "manifest.json").write_bytes((EDGE_MODELS / "manifest.json").read_bytes())
    for name in TEXT_MODELS:
        (zoo / f"{name}.onnx").write_bytes((EDGE_MODELS / f"{name}.onnx").read_bytes())
    with (zoo / f"{EDGE}.onnx").open("r+b") as f:
        f.seek(1000)
        byte = f.read(1)
        f.seek(1000)
        f.write(bytes([byte[0] ^ 0xFF]))
    monkeypatch.setattr(build_all, "REPO", tmp_path / "main")
    with pytest.raises(RuntimeError, match="does not match its manifest entry"):
        build_all.committed_text_models(zoo)


def test_edge_file_agrees_with_the_recorded_sklearn_pipeline(registry: ModelRegistry) -> None:
    """The committed ONNX file against the sklearn pipeline's own outputs, recorded once.

    Refitting here made the test depend on the solver converging the same way on every CPU
    (it does not on aarch64); tests/data/intent_edge_recorded.npz holds 300 CLINC150 val
    texts (seed 42, CC BY 3.0) and the fitted pipeline's `predict_proba` on them, so the
    export is checked on any machine, with or without the dataset.
    """
    recorded = np.load(RECORDED)
    texts = [str(t) for t in recorded["texts"]]
    expected = recorded["probabilities"]
    entry, session = _session(registry, EDGE)
    assert tuple(str(c) for c in recorded["classes"]) == entry.labels
    got = _probs(session, texts)
    agreement = float(np.mean(got.argmax(axis=1) == expected.argmax(axis=1)))
    assert agreement >= 0.995
    np.testing.assert_allclose(got, expected, atol=1e-3)
