"""Exact fault sequences through the full `Client` (flow + cloud client + breaker +
connectivity + outbox), the network replaced by an in-test OHTTP gateway on
httpx.MockTransport.

The fake gateway is built from the real `_ohttp` / `_bhttp` / `_oip` code and answers with
the real `digits-svc-fp32` ONNX model; the local model is the real `digits-linear-fp32`.
Time is a fake clock that moves only when the client sleeps or an injected fault says so:
no real sleeps.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest

pytest.importorskip("onnxruntime")

from hybridsdk import (
    BreakerConfig,
    Client,
    CloudEndpoint,
    DegradationChain,
    InferenceRequest,
    InferenceResult,
    Mode,
    Policy,
    RetryPolicy,
    Route,
    Task,
)
from hybridsdk.cloud import CloudClient
from hybridsdk.cloud._breaker import BreakerTransition, CircuitState
from hybridsdk.cloud._retry import OHTTP_KEY_PROBLEM_TYPE, backoff_bound_s
from hybridsdk.wire._bhttp import BinaryResponse, decode_request
from hybridsdk.wire._keyconfig import (
    MEDIA_TYPE_OHTTP_KEYS,
    UnknownKeyIdError,
    encode_key_configs,
    generate_key_config,
)
from hybridsdk.wire._ohttp import decapsulate_request, gateway_keys
from hybridsdk.wire._oip import decode_infer_request, encode_infer_response
from tests._fakes import FakeTime

EDGE_MODELS = Path(__file__).resolve().parents[2] / "edge_models"
GW = "https://gw.test"
CLOUD_MODEL = "digits-svc-fp32"
# A handwritten "0" from sklearn's digits (raw pixels 0..16).
ZERO = np.array(
    [[0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0,
      0, 4, 12, 0, 0, 8, 8, 0, 0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0,
      0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6, 13, 10, 0, 0, 0]],
    dtype=np.float32,
)  # fmt: skip
RETRY = RetryPolicy(attempts=3, base_s=0.1, cap_s=1.0, min_attempt_s=0.05)

Action = Callable[["FakeGateway", httpx.Request], httpx.Response]


class Draws:
    """The jitter draws, recorded, so delays can be checked exactly."""

    def __init__(self, values: list[float]) -> None:
        self.values = list(values)
        self.used: list[float] = []

    def __call__(self) -> float:
        value = self.values.pop(0) if self.values else 0.5
        self.used.append(value)
        return value


class FakeGateway:
    """OHTTP gateway + the real cloud model in one MockTransport handler.

    `script` holds one action per coming POST (an exception to raise, or a function
    returning the response); once empty, POSTs are served normally. `down` fails every
    request (GETs included) with a connect error.
    """

    def __init__(self, time_: FakeTime) -> None:
        import onnxruntime as ort

        self.time = time_
        self.session = ort.InferenceSession(
            str(EDGE_MODELS / f"{CLOUD_MODEL}.onnx"), providers=["CPUExecutionProvider"]
        )
        self.rotate(1)
        self.script: list[Action | BaseException] = []
        self.down = False
        self.posts = 0
        self.gets = 0
        self.inner_keys: list[str] = []
        self.lock = threading.Lock()

    def rotate(self, key_id: int) -> None:
        self.config, private = generate_key_config(key_id)
        self.keys = gateway_keys((self.config, private))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            if request.method == "GET":
                self.gets += 1
            else:
                self.posts += 1
            if self.down:
                raise httpx.ConnectError("connection refused", request=request)
            if request.method == "GET":
                return httpx.Response(
                    200,
                    headers={"content-type": MEDIA_TYPE_OHTTP_KEYS},
                    content=encode_key_configs([self.config]),
                )
            action = self.script.pop(0) if self.script else None
        if isinstance(action, BaseException):
            raise action
        if action is not None:
            return action(self, request)
        return self.serve(request)

    def serve(self, request: httpx.Request) -> httpx.Response:
        try:
            plain, ctx = decapsulate_request(self.keys, request.content)
        except UnknownKeyIdError:
            return problem(400, OHTTP_KEY_PROBLEM_TYPE)
        inner = decode_request(plain)
        self.inner_keys.append(dict(inner.headers)[b"idempotency-key"].decode())
        pixels = decode_infer_request(inner.content).tensors["pixels"]
        (probs,) = self.session.run(["probabilities"], {"pixels": pixels})
        body = encode_infer_response({"probabilities": probs}, model_name=CLOUD_MODEL)
        answer = BinaryResponse(200, headers=[("content-type", "application/json")], content=body)
        return httpx.Response(
            200,
            headers={"content-type": "message/ohttp-res"},
            content=ctx.encapsulate_response(answer.encode()),
        )


def problem(status: int, problem_type: str = "about:blank", **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        headers={"content-type": "application/problem+json", **headers},
        content=json.dumps({"type": problem_type, "title": "injected"}).encode(),
    )


def respond(response: httpx.Response) -> Action:
    return lambda gw, request: response


def hang(gw: FakeGateway, request: httpx.Request) -> httpx.Response:
    """The answer never comes: the clock runs to the read timeout the client set."""
    gw.time.now += request.extensions["timeout"]["read"]
    raise httpx.ReadTimeout("timed out", request=request)


def corrupt(gw: FakeGateway, request: httpx.Request) -> httpx.Response:
    good = gw.serve(request)
    body = bytearray(good.content)
    body[-1] ^= 0x01  # one flipped bit in the AEAD tag
    return httpx.Response(200, headers=good.headers, content=bytes(body))


@pytest.fixture
def time_() -> FakeTime:
    return FakeTime()


@pytest.fixture
def gateway(time_: FakeTime) -> FakeGateway:
    return FakeGateway(time_)


def make_client(
    gateway: FakeGateway,
    time_: FakeTime,
    *,
    draws: Draws | None = None,
    mode: Mode = Mode.CLOUD_ONLY,
    chain: tuple[str, ...] = ("local", "cache", "canned", "defer"),
    outbox: Path | None = None,
    **cloud_options: Any,
) -> Client:
    cloud_options.setdefault("retry", RETRY)
    cloud_options.setdefault("breaker", None)
    cloud_options.setdefault("budget", None)
    cloud = CloudClient(
        CloudEndpoint(GW, read_timeout_s=0.3),
        transport=httpx.MockTransport(gateway),
        clock=time_.clock,
        sleep=time_.sleep,
        rng=draws or Draws([]),
        **cloud_options,
    )
    return Client(
        cloud=cloud,
        tasks=[
            Task(
                "digits",
                local_model="digits-linear-fp32",
                cloud_model=CLOUD_MODEL,
                degradation=DegradationChain(chain),
            )
        ],
        policy=Policy(mode=mode, confidence_threshold=1.01),
        outbox=outbox,
        device=False,
        clock=time_.clock,
    )


@pytest.fixture
def client(gateway: FakeGateway, time_: FakeTime) -> Iterator[Client]:
    with make_client(gateway, time_) as c:
        yield c


def ask(
    client: Client, time_: FakeTime, *, deadline_ms: float | None = 2000.0, **kw: Any
) -> InferenceResult:
    request = InferenceRequest(
        inputs={"pixels": ZERO}, deadline_ms=deadline_ms, created_at=time_.now, **kw
    )
    result = client.infer(request)
    if deadline_ms is not None:  # the fake clock never passes the deadline
        assert (time_.now - request.created_at) * 1000.0 <= deadline_ms + 1e-6
    return result


def codes(result: InferenceResult) -> list[str]:
    return [r.code for r in result.reasons]


def cloud_failure(result: InferenceResult) -> str:
    return next(r.message for r in result.reasons if r.code == "cloud_failed")


def assert_jitter(time_: FakeTime, draws: Draws) -> None:
    """Each sleep is exactly draw * min(cap, base * 2**n), so within full-jitter bounds."""
    for n, (slept, u) in enumerate(zip(time_.sleeps, draws.used, strict=False)):
        bound = backoff_bound_s(RETRY, n)
        assert 0.0 <= slept <= bound
        assert slept == pytest.approx(u * bound)


# -- retried faults ------------------------------------------------------------------------


def test_connect_errors_are_retried_with_full_jitter_then_the_cloud_answers(
    gateway: FakeGateway, time_: FakeTime
) -> None:
    draws = Draws([0.25, 0.75])
    gateway.script = [httpx.ConnectError("refused"), httpx.ConnectError("refused")]
    with make_client(gateway, time_, draws=draws) as client:
        result = ask(client, time_)
    assert result.route is Route.CLOUD and result.label == 0
    assert gateway.posts == 3 and gateway.gets == 1
    assert time_.sleeps == pytest.approx([0.25 * 0.1, 0.75 * 0.2])
    assert_jitter(time_, draws)
    # The same idempotency key on every attempt that reached the gateway.
    assert gateway.inner_keys == [result.idempotency_key]


def test_a_hang_times_out_and_degrades_to_local_within_the_deadline(
    gateway: FakeGateway, time_: FakeTime
) -> None:
    gateway.script = [hang, hang, hang]
    with make_client(gateway, time_, draws=Draws([0.5, 0.5])) as client:
        result = ask(client, time_, deadline_ms=1000.0)
    assert result.route is Route.DEGRADED and result.degraded_step == "local"
    assert result.label == 0 and result.runtime == "onnxruntime"
    assert codes(result)[-2:] == ["cloud_failed", "degraded_local"]
    # 0.3 + 0.05 + 0.3 + 0.1 + ~0.25 (the last read timeout is cut to what is left, less
    # the few milliseconds the client keeps for the local fallback).
    assert gateway.posts == 3
    assert 0.97 <= time_.now - 1000.0 < 1.0


def test_the_fallback_model_loads_while_the_cloud_call_is_in_flight(
    gateway: FakeGateway, time_: FakeTime
) -> None:
    # Loading the local model after the cloud failed took 60-230 ms on a loaded 2-core
    # board: more than the reserve, so a hanging cloud stretched requests past their
    # deadline. The model must be loaded by the time the hang ends.
    loaded_during_call: list[bool] = []

    def hang_and_look(gw: FakeGateway, request: httpx.Request) -> httpx.Response:
        waited_until = time.monotonic() + 10.0  # real time: the load runs in a thread
        while "digits-linear-fp32" not in client._models and time.monotonic() < waited_until:
            time.sleep(0.005)
        loaded_during_call.append("digits-linear-fp32" in client._models)
        return hang(gw, request)

    gateway.script = [hang_and_look]
    with make_client(gateway, time_, retry=RetryPolicy(attempts=1)) as client:
        result = ask(client, time_, deadline_ms=1000.0)
    assert result.route is Route.DEGRADED and result.degraded_step == "local"
    assert loaded_during_call == [True]


def test_no_deadline_no_load_ahead(gateway: FakeGateway, time_: FakeTime) -> None:
    with make_client(gateway, time_) as client:
        result = ask(client, time_, deadline_ms=None)
        assert result.route is Route.CLOUD
        assert client._models == {} and client._loads_ahead == {}


def test_short_deadline_hang_stops_before_a_useless_attempt(
    gateway: FakeGateway, time_: FakeTime
) -> None:
    gateway.script = [hang]
    with make_client(gateway, time_) as client:
        result = ask(client, time_, deadline_ms=320.0)
    assert result.route is Route.DEGRADED
    assert gateway.posts == 1  # 20 ms left < min_attempt_s: no second attempt
    assert "ReadTimeoutError" in cloud_failure(result)  # the last error, not retried


def test_503_retry_after_is_a_floor_on_the_sleep(gateway: FakeGateway, time_: FakeTime) -> None:
    gateway.script = [respond(problem(503, **{"retry-after": "1"}))]
    with make_client(gateway, time_, draws=Draws([0.5])) as client:
        result = ask(client, time_, deadline_ms=3000.0)
    assert result.route is Route.CLOUD
    assert gateway.posts == 2
    assert time_.sleeps == [1.0]  # max(0.5 * 0.1 jitter, Retry-After 1 s)


def test_503_retry_after_past_the_deadline_degrades_at_once(
    gateway: FakeGateway, time_: FakeTime
) -> None:
    gateway.script = [respond(problem(503, **{"retry-after": "5"}))]
    with make_client(gateway, time_) as client:
        result = ask(client, time_, deadline_ms=1000.0)
    assert result.route is Route.DEGRADED and result.degraded_step == "local"
    assert gateway.posts == 1 and time_.sleeps == []
    assert "HTTP 503" in cloud_failure(result)


@pytest.mark.parametrize("status", [429, 500])
def test_429_and_500_are_retried_for_an_idempotent_request(
    gateway: FakeGateway, time_: FakeTime, status: int
) -> None:
    draws = Draws([0.9])
    gateway.script = [respond(problem(status))]
    with make_client(gateway, time_, draws=draws) as client:
        result = ask(client, time_)
    assert result.route is Route.CLOUD and result.label == 0
    assert gateway.posts == 2
    assert_jitter(time_, draws)


def test_attempts_are_bounded_by_the_policy(gateway: FakeGateway, time_: FakeTime) -> None:
    gateway.script = [respond(problem(500))] * 5
    with make_client(gateway, time_) as client:
        result = ask(client, time_)
    assert result.route is Route.DEGRADED
    assert gateway.posts == 3 and len(time_.sleeps) == 2
    assert "HTTP 500" in cloud_failure(result)


# -- not retried ---------------------------------------------------------------------------


def test_a_corrupted_encrypted_answer_is_not_retried_and_degrades(
    gateway: FakeGateway, time_: FakeTime
) -> None:
    gateway.script = [corrupt]
    with make_client(gateway, time_) as client:
        result = ask(client, time_)
    assert result.route is Route.DEGRADED and result.degraded_step == "local"
    assert gateway.posts == 1 and time_.sleeps == []
    assert "CryptoError" in cloud_failure(result)


def test_a_client_error_is_not_retried(gateway: FakeGateway, time_: FakeTime) -> None:
    gateway.script = [respond(problem(403))]
    with make_client(gateway, time_) as client:
        result = ask(client, time_)
    assert result.route is Route.DEGRADED
    assert gateway.posts == 1


def test_a_stale_key_id_refetches_the_key_once_and_resends(
    gateway: FakeGateway, time_: FakeTime
) -> None:
    with make_client(gateway, time_) as client:
        assert ask(client, time_).route is Route.CLOUD
        assert (gateway.gets, gateway.posts) == (1, 1)
        gateway.rotate(2)  # the client's cached key id 1 is now unknown
        result = ask(client, time_)
    assert result.route is Route.CLOUD and result.label == 0
    assert (gateway.gets, gateway.posts) == (2, 3)
    assert time_.sleeps == []  # a refetch, not a backoff


# -- breaker -------------------------------------------------------------------------------


def test_breaker_opens_fails_fast_without_http_then_half_open_probe_closes_it(
    gateway: FakeGateway, time_: FakeTime
) -> None:
    config = BreakerConfig(
        window_size=4, minimum_calls=4, failure_rate_threshold=0.5, wait_duration_s=10.0,
        half_open_permits=1,
    )  # fmt: skip
    with make_client(gateway, time_, breaker=config, retry=RetryPolicy(attempts=1)) as client:
        assert client.cloud is not None
        trace: list[BreakerTransition] = []
        client.cloud._core.routes[0].breaker.add_listener(trace.append)  # type: ignore[union-attr]
        gateway.script = [respond(problem(500))] * 4
        for _ in range(4):
            assert ask(client, time_).route is Route.DEGRADED
        assert gateway.posts == 4
        assert [(t.from_state, t.to_state, t.reason) for t in trace] == [
            (CircuitState.CLOSED, CircuitState.OPEN, "failure_rate")
        ]
        # Open: the router sees it and no HTTP call is made at all.
        for _ in range(5):
            result = ask(client, time_)
            assert result.route is Route.DEGRADED
            assert "breaker_open" in codes(result)
        assert gateway.posts == 4
        time_.now += 10.0  # wait_duration_s: the next call is the half-open probe
        result = ask(client, time_)
        assert result.route is Route.CLOUD
        assert gateway.posts == 5
    assert [(t.to_state, t.reason) for t in trace] == [
        (CircuitState.OPEN, "failure_rate"),
        (CircuitState.HALF_OPEN, "wait_elapsed"),
        (CircuitState.CLOSED, "probes_passed"),
    ]


def test_a_failed_half_open_probe_opens_the_breaker_again(
    gateway: FakeGateway, time_: FakeTime
) -> None:
    config = BreakerConfig(window_size=2, minimum_calls=2, wait_duration_s=5.0, half_open_permits=1)
    with make_client(gateway, time_, breaker=config, retry=RetryPolicy(attempts=1)) as client:
        assert client.cloud is not None
        gateway.script = [respond(problem(500))] * 3
        ask(client, time_)
        ask(client, time_)
        assert client.cloud.breaker_snapshots()[0].state is CircuitState.OPEN
        time_.now += 5.0
        assert ask(client, time_).route is Route.DEGRADED  # the probe fails
        assert gateway.posts == 3
        assert client.cloud.breaker_snapshots()[0].state is CircuitState.OPEN
        assert ask(client, time_).route is Route.DEGRADED
        assert gateway.posts == 3  # open again: no call


# -- offline -------------------------------------------------------------------------------


def test_offline_makes_no_cloud_attempts_beyond_rate_limited_probes(
    gateway: FakeGateway, time_: FakeTime
) -> None:
    with make_client(gateway, time_, retry=RetryPolicy(attempts=2, base_s=0.01)) as client:
        assert ask(client, time_).route is Route.CLOUD  # key fetched, online
        gateway.down = True
        for _ in range(3):  # failures_to_offline = 3 consecutive connection failures
            assert ask(client, time_).route is Route.DEGRADED
        assert not client.connectivity.online
        posts, gets = gateway.posts, gateway.gets
        assert posts == 1 + 3 * 2
        for _ in range(20):  # no time passes: no probe, no attempt
            result = ask(client, time_)
            assert result.route is Route.DEGRADED and "network_offline" in codes(result)
        assert (gateway.posts, gateway.gets) == (posts, gets)
        time_.now += client.connectivity.probe_interval_s
        for _ in range(5):  # one probe per interval, and it fails
            ask(client, time_)
        assert (gateway.posts, gateway.gets) == (posts, gets + 1)
        gateway.down = False
        time_.now += client.connectivity.probe_interval_s
        result = ask(client, time_)  # the probe succeeds: back online, the cloud answers
        assert client.connectivity.online
        assert result.route is Route.CLOUD
        assert (gateway.posts, gateway.gets) == (posts + 1, gets + 2)


def test_breaker_refusals_do_not_count_as_network_failures(
    gateway: FakeGateway, time_: FakeTime
) -> None:
    from hybridsdk import CircuitOpenError, DeadlineExceededError

    for error in (CircuitOpenError("open"), DeadlineExceededError("late")):
        with make_client(gateway, time_) as client:
            client.connectivity.record_failure(error)
            client.connectivity.record_failure(error)
            client.connectivity.record_failure(error)
            assert client.connectivity.online
            assert client.connectivity.snapshot().consecutive_failures == 0


# -- defer ---------------------------------------------------------------------------------


def test_a_deferrable_request_is_deferred_then_delivered_with_the_same_key(
    gateway: FakeGateway, time_: FakeTime, tmp_path: Path
) -> None:
    gateway.script = [respond(problem(503))] * 3
    with make_client(
        gateway, time_, chain=("defer", "local"), outbox=tmp_path / "outbox.db"
    ) as client:
        deferred = ask(client, time_, deferrable=True)
        interactive = ask(client, time_)  # the script is spent: served normally
        assert deferred.route is Route.DEFERRED and deferred.degraded_step == "defer"
        assert interactive.route is Route.CLOUD
        key = deferred.idempotency_key
        assert key is not None
        report = client.drain_outbox()
        answer = client.deferred_result(key)
        assert answer is not None, report
        assert answer.route is Route.CLOUD and answer.label == 0
        assert answer.idempotency_key == key
    # The three refused attempts never ran; the delivery carried the request's own key.
    assert gateway.inner_keys.count(key) == 1


def test_a_non_deferrable_request_with_only_defer_left_is_a_typed_error(
    gateway: FakeGateway, time_: FakeTime, tmp_path: Path
) -> None:
    from hybridsdk import RoutingError

    gateway.script = [respond(problem(503))] * 3
    with (
        make_client(gateway, time_, chain=("defer",), outbox=tmp_path / "o.db") as client,
        pytest.raises(RoutingError, match="cloud_failed"),
    ):
        ask(client, time_)


def test_cascade_escalation_answered_by_the_cloud_after_a_retry(
    gateway: FakeGateway, time_: FakeTime
) -> None:
    gateway.script = [httpx.ReadError("reset by peer")]
    with make_client(gateway, time_, mode=Mode.PREFER_LOCAL) as client:
        result = ask(client, time_)
    assert result.route is Route.CASCADE
    assert "escalated" in codes(result)
    assert gateway.posts == 2
