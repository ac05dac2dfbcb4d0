"""Tampering and misuse of OHTTP messages: every bit flip and every truncation is a typed
error, suites and key ids are checked, no secret shows up in messages or reprs."""

from __future__ import annotations

import pytest

from hybridsdk._exceptions import CloudError, CryptoError, EncodingError, KeyConfigError
from hybridsdk.wire._bhttp import BinaryRequest, BinaryResponse, decode_response
from hybridsdk.wire._keyconfig import (
    KeyConfig,
    SymmetricSuite,
    UnknownKeyIdError,
    UnsupportedSuiteError,
    generate_key_config,
)
from hybridsdk.wire._ohttp import (
    GatewayKey,
    benchmark_round_trip,
    decapsulate_request,
    encapsulate_request,
    gateway_keys,
)

ALL_SUITES = [(kdf, aead) for kdf in (1, 2, 3) for aead in (1, 2, 3)]


@pytest.fixture(scope="module")
def gateway() -> tuple[KeyConfig, bytes, dict[int, GatewayKey]]:
    # Offers AES-128-GCM and ChaCha20 (like RFC 9458 appendix A): some header flips land
    # on another offered suite and must then fail in the AEAD instead.
    config, private = generate_key_config(5, symmetric=[(1, 1), (1, 3)])
    return config, private, gateway_keys((config, private))


REQUEST = BinaryRequest(
    "POST", authority="gw.example", path="/v2/models/m/infer", content=b'{"inputs":[1,2,3]}'
).encode()
RESPONSE = BinaryResponse(200, headers=[("content-type", "application/json")], content=b"{}")


def test_every_bit_flip_of_a_request_is_rejected(
    gateway: tuple[KeyConfig, bytes, dict[int, GatewayKey]],
) -> None:
    config, _, keys = gateway
    enc_request, _ = encapsulate_request(config, REQUEST)
    decapsulate_request(keys, enc_request)  # the untouched message is fine
    counts: dict[str, int] = {}
    for bit in range(len(enc_request) * 8):
        tampered = bytearray(enc_request)
        tampered[bit // 8] ^= 1 << (bit % 8)
        with pytest.raises(CloudError) as info:
            decapsulate_request(keys, bytes(tampered))
        error = info.value
        if bit < 8:
            assert isinstance(error, UnknownKeyIdError), bit
        elif bit < 56:
            # header: another suite, offered (AEAD 1 -> 3) or not
            assert isinstance(error, (UnsupportedSuiteError, CryptoError)), bit
        else:
            assert type(error) is CryptoError, bit
        counts[type(error).__name__] = counts.get(type(error).__name__, 0) + 1
    assert counts["CryptoError"] >= len(enc_request) * 8 - 56
    assert counts["UnsupportedSuiteError"] > 0


def test_every_truncation_of_a_request_is_rejected(
    gateway: tuple[KeyConfig, bytes, dict[int, GatewayKey]],
) -> None:
    config, _, keys = gateway
    enc_request, _ = encapsulate_request(config, REQUEST)
    for cut in range(len(enc_request)):
        with pytest.raises((EncodingError, CryptoError)):
            decapsulate_request(keys, enc_request[:cut])
    with pytest.raises(CryptoError):
        decapsulate_request(keys, enc_request + b"\x00")


def test_every_bit_flip_and_truncation_of_a_response_is_rejected(
    gateway: tuple[KeyConfig, bytes, dict[int, GatewayKey]],
) -> None:
    config, _, keys = gateway
    enc_request, client_ctx = encapsulate_request(config, REQUEST)
    _, server_ctx = decapsulate_request(keys, enc_request)
    enc_response = server_ctx.encapsulate_response(RESPONSE.encode())
    assert decode_response(client_ctx.decapsulate_response(enc_response)) == RESPONSE
    for bit in range(len(enc_response) * 8):
        tampered = bytearray(enc_response)
        tampered[bit // 8] ^= 1 << (bit % 8)
        with pytest.raises(CryptoError, match="could not decrypt the encapsulated response"):
            client_ctx.decapsulate_response(tampered)
    for cut in range(len(enc_response)):
        with pytest.raises((EncodingError, CryptoError)):
            client_ctx.decapsulate_response(enc_response[:cut])


def test_response_for_another_request_is_rejected(
    gateway: tuple[KeyConfig, bytes, dict[int, GatewayKey]],
) -> None:
    config, _, keys = gateway
    first, first_ctx = encapsulate_request(config, REQUEST)
    second, _ = encapsulate_request(config, REQUEST)
    assert first != second  # a fresh ephemeral key each time
    _, second_server = decapsulate_request(keys, second)
    with pytest.raises(CryptoError):
        first_ctx.decapsulate_response(second_server.encapsulate_response(RESPONSE.encode()))


def test_request_to_another_gateway_key_fails_decryption() -> None:
    config, _ = generate_key_config(5)
    _, other_private = generate_key_config(5)
    impostor, _ = generate_key_config(5, private_key=other_private)
    enc_request, _ = encapsulate_request(config, REQUEST)
    with pytest.raises(CryptoError, match="wrong key or tampered"):
        decapsulate_request(gateway_keys((impostor, other_private)), enc_request)


def test_low_order_kem_share_is_a_crypto_error(
    gateway: tuple[KeyConfig, bytes, dict[int, GatewayKey]],
) -> None:
    config, _, keys = gateway
    enc_request, _ = encapsulate_request(config, REQUEST)
    # An all-zero X25519 share gives an all-zero DH output, which cryptography refuses.
    zeroed = enc_request[:7] + bytes(32) + enc_request[39:]
    with pytest.raises(CryptoError):
        decapsulate_request(keys, zeroed)


def test_unknown_key_id_names_the_id_and_no_secret(
    gateway: tuple[KeyConfig, bytes, dict[int, GatewayKey]],
) -> None:
    config, private, keys = gateway
    enc_request, _ = encapsulate_request(config, REQUEST)
    with pytest.raises(UnknownKeyIdError, match="key id 9") as info:
        decapsulate_request(keys, b"\x09" + enc_request[1:])
    assert isinstance(info.value, KeyConfigError) and isinstance(info.value, LookupError)
    assert private.hex() not in str(info.value)
    with pytest.raises(UnknownKeyIdError):
        decapsulate_request({}, enc_request)


def test_gateway_rejects_suite_its_key_does_not_offer(
    gateway: tuple[KeyConfig, bytes, dict[int, GatewayKey]],
) -> None:
    config, _, keys = gateway
    # The client is lied to: a config with the same key that offers AES-256-GCM too.
    wider = KeyConfig(config.key_id, config.kem_id, config.public_key, ((1, 2),))  # type: ignore[arg-type]
    enc_request, _ = encapsulate_request(wider, REQUEST)
    with pytest.raises(UnsupportedSuiteError, match="HKDF-SHA256/AES-256-GCM, which key 5"):
        decapsulate_request(keys, enc_request)


def test_client_suite_choice(gateway: tuple[KeyConfig, bytes, dict[int, GatewayKey]]) -> None:
    config, _, keys = gateway
    with pytest.raises(UnsupportedSuiteError, match="does not offer HKDF-SHA256/AES-256-GCM"):
        encapsulate_request(config, REQUEST, suite=(1, 2))
    with pytest.raises(UnsupportedSuiteError, match="not implemented"):
        encapsulate_request(config, REQUEST, suite=(1, 0xFFFF))
    enc_request, ctx = encapsulate_request(config, REQUEST, suite=(1, 3))
    assert enc_request[3:7] == b"\x00\x01\x00\x03"
    assert ctx.suite == SymmetricSuite(1, 3)
    assert decapsulate_request(keys, enc_request)[0] == REQUEST
    # only unknown suites offered: nothing to pick
    odd = KeyConfig(1, 0x20, config.public_key, ((0x42, 1), (1, 0x42)))  # type: ignore[arg-type]
    with pytest.raises(UnsupportedSuiteError, match="offers no suite"):
        encapsulate_request(odd, REQUEST)


@pytest.mark.parametrize("suite", ALL_SUITES)
@pytest.mark.parametrize("size", [0, 1, 4096])
def test_all_suites_round_trip(suite: tuple[int, int], size: int) -> None:
    config, private = generate_key_config(2, symmetric=ALL_SUITES)
    keys = gateway_keys((config, private))
    request = BinaryRequest("POST", content=bytes(range(256)) * (size // 256) + b"x" * (size % 256))
    enc_request, client_ctx = encapsulate_request(config, request.encode(), suite=suite)
    assert enc_request[3:7] == suite[0].to_bytes(2, "big") + suite[1].to_bytes(2, "big")
    plain, server_ctx = decapsulate_request(keys, enc_request)
    assert plain == request.encode()
    nonce_length = 16 if suite[1] == 1 else 32
    response = BinaryResponse(200, content=b"r" * size).encode()
    enc_response = server_ctx.encapsulate_response(response)
    assert len(enc_response) == nonce_length + len(response) + 16
    assert client_ctx.decapsulate_response(enc_response) == response


def test_overhead_is_55_bytes_request_32_response(
    gateway: tuple[KeyConfig, bytes, dict[int, GatewayKey]],
) -> None:
    config, _, keys = gateway
    enc_request, _ = encapsulate_request(config, REQUEST)
    assert len(enc_request) == 7 + 32 + len(REQUEST) + 16
    _, server_ctx = decapsulate_request(keys, enc_request)
    first = server_ctx.encapsulate_response(b"\x01\x40\xc8")
    second = server_ctx.encapsulate_response(b"\x01\x40\xc8")
    assert first[:16] != second[:16]  # fresh random response nonce


def test_no_secrets_in_reprs(gateway: tuple[KeyConfig, bytes, dict[int, GatewayKey]]) -> None:
    config, private, keys = gateway
    enc_request, client_ctx = encapsulate_request(config, REQUEST)
    _, server_ctx = decapsulate_request(keys, enc_request)
    texts = [repr(keys[5]), repr(client_ctx), repr(server_ctx)]
    for text in texts:
        assert private.hex() not in text
        assert client_ctx.response_secret.hex() not in text
        assert repr(client_ctx.response_secret) not in text
    assert "AES-128-GCM" in repr(client_ctx)


def test_bad_inputs_to_key_objects() -> None:
    config, _ = generate_key_config(1)
    with pytest.raises(KeyConfigError, match="not a valid X25519 private key"):
        GatewayKey(config, b"\x01" * 31)
    with pytest.raises(KeyConfigError, match="ephemeral private key"):
        encapsulate_request(config, REQUEST, ephemeral_private_key=b"short")


def test_benchmark_helper_reports_numbers() -> None:
    result = benchmark_round_trip(1024, rounds=5)
    assert result["rounds"] == 5
    assert 0 < result["min_us"] <= result["median_us"] <= result["p90_us"]
    assert result["request_overhead_bytes"] == 55
    assert result["response_overhead_bytes"] == 32
