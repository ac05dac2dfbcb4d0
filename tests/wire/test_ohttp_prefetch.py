"""HPKE setups made while a request waits for its answer, each used for one request only."""

from __future__ import annotations

import asyncio
import copy
import ctypes
import ctypes.util
import json
import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import numpy as np
import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from hybridsdk.cloud._client import AsyncCloudClient, CloudClient
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._retry import OHTTP_KEY_PROBLEM_TYPE, RetryPolicy
from hybridsdk.wire import _hpke
from hybridsdk.wire._keyconfig import (
    AEAD_CHACHA20_POLY1305,
    KDF_HKDF_SHA256,
    KeyConfig,
    SymmetricSuite,
    UnknownKeyIdError,
    encode_key_configs,
    generate_key_config,
)
from hybridsdk.wire._ohttp import (
    HEADER_LENGTH,
    _client_key,
    decapsulate_request,
    discard_prepared_encapsulations,
    encapsulate_request,
    gateway_keys,
    prefetch_encapsulation,
    set_hpke_backend,
)

X = np.arange(64, dtype=np.float32).reshape(1, 64) / 64.0
_ENC = slice(HEADER_LENGTH, HEADER_LENGTH + 32)


def _spares(key_config: KeyConfig, suite: Any = None) -> _hpke.SpareSetups:
    chosen = key_config.select_suite(suite)
    return _client_key(key_config.key_id, key_config.kem_id, key_config.public_key, chosen).spares


def _next_enc(spares: _hpke.SpareSetups, index: int = 0) -> bytes:
    """The key share of a ready setup, without taking it."""
    return spares._ready[index].enc


@pytest.fixture(autouse=True)
def nothing_prepared() -> Iterator[None]:
    discard_prepared_encapsulations()
    yield
    discard_prepared_encapsulations()
    set_hpke_backend("fast")


@pytest.fixture(scope="module")
def config() -> tuple[KeyConfig, bytes]:
    return generate_key_config(3)


def test_each_setup_is_handed_out_once(config: tuple[KeyConfig, bytes]) -> None:
    spares = _hpke.SpareSetups(_spares(config[0])._make, spare=2)
    for _ in range(3):
        spares.prefetch()
    assert len(spares) == 2  # never more than `spare`
    ready = [_next_enc(spares, 0), _next_enc(spares, 1)]
    taken = [spares.take() for _ in range(4)]  # the two spares, in order, then fresh ones
    assert [t.enc for t in taken[:2]] == ready
    assert len({t.enc for t in taken}) == 4
    assert len({t.nonce for t in taken}) == 4
    assert len(spares) == 0


def test_encapsulation_uses_the_prepared_setup_once(config: tuple[KeyConfig, bytes]) -> None:
    key_config, private_key = config
    prefetch_encapsulation(key_config)
    ready = _next_enc(_spares(key_config))
    first, _ = encapsulate_request(key_config, b"one")
    second, _ = encapsulate_request(key_config, b"two")
    assert first[_ENC] == ready
    assert second[_ENC] != ready  # nothing was ready: a fresh setup, never the used one
    keys = gateway_keys((key_config, private_key))
    assert decapsulate_request(keys, first)[0] == b"one"
    assert decapsulate_request(keys, second)[0] == b"two"


def test_a_setup_serves_only_its_own_key_and_suite(config: tuple[KeyConfig, bytes]) -> None:
    other_config, other_private = generate_key_config(4)
    prefetch_encapsulation(config[0])
    ready = _next_enc(_spares(config[0]))
    to_other, _ = encapsulate_request(other_config, b"x")
    assert to_other[_ENC] != ready
    assert decapsulate_request(gateway_keys((other_config, other_private)), to_other)[0] == b"x"
    chacha = SymmetricSuite(KDF_HKDF_SHA256, AEAD_CHACHA20_POLY1305)
    other_suite, _ = encapsulate_request(config[0], b"y", suite=chacha)
    assert other_suite[_ENC] != ready
    assert decapsulate_request(gateway_keys(config), other_suite)[0] == b"y"
    assert len(_spares(config[0])) == 1  # still there for its own key and suite


def test_a_new_key_under_the_same_id_gets_its_own_setups(
    config: tuple[KeyConfig, bytes],
) -> None:
    # A gateway that regenerated its key may reuse the id: the public key must tell them apart.
    regenerated, private = generate_key_config(config[0].key_id)
    prefetch_encapsulation(config[0])
    ready = _next_enc(_spares(config[0]))
    request, _ = encapsulate_request(regenerated, b"x")
    assert request[_ENC] != ready
    assert decapsulate_request(gateway_keys((regenerated, private)), request)[0] == b"x"
    assert len(_spares(config[0])) == 1


def test_a_setup_cannot_be_copied_or_compared_by_value(config: tuple[KeyConfig, bytes]) -> None:
    setup = _spares(config[0]).take()
    with pytest.raises(TypeError):
        copy.copy(setup)
    with pytest.raises(TypeError):
        copy.deepcopy(setup)
    twin = _hpke.SenderSetup(setup.enc, setup.aead, setup.nonce, setup.exported, setup.pid)
    assert setup != twin  # identity only: no comparison over secret bytes


def test_a_known_answer_key_leaves_the_prepared_setups_alone(
    config: tuple[KeyConfig, bytes],
) -> None:
    prefetch_encapsulation(config[0])
    fixed = X25519PrivateKey.generate()
    enc_request, _ = encapsulate_request(
        config[0], b"x", ephemeral_private_key=fixed.private_bytes_raw()
    )
    assert enc_request[_ENC] == fixed.public_key().public_bytes_raw()
    assert len(_spares(config[0])) == 1


def _in_child(fork: Any, key_config: KeyConfig) -> bytes:
    """Run `fork`; the child sends back its ready count and the key share it would use."""
    read_end, write_end = os.pipe()
    pid = fork()
    if pid == 0:  # the child: report, then leave at once, whatever happens
        try:
            spares = _spares(key_config)
            count = len(spares)
            enc_request, _ = encapsulate_request(key_config, b"child")
            os.write(write_end, bytes([count]) + enc_request[_ENC])
        finally:
            os._exit(0)
    os.close(write_end)
    report = os.read(read_end, 64)
    os.close(read_end)
    os.waitpid(pid, 0)
    return report


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_starts_without_the_parents_setups(
    config: tuple[KeyConfig, bytes],
) -> None:
    prefetch_encapsulation(config[0])
    ready = _next_enc(_spares(config[0]))
    report = _in_child(os.fork, config[0])
    assert report[0] == 0  # the fork hook dropped every prepared key
    assert report[1:] != ready
    assert len(_spares(config[0])) == 1  # the parent keeps its own


def test_a_fork_from_c_never_reuses_the_parents_setup(config: tuple[KeyConfig, bytes]) -> None:
    # uWSGI and other C code fork without running Python's fork hooks.
    libc_name = ctypes.util.find_library("c")
    if libc_name is None or not hasattr(os, "fork"):
        pytest.skip("needs libc's fork")
    libc_fork = ctypes.CDLL(libc_name).fork
    prefetch_encapsulation(config[0])
    ready = _next_enc(_spares(config[0]))
    report = _in_child(libc_fork, config[0])
    assert report[0] == 1  # the hook did not run: the setup was inherited...
    assert report[1:] != ready  # ...but take() saw another process's setup and made one
    parent_request, _ = encapsulate_request(config[0], b"parent")
    assert parent_request[_ENC] == ready  # the parent still uses its own


def test_threads_never_share_a_setup(config: tuple[KeyConfig, bytes]) -> None:
    def send(i: int) -> bytes:
        enc_request, _ = encapsulate_request(config[0], b"x")
        prefetch_encapsulation(config[0])
        return enc_request[_ENC]

    with ThreadPoolExecutor(8) as pool:
        encs = list(pool.map(send, range(400)))
    assert len(set(encs)) == 400


def test_the_pyhpke_backend_prepares_nothing(config: tuple[KeyConfig, bytes]) -> None:
    set_hpke_backend("pyhpke")
    prefetch_encapsulation(config[0])
    assert len(_spares(config[0])) == 0


class _Gateway:
    """A MockTransport handler that records what reached it and answers with real OHTTP."""

    def __init__(self, config: tuple[KeyConfig, bytes]) -> None:
        self.posts: list[httpx.Request] = []
        self.rotate_to(config)

    def rotate_to(self, config: tuple[KeyConfig, bytes]) -> None:
        self.config = config[0]
        self.keys = gateway_keys(config)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        from hybridsdk.wire._bhttp import BinaryResponse, decode_request
        from hybridsdk.wire._oip import decode_infer_request, encode_infer_response

        if request.method == "GET":
            return httpx.Response(
                200,
                headers={"content-type": "application/ohttp-keys"},
                content=encode_key_configs([self.config]),
            )
        self.posts.append(request)
        try:
            plain, ctx = decapsulate_request(self.keys, request.content)
        except UnknownKeyIdError:
            return httpx.Response(
                400,
                headers={"content-type": "application/problem+json"},
                content=json.dumps({"type": OHTTP_KEY_PROBLEM_TYPE}).encode(),
            )
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
        assert len(_spares(config[0])) == 1  # made while waiting for the answer
        spare = _next_enc(_spares(config[0]))
        client.infer("m", {"input": X})
    first, second = gateway.posts
    for post in gateway.posts:
        assert post.headers["content-length"] == str(len(post.content))
        assert "transfer-encoding" not in post.headers
    assert second.content[_ENC] == spare
    assert first.content[_ENC] != spare


def test_a_failing_prefetch_does_not_fail_the_request(
    config: tuple[KeyConfig, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: _hpke.SpareSetups) -> None:
        raise RuntimeError("no entropy today")

    monkeypatch.setattr(_hpke.SpareSetups, "prefetch", broken)
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
            spare = _next_enc(_spares(config[0]))
            await client.infer("m", {"input": X})
            return spare

    spare = asyncio.run(main())
    assert gateway.posts[1].content[_ENC] == spare
    for post in gateway.posts:
        assert post.headers["content-length"] == str(len(post.content))
        assert "transfer-encoding" not in post.headers


def test_plain_mode_prefetches_nothing(config: tuple[KeyConfig, bytes]) -> None:
    from hybridsdk.wire._oip import encode_infer_response

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
    assert len(_spares(config[0])) == 0


class _Recorder(httpx.BaseTransport):
    """Reads the body chunk by chunk, as a socket transport does, noting each step."""

    def __init__(self, gateway: _Gateway, events: list[str]) -> None:
        self.gateway = gateway
        self.events = events

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            body = b""
            assert isinstance(request.stream, httpx.SyncByteStream)
            for chunk in request.stream:
                self.events.append("body sent")
                body += chunk
            request = httpx.Request(
                request.method, request.url, headers=request.headers, content=body
            )
        return self.gateway(request)


def test_the_key_is_made_after_the_body_is_sent(
    config: tuple[KeyConfig, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    prefetch = _hpke.SpareSetups.prefetch

    def noted(self: _hpke.SpareSetups) -> None:
        events.append("prefetch")
        prefetch(self)

    monkeypatch.setattr(_hpke.SpareSetups, "prefetch", noted)
    with CloudClient(
        CloudEndpoint("https://gw.test"),
        transport=_Recorder(_Gateway(config), events),
        retry=RetryPolicy(attempts=1),
    ) as client:
        client.infer("m", {"input": X})
    assert events == ["body sent", "prefetch"]


def test_a_transport_that_resends_gets_a_typed_error(config: tuple[KeyConfig, bytes]) -> None:
    from hybridsdk._exceptions import TransportError

    class Resending(_Recorder):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "POST":
                assert isinstance(request.stream, httpx.SyncByteStream)
                list(request.stream)
            return super().handle_request(request)  # the body a second time

    with (
        CloudClient(
            CloudEndpoint("https://gw.test"),
            transport=Resending(_Gateway(config), []),
            retry=RetryPolicy(attempts=1),
        ) as client,
        pytest.raises(TransportError),
    ):
        client.infer("m", {"input": X})


def test_a_refetched_key_never_gets_the_old_keys_setup(config: tuple[KeyConfig, bytes]) -> None:
    gateway = _Gateway(config)
    with _sync_client(gateway) as client:
        client.infer("m", {"input": X})
        old_ready = _next_enc(_spares(config[0]))  # prepared for the old key
        rotated = generate_key_config(9)
        gateway.rotate_to(rotated)
        answer = client.infer("m", {"input": X})  # 400 ohttp-key, refetch, resend
    np.testing.assert_allclose(answer.outputs["y"], X)
    refused, resent = gateway.posts[1:]
    assert refused.content[_ENC] == old_ready  # the old key's setup went to the old key
    assert resent.content[0] == 9 and resent.content[_ENC] != old_ready
