"""Typed configuration: `runtime=`, `retry=`, `breaker=`, `models=`, and `cloud=` a client."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from hybridsdk import (
    AsyncClient,
    BreakerConfig,
    Client,
    CloudEndpoint,
    ConfigurationError,
    ModelRegistry,
    RetryPolicy,
    RuntimeOptions,
)
from hybridsdk.cloud import AsyncCloudClient, CloudClient

REPO = Path(__file__).resolve().parents[2]
PIXELS = np.zeros((1, 64), dtype=np.float32)
GW = "http://127.0.0.1:9"


def test_runtime_options_reach_the_loaded_model() -> None:
    with Client(device=False, runtime=RuntimeOptions(threads=1, graph_cache=False)) as client:
        client.infer(inputs={"pixels": PIXELS})
        model = client.model("digits-linear-fp32")
        assert model.threads == 1
        assert model.graph_cache == "off"


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"threads": 0}, "threads=0 must be an int >= 1"),
        ({"threads": True}, "threads=True"),
        ({"providers": "CPUExecutionProvider"}, "pass a list"),
        ({"runtime": "tensorflow"}, "use 'onnxruntime', 'litert'"),
        ({"nonfinite": "ignore"}, "use 'reject' or 'allow'"),
        ({"max_batch": 0}, "max_batch=0"),
        ({"strict": "yes"}, "True or False"),
    ],
)
def test_bad_runtime_options_say_what_to_do(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        RuntimeOptions(**kwargs)  # type: ignore[arg-type]


def test_runtime_must_be_runtime_options() -> None:
    with pytest.raises(ConfigurationError, match="RuntimeOptions"):
        Client(device=False, runtime={"threads": 2})  # type: ignore[arg-type]


def test_models_takes_a_folder_or_a_registry() -> None:
    folder = REPO / "edge_models"
    with Client(device=False, models=folder) as by_path:
        assert by_path.registry().models_dir == folder
        expected = by_path.infer(inputs={"pixels": PIXELS}).outputs["probabilities"]
    registry = ModelRegistry(folder)
    with Client(device=False, models=registry) as by_registry:
        assert by_registry.registry() is registry
        got = by_registry.infer(inputs={"pixels": PIXELS}).outputs["probabilities"]
    np.testing.assert_array_equal(got, expected)


def test_retry_and_breaker_configure_the_built_cloud_client() -> None:
    retry = RetryPolicy(attempts=5)
    with Client(device=False, cloud=GW, retry=retry, breaker=None) as client:
        assert client.cloud is not None
        assert client.cloud._core.policy is retry
        assert client.cloud.breaker_snapshots() == []
    with Client(device=False, cloud=GW, breaker=BreakerConfig(minimum_calls=3)) as client:
        assert client.cloud is not None
        (snapshot,) = client.cloud.breaker_snapshots()
        assert snapshot.state.value == "closed"


def test_a_prebuilt_cloud_client_is_used_as_given() -> None:
    cloud = CloudClient(CloudEndpoint(GW), breaker=None)
    with Client(device=False, cloud=cloud) as client:
        assert client.cloud is cloud
        assert client.endpoints == cloud.endpoints
    with pytest.raises(ConfigurationError, match="pass them to it instead"):
        Client(device=False, cloud=CloudClient(CloudEndpoint(GW)), retry=RetryPolicy())


def test_each_client_takes_its_own_kind_of_cloud_client() -> None:
    with pytest.raises(ConfigurationError, match="needs a CloudClient"):
        Client(device=False, cloud=AsyncCloudClient(CloudEndpoint(GW)))
    with pytest.raises(ConfigurationError, match="needs an AsyncCloudClient"):
        AsyncClient(device=False, cloud=CloudClient(CloudEndpoint(GW)))


def test_the_cost_of_a_cloud_call_is_one_number() -> None:
    from hybridsdk import InferenceRequest, Policy
    from hybridsdk.routing import NetworkRule, default_rules

    # Given to the budget rule only: the client charges, reports and signals it too.
    with Client(device=False, policy=Policy(rules=default_rules(cost_per_call=0.5))) as client:
        assert client.cloud_cost == 0.5
        ctx = client._context(InferenceRequest(inputs={"pixels": PIXELS}))
        assert ctx.cloud_cost == 0.5 and ctx.signals.cloud_cost_estimate == 0.5
    same = Policy(rules=default_rules(cost_per_call=0.5))
    with Client(device=False, policy=same, cloud_cost=0.5) as client:
        assert client.cloud_cost == 0.5
    with Client(device=False, cloud_cost=0.25) as client:  # default rules carry no cost
        assert client.cloud_cost == 0.25
    with pytest.raises(ConfigurationError, match="set twice"):
        Client(device=False, policy=same, cloud_cost=0.4)
    two = Policy(rules=default_rules(cost_per_call=0.1) | default_rules(cost_per_call=0.2))
    with pytest.raises(ConfigurationError, match="disagree"):
        Client(device=False, policy=two)
    assert Client(device=False, policy=Policy(rules=NetworkRule())).cloud_cost is None
