"""Known answers for OHTTP: RFC 9458 appendix A byte for byte, key configurations, and an
independent HPKE implementation (cryptography's) as a cross-check of the request side."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from hybridsdk._exceptions import EncodingError, KeyConfigError
from hybridsdk.wire._bhttp import BinaryRequest, BinaryResponse, decode_request, decode_response
from hybridsdk.wire._keyconfig import (
    KEM_X25519_HKDF_SHA256,
    KeyConfig,
    SymmetricSuite,
    UnsupportedSuiteError,
    encode_key_configs,
    generate_key_config,
    key_config_fingerprint,
    parse_key_config,
    parse_key_configs,
)
from hybridsdk.wire._ohttp import (
    GatewayKey,
    decapsulate_request,
    derive_response_keys,
    encapsulate_request,
    gateway_keys,
    request_header,
)

VECTOR_FILE = Path(__file__).resolve().parent / "vectors" / "ohttp-rfc9458-appendix-a.json"


@pytest.fixture(scope="module")
def vec() -> dict[str, Any]:
    raw = json.loads(VECTOR_FILE.read_text())
    return {
        k: bytes.fromhex(v) if isinstance(v, str) and k != "source" else v for k, v in raw.items()
    }


@pytest.fixture(scope="module")
def config(vec: dict[str, Any]) -> KeyConfig:
    return parse_key_config(vec["key_config"])


# --- RFC 9458 appendix A ------------------------------------------------------------


def test_key_config_parses_and_reencodes(vec: dict[str, Any], config: KeyConfig) -> None:
    assert config.key_id == 1
    assert config.kem_id == KEM_X25519_HKDF_SHA256
    assert config.symmetric == (SymmetricSuite(1, 1), SymmetricSuite(1, 3))
    assert config.encode() == vec["key_config"]


def test_gateway_public_key_matches_secret(vec: dict[str, Any], config: KeyConfig) -> None:
    regenerated, private = generate_key_config(
        1, symmetric=config.symmetric, private_key=vec["gateway_secret_key"]
    )
    assert regenerated == config
    assert private == vec["gateway_secret_key"]


def test_bhttp_messages_match_vector(vec: dict[str, Any]) -> None:
    request = BinaryRequest("GET", "https", "example.com", "/")
    assert request.encode() == vec["request_bhttp"]
    assert decode_request(vec["request_bhttp"]) == request
    response = BinaryResponse(200)
    assert response.encode() == vec["response_bhttp"]
    assert decode_response(vec["response_bhttp"]) == response


def test_request_info(vec: dict[str, Any], config: KeyConfig) -> None:
    header = request_header(config.key_id, config.kem_id, SymmetricSuite(1, 1))
    assert b"message/bhttp request\x00" + header == vec["request_info"]


def test_full_exchange_byte_for_byte(vec: dict[str, Any], config: KeyConfig) -> None:
    request = BinaryRequest("GET", "https", "example.com", "/").encode()
    enc_request, client_ctx = encapsulate_request(
        config, request, ephemeral_private_key=vec["client_ephemeral_secret_key"]
    )
    assert enc_request == vec["encapsulated_request"]
    assert enc_request[7:39] == vec["client_ephemeral_public_key"]

    keys = gateway_keys((config, vec["gateway_secret_key"]))
    plain, server_ctx = decapsulate_request(keys, enc_request)
    assert plain == vec["request_bhttp"]
    assert server_ctx.response_secret == vec["response_export_secret"]
    assert client_ctx.response_secret == vec["response_export_secret"]

    derived = derive_response_keys(
        server_ctx.response_secret,
        vec["client_ephemeral_public_key"],
        vec["response_nonce"],
        server_ctx.suite,
    )
    assert derived.salt == vec["response_salt"]
    assert derived.prk == vec["response_prk"]
    assert derived.key == vec["response_aead_key"]
    assert derived.nonce == vec["response_aead_nonce"]

    response = BinaryResponse(200).encode()
    enc_response = server_ctx.encapsulate_response(response, response_nonce=vec["response_nonce"])
    assert enc_response == vec["encapsulated_response"]
    assert client_ctx.decapsulate_response(enc_response) == vec["response_bhttp"]


def test_gateway_decapsulates_vector_request(vec: dict[str, Any], config: KeyConfig) -> None:
    plain, ctx = decapsulate_request(
        [GatewayKey(config, vec["gateway_secret_key"])], vec["encapsulated_request"]
    )
    assert decode_request(plain).authority == "example.com"
    assert (
        ctx.encapsulate_response(vec["response_bhttp"], response_nonce=vec["response_nonce"])
        == (vec["encapsulated_response"])
    )


def test_response_nonce_length_checked(vec: dict[str, Any], config: KeyConfig) -> None:
    keys = gateway_keys((config, vec["gateway_secret_key"]))
    _, ctx = decapsulate_request(keys, vec["encapsulated_request"])
    with pytest.raises(EncodingError, match="16 bytes, got 12"):
        ctx.encapsulate_response(b"\x01\x40\xc8", response_nonce=bytes(12))


# --- independent HPKE implementation -------------------------------------------------


def _crypto_suite(aead_id: int) -> Any:
    # Imported here so that the rest of the module still runs on cryptography < 47.
    hpke = pytest.importorskip("cryptography.hazmat.primitives.hpke", reason="no HPKE module")
    aead = {1: hpke.AEAD.AES_128_GCM, 2: hpke.AEAD.AES_256_GCM, 3: hpke.AEAD.CHACHA20_POLY1305}
    return hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, aead[aead_id])


@pytest.mark.parametrize("aead_id", [1, 2, 3])
def test_cross_check_with_cryptography_hpke(aead_id: int) -> None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    crypto_suite = _crypto_suite(aead_id)
    config, private = generate_key_config(7)
    suite = SymmetricSuite(1, aead_id)
    header = request_header(7, config.kem_id, suite)
    info = b"message/bhttp request\x00" + header
    body = BinaryRequest("POST", authority="gw", path="/x", content=b"payload" * 9).encode()

    # theirs -> our gateway
    theirs = crypto_suite.encrypt(
        body, X25519PublicKey.from_public_bytes(config.public_key), info=info
    )
    plain, _ = decapsulate_request(gateway_keys((config, private)), header + theirs)
    assert plain == body

    # our client -> theirs
    ours, _ = encapsulate_request(config, body, suite=suite)
    assert ours[:7] == header
    opened = crypto_suite.decrypt(ours[7:], X25519PrivateKey.from_private_bytes(private), info=info)
    assert opened == body


# --- key configurations -------------------------------------------------------------


def test_fingerprint_is_sha256_of_encoding(config: KeyConfig, vec: dict[str, Any]) -> None:
    expected = hashlib.sha256(vec["key_config"]).hexdigest()
    assert config.fingerprint == expected
    assert key_config_fingerprint(config) == expected
    assert key_config_fingerprint(vec["key_config"]) == expected
    other, _ = generate_key_config(1)
    assert other.fingerprint != expected


def test_collection_round_trip(config: KeyConfig) -> None:
    second, _ = generate_key_config(2, symmetric=[(1, 2)])
    encoded = encode_key_configs([config, second])
    assert encoded[:2] == len(config.encode()).to_bytes(2, "big")
    assert parse_key_configs(encoded) == [config, second]


def test_collection_skips_unknown_kem_but_keeps_the_rest(config: KeyConfig) -> None:
    unknown = b"\x09\x64\x7a" + bytes(40) + b"\x00\x04\x00\x01\x00\x01"  # a future PQ KEM
    collection = len(unknown).to_bytes(2, "big") + unknown + encode_key_configs([config])
    assert parse_key_configs(collection) == [config]
    with pytest.raises(UnsupportedSuiteError, match="no configuration with a KEM"):
        parse_key_configs(len(unknown).to_bytes(2, "big") + unknown)


@pytest.mark.parametrize(
    ("mutate", "match"),
    [
        (lambda good: good[:-1], "declares"),  # last config cut
        (lambda good: good + b"\x00", "length prefix at offset"),  # dangling byte
        (lambda good: good + b"\x00\x03\x01\x00\x20", "malformed"),  # config cut inside
        (lambda good: b"", "empty"),
        (lambda good: good[:37] + b"\x00\x03" + good[39:], "malformed"),  # bad suite length
    ],
)
def test_malformed_collection_rejected_whole(config: KeyConfig, mutate: Any, match: str) -> None:
    good = encode_key_configs([config, generate_key_config(3)[0]])
    bad = mutate(good)
    with pytest.raises(KeyConfigError, match=match):
        parse_key_configs(bad)


@pytest.mark.parametrize(
    ("data", "error", "match"),
    [
        ("01", KeyConfigError, "at least 3"),
        ("010021" + "00" * 56 + "00040001000100", UnsupportedSuiteError, "unknown KEM 0x0021"),
        ("010020" + "00" * 31, KeyConfigError, "cut off"),
        ("010020" + "00" * 32 + "0000", KeyConfigError, "non-zero multiple of 4"),
        ("010020" + "00" * 32 + "0003000100", KeyConfigError, "non-zero multiple of 4"),
        ("010020" + "00" * 32 + "000400010001ff", KeyConfigError, "declare 4 bytes, 5 present"),
        ("010020" + "00" * 32 + "000800010001", KeyConfigError, "declare 8 bytes, 4 present"),
    ],
)
def test_malformed_single_config(data: str, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        parse_key_config(bytes.fromhex(data))


def test_key_config_validation() -> None:
    with pytest.raises(KeyConfigError, match="key id 256"):
        KeyConfig(256, 0x20, bytes(32), ((1, 1),))  # type: ignore[arg-type]
    with pytest.raises(KeyConfigError, match="must be 32 bytes, got 31"):
        KeyConfig(1, 0x20, bytes(31), ((1, 1),))  # type: ignore[arg-type]
    with pytest.raises(KeyConfigError, match="no symmetric suites"):
        KeyConfig(1, 0x20, bytes(32), ())
    with pytest.raises(UnsupportedSuiteError, match="unknown KEM 0x0010"):
        KeyConfig(1, 0x10, bytes(32), ((1, 1),))  # type: ignore[arg-type]
    with pytest.raises(KeyConfigError, match="16 bits"):
        KeyConfig(1, 0x20, bytes(32), ((1, 0x10000),))  # type: ignore[arg-type]
    # a list is accepted and frozen into a tuple, unknown AEAD ids are kept for interop
    config = KeyConfig(1, 0x20, bytes(32), [(1, 1), (1, 0x99)])  # type: ignore[arg-type]
    assert config.symmetric == (SymmetricSuite(1, 1), SymmetricSuite(1, 0x99))
    assert parse_key_config(config.encode()) == config


def test_generate_key_config_checks_input() -> None:
    with pytest.raises(KeyConfigError, match="32 bytes, got 5"):
        generate_key_config(private_key=b"short")
    with pytest.raises(UnsupportedSuiteError, match="cannot offer"):
        generate_key_config(symmetric=[(1, 0xFFFF)])
    config, private = generate_key_config(4)
    assert len(private) == 32 and config.key_id == 4
    assert generate_key_config(4, private_key=private)[0] == config


def test_gateway_key_must_match_config(vec: dict[str, Any], config: KeyConfig) -> None:
    _, other_private = generate_key_config(1)
    with pytest.raises(KeyConfigError, match="does not match"):
        GatewayKey(config, other_private)
    with pytest.raises(KeyConfigError, match="two gateway keys share key id 1"):
        gateway_keys((config, vec["gateway_secret_key"]), (config, vec["gateway_secret_key"]))
