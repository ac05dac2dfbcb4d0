"""Errors a new user meets first: each names what was wrong and what to do, with the
right type (a set-up mistake is never blamed on the network)."""

from __future__ import annotations

import logging
import sys

import numpy as np
import pytest

import hybridsdk
from hybridsdk import (
    AsyncClient,
    Client,
    CloudEndpoint,
    ConfigurationError,
    InferenceRequest,
    InputShapeError,
    InputValidationError,
    MissingDependencyError,
    ModelNotFoundError,
    Policy,
    RoutingError,
    Task,
)
from hybridsdk._thresholds import resolve_task_thresholds

PIXELS = np.random.default_rng(5).uniform(0, 16, size=(1, 64)).astype(np.float32)


@pytest.fixture(scope="module")
def client() -> Client:
    with Client(device=False) as c:
        yield c


def _raw_pydantic(text: str) -> bool:
    return "errors.pydantic.dev" in text or "type=" in text or "validation error for" in text


def test_a_misspelt_infer_keyword_names_the_closest_field(client: Client) -> None:
    with pytest.raises(InputValidationError, match=r"'privcy' \(did you mean 'privacy'\?\)"):
        client.infer(text="my card is 4000 0000 0000 0002", privcy="restricted")


def test_a_request_forbids_unknown_fields_and_names_the_closest() -> None:
    with pytest.raises(ValueError, match=r"did you mean 'deadline_ms'"):
        InferenceRequest(text="hello", deadline=100)


def test_a_bad_privacy_label_lists_the_labels_in_plain_words(client: Client) -> None:
    with pytest.raises(InputValidationError) as info:
        client.infer(text="hello", privacy="secret")
    message = str(info.value)
    assert "'secret' is not accepted" in message and "'restricted'" in message
    assert not _raw_pydantic(message)


@pytest.mark.parametrize("text", ["", "   \n"])
def test_empty_text_is_refused(client: Client, text: str) -> None:
    with pytest.raises(InputValidationError, match="text is empty"):
        client.infer(text=text)


def test_text_beside_inputs_is_said_to_be_scanned_only(client: Client) -> None:
    result = client.infer(inputs={"pixels": PIXELS}, text="a caption")
    assert "text_scanned_only" in [r.code for r in result.reasons]


def test_an_8x8_image_gets_a_reshape_hint(client: Client) -> None:
    with pytest.raises(InputShapeError, match=r"x\.reshape\(1, 64\)"):
        client.infer(inputs={"pixels": PIXELS.reshape(8, 8)})
    with pytest.raises(InputShapeError, match=r"x\.reshape\(3, 64\)"):
        client.infer(inputs={"pixels": np.zeros((3, 8, 8), np.float32)})


def test_text_sent_to_a_tensor_task_names_the_text_task(client: Client) -> None:
    with pytest.raises(InputValidationError, match=r"use task='intent'"):
        client.infer(task="digits", text="set an alarm for 7am")


@pytest.mark.parametrize("url", ["http://127.0.0.1:80000", "http://127.0.0.1:0"])
def test_an_impossible_port_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match=r"ports are 1\.\.65535"):
        CloudEndpoint(url)
    with pytest.raises(ConfigurationError, match=r"ports are 1\.\.65535"):
        Client(cloud=url, device=False)


def test_sync_with_on_an_async_client_says_async_with() -> None:
    client = AsyncClient(device=False)
    with pytest.raises(ConfigurationError, match="async with AsyncClient"), client:
        pass


def test_an_unknown_model_is_a_model_error_not_the_network(client: Client) -> None:
    with pytest.raises(ModelNotFoundError, match="available: digits-linear-fp32") as info:
        client.infer(model="digits-linear-fp33", inputs={"pixels": PIXELS})
    assert not isinstance(info.value, RoutingError)
    assert "network" not in str(info.value)


def test_a_missing_zoo_folder_says_what_to_point_at() -> None:
    with (
        Client(models="/nonexistent/zoo", device=False) as c,
        pytest.raises(ModelNotFoundError, match="not a model zoo folder"),
    ):
        c.infer(inputs={"pixels": PIXELS})


def test_a_core_only_install_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    # As with `pip install hybridsdk` alone: onnxruntime cannot be imported.
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    with Client(device=False) as c, pytest.raises(MissingDependencyError) as info:
        c.infer(inputs={"pixels": PIXELS})
    assert 'pip install "hybridsdk[onnx]"' in str(info.value)


# -- one precedence for the cascade threshold (hybridsdk/_thresholds.py) ------------------


def test_a_policy_threshold_applies_to_the_built_in_tasks() -> None:
    assert Client(device=False).tasks["intent"].confidence_threshold == 0.74  # calibrated pin
    with Client(policy=Policy(confidence_threshold=0.8), device=False) as c:
        assert c.tasks["intent"].confidence_threshold is None  # the policy's 0.8 applies


def test_your_own_task_pin_wins_and_a_warning_says_so(caplog: pytest.LogCaptureFixture) -> None:
    mine = Task("digits", local_model="digits-linear-fp32", confidence_threshold=0.6)
    with caplog.at_level(logging.WARNING, logger="hybridsdk.client"):
        tasks = resolve_task_thresholds(
            {"digits": mine}, Policy(confidence_threshold=0.8), builtin=False
        )
    assert tasks["digits"].confidence_threshold == 0.6
    assert "wins over Policy(confidence_threshold=0.8)" in caplog.text


def test_no_warning_when_nothing_conflicts(caplog: pytest.LogCaptureFixture) -> None:
    mine = Task("digits", local_model="digits-linear-fp32", confidence_threshold=0.6)
    with caplog.at_level(logging.WARNING, logger="hybridsdk.client"):
        resolve_task_thresholds({"digits": mine}, Policy(), builtin=False)
    assert caplog.text == ""
    assert hybridsdk.Policy().confidence_threshold == 0.9
