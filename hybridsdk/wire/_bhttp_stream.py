"""Streaming Binary HTTP responses (RFC 9292 indeterminate-length form) and chunk padding.

A streamed answer inside chunked OHTTP is one indeterminate-length Binary HTTP response
(framing indicator 3) written piece by piece: `response_head` (status and header fields),
then `content_piece` for each part of the body, then `response_end` (end of content, empty
trailers). `StreamingResponseDecoder` reads the same bytes back as they arrive.

Padding policy (so a relay cannot read token lengths off chunk sizes): every sealed
chunk of a streamed body carries a Server-Sent Events text padded with an SSE comment line
(``:`` + spaces + ``\\n``, which every SSE parser ignores) so the content piece is a multiple
of `PAD_BUCKET` bytes (256): a chunk then reveals only how many 256-byte buckets its events
took, and a token of 1 or 40 characters looks the same. The head and end chunks have fixed
sizes for a given status and header set. What is left visible is the number of chunks and
their timing, which is inherent to streaming (send whole responses where that matters).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hybridsdk._exceptions import EncodingError
from hybridsdk.wire._bhttp import Fields, encode_varint

__all__ = [
    "PAD_BUCKET",
    "StreamingResponseDecoder",
    "content_piece",
    "pad_sse",
    "response_end",
    "response_head",
]

PAD_BUCKET = 256
_INDETERMINATE_RESPONSE = 3


def response_head(status: int, headers: Fields) -> bytes:
    """Framing indicator 3, the final status and an indeterminate-length header section.

    Args:
        status: 200..599.
        headers: lowercase (name, value) byte pairs.
    """
    if not 200 <= status <= 599:
        raise EncodingError(f"a streamed response needs a final status, got {status}")
    out = bytearray(encode_varint(_INDETERMINATE_RESPONSE) + encode_varint(status))
    for name, value in headers:
        out += encode_varint(len(name)) + name + encode_varint(len(value)) + value
    out += b"\x00"
    return bytes(out)


def content_piece(data: bytes) -> bytes:
    """One length-prefixed piece of content (never empty: zero ends the content)."""
    if not data:
        raise EncodingError("a content piece must not be empty (zero length ends the content)")
    return encode_varint(len(data)) + data


def response_end() -> bytes:
    """End of content and an empty trailer section."""
    return b"\x00\x00"


def pad_sse(events: bytes, bucket: int = PAD_BUCKET) -> bytes:
    """`events` plus an SSE comment line so the result is a multiple of `bucket` bytes.

    Args:
        events: complete SSE events (each ending in a blank line).
        bucket: the size the result is rounded up to (>= 2).
    """
    if bucket < 2:
        raise EncodingError(f"padding bucket must be at least 2 bytes, got {bucket}")
    need = (-len(events)) % bucket
    if need == 1:
        need += bucket  # the shortest comment line is ":\n"
    if need == 0:
        return events
    return events + b":" + b" " * (need - 2) + b"\n"


@dataclass
class _Head:
    status: int
    headers: Fields = field(default_factory=list)


class StreamingResponseDecoder:
    """Reads an indeterminate-length Binary HTTP response as its bytes arrive.

    `feed(data)` returns the content pieces completed so far; `head` holds the status and
    headers once they are in; `complete` turns True after the end of content.
    """

    def __init__(self, max_field_bytes: int = 64 * 1024) -> None:
        self._buf = bytearray()
        self._max = max_field_bytes
        self.head: _Head | None = None
        self.complete = False

    def _varint(self, offset: int) -> tuple[int, int] | None:
        if offset >= len(self._buf):
            return None
        size = 1 << (self._buf[offset] >> 6)
        if offset + size > len(self._buf):
            return None
        mask = (1 << (8 * size - 2)) - 1
        return int.from_bytes(self._buf[offset : offset + size], "big") & mask, offset + size

    def _read_head(self) -> bool:
        framing = self._varint(0)
        if framing is None:
            return False
        if framing[0] != _INDETERMINATE_RESPONSE:
            raise EncodingError(f"streamed Binary HTTP: framing indicator {framing[0]}, expected 3")
        status = self._varint(framing[1])
        if status is None:
            return False
        if 100 <= status[0] < 200:
            raise EncodingError("streamed Binary HTTP: informational responses not supported")
        offset = status[1]
        fields: Fields = []
        while True:
            name_len = self._varint(offset)
            if name_len is None:
                return self._check_pending()
            if name_len[0] == 0:
                offset = name_len[1]
                break
            end = name_len[1] + name_len[0]
            value_len = self._varint(end)
            if value_len is None:
                return self._check_pending()
            stop = value_len[1] + value_len[0]
            if stop > len(self._buf):
                return self._check_pending()
            fields.append(
                (bytes(self._buf[name_len[1] : end]), bytes(self._buf[value_len[1] : stop]))
            )
            offset = stop
        self.head = _Head(status[0], fields)
        del self._buf[:offset]
        return True

    def _check_pending(self) -> bool:
        if len(self._buf) > self._max:
            raise EncodingError(f"streamed Binary HTTP: header section over {self._max} bytes")
        return False

    def feed(self, data: bytes) -> list[bytes]:
        """Take the next plaintext bytes; return the content pieces they complete."""
        if self.complete:
            if data.strip(b"\x00"):
                raise EncodingError("streamed Binary HTTP: data after the end of the message")
            return []
        self._buf += data
        if self.head is None and not self._read_head():
            return []
        out: list[bytes] = []
        while True:
            length = self._varint(0)
            if length is None:
                break
            if length[0] == 0:
                # End of content; the trailer section and padding that follow are ignored
                # (a streamed answer carries no trailers of interest).
                self.complete = True
                self._buf.clear()
                break
            end = length[1] + length[0]
            if end > len(self._buf):
                break
            out.append(bytes(self._buf[length[1] : end]))
            del self._buf[:end]
        return out
