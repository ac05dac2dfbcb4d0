"""RFC 9474 known answers for the blind RSA core, and what it must refuse."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from hybridsdk._exceptions import CryptoError, EncodingError
from hybridsdk.wire._blind_rsa import (
    DETERMINISTIC,
    RANDOMIZED,
    BlindingState,
    Variant,
    blind,
    blind_sign,
    emsa_pss_encode,
    finalize,
    pss_spki,
    public_key_from_pss_spki,
    verify,
)

VECTORS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "vectors" / "rfc9474.json").read_text()
)["vectors"]


def _key(v: dict[str, Any]) -> rsa.RSAPrivateKey:
    p, q, d = (int(v[k], 16) for k in ("p", "q", "d"))
    n, e = int(v["n"], 16), int(v["e"], 16)
    assert p * q == n
    return rsa.RSAPrivateNumbers(
        p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), rsa.RSAPublicNumbers(e, n)
    ).private_key()


def _variant(v: dict[str, Any]) -> Variant:
    return Variant(v["name"], len(v["salt"]) // 2, "Randomized" in v["name"])


@pytest.mark.parametrize("v", VECTORS, ids=[v["name"] for v in VECTORS])
def test_rfc9474_vector(v: dict[str, Any]) -> None:
    key = _key(v)
    pub = key.public_key()
    variant = _variant(v)
    n = pub.public_numbers().n
    salt = bytes.fromhex(v["salt"])
    prefix = bytes.fromhex(v["msg_prefix"]) if variant.randomized else None
    prepared = bytes.fromhex(v["prepared_msg"])
    if "encoded_msg" in v:
        assert emsa_pss_encode(prepared, n.bit_length() - 1, salt).hex() == v["encoded_msg"]
    r = pow(int(v["inv"], 16), -1, n)
    blinded, state = blind(pub, bytes.fromhex(v["msg"]), variant, r=r, salt=salt, msg_prefix=prefix)
    assert state.prepared_msg == prepared
    assert blinded.hex() == v["blinded_msg"]
    blind_sig = blind_sign(key, blinded)
    assert blind_sig.hex() == v["blind_sig"]
    sig = finalize(pub, blind_sig, state, variant)
    assert sig.hex() == v["sig"]
    verify(pub, prepared, sig, variant)


def test_round_trip_with_fresh_randomness_both_variants() -> None:
    v = VECTORS[0]
    key = _key(v)
    pub = key.public_key()
    for variant in (DETERMINISTIC, RANDOMIZED):
        blinded, state = blind(pub, b"hello", variant)
        sig = finalize(pub, blind_sign(key, blinded), state, variant)
        verify(pub, state.prepared_msg, sig, variant)
        # Two blindings of one message look unrelated to the signer.
        other, _ = blind(pub, b"hello", variant)
        assert other != blinded


def test_tampered_signature_and_message_refused() -> None:
    v = VECTORS[2]
    key = _key(v)
    pub = key.public_key()
    blinded, state = blind(pub, b"token input")
    blind_sig = bytearray(blind_sign(key, blinded))
    blind_sig[10] ^= 1
    with pytest.raises(CryptoError):
        finalize(pub, bytes(blind_sig), state)
    sig = finalize(pub, blind_sign(key, blinded), state)
    with pytest.raises(CryptoError):
        verify(pub, b"token inpuT", sig)
    with pytest.raises(CryptoError):
        verify(pub, b"token input", sig[:-1])
    # A signature from another key does not verify under this one.
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    b2, s2 = blind(other.public_key(), b"token input")
    forged = finalize(other.public_key(), blind_sign(other, b2), s2)
    with pytest.raises(CryptoError):
        verify(pub, b"token input", forged)


def test_blind_sign_refuses_bad_input() -> None:
    key = _key(VECTORS[2])
    with pytest.raises(EncodingError, match="512 bytes"):  # a 4096-bit vector key
        blind_sign(key, b"\x01" * 511)
    with pytest.raises(EncodingError, match="below the modulus"):
        blind_sign(key, b"\xff" * 512)
    with pytest.raises(EncodingError, match="512 bytes"):
        finalize(key.public_key(), b"\x00" * 10, BlindingState(1, b""))


def test_pss_spki_round_trip_and_refusals() -> None:
    pub = _key(VECTORS[2]).public_key()
    spki = pss_spki(pub)
    assert public_key_from_pss_spki(spki).public_numbers() == pub.public_numbers()
    for bad in (spki[:-1], spki + b"\x00", b"\x30\x03\x02\x01\x01", b""):
        with pytest.raises(EncodingError):
            public_key_from_pss_spki(bad)
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024).public_key()
    with pytest.raises(EncodingError, match="2048"):
        public_key_from_pss_spki(pss_spki(small))
