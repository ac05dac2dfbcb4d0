"""Oblivious HTTP encapsulation (RFC 9458 section 4) on HPKE (RFC 9180, via pyhpke).

Client::

    enc_request, ctx = encapsulate_request(key_config, bhttp_request)
    ...send enc_request as message/ohttp-req, receive message/ohttp-res...
    bhttp_response = ctx.decapsulate_response(enc_response)

Gateway::

    keys = gateway_keys((key_config, private_key))
    bhttp_request, ctx = decapsulate_request(keys, enc_request)
    enc_response = ctx.encapsulate_response(bhttp_response)

Errors: a too-short message is an `EncodingError`; an unknown key id is
`UnknownKeyIdError` and a suite the key does not offer `UnsupportedSuiteError` (both
`KeyConfigError`, which a gateway answers with 4xx and the RFC 9457 problem type
``https://iana.org/assignments/http-problem-types#ohttp-key``); anything that fails to decrypt
is a `CryptoError`. Messages never carry key material.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from pyhpke import AEADId, CipherSuite, KDFId, KEMId, KEMKeyInterface, KEMKeyPair

from hybridsdk._exceptions import ConfigurationError, CryptoError, EncodingError, KeyConfigError
from hybridsdk.cloud._keyconfig import (
    AEAD_AES_128_GCM,
    AEAD_AES_256_GCM,
    AEAD_CHACHA20_POLY1305,
    KDF_HKDF_SHA256,
    KDF_HKDF_SHA384,
    KDF_HKDF_SHA512,
    KEM_X25519_HKDF_SHA256,
    KeyConfig,
    SymmetricSuite,
    UnknownKeyIdError,
    UnsupportedSuiteError,
)

__all__ = [
    "HEADER_LENGTH",
    "MEDIA_TYPE_REQUEST",
    "MEDIA_TYPE_RESPONSE",
    "ClientResponseContext",
    "GatewayKey",
    "ResponseKeys",
    "ServerResponseContext",
    "benchmark_round_trip",
    "decapsulate_request",
    "derive_response_keys",
    "encapsulate_request",
    "gateway_keys",
    "request_header",
]

MEDIA_TYPE_REQUEST = "message/ohttp-req"
MEDIA_TYPE_RESPONSE = "message/ohttp-res"

_REQUEST_LABEL = b"message/bhttp request"
_RESPONSE_LABEL = b"message/bhttp response"

#: key_id(1) kem_id(2) kdf_id(2) aead_id(2)
HEADER_LENGTH = 7
_NENC = {KEM_X25519_HKDF_SHA256: 32}
_NT = 16  # every supported AEAD has a 16-byte tag

_HASH = {KDF_HKDF_SHA256: "sha256", KDF_HKDF_SHA384: "sha384", KDF_HKDF_SHA512: "sha512"}
#: aead id -> (Nk, Nn)
_AEAD_SIZES = {
    AEAD_AES_128_GCM: (16, 12),
    AEAD_AES_256_GCM: (32, 12),
    AEAD_CHACHA20_POLY1305: (32, 12),
}

_DECRYPT_FAILED = "could not decrypt the encapsulated request: wrong key or tampered message"


def _aead(aead_id: int, key: bytes) -> AESGCM | ChaCha20Poly1305:
    return ChaCha20Poly1305(key) if aead_id == AEAD_CHACHA20_POLY1305 else AESGCM(key)


@lru_cache(maxsize=32)
def _cipher_suite(kem_id: int, kdf_id: int, aead_id: int) -> CipherSuite:
    return CipherSuite.new(KEMId(kem_id), KDFId(kdf_id), AEADId(aead_id))


@lru_cache(maxsize=64)
def _public_key(kem_id: int, public_key: bytes) -> KEMKeyInterface:
    # Deserialising the same gateway key on every request is wasted work: cache it.
    try:
        return _cipher_suite(kem_id, KDF_HKDF_SHA256, AEAD_AES_128_GCM).kem.deserialize_public_key(
            public_key
        )
    except ValueError:
        raise KeyConfigError("key configuration: the public key is not a valid KEM key") from None


def request_header(key_id: int, kem_id: int, suite: SymmetricSuite) -> bytes:
    """The 7-byte header ``key_id kem_id kdf_id aead_id`` of an encapsulated request.

    Args:
        key_id: the key configuration's id.
        kem_id: the HPKE KEM id.
        suite: the (kdf_id, aead_id) in use.
    """
    return (
        bytes((key_id,))
        + kem_id.to_bytes(2, "big")
        + suite.kdf_id.to_bytes(2, "big")
        + suite.aead_id.to_bytes(2, "big")
    )


# ---------------------------------------------------------------------------------------
# Response keys (RFC 9458 section 4.4)


@dataclass(frozen=True, repr=False)
class ResponseKeys:
    """The values derived for one encapsulated response (all secret but the salt).

    Args:
        salt: enc || response_nonce.
        prk: Extract(salt, secret).
        key: Expand(prk, "key", Nk).
        nonce: Expand(prk, "nonce", Nn).
    """

    salt: bytes
    prk: bytes
    key: bytes
    nonce: bytes

    def __repr__(self) -> str:
        return "ResponseKeys(<redacted>)"


def _expand(hash_name: str, prk: bytes, info: bytes, length: int) -> bytes:
    block = b""
    out = b""
    counter = 1
    while len(out) < length:
        block = hmac.digest(prk, block + info + bytes((counter,)), hash_name)
        out += block
        counter += 1
    return out[:length]


def derive_response_keys(
    secret: bytes, enc: bytes, response_nonce: bytes, suite: SymmetricSuite
) -> ResponseKeys:
    """Derive the response AEAD key and nonce from the HPKE exported `secret`.

    Args:
        secret: context.export("message/bhttp response", max(Nn, Nk)).
        enc: the request's encapsulated KEM shared secret.
        response_nonce: max(Nn, Nk) random bytes that start the response.
        suite: the (kdf_id, aead_id) of the request.
    """
    hash_name = _HASH[suite.kdf_id]
    nk, nn = _AEAD_SIZES[suite.aead_id]
    salt = enc + response_nonce
    prk = hmac.digest(salt, secret, hash_name)
    key = _expand(hash_name, prk, b"key", nk)
    nonce = _expand(hash_name, prk, b"nonce", nn)
    return ResponseKeys(salt, prk, key, nonce)


def _secret_length(suite: SymmetricSuite) -> int:
    nk, nn = _AEAD_SIZES[suite.aead_id]
    return max(nk, nn)


class _ResponseContext:
    __slots__ = ("_enc", "_secret", "suite")

    def __init__(self, enc: bytes, secret: bytes, suite: SymmetricSuite) -> None:
        self._enc = enc
        self._secret = secret
        self.suite = suite

    @property
    def response_secret(self) -> bytes:
        """The exported secret the response keys come from (secret; for tests and KATs)."""
        return self._secret

    def __repr__(self) -> str:
        return f"{type(self).__name__}(suite={self.suite.describe()})"


class ServerResponseContext(_ResponseContext):
    """Gateway-side state of one request, able to encrypt its one response."""

    __slots__ = ()

    def encapsulate_response(
        self, response: bytes | bytearray | memoryview, *, response_nonce: bytes | None = None
    ) -> bytes:
        """Encrypt a ``message/bhttp`` response into a ``message/ohttp-res`` body.

        Args:
            response: the encoded Binary HTTP response.
            response_nonce: fixed max(Nn, Nk) bytes for known-answer tests; random if None.
        """
        length = _secret_length(self.suite)
        if response_nonce is None:
            response_nonce = os.urandom(length)
        elif len(response_nonce) != length:
            raise EncodingError(f"response nonce must be {length} bytes, got {len(response_nonce)}")
        keys = derive_response_keys(self._secret, self._enc, response_nonce, self.suite)
        return response_nonce + _aead(self.suite.aead_id, keys.key).encrypt(
            keys.nonce, bytes(response), None
        )


class ClientResponseContext(_ResponseContext):
    """Client-side state of one request, able to decrypt its one response."""

    __slots__ = ()

    def decapsulate_response(self, enc_response: bytes | bytearray | memoryview) -> bytes:
        """Decrypt a ``message/ohttp-res`` body into the ``message/bhttp`` response.

        Args:
            enc_response: the body the gateway returned.
        """
        data = bytes(enc_response)
        length = _secret_length(self.suite)
        if len(data) < length + _NT:
            raise EncodingError(
                f"encapsulated response is {len(data)} bytes; at least {length + _NT} "
                "(nonce and tag) are needed"
            )
        keys = derive_response_keys(self._secret, self._enc, data[:length], self.suite)
        try:
            return _aead(self.suite.aead_id, keys.key).decrypt(keys.nonce, data[length:], None)
        except Exception:
            raise CryptoError(
                "could not decrypt the encapsulated response: tampered, truncated, or not the "
                "answer to this request"
            ) from None


# ---------------------------------------------------------------------------------------
# Client side


def encapsulate_request(
    key_config: KeyConfig,
    request: bytes | bytearray | memoryview,
    *,
    suite: SymmetricSuite | tuple[int, int] | None = None,
    ephemeral_private_key: bytes | None = None,
) -> tuple[bytes, ClientResponseContext]:
    """Encrypt a ``message/bhttp`` request to the gateway key in `key_config`.

    Args:
        key_config: the gateway's (pinned) key configuration.
        request: the encoded Binary HTTP request.
        suite: the (kdf_id, aead_id) to use; default the first supported one offered.
        ephemeral_private_key: fixed HPKE ephemeral key for known-answer tests only; never
            reuse one in production, a fresh random key is drawn when None.

    Returns:
        (the ``message/ohttp-req`` body, the context that decrypts the response).
    """
    chosen = key_config.select_suite(suite)
    hpke = _cipher_suite(key_config.kem_id, chosen.kdf_id, chosen.aead_id)
    pkr = _public_key(key_config.kem_id, key_config.public_key)
    header = request_header(key_config.key_id, key_config.kem_id, chosen)
    eks = None
    if ephemeral_private_key is not None:
        try:
            sk = hpke.kem.deserialize_private_key(bytes(ephemeral_private_key))
        except ValueError:
            raise KeyConfigError("ephemeral private key is not a valid KEM private key") from None
        eks = KEMKeyPair(sk, _derive_public(sk))
    enc, context = hpke.create_sender_context(pkr, _REQUEST_LABEL + b"\x00" + header, eks=eks)
    sealed = context.seal(bytes(request))
    secret = context.export(_RESPONSE_LABEL, _secret_length(chosen))
    return header + enc + sealed, ClientResponseContext(enc, secret, chosen)


def _derive_public(sk: KEMKeyInterface) -> KEMKeyInterface:
    # pyhpke's X25519 keys wrap cryptography keys; public_key() gives the matching one.
    return type(sk)(sk.raw.public_key())


# ---------------------------------------------------------------------------------------
# Gateway side


class GatewayKey:
    """A gateway private key prepared once for fast decapsulation.

    Args:
        key_config: the public configuration published for this key.
        private_key: the 32 raw X25519 private-key bytes.
    """

    __slots__ = ("_private", "config")

    def __init__(self, key_config: KeyConfig, private_key: bytes) -> None:
        self.config = key_config
        kem = _cipher_suite(key_config.kem_id, KDF_HKDF_SHA256, AEAD_AES_128_GCM).kem
        try:
            self._private = kem.deserialize_private_key(bytes(private_key))
        except ValueError:
            raise KeyConfigError(
                f"gateway key {key_config.key_id}: not a valid X25519 private key "
                "(32 raw bytes expected)"
            ) from None
        if self._private.raw.public_key().public_bytes_raw() != key_config.public_key:
            raise KeyConfigError(
                f"gateway key {key_config.key_id}: the private key does not match the "
                "configuration's public key"
            )

    def __repr__(self) -> str:
        return (
            f"GatewayKey(key_id={self.config.key_id}, fingerprint={self.config.fingerprint[:16]})"
        )


def gateway_keys(*pairs: tuple[KeyConfig, bytes]) -> dict[int, GatewayKey]:
    """Build the key-id -> GatewayKey map `decapsulate_request` takes.

    Args:
        pairs: (key configuration, raw private key) for each key the gateway holds.
    """
    keys: dict[int, GatewayKey] = {}
    for config, private in pairs:
        if config.key_id in keys:
            raise KeyConfigError(f"two gateway keys share key id {config.key_id}")
        keys[config.key_id] = GatewayKey(config, private)
    return keys


def decapsulate_request(
    keys: Mapping[int, GatewayKey] | Iterable[GatewayKey],
    enc_request: bytes | bytearray | memoryview,
) -> tuple[bytes, ServerResponseContext]:
    """Decrypt a ``message/ohttp-req`` body with the gateway key its header names.

    Args:
        keys: key id -> GatewayKey (see `gateway_keys`), or an iterable of GatewayKey.
        enc_request: the body the client sent.

    Returns:
        (the ``message/bhttp`` request, the context that encrypts the response).
    """
    if not isinstance(keys, Mapping):
        keys = {key.config.key_id: key for key in keys}
    data = bytes(enc_request)
    if len(data) < HEADER_LENGTH:
        raise EncodingError(
            f"encapsulated request is {len(data)} bytes; the header alone is {HEADER_LENGTH}"
        )
    key_id = data[0]
    key = keys.get(key_id)
    if key is None:
        raise UnknownKeyIdError(
            f"encapsulated request names key id {key_id}, which this gateway does not hold; "
            "the client should fetch the current key configuration"
        )
    kem_id = int.from_bytes(data[1:3], "big")
    suite = SymmetricSuite(int.from_bytes(data[3:5], "big"), int.from_bytes(data[5:7], "big"))
    if kem_id != key.config.kem_id or suite not in key.config.symmetric or not suite.supported:
        raise UnsupportedSuiteError(
            f"encapsulated request uses KEM 0x{kem_id:04x} with {suite.describe()}, which key "
            f"{key_id} does not offer"
        )
    nenc = _NENC[kem_id]
    if len(data) < HEADER_LENGTH + nenc + _NT:
        raise EncodingError(
            f"encapsulated request is {len(data)} bytes; header, KEM share and tag need "
            f"at least {HEADER_LENGTH + nenc + _NT}"
        )
    enc = data[HEADER_LENGTH : HEADER_LENGTH + nenc]
    hpke = _cipher_suite(kem_id, suite.kdf_id, suite.aead_id)
    info = _REQUEST_LABEL + b"\x00" + data[:HEADER_LENGTH]
    try:
        context = hpke.create_recipient_context(enc, key._private, info)
        plaintext = context.open(data[HEADER_LENGTH + nenc :])
    except Exception:
        # pyhpke raises OpenError, cryptography ValueError for a low-order share: all mean
        # the same to the caller, and the details could only help an attacker.
        raise CryptoError(_DECRYPT_FAILED) from None
    secret = context.export(_RESPONSE_LABEL, _secret_length(suite))
    return plaintext, ServerResponseContext(enc, secret, suite)


# ---------------------------------------------------------------------------------------
# Benchmark helper (used by `hybridsdk bench cloud`)


def benchmark_round_trip(
    body_bytes: int, *, rounds: int = 200, suite: tuple[int, int] = (1, 1)
) -> dict[str, float]:
    """Time the OHTTP crypto of one request and its response, client and gateway side.

    Each round: encapsulate a `body_bytes` request, decapsulate it at the gateway,
    encapsulate a `body_bytes` response, decapsulate it at the client. No I/O.

    Args:
        body_bytes: size of the request and of the response payload.
        rounds: how many rounds to time (after 10 warm-up rounds).
        suite: the (kdf_id, aead_id) to use.

    Returns:
        median/p90/min microseconds per round, the rounds, and the bytes OHTTP adds
        to the request and to the response.
    """
    import statistics
    import time

    from hybridsdk.cloud._keyconfig import generate_key_config

    if rounds < 1:
        raise ConfigurationError(f"benchmark rounds must be >= 1, got {rounds}")
    config, private = generate_key_config(1)
    keys = gateway_keys((config, private))
    payload = os.urandom(body_bytes)
    timings: list[float] = []
    request_overhead = response_overhead = 0
    for i in range(rounds + 10):
        start = time.perf_counter_ns()
        enc_request, client_ctx = encapsulate_request(config, payload, suite=suite)
        plain, server_ctx = decapsulate_request(keys, enc_request)
        enc_response = server_ctx.encapsulate_response(plain)
        client_ctx.decapsulate_response(enc_response)
        elapsed = time.perf_counter_ns() - start
        if i >= 10:
            timings.append(elapsed / 1000.0)
        request_overhead = len(enc_request) - body_bytes
        response_overhead = len(enc_response) - body_bytes
    timings.sort()
    return {
        "body_bytes": float(body_bytes),
        "rounds": float(rounds),
        "median_us": statistics.median(timings),
        "p90_us": timings[min(len(timings) - 1, int(0.9 * len(timings)))],
        "min_us": timings[0],
        "request_overhead_bytes": float(request_overhead),
        "response_overhead_bytes": float(response_overhead),
    }
