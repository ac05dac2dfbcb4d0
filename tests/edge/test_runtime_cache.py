"""The optimized-graph cache: hit on the second load, corrupted entries rebuilt, never trusted."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from hybridsdk.edge._graph_cache import GraphCache, default_cache_dir
from hybridsdk.edge._local_model import load_model
from hybridsdk.edge._registry import ModelRegistry
from tests._zoo import standard_zoo

IMG = np.random.default_rng(9).normal(size=(3, 1, 8, 8)).astype(np.float32)


@pytest.fixture
def zoo(tmp_path: Path) -> ModelRegistry:
    return standard_zoo(tmp_path / "zoo")


def _graphs(cache: Path) -> list[Path]:
    return sorted((cache / "ort-graphs").glob("*.onnx"))


def _reference(zoo: ModelRegistry) -> np.ndarray:
    import onnxruntime as ort

    _, data = zoo.read_verified("cnn-fp32")
    so = ort.SessionOptions()
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    session = ort.InferenceSession(data, so, providers=["CPUExecutionProvider"])
    return np.asarray(session.run(["probabilities"], {"image": IMG})[0])


def test_second_load_hits_and_matches(zoo: ModelRegistry, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = load_model("cnn-fp32", registry=zoo, cache_dir=cache)
    assert first.graph_cache == "miss"
    (graph,) = _graphs(cache)
    meta = json.loads(graph.with_suffix(".json").read_text())
    assert meta["size"] == graph.stat().st_size and meta["source"] == "cnn-fp32"
    # The optimizer really did something (BatchNorm folded into Conv), so a hit saves work.
    assert b"BatchNormalization" in zoo.read_verified("cnn-fp32")[1]
    assert b"BatchNormalization" not in graph.read_bytes()

    second = load_model("cnn-fp32", registry=zoo, cache_dir=cache)
    assert second.graph_cache == "hit"
    want = _reference(zoo)
    np.testing.assert_allclose(
        first.run({"image": IMG})["probabilities"], want, rtol=1e-5, atol=1e-6
    )
    np.testing.assert_allclose(
        second.run({"image": IMG})["probabilities"], want, rtol=1e-5, atol=1e-6
    )
    assert not list((cache / "ort-graphs").glob(".staging-*")), "staging files left behind"


def test_env_var_sets_default_cache_dir(
    zoo: ModelRegistry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HYBRIDSDK_CACHE_DIR", str(tmp_path / "envcache"))
    assert default_cache_dir() == tmp_path / "envcache"
    load_model("lin-fp32", registry=zoo)
    assert load_model("lin-fp32", registry=zoo).graph_cache == "hit"
    assert len(_graphs(tmp_path / "envcache")) == 1


@pytest.mark.parametrize("damage", ["flip", "truncate", "sidecar", "no-sidecar"])
def test_corrupted_cache_is_rebuilt_not_trusted(
    zoo: ModelRegistry, tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "cache"
    load_model("cnn-fp32", registry=zoo, cache_dir=cache)
    (graph,) = _graphs(cache)
    good = graph.read_bytes()
    sidecar = graph.with_suffix(".json")
    if damage == "flip":
        data = bytearray(good)
        data[len(data) // 2] ^= 0x01  # one bit inside a weight: loads fine, answers wrong
        graph.write_bytes(bytes(data))
    elif damage == "truncate":
        graph.write_bytes(good[: len(good) // 3])
    elif damage == "sidecar":
        sidecar.write_text("{not json")
    else:
        sidecar.unlink()
    m = load_model("cnn-fp32", registry=zoo, cache_dir=cache)
    if damage == "no-sidecar":
        assert m.graph_cache == "miss"  # an orphan graph without a hash is simply not found
    else:
        assert m.graph_cache == "rebuilt"
        assert "rebuild" in caplog.text
    np.testing.assert_allclose(
        m.run({"image": IMG})["probabilities"], _reference(zoo), rtol=1e-5, atol=1e-6
    )
    assert graph.read_bytes() == good  # rewritten whole
    assert load_model("cnn-fp32", registry=zoo, cache_dir=cache).graph_cache == "hit"


def test_key_changes_with_what_shapes_the_graph() -> None:
    base = GraphCache.key("a" * 64, "1.20.0", ["CPUExecutionProvider"], "all")
    assert base != GraphCache.key("b" * 64, "1.20.0", ["CPUExecutionProvider"], "all")
    assert base != GraphCache.key("a" * 64, "1.21.0", ["CPUExecutionProvider"], "all")
    assert base != GraphCache.key(
        "a" * 64, "1.20.0", ["CUDAExecutionProvider", "CPUExecutionProvider"], "all"
    )
    assert base == GraphCache.key("a" * 64, "1.20.0", ["CPUExecutionProvider"], "all")


def test_unwritable_cache_dir_still_loads(zoo: ModelRegistry, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    m = load_model("lin-fp32", registry=zoo, cache_dir=blocker)
    assert m.graph_cache == "miss"
    assert m.run({"pixels": np.zeros((1, 64), np.float32)})["probabilities"].shape == (1, 10)


def test_cache_off(zoo: ModelRegistry, tmp_path: Path) -> None:
    m = load_model("lin-fp32", registry=zoo, cache_dir=tmp_path / "c", graph_cache=False)
    assert m.graph_cache == "off" and not (tmp_path / "c").exists()


def test_compiling_providers_are_not_cached(zoo: ModelRegistry, tmp_path: Path) -> None:
    # TensorRT/OpenVINO keep their own engine caches; ORT's saved graph is not for them.
    m = load_model(
        "lin-fp32",
        registry=zoo,
        cache_dir=tmp_path / "c",
        available_providers=["OpenVINOExecutionProvider", "CPUExecutionProvider"],
    )
    assert m.graph_cache == "off"


def test_a_cache_folder_others_can_write_is_not_used(tmp_path) -> None:
    import os

    from hybridsdk.edge._graph_cache import GraphCache

    cache = GraphCache(tmp_path / "cache")
    assert cache.staging_path() is not None  # creates a private folder
    assert cache.trusted()
    os.chmod(cache.folder, 0o777)
    assert not cache.trusted()
    assert cache.load("0" * 32) == (None, "miss")
    assert cache.staging_path() is None
