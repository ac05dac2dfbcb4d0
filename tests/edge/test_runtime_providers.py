"""Accelerator choice, fallback reporting and strict mode, with injected availability."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import numpy as np
import pytest

from hybridsdk._exceptions import (
    AcceleratorUnavailableError,
    ConfigurationError,
    MissingDependencyError,
)
from hybridsdk.edge._litert import LITERT_MODULES, edgetpu_library, import_litert
from hybridsdk.edge._local_model import load_model
from hybridsdk.edge._providers import (
    CPU_PROVIDER,
    DEFAULT_ORT_PROVIDERS,
    default_threads,
    physical_cores,
    select_litert_delegates,
    select_providers,
)
from hybridsdk.edge._registry import ModelRegistry
from tests._zoo import linear_reference, standard_zoo

X = np.random.default_rng(3).uniform(0, 16, size=(2, 64)).astype(np.float32)


@pytest.fixture
def zoo(tmp_path: Path) -> ModelRegistry:
    return standard_zoo(tmp_path / "zoo")


# select_providers: a pure function.


def test_select_keeps_preference_order_and_filters() -> None:
    available = ["CPUExecutionProvider", "XnnpackExecutionProvider", "CUDAExecutionProvider"]
    assert select_providers(DEFAULT_ORT_PROVIDERS, available) == [
        "CUDAExecutionProvider",
        "XnnpackExecutionProvider",
        CPU_PROVIDER,
    ]


def test_select_cpu_only_board() -> None:
    assert select_providers(DEFAULT_ORT_PROVIDERS, ["AzureExecutionProvider", CPU_PROVIDER]) == [
        CPU_PROVIDER
    ]


def test_select_jetson_like_build() -> None:
    available = ["TensorrtExecutionProvider", "CUDAExecutionProvider", CPU_PROVIDER]
    assert select_providers(DEFAULT_ORT_PROVIDERS, available) == available


def test_select_always_ends_with_cpu_and_drops_duplicates() -> None:
    chosen = select_providers(
        [CPU_PROVIDER, "QNNExecutionProvider", "QNNExecutionProvider"],
        ["QNNExecutionProvider", CPU_PROVIDER],
    )
    assert chosen == ["QNNExecutionProvider", CPU_PROVIDER]


def test_select_rejects_a_bare_string() -> None:
    with pytest.raises(ConfigurationError, match=r"providers=\['CUDAExecutionProvider'\]"):
        select_providers("CUDAExecutionProvider", [CPU_PROVIDER])


def test_litert_names() -> None:
    assert select_litert_delegates(["EdgeTPU"]) == ["edgetpu", "cpu"]
    with pytest.raises(ConfigurationError, match="unknown LiteRT accelerator 'gpu'"):
        select_litert_delegates(["gpu"])


# Threads.


def _fake_topology(root: Path, siblings: dict[int, str]) -> Path:
    for cpu, text in siblings.items():
        folder = root / f"cpu{cpu}" / "topology"
        folder.mkdir(parents=True)
        (folder / "thread_siblings_list").write_text(text + "\n")
    return root


def test_physical_cores_counts_smt_siblings_once(tmp_path: Path) -> None:
    sys_cpu = _fake_topology(tmp_path, {0: "0,4", 4: "0,4", 1: "1,5", 5: "1,5", 2: "2,6", 6: "2,6"})
    assert physical_cores(sys_cpu=sys_cpu, affinity={0, 1, 2, 4, 5, 6}) == 3


def test_physical_cores_respects_affinity(tmp_path: Path) -> None:
    sys_cpu = _fake_topology(tmp_path, {0: "0", 1: "1", 2: "2", 3: "3"})
    assert physical_cores(sys_cpu=sys_cpu, affinity={2, 3}) == 2


def test_physical_cores_without_sysfs(tmp_path: Path) -> None:
    assert physical_cores(sys_cpu=tmp_path / "none", affinity={0, 1, 2}) == 3


def test_default_threads(tmp_path: Path) -> None:
    assert default_threads(3) == 3
    assert 1 <= default_threads(None) <= len(os.sched_getaffinity(0))
    with pytest.raises(ConfigurationError):
        default_threads(-1)
    with pytest.raises(ConfigurationError):
        default_threads(True)  # type: ignore[arg-type]


def test_default_threads_without_sysfs_uses_psutil(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import types

    fake = types.ModuleType("psutil")
    fake.cpu_count = lambda logical=True: 2 if not logical else 4  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "psutil", fake)
    assert default_threads(None, sys_cpu=tmp_path / "absent") == 2
    monkeypatch.setitem(sys.modules, "psutil", None)
    assert default_threads(None, sys_cpu=tmp_path / "absent") == (os.cpu_count() or 1)


# ONNX Runtime sessions with injected availability.


def test_default_order_on_this_machine_reports_cpu(zoo: ModelRegistry, tmp_path: Path) -> None:
    m = load_model("lin-fp32", registry=zoo, cache_dir=tmp_path)
    assert m.accelerator == CPU_PROVIDER
    assert m.backend.native.get_providers()[0] == m.accelerator


def test_claimed_provider_that_does_not_start_falls_back_with_warning(
    zoo: ModelRegistry, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Pretend this build has XNNPACK: ORT is asked for it, cannot create it, runs on CPU.
    # The requested/actual comparison after session creation must catch that.
    caplog.set_level(logging.WARNING, logger="hybridsdk.edge")
    m = load_model(
        "lin-fp32",
        registry=zoo,
        cache_dir=tmp_path,
        available_providers=["XnnpackExecutionProvider", CPU_PROVIDER],
    )
    assert m.requested == ("XnnpackExecutionProvider", CPU_PROVIDER)
    assert m.accelerator == CPU_PROVIDER
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert (
        "asked for XnnpackExecutionProvider but CPUExecutionProvider runs it" in warnings[0].message
    )
    np.testing.assert_allclose(
        m.run({"pixels": X})["probabilities"], linear_reference(X), rtol=1e-4, atol=1e-6
    )


def test_strict_raises_when_session_falls_back(zoo: ModelRegistry, tmp_path: Path) -> None:
    with pytest.raises(AcceleratorUnavailableError, match="strict=True forbids"):
        load_model(
            "lin-fp32",
            registry=zoo,
            cache_dir=tmp_path,
            strict=True,
            available_providers=["CUDAExecutionProvider", CPU_PROVIDER],
        )


def test_explicit_provider_missing_from_build_warns(
    zoo: ModelRegistry, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="hybridsdk.edge")
    m = load_model(
        "lin-fp32",
        registry=zoo,
        cache_dir=tmp_path,
        providers=["CUDAExecutionProvider"],
        available_providers=[CPU_PROVIDER],
    )
    assert m.accelerator == CPU_PROVIDER
    assert "not in this onnxruntime build" in caplog.text


def test_explicit_provider_missing_strict(zoo: ModelRegistry, tmp_path: Path) -> None:
    with pytest.raises(AcceleratorUnavailableError, match="asked for TensorrtExecutionProvider"):
        load_model(
            "lin-fp32",
            registry=zoo,
            cache_dir=tmp_path,
            providers=["TensorrtExecutionProvider"],
            strict=True,
            available_providers=[CPU_PROVIDER],
        )


def test_default_order_missing_gpu_is_quiet(
    zoo: ModelRegistry, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="hybridsdk.edge")
    m = load_model("lin-fp32", registry=zoo, cache_dir=tmp_path, strict=True)
    assert m.accelerator == CPU_PROVIDER and not caplog.records


# LiteRT delegates with an injected loader.


def test_edgetpu_requested_but_loader_fails_falls_back(
    zoo: ModelRegistry, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[str] = []

    def loader(library: str) -> object:
        calls.append(library)
        raise ValueError("Failed to load delegate from libedgetpu.so.1")

    caplog.set_level(logging.WARNING, logger="hybridsdk.edge")
    m = load_model(
        "lin-fp32-tfl", registry=zoo, providers=["edgetpu", "xnnpack"], delegate_loader=loader
    )
    assert calls == [edgetpu_library()]
    assert m.accelerator == "XNNPACK"
    assert "asked for Edge TPU" in caplog.text and "Failed to load delegate" in caplog.text
    np.testing.assert_allclose(
        m.run({"pixels": X})["probabilities"], linear_reference(X), rtol=1e-4, atol=1e-6
    )


def test_edgetpu_strict_raises(zoo: ModelRegistry) -> None:
    def loader(library: str) -> object:
        raise OSError(f"{library}: cannot open shared object file")

    with pytest.raises(AcceleratorUnavailableError, match="Edge TPU"):
        load_model(
            "lin-fp32-tfl", registry=zoo, providers=["edgetpu"], strict=True, delegate_loader=loader
        )


def test_plain_model_does_not_probe_the_tpu_by_default(zoo: ModelRegistry) -> None:
    def loader(library: str) -> object:
        raise AssertionError("the TPU delegate must not be loaded for a model not compiled for it")

    m = load_model("lin-fp32-tfl", registry=zoo, delegate_loader=loader)
    assert m.accelerator == "XNNPACK"


def test_litert_cpu_only_disables_xnnpack(zoo: ModelRegistry) -> None:
    m = load_model("lin-fp32-tfl", registry=zoo, providers=["cpu"], threads=1)
    assert m.accelerator == "CPU"
    np.testing.assert_allclose(
        m.run({"pixels": X})["probabilities"], linear_reference(X), rtol=1e-4, atol=1e-6
    )


# Missing runtimes.


def test_litert_missing_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, zoo: ModelRegistry
) -> None:
    for name in (*LITERT_MODULES, "ai_edge_litert", "tflite_runtime", "tensorflow"):
        monkeypatch.setitem(sys.modules, name, None)  # makes `import name` raise ImportError
    with pytest.raises(MissingDependencyError) as info:
        import_litert()
    assert info.value.extra == "tflite" and info.value.tried == LITERT_MODULES
    assert 'pip install "hybridsdk[tflite]"' in str(info.value)
    with pytest.raises(MissingDependencyError, match="LiteRT"):
        load_model("lin-fp32-tfl", registry=zoo)


def test_litert_falls_through_to_tflite_runtime(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    import ai_edge_litert.interpreter as real

    fake = types.ModuleType("tflite_runtime.interpreter")
    fake.Interpreter = real.Interpreter  # type: ignore[attr-defined]
    fake.load_delegate = real.load_delegate  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ai_edge_litert.interpreter", None)
    monkeypatch.setitem(sys.modules, "tflite_runtime.interpreter", fake)
    lite = import_litert()
    assert lite.module == "tflite_runtime.interpreter" and lite.OpResolverType is None


def test_onnxruntime_missing_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, zoo: ModelRegistry
) -> None:
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    with pytest.raises(MissingDependencyError) as info:
        load_model("lin-fp32", registry=zoo)
    assert info.value.extra == "onnx"
