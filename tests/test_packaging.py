"""What pyproject.toml promises a device install."""

from __future__ import annotations

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
