"""RSA blind signatures (RFC 9474), the RSABSSA-SHA384 variants, on `cryptography` keys.

No maintained Python package implements RFC 9474 (PyPI has none; `cryptography` has no
blind RSA), so the four operations live here, checked by the RFC's own test vectors
(tests/vectors/rfc9474.json). Verification is plain RSASSA-PSS and goes through OpenSSL.

The issuer's private operation runs on Python integers, which are not constant time: it
is done with the CRT, a fresh multiplicative blind of the base on every call (so timing
does not depend on the attacker's chosen message), and the result is checked against the
public key before it leaves (a faulty signature would leak the key). An issuer that needs
more than this keeps its key in an HSM and signs there.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from hybridsdk._exceptions import CryptoError, EncodingError

__all__ = [
    "DETERMINISTIC",
    "RANDOMIZED",
    "SALT_LENGTH",
    "BlindingState",
    "Variant",
    "blind",
    "blind_sign",
    "emsa_pss_encode",
    "finalize",
    "pss_spki",
    "public_key_from_pss_spki",
    "verify",
]

_HASH_LENGTH = 48  # SHA-384
#: sLen of the RSABSSA-SHA384-PSS-* variants: the hash length.
SALT_LENGTH = _HASH_LENGTH
_PREFIX_LENGTH = 32


@dataclass(frozen=True)
class Variant:
    """One RFC 9474 named variant.

    Args:
        name: the RFC's name for it.
        salt_length: the EMSA-PSS salt length (48 or 0).
        randomized: whether messages get a random 32-byte prefix before signing.
    """

    name: str
    salt_length: int
    randomized: bool


#: What Privacy Pass token type 0x0002 uses (RFC 9578 section 6).
DETERMINISTIC = Variant("RSABSSA-SHA384-PSS-Deterministic", SALT_LENGTH, False)
#: The variant RFC 9474 recommends for messages that carry no entropy of their own.
RANDOMIZED = Variant("RSABSSA-SHA384-PSS-Randomized", SALT_LENGTH, True)


@dataclass(frozen=True)
class BlindingState:
    """What the client keeps between `blind` and `finalize`; secret, never sent.

    Args:
        inv: the inverse of the blind modulo n.
        prepared_msg: the message as signed (with its random prefix, if any).
    """

    inv: int
    prepared_msg: bytes


def _mgf1(seed: bytes, length: int) -> bytes:
    out = bytearray()
    counter = 0
    while len(out) < length:
        out += hashlib.sha384(seed + counter.to_bytes(4, "big")).digest()
        counter += 1
    return bytes(out[:length])


def emsa_pss_encode(msg: bytes, em_bits: int, salt: bytes) -> bytes:
    """EMSA-PSS-ENCODE (RFC 8017 section 9.1.1) with SHA-384 and MGF1-SHA-384.

    Args:
        msg: the message.
        em_bits: the modulus length in bits minus one.
        salt: the salt (its length is sLen).

    Raises:
        EncodingError: the modulus is too small for this salt.
    """
    em_len = (em_bits + 7) // 8
    m_hash = hashlib.sha384(msg).digest()
    if em_len < _HASH_LENGTH + len(salt) + 2:
        raise EncodingError("RSA modulus too small for EMSA-PSS with SHA-384")
    h = hashlib.sha384(bytes(8) + m_hash + salt).digest()
    db = bytes(em_len - len(salt) - _HASH_LENGTH - 2) + b"\x01" + salt
    masked = bytearray(a ^ b for a, b in zip(db, _mgf1(h, em_len - _HASH_LENGTH - 1), strict=True))
    masked[0] &= 0xFF >> (8 * em_len - em_bits)
    return bytes(masked) + h + b"\xbc"


def _modulus_length(key: rsa.RSAPublicKey) -> int:
    return (key.key_size + 7) // 8


def blind(
    public_key: rsa.RSAPublicKey,
    msg: bytes,
    variant: Variant = DETERMINISTIC,
    *,
    r: int | None = None,
    salt: bytes | None = None,
    msg_prefix: bytes | None = None,
) -> tuple[bytes, BlindingState]:
    """Prepare and Blind (RFC 9474 sections 4.1-4.2): what the client sends the issuer.

    Args:
        public_key: the issuer's public key.
        msg: the message to get signed.
        variant: the RFC 9474 variant.
        r: the blind (tests only; random by default).
        salt: the PSS salt (tests only; random by default).
        msg_prefix: the randomized variant's prefix (tests only; random by default).

    Returns:
        (blinded_msg, the state `finalize` needs).

    Raises:
        CryptoError: the encoded message is not invertible modulo n (negligible odds).
    """
    numbers = public_key.public_numbers()
    n, e = numbers.n, numbers.e
    prepared = msg
    if variant.randomized:
        prepared = (msg_prefix if msg_prefix is not None else secrets.token_bytes(32)) + msg
    if salt is None:
        salt = secrets.token_bytes(variant.salt_length)
    encoded = emsa_pss_encode(prepared, n.bit_length() - 1, salt)
    m = int.from_bytes(encoded, "big")
    if math.gcd(m, n) != 1:
        raise CryptoError("blind RSA: the encoded message is not invertible; try again")
    while r is None:
        candidate = secrets.randbelow(n - 1) + 1
        if math.gcd(candidate, n) == 1:
            r = candidate
    inv = pow(r, -1, n)
    z = (m * pow(r, e, n)) % n
    return z.to_bytes(_modulus_length(public_key), "big"), BlindingState(inv, prepared)


def blind_sign(private_key: rsa.RSAPrivateKey, blinded_msg: bytes) -> bytes:
    """BlindSign (RFC 9474 section 4.3): the issuer's signature over a blinded message.

    Args:
        private_key: the issuer's key.
        blinded_msg: exactly modulus-length bytes from `blind`.

    Raises:
        EncodingError: wrong length, or not below the modulus.
        CryptoError: the signature failed its own check (a fault; nothing is returned).
    """
    priv = private_key.private_numbers()
    pub = priv.public_numbers
    n, e = pub.n, pub.e
    k = _modulus_length(private_key.public_key())
    if len(blinded_msg) != k:
        raise EncodingError(f"blinded message must be {k} bytes, got {len(blinded_msg)}")
    m = int.from_bytes(blinded_msg, "big")
    if m >= n:
        raise EncodingError("blinded message is not below the modulus")
    # Blind the base so the running time does not follow the caller's chosen input.
    while True:
        b = secrets.randbelow(n - 2) + 2
        if math.gcd(b, n) == 1:
            break
    base = (m * pow(b, e, n)) % n
    sp = pow(base % priv.p, priv.dmp1, priv.p)
    sq = pow(base % priv.q, priv.dmq1, priv.q)
    s_blinded = sq + priv.q * ((priv.iqmp * (sp - sq)) % priv.p)
    s = (s_blinded * pow(b, -1, n)) % n
    if pow(s, e, n) != m:
        raise CryptoError("blind RSA: signing fault detected; nothing was returned")
    return s.to_bytes(k, "big")


def _pss(salt_length: int) -> padding.PSS:
    return padding.PSS(mgf=padding.MGF1(hashes.SHA384()), salt_length=salt_length)


def verify(
    public_key: rsa.RSAPublicKey, msg: bytes, sig: bytes, variant: Variant = DETERMINISTIC
) -> None:
    """RSASSA-PSS-VERIFY with SHA-384 over the prepared message (through OpenSSL).

    Args:
        public_key: the issuer's public key.
        msg: the prepared message (with its prefix for the randomized variant).
        sig: the signature.
        variant: the RFC 9474 variant.

    Raises:
        CryptoError: the signature does not verify.
    """
    if len(sig) != _modulus_length(public_key):
        raise CryptoError("blind RSA signature has the wrong length")
    try:
        public_key.verify(sig, msg, _pss(variant.salt_length), hashes.SHA384())
    except InvalidSignature:
        raise CryptoError("blind RSA signature does not verify") from None


def finalize(
    public_key: rsa.RSAPublicKey,
    blind_sig: bytes,
    state: BlindingState,
    variant: Variant = DETERMINISTIC,
) -> bytes:
    """Finalize (RFC 9474 section 4.4): unblind the issuer's answer and check it.

    Args:
        public_key: the issuer's public key.
        blind_sig: the issuer's answer.
        state: what `blind` returned alongside the blinded message.
        variant: the RFC 9474 variant.

    Raises:
        EncodingError: the answer has the wrong length.
        CryptoError: the unblinded signature does not verify (wrong key or a bad issuer).
    """
    n = public_key.public_numbers().n
    k = _modulus_length(public_key)
    if len(blind_sig) != k:
        raise EncodingError(f"blind signature must be {k} bytes, got {len(blind_sig)}")
    z = int.from_bytes(blind_sig, "big")
    sig = ((z * state.inv) % n).to_bytes(k, "big")
    verify(public_key, state.prepared_msg, sig, variant)
    return sig


# -- SubjectPublicKeyInfo with the id-RSASSA-PSS algorithm (RFC 9578 section 6.5) ---------

# AlgorithmIdentifier { id-RSASSA-PSS, RSASSA-PSS-params { sha384, mgf1(sha384), 48 } }
_PSS_ALGORITHM = bytes.fromhex(
    "303d06092a864886f70d01010a3030a00d300b0609608648016503040202"
    "a11a301806092a864886f70d010108300b0609608648016503040202a203020130"
)


def _der_length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    raw = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _der_integer(value: int) -> bytes:
    raw = value.to_bytes(value.bit_length() // 8 + 1, "big")
    return b"\x02" + _der_length(len(raw)) + raw


def pss_spki(public_key: rsa.RSAPublicKey) -> bytes:
    """The DER SubjectPublicKeyInfo with the RSASSA-PSS algorithm identifier (SHA-384,
    MGF1-SHA-384, salt 48): the Privacy Pass ``token-key`` encoding.

    Args:
        public_key: the issuer's public key.
    """
    numbers = public_key.public_numbers()
    body = _der_integer(numbers.n) + _der_integer(numbers.e)
    rsa_key = b"\x30" + _der_length(len(body)) + body
    bit_string = b"\x03" + _der_length(len(rsa_key) + 1) + b"\x00" + rsa_key
    inner = _PSS_ALGORITHM + bit_string
    return b"\x30" + _der_length(len(inner)) + inner


def _read_tlv(data: bytes, pos: int, tag: int) -> tuple[bytes, int]:
    if pos + 2 > len(data) or data[pos] != tag:
        raise EncodingError("token key is not the expected DER structure")
    length = data[pos + 1]
    pos += 2
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4 or pos + count > len(data):
            raise EncodingError("token key has a bad DER length")
        length = int.from_bytes(data[pos : pos + count], "big")
        pos += count
    if pos + length > len(data):
        raise EncodingError("token key is truncated")
    return data[pos : pos + length], pos + length


def public_key_from_pss_spki(data: bytes) -> rsa.RSAPublicKey:
    """Parse a ``token-key``: an RSASSA-PSS SPKI with SHA-384 parameters and salt 48.

    Args:
        data: the DER bytes.

    Raises:
        EncodingError: not that structure (other parameters are refused, not ignored).
    """
    spki, end = _read_tlv(data, 0, 0x30)
    if end != len(data) or not spki.startswith(_PSS_ALGORITHM):
        raise EncodingError("token key is not an RSASSA-PSS (SHA-384, salt 48) public key")
    bits, end = _read_tlv(spki, len(_PSS_ALGORITHM), 0x03)
    if end != len(spki) or not bits.startswith(b"\x00"):
        raise EncodingError("token key has a malformed BIT STRING")
    seq, end = _read_tlv(bits, 1, 0x30)
    n_raw, pos = _read_tlv(seq, 0, 0x02)
    e_raw, pos = _read_tlv(seq, pos, 0x02)
    if pos != len(seq) or end != len(bits):
        raise EncodingError("token key has trailing bytes")
    n, e = int.from_bytes(n_raw, "big"), int.from_bytes(e_raw, "big")
    if n.bit_length() < 2048 or e < 3 or e % 2 == 0:
        raise EncodingError("token key must be an RSA key of at least 2048 bits")
    key = rsa.RSAPublicNumbers(e, n).public_key()
    if not hmac.compare_digest(pss_spki(key), data):
        raise EncodingError("token key is not in canonical DER form")
    return key
