"""The fast HPKE path (hybridsdk.wire._hpke) against its references, byte for byte.

pyhpke is the reference implementation (and the fallback backend), cryptography's own HPKE
an independent second one, and RFC 9458 appendix A the published vector. Every KDF x AEAD
pair OHTTP can negotiate is covered, in both directions.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from pyhpke import KDFId
from pyhpke.kdf import KDF as PyhpkeKDF

from hybridsdk._exceptions import ConfigurationError, CryptoError, KeyConfigError
from hybridsdk.wire import _hpke
from hybridsdk.wire._bhttp import BinaryRequest, BinaryResponse
from hybridsdk.wire._keyconfig import (
    KEM_X25519_HKDF_SHA256,
    KeyConfig,
    SymmetricSuite,
    generate_key_config,
    parse_key_config,
)
from hybridsdk.wire._ohttp import (
    decapsulate_request,
    encapsulate_request,
    gateway_keys,
    hpke_backend,
    request_header,
    set_hpke_backend,
)

SUITES = [SymmetricSuite(kdf, aead) for kdf in (1, 2, 3) for aead in (1, 2, 3)]
VECTOR_FILE = Path(__file__).resolve().parent / "vectors" / "ohttp-rfc9458-appendix-a.json"
# A fixed ephemeral key makes both implementations produce the same bytes.
EPHEMERAL = bytes(range(1, 33))
GATEWAY_SECRET = bytes(range(101, 133))
BODY = BinaryRequest("POST", authority="gw", path="/v2/models/m/infer", content=b"x" * 300).encode()


@pytest.fixture
def backend() -> Iterator[None]:
    """Restore the default backend whatever the test switched to."""
    before = hpke_backend()
    yield
    set_hpke_backend(before)


@pytest.fixture(scope="module")
def config() -> tuple[KeyConfig, bytes]:
    return generate_key_config(9, symmetric=SUITES, private_key=GATEWAY_SECRET)


def _exchange(
    config: KeyConfig, private: bytes, suite: SymmetricSuite, which: str
) -> tuple[bytes, bytes, bytes, bytes]:
    """(request, client secret, gateway secret, response) with one backend end to end."""
    set_hpke_backend(which)  # type: ignore[arg-type]
    enc_request, client_ctx = encapsulate_request(
        config, BODY, suite=suite, ephemeral_private_key=EPHEMERAL
    )
    plain, server_ctx = decapsulate_request(gateway_keys((config, private)), enc_request)
    assert plain == BODY
    response = server_ctx.encapsulate_response(
        BinaryResponse(200, content=b"ok").encode(),
        response_nonce=bytes(range(32))[: _nonce(suite)],
    )
    assert client_ctx.decapsulate_response(response) == BinaryResponse(200, content=b"ok").encode()
    return enc_request, client_ctx.response_secret, server_ctx.response_secret, response


def _nonce(suite: SymmetricSuite) -> int:
    return 16 if suite.aead_id == 1 else 32


@pytest.mark.parametrize("suite", SUITES, ids=lambda s: s.describe())
def test_fast_path_matches_pyhpke_byte_for_byte(
    backend: None, config: tuple[KeyConfig, bytes], suite: SymmetricSuite
) -> None:
    fast = _exchange(*config, suite, "fast")
    reference = _exchange(*config, suite, "pyhpke")
    assert fast[0] == reference[0]  # same header, enc and ciphertext
    assert fast[1] == fast[2] == reference[1] == reference[2]  # same export
    assert fast[3] == reference[3]


@pytest.mark.parametrize("suite", SUITES, ids=lambda s: s.describe())
@pytest.mark.parametrize(("sender", "receiver"), [("fast", "pyhpke"), ("pyhpke", "fast")])
def test_each_backend_opens_the_other(
    backend: None,
    config: tuple[KeyConfig, bytes],
    suite: SymmetricSuite,
    sender: str,
    receiver: str,
) -> None:
    key_config, _private = config
    set_hpke_backend(sender)  # type: ignore[arg-type]
    enc_request, client_ctx = encapsulate_request(key_config, BODY, suite=suite)  # random key
    set_hpke_backend(receiver)  # type: ignore[arg-type]
    plain, server_ctx = decapsulate_request(gateway_keys(config), enc_request)
    assert plain == BODY
    assert server_ctx.response_secret == client_ctx.response_secret
    set_hpke_backend(sender)  # type: ignore[arg-type]
    assert client_ctx.decapsulate_response(server_ctx.encapsulate_response(b"r")) == b"r"


@pytest.mark.parametrize("suite", SUITES, ids=lambda s: s.describe())
def test_fast_path_against_cryptography_hpke(
    backend: None, config: tuple[KeyConfig, bytes], suite: SymmetricSuite
) -> None:
    hpke = pytest.importorskip("cryptography.hazmat.primitives.hpke", reason="no HPKE module")
    kdf = {1: hpke.KDF.HKDF_SHA256, 2: hpke.KDF.HKDF_SHA384, 3: hpke.KDF.HKDF_SHA512}
    aead = {1: hpke.AEAD.AES_128_GCM, 2: hpke.AEAD.AES_256_GCM, 3: hpke.AEAD.CHACHA20_POLY1305}
    theirs = hpke.Suite(hpke.KEM.X25519, kdf[suite.kdf_id], aead[suite.aead_id])
    key_config, private = config
    set_hpke_backend("fast")
    header = request_header(key_config.key_id, key_config.kem_id, suite)
    info = b"message/bhttp request\x00" + header

    ours, _ = encapsulate_request(key_config, BODY, suite=suite)
    assert theirs.decrypt(ours[7:], X25519PrivateKey.from_private_bytes(private), info=info) == BODY

    sealed = theirs.encrypt(BODY, X25519PrivateKey.from_private_bytes(private).public_key(), info)
    plain, _ = decapsulate_request(gateway_keys(config), header + sealed)
    assert plain == BODY


@pytest.mark.parametrize("which", ["fast", "pyhpke"])
def test_rfc9458_appendix_a_with_each_backend(backend: None, which: str) -> None:
    vec = {
        k: bytes.fromhex(v)
        for k, v in json.loads(VECTOR_FILE.read_text()).items()
        if isinstance(v, str) and k != "source"
    }
    set_hpke_backend(which)  # type: ignore[arg-type]
    key_config = parse_key_config(vec["key_config"])
    enc_request, client_ctx = encapsulate_request(
        key_config, vec["request_bhttp"], ephemeral_private_key=vec["client_ephemeral_secret_key"]
    )
    assert enc_request == vec["encapsulated_request"]
    plain, server_ctx = decapsulate_request(
        gateway_keys((key_config, vec["gateway_secret_key"])), enc_request
    )
    assert plain == vec["request_bhttp"]
    assert client_ctx.response_secret == server_ctx.response_secret == vec["response_export_secret"]
    response = server_ctx.encapsulate_response(
        vec["response_bhttp"], response_nonce=vec["response_nonce"]
    )
    assert response == vec["encapsulated_response"]
    assert client_ctx.decapsulate_response(response) == vec["response_bhttp"]


@pytest.mark.parametrize(("kdf_id", "length"), [(1, 32), (1, 33), (1, 100), (2, 97), (3, 200)])
def test_labeled_expand_matches_pyhpke_including_multi_block(kdf_id: int, length: int) -> None:
    suite_id = b"HPKE\x00\x20" + kdf_id.to_bytes(2, "big") + b"\x00\x01"
    reference = PyhpkeKDF(KDFId(kdf_id), suite_id)
    prk = reference.labeled_extract(b"salt", b"lbl", b"ikm")
    assert _hpke.labeled_extract(kdf_id, suite_id, b"salt", b"lbl", b"ikm") == prk
    assert _hpke.labeled_expand(kdf_id, suite_id, prk, b"sec", b"ctx", length) == (
        reference.labeled_expand(prk, b"sec", b"ctx", length)
    )


def test_schedule_rejects_bad_parameters() -> None:
    with pytest.raises(ValueError, match="not implemented"):
        _hpke.schedule(9, 1, b"info", b"ctx", 16)
    with pytest.raises(ValueError, match="not implemented"):
        _hpke.schedule(1, 0xFFFF, b"info", b"ctx", 16)  # export-only AEAD: not for OHTTP
    with pytest.raises(ValueError, match="export length"):
        _hpke.schedule(1, 1, b"info", b"ctx", 0)
    with pytest.raises(ValueError, match="export length"):
        _hpke.schedule(1, 1, b"info", b"ctx", 255 * 32 + 1)


def test_unknown_backend_is_a_configuration_error(backend: None) -> None:
    with pytest.raises(ConfigurationError, match="'fast' or 'pyhpke'"):
        set_hpke_backend("openssl")  # type: ignore[arg-type]
    assert hpke_backend() == "fast"


@pytest.mark.parametrize("which", ["fast", "pyhpke"])
def test_tampering_and_low_order_shares_fail_alike(
    backend: None, config: tuple[KeyConfig, bytes], which: str
) -> None:
    set_hpke_backend(which)  # type: ignore[arg-type]
    key_config, _private = config
    enc_request, _ = encapsulate_request(key_config, BODY)
    keys = gateway_keys(config)
    for position in (7, 7 + 31, 7 + 32, len(enc_request) - 1):  # enc, ciphertext, tag
        bad = bytearray(enc_request)
        bad[position] ^= 0x01
        with pytest.raises(CryptoError, match="could not decrypt"):
            decapsulate_request(keys, bytes(bad))
    # u = 0 and u = 1 are low-order points: the DH output is all zero and must be refused.
    for low_order in (bytes(32), b"\x01" + bytes(31)):
        forged = enc_request[:7] + low_order + enc_request[39:]
        with pytest.raises(CryptoError, match="could not decrypt"):
            decapsulate_request(keys, forged)


@pytest.mark.parametrize("which", ["fast", "pyhpke"])
def test_low_order_gateway_key_is_a_key_config_error(backend: None, which: str) -> None:
    set_hpke_backend(which)  # type: ignore[arg-type]
    junk = KeyConfig(1, KEM_X25519_HKDF_SHA256, bytes(32), (SymmetricSuite(1, 1),))
    with pytest.raises(KeyConfigError, match="low order"):
        encapsulate_request(junk, BODY)


def test_fresh_ephemeral_key_per_request(config: tuple[KeyConfig, bytes]) -> None:
    key_config, _ = config
    encs = {encapsulate_request(key_config, BODY)[0][7:39] for _ in range(50)}
    assert len(encs) == 50  # a cached or reused key would link requests


def test_client_cache_follows_the_key_config() -> None:
    # Two configs with the same id but different keys must not share a cached public key.
    first, first_private = generate_key_config(3)
    second, second_private = generate_key_config(3)
    for cfg, private in ((first, first_private), (second, second_private), (first, first_private)):
        enc_request, _ = encapsulate_request(cfg, BODY)
        assert decapsulate_request(gateway_keys((cfg, private)), enc_request)[0] == BODY


def test_gateway_header_cache_still_refuses_unoffered_suites(
    config: tuple[KeyConfig, bytes],
) -> None:
    from hybridsdk.wire._keyconfig import UnsupportedSuiteError

    narrow, private = generate_key_config(4, symmetric=[(1, 1)])
    keys = gateway_keys((narrow, private))
    good, _ = encapsulate_request(narrow, BODY)
    assert decapsulate_request(keys, good)[0] == BODY  # caches the accepted header
    wide, _ = config
    other, _ = encapsulate_request(
        KeyConfig(4, KEM_X25519_HKDF_SHA256, narrow.public_key, wide.symmetric),
        BODY,
        suite=(1, 3),
    )
    with pytest.raises(UnsupportedSuiteError, match="does not offer"):
        decapsulate_request(keys, other)


@pytest.mark.parametrize("hash_name", ["sha256", "sha384", "sha512"])
@pytest.mark.parametrize("key_length", [0, 1, 32, 48, 64, 65, 128, 129, 300])
def test_hmac_matches_the_standard_library(hash_name: str, key_length: int) -> None:
    key = bytes((7 * i + 3) % 256 for i in range(key_length))
    for msg in (b"", b"m", bytes(range(256)) * 3):
        assert _hpke.hmac_digest(hash_name, key, msg) == hmac.digest(key, msg, hash_name)
