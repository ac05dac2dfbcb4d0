"""Large answers through the real gateway's chunked OHTTP: a scripted OpenAI-compatible
upstream on 127.0.0.1 (`_scripted_upstream`) sends one 70 KB event, or a thousand small
ones, and `client.generate` must get all of it, streamed and behind a buffering relay.
The gateway sealed each event group (or the whole buffered answer) as one chunk, and the
client refuses a chunk over `MAX_SEALED_CHUNK` (64 KiB): such answers failed over to the
device instead."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("starlette")

from hybridsdk import Client
from hybridsdk._types import Route
from hybridsdk.gateway._launch import LaunchedGateway, launch_gateway
from hybridsdk.routing._policy import Mode, Policy
from tests.generate._scripted_upstream import ScriptedUpstream, events

pytestmark = pytest.mark.slow
MESSAGES = [{"role": "user", "content": "Tell me everything."}]
BIG = "word " * 14_000  # one 70,000-character delta
MANY = [f"w{i} " for i in range(1000)]  # ~190 KB of SSE once collected


@pytest.fixture(scope="module")
def upstream() -> Iterator[ScriptedUpstream]:
    with ScriptedUpstream(events(["x"])) as server:
        yield server


@pytest.fixture(scope="module")
def gateway(upstream: ScriptedUpstream) -> Iterator[LaunchedGateway]:
    extra = ["--llm-upstream", upstream.url, "--llm-max-tokens", "1000", "--no-access-log"]
    with launch_gateway(extra_args=extra) as gw:
        yield gw


@pytest.mark.parametrize("relay_buffers", [False, True])
@pytest.mark.parametrize("texts", [[BIG], MANY], ids=["one-huge-event", "many-events"])
def test_a_large_answer_arrives_whole(gateway, upstream, generator, texts, relay_buffers) -> None:  # type: ignore[no-untyped-def]
    upstream.script = events(texts, usage=(5, len(texts)))
    with Client(
        cloud=gateway.url, policy=Policy(mode=Mode.CLOUD_ONLY), llm=generator, device=False
    ) as client:
        result = client.generate(
            messages=MESSAGES, max_tokens=len(texts), relay_buffers=relay_buffers
        )
    codes = {r.code: r.message for r in result.reasons}
    assert "cloud_endpoint" in codes, codes.get("cloud_failed")
    assert result.route is Route.CLOUD and result.failover is None
    assert result.text == "".join(texts)


def test_a_compressed_upstream_stream_is_relayed_as_text(gateway, upstream, generator) -> None:  # type: ignore[no-untyped-def]
    # A proxy in front of the upstream may gzip its event stream for a client that accepts
    # it; the gateway relays events, so it must read them decoded (or not accept gzip).
    upstream.script = events(["Paris", " is the capital."], usage=(5, 2))
    upstream.compress = True
    try:
        with Client(
            cloud=gateway.url, policy=Policy(mode=Mode.CLOUD_ONLY), llm=generator, device=False
        ) as client:
            result = client.generate(messages=MESSAGES, max_tokens=8)
    finally:
        upstream.compress = False
    codes = {r.code: r.message for r in result.reasons}
    assert "cloud_endpoint" in codes, codes.get("cloud_failed")
    assert result.text == "Paris is the capital." and not result.usage_estimated
