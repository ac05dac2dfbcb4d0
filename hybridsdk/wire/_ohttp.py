"""Oblivious HTTP encapsulation (RFC 9458 section 4) on HPKE (RFC 9180).

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

Speed: HPKE runs through `hybridsdk.wire._hpke` (HKDF with every constant label joined
once per key and suite, cryptography's X25519 and AEADs called directly): one request and
response cost ~130 us of crypto instead of ~200 us with pyhpke, and ~90 us of that is the
three X25519 operations no implementation can skip. Clients cache the parsed gateway key,
header and key-schedule constants per (key config, suite); a `GatewayKey` caches them per
request header it accepts. A client prepares the next request's HPKE setup (both of its
X25519 operations and the key schedule) while it waits for the current answer
(`prefetch_encapsulation`), leaving only the sealing on the critical path. pyhpke stays as
the reference the tests cross-check byte for byte and as a fallback:
``set_hpke_backend("pyhpke")``.
"""

from __future__ import annotations

import functools
import hmac
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from pyhpke import AEADId, CipherSuite, KDFId, KEMId, KEMKeyInterface, KEMKeyPair

from hybridsdk._exceptions import ConfigurationError, CryptoError, EncodingError, KeyConfigError
from hybridsdk.wire import _hpke
from hybridsdk.wire._keyconfig import (
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
    "HpkeBackend",
    "ResponseKeys",
    "ServerResponseContext",
    "benchmark_round_trip",
    "decapsulate_request",
    "derive_response_keys",
    "discard_prepared_encapsulations",
    "encapsulate_request",
    "gateway_keys",
    "hpke_backend",
    "prefetch_encapsulation",
    "request_header",
    "set_hpke_backend",
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

#: Which HPKE implementation runs: "fast" (`_hpke`) or "pyhpke" (the reference).
HpkeBackend = Literal["fast", "pyhpke"]
_backend: HpkeBackend = "fast"


def set_hpke_backend(name: HpkeBackend) -> None:
    """Choose the HPKE implementation for every later encapsulation and decapsulation.

    Both produce the same bytes; "pyhpke" is slower and exists as a fallback and reference.

    Args:
        name: "fast" (default) or "pyhpke".
    """
    global _backend
    if name not in ("fast", "pyhpke"):
        raise ConfigurationError(f"HPKE backend must be 'fast' or 'pyhpke', got {name!r}")
    _backend = name


def hpke_backend() -> HpkeBackend:
    """The HPKE implementation in use ("fast" or "pyhpke")."""
    return _backend


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


def _secret_length(suite: SymmetricSuite) -> int:
    nk, nn = _AEAD_SIZES[suite.aead_id]
    return max(nk, nn)


def _schedule(header: bytes, suite: SymmetricSuite) -> _hpke.Schedule:
    # info = "message/bhttp request" 0x00 header; the export is the response secret.
    return _hpke.schedule(
        suite.kdf_id,
        suite.aead_id,
        _REQUEST_LABEL + b"\x00" + header,
        _RESPONSE_LABEL,
        _secret_length(suite),
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

    def _aead_for(self, response_nonce: bytes) -> tuple[AESGCM | ChaCha20Poly1305, bytes]:
        # derive_response_keys without the dataclass: every supported hash is at least as
        # long as Nk and Nn, so each Expand is one HMAC block.
        suite = self.suite
        hash_name = _HASH[suite.kdf_id]
        nk, nn = _AEAD_SIZES[suite.aead_id]
        prk = _hpke.hmac_digest(hash_name, self._enc + response_nonce, self._secret)
        key = _hpke.hmac_digest(hash_name, prk, b"key\x01")[:nk]
        nonce = _hpke.hmac_digest(hash_name, prk, b"nonce\x01")[:nn]
        return _aead(suite.aead_id, key), nonce

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
        aead, nonce = self._aead_for(response_nonce)
        return response_nonce + aead.encrypt(nonce, response, None)


class ClientResponseContext(_ResponseContext):
    """Client-side state of one request, able to decrypt its one response."""

    __slots__ = ()

    def decapsulate_response(self, enc_response: bytes | bytearray | memoryview) -> bytes:
        """Decrypt a ``message/ohttp-res`` body into the ``message/bhttp`` response.

        Args:
            enc_response: the body the gateway returned.
        """
        data = memoryview(enc_response)
        length = _secret_length(self.suite)
        if len(data) < length + _NT:
            raise EncodingError(
                f"encapsulated response is {len(data)} bytes; at least {length + _NT} "
                "(nonce and tag) are needed"
            )
        aead, nonce = self._aead_for(bytes(data[:length]))
        try:
            return aead.decrypt(nonce, data[length:], None)
        except Exception:
            raise CryptoError(
                "could not decrypt the encapsulated response: tampered, truncated, or not the "
                "answer to this request"
            ) from None


# ---------------------------------------------------------------------------------------
# Client side


class _ClientKey:
    """What encapsulating to one (key config, suite) needs, computed once."""

    __slots__ = ("header", "info", "public_bytes", "public_key", "schedule", "spares")

    def __init__(
        self, key_id: int, kem_id: int, public_bytes: bytes, suite: SymmetricSuite
    ) -> None:
        self.header = request_header(key_id, kem_id, suite)
        self.info = _REQUEST_LABEL + b"\x00" + self.header
        self.public_bytes = public_bytes
        try:
            self.public_key = X25519PublicKey.from_public_bytes(public_bytes)
        except ValueError:
            raise KeyConfigError(
                "key configuration: the public key is not a valid KEM key"
            ) from None
        self.schedule = _schedule(self.header, suite)
        # A partial, not a bound method: spares holding their _ClientKey would make a cycle
        # that keeps secrets alive until the cycle collector runs.
        self.spares = _hpke.SpareSetups(
            functools.partial(_setup_sender, self.schedule, self.public_key, public_bytes)
        )

    def setup(self, ephemeral: X25519PrivateKey | None = None) -> _hpke.SenderSetup:
        """A fresh HPKE sender setup to this key (`ephemeral`: known-answer tests only)."""
        return _setup_sender(self.schedule, self.public_key, self.public_bytes, ephemeral)


def _setup_sender(
    sched: _hpke.Schedule,
    public_key: X25519PublicKey,
    public_bytes: bytes,
    ephemeral: X25519PrivateKey | None = None,
) -> _hpke.SenderSetup:
    try:
        return _hpke.setup_sender(sched, public_key, public_bytes, ephemeral)
    except ValueError:
        # cryptography refuses an all-zero X25519 output: the key is low-order junk.
        raise KeyConfigError(
            "key configuration: the public key is not a usable X25519 key (low order)"
        ) from None


@lru_cache(maxsize=64)
def _client_key(key_id: int, kem_id: int, public_bytes: bytes, suite: SymmetricSuite) -> _ClientKey:
    return _ClientKey(key_id, kem_id, public_bytes, suite)


# A child process must never use a setup its parent made (the same AEAD key and nonce on two
# messages): forget every prepared key in the child. Forks from C skip this hook; the
# setups' pid check covers them.
if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_client_key.cache_clear)


def encapsulate_request(
    key_config: KeyConfig,
    request: bytes | bytearray | memoryview,
    *,
    suite: SymmetricSuite | tuple[int, int] | None = None,
    ephemeral_private_key: bytes | None = None,
) -> tuple[bytes, ClientResponseContext]:
    """Encrypt a ``message/bhttp`` request to the gateway key in `key_config`.

    The HPKE setup comes from `prefetch_encapsulation` when one is ready, else it is made
    now; either way it is fresh and used for this request only.

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
    if _backend == "pyhpke":
        return _encapsulate_pyhpke(key_config, chosen, request, ephemeral_private_key)
    prepared = _client_key(key_config.key_id, key_config.kem_id, key_config.public_key, chosen)
    if ephemeral_private_key is None:
        setup = prepared.spares.take()
    elif len(ephemeral_private_key) != 32:
        raise KeyConfigError("ephemeral private key is not a valid KEM private key")
    else:
        setup = prepared.setup(X25519PrivateKey.from_private_bytes(bytes(ephemeral_private_key)))
    return (
        prepared.header + setup.enc + setup.seal(request),
        ClientResponseContext(setup.enc, setup.exported, chosen),
    )


def prefetch_encapsulation(
    key_config: KeyConfig, *, suite: SymmetricSuite | tuple[int, int] | None = None
) -> None:
    """Prepare a later request's encapsulation to `key_config` now, while there is time.

    Clients call this once a request is on the wire and they are only waiting for the
    answer. It makes one HPKE sender setup (ephemeral key, DH, key schedule, export), which
    does not depend on the message; the next `encapsulate_request` to the same key and
    suite then only seals. Each setup serves one request only.

    Args:
        key_config: the gateway key the next request will go to.
        suite: the (kdf_id, aead_id) it will use; default as `encapsulate_request`.
    """
    if _backend != "fast":
        return
    chosen = key_config.select_suite(suite)
    _client_key(
        key_config.key_id, key_config.kem_id, key_config.public_key, chosen
    ).spares.prefetch()


def discard_prepared_encapsulations() -> None:
    """Drop every HPKE setup made ahead of time.

    Forks need nothing (a child never uses its parent's setups). A process restored from a
    memory snapshot (VM snapshot, CRIU) shares them with every other copy: call this after
    the restore, and have the platform reseed OpenSSL's random generator too, whose state
    the snapshot copied as well.
    """
    _client_key.cache_clear()


def _encapsulate_pyhpke(
    key_config: KeyConfig,
    chosen: SymmetricSuite,
    request: bytes | bytearray | memoryview,
    ephemeral_private_key: bytes | None,
) -> tuple[bytes, ClientResponseContext]:
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
    try:
        enc, context = hpke.create_sender_context(pkr, _REQUEST_LABEL + b"\x00" + header, eks=eks)
    except ValueError:
        raise KeyConfigError(
            "key configuration: the public key is not a usable X25519 key (low order)"
        ) from None
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

    __slots__ = ("_headers", "_private", "_x25519", "config")

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
        self._x25519: X25519PrivateKey = self._private.raw
        if self._x25519.public_key().public_bytes_raw() != key_config.public_key:
            raise KeyConfigError(
                f"gateway key {key_config.key_id}: the private key does not match the "
                "configuration's public key"
            )
        # header bytes -> (suite, schedule), filled for headers this key accepts only, so
        # it holds at most one entry per offered suite.
        self._headers: dict[bytes, tuple[SymmetricSuite, _hpke.Schedule]] = {}

    def _accept(self, header: bytes) -> tuple[SymmetricSuite, _hpke.Schedule]:
        """The suite and schedule of a request `header` naming this key, or the key error."""
        known = self._headers.get(header)
        if known is not None:
            return known
        kem_id = int.from_bytes(header[1:3], "big")
        suite = SymmetricSuite(
            int.from_bytes(header[3:5], "big"), int.from_bytes(header[5:7], "big")
        )
        if (
            kem_id != self.config.kem_id
            or suite not in self.config.symmetric
            or not suite.supported
        ):
            raise UnsupportedSuiteError(
                f"encapsulated request uses KEM 0x{kem_id:04x} with {suite.describe()}, which key "
                f"{header[0]} does not offer"
            )
        accepted = (suite, _schedule(header, suite))
        self._headers[header] = accepted
        return accepted

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
    header = data[:HEADER_LENGTH]
    suite, schedule = key._accept(header)
    nenc = _NENC[key.config.kem_id]
    if len(data) < HEADER_LENGTH + nenc + _NT:
        raise EncodingError(
            f"encapsulated request is {len(data)} bytes; header, KEM share and tag need "
            f"at least {HEADER_LENGTH + nenc + _NT}"
        )
    enc = data[HEADER_LENGTH : HEADER_LENGTH + nenc]
    if _backend == "pyhpke":
        return _decapsulate_pyhpke(key, suite, header, enc, data[HEADER_LENGTH + nenc :])
    try:
        plaintext, secret = _hpke.base_open(
            schedule,
            key._x25519,
            key.config.public_key,
            enc,
            memoryview(data)[HEADER_LENGTH + nenc :],
        )
    except Exception:
        # InvalidTag for a wrong key or tampering, ValueError for a low-order share: all
        # mean the same to the caller, and the details could only help an attacker.
        raise CryptoError(_DECRYPT_FAILED) from None
    return plaintext, ServerResponseContext(enc, secret, suite)


def _decapsulate_pyhpke(
    key: GatewayKey, suite: SymmetricSuite, header: bytes, enc: bytes, sealed: bytes
) -> tuple[bytes, ServerResponseContext]:
    hpke = _cipher_suite(key.config.kem_id, suite.kdf_id, suite.aead_id)
    try:
        context = hpke.create_recipient_context(
            enc, key._private, _REQUEST_LABEL + b"\x00" + header
        )
        plaintext = context.open(sealed)
    except Exception:
        # pyhpke raises OpenError, cryptography ValueError for a low-order share.
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

    from hybridsdk.wire._keyconfig import generate_key_config

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
