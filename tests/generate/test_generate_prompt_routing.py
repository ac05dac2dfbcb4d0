"""`client.generate` routes on the shipped learned prompt scorer and escalates post hoc on
the named answer checks: the real device model (ONNX), a gateway stand-in on
httpx.MockTransport that speaks real chunked OHTTP (tests/generate/test_client_generate.py)."""

from __future__ import annotations

import httpx
import pytest

from hybridsdk import Client
from hybridsdk._exceptions import InputValidationError
from hybridsdk._types import Route
from hybridsdk.cloud._chat_transport import SyncChatIO
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.routing._policy import Mode, Policy
from tests.generate.test_client_generate import _BreakingGateway
from tests.routing.test_prompt_routing import CODE, KIOSK


def _client(generator, gateway: _BreakingGateway, **kw) -> Client:  # type: ignore[no-untyped-def]
    endpoint = CloudEndpoint("http://127.0.0.1:9", key_config=gateway.config.encode())
    client = Client(llm=generator, device=False, cloud=endpoint, cloud_cost=0.002, **kw)
    client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
    return client


def _codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.code for r in result.reasons]


def _ask(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


def test_a_code_prompt_goes_to_the_cloud_a_kiosk_question_stays(generator) -> None:  # type: ignore[no-untyped-def]
    gateway = _BreakingGateway(["def every_other_word(s):", " ..."], complete=True)
    with _client(generator, gateway) as client:
        assert client.policy.mode is Mode.PREFER_LOCAL  # the default with a cloud
        code = client.generate(messages=_ask(CODE), max_tokens=16)
        kiosk = client.generate(messages=_ask(KIOSK), max_tokens=8)
    assert code.route is Route.CLOUD and "prompt_scorer_cloud" in _codes(code)
    assert code.text == "def every_other_word(s): ..."
    assert kiosk.route is Route.LOCAL and "prompt_scorer_local" in _codes(kiosk)
    assert kiosk.cost == 0.0 and kiosk.text and len(gateway.seen) == 1


def test_target_cloud_share_is_the_scorers_share(generator) -> None:  # type: ignore[no-untyped-def]
    gateway = _BreakingGateway(["Ten."], complete=True)
    with _client(generator, gateway, target_cloud_share=0.99) as client:
        kiosk = client.generate(messages=_ask(KIOSK), max_tokens=8)
    assert kiosk.route is Route.CLOUD and "prompt_scorer_cloud" in _codes(kiosk)
    assert "99%" in next(r.message for r in kiosk.reasons if r.code == "prompt_scorer_cloud")


def test_a_cut_off_device_answer_escalates_when_asked(generator) -> None:  # type: ignore[no-untyped-def]
    gateway = _BreakingGateway(["It opens", " at ten."], complete=True)
    with _client(generator, gateway) as client:
        result = client.generate(messages=_ask(KIOSK), max_tokens=3, escalate_on=["cut_off"])
    assert result.route is Route.CASCADE and result.text == "It opens at ten."
    codes = _codes(result)
    assert "prompt_scorer_local" in codes and "post_hoc_escalation:cut_off" in codes
    # Both sides counted: 3 device tokens thrown away, the cloud's 2 (its usage).
    assert result.cloud_completion_tokens == 2 and result.device_completion_tokens == 3
    assert result.completion_tokens == 5 and result.prompt_tokens == 11
    assert result.cost == 0.002 and not result.usage_estimated
    # A whole answer with the request's idempotency key: the gateway runs it once.
    assert gateway.seen[0]["stream"] is False


def test_no_escalation_when_the_answer_passes_or_the_cloud_may_not_be_used(generator) -> None:  # type: ignore[no-untyped-def]
    gateway = _BreakingGateway(["never"], complete=True)
    with _client(generator, gateway) as client:
        whole = client.generate(messages=_ask(KIOSK), max_tokens=64, escalate_on=["cut_off"])
        assert whole.route is Route.LOCAL and whole.finish_reason == "stop"
        private = client.generate(
            messages=_ask(KIOSK), max_tokens=3, escalate_on=["cut_off"], privacy="restricted"
        )
        assert private.route is Route.LOCAL and private.finish_reason == "length"
        client.policy = Policy(mode=Mode.LOCAL_ONLY)
        local_only = client.generate(messages=_ask(KIOSK), max_tokens=3, escalate_on=["cut_off"])
        assert local_only.route is Route.LOCAL
        client.policy = Policy(mode=Mode.PREFER_LOCAL)
        default = client.generate(messages=_ask(KIOSK), max_tokens=3)  # opt-in: off
        assert default.route is Route.LOCAL and default.finish_reason == "length"
    assert gateway.seen == []


def test_a_failed_escalation_keeps_the_device_answer(generator) -> None:  # type: ignore[no-untyped-def]
    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    gateway = _BreakingGateway([], complete=False)
    with _client(generator, gateway) as client:
        client._chat_io = SyncChatIO(transport=httpx.MockTransport(unreachable))
        result = client.generate(messages=_ask(KIOSK), max_tokens=3, escalate_on="cut_off")
        expected = generator.generate(_ask(KIOSK), max_tokens=3)
    assert result.route is Route.LOCAL and result.text == expected.text
    assert "post_hoc_escalation_failed" in _codes(result) and result.cost == 0.0


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"escalate_on": ["cut_off"], "stream": True}, "cannot be taken back"),
        ({"escalate_on": ["too_short"]}, "unknown check"),
    ],
)
def test_bad_escalation_arguments(generator, kwargs, needle) -> None:  # type: ignore[no-untyped-def]
    gateway = _BreakingGateway([], complete=False)
    with _client(generator, gateway) as client, pytest.raises(InputValidationError, match=needle):
        client.generate(messages=_ask(KIOSK), **kwargs)


def test_the_async_client_routes_and_escalates_the_same_way(generator) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    from hybridsdk import AsyncClient
    from hybridsdk.cloud._chat_transport import AsyncChatIO

    gateway = _BreakingGateway(["It opens", " at ten."], complete=True)
    endpoint = CloudEndpoint("http://127.0.0.1:9", key_config=gateway.config.encode())

    async def main():  # type: ignore[no-untyped-def]
        async with AsyncClient(llm=generator, device=False, cloud=endpoint) as client:
            client._chat_io = AsyncChatIO(transport=httpx.MockTransport(gateway))
            code = await client.generate(messages=_ask(CODE), max_tokens=8)
            escalated = await client.generate(
                messages=_ask(KIOSK), max_tokens=3, escalate_on=["cut_off"]
            )
            return code, escalated

    code, escalated = asyncio.run(main())
    assert code.route is Route.CLOUD and "prompt_scorer_cloud" in _codes(code)
    assert escalated.route is Route.CASCADE and escalated.text == "It opens at ten."
    assert "post_hoc_escalation:cut_off" in _codes(escalated)
    assert escalated.device_completion_tokens == 3 and escalated.cloud_completion_tokens == 2


def test_an_escalation_sends_personal_data_pseudonymised(generator) -> None:  # type: ignore[no-untyped-def]
    gateway = _BreakingGateway(["I will write to ", "<EMAIL_1>", "."], complete=True)
    text = "When does the museum open? Tell jane.doe@example.com please."
    # A low cloud share keeps this kiosk question on the device first whatever the refitted
    # scorer makes of its e-mail address (the scorer counts the scanner's findings).
    with _client(generator, gateway, target_cloud_share=0.1) as client:
        result = client.generate(messages=_ask(text), max_tokens=3, escalate_on=["cut_off"])
    sent = gateway.seen[0]["messages"][0]["content"]
    assert result.route is Route.CASCADE and "jane.doe@example.com" not in sent
    assert result.text == "I will write to jane.doe@example.com."
