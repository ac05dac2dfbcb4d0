"""Binary HTTP messages (RFC 9292): the plaintext that Oblivious HTTP encrypts.

Encoding writes known-length messages (framing indicators 0 and 1), or indeterminate-length
ones (2 and 3) on request, and truncates empty trailing sections as RFC 9292 section 3.8
allows, so a bare ``GET`` is as short as the RFC 9458 appendix example. Decoding accepts
all four framings, non-minimal integers, truncation after the control data, zero padding,
and informational (1xx) responses before the final one. Anything else is an
`EncodingError` naming the offset where the message went wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from hybridsdk._exceptions import EncodingError

__all__ = [
    "MEDIA_TYPE_BHTTP",
    "BinaryRequest",
    "BinaryResponse",
    "Fields",
    "InformationalResponse",
    "decode_request",
    "decode_response",
    "decode_varint",
    "encode_request",
    "encode_response",
    "encode_varint",
]

MEDIA_TYPE_BHTTP = "message/bhttp"

#: A field section as (name, value) pairs; names are lowercase bytes.
Fields = list[tuple[bytes, bytes]]

_VARINT_MAX = (1 << 62) - 1
_KNOWN_REQUEST, _KNOWN_RESPONSE, _INDETERMINATE_REQUEST, _INDETERMINATE_RESPONSE = 0, 1, 2, 3


# ---------------------------------------------------------------------------------------
# QUIC variable-length integers (RFC 9000 section 16)


#: One-byte varints, ready made: field names, short values and framing use them all the time.
_SMALL_VARINTS = tuple(bytes((i,)) for i in range(0x40))


def encode_varint(value: int) -> bytes:
    """Encode a QUIC variable-length integer in its shortest form.

    Args:
        value: an integer in 0 .. 2**62 - 1.
    """
    if 0 <= value < 0x40:
        return _SMALL_VARINTS[value]
    if value < 0x40:
        if value < 0:
            raise EncodingError(f"varint cannot encode the negative value {value}")
        return bytes((value,))
    if value < 0x4000:
        return (value | 0x4000).to_bytes(2, "big")
    if value < 0x4000_0000:
        return (value | 0x8000_0000).to_bytes(4, "big")
    if value <= _VARINT_MAX:
        return (value | 0xC000_0000_0000_0000).to_bytes(8, "big")
    raise EncodingError(f"varint cannot encode {value}: the maximum is 2**62 - 1")


def decode_varint(data: bytes, offset: int = 0) -> tuple[int, int]:
    """Decode a QUIC variable-length integer; non-minimal encodings are accepted.

    Args:
        data: the buffer.
        offset: where the integer starts.

    Returns:
        (value, offset just after the integer).
    """
    if offset >= len(data):
        raise EncodingError(f"Binary HTTP: expected an integer at offset {offset}, found the end")
    first = data[offset]
    size = 1 << (first >> 6)
    end = offset + size
    if end > len(data):
        raise EncodingError(
            f"Binary HTTP: {size}-byte integer at offset {offset} is cut off "
            f"(only {len(data) - offset} bytes left)"
        )
    if size == 1:
        return first, end
    return int.from_bytes(data[offset:end], "big") & ((1 << (8 * size - 2)) - 1), end


# ---------------------------------------------------------------------------------------
# Messages


def _as_bytes(value: bytes | bytearray | memoryview | str, what: str) -> bytes:
    if isinstance(value, str):
        try:
            return value.encode("ascii")
        except UnicodeEncodeError:
            raise EncodingError(
                f"Binary HTTP: {what} {value!r} is not ASCII; pass bytes to send other octets"
            ) from None
    return bytes(value)


def _normalise_fields(fields: Iterable[tuple[bytes | str, bytes | str]], section: str) -> Fields:
    out: Fields = []
    for name, value in fields:
        # The common case (what build_inner_request passes): lowercase bytes, no pseudo-header.
        if type(name) is bytes and type(value) is bytes and name.islower() and name[:1] != b":":
            out.append((name, value))
            continue
        raw_name = _as_bytes(name, f"{section} field name").lower()
        if not raw_name:
            raise EncodingError(f"Binary HTTP: empty field name in the {section}")
        if raw_name[:1] == b":":
            raise EncodingError(
                f"Binary HTTP: pseudo-header {raw_name!r} in the {section}; "
                "method, scheme, authority, path and status are control data"
            )
        out.append((raw_name, _as_bytes(value, f"{section} field value")))
    return out


def _method_text(value: bytes) -> str:
    # Latin-1 maps every octet to one code point, so decoding then encoding is lossless.
    return value.decode("latin-1")


def _control_bytes(value: str, what: str) -> bytes:
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:
        raise EncodingError(
            f"Binary HTTP: request {what} {value!r} has characters above U+00FF; percent-encode it"
        ) from None


@dataclass
class BinaryRequest:
    """An HTTP request in Binary HTTP form.

    Args:
        method: the request method, e.g. ``"POST"``.
        scheme: ``"https"`` unless the target says otherwise.
        authority: host[:port]; may be empty when a ``host`` field names the target.
        path: path and query, e.g. ``"/v2/models/m/infer"``.
        headers: (name, value) pairs; str or bytes, names are lowercased.
        content: the body.
        trailers: trailer (name, value) pairs.
    """

    method: str
    scheme: str = "https"
    authority: str = ""
    path: str = "/"
    headers: Fields = field(default_factory=list)
    content: bytes = b""
    trailers: Fields = field(default_factory=list)

    def __post_init__(self) -> None:
        self.headers = _normalise_fields(self.headers, "header section")
        self.trailers = _normalise_fields(self.trailers, "trailer section")
        self.content = bytes(self.content)
        if not self.method:
            raise EncodingError("Binary HTTP: the request method is empty")

    def header(self, name: str | bytes) -> bytes | None:
        """Return the first value of header `name` (case-insensitive), or None.

        Args:
            name: the field name.
        """
        return _first(self.headers, name)

    def encode(self, *, padding: int = 0, indeterminate: bool = False) -> bytes:
        """Encode as ``message/bhttp``; see `encode_request`.

        Args:
            padding: number of zero bytes to append.
            indeterminate: use indeterminate-length framing (2) instead of known-length (0).
        """
        return encode_request(self, padding=padding, indeterminate=indeterminate)


@dataclass
class InformationalResponse:
    """An interim (1xx) response that precedes the final one.

    Args:
        status: 100 .. 199.
        headers: its field section.
    """

    status: int
    headers: Fields = field(default_factory=list)

    def __post_init__(self) -> None:
        if not 100 <= self.status <= 199:
            raise EncodingError(f"Binary HTTP: informational status {self.status} not in 100..199")
        self.headers = _normalise_fields(self.headers, "informational header section")


@dataclass
class BinaryResponse:
    """An HTTP response in Binary HTTP form.

    Args:
        status: the final status, 200 .. 599.
        headers: (name, value) pairs; str or bytes, names are lowercased.
        content: the body.
        trailers: trailer (name, value) pairs.
        informational: interim 1xx responses sent before the final one.
    """

    status: int
    headers: Fields = field(default_factory=list)
    content: bytes = b""
    trailers: Fields = field(default_factory=list)
    informational: list[InformationalResponse] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not 200 <= self.status <= 599:
            raise EncodingError(f"Binary HTTP: final status {self.status} not in 200..599")
        self.headers = _normalise_fields(self.headers, "header section")
        self.trailers = _normalise_fields(self.trailers, "trailer section")
        self.content = bytes(self.content)

    def header(self, name: str | bytes) -> bytes | None:
        """Return the first value of header `name` (case-insensitive), or None.

        Args:
            name: the field name.
        """
        return _first(self.headers, name)

    def encode(self, *, padding: int = 0, indeterminate: bool = False) -> bytes:
        """Encode as ``message/bhttp``; see `encode_response`.

        Args:
            padding: number of zero bytes to append.
            indeterminate: use indeterminate-length framing (3) instead of known-length (1).
        """
        return encode_response(self, padding=padding, indeterminate=indeterminate)


def _first(fields: Fields, name: str | bytes) -> bytes | None:
    key = (name.encode("ascii") if isinstance(name, str) else name).lower()
    for field_name, value in fields:
        if field_name == key:
            return value
    return None


# ---------------------------------------------------------------------------------------
# Encoding


def _field_lines(fields: Fields, out: bytearray) -> None:
    small = _SMALL_VARINTS
    for name, value in fields:
        n, v = len(name), len(value)
        out += small[n] if n < 0x40 else encode_varint(n)
        out += name
        out += small[v] if v < 0x40 else encode_varint(v)
        out += value


def _known_section(fields: Fields) -> bytes:
    body = bytearray()
    _field_lines(fields, body)
    return encode_varint(len(body)) + body


def _indeterminate_section(fields: Fields) -> bytes:
    body = bytearray()
    _field_lines(fields, body)
    body += b"\x00"
    return bytes(body)


def _indeterminate_content(content: bytes) -> bytes:
    # One chunk is enough: the whole body is in memory already.
    if not content:
        return b"\x00"
    return encode_varint(len(content)) + content + b"\x00"


def _tail(
    head: bytearray,
    sections: Sequence[tuple[bytes, bool]],
    padding: int,
) -> bytes:
    # RFC 9292 section 3.8: empty sections at the end may be left out, so drop them
    # from the back; a decoder reads the missing ones as empty.
    keep = len(sections)
    while keep and sections[keep - 1][1]:
        keep -= 1
    for encoded, _empty in sections[:keep]:
        head += encoded
    if padding:
        if padding < 0:
            raise EncodingError(f"Binary HTTP: padding must be >= 0, got {padding}")
        head += bytes(padding)
    return bytes(head)


def encode_request(
    request: BinaryRequest, *, padding: int = 0, indeterminate: bool = False
) -> bytes:
    """Encode a request as ``message/bhttp``.

    Args:
        request: the request.
        padding: number of zero bytes to append (hides the length from observers).
        indeterminate: use framing indicator 2 instead of 0.
    """
    head = bytearray(encode_varint(_INDETERMINATE_REQUEST if indeterminate else _KNOWN_REQUEST))
    for part, what in (
        (request.method, "method"),
        (request.scheme, "scheme"),
        (request.authority, "authority"),
        (request.path, "path"),
    ):
        raw = _control_bytes(part, what)
        head += encode_varint(len(raw))
        head += raw
    return _tail(
        head, _sections(request.headers, request.content, request.trailers, indeterminate), padding
    )


def encode_response(
    response: BinaryResponse, *, padding: int = 0, indeterminate: bool = False
) -> bytes:
    """Encode a response as ``message/bhttp``.

    Args:
        response: the response, with any informational responses first.
        padding: number of zero bytes to append.
        indeterminate: use framing indicator 3 instead of 1.
    """
    section = _indeterminate_section if indeterminate else _known_section
    head = bytearray(encode_varint(_INDETERMINATE_RESPONSE if indeterminate else _KNOWN_RESPONSE))
    for interim in response.informational:
        head += encode_varint(interim.status)
        head += section(interim.headers)
    head += encode_varint(response.status)
    return _tail(
        head,
        _sections(response.headers, response.content, response.trailers, indeterminate),
        padding,
    )


def _sections(
    headers: Fields, content: bytes, trailers: Fields, indeterminate: bool
) -> list[tuple[bytes, bool]]:
    if indeterminate:
        return [
            (_indeterminate_section(headers), not headers),
            (_indeterminate_content(content), not content),
            (_indeterminate_section(trailers), not trailers),
        ]
    return [
        (_known_section(headers), not headers),
        (encode_varint(len(content)) + content, not content),
        (_known_section(trailers), not trailers),
    ]


# ---------------------------------------------------------------------------------------
# Decoding


class _Reader:
    """A cursor over one message; every read checks the bounds and names the offset."""

    __slots__ = ("data", "pos")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def at_end(self) -> bool:
        return self.pos >= len(self.data)

    def varint(self) -> int:
        pos = self.pos
        if pos < len(self.data):
            first = self.data[pos]
            if first < 0x40:  # one byte: most lengths in a message, inlined for speed
                self.pos = pos + 1
                return first
        value, self.pos = decode_varint(self.data, pos)
        return value

    def take(self, length: int, what: str) -> bytes:
        start = self.pos
        end = start + length
        if end > len(self.data):
            raise EncodingError(
                f"Binary HTTP: {what} at offset {start} declares {length} bytes but only "
                f"{len(self.data) - start} remain"
            )
        self.pos = end
        return self.data[start:end]

    def prefixed(self, what: str) -> bytes:
        start = self.pos
        length = self.varint()
        try:
            return self.take(length, what)
        except EncodingError:
            raise EncodingError(
                f"Binary HTTP: {what} at offset {start} declares {length} bytes but only "
                f"{len(self.data) - self.pos} remain"
            ) from None


def _parse_field_lines(reader: _Reader, end: int | None, section: str) -> Fields:
    """Read field lines up to `end` (known length) or to a zero terminator (end is None)."""
    fields: Fields = []
    while True:
        if end is not None and reader.pos >= end:
            return fields
        start = reader.pos
        name_length = reader.varint()
        if name_length == 0:
            if end is None:
                return fields  # the Content Terminator of an indeterminate section
            raise EncodingError(f"Binary HTTP: empty field name at offset {start} in the {section}")
        name = reader.take(name_length, f"{section} field name")
        if name[:1] == b":":
            raise EncodingError(
                f"Binary HTTP: pseudo-header field {name!r} at offset {start} in the {section}"
            )
        value = reader.prefixed(f"{section} field value")
        if end is not None and reader.pos > end:
            raise EncodingError(
                f"Binary HTTP: field line at offset {start} runs past the end of the {section} "
                f"(section ends at offset {end})"
            )
        fields.append((name.lower(), value))


def _read_section(reader: _Reader, indeterminate: bool, section: str) -> Fields:
    if reader.at_end():
        return []  # truncated: a missing section is an empty one (RFC 9292 section 3.8)
    if indeterminate:
        return _parse_field_lines(reader, None, section)
    start = reader.pos
    length = reader.varint()
    end = reader.pos + length
    if end > len(reader.data):
        raise EncodingError(
            f"Binary HTTP: {section} at offset {start} declares {length} bytes but only "
            f"{len(reader.data) - reader.pos} remain"
        )
    return _parse_field_lines(reader, end, section)


def _read_content(reader: _Reader, indeterminate: bool) -> bytes:
    if reader.at_end():
        return b""
    if not indeterminate:
        return reader.prefixed("content")
    chunks: list[bytes] = []
    while True:
        if reader.at_end():
            raise EncodingError(
                f"Binary HTTP: indeterminate-length content cut off at offset {reader.pos} "
                "before its terminator"
            )
        length = reader.varint()
        if length == 0:
            return b"".join(chunks)
        chunks.append(reader.take(length, "content chunk"))


def _read_tail(reader: _Reader, indeterminate: bool) -> tuple[Fields, bytes, Fields]:
    headers = _read_section(reader, indeterminate, "header section")
    content = _read_content(reader, indeterminate)
    trailers = _read_section(reader, indeterminate, "trailer section")
    rest = reader.data[reader.pos :]
    if rest.count(0) != len(rest):
        bad = reader.pos + next(i for i, b in enumerate(rest) if b)
        raise EncodingError(
            f"Binary HTTP: non-zero byte at offset {bad} after the trailer section; "
            "only zero padding may follow a message"
        )
    return headers, content, trailers


def _framing(reader: _Reader, request: bool) -> bool:
    framing = reader.varint()
    wanted = (
        (_KNOWN_REQUEST, _INDETERMINATE_REQUEST)
        if request
        else (
            _KNOWN_RESPONSE,
            _INDETERMINATE_RESPONSE,
        )
    )
    if framing not in wanted:
        kind = "request" if request else "response"
        raise EncodingError(
            f"Binary HTTP: framing indicator {framing} at offset 0 is not a {kind} "
            f"(expected {wanted[0]} or {wanted[1]})"
        )
    return framing == wanted[1]


def decode_request(data: bytes | bytearray | memoryview) -> BinaryRequest:
    """Decode a ``message/bhttp`` request (any framing, truncated or padded).

    Args:
        data: the encoded message.
    """
    reader = _Reader(bytes(data))
    indeterminate = _framing(reader, request=True)
    method_at = reader.pos
    method = reader.prefixed("method")
    if not method:
        raise EncodingError(f"Binary HTTP: empty request method at offset {method_at}")
    scheme = reader.prefixed("scheme")
    authority = reader.prefixed("authority")
    path = reader.prefixed("path")
    headers, content, trailers = _read_tail(reader, indeterminate)
    request = BinaryRequest.__new__(BinaryRequest)
    # Fields were validated while parsing; skip __post_init__'s second pass.
    request.method = _method_text(method)
    request.scheme = _method_text(scheme)
    request.authority = _method_text(authority)
    request.path = _method_text(path)
    request.headers = headers
    request.content = content
    request.trailers = trailers
    return request


def decode_response(data: bytes | bytearray | memoryview) -> BinaryResponse:
    """Decode a ``message/bhttp`` response (any framing, truncated or padded).

    Informational (1xx) responses before the final one land in ``informational``.

    Args:
        data: the encoded message.
    """
    reader = _Reader(bytes(data))
    indeterminate = _framing(reader, request=False)
    interim: list[InformationalResponse] = []
    while True:
        start = reader.pos
        status = reader.varint()
        if 100 <= status <= 199:
            fields = _read_section(reader, indeterminate, "informational header section")
            item = InformationalResponse.__new__(InformationalResponse)
            item.status, item.headers = status, fields
            interim.append(item)
            continue
        if not 200 <= status <= 599:
            raise EncodingError(f"Binary HTTP: status {status} at offset {start} not in 100..599")
        break
    headers, content, trailers = _read_tail(reader, indeterminate)
    response = BinaryResponse.__new__(BinaryResponse)
    response.status = status
    response.headers = headers
    response.content = content
    response.trailers = trailers
    response.informational = interim
    return response
