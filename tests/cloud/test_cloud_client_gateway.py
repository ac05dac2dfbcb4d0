"""CloudClient / AsyncCloudClient against the REAL reference gateway process on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("onnxruntime")

from hybridsdk._exceptions import GatewayError, KeyPinMismatchError
from hybridsdk.cloud._client import AsyncCloudClient, CloudClient
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._retry import RetryPolicy
from hybridsdk.wire._keyconfig import generate_key_config

MODEL = "digits-svc-fp32"
# A handwritten "0" from sklearn's digits (raw pixels 0..16), so the answer is known.
ZERO = np.array(
    [[0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0,
      0, 4, 12, 0, 0, 8, 8, 0, 0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0,
      0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6, 13, 10, 0, 0, 0]],
    dtype=np.float32,
)  # fmt: skip


@pytest.fixture(scope="module")
def gateway_url(gateway_process: Any) -> Iterator[str]:
    # The shared fixture (tests/conftest.py): a real `hybridsdk gateway` process.
    yield gateway_process.url.rstrip("/")


def _label(outputs: dict[str, np.ndarray]) -> int:
    probabilities = next(v for k, v in outputs.items() if v.dtype.kind == "f")
    return int(np.argmax(probabilities.reshape(-1)[:10]))


def test_ohttp_and_plain_agree_on_the_real_gateway(gateway_url: str) -> None:
    with (
        CloudClient(CloudEndpoint(gateway_url)) as ohttp,
        CloudClient(CloudEndpoint(gateway_url, mode="plain")) as plain,
    ):
        encrypted = ohttp.infer(MODEL, {"pixels": ZERO}, deadline_s=10.0)
        clear = plain.infer(MODEL, {"pixels": ZERO}, deadline_s=10.0)
    assert encrypted.encrypted and not clear.encrypted
    assert encrypted.attempts == 1
    assert encrypted.outputs.keys() == clear.outputs.keys()
    for name in clear.outputs:
        np.testing.assert_allclose(encrypted.outputs[name], clear.outputs[name], rtol=1e-6)
    assert _label(encrypted.outputs) == 0


def test_pinning_against_the_real_gateway(gateway_url: str) -> None:
    with CloudClient(CloudEndpoint(gateway_url)) as client:
        configs = client.fetch_key_configs()
    pin = configs[0].fingerprint
    with CloudClient(CloudEndpoint(gateway_url, key_pin_sha256=pin)) as pinned:
        assert _label(pinned.infer(MODEL, {"pixels": ZERO}).outputs) == 0
    with CloudClient(CloudEndpoint(gateway_url, key_config=configs[0].encode())) as pinned:
        assert _label(pinned.infer(MODEL, {"pixels": ZERO}).outputs) == 0
    wrong = generate_key_config(configs[0].key_id)[0].fingerprint
    with (
        CloudClient(CloudEndpoint(gateway_url, key_pin_sha256=wrong)) as client,
        pytest.raises(KeyPinMismatchError),
    ):
        client.infer(MODEL, {"pixels": ZERO})


def test_stale_pinned_key_id_is_refused_by_the_real_gateway(gateway_url: str) -> None:
    # A config the gateway never had: it answers 400 ohttp-key, the client refetches once
    # and finds the pin no longer matches what the gateway publishes.
    stale = generate_key_config(200)[0]
    endpoint = CloudEndpoint(gateway_url, key_config=stale.encode())
    with CloudClient(endpoint) as client, pytest.raises(KeyPinMismatchError):
        client.infer(MODEL, {"pixels": ZERO})


def test_unknown_model_is_an_inner_gateway_error(gateway_url: str) -> None:
    client = CloudClient(CloudEndpoint(gateway_url), retry=RetryPolicy(attempts=1))
    with client, pytest.raises(GatewayError) as info:
        client.infer("no-such-model", {"pixels": ZERO})
    assert info.value.status == 404
    assert "inside OHTTP" in str(info.value)


def test_async_client_concurrent_requests(gateway_url: str) -> None:
    async def main() -> list[int]:
        async with AsyncCloudClient(CloudEndpoint(gateway_url), max_connections=8) as client:
            answers = await asyncio.gather(
                *(client.infer(MODEL, {"pixels": ZERO}, deadline_s=10.0) for _ in range(16))
            )
        return [_label(a.outputs) for a in answers]

    assert asyncio.run(main()) == [0] * 16


def test_a_clock_an_hour_off_is_corrected_from_the_gateways_date(gateway_url: str) -> None:
    import time

    # A Raspberry Pi has no hardware clock: until NTP runs it can be hours off, and the
    # gateway refuses its Dates (RFC 9458 section 6.5) with its own time inside.
    with CloudClient(CloudEndpoint(gateway_url), wall_clock=lambda: time.time() - 3600) as client:
        answer = client.infer(MODEL, {"pixels": ZERO}, deadline_s=10.0)
        assert _label(answer.outputs) == 0
        again = client.infer(MODEL, {"pixels": ZERO}, deadline_s=10.0)  # offset remembered
        assert again.attempts == 1


def test_a_clock_the_gateway_keeps_refusing_is_a_typed_error(gateway_url: str) -> None:
    from hybridsdk import ClockSkewError

    drift = iter(range(0, 10**6, 7200))  # jumps two hours per reading: no fix can hold
    with (
        CloudClient(CloudEndpoint(gateway_url), wall_clock=lambda: 1e9 + next(drift)) as client,
        pytest.raises(ClockSkewError, match="clock"),
    ):
        client.infer(MODEL, {"pixels": ZERO}, deadline_s=10.0)
