"""Chunked OHTTP (draft-ietf-ohai-chunked-ohttp-08): the draft's appendix A example byte for
byte, an independent re-derivation of the response keys from the draft's formulas, and
tamper / truncation / reorder / final-chunk-missing checks on every chunk."""

from __future__ import annotations

import hmac

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hybridsdk._exceptions import CryptoError, EncodingError, UnknownKeyIdError
from hybridsdk.wire._chunked_ohttp import (
    MEDIA_TYPE_CHUNKED_REQUEST,
    MEDIA_TYPE_CHUNKED_RESPONSE,
    ChunkedRequestReader,
    ChunkedRequestSender,
    chunk_nonce,
    decapsulate_chunked_request,
)
from hybridsdk.wire._keyconfig import generate_key_config, parse_key_config
from hybridsdk.wire._ohttp import gateway_keys

H = bytes.fromhex
# draft-ietf-ohai-chunked-ohttp-08, appendix A.
SKR = H("1c190d72acdbe4dbc69e680503bb781a932c70a12c8f3754434c67d8640d8698")
KEY_CONFIG = H(
    "010020668eb21aace159803974a4c67f08b4152d29bed10735fd08f98ccdd6fe09570800080001000100010003"
)
REQUEST = H("00034745540568747470730b6578616d706c652e636f6d012f")
SKE = H("b26d565f3f875ed480d1abced3d665159650c99174fd0b124ac4bda0c64ae324")
ENC = H("8811eb457e100811c40a0aa71340a1b81d804bb986f736f2f566a7199761a032")
ENC_REQUEST_CHUNKS = [
    H("01002000010001") + ENC,
    H("1c2ad24942d4d692563012f2980c8fef437a336b9b2fc938ef77a5834f"),
    H("1d2e33d8fd25577afe31bd1c79d094f76b6250ae6549b473ecd950501311"),
    H("001c6c1395d0ef7c1022297966307b8a7f"),
]
RESPONSE = H("0140c8")
SECRET = H("1d4484834ae36102a6ac42a5523454d9")
RESPONSE_NONCE = H("bcce7f4cb921309ba5d62edf1769ef09")
PRK = H("3967884b5f7b4bce4a5320a3e3f79fdc97389f7deba1c1e11c5ea62278187786")
AEAD_KEY = H("8209f78f2a1610d80c7125009b00aff0")
AEAD_NONCE = H("fead854635d2d5527d64f546")
ENC_RESPONSE_CHUNKS = [
    RESPONSE_NONCE,
    H("1179bf1cc87fa0e2c02de4546945aa3d1e48"),
    H("12b348b5bd4c594c16b6170b07b475845d1f32"),
    H("00ed9d8a796617a5b27265f4d73247f639"),
]
CHUNK_NONCES = [
    H("fead854635d2d5527d64f546"),
    H("fead854635d2d5527d64f547"),
    H("fead854635d2d5527d64f544"),
]


def _keys() -> dict:
    return gateway_keys((parse_key_config(KEY_CONFIG), SKR))


def _kat_sender() -> ChunkedRequestSender:
    return ChunkedRequestSender(parse_key_config(KEY_CONFIG), ephemeral_private_key=SKE)


def test_media_types() -> None:
    assert MEDIA_TYPE_CHUNKED_REQUEST == "message/ohttp-chunked-req"
    assert MEDIA_TYPE_CHUNKED_RESPONSE == "message/ohttp-chunked-res"


def test_request_kat_byte_for_byte() -> None:
    sender = _kat_sender()
    assert sender.header == ENC_REQUEST_CHUNKS[0]
    assert sender.seal(REQUEST[:12]) == ENC_REQUEST_CHUNKS[1]
    assert sender.seal(REQUEST[12:]) == ENC_REQUEST_CHUNKS[2]
    assert sender.seal_final(b"") == ENC_REQUEST_CHUNKS[3]


def test_gateway_opens_the_kat_request_and_seals_the_kat_response() -> None:
    plain, reader = decapsulate_chunked_request(_keys(), b"".join(ENC_REQUEST_CHUNKS))
    assert plain == REQUEST
    out = reader.response_sender(response_nonce=RESPONSE_NONCE)
    assert out.start() == ENC_RESPONSE_CHUNKS[0]
    assert out.seal(RESPONSE[:1]) == ENC_RESPONSE_CHUNKS[1]
    assert out.seal(RESPONSE[1:]) == ENC_RESPONSE_CHUNKS[2]
    assert out.seal_final(b"") == ENC_RESPONSE_CHUNKS[3]


def test_client_opens_the_kat_response_byte_by_byte() -> None:
    reader = _kat_sender().response_reader()
    got: list[bytes] = []
    for byte in b"".join(ENC_RESPONSE_CHUNKS):
        got += reader.feed(bytes((byte,)))
    assert got == [RESPONSE[:1], RESPONSE[1:]]
    assert reader.finish() == b""
    assert reader.finished


def test_response_keys_rederived_from_the_draft_formulas() -> None:
    # Independent of the module: HKDF written out with hmac, the draft's steps in order.
    salt = ENC + RESPONSE_NONCE
    prk = hmac.digest(salt, SECRET, "sha256")
    assert prk == PRK
    key = hmac.digest(prk, b"key\x01", "sha256")[:16]
    nonce = hmac.digest(prk, b"nonce\x01", "sha256")[:12]
    assert (key, nonce) == (AEAD_KEY, AEAD_NONCE)
    assert [chunk_nonce(nonce, i) for i in range(3)] == CHUNK_NONCES
    aead = AESGCM(key)
    assert aead.encrypt(CHUNK_NONCES[0], RESPONSE[:1], None) == ENC_RESPONSE_CHUNKS[1][1:]
    assert aead.encrypt(CHUNK_NONCES[2], b"", b"final") == ENC_RESPONSE_CHUNKS[3][1:]
    # The exported secret of the KAT context matches the draft's input keying material.
    _, reader = decapsulate_chunked_request(_keys(), b"".join(ENC_REQUEST_CHUNKS))
    assert reader._secret == SECRET
    assert X25519PrivateKey.from_private_bytes(SKE).public_key().public_bytes_raw() == ENC


def _round_trip_parts(n: int = 4) -> tuple[ChunkedRequestSender, list[bytes]]:
    config, private = generate_key_config(7)
    keys = gateway_keys((config, private))
    sender = ChunkedRequestSender(config)
    body = sender.encapsulate(b"hello chunked world", chunk_size=5)
    _, reader = decapsulate_chunked_request(keys, body)
    out = reader.response_sender()
    parts = [out.start()] + [out.seal(f"token {i} ".encode()) for i in range(n)]
    parts.append(out.seal_final(b"end"))
    return sender, parts


def _read(sender: ChunkedRequestSender, parts: list[bytes]) -> list[bytes]:
    reader = sender.response_reader()
    got: list[bytes] = []
    for part in parts:
        got += reader.feed(part)
    got.append(reader.finish())
    return got


def test_round_trip_many_chunks_random_keys() -> None:
    sender, parts = _round_trip_parts()
    assert _read(sender, parts) == [f"token {i} ".encode() for i in range(4)] + [b"end"]


@pytest.mark.parametrize("index", range(1, 6))
def test_tamper_any_response_chunk_is_refused(index: int) -> None:
    sender, parts = _round_trip_parts()
    bad = bytearray(parts[index])
    bad[-1] ^= 0x01
    parts[index] = bytes(bad)
    with pytest.raises(CryptoError):
        _read(sender, parts)


def test_tampered_nonce_is_refused() -> None:
    sender, parts = _round_trip_parts()
    parts[0] = bytes([parts[0][0] ^ 1]) + parts[0][1:]
    with pytest.raises(CryptoError):
        _read(sender, parts)


@pytest.mark.parametrize("cut", range(1, 5))
def test_truncation_after_any_chunk_is_refused(cut: int) -> None:
    sender, parts = _round_trip_parts()
    reader = sender.response_reader()
    for part in parts[: cut + 1]:
        reader.feed(part)
    with pytest.raises(CryptoError, match="final chunk"):
        reader.finish()


def test_final_chunk_missing_even_if_last_chunk_is_whole() -> None:
    sender, parts = _round_trip_parts()
    with pytest.raises(CryptoError, match="truncated"):
        _read(sender, parts[:-1])


def test_final_chunk_cut_short_is_refused() -> None:
    sender, parts = _round_trip_parts()
    parts[-1] = parts[-1][:-3]
    with pytest.raises(CryptoError):
        _read(sender, parts)


def test_reordered_chunks_are_refused() -> None:
    sender, parts = _round_trip_parts()
    parts[1], parts[2] = parts[2], parts[1]
    with pytest.raises(CryptoError):
        _read(sender, parts)


def test_dropped_middle_chunk_is_refused() -> None:
    sender, parts = _round_trip_parts()
    del parts[2]
    with pytest.raises(CryptoError):
        _read(sender, parts)


def test_non_final_chunk_presented_as_final_is_refused() -> None:
    # Strip the length prefix of the last non-final chunk and present it as final: the
    # "final" AAD does not match.
    sender, parts = _round_trip_parts(1)
    sealed = parts[1][1:]
    with pytest.raises(CryptoError):
        _read(sender, [parts[0], b"\x00" + sealed])


def test_empty_non_final_chunk_is_a_decryption_error() -> None:
    config, private = generate_key_config(3)
    sender = ChunkedRequestSender(config)
    with pytest.raises(EncodingError):
        sender.seal(b"")
    # Forge one: a valid seal of nothing with an empty AAD, sent as a non-final chunk.
    sealer = sender._sealer
    forged = sealer._aead.encrypt(chunk_nonce(sealer._base, 0), b"", None)
    body = sender.header + bytes((len(forged),)) + forged + sender.seal_final(b"x")
    with pytest.raises(CryptoError, match="empty"):
        decapsulate_chunked_request(gateway_keys((config, private)), body)


def test_request_tamper_truncation_and_unknown_key() -> None:
    config, private = generate_key_config(9)
    keys = gateway_keys((config, private))
    body = ChunkedRequestSender(config).encapsulate(b"abcdefghij", chunk_size=3)
    for i in range(39, len(body)):
        bad = bytearray(body)
        bad[i] ^= 0x80
        with pytest.raises((CryptoError, EncodingError)):
            decapsulate_chunked_request(keys, bytes(bad))
    with pytest.raises(CryptoError):
        decapsulate_chunked_request(keys, body[:-17])  # drop the final chunk
    other, _ = generate_key_config(10)
    with pytest.raises(UnknownKeyIdError):
        decapsulate_chunked_request(keys, ChunkedRequestSender(other).encapsulate(b"x"))


def test_data_after_final_and_oversized_chunks() -> None:
    sender, parts = _round_trip_parts(1)
    reader = sender.response_reader()
    for part in parts:
        reader.feed(part)
    reader.finish()
    with pytest.raises(CryptoError):
        reader.feed(b"more")
    reader = sender.response_reader()
    reader.feed(parts[0])
    with pytest.raises(EncodingError, match="limit"):
        reader.feed(b"\x80\x10\x00\x00")  # a 1 MiB chunk announced


def test_request_reader_start_checks_header_length() -> None:
    config, private = generate_key_config(4)
    with pytest.raises(EncodingError):
        ChunkedRequestReader.start(gateway_keys((config, private)), b"\x04\x00")


def test_secrets_not_in_repr() -> None:
    sender, _ = _round_trip_parts(0)
    assert "secret" not in repr(sender).lower() or "<secret>" in repr(sender)
    assert repr(sender.response_reader()) == "ChunkedResponseReader(<secret>)"


def test_whole_response_is_one_final_chunk_read_by_the_same_reader() -> None:
    # What a gateway sends when the client says its relay buffers (no `Incremental`):
    # still the chunked format (no media-type fallback to partition clients on), one chunk.
    config, private = generate_key_config(5)
    sender = ChunkedRequestSender(config)
    _, reader = decapsulate_chunked_request(
        gateway_keys((config, private)), sender.encapsulate(b"q")
    )
    body = reader.response_sender().whole(b"the whole answer")
    client = sender.response_reader()
    assert client.feed(body) == []
    assert client.finish() == b"the whole answer"
