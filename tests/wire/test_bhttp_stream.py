"""Streamed indeterminate-length Binary HTTP responses and the SSE padding policy."""

from __future__ import annotations

import pytest

from hybridsdk._exceptions import EncodingError
from hybridsdk.wire._bhttp import decode_response
from hybridsdk.wire._bhttp_stream import (
    PAD_BUCKET,
    StreamingResponseDecoder,
    content_piece,
    pad_sse,
    response_end,
    response_head,
)

HEADERS = [(b"content-type", b"text/event-stream")]


def _message(pieces: list[bytes]) -> bytes:
    return response_head(200, HEADERS) + b"".join(map(content_piece, pieces)) + response_end()


def test_the_rfc_decoder_reads_what_we_stream() -> None:
    whole = decode_response(_message([b"data: a\n\n", b"data: b\n\n"]))
    assert whole.status == 200
    assert whole.headers == HEADERS
    assert whole.content == b"data: a\n\ndata: b\n\n"


def test_incremental_decoder_byte_by_byte() -> None:
    decoder = StreamingResponseDecoder()
    pieces: list[bytes] = []
    for byte in _message([b"x" * 70, b"y"]):
        pieces += decoder.feed(bytes((byte,)))
    assert decoder.head is not None and decoder.head.status == 200
    assert decoder.head.headers == HEADERS
    assert pieces == [b"x" * 70, b"y"]
    assert decoder.complete


def test_decoder_refuses_known_length_and_junk_after_end() -> None:
    with pytest.raises(EncodingError, match="framing"):
        StreamingResponseDecoder().feed(b"\x01\x40\xc8\x00")
    decoder = StreamingResponseDecoder()
    decoder.feed(_message([b"a"]))
    with pytest.raises(EncodingError):
        decoder.feed(b"junk")
    with pytest.raises(EncodingError):
        StreamingResponseDecoder(max_field_bytes=8).feed(
            response_head(200, [(b"a" * 40, b"b")])[:-3]
        )
    with pytest.raises(EncodingError):
        content_piece(b"")
    with pytest.raises(EncodingError):
        response_head(101, [])


@pytest.mark.parametrize("size", [1, 2, 9, 200, 254, 255, 256, 257, 600])
def test_padding_hides_event_size(size: int) -> None:
    events = b"data: " + b"z" * size + b"\n\n"
    padded = pad_sse(events)
    assert len(padded) % PAD_BUCKET == 0
    assert padded.startswith(events)
    # What is added is one SSE comment line, ignored by SSE parsers.
    tail = padded[len(events) :]
    assert tail == b"" or (
        tail.startswith(b":") and tail.endswith(b"\n") and tail.count(b"\n") == 1
    )


def test_padded_sizes_do_not_depend_on_token_length() -> None:
    sizes = {
        len(content_piece(pad_sse(b'data: {"t": "' + b"w" * n + b'"}\n\n'))) for n in range(1, 200)
    }
    assert sizes == {2 + PAD_BUCKET}
