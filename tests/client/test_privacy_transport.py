"""Property: through the whole client, no generated PII value reaches the cloud transport.

The client runs in plain Open Inference Protocol mode here, so the bytes httpx is handed
are exactly the plaintext that would leave the device (in OHTTP mode they are encrypted
on top of this). Every request goes to the cloud (CLOUD_ONLY), and every detected kind
raises the label to confidential, which leaves only scrubbed.
"""

from __future__ import annotations

import json

import httpx
from hypothesis import given

from hybridsdk import Client, CloudEndpoint, Mode, Policy, PrivacyLabel, PrivacyPolicy, Route, Task
from hybridsdk.cloud import CloudClient
from hybridsdk.routing._privacy import PrivacyAction
from tests._pii_strategies import SETTINGS, _forms, _policy, texts_with_pii

_SENT: list[bytes] = []


def _gateway(request: httpx.Request) -> httpx.Response:
    _SENT.append(request.url.path.encode() + b"\n" + request.content)
    body = {
        "model_name": "intent-cloud-fp32",
        "outputs": [
            {"name": "probabilities", "shape": [1, 2], "datatype": "FP32", "data": [0.9, 0.1]}
        ],
    }
    return httpx.Response(200, json=body)


def _client(action: PrivacyAction) -> Client:
    return Client(
        tasks=[Task("intent", cloud_model="intent-cloud-fp32")],
        policy=Policy(mode=Mode.CLOUD_ONLY),
        privacy=_policy(action),
        cloud=CloudClient(
            CloudEndpoint(url="http://127.0.0.1:9", mode="plain"),
            transport=httpx.MockTransport(_gateway),
            breaker=None,
        ),
        device=False,
        cache=False,
    )


CLIENTS = {action: _client(action) for action in (PrivacyAction.REDACT, PrivacyAction.PSEUDONYMISE)}


def _check(action: PrivacyAction, sample: tuple[str, list[str]]) -> None:
    text, values = sample
    _SENT.clear()
    result = CLIENTS[action].infer(text=text, privacy=PrivacyLabel.INTERNAL)
    assert result.route is Route.CLOUD
    assert len(_SENT) == 1
    wire = _SENT[0]
    for value in values:
        for form in _forms(value):
            assert form not in wire, f"a {len(value)}-char PII value reached the transport"
    # What did leave is well-formed OIP with the scrubbed text in it.
    body = json.loads(wire.split(b"\n", 1)[1])
    assert body["inputs"][0]["datatype"] == "BYTES"


@SETTINGS
@given(texts_with_pii())
def test_redacted_requests_carry_no_pii(sample: tuple[str, list[str]]) -> None:
    _check(PrivacyAction.REDACT, sample)


@SETTINGS
@given(texts_with_pii())
def test_pseudonymised_requests_carry_no_pii(sample: tuple[str, list[str]]) -> None:
    _check(PrivacyAction.PSEUDONYMISE, sample)


def test_the_transport_check_can_fail() -> None:
    # A policy that raises no label and sends public text as is lets the value through,
    # and the check sees it there.
    client = Client(
        tasks=[Task("intent", cloud_model="intent-cloud-fp32")],
        policy=Policy(mode=Mode.CLOUD_ONLY),
        privacy=PrivacyPolicy(label_raises={}),
        cloud=CloudClient(
            CloudEndpoint(url="http://127.0.0.1:9", mode="plain"),
            transport=httpx.MockTransport(_gateway),
            breaker=None,
        ),
        device=False,
    )
    _SENT.clear()
    client.infer(text="write to jane.doe@example.com", privacy=PrivacyLabel.PUBLIC)
    assert b"jane.doe@example.com" in _SENT[0]
