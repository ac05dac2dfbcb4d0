"""The gateway serves the cloud intent model (intent-minilm-fp32): MiniLM encoder built
on first use from the pinned wheel, the committed head, and the TF-IDF blend."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from hybridsdk._client import DEFAULT_TASKS
from hybridsdk.edge._registry import ModelRegistry
from hybridsdk.gateway._app import create_app
from hybridsdk.gateway._config import GatewayConfig
from tests._fakes import FakeTime
from tests._gateway_process import build_affine_zoo
from tests.conftest import EDGE_MODELS, REPO
from tests.gateway._asgi import serve

pytestmark = pytest.mark.anyio
pytest.importorskip("tokenizers")

NAME = "intent-minilm-fp32"
CLOUD_MODELS = REPO / "edge_models" / "cloud" / "text"


def text_body(texts: list[str], datatype: str = "BYTES") -> dict[str, object]:
    return {
        "inputs": [{"name": "text", "shape": [len(texts), 1], "datatype": datatype, "data": texts}]
    }


def test_head_entry_matches_the_edge_intent_models() -> None:
    cloud, device = ModelRegistry(CLOUD_MODELS).manifest.models
    assert device.name == "intent-minilm-int8" and device.role == "edge"
    assert device.precision == "int8" and device.build["encoder_precision"] == "int8"
    assert device.file == cloud.file and device.labels == cloud.labels
    entry = cloud
    edge = ModelRegistry(EDGE_MODELS)
    assert entry.name == NAME and entry.role == "cloud" and entry.task == "intent-classification"
    assert entry.labels == edge.entry("intent-linear-fp32").labels
    assert entry.labels == edge.entry(entry.build["blend_with"]).labels
    assert len(entry.labels) == 151 and entry.outputs[0].shape == (None, 151)
    assert 0.0 < entry.build["oos_threshold"] < 1.0
    (intent,) = [t for t in DEFAULT_TASKS if t.name == "intent"]
    assert intent.cloud_model == NAME
    assert intent.out_of_scope_index == entry.labels.index("oos")
    # The committed head file is the one the manifest describes.
    ModelRegistry(CLOUD_MODELS).read_verified(NAME)


async def test_gateway_serves_the_encoder_model(
    encoder_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HYBRIDSDK_CACHE_DIR", str(encoder_cache))
    app = create_app(GatewayConfig(models_dir=EDGE_MODELS), clock=FakeTime())
    async with serve(app) as client:
        meta = (await client.get(f"/v2/models/{NAME}")).json()
        assert meta["inputs"] == [{"name": "text", "datatype": "BYTES", "shape": [-1, 1]}]
        assert meta["outputs"] == [
            {"name": "probabilities", "datatype": "FP32", "shape": [-1, 151]}
        ]
        texts = ["what is my checking account balance", "wake me up at 6 am tomorrow"]
        answer = await client.post(f"/v2/models/{NAME}/infer", json=text_body(texts))
        assert answer.status_code == 200, answer.text
        (tensor,) = answer.json()["outputs"]
        probs = np.array(tensor["data"], dtype=np.float32).reshape(tensor["shape"])
        labels = ModelRegistry(CLOUD_MODELS).entry(NAME).labels
        assert [labels[i] for i in probs.argmax(axis=1)] == ["balance", "alarm"]
        np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-4)
        assert (await client.get("/v2/models/intent-minilm-int8")).status_code == 404
        wrong = await client.post(f"/v2/models/{NAME}/infer", json=text_body([1.0], "FP32"))
        assert wrong.status_code == 400
        assert "BYTES" in json.dumps(wrong.json())


async def test_without_its_tfidf_partner_it_is_not_served(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    zoo = build_affine_zoo(tmp_path / "zoo")  # signed, one model, no intent-cloud-fp32
    caplog.set_level(logging.INFO, "hybridsdk.gateway")
    app = create_app(GatewayConfig(models_dir=zoo), clock=FakeTime())
    async with serve(app) as client:
        assert (await client.get(f"/v2/models/{NAME}")).status_code == 404
        assert (await client.get("/v2/models/affine")).status_code == 200
    assert "needs intent-cloud-fp32" in caplog.text


async def test_cloud_models_dir_can_be_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HYBRIDSDK_CLOUD_MODELS_DIR", str(tmp_path / "nowhere"))
    app = create_app(GatewayConfig(models_dir=EDGE_MODELS), clock=FakeTime())
    async with serve(app) as client:
        status = (await client.get(f"/v2/models/{NAME}")).status_code
    assert status == 404
