"""The committed edge model zoo: integrity, signature, and that the models are what they claim.

Everything runs on the real files in edge_models/ (or copies of them in tmp_path), with real
ONNX Runtime sessions and LiteRT interpreters.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hybridsdk._exceptions import ConfigurationError, ModelIntegrityError, ModelNotFoundError
from hybridsdk.edge._manifest import ModelEntry
from hybridsdk.edge._registry import ModelRegistry
from hybridsdk.edge._signing import (
    PUBLIC_KEY_NAME,
    SIGNATURE_NAME,
    key_fingerprint,
    load_or_create_private_key,
    load_public_key,
    public_key_pem,
    sign_manifest,
    verify_manifest,
    verify_manifest_bytes,
)

EDGE_MODELS = Path(__file__).resolve().parents[2] / "edge_models"
PUBLIC_KEY = EDGE_MODELS / PUBLIC_KEY_NAME
DIGITS_MODELS = (
    "digits-linear-fp32",
    "digits-linear-int8",
    "digits-linear-fp32-tflite",
    "digits-linear-int8-tflite",
    "digits-svc-fp32",
)
ALL_MODELS = (
    *DIGITS_MODELS,
    "cnn-fp32",
    "cnn-int8",
    "cnn-digits-fp32",
    "intent-linear-fp32",
    "intent-cloud-fp32",
)

# RFC 8032 section 7.1, TEST 2: a one-byte message.
RFC8032_SECRET = bytes.fromhex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
RFC8032_PUBLIC = bytes.fromhex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
RFC8032_MESSAGE = bytes.fromhex("72")
RFC8032_SIGNATURE = bytes.fromhex(
    "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
    "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
)


@pytest.fixture
def zoo(tmp_path: Path) -> Path:
    """A private copy of the committed zoo that a test may damage."""
    target = tmp_path / "zoo"
    shutil.copytree(EDGE_MODELS, target, ignore=shutil.ignore_patterns("build", ".*"))
    return target


def _resign(folder: Path, manifest: dict[str, Any]) -> Ed25519PrivateKey:
    """Rewrite and re-sign a manifest with a fresh key, as an attacker with write access could."""
    key = Ed25519PrivateKey.generate()
    raw = (json.dumps(manifest, indent=2) + "\n").encode()
    (folder / "manifest.json").write_bytes(raw)
    (folder / SIGNATURE_NAME).write_bytes(sign_manifest(raw, key))
    (folder / PUBLIC_KEY_NAME).write_bytes(public_key_pem(key.public_key()))
    return key


# -- the committed zoo ---------------------------------------------------------------------


def test_every_committed_model_verifies_under_the_shipped_key() -> None:
    registry = ModelRegistry(EDGE_MODELS, public_key=PUBLIC_KEY)
    assert registry.signature_verified
    assert registry.names() == list(ALL_MODELS)
    for name in ALL_MODELS:
        entry, data = registry.read_verified(name)
        assert len(data) == entry.size_bytes
        assert hashlib.sha256(data).hexdigest() == entry.sha256


def test_zoo_is_small_and_ships_no_private_key() -> None:
    files = [p for p in EDGE_MODELS.iterdir() if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 25 * 1024 * 1024
    for path in [*files, *(EDGE_MODELS / "build").iterdir()]:
        if path.is_file():
            assert b"PRIVATE KEY" not in path.read_bytes(), f"{path} holds a private key"
    assert load_public_key(PUBLIC_KEY)  # the shipped key parses


def test_manifest_entries_record_how_they_were_built() -> None:
    registry = ModelRegistry(EDGE_MODELS)
    for entry in registry.manifest.models:
        for key in ("script", "data", "split", "seed", "weights", "tools"):
            assert key in entry.build, f"{entry.name} build lacks {key}"
        assert entry.build["tools"]["onnxruntime"]
        assert entry.file.endswith("." + entry.format)
    for name in DIGITS_MODELS:
        entry = registry.entry(name)
        assert entry.labels == tuple(str(d) for d in range(10))
        assert entry.test_accuracy is not None
        assert "test_size=0.3, random_state=42" in entry.build["split"]
    assert registry.entry("digits-svc-fp32").role == "cloud"
    for name in ("cnn-fp32", "cnn-int8"):
        assert registry.entry(name).test_accuracy is None
        assert registry.entry(name).build["weights"].startswith("random, seed 0")


# -- integrity of single files -------------------------------------------------------------


def test_flipped_byte_is_refused_as_corrupted_or_tampered(zoo: Path) -> None:
    registry = ModelRegistry(zoo, public_key=PUBLIC_KEY)
    path = zoo / registry.entry("digits-linear-fp32").file
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="corrupted or was tampered with") as info:
        registry.read_verified("digits-linear-fp32")
    assert "sha256" in str(info.value)
    registry.read_verified("digits-linear-int8")  # the others are untouched


def test_truncated_file_is_refused(zoo: Path) -> None:
    registry = ModelRegistry(zoo)
    path = zoo / registry.entry("digits-linear-int8-tflite").file
    path.write_bytes(path.read_bytes()[:-1])
    with pytest.raises(ModelIntegrityError, match=r"bytes but the manifest says .*tampered"):
        registry.read_verified("digits-linear-int8-tflite")


def test_missing_file_is_reported_as_not_found(zoo: Path) -> None:
    registry = ModelRegistry(zoo)
    (zoo / registry.entry("cnn-int8").file).unlink()
    with pytest.raises(ModelNotFoundError, match=r"cnn-int8\.onnx .* is missing"):
        registry.read_verified("cnn-int8")


def test_unknown_model_name_lists_the_available_ones() -> None:
    registry = ModelRegistry(EDGE_MODELS)
    with pytest.raises(ModelNotFoundError, match="no model named 'digits-huge'") as info:
        registry.entry("digits-huge")
    for name in ALL_MODELS:
        assert name in str(info.value)


def test_missing_manifest_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match=r"no manifest\.json"):
        ModelRegistry(tmp_path)
    with pytest.raises(ModelNotFoundError, match=r"no manifest\.json"):
        ModelRegistry(tmp_path, public_key=PUBLIC_KEY)


# -- the manifest signature ----------------------------------------------------------------


def test_tampered_manifest_fails_the_signature(zoo: Path) -> None:
    manifest = zoo / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace(b'"role": "cloud"', b'"role": "edge" '))
    with pytest.raises(ModelIntegrityError, match="corrupted or tampered") as info:
        ModelRegistry(zoo, public_key=PUBLIC_KEY)
    assert key_fingerprint(load_public_key(PUBLIC_KEY)) in str(info.value)
    with pytest.raises(ModelIntegrityError, match="corrupted or tampered"):
        ModelRegistry(zoo)  # checked by default, under the zoo's own manifest.pub
    ModelRegistry(zoo, allow_unsigned=True)  # the explicit opt-out still parses it


def test_swapped_model_with_rewritten_manifest_is_caught_by_the_pinned_key(zoo: Path) -> None:
    # The attack sha256 alone cannot stop: replace a model, fix up its hash and size in the
    # manifest, re-sign with the attacker's key and replace manifest.pub too.
    evil = (zoo / "digits-linear-int8.onnx").read_bytes()
    (zoo / "digits-linear-fp32.onnx").write_bytes(evil)
    manifest = json.loads((zoo / "manifest.json").read_bytes())
    manifest["models"][0]["sha256"] = hashlib.sha256(evil).hexdigest()
    manifest["models"][0]["size_bytes"] = len(evil)
    attacker = _resign(zoo, manifest)

    assert ModelRegistry(zoo, public_key=zoo / PUBLIC_KEY_NAME).read_verified("digits-linear-fp32")
    with pytest.raises(ModelIntegrityError, match="signed by a different key"):
        ModelRegistry(zoo, public_key=PUBLIC_KEY)  # the pinned key is not the attacker's
    assert key_fingerprint(attacker.public_key()) != key_fingerprint(load_public_key(PUBLIC_KEY))


def test_wrong_public_key_fails() -> None:
    other = Ed25519PrivateKey.generate().public_key()
    with pytest.raises(ModelIntegrityError, match="does not match its signature"):
        verify_manifest(EDGE_MODELS, other)


def test_missing_or_malformed_signature_fails(zoo: Path) -> None:
    signature = zoo / SIGNATURE_NAME
    signature.write_bytes(signature.read_bytes()[:63])
    with pytest.raises(ModelIntegrityError, match="63 bytes, not the 64"):
        verify_manifest(zoo, PUBLIC_KEY)
    signature.write_bytes(bytes(64))
    with pytest.raises(ModelIntegrityError, match="tampered"):
        verify_manifest(zoo, PUBLIC_KEY)
    signature.unlink()
    with pytest.raises(ModelIntegrityError, match=r"manifest.json.sig is missing.*tampered"):
        verify_manifest(zoo, PUBLIC_KEY)


def test_verify_returns_exactly_the_signed_bytes() -> None:
    raw = verify_manifest(EDGE_MODELS, PUBLIC_KEY)
    assert raw == (EDGE_MODELS / "manifest.json").read_bytes()


def test_ed25519_known_answer_rfc8032() -> None:
    key = Ed25519PrivateKey.from_private_bytes(RFC8032_SECRET)
    assert sign_manifest(RFC8032_MESSAGE, key) == RFC8032_SIGNATURE
    verify_manifest_bytes(RFC8032_MESSAGE, RFC8032_SIGNATURE, RFC8032_PUBLIC)
    with pytest.raises(ModelIntegrityError):
        verify_manifest_bytes(b"\x73", RFC8032_SIGNATURE, RFC8032_PUBLIC)


def test_public_key_formats(tmp_path: Path) -> None:
    key = load_public_key(RFC8032_PUBLIC)
    pem = public_key_pem(key)
    assert pem.startswith(b"-----BEGIN PUBLIC KEY-----")
    assert key_fingerprint(load_public_key(pem)) == key_fingerprint(key)
    raw_file = tmp_path / "raw.pub"
    raw_file.write_bytes(RFC8032_PUBLIC)
    assert key_fingerprint(load_public_key(raw_file)) == key_fingerprint(key)
    assert key_fingerprint(load_public_key(str(raw_file))) == key_fingerprint(key)
    assert key_fingerprint(key) == "sha256:" + hashlib.sha256(RFC8032_PUBLIC).hexdigest()


def test_bad_public_keys_are_configuration_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"expected PEM .* or exactly 32 raw bytes"):
        load_public_key(b"not a key")
    with pytest.raises(ConfigurationError, match="cannot read the public key file"):
        load_public_key(tmp_path / "absent.pub")
    ec_pem = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    with pytest.raises(ConfigurationError, match="signed with Ed25519"):
        load_public_key(ec_pem)
    with pytest.raises(ConfigurationError, match="Ed25519PrivateKey"):
        sign_manifest(b"{}", "not a key")  # type: ignore[arg-type]


def test_signing_key_is_created_private_and_reloaded(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "zoo.pem"
    key, created = load_or_create_private_key(path)
    assert created
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    again, created_again = load_or_create_private_key(path)
    assert not created_again
    assert key_fingerprint(again.public_key()) == key_fingerprint(key.public_key())
    path.write_bytes(b"garbage")
    with pytest.raises(ConfigurationError, match="not an unencrypted PEM private key"):
        load_or_create_private_key(path)


# -- the models compute what the manifest says ---------------------------------------------


@pytest.fixture(scope="module")
def digits_test() -> tuple[np.ndarray, np.ndarray]:
    datasets = pytest.importorskip("sklearn.datasets")
    selection = pytest.importorskip("sklearn.model_selection")
    x, y = datasets.load_digits(return_X_y=True)
    _, x_test, _, y_test = selection.train_test_split(x, y, test_size=0.3, random_state=42)
    return x_test.astype(np.float32), y_test


def _onnx(entry: ModelEntry, data: bytes, x: np.ndarray) -> np.ndarray:
    ort = pytest.importorskip("onnxruntime")
    session = ort.InferenceSession(data, providers=["CPUExecutionProvider"])
    (inp,) = session.get_inputs()
    (out,) = session.get_outputs()
    assert (inp.name, out.name) == (entry.inputs[0].name, entry.outputs[0].name)
    assert isinstance(inp.shape[0], str) or inp.shape[0] is None  # dynamic batch
    assert tuple(inp.shape[1:]) == entry.inputs[0].shape[1:]
    return np.asarray(session.run(None, {inp.name: x})[0])


def _tflite(entry: ModelEntry, data: bytes, x: np.ndarray) -> np.ndarray:
    litert = pytest.importorskip("ai_edge_litert.interpreter")
    interpreter = litert.Interpreter(model_content=data)
    (inp,) = interpreter.get_input_details()
    (out,) = interpreter.get_output_details()
    assert (inp["name"], out["name"]) == (entry.inputs[0].name, entry.outputs[0].name)
    assert list(inp["shape_signature"]) == [-1, 64]
    interpreter.resize_tensor_input(inp["index"], list(x.shape), strict=True)
    interpreter.allocate_tensors()
    interpreter.set_tensor(inp["index"], x)
    interpreter.invoke()
    return np.asarray(interpreter.get_tensor(out["index"]))


@pytest.fixture(scope="module")
def digits_outputs(digits_test: tuple[np.ndarray, np.ndarray]) -> dict[str, np.ndarray]:
    registry = ModelRegistry(EDGE_MODELS, public_key=PUBLIC_KEY)
    x, _ = digits_test
    outputs = {}
    for name in DIGITS_MODELS:
        entry, data = registry.read_verified(name)
        run = _tflite if entry.format == "tflite" else _onnx
        outputs[name] = run(entry, data, x)
        assert outputs[name].shape == (len(x), 10)
        np.testing.assert_allclose(outputs[name].sum(axis=1), 1.0, atol=0.02)
    return outputs


def _accuracy(probabilities: np.ndarray, labels: np.ndarray) -> float:
    return float(np.mean(probabilities.argmax(axis=1) == labels))


def test_manifest_accuracy_is_what_the_files_score(
    digits_outputs: dict[str, np.ndarray], digits_test: tuple[np.ndarray, np.ndarray]
) -> None:
    registry = ModelRegistry(EDGE_MODELS)
    _, y = digits_test
    for name, probabilities in digits_outputs.items():
        assert registry.entry(name).test_accuracy == pytest.approx(_accuracy(probabilities, y))
    # The PRODUCT.md baselines: edge ~96.5 %, cloud ~99.1 %.
    assert _accuracy(digits_outputs["digits-linear-fp32"], y) == pytest.approx(0.965, abs=0.005)
    assert _accuracy(digits_outputs["digits-svc-fp32"], y) == pytest.approx(0.991, abs=0.005)


def test_onnx_and_tflite_fp32_agree(digits_outputs: dict[str, np.ndarray]) -> None:
    onnx_out = digits_outputs["digits-linear-fp32"]
    tflite_out = digits_outputs["digits-linear-fp32-tflite"]
    assert np.mean(onnx_out.argmax(1) == tflite_out.argmax(1)) >= 0.995
    np.testing.assert_allclose(onnx_out, tflite_out, atol=1e-4)  # same weights, same maths


def test_int8_variants_stay_within_a_point_of_fp32(
    digits_outputs: dict[str, np.ndarray], digits_test: tuple[np.ndarray, np.ndarray]
) -> None:
    _, y = digits_test
    fp32 = _accuracy(digits_outputs["digits-linear-fp32"], y)
    for name in ("digits-linear-int8", "digits-linear-int8-tflite"):
        assert abs(_accuracy(digits_outputs[name], y) - fp32) <= 0.01, name
        assert not np.allclose(digits_outputs[name], digits_outputs["digits-linear-fp32"])


def test_int8_files_really_are_quantized() -> None:
    onnx = pytest.importorskip("onnx")
    schema = pytest.importorskip("ai_edge_litert.schema_py_generated")
    registry = ModelRegistry(EDGE_MODELS)
    for name in ("digits-linear-int8", "cnn-int8"):
        _, data = registry.read_verified(name)
        ops = {node.op_type for node in onnx.load_from_string(data).graph.node}
        assert {"QuantizeLinear", "DequantizeLinear"} <= ops, name
    _, data = registry.read_verified("digits-linear-int8-tflite")
    model = schema.ModelT.InitFromObj(schema.Model.GetRootAs(data, 0))
    graph = model.subgraphs[0]
    by_op = {}
    for op in graph.operators:
        code = model.operatorCodes[op.opcodeIndex].builtinCode
        by_op[code] = [graph.tensors[i].type for i in op.inputs if i >= 0]
    fully_connected = by_op[schema.BuiltinOperator.FULLY_CONNECTED]
    assert fully_connected == [
        schema.TensorType.INT8,
        schema.TensorType.INT8,
        schema.TensorType.INT32,
    ]
    assert schema.BuiltinOperator.QUANTIZE in by_op  # float in, as the manifest promises


def test_cnn_runs_and_int8_tracks_fp32() -> None:
    registry = ModelRegistry(EDGE_MODELS, public_key=PUBLIC_KEY)
    images = np.random.default_rng(7).random((4, 3, 128, 128), dtype=np.float32)
    fp32 = _onnx(*registry.read_verified("cnn-fp32"), images)
    int8 = _onnx(*registry.read_verified("cnn-int8"), images)
    assert fp32.shape == int8.shape == (4, 10)
    np.testing.assert_allclose(fp32.sum(axis=1), 1.0, atol=1e-5)
    assert np.max(np.abs(fp32 - int8)) < 0.05
