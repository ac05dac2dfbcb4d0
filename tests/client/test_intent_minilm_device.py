"""The int8 MiniLM intent model as a device option: a regular LocalModel for the client."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("tokenizers")
pytest.importorskip("onnxruntime")

from hybridsdk import Client, InputDTypeError, ModelNotFoundError, PrivacyLabel, Route
from hybridsdk._tasks import Task

NAME = "intent-minilm-int8"


def test_int8_encoder_model_answers_locally(
    encoder_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HYBRIDSDK_CACHE_DIR", str(encoder_cache))
    task = Task("intent8", local_model=NAME, kind="text")
    with Client(tasks=[task]) as client:
        model = client.model(NAME)
        assert model.entry.precision == "int8" and model.entry.role == "edge"
        assert model.runtime == "onnxruntime" and model.accelerator == "CPUExecutionProvider"
        result = client.infer(text="set an alarm for 6 am tomorrow", privacy=PrivacyLabel.PUBLIC)
        assert result.route is Route.LOCAL and result.model == NAME
        assert result.label is not None and model.entry.labels[result.label] == "alarm"
        out = model.run({"text": np.array([["what's my bank balance"], ["tell me a joke"]])})
        probs = out["probabilities"]
        assert probs.shape == (2, 151)
        assert [model.entry.labels[i] for i in probs.argmax(axis=1)] == ["balance", "tell_joke"]
        with pytest.raises(InputDTypeError):
            model.run({"text": np.zeros((1, 1), dtype=np.float32)})


def test_without_the_cloud_model_folder_it_is_not_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HYBRIDSDK_CLOUD_MODELS_DIR", str(tmp_path))
    client = Client(tasks=[Task("intent8", local_model=NAME, kind="text")])
    with client, pytest.raises(ModelNotFoundError):
        client.model(NAME)
