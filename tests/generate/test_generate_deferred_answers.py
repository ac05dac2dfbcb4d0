"""A deferred generation's answer is finished as a direct one is (`_deferred_answers`).

- Cut at the request's stop sequences: `deferred_generation(key)` and `on_deferred_result`
  returned the upstream's whole text past the stop (an upstream may ignore ``stop``, and a
  stop with personal data in it is never sent at all), where the same request answered
  directly ends before it.
- Named by the model that answered, as a direct answer is (`model` was None).
- One the cloud refused for good (a 4xx) says so: `deferred_generation(key)` returned
  None, as for one still waiting, so a caller polled for ever.
- One whose cloud call hit its deadline while no device may answer is deferred, as `infer`
  defers it; it raised `DeadlineExceededError` although the caller allowed waiting.
- Recorded in telemetry when the drain delivers it (a cloud call, charged): it was
  recorded nowhere, so deferred spend was invisible in the metrics.
- A redacted request is not reported as pseudonymised: after a restart its answer said
  ``pseudonyms_not_restored`` although nothing could be restored, ever.

Real parts: a gateway process on 127.0.0.1 in front of a scripted upstream that ignores
``stop`` (`_scripted_upstream`), the fault proxy between client and gateway to make the
first call fail (so the generation is deferred), and a real SQLite outbox."""

from __future__ import annotations

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
EMAIL = "jane.doe@example.com"
ANSWER = "Paris. END then words the caller asked not to see."


@pytest.fixture(scope="module")
def upstream() -> Iterator[ScriptedUpstream]:
    with ScriptedUpstream(events([ANSWER])) as server:
        yield server


@pytest.fixture(scope="module")
def gateway(upstream: ScriptedUpstream) -> Iterator[LaunchedGateway]:
    extra = ["--llm-upstream", upstream.url, "--llm-max-tokens", "32", "--no-access-log"]
    with launch_gateway(extra_args=extra) as gw:
        yield gw


@pytest.fixture
def proxy(gateway: LaunchedGateway) -> Iterator[FaultProxy]:
    with FaultProxy(("127.0.0.1", gateway.port), seed=1) as p:
        yield p


def _client(generator, gateway: LaunchedGateway, proxy: FaultProxy, outbox: Path, **kw) -> Client:  # type: ignore[no-untyped-def]
    keys = httpx.get(gateway.url + "/.well-known/ohttp-gateway", timeout=10).content
    client = Client(
        llm=generator,
        device=False,
        cloud=CloudEndpoint(proxy.url, key_config=keys, name="proxied"),
        policy=Policy(mode=Mode.CLOUD_ONLY),
        retry=RetryPolicy(attempts=1),
        breaker=None,
        outbox=outbox,
        drain_interval_s=3600,
        **kw,
    )
    client._drainer.stop()  # drained by the test  # type: ignore[union-attr]
    return client


def _deferred_then_delivered(client: Client, proxy: FaultProxy, **kw) -> str:  # type: ignore[no-untyped-def]
    proxy.set_faults(FaultPlan(probabilities={"http_503": 1.0}))
    deferred = client.generate(max_tokens=16, deferrable=True, **kw)
    assert deferred.route is Route.DEFERRED
    proxy.clear()
    assert client.drain_outbox().delivered == 1
    return deferred.idempotency_key  # type: ignore[return-value]


def test_a_deferred_answer_is_cut_where_the_direct_one_is(
    generator,  # type: ignore[no-untyped-def]
    gateway: LaunchedGateway,
    proxy: FaultProxy,
    upstream: ScriptedUpstream,
    tmp_path: Path,
) -> None:
    upstream.script, upstream.whole_text = events([ANSWER]), ANSWER
    messages = [{"role": "user", "content": "What is the capital of France?"}]
    delivered: list = []
    outbox = tmp_path / "outbox.sqlite3"
    with _client(generator, gateway, proxy, outbox, on_deferred_result=delivered.append) as client:
        direct = client.generate(messages=messages, max_tokens=16, stop=["END"])
        assert direct.text == "Paris. " and direct.finish_reason == "stop"
        key = _deferred_then_delivered(client, proxy, messages=messages, stop=["END"])
        later = client.deferred_generation(key)
    assert upstream.bodies[-1]["stop"] == ["END"]  # asked for, and ignored
    assert later.text == direct.text and later.finish_reason == "stop"
    assert [r.text for r in delivered] == [direct.text]
    # The model that answered, as a direct answer names it (it was None).
    assert later.model == direct.model == "scripted"
    # The stop travels in the stored request: a restarted process cuts it too.
    with _client(generator, gateway, proxy, outbox) as restarted:
        again = restarted.deferred_generation(key)
    assert again.text == direct.text and again.finish_reason == "stop"


def test_a_stop_with_personal_data_cuts_the_restored_answer(
    generator,  # type: ignore[no-untyped-def]
    gateway: LaunchedGateway,
    proxy: FaultProxy,
    upstream: ScriptedUpstream,
    tmp_path: Path,
) -> None:
    # The stop is the e-mail address: it never leaves the device (not sent, not stored),
    # and the answer the caller sees ends before the value put back in it.
    text = "I wrote to <EMAIL_1> and to nobody else."
    upstream.script, upstream.whole_text = events([text]), text
    messages = [{"role": "user", "content": f"Write to {EMAIL}."}]
    with _client(generator, gateway, proxy, tmp_path / "outbox.sqlite3") as client:
        direct = client.generate(messages=messages, max_tokens=16, stop=[EMAIL])
        key = _deferred_then_delivered(client, proxy, messages=messages, stop=[EMAIL])
        stored = client.outbox.get(key).payload  # type: ignore[union-attr]
        later = client.deferred_generation(key)
    assert direct.text == "I wrote to " and direct.finish_reason == "stop"
    assert "stop" not in upstream.bodies[-1] and EMAIL.encode() not in stored
    assert later.text == direct.text and later.finish_reason == "stop"


def test_a_redacted_request_read_after_a_restart_is_not_said_to_lack_pseudonyms(
    generator,  # type: ignore[no-untyped-def]
    gateway: LaunchedGateway,
    proxy: FaultProxy,
    upstream: ScriptedUpstream,
    tmp_path: Path,
) -> None:
    from hybridsdk.routing._privacy import PrivacyPolicy

    upstream.whole_text = "Done: I wrote to <EMAIL>."
    messages = [{"role": "user", "content": f"Write to {EMAIL}."}]
    outbox = tmp_path / "outbox.sqlite3"
    redact = PrivacyPolicy(confidential_action="redact")
    with _client(generator, gateway, proxy, outbox, privacy=redact) as client:
        key = _deferred_then_delivered(client, proxy, messages=messages)
        here = client.deferred_generation(key)
    assert "<EMAIL>" in upstream.bodies[-1]["messages"][0]["content"]
    with _client(generator, gateway, proxy, outbox, privacy=redact) as restarted:
        again = restarted.deferred_generation(key)
    assert here.text == again.text == upstream.whole_text
    assert "pseudonyms_not_restored" not in [r.code for r in again.reasons]


def test_a_full_outbox_lets_the_device_answer_as_infer_does(
    generator,  # type: ignore[no-untyped-def]
    gateway: LaunchedGateway,
    proxy: FaultProxy,
    upstream: ScriptedUpstream,
    tmp_path: Path,
) -> None:
    # infer records `defer_failed` and goes on down its chain when the outbox refuses a
    # record; generate raised the OutboxFullError at the caller instead of answering.
    from hybridsdk.outbox._store import Outbox

    messages = [{"role": "user", "content": "Name a colour."}]
    outbox = Outbox(tmp_path / "outbox.sqlite3", max_records=1)
    with _client(generator, gateway, proxy, outbox) as client:
        client.policy = Policy(mode=Mode.PREFER_CLOUD)
        proxy.set_faults(FaultPlan(probabilities={"http_503": 1.0}))
        first = client.generate(messages=messages, max_tokens=4, deferrable=True)
        second = client.generate(messages=messages, max_tokens=4, deferrable=True)
    assert first.route is Route.DEFERRED
    codes = [r.code for r in second.reasons]
    assert second.route is Route.DEGRADED and second.text and second.degraded_step == "local"
    assert "defer_failed" in codes and "degraded_local" in codes


def test_a_deferred_generation_refused_for_good_says_why(
    generator,  # type: ignore[no-untyped-def]
    gateway: LaunchedGateway,
    proxy: FaultProxy,
    tmp_path: Path,
) -> None:
    from hybridsdk._exceptions import UndeliverableRecordError

    messages = [{"role": "user", "content": "Name a colour."}]
    with _client(generator, gateway, proxy, tmp_path / "outbox.sqlite3") as client:
        proxy.set_faults(FaultPlan(probabilities={"http_503": 1.0}))
        key = client.generate(messages=messages, max_tokens=64, deferrable=True).idempotency_key
        proxy.clear()
        report = client.drain_outbox()  # the gateway caps max_tokens at 32: a 400
        assert report.failed == 1 and report.delivered == 0
        with pytest.raises(UndeliverableRecordError, match="max_tokens") as caught:
            client.deferred_generation(key)
    assert "will never be answered" in str(caught.value)


def test_a_deadline_with_no_device_allowed_defers_a_deferrable_generation(
    generator,  # type: ignore[no-untyped-def]
    gateway: LaunchedGateway,
    proxy: FaultProxy,
    tmp_path: Path,
) -> None:
    from hybridsdk._exceptions import DeadlineExceededError
    from hybridsdk.routing._policy import Effect, Verdict

    def device_too_slow(request, signals, score):  # type: ignore[no-untyped-def]
        # As DeadlineRule says when the device's latency estimate does not fit.
        return Verdict.of(Effect.LOCAL_UNAVAILABLE, "deadline_local_too_slow", "too slow")

    messages = [{"role": "user", "content": "Name a colour."}]
    with _client(generator, gateway, proxy, tmp_path / "outbox.sqlite3") as client:
        client.policy = Policy(mode=Mode.PREFER_CLOUD, rules=device_too_slow)
        proxy.set_faults(FaultPlan(probabilities={"hang": 1.0}))
        deferred = client.generate(
            messages=messages, max_tokens=4, deadline_ms=800, deferrable=True
        )
        codes = [r.code for r in deferred.reasons]
        assert deferred.route is Route.DEFERRED and "cloud_deadline" in codes
        # Not deferrable: the typed error, as before.
        with pytest.raises(DeadlineExceededError):
            client.generate(messages=messages, max_tokens=4, deadline_ms=800)


def test_a_delivered_deferred_generation_is_recorded_in_telemetry(
    generator,  # type: ignore[no-untyped-def]
    gateway: LaunchedGateway,
    proxy: FaultProxy,
    upstream: ScriptedUpstream,
    tmp_path: Path,
) -> None:
    pytest.importorskip("opentelemetry.sdk")
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader

    from hybridsdk.telemetry import GenAIRecorder

    reader = InMemoryMetricReader()
    recorder = GenAIRecorder(meter_provider=MeterProvider(metric_readers=[reader]))
    upstream.whole_text = "Blue."
    messages = [{"role": "user", "content": "Name a colour."}]
    outbox = tmp_path / "outbox.sqlite3"
    with _client(generator, gateway, proxy, outbox, telemetry=recorder) as client:
        _deferred_then_delivered(client, proxy, messages=messages)
    data = reader.get_metrics_data()
    points = [
        (m.name, dict(p.attributes), getattr(p, "sum", None))
        for rm in data.resource_metrics  # type: ignore[union-attr]
        for sm in rm.scope_metrics
        for m in sm.metrics
        for p in m.data.data_points
    ]
    durations = [a for n, a, _ in points if n == "gen_ai.client.operation.duration"]
    # The call that deferred it (route deferred), then its delivery (route cloud).
    assert sorted(a["hybridsdk.route"] for a in durations) == ["cloud", "deferred"]
    (delivery,) = [a for a in durations if a["hybridsdk.route"] == "cloud"]
    assert delivery["hybridsdk.degraded.step"] == "defer"
    assert delivery["gen_ai.request.model"] == "scripted"
    tokens = {
        a["gen_ai.token.type"]: total
        for n, a, total in points
        if n == "gen_ai.client.token.usage" and a["hybridsdk.route"] == "cloud"
    }
    assert tokens == {"input": 5, "output": 3}  # the upstream's usage
