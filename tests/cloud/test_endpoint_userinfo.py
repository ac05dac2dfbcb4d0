"""A gateway URL with credentials in it (``https://user:secret@host``, which httpx sends as
Basic auth) must not put the secret where the endpoint's name goes: results' reasons and
model, log lines, the outbox's stored errors. The name defaulted to the whole URL.

Real parts: a gateway process on 127.0.0.1 in front of a scripted upstream; the fault
proxy makes one call fail so the failure paths (reasons, logs, outbox) are exercised."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytest.importorskip("starlette")

from hybridsdk import Client
from hybridsdk._types import Route
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._retry import RetryPolicy
from hybridsdk.gateway._launch import LaunchedGateway, launch_gateway
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.testing import FaultPlan, FaultProxy
from tests.generate._scripted_upstream import ScriptedUpstream, events

pytestmark = pytest.mark.slow
SECRET = "s3cret-token-42"
MESSAGES = [{"role": "user", "content": "Name a colour."}]


def test_the_default_name_leaves_the_credentials_out() -> None:
    endpoint = CloudEndpoint(f"https://relay-user:{SECRET}@gw.example.com:8443/base")
    assert endpoint.name == "https://gw.example.com:8443/base"
    assert SECRET in endpoint.url  # still used to connect
    named = CloudEndpoint(f"https://u:{SECRET}@gw.example.com", name="primary")
    assert named.name == "primary"


@pytest.fixture(scope="module")
def gateway() -> Iterator[LaunchedGateway]:
    with (
        ScriptedUpstream(events(["Blue."])) as upstream,
        launch_gateway(extra_args=["--llm-upstream", upstream.url, "--no-access-log"]) as gw,
    ):
        yield gw


def test_no_secret_in_reasons_logs_or_the_outbox(
    gateway: LaunchedGateway, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    keys = httpx.get(gateway.url + "/.well-known/ohttp-gateway", timeout=10).content
    caplog.set_level(logging.DEBUG, logger="hybridsdk")
    with FaultProxy(("127.0.0.1", gateway.port), seed=1) as proxy:
        host = proxy.url.split("://", 1)[1]
        endpoint = CloudEndpoint(f"http://relay-user:{SECRET}@{host}", key_config=keys)
        with Client(
            cloud=endpoint,
            policy=Policy(mode=Mode.CLOUD_ONLY),
            retry=RetryPolicy(attempts=1),
            breaker=None,
            device=False,
            outbox=tmp_path / "outbox.sqlite3",
            drain_interval_s=3600,
        ) as client:
            client._drainer.stop()  # type: ignore[union-attr]
            answered = client.generate(messages=MESSAGES, max_tokens=4)
            assert answered.route is Route.CLOUD and answered.text == "Blue."
            proxy.set_faults(FaultPlan(probabilities={"http_503": 1.0}))
            deferred = client.generate(messages=MESSAGES, max_tokens=4, deferrable=True)
            assert deferred.route is Route.DEFERRED
            report = client.drain_outbox()  # fails again: the error is stored and logged
            assert report.stopped_by
            stored = client.outbox.get(deferred.idempotency_key)  # type: ignore[union-attr]
    seen = [
        str(answered.model),
        *(r.message for r in answered.reasons),
        *(r.message for r in deferred.reasons),
        str(report.stopped_by),
        str(stored.last_error),  # type: ignore[union-attr]
        caplog.text,
    ]
    assert any(r.code == "endpoint_failed" for r in deferred.reasons)
    assert [s for s in seen if SECRET in s] == []


def test_the_repr_shows_no_credentials_nor_header_values() -> None:
    # The repr reaches error messages ("no OHTTP endpoint CloudEndpoint(...) in this
    # client") and tracebacks; it showed the URL's password and every header's value.
    endpoint = CloudEndpoint(
        f"https://relay-user:{SECRET}@gw.example.com",
        headers={"authorization": f"Bearer {SECRET}"},
        relay_url=None,
        key_pin_sha256="ab" * 32,
    )
    text = repr(endpoint)
    assert SECRET not in text
    assert "gw.example.com" in text and "authorization" in text
