"""`client.generate`: one sans-I/O core driven sync and async; local answers on the real
ONNX model; routing, privacy and token accounting; mid-stream failover on an exact fault
sequence (a gateway stand-in on httpx.MockTransport that speaks real chunked OHTTP with
its own key and stops sending after two events)."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from hybridsdk import AsyncClient, Client
from hybridsdk._exceptions import InputValidationError
from hybridsdk._types import Route
from hybridsdk.cloud._chat_transport import SyncChatIO
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.wire._bhttp import decode_request
from hybridsdk.wire._bhttp_stream import content_piece, pad_sse, response_end, response_head
from hybridsdk.wire._chunked_ohttp import decapsulate_chunked_request
from hybridsdk.wire._keyconfig import generate_key_config
from hybridsdk.wire._ohttp import gateway_keys
from hybridsdk.wire._openai_chat import SSE_DONE, chat_chunk, chat_completion, sse_event

MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]


def test_local_generate_whole_and_streamed(generator) -> None:  # type: ignore[no-untyped-def]
    with Client(llm=generator, device=False) as client:
        whole = client.generate(messages=MESSAGES, max_tokens=6)
        assert whole.route is Route.LOCAL
        expected = generator.generate(MESSAGES, max_tokens=6)
        assert whole.text == expected.text
        assert whole.completion_tokens == expected.completion_tokens
        assert whole.prompt_tokens == expected.prompt_tokens
        assert whole.cost == 0.0 and whole.ttft_s is not None and whole.ttft_s > 0
        stream = client.generate(messages=MESSAGES, max_tokens=6, stream=True)
        pieces = list(stream)
        assert "".join(pieces) == whole.text
        assert stream.result.completion_tokens == whole.completion_tokens
        assert any(r.code for r in whole.reasons)


def test_async_generate_uses_the_same_core(generator) -> None:  # type: ignore[no-untyped-def]
    async def main() -> tuple[str, str, int]:
        async with AsyncClient(llm=generator, device=False) as client:
            whole = await client.generate(messages=MESSAGES, max_tokens=5)
            stream = await client.generate(messages=MESSAGES, max_tokens=5, stream=True)
            pieces = [p async for p in stream]
            return whole.text, "".join(pieces), stream.result.completion_tokens

    whole, streamed, tokens = asyncio.run(main())
    assert whole == streamed and tokens >= 1


def test_cancel_stops_the_stream(generator) -> None:  # type: ignore[no-untyped-def]
    with Client(llm=generator, device=False) as client:
        stream = client.generate(
            messages=[{"role": "user", "content": "Count from one to fifty."}],
            max_tokens=64,
            stream=True,
        )
        first = next(stream)
        stream.cancel()
        assert first
        assert list(stream) == []


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"messages": []}, "non-empty"),
        ({"messages": [{"role": "x", "content": "a"}]}, "role"),
        ({"messages": MESSAGES, "max_tokens": 0}, "max_tokens"),
        ({"messages": MESSAGES, "stop": ["a"] * 5}, "stop"),
        ({"messages": MESSAGES, "deadline_ms": -1}, "deadline_ms"),
    ],
)
def test_bad_arguments(generator, kwargs, needle) -> None:  # type: ignore[no-untyped-def]
    with (
        Client(llm=generator, device=False) as client,
        pytest.raises(InputValidationError, match=needle),
    ):
        client.generate(**kwargs)


class _BreakingGateway:
    """A gateway stand-in on MockTransport: real chunked OHTTP with its own key, answers
    `events` SSE events and then either ends properly or stops (no final chunk)."""

    def __init__(self, events: list[str], *, complete: bool) -> None:
        self.config, private = generate_key_config(3)
        self.keys = gateway_keys((self.config, private))
        self.events = events
        self.complete = complete
        self.seen: list[dict] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        plain, reader = decapsulate_chunked_request(self.keys, request.read())
        self.seen.append(json.loads(decode_request(plain).content))
        out = reader.response_sender()
        if self.seen[-1]["stream"] is False:  # the outbox drain asks for one JSON answer
            whole = chat_completion(
                "c1",
                "big",
                text="".join(self.events),
                finish_reason="stop",
                prompt_tokens=11,
                completion_tokens=2,
            )
            head = response_head(200, [(b"content-type", b"application/json")])
            sealed = out.start() + out.seal(head)
            sealed += out.seal_final(content_piece(json.dumps(whole).encode()) + response_end())
            return httpx.Response(200, content=sealed)
        parts = [
            out.start(),
            out.seal(response_head(200, [(b"content-type", b"text/event-stream")])),
        ]
        for text in self.events:
            parts.append(
                out.seal(content_piece(pad_sse(sse_event(chat_chunk("c1", "big", content=text)))))
            )
        if self.complete:
            tail = (
                sse_event(chat_chunk("c1", "big", finish_reason="stop", usage=(11, 2))) + SSE_DONE
            )
            parts.append(out.seal(content_piece(pad_sse(tail))))
            parts.append(out.seal_final(response_end()))
        return httpx.Response(
            200, content=b"".join(parts), headers={"content-type": "message/ohttp-chunked-res"}
        )


def _cloud_client(generator, gateway: _BreakingGateway, **kw):  # type: ignore[no-untyped-def]
    endpoint = CloudEndpoint("http://127.0.0.1:9", key_config=gateway.config.encode())
    client = Client(
        llm=generator,
        device=False,
        cloud=endpoint,
        policy=Policy(mode=Mode.CLOUD_ONLY),
        cloud_cost=0.002,
        **kw,
    )
    client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
    return client


def test_cloud_answer_carries_the_gateways_usage_and_cost(generator) -> None:  # type: ignore[no-untyped-def]
    gateway = _BreakingGateway(["Paris", "."], complete=True)
    with _cloud_client(generator, gateway) as client:
        result = client.generate(messages=MESSAGES, max_tokens=8)
    assert result.route is Route.CLOUD and result.failover is None
    assert result.text == "Paris."
    assert (result.prompt_tokens, result.completion_tokens) == (11, 2)
    assert result.cost == 0.002 and not result.usage_estimated
    assert gateway.seen[0]["stream"] is True and gateway.seen[0]["max_tokens"] == 8


def test_mid_stream_failover_continues_on_the_device(generator) -> None:  # type: ignore[no-untyped-def]
    gateway = _BreakingGateway(["The capital", " of France"], complete=False)
    with _cloud_client(generator, gateway) as client:
        stream = client.generate(messages=MESSAGES, max_tokens=12, stream=True)
        pieces = list(stream)
    result = stream.result
    assert pieces[:2] == ["The capital", " of France"]
    assert len(pieces) > 2  # the device went on
    assert result.text == "".join(pieces)
    assert result.route is Route.CLOUD and result.failover == "cloud_stream_broken"
    assert "cloud_stream_broken" in [r.code for r in result.reasons]
    assert result.cloud_completion_tokens >= 2
    assert result.completion_tokens > result.cloud_completion_tokens
    assert result.completion_tokens <= 12 + 1
    assert result.cost == 0.002 and result.usage_estimated


def test_cloud_failure_before_any_text_answers_degraded_as_infer_does(generator) -> None:  # type: ignore[no-untyped-def]
    gateway = _BreakingGateway([], complete=False)
    with _cloud_client(generator, gateway) as client:
        result = client.generate(messages=MESSAGES, max_tokens=4)
        stream = client.generate(messages=MESSAGES, max_tokens=4, stream=True)
        streamed = "".join(stream)
    # `infer` in the same situation: route "degraded", degraded_step "local", and the
    # reasons end with cloud_failed, degraded_local (tests/client/test_client_fault_sequences.py).
    codes = [r.code for r in result.reasons]
    assert result.route is Route.DEGRADED and result.degraded_step == "local"
    assert codes[-2:] == ["cloud_failed", "degraded_local"]
    assert result.cost == 0.0 and result.failover is None and result.text
    assert stream.result.route is Route.DEGRADED and streamed == stream.result.text


def test_pii_pseudonymised_before_it_leaves(generator) -> None:  # type: ignore[no-untyped-def]
    gateway = _BreakingGateway(["ok"], complete=True)
    messages = [{"role": "user", "content": "Write to jane.doe@example.com about lunch."}]
    with _cloud_client(generator, gateway) as client:
        result = client.generate(messages=messages, max_tokens=4)
    sent = gateway.seen[0]["messages"][0]["content"]
    assert "jane.doe@example.com" not in sent
    assert result.route is Route.CLOUD


def _placeholder_for(generator, messages) -> str:  # type: ignore[no-untyped-def]
    """The placeholder the cloud sees for the e-mail in `messages` (one probe call)."""
    probe = _BreakingGateway(["x"], complete=True)
    with _cloud_client(generator, probe) as client:
        client.generate(messages=messages, max_tokens=4)
    sent = probe.seen[0]["messages"][0]["content"]
    start = sent.index("<")
    return sent[start : sent.index(">", start) + 1]


def test_a_placeholder_split_across_pieces_is_restored_in_the_stream(generator) -> None:  # type: ignore[no-untyped-def]
    messages = [{"role": "user", "content": "Write to jane.doe@example.com about lunch."}]
    token = _placeholder_for(generator, messages)
    gateway = _BreakingGateway(["Dear ", token[:3], token[3:] + ",", " see you"], complete=True)
    with _cloud_client(generator, gateway) as client:
        stream = client.generate(messages=messages, max_tokens=12, stream=True)
        pieces = list(stream)
    assert "".join(pieces) == stream.result.text == "Dear jane.doe@example.com, see you"
    assert not any("<" in piece for piece in pieces)


def test_failover_after_a_placeholder_continues_with_the_real_value(generator) -> None:  # type: ignore[no-untyped-def]
    messages = [{"role": "user", "content": "Write to jane.doe@example.com about lunch."}]
    token = _placeholder_for(generator, messages)
    gateway = _BreakingGateway(["Dear ", token, ", lunch"], complete=False)
    with _cloud_client(generator, gateway) as client:
        stream = client.generate(messages=messages, max_tokens=12, stream=True)
        pieces = list(stream)
    result = stream.result
    assert pieces[:3] == ["Dear ", "jane.doe@example.com", ", lunch"] and len(pieces) > 3
    assert result.text == "".join(pieces) and token not in result.text
    assert result.failover == "cloud_stream_broken"


def test_restricted_label_keeps_it_on_the_device(generator) -> None:  # type: ignore[no-untyped-def]
    gateway = _BreakingGateway(["never"], complete=True)
    with _cloud_client(generator, gateway) as client:
        client.policy = Policy(mode=Mode.PREFER_CLOUD)
        result = client.generate(messages=MESSAGES, max_tokens=3, privacy="restricted")
    assert gateway.seen == []
    assert result.route is Route.LOCAL


def test_deferrable_generation_goes_to_the_outbox_and_is_delivered_later(
    generator, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    gateway = _BreakingGateway(["Paris", "."], complete=True)
    endpoint = CloudEndpoint("http://127.0.0.1:9", key_config=gateway.config.encode())
    messages = [{"role": "user", "content": "Tell jane.doe@example.com the capital of France."}]
    with Client(
        llm=generator,
        device=False,
        cloud=endpoint,
        policy=Policy(mode=Mode.CLOUD_ONLY),
        outbox=tmp_path / "outbox.sqlite3",
        cloud_cost=0.002,
    ) as client:
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(unreachable))
        deferred = client.generate(messages=messages, max_tokens=8, deferrable=True)
        assert deferred.route is Route.DEFERRED and deferred.text == ""
        assert "deferred" in [r.code for r in deferred.reasons]
        key = deferred.idempotency_key
        assert key is not None and client.deferred_generation(key) is None
        stored = client.outbox.get(key)
        assert stored is not None and b"jane.doe@example.com" not in stored.payload
        # The cloud is back: the drain sends it through the same chunked-OHTTP path.
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
        report = client.drain_outbox()
        assert report.delivered == 1
        answer = client.deferred_generation(key)
    assert answer is not None and answer.text == "Paris."
    assert (answer.prompt_tokens, answer.completion_tokens) == (11, 2)
    assert "jane.doe@example.com" not in gateway.seen[0]["messages"][0]["content"]


def test_not_deferrable_without_outbox_answers_locally(generator) -> None:  # type: ignore[no-untyped-def]
    gateway = _BreakingGateway([], complete=False)
    with _cloud_client(generator, gateway) as client:
        result = client.generate(messages=MESSAGES, max_tokens=3, deferrable=True)
    assert result.route is Route.DEGRADED and result.degraded_step == "local"


def test_llm_backend_name_is_checked() -> None:
    from hybridsdk._exceptions import ConfigurationError

    with pytest.raises(ConfigurationError, match="'onnx' or 'llamacpp'"):
        Client(llm="vllm", device=False)
