"""Spare ephemeral keys: made while a request waits for its answer, each used exactly once."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from typing import Any

import httpx
import numpy as np
import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from hybridsdk.cloud import _hpke
from hybridsdk.cloud._client import AsyncCloudClient, CloudClient
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._keyconfig import KeyConfig, encode_key_configs, generate_key_config
from hybridsdk.cloud._ohttp import (
    HEADER_LENGTH,
    decapsulate_request,
    encapsulate_request,
    gateway_keys,
    prefetch_ephemeral_key,
    set_hpke_backend,
)
from hybridsdk.cloud._retry import RetryPolicy

X = np.arange(64, dtype=np.float32).reshape(1, 64) / 64.0


def _raw(key: X25519PrivateKey) -> bytes:
    return key.private_bytes_raw()


def _public(key: X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes_raw()


@pytest.fixture(autouse=True)
def empty_store() -> Iterator[None]:
    _hpke.ephemeral_keys.clear()
    yield
    _hpke.ephemeral_keys.clear()
    set_hpke_backend("fast")


@pytest.fixture(scope="module")
def config() -> tuple[KeyConfig, bytes]:
    return generate_key_config(3)


def test_each_key_is_handed_out_once() -> None:
    store = _hpke.EphemeralKeys(spare=2)
    for _ in range(3):
        store.prefetch()
    assert len(store) == 2  # never more than `spare`
    spares = list(store._ready)
    taken = [store.take() for _ in range(4)]  # the two spares, in order, then fresh keys
    assert [_raw(k) for k in taken[:2]] == [_raw(k) for k in spares]
    assert len({_raw(k) for k in taken}) == 4
    assert len(store) == 0


def test_encapsulation_uses_the_spare_once(config: tuple[KeyConfig, bytes]) -> None:
    key_config, private_key = config
    prefetch_ephemeral_key()
    spare = _public(_hpke.ephemeral_keys._ready[0])
    first, _ = encapsulate_request(key_config, b"one")
    second, _ = encapsulate_request(key_config, b"two")
    enc = slice(HEADER_LENGTH, HEADER_LENGTH + 32)
    assert first[enc] == spare
    assert second[enc] != spare  # the store was empty: a fresh key, never the spare again
    keys = gateway_keys((key_config, private_key))
    assert decapsulate_request(keys, first)[0] == b"one"
    assert decapsulate_request(keys, second)[0] == b"two"


def test_a_known_answer_key_leaves_the_spares_alone(config: tuple[KeyConfig, bytes]) -> None:
    prefetch_ephemeral_key()
    fixed = X25519PrivateKey.generate()
    enc_request, _ = encapsulate_request(
        config[0], b"x", ephemeral_private_key=fixed.private_bytes_raw()
    )
    assert enc_request[HEADER_LENGTH : HEADER_LENGTH + 32] == _public(fixed)
    assert len(_hpke.ephemeral_keys) == 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_starts_without_the_parents_spares() -> None:
    prefetch_ephemeral_key()
    assert len(_hpke.ephemeral_keys) == 1
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report how many spares it inherited, then leave at once
        os.write(write_end, str(len(_hpke.ephemeral_keys)).encode())
        os._exit(0)
    os.close(write_end)
    inherited = os.read(read_end, 16)
    os.close(read_end)
    os.waitpid(pid, 0)
    assert inherited == b"0"
    assert len(_hpke.ephemeral_keys) == 1  # the parent keeps its own


def test_the_pyhpke_backend_prefetches_nothing() -> None:
    set_hpke_backend("pyhpke")
    prefetch_ephemeral_key()
    assert len(_hpke.ephemeral_keys) == 0


class _Gateway:
    """A MockTransport handler that records what reached it and answers with real OHTTP."""

    def __init__(self, config: tuple[KeyConfig, bytes]) -> None:
        self.config = config[0]
        self.keys = gateway_keys(config)
        self.posts: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        from hybridsdk.cloud._bhttp import BinaryResponse, decode_request
        from hybridsdk.cloud._oip import decode_infer_request, encode_infer_response

        if request.method == "GET":
            return httpx.Response(
                200,
                headers={"content-type": "application/ohttp-keys"},
                content=encode_key_configs([self.config]),
            )
        self.posts.append(request)
        plain, ctx = decapsulate_request(self.keys, request.content)
        x = decode_infer_request(decode_request(plain).content).tensors["input"]
        inner = BinaryResponse(
            200,
            [(b"content-type", b"application/json")],
            encode_infer_response({"y": x}, model_name="m"),
        )
        return httpx.Response(
            200,
            headers={"content-type": "message/ohttp-res"},
            content=ctx.encapsulate_response(inner.encode()),
        )


def _sync_client(gateway: _Gateway) -> CloudClient:
    return CloudClient(
        CloudEndpoint("https://gw.test"),
        transport=httpx.MockTransport(gateway),
        retry=RetryPolicy(attempts=1),
    )


def test_the_request_stays_unchunked_and_the_next_one_uses_the_prefetched_key(
    config: tuple[KeyConfig, bytes],
) -> None:
    gateway = _Gateway(config)
    with _sync_client(gateway) as client:
        client.infer("m", {"input": X})
        assert len(_hpke.ephemeral_keys) == 1  # made while waiting for the answer
        spare = _public(_hpke.ephemeral_keys._ready[0])
        client.infer("m", {"input": X})
    first, second = gateway.posts
    for post in gateway.posts:
        assert post.headers["content-length"] == str(len(post.content))
        assert "transfer-encoding" not in post.headers
    assert second.content[HEADER_LENGTH : HEADER_LENGTH + 32] == spare
    assert first.content[HEADER_LENGTH : HEADER_LENGTH + 32] != spare


def test_a_failing_prefetch_does_not_fail_the_request(
    config: tuple[KeyConfig, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> None:
        raise RuntimeError("no entropy today")

    monkeypatch.setattr(_hpke.ephemeral_keys, "prefetch", broken)
    with _sync_client(_Gateway(config)) as client:
        answer = client.infer("m", {"input": X})
    np.testing.assert_allclose(answer.outputs["y"], X)


def test_the_async_client_prefetches_too(config: tuple[KeyConfig, bytes]) -> None:
    gateway = _Gateway(config)

    async def main() -> Any:
        async with AsyncCloudClient(
            CloudEndpoint("https://gw.test"),
            transport=httpx.MockTransport(gateway),
            retry=RetryPolicy(attempts=1),
        ) as client:
            await client.infer("m", {"input": X})
            spare = _public(_hpke.ephemeral_keys._ready[0])
            await client.infer("m", {"input": X})
            return spare

    spare = asyncio.run(main())
    assert gateway.posts[1].content[HEADER_LENGTH : HEADER_LENGTH + 32] == spare


def test_plain_mode_prefetches_nothing(config: tuple[KeyConfig, bytes]) -> None:
    from hybridsdk.cloud._oip import encode_infer_response

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            headers={"content-type": "application/json"},
            content=encode_infer_response({"y": X}, model_name="m"),
        )

    with CloudClient(
        CloudEndpoint("https://gw.test", mode="plain"), transport=httpx.MockTransport(server)
    ) as client:
        client.infer("m", {"input": X})
    assert len(_hpke.ephemeral_keys) == 0
