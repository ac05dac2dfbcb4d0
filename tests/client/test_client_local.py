"""The client on the real zoo models, without a cloud."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import load_digits

import hybridsdk
from hybridsdk import (
    AsyncClient,
    Client,
    ConfigurationError,
    InferenceRequest,
    InputNameError,
    InputShapeError,
    InputValidationError,
    Route,
    Task,
)


@pytest.fixture(scope="module")
def digits() -> tuple[np.ndarray, np.ndarray]:
    x, y = load_digits(return_X_y=True)
    return x.astype(np.float32), y


@pytest.fixture(scope="module")
def client() -> Client:
    with Client(device=False) as c:
        yield c


def test_default_client_answers_digits_locally_and_says_how(client: Client, digits) -> None:
    x, y = digits
    results = [client.infer(inputs={"pixels": x[i : i + 1]}) for i in range(60)]
    assert all(r.route is Route.LOCAL for r in results)
    accuracy = np.mean([r.label == y[i] for i, r in enumerate(results)])
    assert accuracy > 0.9
    first = results[0]
    assert first.model == "digits-linear-fp32"
    assert first.runtime == "onnxruntime"
    assert first.accelerator == "CPUExecutionProvider"
    assert 0.0 < (first.confidence or 0.0) <= 1.0
    assert [r.code for r in first.reasons][-1] == "mode_local_only"
    assert "local" in first.timings_ms


def test_request_object_and_keywords_are_equivalent(client: Client, digits) -> None:
    x, _ = digits
    request = InferenceRequest(inputs={"pixels": x[:1]}, metadata={"camera": "3"})
    a = client.infer(request)
    b = client.infer(inputs={"pixels": x[:1]})
    np.testing.assert_array_equal(a.outputs["probabilities"], b.outputs["probabilities"])
    assert a.idempotency_key == request.idempotency_key


def test_a_batch_is_answered_as_one(client: Client, digits) -> None:
    x, _ = digits
    result = client.infer(inputs={"pixels": x[:8]})
    assert result.outputs["probabilities"].shape == (8, 10)


def test_bad_inputs_raise_typed_errors_naming_the_fix(client: Client, digits) -> None:
    x, _ = digits
    with pytest.raises(InputNameError, match="pixels"):
        client.infer(inputs={"image": x[:1]})
    with pytest.raises(InputShapeError):
        client.infer(inputs={"pixels": x[:1, :10]})
    with pytest.raises(InputValidationError, match="needs `inputs`"):
        client.infer()
    with pytest.raises(ConfigurationError, match="unknown task"):
        client.infer(task="speech", inputs={"pixels": x[:1]})
    with pytest.raises(ConfigurationError, match="InferenceRequest"):
        client.infer({"pixels": x[:1]})  # type: ignore[arg-type]


def test_deferred_results_need_an_outbox(client: Client) -> None:
    with pytest.raises(ConfigurationError, match="outbox"):
        client.deferred_result("k")


def test_a_model_name_without_a_task_runs_that_model(client: Client, digits) -> None:
    x, _ = digits
    result = client.infer(model="digits-linear-int8", inputs={"pixels": x[:1]})
    assert result.model == "digits-linear-int8" and result.route is Route.LOCAL


def test_tasks_are_checked() -> None:
    with pytest.raises(ConfigurationError, match="default_task"):
        Client(tasks=[Task("a", local_model="digits-linear-fp32")], default_task="b", device=False)
    with pytest.raises(ConfigurationError, match="unique"):
        Client(tasks=[Task("a"), Task("a")], device=False)


def test_device_state_feeds_the_rules(digits) -> None:
    from hybridsdk.edge._probe import DeviceState

    hot = DeviceState(
        temperature_c=95.0,
        throttled=True,
        battery_percent=None,
        on_battery=None,
        memory_pressure=None,
        memory_available_fraction=None,
    )
    x, _ = digits
    with Client(device=lambda: hot) as c:
        result = c.infer(inputs={"pixels": x[:1]})
    # No cloud is configured, so the answer is local; the device reasons are still recorded.
    assert result.route is Route.LOCAL
    codes = [r.code for r in result.reasons]
    assert "device_hot" in codes and "device_throttled" in codes


@pytest.mark.anyio
async def test_async_client_gives_the_same_answers(digits) -> None:
    x, _ = digits
    async with AsyncClient(device=False) as client:
        result = await client.infer(inputs={"pixels": x[:1]})
    with Client(device=False) as sync:
        expected = sync.infer(inputs={"pixels": x[:1]})
    np.testing.assert_allclose(result.outputs["probabilities"], expected.outputs["probabilities"])
    assert result.route is Route.LOCAL


def test_front_door_exports_the_client() -> None:
    assert hybridsdk.Client is Client


def test_health_reports_models_latency_and_outbox(tmp_path, digits) -> None:
    x, _ = digits
    with Client(device=False, outbox=tmp_path / "outbox.sqlite3") as c:
        c.infer(inputs={"pixels": x[:1]})
        health = c.health()
    assert health["models"] == {
        "digits-linear-fp32": {"runtime": "onnxruntime", "accelerator": "CPUExecutionProvider"}
    }
    assert health["latency_ms"]["local"] > 0 and health["latency_ms"]["cloud"] is None
    assert health["connectivity"]["online"] is True
    assert health["breakers"] == []
    assert health["outbox"]["counts"]["pending"] == 0


def test_doctor_reports_an_outbox_and_an_unreachable_gateway(tmp_path, capsys) -> None:
    import json

    from hybridsdk.cli._main import main
    from hybridsdk.outbox._store import Outbox

    with Outbox(tmp_path / "o.sqlite3") as outbox:
        outbox.put(b"x", idempotency_key="k1")
    code = main(
        [
            "doctor",
            "--json",
            "--outbox",
            str(tmp_path / "o.sqlite3"),
            "--cloud",
            "http://127.0.0.1:9",
        ]
    )
    assert code == 1  # an unreachable gateway is a failed check
    extras = json.loads(capsys.readouterr().out)["extras"]
    assert extras["outbox"]["counts"]["pending"] == 1
    assert extras["cloud"]["reachable"] is False
    assert extras["cloud"]["breakers"][0]["state"] == "closed"
    code = main(["doctor", "--json", "--outbox", str(tmp_path / "missing.sqlite3")])
    assert "error" in json.loads(capsys.readouterr().out)["extras"]["outbox"]


def test_idempotency_keys_must_travel_as_a_header(client: Client, digits) -> None:
    x, _ = digits
    with pytest.raises(InputValidationError, match="idempotency_key"):
        client.infer(inputs={"pixels": x[:1]}, idempotency_key="order 42")
    assert (
        client.infer(inputs={"pixels": x[:1]}, idempotency_key="order-42").idempotency_key
        == "order-42"
    )


def test_an_offline_probe_takes_at_most_half_the_time_a_request_has(client: Client, digits) -> None:
    x, _ = digits
    assert client._probe_timeout_s(InferenceRequest(inputs={"pixels": x[:1]})) == 2.0
    budget = client._probe_timeout_s(InferenceRequest(inputs={"pixels": x[:1]}, deadline_ms=50))
    assert 0.0 < budget <= 0.025
    # Too little time left: no probe at all this time.
    assert (
        client._probe_timeout_s(InferenceRequest(inputs={"pixels": x[:1]}, deadline_ms=10)) == 0.0
    )
