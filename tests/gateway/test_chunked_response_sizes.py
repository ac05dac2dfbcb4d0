"""The sizes of the chunks the gateway seals for a chunked-OHTTP answer: never over
`MAX_CHUNK` plaintext bytes (the client refuses sealed chunks over `MAX_SEALED_CHUNK`), and
a streamed event group split over several chunks keeps whole 256-byte padding buckets."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from hybridsdk.gateway._chat_routes import ChatStream
from hybridsdk.gateway._chunked_endpoint import _stream
from hybridsdk.gateway._problems import InnerResponse
from hybridsdk.wire._bhttp_stream import PAD_BUCKET, StreamingResponseDecoder
from hybridsdk.wire._chunked_ohttp import (
    MAX_CHUNK,
    ChunkedRequestSender,
    ChunkedResponseReader,
    _decode_varint,
)
from hybridsdk.wire._keyconfig import generate_key_config
from hybridsdk.wire._ohttp import gateway_keys
from hybridsdk.wire._openai_chat import SseParser, chat_chunk, sse_event

_NT = 16  # AEAD tag


def _exchange():  # type: ignore[no-untyped-def]
    from hybridsdk.wire._chunked_ohttp import decapsulate_chunked_request

    config, private = generate_key_config(1)
    client = ChunkedRequestSender(config)
    _, reader = decapsulate_chunked_request(
        gateway_keys((config, private)), client.encapsulate(b"x")
    )
    return client.response_reader(), reader.response_sender()


def _sealed_sizes(body: bytes, nonce: int) -> list[int]:
    """The sealed length of every non-final chunk, then the final chunk's."""
    sizes, offset = [], nonce
    while True:
        length, offset = _decode_varint(body, offset)  # type: ignore[misc]
        if length == 0:
            return [*sizes, len(body) - offset]
        sizes.append(length)
        offset += length


def _run(answer: ChatStream | InnerResponse) -> tuple[bytes, ChunkedResponseReader]:
    async def collect() -> bytes:
        return b"".join([part async for part in _stream(sender, answer)])

    reader, sender = _exchange()
    body = asyncio.run(collect())
    return body, reader


async def _groups(*groups: bytes) -> AsyncIterator[bytes]:
    for group in groups:
        yield group


@pytest.mark.parametrize("size", [10, 16_000, 70_000, 300_000])
def test_a_streamed_group_of_any_size_fits_the_chunks(size: int) -> None:
    group = sse_event(chat_chunk("c", "m", content="a" * size))
    answer = ChatStream(200, [("content-type", "text/event-stream")], _groups(group))
    body, reader = _run(answer)
    sizes = _sealed_sizes(body, 16)
    assert max(sizes) <= MAX_CHUNK + _NT
    # Each content chunk (all but the head and the final) is whole padding buckets plus
    # its length prefix.
    for sealed in sizes[1:-1]:
        assert (sealed - _NT - 2) % PAD_BUCKET == 0
    decoder, sse = StreamingResponseDecoder(), SseParser()
    text = []
    for plain in [*reader.feed(body), reader.finish()]:
        text += sse.feed(b"".join(decoder.feed(plain)))
    assert decoder.complete and len(text) == 1 and ("a" * size) in text[0]


@pytest.mark.parametrize("size", [100, 16_384, 70_000, 1_000_000])
def test_a_whole_answer_of_any_size_fits_the_chunks(size: int) -> None:
    answer = InnerResponse(200, [("content-type", "application/json")], b"b" * size)
    body, reader = _run(answer)
    sizes = _sealed_sizes(body, 16)
    assert max(sizes) <= MAX_CHUNK + _NT
    decoder = StreamingResponseDecoder()
    content = b"".join(
        b"".join(decoder.feed(plain)) for plain in [*reader.feed(body), reader.finish()]
    )
    assert decoder.complete and content == b"b" * size
    if size < 16_000:
        assert len(sizes) == 1  # a small answer is still the nonce and one final chunk
