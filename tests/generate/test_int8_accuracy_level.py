"""The int8 fast path is chosen only where the CPU's int8 dot products are exact enough."""

from __future__ import annotations

import json
import logging
import platform
from pathlib import Path
from typing import Any

import pytest

from hybridsdk.generate import _build
from hybridsdk.generate._build import int8_accuracy_level


@pytest.fixture
def x86(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "machine", lambda: "x86_64")


@pytest.mark.usefixtures("x86")
@pytest.mark.parametrize("flag", ["avx512_vnni", "avx_vnni", "amx_int8"])
def test_vnni_or_amx_keeps_the_int8_path(flag: str) -> None:
    assert int8_accuracy_level(f"flags\t\t: fpu sse2 avx2 {flag} fma\n") == 4


@pytest.mark.usefixtures("x86")
def test_avx2_only_falls_back_to_float32() -> None:
    assert int8_accuracy_level("flags\t\t: fpu sse2 avx2 fma pclmulqdq\n") == 0


def test_other_architectures_keep_the_int8_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "machine", lambda: "aarch64")
    assert int8_accuracy_level("Features: fp asimd asimddp\n") == 4


# A cached folder records the level it was built at; one built with int8 activations on a
# VNNI machine and copied to one without is rebuilt, not loaded.


class _RebuildStarted(Exception):
    pass


def _cached_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: dict[str, Any]) -> Path:
    folder = tmp_path / "onnx-v"
    folder.mkdir()
    (folder / _build.CONFIG_FILE).write_text(
        json.dumps({"format": _build.FORMAT, "files": {}, **config}), "utf-8"
    )
    monkeypatch.setattr(_build, "model_dir", lambda spec=None: folder)

    def no_download(*args: object, **kwargs: object) -> None:
        raise _RebuildStarted

    monkeypatch.setattr(_build, "ensure_gguf", no_download)
    return folder


@pytest.mark.parametrize("config", [{"accuracy_level": 4}, {}], ids=["recorded", "pre-record"])
def test_an_int8_folder_is_rebuilt_on_a_cpu_without_vnni(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    config: dict[str, Any],
) -> None:
    _cached_folder(tmp_path, monkeypatch, config)
    monkeypatch.setattr(_build, "int8_accuracy_level", lambda cpuinfo=None: 0)
    with caplog.at_level(logging.WARNING, logger="hybridsdk"), pytest.raises(_RebuildStarted):
        _build.build_model()
    assert "rebuilding it in float32" in caplog.text


@pytest.mark.parametrize("built, here", [(0, 0), (4, 4), (0, 4)])
def test_a_folder_this_cpu_runs_exactly_is_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built: int, here: int
) -> None:
    folder = _cached_folder(tmp_path, monkeypatch, {"accuracy_level": built})
    monkeypatch.setattr(_build, "int8_accuracy_level", lambda cpuinfo=None: here)
    assert _build.build_model() == folder


def test_the_built_folder_records_its_level(genai_folder: Path) -> None:
    config = _build.verify_folder(genai_folder)
    assert config["accuracy_level"] == int8_accuracy_level()


def test_loading_an_int8_folder_here_warns(
    genai_folder: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from hybridsdk.generate import LocalGenerator, _generator

    monkeypatch.setattr(_generator, "folder_accuracy_level", lambda config: 4)
    monkeypatch.setattr(_generator, "int8_accuracy_level", lambda cpuinfo=None: 0)
    with caplog.at_level(logging.WARNING, logger="hybridsdk"):
        LocalGenerator(genai_folder)
    assert "build_model(force=True)" in caplog.text
