"""The SDK client against a replay window narrowed by a flood (issue 9.3): it retries with
a freshly encapsulated, freshly dated request after Retry-After and gets its answer; it
never blames its own clock. The gateway side is the real `ReplayGuard` on the client's
fake clock, behind an `httpx.MockTransport` (an exact fault sequence)."""

from __future__ import annotations

import os
from collections.abc import Callable

import httpx
import numpy as np
import pytest

from hybridsdk import ClockSkewError, ReplayWindowNarrowedError
from hybridsdk.cloud._client import CloudClient
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._retry import RetryPolicy
from hybridsdk.gateway._problems import InnerResponse, Problem
from hybridsdk.gateway._replay import ReplayGuard, http_date
from hybridsdk.wire._bhttp import BinaryResponse, decode_request
from hybridsdk.wire._keyconfig import generate_key_config
from hybridsdk.wire._ohttp import HEADER_LENGTH, decapsulate_request, gateway_keys
from hybridsdk.wire._oip import encode_infer_response

T0 = 1_700_000_000.0


class Gateway:
    """Decapsulates, runs the inner Date through a real ReplayGuard, answers inside OHTTP."""

    def __init__(self, now: list[float], max_entries: int) -> None:
        self.config, private = generate_key_config(1)
        self.keys = gateway_keys((self.config, private))
        self.guard = ReplayGuard(
            window_s=60, max_entries=max_entries, require_date=True, clock=lambda: now[0]
        )
        self.dates: list[str] = []
        self.encs: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        plain, context = decapsulate_request(self.keys, request.content)
        inner = decode_request(plain)
        date = dict(inner.headers)[b"date"].decode()
        enc = request.content[HEADER_LENGTH : HEADER_LENGTH + 32]
        self.dates.append(date)
        self.encs.append(enc)
        try:
            self.guard.check(enc, date)
        except Problem as problem:
            answer = problem.response()
        else:
            body = encode_infer_response({"y": np.ones((1, 3), np.float32)}, model_name="m")
            answer = InnerResponse(200, [("content-type", "application/json")], body)
        fields = [(k.encode(), v.encode()) for k, v in answer.headers]
        encoded = BinaryResponse(answer.status, fields, answer.body).encode()
        return httpx.Response(
            200,
            headers={"content-type": "message/ohttp-res"},
            content=context.encapsulate_response(encoded),
        )


def _client(
    gateway: Gateway,
    now: list[float],
    slept: list[float],
    *,
    before: Callable[[], None] = lambda: None,
    retry: RetryPolicy | None = None,
) -> CloudClient:
    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    def handler(request: httpx.Request) -> httpx.Response:
        before()
        return gateway(request)

    return CloudClient(
        CloudEndpoint("https://gw.example", key_config=gateway.config.encode()),
        transport=httpx.MockTransport(handler),
        retry=retry,
        sleep=sleep,
        clock=lambda: now[0],
        wall_clock=lambda: now[0],
        rng=lambda: 0.5,
    )


def _flood_this_second(gateway: Gateway, now: list[float], count: int) -> None:
    for _ in range(count):
        gateway.guard.check(os.urandom(32), http_date(now[0]))


def test_a_narrowed_window_is_retried_fresh_after_retry_after() -> None:
    now = [T0 + 0.1]
    gateway = Gateway(now, max_entries=4)
    _flood_this_second(gateway, now, 4)  # a flood filled the whole table this second
    slept: list[float] = []
    with _client(gateway, now, slept) as client:
        answer = client.infer("m", {"x": np.ones((1, 3), np.float32)}, deadline_s=10)
    assert answer.outputs["y"].tolist() == [[1.0, 1.0, 1.0]]
    assert answer.attempts == 2
    assert slept and slept[0] >= 1.0  # Retry-After honoured
    assert gateway.encs[0] != gateway.encs[1]  # encapsulated afresh
    assert gateway.dates[0] != gateway.dates[1]  # and dated afresh


def test_retries_that_run_out_raise_the_narrowed_error_not_clock_skew() -> None:
    now = [T0 + 0.1]
    gateway = Gateway(now, max_entries=4)
    slept: list[float] = []

    client = _client(
        gateway,
        now,
        slept,
        before=lambda: _flood_this_second(gateway, now, 4),  # the attacker wins every second
        retry=RetryPolicy(attempts=3),
    )
    with client, pytest.raises(ReplayWindowNarrowedError) as caught:
        client.infer("m", {"x": np.ones((1, 3), np.float32)}, deadline_s=30)
    assert not isinstance(caught.value, ClockSkewError)
    assert caught.value.status == 503
    assert len(gateway.dates) == 3
