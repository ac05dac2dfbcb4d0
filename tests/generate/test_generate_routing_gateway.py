"""Prompt routing and post-hoc escalation of `client.generate` through a real gateway
process on 127.0.0.1 whose upstream is a real `hybridsdk llm-server` (the ONNX model)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytest.importorskip("starlette")

from hybridsdk import Client
from hybridsdk._types import Route
from hybridsdk.gateway._launch import LaunchedGateway, launch_gateway
from hybridsdk.generate._openai_server import LaunchedLlmServer, launch_llm_server
from tests.routing.test_prompt_routing import CODE, KIOSK

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def llm(genai_folder: Path) -> Iterator[LaunchedLlmServer]:
    with launch_llm_server(folder=genai_folder, max_tokens_cap=16) as server:
        yield server


@pytest.fixture(scope="module")
def gateway(llm: LaunchedLlmServer) -> Iterator[LaunchedGateway]:
    extra = ["--llm-upstream", llm.url, "--llm-max-tokens", "16", "--no-access-log"]
    with launch_gateway(extra_args=extra) as gw:
        yield gw


def _plain(gw: LaunchedGateway, text: str, max_tokens: int) -> dict:  # type: ignore[type-arg]
    body = {"messages": [{"role": "user", "content": text}], "max_tokens": max_tokens}
    return httpx.post(gw.url + "/v1/chat/completions", json=body, timeout=60).json()  # type: ignore[no-any-return]


def test_routing_and_escalation_through_the_real_gateway(
    gateway: LaunchedGateway, generator
) -> None:  # type: ignore[no-untyped-def]
    with Client(cloud=gateway.url, llm=generator, device=False, cloud_cost=0.001) as client:
        code = client.generate(messages=[{"role": "user", "content": CODE}], max_tokens=8)
        kiosk = client.generate(messages=[{"role": "user", "content": KIOSK}], max_tokens=24)
        escalated = client.generate(
            messages=[{"role": "user", "content": KIOSK}], max_tokens=4, escalate_on=["cut_off"]
        )
    codes = [r.code for r in code.reasons]
    assert code.route is Route.CLOUD and "prompt_scorer_cloud" in codes
    assert code.text == _plain(gateway, CODE, 8)["choices"][0]["message"]["content"]
    assert kiosk.route is Route.LOCAL and "prompt_scorer_local" in [r.code for r in kiosk.reasons]
    plain = _plain(gateway, KIOSK, 4)
    assert escalated.route is Route.CASCADE
    assert "post_hoc_escalation:cut_off" in [r.code for r in escalated.reasons]
    assert escalated.text == plain["choices"][0]["message"]["content"]
    assert escalated.cloud_completion_tokens == plain["usage"]["completion_tokens"]
    assert escalated.device_completion_tokens == 4 and not escalated.usage_estimated
    assert escalated.cost == 0.001
