"""RFC 9577 / RFC 9578 known answers for the Privacy Pass formats (token type 0x0002)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from hybridsdk._exceptions import CryptoError, EncodingError
from hybridsdk.wire._blind_rsa import blind_sign, pss_spki, public_key_from_pss_spki
from hybridsdk.wire._private_token import (
    Token,
    TokenChallenge,
    TokenRequest,
    b64url,
    begin_token_request,
    finish_token,
    parse_private_token_authorization,
    redemption_context,
    token_key_id,
)

_DIR = Path(__file__).parent / "vectors"
ISSUANCE: list[dict[str, str]] = json.loads((_DIR / "rfc9578_blind_rsa.json").read_text())[
    "vectors"
]
CHALLENGES: list[dict[str, str]] = json.loads((_DIR / "rfc9577_challenge.json").read_text())[
    "vectors"
]


def _private_key(v: dict[str, str]) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(bytes.fromhex(v["skS"]), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


@pytest.mark.parametrize("index", range(len(ISSUANCE)))
def test_rfc9578_issuance_vector(index: int) -> None:
    v = ISSUANCE[index]
    key = _private_key(v)
    pub = key.public_key()
    assert pss_spki(pub).hex() == v["pkS"]
    assert public_key_from_pss_spki(bytes.fromhex(v["pkS"])).public_numbers() == (
        pub.public_numbers()
    )
    challenge = TokenChallenge.decode(bytes.fromhex(v["token_challenge"]))
    assert challenge.encode().hex() == v["token_challenge"]
    pending = begin_token_request(
        pub,
        challenge,
        nonce=bytes.fromhex(v["nonce"]),
        r=int(v["blind"], 16),
        salt=bytes.fromhex(v["salt"]),
    )
    assert pending.request.encode().hex() == v["token_request"]
    assert TokenRequest.decode(bytes.fromhex(v["token_request"])) == pending.request
    response = blind_sign(key, pending.request.blinded_msg)
    assert response.hex() == v["token_response"]
    token = finish_token(pub, pending, response)
    assert token.encode().hex() == v["token"]
    assert Token.decode(bytes.fromhex(v["token"])) == token
    assert parse_private_token_authorization(token.authorization()) == token


@pytest.mark.parametrize("index", range(len(CHALLENGES)))
def test_rfc9577_challenge_vector(index: int) -> None:
    v = CHALLENGES[index]
    challenge = TokenChallenge(
        bytes.fromhex(v["issuer_name"]).decode(),
        bytes.fromhex(v["redemption_context"]),
        bytes.fromhex(v["origin_info"]).decode(),
    )
    token = Token(
        bytes.fromhex(v["nonce"]), challenge.digest(), bytes.fromhex(v["token_key_id"]), b""
    )
    assert token.authenticator_input().hex() == v["token_authenticator_input"]
    assert TokenChallenge.decode(challenge.encode()) == challenge


def test_token_key_id_is_sha256_of_pss_spki() -> None:
    v = ISSUANCE[0]
    pub = _private_key(v).public_key()
    token = Token.decode(bytes.fromhex(v["token"]))
    assert token.token_key_id == token_key_id(pub)


def test_finish_token_refuses_a_wrong_response() -> None:
    v = ISSUANCE[0]
    key = _private_key(v)
    challenge = TokenChallenge.decode(bytes.fromhex(v["token_challenge"]))
    pending = begin_token_request(key.public_key(), challenge, nonce=bytes(32))
    other = _private_key(ISSUANCE[1]) if ISSUANCE[1]["skS"] != v["skS"] else None
    bad = bytearray(blind_sign(key, pending.request.blinded_msg))
    bad[0] ^= 0x01
    with pytest.raises(CryptoError):
        finish_token(key.public_key(), pending, bytes(bad))
    with pytest.raises(EncodingError):
        finish_token(key.public_key(), pending, b"\x00" * 255)
    if other is not None:
        with pytest.raises(CryptoError):
            finish_token(key.public_key(), pending, blind_sign(other, pending.request.blinded_msg))


def test_redemption_context_binds_key_and_epoch() -> None:
    a = redemption_context(b"\x01key-a", 100)
    assert len(a) == 32
    assert a == redemption_context(b"\x01key-a", 100)
    assert a != redemption_context(b"\x01key-b", 100)
    assert a != redemption_context(b"\x01key-a", 101)


@pytest.mark.parametrize(
    "header",
    [
        "PrivateToken",
        "PrivateToken token=",
        'PrivateToken token="!!!"',
        'PrivateToken token="AAAA"',
        "PrivateToken nonsense",
        'PrivateToken token="' + b64url(b"\x00\x01" + bytes(352)) + '"',
    ],
)
def test_malformed_private_token_headers_refused(header: str) -> None:
    with pytest.raises(EncodingError):
        parse_private_token_authorization(header)


def test_other_schemes_are_not_private_tokens() -> None:
    assert parse_private_token_authorization("Bearer abc") is None


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00\x02\x00", bytes.fromhex("0002000e6973737565722e6578616d706c6505aaaaaaaaaa0000")],
)
def test_malformed_challenges_refused(data: bytes) -> None:
    with pytest.raises(EncodingError):
        TokenChallenge.decode(data)
