"""`hybridsdk models list|verify` on the committed zoo and on damaged copies of it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hybridsdk.cli._main import main
from hybridsdk.edge._signing import PUBLIC_KEY_NAME, SIGNATURE_NAME, public_key_pem

REPO = Path(__file__).resolve().parents[2]
EDGE_MODELS = REPO / "edge_models"
PUBLIC_KEY = EDGE_MODELS / PUBLIC_KEY_NAME


@pytest.fixture
def zoo(tmp_path: Path) -> Path:
    target = tmp_path / "zoo"
    shutil.copytree(EDGE_MODELS, target, ignore=shutil.ignore_patterns("build", ".*"))
    return target


def _run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _run_json(capsys, "models", "list", "--json", "--dir", str(EDGE_MODELS))
    assert code == 0
    names = [model["name"] for model in report["models"]]
    assert "digits-linear-int8-tflite" in names and "digits-svc-fp32" in names
    linear = report["models"][names.index("digits-linear-fp32")]
    assert linear["inputs"] == [{"name": "pixels", "shape": [None, 64], "dtype": "float32"}]
    assert linear["role"] == "edge" and linear["test_accuracy"] > 0.95


def test_list_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "list", "--dir", str(EDGE_MODELS)]) == 0
    out = capsys.readouterr().out
    assert "cnn-int8" in out and "image[N, 3, 128, 128]" in out


def test_verify_committed_zoo_with_pinned_key(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _run_json(
        capsys,
        "models",
        "verify",
        "--json",
        "--dir",
        str(EDGE_MODELS),
        "--public-key",
        str(PUBLIC_KEY),
    )
    assert code == 0
    assert report["ok"] is True
    assert report["signature"]["ok"] and report["signature"]["pinned"]
    assert report["signature"]["fingerprint"].startswith("sha256:")
    assert len(report["models"]) == 10 and all(m["ok"] for m in report["models"])


def test_verify_names_the_corrupted_file(zoo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = zoo / "digits-svc-fp32.onnx"
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF
    path.write_bytes(bytes(data))
    (zoo / "cnn-int8.onnx").unlink()
    code, report = _run_json(
        capsys, "models", "verify", "--json", "--dir", str(zoo), "--public-key", str(PUBLIC_KEY)
    )
    assert code == 1
    assert report["ok"] is False
    assert report["signature"]["ok"] is True  # the manifest itself is intact
    failed = {m["name"]: m["error"] for m in report["models"] if not m["ok"]}
    assert set(failed) == {"digits-svc-fp32", "cnn-int8"}
    assert "corrupted or was tampered with" in failed["digits-svc-fp32"]
    assert "missing" in failed["cnn-int8"]


def test_verify_fails_on_tampered_manifest_and_wrong_key(
    zoo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = zoo / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace(b'"seed": 42', b'"seed": 43'))
    code, report = _run_json(
        capsys, "models", "verify", "--json", "--dir", str(zoo), "--public-key", str(PUBLIC_KEY)
    )
    assert code == 1
    assert "tampered" in report["signature"]["error"]
    assert all(m["ok"] for m in report["models"])  # files match; only the signature fails

    other = tmp_path / "other.pub"
    other.write_bytes(public_key_pem(Ed25519PrivateKey.generate().public_key()))
    code, report = _run_json(
        capsys, "models", "verify", "--json", "--dir", str(EDGE_MODELS), "--public-key", str(other)
    )
    assert code == 1
    assert "ModelIntegrityError" in report["signature"]["error"]


def test_verify_without_signature_text_output(
    zoo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (zoo / SIGNATURE_NAME).unlink()
    assert main(["models", "verify", "--dir", str(zoo)]) == 1
    out = capsys.readouterr().out
    assert "signature FAILED" in out and "is missing" in out
    assert "(not pinned)" not in out  # only printed on success
    assert "zoo NOT verified" in out


def test_verify_unpinned_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "verify", "--dir", str(EDGE_MODELS)]) == 0
    out = capsys.readouterr().out
    assert "not pinned" in out and "zoo verified" in out


def test_verify_folder_without_manifest_reports_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = _run_json(
        capsys,
        "models",
        "verify",
        "--json",
        "--dir",
        str(tmp_path),
        "--public-key",
        str(PUBLIC_KEY),
    )
    assert code == 1
    assert "no manifest.json" in report["error"]
    assert report["models"] == []


def test_list_missing_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "list", "--dir", str(tmp_path / "nowhere")]) == 1
    assert "no manifest.json" in capsys.readouterr().err


def test_cli_in_a_real_process(zoo: Path) -> None:
    (zoo / "digits-linear-fp32.tflite").write_bytes(b"TFL3 not really")
    result = subprocess.run(
        [sys.executable, "-m", "hybridsdk.cli", "models", "verify", "--json", "--dir", str(zoo)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    failed = [m["name"] for m in report["models"] if not m["ok"]]
    assert failed == ["digits-linear-fp32-tflite"]


def test_verify_with_no_zoo_anywhere(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from hybridsdk._exceptions import ModelNotFoundError
    from hybridsdk.cli import _models

    def nowhere() -> Path:
        raise ModelNotFoundError("no edge model zoo found; set HYBRIDSDK_MODELS_DIR")

    monkeypatch.setattr(_models, "default_models_dir", nowhere)
    code, report = _run_json(capsys, "models", "verify", "--json")
    assert code == 1
    assert report["ok"] is False and "HYBRIDSDK_MODELS_DIR" in report["error"]
    assert main(["models", "verify"]) == 1
    assert "no edge model zoo found" in capsys.readouterr().err
