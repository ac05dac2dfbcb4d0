"""`client.generate` against each class of error status, on exact fault sequences: two
plain endpoints on httpx.MockTransport, the first answering a scripted list of statuses
(problem+json bodies, Retry-After), the second a real SSE chat stream. See the table in
hybridsdk/cloud/_chat_faults.py and docs/generate.md."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from hybridsdk import AsyncClient, Client
from hybridsdk._exceptions import (
    ConfigurationError,
    CredentialsRejectedError,
    GatewayError,
    InputValidationError,
    RequestRejectedError,
)
from hybridsdk._types import Route
from hybridsdk.cloud._breaker import BreakerConfig, CircuitState
from hybridsdk.cloud._chat_faults import breaker_outcome
from hybridsdk.cloud._chat_transport import AsyncChatIO, SyncChatIO
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._retry import BreakerOutcome, RetryPolicy
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.wire._openai_chat import SSE_DONE, chat_chunk, sse_event
from hybridsdk.wire._problem_types import PROBLEM_BAD_REQUEST, PROBLEM_DATE

MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]
PROBLEM = "application/problem+json"


def _sse(*texts: str) -> bytes:
    events = b"".join(sse_event(chat_chunk("c", "big", content=t)) for t in texts)
    tail = sse_event(chat_chunk("c", "big", finish_reason="stop", usage=(9, len(texts))))
    return events + tail + SSE_DONE


class _Script:
    """Endpoint "a" answers `statuses` in turn (then the stream), "b" always the stream."""

    def __init__(self, statuses: list[int], *, problem_type: str = PROBLEM_BAD_REQUEST) -> None:
        self.statuses = list(statuses)
        self.problem_type = problem_type
        self.hits: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        host = "a" if request.url.host == "127.0.0.2" else "b"
        self.hits.append(host)
        if host == "a" and self.statuses:
            status = self.statuses.pop(0)
            problem = {
                "type": self.problem_type,
                "title": "refused",
                "status": status,
                "detail": f"max_tokens 900 is over this gateway's cap (status {status})",
            }
            return httpx.Response(
                status,
                content=json.dumps(problem).encode(),
                headers={"content-type": PROBLEM, "retry-after": "1"},
            )
        return httpx.Response(
            200, content=_sse("Paris", "."), headers={"content-type": "text/event-stream"}
        )

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)


class _SleepLog:
    def __init__(self) -> None:
        self.sleeps: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.sleeps.append(seconds)


def _client(generator, script: _Script, sleeps: _SleepLog, **kw) -> Client:  # type: ignore[no-untyped-def]
    endpoints = [
        CloudEndpoint("http://127.0.0.2:9", mode="plain", name="a"),
        CloudEndpoint("http://127.0.0.3:9", mode="plain", name="b"),
    ]
    kw.setdefault("policy", Policy(mode=Mode.PREFER_CLOUD))
    client = Client(llm=generator, device=False, cloud=endpoints, **kw)
    io = SyncChatIO(transport=httpx.MockTransport(script))
    io.sleep = sleeps  # type: ignore[method-assign]
    client._chat_io = io
    return client


@pytest.mark.parametrize("status", [400, 405, 413, 422])
def test_a_4xx_about_the_request_raises_typed_and_goes_nowhere_else(generator, status) -> None:  # type: ignore[no-untyped-def]
    script, sleeps = _Script([status]), _SleepLog()
    with _client(generator, script, sleeps) as client:
        with pytest.raises(RequestRejectedError) as caught:
            client.generate(messages=MESSAGES, max_tokens=8)
        breaker = client.cloud._core.routes[0].breaker  # type: ignore[union-attr]
        snapshot = breaker.snapshot()
    error = caught.value
    assert isinstance(error, GatewayError) and isinstance(error, InputValidationError)
    assert error.status == status and error.problem["status"] == status
    assert error.problem_type == PROBLEM_BAD_REQUEST
    assert "max_tokens 900 is over" in str(error) and "fix the request" in str(error)
    assert script.hits == ["a"] and sleeps.sleeps == []  # no retry, no other endpoint
    # The endpoint answered: a success for its breaker, as for infer.
    assert snapshot.calls_in_window == 1 and snapshot.failure_rate == 0.0


@pytest.mark.parametrize("status", [401, 403])
def test_credentials_refused_raise_typed_without_failover(generator, status) -> None:  # type: ignore[no-untyped-def]
    script, sleeps = _Script([status]), _SleepLog()
    with (
        _client(generator, script, sleeps) as client,
        pytest.raises(CredentialsRejectedError, match="credentials") as caught,
    ):
        client.generate(messages=MESSAGES, max_tokens=8)
    assert isinstance(caught.value, ConfigurationError) and caught.value.status == status
    assert script.hits == ["a"]


def test_404_means_this_endpoint_lacks_the_route_the_next_answers(generator) -> None:  # type: ignore[no-untyped-def]
    script, sleeps = _Script([404]), _SleepLog()
    with _client(generator, script, sleeps) as client:
        result = client.generate(messages=MESSAGES, max_tokens=8)
        snapshot = client.cloud._core.routes[0].breaker.snapshot()  # type: ignore[union-attr]
    codes = {r.code: r.message for r in result.reasons}
    assert result.route is Route.CLOUD and result.text == "Paris."
    assert script.hits == ["a", "b"] and "a: GatewayError" in codes["endpoint_failed"]
    assert snapshot.calls_in_window == 0  # not a health signal: released


@pytest.mark.parametrize("status", [408, 429, 503])
def test_not_processed_is_retried_here_after_retry_after(generator, status) -> None:  # type: ignore[no-untyped-def]
    script, sleeps = _Script([status]), _SleepLog()
    with _client(generator, script, sleeps) as client:
        result = client.generate(messages=MESSAGES, max_tokens=8)
        snapshot = client.cloud._core.routes[0].breaker.snapshot()  # type: ignore[union-attr]
    codes = {r.code: r.message for r in result.reasons}
    assert result.text == "Paris." and script.hits == ["a", "a"]
    assert len(sleeps.sleeps) == 1 and sleeps.sleeps[0] >= 1.0  # Retry-After is the floor
    assert f"status_{status}" in codes["endpoint_retry"] and "a answered" in codes["cloud_endpoint"]
    assert snapshot.calls_in_window == 2 and snapshot.failure_rate == 0.5


def test_a_retry_after_past_the_deadline_moves_on_at_once(generator) -> None:  # type: ignore[no-untyped-def]
    script, sleeps = _Script([429]), _SleepLog()
    with _client(generator, script, sleeps) as client:
        result = client.generate(messages=MESSAGES, max_tokens=8, deadline_ms=800)
    assert script.hits == ["a", "b"] and sleeps.sleeps == [] and result.text == "Paris."


@pytest.mark.parametrize("status", [500, 502, 504])
def test_other_5xx_fail_over_without_resending_the_stream(generator, status) -> None:  # type: ignore[no-untyped-def]
    script, sleeps = _Script([status]), _SleepLog()
    with _client(generator, script, sleeps) as client:
        result = client.generate(messages=MESSAGES, max_tokens=8)
        snapshot = client.cloud._core.routes[0].breaker.snapshot()  # type: ignore[union-attr]
    assert script.hits == ["a", "b"] and sleeps.sleeps == [] and result.text == "Paris."
    assert snapshot.failure_rate == 1.0


def test_a_400_about_the_clock_is_not_the_callers_error(generator) -> None:  # type: ignore[no-untyped-def]
    script, sleeps = _Script([400], problem_type=PROBLEM_DATE), _SleepLog()
    with _client(generator, script, sleeps) as client:
        result = client.generate(messages=MESSAGES, max_tokens=8)
    assert script.hits == ["a", "b"] and result.text == "Paris."


def test_retries_exhausted_then_the_next_endpoint(generator) -> None:  # type: ignore[no-untyped-def]
    script, sleeps = _Script([503, 503, 503]), _SleepLog()
    with _client(generator, script, sleeps, retry=RetryPolicy(attempts=3)) as client:
        result = client.generate(messages=MESSAGES, max_tokens=8)
    assert script.hits == ["a", "a", "a", "b"] and len(sleeps.sleeps) == 2
    assert result.text == "Paris." and "endpoint_failover" in [r.code for r in result.reasons]


def test_a_4xx_from_the_only_endpoint_does_not_fall_to_the_device(generator) -> None:  # type: ignore[no-untyped-def]
    script = _Script([413])
    endpoint = CloudEndpoint("http://127.0.0.2:9", mode="plain", name="a")
    with Client(
        llm=generator, device=False, cloud=endpoint, policy=Policy(mode=Mode.PREFER_CLOUD)
    ) as client:
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(script))
        stream = client.generate(messages=MESSAGES, max_tokens=8, stream=True)
        with pytest.raises(RequestRejectedError):
            list(stream)


def test_the_async_client_classifies_the_same(generator) -> None:  # type: ignore[no-untyped-def]
    script = _Script([422, 503])

    async def main() -> None:
        endpoints = [
            CloudEndpoint("http://127.0.0.2:9", mode="plain", name="a"),
            CloudEndpoint("http://127.0.0.3:9", mode="plain", name="b"),
        ]
        async with AsyncClient(
            llm=generator,
            device=False,
            cloud=endpoints,
            policy=Policy(mode=Mode.PREFER_CLOUD),
            retry=RetryPolicy(attempts=1),
        ) as client:
            client._chat_io = AsyncChatIO(transport=httpx.MockTransport(script.handle_async))
            with pytest.raises(RequestRejectedError):
                await client.generate(messages=MESSAGES, max_tokens=8)
            result = await client.generate(messages=MESSAGES, max_tokens=8)
            assert result.text == "Paris." and "b answered" in str(result.reasons)

    asyncio.run(main())
    assert script.hits == ["a", "a", "b"]


def test_generation_failures_open_the_breaker_infer_uses(generator) -> None:  # type: ignore[no-untyped-def]
    script, sleeps = _Script([503, 503, 503]), _SleepLog()
    with _client(
        generator,
        script,
        sleeps,
        retry=RetryPolicy(attempts=1),
        breaker=BreakerConfig(window_size=2, minimum_calls=2),
    ) as client:
        for _ in range(2):
            client.generate(messages=MESSAGES, max_tokens=8)
        breaker = client.cloud._core.routes[0].breaker  # type: ignore[union-attr]
        assert breaker.state is CircuitState.OPEN
        result = client.generate(messages=MESSAGES, max_tokens=8)
    codes = {r.code: r.message for r in result.reasons}
    assert (
        script.hits == ["a", "b", "a", "b", "b"] and "a: circuit open" in codes["endpoint_skipped"]
    )


def test_breaker_outcome_rules() -> None:
    from hybridsdk._exceptions import DeadlineExceededError, TransportError

    late = DeadlineExceededError("late")
    assert breaker_outcome(late, text_seen=False) is BreakerOutcome.FAILURE
    assert breaker_outcome(late, text_seen=True) is BreakerOutcome.IGNORED
    assert breaker_outcome(TransportError("cut"), text_seen=True) is BreakerOutcome.FAILURE
    missing = GatewayError("no route", status=404)
    assert breaker_outcome(missing, text_seen=False) is BreakerOutcome.IGNORED


@pytest.mark.parametrize(("status", "state"), [(413, "failed"), (401, "pending"), (503, "pending")])
def test_the_drain_fails_a_rejected_generation_for_good_and_keeps_the_rest(  # type: ignore[no-untyped-def]
    generator, tmp_path, status, state
) -> None:
    from hybridsdk.outbox._chat_deferred import encode_deferred_chat

    script = _Script([status])
    endpoint = CloudEndpoint("http://127.0.0.2:9", mode="plain", name="a")
    with Client(
        llm=generator,
        device=False,
        cloud=endpoint,
        outbox=tmp_path / "outbox.sqlite3",
        drain_interval_s=3600,
        retry=RetryPolicy(attempts=1),
    ) as client:
        client._drainer.stop()  # this test drains by itself  # type: ignore[union-attr]
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(script))
        body = {"messages": MESSAGES, "max_tokens": 900}
        client.outbox.put(encode_deferred_chat(body), idempotency_key="k1", stream="generate")
        report = client.drain_outbox()
        record = client.outbox.get("k1")
        with pytest.raises(ConfigurationError, match="deferred_generation"):
            client.deferred_result("k1")  # the infer accessor names the right one
    assert report.attempted == 1 and record.state.value == state
    assert script.hits == ["a"] and str(status) in (record.last_error or "")


def test_a_rotated_gateway_key_is_refetched_and_the_stream_resent(generator) -> None:  # type: ignore[no-untyped-def]
    """The gateway no longer holds the key the client cached: a 400 #ohttp-key problem
    (outside the encryption, as the gateway cannot open it), one refetch, one resend."""
    from hybridsdk._exceptions import UnknownKeyIdError
    from hybridsdk.wire._bhttp import decode_request
    from hybridsdk.wire._bhttp_stream import content_piece, pad_sse, response_end, response_head
    from hybridsdk.wire._chunked_ohttp import decapsulate_chunked_request
    from hybridsdk.wire._keyconfig import encode_key_configs, generate_key_config
    from hybridsdk.wire._ohttp import gateway_keys
    from hybridsdk.wire._problem_types import PROBLEM_OHTTP_KEY

    old, _ = generate_key_config(1)
    new, private = generate_key_config(2)
    held = gateway_keys((new, private))
    published = [old, new]  # what GET returns: the retired key first, then the new one
    log: list[str] = []

    def gateway(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            log.append(f"keys {published[0].key_id}")
            return httpx.Response(200, content=encode_key_configs([published.pop(0)]))
        try:
            plain, reader = decapsulate_chunked_request(held, request.read())
        except UnknownKeyIdError:
            log.append("post refused")
            problem = {"type": PROBLEM_OHTTP_KEY, "title": "unknown key id", "status": 400}
            return httpx.Response(400, json=problem, headers={"content-type": PROBLEM})
        decode_request(plain)
        log.append("post answered")
        out = reader.response_sender()
        head = out.start() + out.seal(response_head(200, [(b"content-type", b"text/event-stream")]))
        return httpx.Response(
            200,
            content=head + out.seal_final(content_piece(pad_sse(_sse("Paris"))) + response_end()),
        )

    endpoint = CloudEndpoint("http://127.0.0.2:9", name="gw")
    with Client(
        llm=generator, device=False, cloud=endpoint, policy=Policy(mode=Mode.CLOUD_ONLY)
    ) as client:
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
        result = client.generate(messages=MESSAGES, max_tokens=4)
    assert result.text == "Paris" and result.route is Route.CLOUD
    assert log == ["keys 1", "post refused", "keys 2", "post answered"]
    assert "stale_key_id" in {r.code: r.message for r in result.reasons}["endpoint_retry"]
