"""Chunked Oblivious HTTP messages, draft-ietf-ohai-chunked-ohttp-08 (February 2026).

Implements sections 4-6 of the draft (checked against the working group's editor's copy,
which has the same formulas and the appendix A example this module's tests reproduce byte
for byte):

- media types ``message/ohttp-chunked-req`` / ``message/ohttp-chunked-res``;
- request: the RFC 9458 header ``key_id kem_id kdf_id aead_id enc``, HPKE info
  ``"message/bhttp chunked request" 0x00 hdr``, then chunks ``varint(len) sealed``, each
  sealed with the one HPKE context (so its sequence number orders them); the final chunk
  is ``varint(0) Seal(aad="final", chunk)`` and runs to the end of the body;
- response: ``response_nonce`` (max(Nn, Nk) bytes), then chunks sealed with the key and
  nonce derived as RFC 9458 section 4.4 does but from the export
  ``"message/bhttp chunked response"``; chunk *i* uses ``aead_nonce XOR encode(Nn, i)``; the
  final chunk again has a zero length and AAD ``"final"``.

A non-final chunk with an empty plaintext is a decryption error (draft section 6); a body
that ends without a final chunk is a truncation (`CryptoError`), never a short success.
Sizes: senders keep chunks at or below 16384 plaintext bytes (`MAX_CHUNK`), receivers
refuse a sealed chunk above `MAX_SEALED_CHUNK` before buffering it.
`decapsulate_chunked_request` can also refuse, before opening any chunk, a request split
into more than `max_chunks` chunks (`TooManyChunksError`): every chunk costs an AEAD open,
and anyone can encrypt to a gateway's published key.

Incremental use: `ChunkedResponseReader.feed` returns every chunk it can open as soon as
its bytes are in, so a client can show tokens while the rest is on the way. The readers
hold at most one partial chunk.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

from hybridsdk._exceptions import CryptoError, EncodingError, KeyConfigError
from hybridsdk.wire import _hpke
from hybridsdk.wire._bhttp import encode_varint
from hybridsdk.wire._keyconfig import KeyConfig, SymmetricSuite, UnknownKeyIdError
from hybridsdk.wire._ohttp import HEADER_LENGTH, GatewayKey, request_header

__all__ = [
    "DRAFT",
    "MAX_CHUNK",
    "MAX_SEALED_CHUNK",
    "MEDIA_TYPE_CHUNKED_REQUEST",
    "MEDIA_TYPE_CHUNKED_RESPONSE",
    "ChunkedRequestReader",
    "ChunkedRequestSender",
    "ChunkedResponseReader",
    "ChunkedResponseSender",
    "TooManyChunksError",
    "TruncatedError",
    "chunk_nonce",
    "decapsulate_chunked_request",
]

DRAFT = "draft-ietf-ohai-chunked-ohttp-08"
MEDIA_TYPE_CHUNKED_REQUEST = "message/ohttp-chunked-req"
MEDIA_TYPE_CHUNKED_RESPONSE = "message/ohttp-chunked-res"

_REQUEST_LABEL = b"message/bhttp chunked request"
_RESPONSE_LABEL = b"message/bhttp chunked response"
_FINAL_AAD = b"final"

#: Senders' chunk size (the draft's 2**14 that every receiver must accept).
MAX_CHUNK = 16384
#: Largest sealed chunk a reader buffers: 4x the mandatory size plus the tag.
MAX_SEALED_CHUNK = 4 * MAX_CHUNK + 16
_NENC = 32  # X25519
_NT = 16
_AEAD_SIZES = {1: (16, 12), 2: (32, 12), 3: (32, 12)}
_HASH = {1: "sha256", 2: "sha384", 3: "sha512"}


def _aead(aead_id: int, key: bytes) -> AESGCM | ChaCha20Poly1305:
    return ChaCha20Poly1305(key) if aead_id == 3 else AESGCM(key)


def _secret_length(suite: SymmetricSuite) -> int:
    nk, nn = _AEAD_SIZES[suite.aead_id]
    return max(nk, nn)


def _schedule(header: bytes, suite: SymmetricSuite) -> _hpke.Schedule:
    return _hpke.schedule(
        suite.kdf_id,
        suite.aead_id,
        _REQUEST_LABEL + b"\x00" + header,
        _RESPONSE_LABEL,
        _secret_length(suite),
    )


def chunk_nonce(base_nonce: bytes, counter: int) -> bytes:
    """``base_nonce XOR encode(Nn, counter)``: the nonce of chunk number `counter`.

    Args:
        base_nonce: the Nn-byte base nonce (HPKE's, or the response's ``aead_nonce``).
        counter: the chunk's sequence number, from 0.
    """
    nn = len(base_nonce)
    if not 0 <= counter < 1 << (8 * nn):
        raise CryptoError(f"chunk counter {counter} does not fit the {nn}-byte nonce")
    value = int.from_bytes(base_nonce, "big") ^ counter
    return value.to_bytes(nn, "big")


class TruncatedError(CryptoError):
    """A chunked message ended before its final chunk (or inside it): what arrived is
    incomplete. The expected end of a stream whose sender stopped (a gateway whose upstream
    died sends no final chunk), as much as of a truncating relay."""


class TooManyChunksError(EncodingError):
    """A chunked request is split into more chunks than the receiver allows."""


def _count_chunks(data: bytes, offset: int, limit: int) -> None:
    """Walk the chunk lengths from `offset` (no decryption); raise past `limit` chunks."""
    count = 0
    while True:
        head = _decode_varint(data, offset)
        if head is None or head[0] == 0:
            return
        count += 1
        if count > limit:
            raise TooManyChunksError(
                f"chunked OHTTP request: more than {limit} chunks; send larger chunks"
            )
        offset = head[1] + head[0]


def _decode_varint(data: bytes | bytearray, offset: int) -> tuple[int, int] | None:
    """A QUIC varint at `offset`, or None when its bytes are not all in yet."""
    if offset >= len(data):
        return None
    size = 1 << (data[offset] >> 6)
    if offset + size > len(data):
        return None
    value = int.from_bytes(data[offset : offset + size], "big") & ((1 << (8 * size - 2)) - 1)
    return value, offset + size


class _Sealer:
    """Seals a sequence of chunks with one AEAD key, nonce = base XOR counter."""

    __slots__ = ("_aead", "_base", "_counter", "_done")

    def __init__(self, aead: AESGCM | ChaCha20Poly1305, base_nonce: bytes) -> None:
        self._aead = aead
        self._base = base_nonce
        self._counter = 0
        self._done = False

    def seal(self, chunk: bytes | bytearray | memoryview, *, final: bool) -> bytes:
        if self._done:
            raise EncodingError("chunked OHTTP: the final chunk was already sealed")
        if not final and len(chunk) == 0:
            raise EncodingError("chunked OHTTP: a non-final chunk must not be empty")
        nonce = chunk_nonce(self._base, self._counter)
        self._counter += 1
        if final:
            self._done = True
            return b"\x00" + self._aead.encrypt(nonce, bytes(chunk), _FINAL_AAD)
        sealed = self._aead.encrypt(nonce, bytes(chunk), None)
        return encode_varint(len(sealed)) + sealed

    @property
    def finished(self) -> bool:
        return self._done


class _Opener:
    """Parses and opens a stream of ``varint(len) sealed`` chunks, the last with length 0."""

    __slots__ = ("_aead", "_base", "_buf", "_counter", "_done", "_final", "_what")

    def __init__(self, aead: AESGCM | ChaCha20Poly1305, base_nonce: bytes, what: str) -> None:
        self._aead = aead
        self._base = base_nonce
        self._counter = 0
        self._buf = bytearray()
        self._final = False  # the zero length was read: the rest is the final chunk
        self._done = False
        self._what = what

    def _open(self, sealed: bytes, aad: bytes | None) -> bytes:
        nonce = chunk_nonce(self._base, self._counter)
        try:
            plain = self._aead.decrypt(nonce, sealed, aad)
        except Exception:
            raise CryptoError(
                f"chunked OHTTP {self._what}: chunk {self._counter} did not decrypt "
                "(tampered, reordered, or not from this exchange)"
            ) from None
        self._counter += 1
        return plain

    def feed(self, data: bytes | bytearray | memoryview) -> list[bytes]:
        return list(self.chunks(data))

    def chunks(self, data: bytes | bytearray | memoryview) -> Iterator[bytes]:
        """Each chunk `data` completes, opened as it is reached (an error in a later one
        leaves the earlier ones with the caller)."""
        if self._done:
            if data:
                raise CryptoError(f"chunked OHTTP {self._what}: data after the final chunk")
            return
        self._buf += data
        while not self._final:
            head = _decode_varint(self._buf, 0)
            if head is None:
                break
            length, start = head
            if length == 0:
                self._final = True
                del self._buf[:start]
                break
            if length > MAX_SEALED_CHUNK:
                raise EncodingError(
                    f"chunked OHTTP {self._what}: a {length}-byte chunk is over the "
                    f"{MAX_SEALED_CHUNK}-byte limit"
                )
            if len(self._buf) < start + length:
                break
            plain = self._open(bytes(self._buf[start : start + length]), None)
            del self._buf[: start + length]
            if not plain:
                # Draft section 6: an empty non-final chunk counts as a decryption error.
                raise CryptoError(f"chunked OHTTP {self._what}: empty non-final chunk")
            yield plain
        if self._final and len(self._buf) > MAX_SEALED_CHUNK:
            raise EncodingError(
                f"chunked OHTTP {self._what}: the final chunk is over the "
                f"{MAX_SEALED_CHUNK}-byte limit"
            )

    def finish(self) -> bytes:
        """The final chunk's plaintext; call once the body has ended."""
        if self._done:
            raise EncodingError(f"chunked OHTTP {self._what}: already finished")
        if not self._final:
            raise TruncatedError(
                f"chunked OHTTP {self._what} ended without its final chunk (truncated): "
                "treat what arrived as incomplete"
            )
        if len(self._buf) < _NT:
            raise TruncatedError(f"chunked OHTTP {self._what}: the final chunk is cut short")
        plain = self._open(bytes(self._buf), _FINAL_AAD)
        self._buf.clear()
        self._done = True
        return plain

    @property
    def finished(self) -> bool:
        return self._done


# ---------------------------------------------------------------------------------------
# Response (gateway seals, client opens)


def _response_aead(
    secret: bytes, enc: bytes, response_nonce: bytes, suite: SymmetricSuite
) -> tuple[AESGCM | ChaCha20Poly1305, bytes]:
    hash_name = _HASH[suite.kdf_id]
    nk, nn = _AEAD_SIZES[suite.aead_id]
    prk = _hpke.hmac_digest(hash_name, enc + response_nonce, secret)
    key = _hpke.hmac_digest(hash_name, prk, b"key\x01")[:nk]
    nonce = _hpke.hmac_digest(hash_name, prk, b"nonce\x01")[:nn]
    return _aead(suite.aead_id, key), nonce


class ChunkedResponseSender:
    """Gateway side: seals one chunked response. `start()` first, then chunks, then final.

    Args:
        secret: the request context's export ("message/bhttp chunked response").
        enc: the request's encapsulated key.
        suite: the request's (kdf, aead).
        response_nonce: fixed bytes for known-answer tests; random when None.
    """

    __slots__ = ("_nonce", "_sealer", "_started")

    def __init__(
        self,
        secret: bytes,
        enc: bytes,
        suite: SymmetricSuite,
        *,
        response_nonce: bytes | None = None,
    ) -> None:
        length = _secret_length(suite)
        if response_nonce is None:
            response_nonce = os.urandom(length)
        elif len(response_nonce) != length:
            raise EncodingError(f"response nonce must be {length} bytes, got {len(response_nonce)}")
        aead, base = _response_aead(secret, enc, response_nonce, suite)
        self._nonce = response_nonce
        self._sealer = _Sealer(aead, base)
        self._started = False

    def start(self) -> bytes:
        """The response nonce: the first bytes of the body."""
        self._started = True
        return self._nonce

    def seal(self, chunk: bytes | bytearray | memoryview) -> bytes:
        """One non-final chunk (not empty), length-prefixed."""
        if not self._started:
            raise EncodingError("chunked OHTTP response: call start() before sealing chunks")
        return self._sealer.seal(chunk, final=False)

    def seal_final(self, chunk: bytes | bytearray | memoryview = b"") -> bytes:
        """The final chunk (may be empty): zero length, AAD "final"."""
        if not self._started:
            raise EncodingError("chunked OHTTP response: call start() before sealing chunks")
        return self._sealer.seal(chunk, final=True)

    def whole(self, body: bytes | bytearray | memoryview) -> bytes:
        """The complete response as the nonce and one final chunk (for buffering relays)."""
        return self.start() + self.seal_final(body)

    def __repr__(self) -> str:
        return "ChunkedResponseSender(<secret>)"


class ChunkedResponseReader:
    """Client side: opens a chunked response as its bytes arrive.

    `feed(data)` returns the plaintext chunks completed so far; `finish()` after the body
    ends returns the final chunk's plaintext, or raises `CryptoError` when it is missing.
    """

    __slots__ = ("_enc", "_nonce_buf", "_opener", "_secret", "_suite")

    def __init__(self, secret: bytes, enc: bytes, suite: SymmetricSuite) -> None:
        self._secret = secret
        self._enc = enc
        self._suite = suite
        self._nonce_buf = bytearray()
        self._opener: _Opener | None = None

    def feed(self, data: bytes | bytearray | memoryview) -> list[bytes]:
        """Take the next bytes of the body; return the chunks they complete."""
        return list(self.chunks(data))

    def chunks(self, data: bytes | bytearray | memoryview) -> Iterator[bytes]:
        """Like `feed`, one chunk at a time: a chunk that fails to open raises only after
        the caller has taken the ones before it."""
        if self._opener is None:
            need = _secret_length(self._suite)
            self._nonce_buf += data
            if len(self._nonce_buf) < need:
                return
            nonce, rest = bytes(self._nonce_buf[:need]), bytes(self._nonce_buf[need:])
            aead, base = _response_aead(self._secret, self._enc, nonce, self._suite)
            self._opener = _Opener(aead, base, "response")
            self._nonce_buf.clear()
            data = rest
        yield from self._opener.chunks(data)

    def finish(self) -> bytes:
        """The final chunk's plaintext; `CryptoError` if the body was truncated."""
        if self._opener is None:
            raise TruncatedError("chunked OHTTP response ended before its nonce (truncated)")
        return self._opener.finish()

    @property
    def finished(self) -> bool:
        """True once the final chunk was opened."""
        return self._opener is not None and self._opener.finished

    def __repr__(self) -> str:
        return "ChunkedResponseReader(<secret>)"


# ---------------------------------------------------------------------------------------
# Request (client seals, gateway opens)


class ChunkedRequestSender:
    """Client side: a chunked request to the gateway key in `key_config`.

    `header` (hdr || enc) starts the body; then `seal(chunk)` for each non-final chunk and
    `seal_final(chunk)` once. `response_reader()` opens the answer.

    Args:
        key_config: the gateway's (pinned) key configuration.
        suite: the (kdf_id, aead_id); default the first supported one offered.
        ephemeral_private_key: a fixed HPKE ephemeral key for known-answer tests only.
    """

    __slots__ = ("_exported", "_sealer", "_suite", "enc", "header")

    def __init__(
        self,
        key_config: KeyConfig,
        *,
        suite: SymmetricSuite | tuple[int, int] | None = None,
        ephemeral_private_key: bytes | None = None,
    ) -> None:
        chosen = key_config.select_suite(suite)
        hdr = request_header(key_config.key_id, key_config.kem_id, chosen)
        try:
            pkr = X25519PublicKey.from_public_bytes(key_config.public_key)
        except ValueError:
            raise KeyConfigError(
                "key configuration: the public key is not a valid KEM key"
            ) from None
        ephemeral = None
        if ephemeral_private_key is not None:
            if len(ephemeral_private_key) != 32:
                raise KeyConfigError("ephemeral private key is not a valid KEM private key")
            ephemeral = X25519PrivateKey.from_private_bytes(bytes(ephemeral_private_key))
        try:
            setup = _hpke.setup_sender(
                _schedule(hdr, chosen), pkr, key_config.public_key, ephemeral
            )
        except ValueError:
            raise KeyConfigError(
                "key configuration: the public key is not a usable X25519 key (low order)"
            ) from None
        self._suite = chosen
        self.enc = setup.enc
        self.header = hdr + setup.enc
        self._exported = setup.exported
        self._sealer = _Sealer(setup.aead, setup.nonce)

    def seal(self, chunk: bytes | bytearray | memoryview) -> bytes:
        """One non-final chunk (not empty), length-prefixed."""
        return self._sealer.seal(chunk, final=False)

    def seal_final(self, chunk: bytes | bytearray | memoryview = b"") -> bytes:
        """The final chunk (may be empty)."""
        return self._sealer.seal(chunk, final=True)

    def encapsulate(
        self, body: bytes | bytearray | memoryview, *, chunk_size: int = MAX_CHUNK
    ) -> bytes:
        """The whole request body: header, `body` in chunks, an empty final chunk.

        Args:
            body: the Binary HTTP request.
            chunk_size: plaintext bytes per chunk (1..16384).
        """
        if not 0 < chunk_size <= MAX_CHUNK:
            raise EncodingError(f"chunk_size must be in 1..{MAX_CHUNK}, got {chunk_size}")
        view = memoryview(bytes(body))
        parts = [self.header]
        parts += [self.seal(view[i : i + chunk_size]) for i in range(0, len(view), chunk_size)]
        parts.append(self.seal_final(b""))
        return b"".join(parts)

    def response_reader(self) -> ChunkedResponseReader:
        """A reader for this request's chunked response."""
        return ChunkedResponseReader(self._exported, self.enc, self._suite)

    def __repr__(self) -> str:
        return f"ChunkedRequestSender(suite={self._suite.describe()})"


class ChunkedRequestReader:
    """Gateway side: opens a chunked request whose header was accepted.

    Made by `decapsulate_chunked_request` or `ChunkedRequestReader.start`.
    """

    __slots__ = ("_enc", "_opener", "_secret", "_suite")

    def __init__(
        self,
        opener: _Opener,
        secret: bytes,
        enc: bytes,
        suite: SymmetricSuite,
    ) -> None:
        self._opener = opener
        self._secret = secret
        self._enc = enc
        self._suite = suite

    @classmethod
    def start(
        cls,
        keys: Mapping[int, GatewayKey] | Iterable[GatewayKey],
        header: bytes | bytearray | memoryview,
    ) -> ChunkedRequestReader:
        """Accept the first ``7 + Nenc`` bytes of a chunked request.

        Args:
            keys: key id -> GatewayKey, or an iterable of GatewayKey.
            header: the request header and encapsulated key.
        """
        if not isinstance(keys, Mapping):
            keys = {key.config.key_id: key for key in keys}
        data = bytes(header)
        if len(data) != HEADER_LENGTH + _NENC:
            raise EncodingError(
                f"chunked request header is {len(data)} bytes; {HEADER_LENGTH + _NENC} expected"
            )
        key = keys.get(data[0])
        if key is None:
            raise UnknownKeyIdError(
                f"encapsulated request names key id {data[0]}, which this gateway does not "
                "hold; the client should fetch the current key configuration"
            )
        hdr = data[:HEADER_LENGTH]
        suite, _ = key._accept(hdr)
        enc = data[HEADER_LENGTH:]
        try:
            dh = key._x25519.exchange(X25519PublicKey.from_public_bytes(enc))
            k, nonce, exported = _schedule(hdr, suite).derive(
                _hpke.kem_shared_secret(dh, enc, key.config.public_key)
            )
        except ValueError:
            raise CryptoError("could not decrypt the encapsulated request: bad key share") from None
        return cls(_Opener(_aead(suite.aead_id, k), nonce, "request"), exported, enc, suite)

    def feed(self, data: bytes | bytearray | memoryview) -> list[bytes]:
        """Take the next bytes of the body (after the header); return the chunks completed."""
        return self._opener.feed(data)

    def finish(self) -> bytes:
        """The final chunk's plaintext; `CryptoError` if the body was truncated."""
        return self._opener.finish()

    def response_sender(self, *, response_nonce: bytes | None = None) -> ChunkedResponseSender:
        """A sender for the chunked response to this request.

        Args:
            response_nonce: fixed bytes for known-answer tests; random when None.
        """
        return ChunkedResponseSender(
            self._secret, self._enc, self._suite, response_nonce=response_nonce
        )

    def __repr__(self) -> str:
        return f"ChunkedRequestReader(suite={self._suite.describe()})"


def decapsulate_chunked_request(
    keys: Mapping[int, GatewayKey] | Iterable[GatewayKey],
    enc_request: bytes | bytearray | memoryview,
    *,
    max_chunks: int | None = None,
) -> tuple[bytes, ChunkedRequestReader]:
    """Open a whole ``message/ohttp-chunked-req`` body.

    Args:
        keys: key id -> GatewayKey, or an iterable of GatewayKey.
        enc_request: the complete body.
        max_chunks: most non-final chunks allowed (None: no limit); checked before any
            chunk is opened.

    Raises:
        TooManyChunksError: more than `max_chunks` non-final chunks.

    Returns:
        (the joined plaintext, the reader whose `response_sender` seals the answer).
    """
    data = bytes(enc_request)
    if len(data) < HEADER_LENGTH + _NENC:
        raise EncodingError(
            f"chunked request is {len(data)} bytes; the header alone is {HEADER_LENGTH + _NENC}"
        )
    if max_chunks is not None:
        _count_chunks(data, HEADER_LENGTH + _NENC, max_chunks)
    reader = ChunkedRequestReader.start(keys, data[: HEADER_LENGTH + _NENC])
    parts = reader.feed(data[HEADER_LENGTH + _NENC :])
    parts.append(reader.finish())
    return b"".join(parts), reader
