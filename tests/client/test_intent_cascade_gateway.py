"""The intent task end to end: the device TF-IDF model, then the MiniLM cloud model on a
REAL gateway process on 127.0.0.1, over Oblivious HTTP."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("tokenizers")

from hybridsdk import Client, CloudEndpoint, PrivacyLabel, Route
from hybridsdk._client import DEFAULT_TASKS
from tests._gateway_process import GatewayProcess, run_gateway

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def gateway(
    encoder_cache: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[GatewayProcess]:
    # The gateway process builds nothing: it finds the session's encoder in this cache.
    base = tmp_path_factory.mktemp("text-gateway")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HYBRIDSDK_CACHE_DIR", str(encoder_cache))
        with run_gateway(keys_dir=base / "keys", log_dir=base) as process:
            yield process


def test_unsure_intent_escalates_to_the_minilm_model(gateway: GatewayProcess) -> None:
    tasks = [
        dataclasses.replace(t, confidence_threshold=0.999) if t.name == "intent" else t
        for t in DEFAULT_TASKS
    ]
    with Client(cloud=CloudEndpoint(url=gateway.url), tasks=tasks) as client:
        labels = client.registry().entry("intent-linear-fp32").labels
        result = client.infer(
            text="will it rain in boston tomorrow afternoon", privacy=PrivacyLabel.PUBLIC
        )
    assert result.route is Route.CASCADE, [r.code for r in result.reasons]
    assert result.model == "intent-minilm-fp32"
    assert result.label is not None and labels[result.label] == "weather"
