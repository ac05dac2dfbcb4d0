"""Endpoint failover and the chat Idempotency-Key window on the true path: a real
`hybridsdk llm-server` on 127.0.0.1 behind a real gateway process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytest.importorskip("starlette")

from hybridsdk.gateway._launch import LaunchedGateway, launch_gateway
from hybridsdk.generate._openai_server import launch_llm_server
from tests._gateway_process import free_port

pytestmark = pytest.mark.slow
MESSAGES = [{"role": "user", "content": "Name a colour."}]


@pytest.fixture(scope="module")
def gateway(genai_folder: Path) -> Iterator[LaunchedGateway]:
    with launch_llm_server(folder=genai_folder, max_tokens_cap=32) as llm:
        extra = ["--llm-upstream", llm.url, "--llm-max-tokens", "8", "--no-access-log"]
        with launch_gateway(extra_args=extra) as gw:
            yield gw


def test_a_dead_first_endpoint_is_passed_over_for_the_gateway(
    gateway: LaunchedGateway,
    generator,  # type: ignore[no-untyped-def]
) -> None:
    from hybridsdk import Client
    from hybridsdk._types import Route
    from hybridsdk.cloud._endpoint import CloudEndpoint
    from hybridsdk.routing._policy import Mode, Policy

    dead = CloudEndpoint(f"http://127.0.0.1:{free_port()}", name="dead", connect_timeout_s=2)
    live = CloudEndpoint(gateway.url, name="live")
    with Client(
        cloud=[dead, live], policy=Policy(mode=Mode.CLOUD_ONLY), llm=generator, device=False
    ) as client:
        result = client.generate(messages=MESSAGES, max_tokens=6)
    codes = {r.code: r.message for r in result.reasons}
    assert result.route is Route.CLOUD and result.failover is None and result.text
    assert "dead" in codes["endpoint_failed"] and "live" in codes["cloud_endpoint"]
    assert "endpoint_failover" in codes and not result.usage_estimated


def test_whole_chat_with_a_key_runs_the_model_once(gateway: LaunchedGateway) -> None:
    body = {"messages": MESSAGES, "max_tokens": 6, "temperature": 0.7, "seed": 1}
    url = gateway.url + "/v1/chat/completions"
    first = httpx.post(url, json=body, headers={"idempotency-key": "once-1"}, timeout=60)
    again = httpx.post(url, json=body, headers={"idempotency-key": "once-1"}, timeout=60)
    fresh = httpx.post(url, json=body, headers={"idempotency-key": "once-2"}, timeout=60)
    assert first.status_code == again.status_code == fresh.status_code == 200
    assert again.headers.get("idempotent-replayed") == "true"
    assert again.json() == first.json()  # the same completion id: not generated again
    assert fresh.json()["id"] != first.json()["id"]
