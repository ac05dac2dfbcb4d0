"""CloudClient / AsyncCloudClient against an in-test OHTTP gateway on httpx.MockTransport.

The fake gateway is built from the real `_ohttp` / `_bhttp` / `_oip` code (gateway side),
so every test runs real HPKE both ways; only the sockets are replaced. Exact fault
sequences are scripted per POST. Time is a fake clock; sleeps are recorded, never slept.
"""

from __future__ import annotations

import email.utils
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import numpy as np
import pytest

from hybridsdk._exceptions import (
    CircuitOpenError,
    ConfigurationError,
    CryptoError,
    DeadlineExceededError,
    EncodingError,
    GatewayError,
    InputValidationError,
    KeyConfigError,
    KeyPinMismatchError,
    TransportError,
)
from hybridsdk.cloud._breaker import BreakerConfig
from hybridsdk.cloud._client import AsyncCloudClient, CloudAnswer, CloudClient
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._retry import (
    OHTTP_KEY_PROBLEM_TYPE,
    ConnectError,
    ReadTimeoutError,
    RetryPolicy,
)
from hybridsdk.wire._bhttp import BinaryRequest, BinaryResponse, decode_request
from hybridsdk.wire._keyconfig import (
    MEDIA_TYPE_OHTTP_KEYS,
    UnknownKeyIdError,
    encode_key_configs,
    generate_key_config,
)
from hybridsdk.wire._ohttp import decapsulate_request, gateway_keys
from hybridsdk.wire._oip import decode_infer_request, encode_infer_response
from tests._fakes import FakeTime

GW = "https://gw.test"
X = np.arange(64, dtype=np.float32).reshape(1, 64) / 64.0

Action = Callable[["FakeGateway", httpx.Request], httpx.Response]


class FakeGateway:
    """An OHTTP gateway + OIP server in one MockTransport handler, with a fault script.

    `script` holds actions for the next POSTs (one each); when empty, POSTs are served
    normally. The model doubles its input and sums it.
    """

    def __init__(self, key_id: int = 1) -> None:
        self.rotate(key_id)
        self.requests: list[httpx.Request] = []
        self.inner: list[BinaryRequest] = []
        self.script: list[Action | BaseException] = []
        self.published: bytes | None = None  # override what GET returns

    def rotate(self, key_id: int) -> None:
        self.config, private = generate_key_config(key_id)
        self.keys = gateway_keys((self.config, private))

    # -- what the tests look at
    def posts(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == "POST"]

    def gets(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == "GET"]

    # -- the handler
    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "GET" and request.url.path == "/.well-known/ohttp-gateway":
            body = self.published or encode_key_configs([self.config])
            return httpx.Response(
                200, headers={"content-type": MEDIA_TYPE_OHTTP_KEYS}, content=body
            )
        if request.method == "GET":  # a relay's resource takes POSTs only
            return httpx.Response(405)
        if self.script:
            action = self.script.pop(0)
            if isinstance(action, BaseException):
                raise action
            return action(self, request)
        return self.serve(request)

    def serve(
        self, request: httpx.Request, inner_response: BinaryResponse | None = None
    ) -> httpx.Response:
        if request.url.path.startswith("/v2/models/"):
            return httpx.Response(
                200, headers={"content-type": "application/json"}, content=self.run(request.content)
            )
        try:
            plain, ctx = decapsulate_request(self.keys, request.content)
        except UnknownKeyIdError:
            return problem(400, OHTTP_KEY_PROBLEM_TYPE)
        inner = decode_request(plain)
        self.inner.append(inner)
        if inner_response is None:
            inner_response = BinaryResponse(
                200, headers=[("content-type", "application/json")], content=self.run(inner.content)
            )
        return httpx.Response(
            200,
            headers={"content-type": "message/ohttp-res"},
            content=ctx.encapsulate_response(inner_response.encode()),
        )

    @staticmethod
    def run(body: bytes) -> bytes:
        x = decode_infer_request(body).tensors["input"]
        return encode_infer_response(
            {"doubled": x * 2, "sum": np.array([x.sum()])}, model_name="digits"
        )


def problem(status: int, problem_type: str = "about:blank", **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        headers={"content-type": "application/problem+json", **headers},
        content=json.dumps({"type": problem_type, "title": "nope"}).encode(),
    )


def respond(response: httpx.Response) -> Action:
    return lambda gw, request: response


def inner_error(status: int, **headers: str) -> Action:
    def act(gw: FakeGateway, request: httpx.Request) -> httpx.Response:
        fields = [("content-type", "application/problem+json"), *headers.items()]
        body = json.dumps({"type": "about:blank", "title": "upstream busy"}).encode()
        return gw.serve(request, BinaryResponse(status, headers=fields, content=body))

    return act


def corrupt(gw: FakeGateway, request: httpx.Request) -> httpx.Response:
    good = gw.serve(request)
    body = bytearray(good.content)
    body[-1] ^= 0x01  # flip a tag bit
    return httpx.Response(200, headers=good.headers, content=bytes(body))


def make_client(
    gw: FakeGateway, endpoints: Any = None, *, time_: FakeTime | None = None, **kwargs: Any
) -> CloudClient:
    time_ = time_ or FakeTime()
    kwargs.setdefault("retry", RetryPolicy(attempts=3, base_s=0.1, cap_s=1.0))
    return CloudClient(
        endpoints if endpoints is not None else CloudEndpoint(GW),
        transport=httpx.MockTransport(gw),
        clock=time_.clock,
        sleep=time_.sleep,
        rng=lambda: 0.5,
        **kwargs,
    )


def check_answer(answer: CloudAnswer) -> None:
    np.testing.assert_allclose(answer.outputs["doubled"], X * 2)
    np.testing.assert_allclose(answer.outputs["sum"], [X.sum()], rtol=1e-6)
    assert answer.model == "digits"


# -- the happy path ------------------------------------------------------------------------


def test_ohttp_round_trip_fetches_key_then_posts_encrypted() -> None:
    gw = FakeGateway()
    with make_client(gw) as client:
        answer = client.infer("digits", {"input": X}, idempotency_key="key-123", deadline_s=2.0)
    check_answer(answer)
    assert answer.encrypted and answer.attempts == 1 and answer.endpoint == GW
    assert [(r.method, r.url.path) for r in gw.requests] == [
        ("GET", "/.well-known/ohttp-gateway"),
        ("POST", "/.well-known/ohttp-gateway"),
    ]
    assert gw.requests[0].headers["accept"] == "application/ohttp-keys"
    post = gw.posts()[0]
    assert post.headers["content-type"] == "message/ohttp-req"
    assert post.headers["accept"] == "message/ohttp-res"
    # What a relay could read carries neither the model, the key nor the inputs.
    assert b"digits" not in post.content and b"key-123" not in post.content
    assert "idempotency-key" not in post.headers
    inner = gw.inner[0]
    assert (inner.method, inner.scheme, inner.authority, inner.path) == (
        "POST",
        "https",
        "gw.test",
        "/v2/models/digits/infer",
    )
    assert inner.header("content-type") == b"application/json"
    assert inner.header("accept") == b"application/json"
    assert inner.header("idempotency-key") == b"key-123"
    date = inner.header("date")
    assert date is not None and email.utils.parsedate_to_datetime(date.decode()).tzinfo is not None


def test_key_is_cached_and_every_send_is_encapsulated_afresh() -> None:
    gw = FakeGateway()
    with make_client(gw) as client:
        client.infer("digits", {"input": X}, idempotency_key="a")
        client.infer("digits", {"input": X}, idempotency_key="a")
    assert len(gw.gets()) == 1
    first, second = (p.content for p in gw.posts())
    assert first[:7] == second[:7]  # same key id and suite
    assert first[7:39] != second[7:39]  # a new HPKE ephemeral share each time
    assert first[39:] != second[39:]


def test_retry_after_connect_error_reencapsulates() -> None:
    gw = FakeGateway()
    time_ = FakeTime()
    gw.script = [httpx.ConnectError("refused")]
    with make_client(gw, time_=time_) as client:
        answer = client.infer("digits", {"input": X}, idempotency_key="k")
    check_answer(answer)
    assert answer.attempts == 2
    assert time_.sleeps == [pytest.approx(0.05)]  # jitter 0.5 * base 0.1
    assert len(gw.posts()) == 2 and len(gw.inner) == 1


# -- keys and pins -------------------------------------------------------------------------


def test_fingerprint_pin_accepts_matching_key() -> None:
    gw = FakeGateway()
    endpoint = CloudEndpoint(GW, key_pin_sha256=gw.config.fingerprint.upper())
    with make_client(gw, endpoint) as client:
        check_answer(client.infer("digits", {"input": X}))


def test_pin_mismatch_refused_before_anything_is_sent() -> None:
    gw = FakeGateway()
    other, _ = generate_key_config(1)
    endpoint = CloudEndpoint(GW, key_pin_sha256=other.fingerprint)
    with (
        make_client(gw, endpoint) as client,
        pytest.raises(KeyPinMismatchError, match="nothing was sent"),
    ):
        client.infer("digits", {"input": X})
    assert gw.posts() == []
    assert len(gw.gets()) == 1  # not retried either: a mismatch is not transient


def test_pinned_config_needs_no_fetch() -> None:
    gw = FakeGateway()
    endpoint = CloudEndpoint(GW, key_config=gw.config.encode())
    with make_client(gw, endpoint) as client:
        check_answer(client.infer("digits", {"input": X}))
    assert gw.gets() == [] and len(gw.posts()) == 1


def test_pinned_collection_bytes_are_accepted() -> None:
    gw = FakeGateway()
    endpoint = CloudEndpoint(GW, key_config=encode_key_configs([gw.config]))
    with make_client(gw, endpoint) as client:
        check_answer(client.infer("digits", {"input": X}))


def test_stale_key_id_refetches_once_then_succeeds() -> None:
    gw = FakeGateway(key_id=1)
    with make_client(gw) as client:
        client.infer("digits", {"input": X})
        gw.rotate(key_id=2)
        answer = client.infer("digits", {"input": X})
    check_answer(answer)
    assert answer.attempts == 1  # the refetch is part of the attempt, not a retry
    assert [r.method for r in gw.requests] == ["GET", "POST", "POST", "GET", "POST"]
    assert [p.content[0] for p in gw.posts()] == [1, 1, 2]


def test_second_stale_key_id_is_an_error_not_a_loop() -> None:
    gw = FakeGateway(key_id=1)
    # The gateway publishes key 1 but decrypts only with key 2: refused every time.
    gw.published = encode_key_configs([gw.config])
    gw.rotate(key_id=2)
    with (
        make_client(gw) as client,
        pytest.raises(UnknownKeyIdError, match="right after publishing"),
    ):
        client.infer("digits", {"input": X})
    assert [r.method for r in gw.requests] == ["GET", "POST", "GET", "POST"]


def test_pinned_config_rotated_away_is_a_pin_mismatch() -> None:
    gw = FakeGateway(key_id=1)
    endpoint = CloudEndpoint(GW, key_config=gw.config.encode())
    gw.rotate(key_id=2)
    with make_client(gw, endpoint) as client, pytest.raises(KeyPinMismatchError):
        client.infer("digits", {"input": X})
    assert [r.method for r in gw.requests] == ["POST", "GET"]


def test_fetch_key_configs_returns_and_caches() -> None:
    gw = FakeGateway()
    with make_client(gw) as client:
        configs = client.fetch_key_configs()
        assert configs == [gw.config]
        client.infer("digits", {"input": X})
    assert len(gw.gets()) == 1


def test_key_endpoint_wrong_media_type_and_error_status() -> None:
    gw = FakeGateway()
    bad = httpx.MockTransport(
        lambda r: httpx.Response(200, headers={"content-type": "text/html"}, content=b"<html>")
    )
    with (
        CloudClient(CloudEndpoint(GW), transport=bad) as client,
        pytest.raises(KeyConfigError, match="application/ohttp-keys"),
    ):
        client.fetch_key_configs()
    failing = httpx.MockTransport(lambda r: problem(500))
    with (
        CloudClient(CloudEndpoint(GW), transport=failing) as client,
        pytest.raises(GatewayError) as info,
    ):
        client.fetch_key_configs()
    assert info.value.status == 500
    del gw


# -- error mapping -------------------------------------------------------------------------


def test_corrupted_encrypted_response_is_crypto_error_and_not_retried() -> None:
    gw = FakeGateway()
    gw.script = [corrupt]
    with make_client(gw) as client, pytest.raises(CryptoError):
        client.infer("digits", {"input": X})
    assert len(gw.posts()) == 1


def test_wrong_outer_content_type_is_encoding_error() -> None:
    gw = FakeGateway()
    gw.script = [
        respond(httpx.Response(200, headers={"content-type": "application/json"}, content=b"{}"))
    ]
    with make_client(gw) as client, pytest.raises(EncodingError, match="message/ohttp-res"):
        client.infer("digits", {"input": X})


def test_connect_errors_exhaust_attempts_as_connect_error() -> None:
    gw = FakeGateway()
    gw.script = [httpx.ConnectError("refused")] * 5
    time_ = FakeTime()
    with make_client(gw, time_=time_) as client, pytest.raises(ConnectError) as info:
        client.infer("digits", {"input": X})
    assert isinstance(info.value, TransportError)
    assert len(gw.posts()) == 3 and len(time_.sleeps) == 2


def test_read_timeout_maps_to_read_timeout_error() -> None:
    gw = FakeGateway()
    gw.script = [httpx.ReadTimeout("slow")] * 3
    with (
        make_client(gw) as client,
        pytest.raises(ReadTimeoutError, match="may have been processed"),
    ):
        client.infer("digits", {"input": X})


def test_outer_503_with_retry_after_seconds_is_retried() -> None:
    gw = FakeGateway()
    gw.script = [respond(problem(503, **{"retry-after": "2"}))]
    time_ = FakeTime()
    with make_client(gw, time_=time_) as client:
        answer = client.infer("digits", {"input": X})
    check_answer(answer)
    assert answer.attempts == 2
    assert time_.sleeps == [2.0]  # Retry-After is a floor on the jittered backoff


def test_outer_503_retry_after_surfaces_on_the_error() -> None:
    gw = FakeGateway()
    gw.script = [respond(problem(503, **{"retry-after": "7"}))]
    with (
        make_client(gw, retry=RetryPolicy(attempts=1)) as client,
        pytest.raises(GatewayError) as info,
    ):
        client.infer("digits", {"input": X})
    assert (info.value.status, info.value.retry_after_s) == (503, 7.0)
    assert info.value.problem_type == "about:blank"


def test_inner_503_with_http_date_retry_after() -> None:
    gw = FakeGateway()
    when = email.utils.formatdate(1_700_000_030, usegmt=True)
    gw.script = [inner_error(503, **{"retry-after": when})]
    client = CloudClient(
        CloudEndpoint(GW),
        transport=httpx.MockTransport(gw),
        retry=RetryPolicy(attempts=1),
        wall_clock=lambda: 1_700_000_000.0,
    )
    with client, pytest.raises(GatewayError, match="inside OHTTP") as info:
        client.infer("digits", {"input": X})
    assert info.value.status == 503
    assert info.value.retry_after_s == pytest.approx(30.0)


def test_inner_4xx_is_not_retried() -> None:
    gw = FakeGateway()
    gw.script = [inner_error(422)]
    with make_client(gw) as client, pytest.raises(GatewayError) as info:
        client.infer("digits", {"input": X})
    assert info.value.status == 422 and len(gw.posts()) == 1


# -- deadlines -----------------------------------------------------------------------------


def test_timeouts_come_from_the_remaining_deadline() -> None:
    gw = FakeGateway()
    time_ = FakeTime()
    seen: list[dict[str, float]] = []

    def slow_fail(g: FakeGateway, request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        time_.now += 0.2  # the failed attempt took 200 ms
        raise httpx.ConnectError("refused")

    def ok(g: FakeGateway, request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return g.serve(request)

    gw.script = [slow_fail, ok]
    endpoint = CloudEndpoint(GW, key_config=gw.config.encode(), read_timeout_s=30.0)
    with make_client(gw, endpoint, time_=time_) as client:
        client.infer("digits", {"input": X}, deadline_s=0.5)
    assert seen[0] == {"connect": 0.5, "read": 0.5, "write": 0.5, "pool": 0.5}
    # 0.5 - 0.2 (attempt) - 0.05 (backoff) left for the second attempt.
    assert seen[1]["read"] == pytest.approx(0.25)
    assert seen[1]["connect"] == pytest.approx(0.25)


def test_without_deadline_the_endpoint_timeouts_apply() -> None:
    gw = FakeGateway()
    seen: list[dict[str, float]] = []
    gw.script = [lambda g, r: (seen.append(r.extensions["timeout"]), g.serve(r))[1]]
    endpoint = CloudEndpoint(GW, connect_timeout_s=3.0, read_timeout_s=9.0)
    with make_client(gw, endpoint) as client:
        client.infer("digits", {"input": X})
    assert seen[0]["connect"] == 3.0 and seen[0]["read"] == 9.0


def test_past_deadline_sends_nothing() -> None:
    gw = FakeGateway()
    with make_client(gw) as client, pytest.raises(DeadlineExceededError):
        client.infer("digits", {"input": X}, deadline_s=0.0)
    assert gw.requests == []


# -- plain OIP -----------------------------------------------------------------------------


def test_plain_mode_round_trip() -> None:
    gw = FakeGateway()
    endpoint = CloudEndpoint(
        "https://triton.test/", mode="plain", headers={"authorization": "Bearer t"}
    )
    with make_client(gw, endpoint) as client:
        answer = client.infer("digits", {"input": X}, idempotency_key="p-1")
    check_answer(answer)
    assert not answer.encrypted
    (request,) = gw.requests
    assert str(request.url) == "https://triton.test/v2/models/digits/infer"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["idempotency-key"] == "p-1"
    assert request.headers["authorization"] == "Bearer t"


def test_plain_mode_404_is_gateway_error_not_retried() -> None:
    gw = FakeGateway()
    gw.script = [respond(httpx.Response(404, json={"error": "model 'nope' not found"}))]
    endpoint = CloudEndpoint("https://triton.test", mode="plain")
    with (
        make_client(gw, endpoint) as client,
        pytest.raises(GatewayError, match="not found") as info,
    ):
        client.infer("digits", {"input": X})
    assert info.value.status == 404 and len(gw.requests) == 1


def test_plain_mode_malformed_body_is_encoding_error() -> None:
    gw = FakeGateway()
    gw.script = [respond(httpx.Response(200, json={"outputs": "nope"}))]
    with (
        make_client(gw, CloudEndpoint("https://t.test", mode="plain")) as client,
        pytest.raises(EncodingError),
    ):
        client.infer("digits", {"input": X})


# -- relays and failover ------------------------------------------------------------------


def test_relay_endpoint_needs_a_pinned_key_config() -> None:
    # Fetching keys from the gateway would show it the address the relay hides.
    with pytest.raises(ConfigurationError, match="key_config"):
        CloudEndpoint(GW, relay_url="https://relay.test/ohttp/gw")


def test_with_a_relay_only_the_relay_is_contacted() -> None:
    gw = FakeGateway()
    endpoint = CloudEndpoint(
        GW, relay_url="https://relay.test/ohttp/gw", key_config=gw.config.encode()
    )
    with make_client(gw, endpoint) as client:
        check_answer(client.infer("digits", {"input": X}))
    assert [str(r.url) for r in gw.requests] == ["https://relay.test/ohttp/gw"]


def test_pin_accepts_the_form_keys_show_prints() -> None:
    gw = FakeGateway()
    endpoint = CloudEndpoint(GW, key_pin_sha256="sha256:" + gw.config.fingerprint)
    assert endpoint.key_pin_sha256 == (gw.config.fingerprint,)


def test_failover_to_secondary_after_retryable_failures() -> None:
    gw = FakeGateway()
    down = {"primary.test"}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host in down:
            raise httpx.ConnectError("refused")
        return gw(request)

    primary = CloudEndpoint("https://primary.test", key_config=gw.config.encode())
    secondary = CloudEndpoint("https://secondary.test", key_config=gw.config.encode())
    time_ = FakeTime()
    client = CloudClient(
        [primary, secondary],
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(attempts=2),
        breaker=BreakerConfig(window_size=2, minimum_calls=2, wait_duration_s=60.0),
        clock=time_.clock,
        sleep=time_.sleep,
        rng=lambda: 0.0,
    )
    with client:
        answer = client.infer("digits", {"input": X})
        assert answer.endpoint == "https://secondary.test" and answer.attempts == 3
        # The primary's breaker is now open: the next call goes straight to the secondary.
        gw.requests.clear()
        answer = client.infer("digits", {"input": X})
    assert answer.attempts == 1
    assert [r.url.host for r in gw.requests] == ["secondary.test"]


def test_no_failover_on_a_request_error() -> None:
    gw = FakeGateway()
    gw.script = [inner_error(400)]
    endpoints = [
        CloudEndpoint("https://a.test", key_config=gw.config.encode()),
        CloudEndpoint("https://b.test", key_config=gw.config.encode()),
    ]
    with make_client(gw, endpoints) as client, pytest.raises(GatewayError):
        client.infer("digits", {"input": X})
    assert [r.url.host for r in gw.requests] == ["a.test"]


def test_all_breakers_open_is_circuit_open_error() -> None:
    gw = FakeGateway()
    gw.script = [httpx.ConnectError("x")]
    endpoint = CloudEndpoint(GW, key_config=gw.config.encode())
    with make_client(
        gw,
        endpoint,
        retry=RetryPolicy(attempts=1),
        breaker=BreakerConfig(window_size=1, minimum_calls=1),
    ) as client:
        with pytest.raises(ConnectError):
            client.infer("digits", {"input": X})
        with pytest.raises(CircuitOpenError):
            client.infer("digits", {"input": X})
    assert len(gw.requests) == 1


# -- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "inputs", "key", "error"),
    [
        ("../admin", {"input": X}, "k", ConfigurationError),
        ("", {"input": X}, "k", ConfigurationError),
        ("digits", {}, "k", InputValidationError),
        ("digits", {"input": np.array([np.nan], np.float32)}, "k", InputValidationError),
        ("digits", {"input": np.array([1 + 2j])}, "k", InputValidationError),
        ("digits", {"input": X}, "has space", ConfigurationError),
        ("digits", {"input": X}, "", ConfigurationError),
    ],
)
def test_bad_requests_are_refused_before_sending(
    model: str, inputs: dict[str, Any], key: str, error: type[Exception]
) -> None:
    gw = FakeGateway()
    with make_client(gw) as client, pytest.raises(error):
        client.infer(model, inputs, idempotency_key=key)
    assert gw.requests == []


def test_nan_deadline_is_refused() -> None:
    with make_client(FakeGateway()) as client, pytest.raises(ConfigurationError, match="NaN"):
        client.infer("digits", {"input": X}, deadline_s=float("nan"))


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"url": "gw.test"}, ConfigurationError, "absolute"),
        ({"url": GW, "mode": "grpc"}, ConfigurationError, "mode"),
        ({"url": "http://gw.example.com", "mode": "plain"}, ConfigurationError, "cleartext"),
        ({"url": "http://gw.example.com"}, ConfigurationError, "without a pin"),
        ({"url": GW, "key_pin_sha256": "abc"}, ConfigurationError, "SHA-256"),
        ({"url": GW, "key_config": b"\x01\x00"}, KeyConfigError, "key_config"),
        (
            {"url": GW, "mode": "plain", "relay_url": "https://r.test"},
            ConfigurationError,
            "only apply",
        ),
        ({"url": GW, "read_timeout_s": 0}, ConfigurationError, "read_timeout_s"),
        ({"url": GW, "headers": {"bad header": "x"}}, ConfigurationError, "header"),
    ],
)
def test_bad_endpoints(kwargs: dict[str, Any], error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        CloudEndpoint(**kwargs)


def test_loopback_http_is_allowed_and_client_needs_endpoints() -> None:
    CloudEndpoint("http://127.0.0.1:8080")
    CloudEndpoint("http://localhost:8080", mode="plain")
    with pytest.raises(ConfigurationError, match="non-empty"):
        CloudClient([])
    with pytest.raises(ConfigurationError, match="distinct"):
        CloudClient([CloudEndpoint(GW), CloudEndpoint(GW)])


def test_logs_carry_no_payloads_or_keys(caplog: pytest.LogCaptureFixture) -> None:
    gw = FakeGateway()
    gw.script = [httpx.ConnectError("refused")]
    caplog.set_level(logging.DEBUG, logger="hybridsdk")
    with make_client(gw) as client:
        client.infer("digits", {"input": X}, idempotency_key="secret-idem-key")
    text = caplog.text
    assert caplog.records  # something was logged
    assert "secret-idem-key" not in text
    assert gw.config.public_key.hex() not in text
    assert "0.015625" not in text  # an input value


# -- async twin ----------------------------------------------------------------------------


def make_async_client(
    gw: FakeGateway, endpoint: Any = None, *, time_: FakeTime | None = None
) -> AsyncCloudClient:
    time_ = time_ or FakeTime()
    return AsyncCloudClient(
        endpoint or CloudEndpoint(GW),
        transport=httpx.MockTransport(gw),
        retry=RetryPolicy(attempts=3, base_s=0.1, cap_s=1.0),
        clock=time_.clock,
        sleep=time_.async_sleep,
        rng=lambda: 0.5,
    )


@pytest.mark.anyio
async def test_async_round_trip_and_stale_key() -> None:
    gw = FakeGateway(key_id=1)
    async with make_async_client(gw) as client:
        check_answer(await client.infer("digits", {"input": X}, deadline_s=1.0))
        gw.rotate(key_id=2)
        answer = await client.infer("digits", {"input": X})
    check_answer(answer)
    assert answer.encrypted and answer.attempts == 1
    assert [r.method for r in gw.requests] == ["GET", "POST", "POST", "GET", "POST"]


@pytest.mark.anyio
async def test_async_connect_error_retry_and_pin_mismatch() -> None:
    gw = FakeGateway()
    gw.script = [httpx.ConnectError("refused")]
    time_ = FakeTime()
    async with make_async_client(gw, time_=time_) as client:
        answer = await client.infer("digits", {"input": X})
    assert answer.attempts == 2 and time_.sleeps == [pytest.approx(0.05)]
    other, _ = generate_key_config(1)
    gw2 = FakeGateway()
    async with make_async_client(
        gw2, CloudEndpoint(GW, key_pin_sha256=other.fingerprint)
    ) as client:
        with pytest.raises(KeyPinMismatchError):
            await client.infer("digits", {"input": X})
        with pytest.raises(KeyPinMismatchError):
            await client.fetch_key_configs()
    assert gw2.posts() == []


@pytest.mark.anyio
async def test_async_corrupted_body_and_deadline_timeouts() -> None:
    gw = FakeGateway()
    seen: list[dict[str, float]] = []

    def capture_then_corrupt(g: FakeGateway, request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return corrupt(g, request)

    gw.script = [capture_then_corrupt]
    async with make_async_client(gw, CloudEndpoint(GW, key_config=gw.config.encode())) as client:
        with pytest.raises(CryptoError):
            await client.infer("digits", {"input": X}, deadline_s=0.75)
    assert seen[0]["read"] == 0.75


def test_a_stale_pinned_key_behind_a_relay_never_contacts_the_gateway() -> None:
    gw = FakeGateway(key_id=1)
    old = gw.config.encode()
    gw.rotate(2)  # the gateway moved on; the client still pins key 1
    endpoint = CloudEndpoint(GW, relay_url="https://relay.test/ohttp/gw", key_config=old)
    with make_client(gw, endpoint) as client, pytest.raises(UnknownKeyIdError, match="pin"):
        client.infer("digits", {"input": X})
    assert {r.url.host for r in gw.requests} == {"relay.test"}
    assert gw.gets() == []


def test_the_probe_goes_to_the_relay_and_keeps_to_its_time() -> None:
    gw = FakeGateway()
    endpoint = CloudEndpoint(
        GW, relay_url="https://relay.test/ohttp/gw", key_config=gw.config.encode()
    )
    with make_client(gw, endpoint) as client:
        assert client.probe(timeout_s=1.0)
        assert [str(r.url) for r in gw.requests] == ["https://relay.test/ohttp/gw"]
        assert client.probe(timeout_s=0.0) is False  # no time: no probe at all
    assert len(gw.requests) == 1
