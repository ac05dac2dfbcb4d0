"""What pyproject.toml promises a device install, and what each wheel carries."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

tomllib = pytest.importorskip("tomllib")

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _requirements() -> list[Requirement]:
    project = PYPROJECT["project"]
    specs = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        specs.extend(extra)
    return [Requirement(s) for s in specs]


def test_onnxruntime_1_21_0_is_excluded_everywhere() -> None:
    # 1.21.0 crashes with SIGILL on Raspberry Pi 4 (Cortex-A72).
    ort = [r for r in _requirements() if r.name == "onnxruntime"]
    assert ort, "no extra installs onnxruntime"
    for requirement in ort:
        assert not requirement.specifier.contains("1.21.0"), str(requirement)
        assert requirement.specifier.contains("1.21.1"), str(requirement)


# -- what each wheel carries ----------------------------------------------------------------

MANIFEST = json.loads((REPO / "edge_models" / "manifest.json").read_text(encoding="utf-8"))
ROLES = {entry["file"]: entry["role"] for entry in MANIFEST["models"]}
TIMING_ONLY = {
    entry["file"]
    for entry in MANIFEST["models"]
    if str(entry.get("build", {}).get("weights", "")).startswith("random")
}


def _wheel_files(root: Path, out: Path) -> list[str]:
    builder = pytest.importorskip("hatchling.builders.wheel")
    (path,) = builder.WheelBuilder(str(root)).build(directory=str(out), versions=["standard"])
    with zipfile.ZipFile(path) as wheel:
        return [n for n in wheel.namelist() if ".dist-info/" not in n]


def test_the_device_wheel_carries_edge_models_only(tmp_path: Path) -> None:
    files = _wheel_files(REPO, tmp_path)
    zoo = {Path(n).name for n in files if n.startswith("hybridsdk/_edge_models/")}
    edge = {f for f, role in ROLES.items() if role == "edge"} - TIMING_ONLY
    cloud = {f for f, role in ROLES.items() if role == "cloud"}
    assert edge <= zoo, edge - zoo
    assert not (cloud & zoo), cloud & zoo
    assert not (TIMING_ONLY & zoo), TIMING_ONLY & zoo  # random-weight CNNs stay home
    assert {"manifest.json", "manifest.json.sig", "manifest.pub"} <= zoo
    assert not [n for n in files if "/build/" in n or n.endswith("build_all.py")]
    assert "hybridsdk/_data/digits_test.npz" in files  # the demo needs no scikit-learn
    assert "hybridsdk/routing/models/prompt_scorer.json" in files  # generate routes on it


@pytest.mark.slow  # compresses the whole 18 MB zoo (~7 s)
def test_the_cloud_model_wheel_carries_the_whole_signed_zoo(tmp_path: Path) -> None:
    files = _wheel_files(REPO / "edge_models" / "cloud", tmp_path)
    zoo = {Path(n).name for n in files if n.startswith("hybridsdk_cloud_models/zoo/")}
    assert set(ROLES) <= zoo
    assert {"manifest.json", "manifest.json.sig", "manifest.pub"} <= zoo
    assert not [n for n in files if "/build/" in n]
    text = {Path(n).name for n in files if n.startswith("hybridsdk_cloud_models/text/")}
    assert text == {"manifest.json", "manifest.json.sig", "manifest.pub", "intent-minilm-head.onnx"}


def test_a_device_install_names_where_cloud_models_are(tmp_path: Path) -> None:
    from hybridsdk import ModelNotFoundError, ModelRegistry
    from hybridsdk.cli._gateway_start import check_zoo
    from hybridsdk.gateway._server_zoo import server_models_dir

    device = tmp_path / "zoo"
    device.mkdir()
    for name in ("manifest.json", "manifest.json.sig", "manifest.pub"):
        shutil.copy(REPO / "edge_models" / name, device / name)
    for name, role in ROLES.items():
        if role == "edge" and name not in TIMING_ONLY:
            shutil.copy(REPO / "edge_models" / name, device / name)
    registry = ModelRegistry(device)
    registry.read_verified("digits-linear-fp32")
    with pytest.raises(ModelNotFoundError, match="cloud models are not installed on devices"):
        registry.read_verified("digits-svc-fp32")
    assert {"cnn-fp32.onnx", "cnn-int8.onnx"} == TIMING_ONLY
    with pytest.raises(ModelNotFoundError, match="timing-only model"):
        registry.read_verified("cnn-fp32")
    with pytest.raises(ModelNotFoundError, match=r"digits-svc-fp32\.onnx"):
        check_zoo(device, None, False)
    assert server_models_dir() is None  # hybridsdk-cloud-models is not installed here
