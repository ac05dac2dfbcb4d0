"""A cloud stream cut short (the upstream died: the gateway sends no final chunk, by design)
is a transport failure the device continues, not a security event; a chunk that fails to
decrypt is one. Before, the cut stream was recorded as ``decryption_failed``, logged at
WARNING on ``hybridsdk.security`` and turned `Client.health()["security"]["ok"]` False."""

from __future__ import annotations

from tests.generate._gateway_stub import RawGateway, cloud_client, text_event

MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]


def test_a_cut_stream_is_not_a_security_event(generator) -> None:  # type: ignore[no-untyped-def]
    gateway = RawGateway([text_event("The capital"), text_event(" of")], complete=False)
    with cloud_client(generator, gateway) as client:
        result = client.generate(messages=MESSAGES, max_tokens=6)
        assert result.failover == "cloud_stream_broken"
        assert client.health()["security"]["ok"] is True


def test_a_tampered_chunk_is_a_security_event(generator) -> None:  # type: ignore[no-untyped-def]
    events = [text_event("The capital"), text_event(" of")]
    gateway = RawGateway(events, complete=True, tamper=1)
    with cloud_client(generator, gateway) as client:
        result = client.generate(messages=MESSAGES, max_tokens=6)
        assert result.failover == "cloud_stream_broken"
        security = client.health()["security"]
    assert security["ok"] is False and security["counts"] == {"decryption_failed": 1}
