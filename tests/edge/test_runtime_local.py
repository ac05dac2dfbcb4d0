"""load_model / LocalModel end to end on real runtimes, run_async, lifecycle, and the bench."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
from pathlib import Path

import anyio
import numpy as np
import pytest

from benchmarks import local as bench_local
from hybridsdk._exceptions import (
    ConfigurationError,
    ModelError,
    ModelIntegrityError,
    ModelLoadError,
    ModelNotFoundError,
)
from hybridsdk.edge._local_model import load_model
from hybridsdk.edge._registry import ModelRegistry
from tests._zoo import linear_reference, standard_zoo

REPO = Path(__file__).resolve().parents[2]
X = np.random.default_rng(11).uniform(0, 16, size=(4, 64)).astype(np.float32)


@pytest.fixture
def zoo(tmp_path: Path) -> ModelRegistry:
    return standard_zoo(tmp_path / "zoo")


@pytest.mark.parametrize(
    ("name", "runtime"), [("lin-fp32", "onnxruntime"), ("lin-fp32-tfl", "litert")]
)
def test_load_and_run(zoo: ModelRegistry, tmp_path: Path, name: str, runtime: str) -> None:
    with load_model(name, registry=zoo, cache_dir=tmp_path) as m:
        assert m.runtime == runtime and m.entry.name == name
        assert m.threads >= 1 and m.accelerator in {"CPUExecutionProvider", "XNNPACK"}
        out = m.run({"pixels": X})
        assert set(out) == {"probabilities"} and out["probabilities"].dtype == np.float32
        np.testing.assert_allclose(out["probabilities"], linear_reference(X), rtol=1e-4, atol=1e-6)
        assert "accelerator=" in repr(m)
    with pytest.raises(ModelLoadError, match="closed"):
        m.run({"pixels": X})


def test_runtime_must_fit_the_format(zoo: ModelRegistry) -> None:
    with pytest.raises(ConfigurationError, match="runtime='onnxruntime'"):
        load_model("lin-fp32", registry=zoo, runtime="litert")
    with pytest.raises(ConfigurationError, match="unknown runtime 'tensorrt'"):
        load_model("lin-fp32", registry=zoo, runtime="tensorrt")


def test_unknown_model_lists_what_exists(zoo: ModelRegistry) -> None:
    with pytest.raises(ModelNotFoundError, match="available: lin-fp32"):
        load_model("nope", registry=zoo)


def test_tampered_file_never_reaches_the_runtime(zoo: ModelRegistry) -> None:
    path = zoo.models_dir / "lin-fp32.onnx"
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="sha256"):
        load_model("lin-fp32", registry=zoo)


def test_file_the_runtime_rejects(tmp_path: Path) -> None:
    from tests._zoo import LINEAR_IO, write_zoo

    reg = write_zoo(tmp_path / "zoo", {"junk": ("onnx", b"not a protobuf at all", LINEAR_IO)})
    with pytest.raises(ModelLoadError, match="passed its sha256 check"):
        load_model("junk", registry=reg, cache_dir=tmp_path / "c")


def test_manifest_names_that_match_nothing(tmp_path: Path) -> None:
    from tests._zoo import make_linear_onnx, write_zoo

    io = {
        "inputs": [
            {"name": "pixels", "shape": [None, 64], "dtype": "float32"},
            {"name": "mask", "shape": [None, 64], "dtype": "float32"},
        ],
        "outputs": [{"name": "probabilities", "shape": [None, 10], "dtype": "float32"}],
    }
    reg = write_zoo(tmp_path / "zoo", {"bad": ("onnx", make_linear_onnx(), io)})
    with pytest.raises(ModelLoadError, match=r"manifest lists inputs \['pixels', 'mask'\]"):
        load_model("bad", registry=reg, cache_dir=tmp_path / "c")


@pytest.mark.anyio
@pytest.mark.parametrize("name", ["lin-fp32", "lin-fp32-tfl"])
async def test_run_async_runs_off_the_loop(zoo: ModelRegistry, tmp_path: Path, name: str) -> None:
    m = load_model(name, registry=zoo, cache_dir=tmp_path)
    loop_thread = threading.get_ident()
    seen: list[int] = []
    real_run = m._run

    def spy(feed: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        seen.append(threading.get_ident())
        return real_run(feed)

    m._run = spy
    results: list[np.ndarray] = []

    async def one(i: int) -> None:
        out = await m.run_async({"pixels": X[i : i + 1]})
        results.append(out["probabilities"])

    async with anyio.create_task_group() as tg:
        for i in range(4):
            tg.start_soon(one, i)
    assert len(results) == 4 and seen and all(t != loop_thread for t in seen)
    np.testing.assert_allclose(
        np.sort(np.concatenate(results), axis=0),
        np.sort(linear_reference(X), axis=0),
        rtol=1e-4,
        atol=1e-6,
    )


def test_litert_is_safe_across_threads(zoo: ModelRegistry) -> None:
    m = load_model("lin-fp32-tfl", registry=zoo)
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        x = X[:n]
        try:
            for _ in range(50):
                np.testing.assert_allclose(
                    m.run({"pixels": x})["probabilities"], linear_reference(x), rtol=1e-4, atol=1e-6
                )
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2, 3, 4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


def test_runtime_error_is_typed(zoo: ModelRegistry, tmp_path: Path) -> None:
    m = load_model("lin-fp32", registry=zoo, cache_dir=tmp_path)
    with pytest.raises(ModelError, match="onnxruntime failed"):
        m.backend.run({"pixels": np.zeros((1, 63), np.float32)})  # bypasses validation


def test_import_loads_no_runtime() -> None:
    code = (
        "import sys\n"
        "import hybridsdk.edge._local_model, hybridsdk.edge._onnxruntime, hybridsdk.edge._litert\n"
        "import benchmarks.local\n"
        "heavy = [m for m in ('onnxruntime', 'ai_edge_litert', 'onnx', 'psutil', 'anyio') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert out.stdout.strip() == "[]"


def _bench_args(zoo: ModelRegistry, **kw: object) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    bench_local.add_arguments(parser)
    args = parser.parse_args(
        ["--models-dir", str(zoo.models_dir), "--repeats", "20", "--rounds", "2"]
    )
    for k, v in kw.items():
        setattr(args, k, v)
    return args


def test_bench_rows(zoo: ModelRegistry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests._zoo import LINEAR_IO, write_zoo

    monkeypatch.setenv("HYBRIDSDK_CACHE_DIR", str(tmp_path / "cache"))
    reg = write_zoo(
        tmp_path / "zoo2",
        {
            "lin-fp32": ("onnx", (zoo.models_dir / "lin-fp32.onnx").read_bytes(), LINEAR_IO),
            "lin-fp32-tfl": (
                "tflite",
                (zoo.models_dir / "lin-fp32-tfl.tflite").read_bytes(),
                LINEAR_IO,
            ),
            "broken": ("onnx", b"garbage", LINEAR_IO),
        },
    )
    rows = bench_local.run(_bench_args(reg))
    by = {r["model"]: r for r in rows}
    assert set(by) == {"lin-fp32", "lin-fp32-tfl", "broken"}
    assert by["broken"]["skipped"].startswith("ModelLoadError")
    for name, runtime in (("lin-fp32", "onnxruntime"), ("lin-fp32-tfl", "litert")):
        r = by[name]
        assert r["runtime"] == runtime and r["precision"] == "fp32"
        assert r["raw_us"] > 0 and r["sdk_us"] > 0 and r["rss_mb"] > 0
        assert r["overhead_us"] == pytest.approx(r["sdk_us"] - r["raw_us"], abs=0.02)
        assert r["calls_per_side"] == 40
    json.dumps(rows)  # JSON-able
    assert "lin-fp32-tfl" in bench_local.format_text(rows)


def test_bench_cli_prints_json(zoo: ModelRegistry, tmp_path: Path) -> None:
    cmd = [
        sys.executable, "-m", "hybridsdk.cli", "bench", "local", "--json",
        "--models-dir", str(zoo.models_dir), "--model", "lin-fp32", "--repeats", "10", "--rounds", "2",
    ]  # fmt: skip
    env = {"HYBRIDSDK_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=REPO, env=env)
    rows = json.loads(out.stdout)
    assert [r["model"] for r in rows] == ["lin-fp32"] and rows[0][
        "provider"
    ] == "CPUExecutionProvider"


@pytest.mark.skipif(
    not (REPO / "edge_models" / "manifest.json").is_file(), reason="edge_models zoo not built"
)
def test_real_zoo_models_load_and_answer(tmp_path: Path) -> None:
    reg = ModelRegistry(REPO / "edge_models")
    x = np.random.default_rng(2).uniform(0, 16, size=(3, 64)).astype(np.float32)
    digits = [n for n in reg.names() if n.startswith("digits-linear")]
    assert digits, "the zoo should hold the digits-linear models"
    answers = []
    for name in digits:
        with load_model(name, registry=reg, cache_dir=tmp_path) as m:
            p = m.run({"pixels": x})["probabilities"]
            np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-2)  # int8 softmax: 1/256 steps
            answers.append(p.argmax(axis=1))
    # fp32/int8 and ONNX/TFLite variants of one model should mostly agree.
    agree = np.mean([np.mean(a == answers[0]) for a in answers])
    assert agree >= 0.6
