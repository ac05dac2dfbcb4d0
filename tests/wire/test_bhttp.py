"""Binary HTTP (RFC 9292): varints, hand-built messages, truncation, padding, bad input."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hybridsdk._exceptions import EncodingError
from hybridsdk.wire._bhttp import (
    BinaryRequest,
    BinaryResponse,
    InformationalResponse,
    decode_request,
    decode_response,
    decode_varint,
    encode_request,
    encode_response,
    encode_varint,
)

# --- varints -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        (0, "00"),
        (37, "25"),
        (63, "3f"),
        (64, "4040"),
        (15293, "7bbd"),  # RFC 9000 appendix A.1 examples
        (16383, "7fff"),
        (16384, "80004000"),
        (494878333, "9d7f3e7d"),
        (2**30 - 1, "bfffffff"),
        (2**30, "c000000040000000"),
        (151288809941952652, "c2197c5eff14e88c"),
        (2**62 - 1, "ffffffffffffffff"),
    ],
)
def test_varint_known_values(value: int, encoded: str) -> None:
    assert encode_varint(value).hex() == encoded
    assert decode_varint(bytes.fromhex(encoded)) == (value, len(encoded) // 2)


def test_varint_non_minimal_is_accepted() -> None:
    # RFC 9000 A.1: 0x4025 is a two-byte encoding of 37.
    assert decode_varint(bytes.fromhex("4025")) == (37, 2)
    assert decode_varint(bytes.fromhex("ff00000000000025"), 0) == (0x3F00000000000025, 8)


@pytest.mark.parametrize("value", [-1, 2**62])
def test_varint_out_of_range(value: int) -> None:
    with pytest.raises(EncodingError, match="varint"):
        encode_varint(value)


def test_varint_cut_off_names_offset() -> None:
    with pytest.raises(EncodingError, match="offset 1 is cut off"):
        decode_varint(bytes.fromhex("0080ff"), 1)
    with pytest.raises(EncodingError, match="offset 3, found the end"):
        decode_varint(b"abc", 3)


# --- hand-built messages --------------------------------------------------------------

CONTROL = bytes.fromhex("04") + b"POST" + b"\x05https" + b"\x09a.example" + b"\x06/infer"
KNOWN_REQUEST = (
    b"\x00"
    + CONTROL
    + b"\x07\x04x-id\x017"  # header section: 7 bytes, one field line
    + b"\x02{}"  # content
    + b"\x04\x01t\x01v"  # trailer section
)
EXPECTED_REQUEST = BinaryRequest(
    method="POST",
    scheme="https",
    authority="a.example",
    path="/infer",
    headers=[(b"x-id", b"7")],
    content=b"{}",
    trailers=[(b"t", b"v")],
)


def test_known_length_request_bytes() -> None:
    assert encode_request(EXPECTED_REQUEST) == KNOWN_REQUEST
    assert decode_request(KNOWN_REQUEST) == EXPECTED_REQUEST


def test_padding_is_appended_and_ignored() -> None:
    padded = EXPECTED_REQUEST.encode(padding=5)
    assert padded == KNOWN_REQUEST + bytes(5)
    assert decode_request(padded) == EXPECTED_REQUEST


def test_str_fields_and_uppercase_names_are_normalised() -> None:
    request = BinaryRequest("GET", headers=[("X-ID", "7")], trailers=[("T", b"v")])
    assert request.headers == [(b"x-id", b"7")]
    assert request.header("X-Id") == b"7"
    assert request.header("missing") is None
    assert decode_request(request.encode()) == request


def test_indeterminate_request_decode_multiple_chunks() -> None:
    message = (
        b"\x02"
        + CONTROL
        + b"\x04x-id\x017\x00"  # field lines then terminator
        + b"\x01{\x01}\x00"  # two content chunks then terminator
        + b"\x01t\x01v\x00"  # trailers
        + b"\x00\x00"  # padding
    )
    assert decode_request(message) == EXPECTED_REQUEST


def test_indeterminate_round_trip() -> None:
    encoded = EXPECTED_REQUEST.encode(indeterminate=True)
    assert encoded[0] == 2
    assert decode_request(encoded) == EXPECTED_REQUEST


def test_response_with_informational_103() -> None:
    message = (
        b"\x01"
        + b"\x40\x67"  # 103 Early Hints
        + b"\x0a\x04link\x04</a>"
        + b"\x40\xc8"  # 200
        + b"\x00"  # empty header section
        + b"\x02ok"
    )  # trailers truncated
    response = decode_response(message)
    assert response.status == 200
    assert response.content == b"ok"
    assert response.headers == [] and response.trailers == []
    assert response.informational == [InformationalResponse(103, [(b"link", b"</a>")])]
    assert encode_response(response) == message


def test_indeterminate_response_decode() -> None:
    message = b"\x03\x40\x64\x00" + b"\x41\x94\x01a\x01b\x00" + b"\x03abc\x00" + b"\x00"
    response = decode_response(message)
    assert [i.status for i in response.informational] == [100]
    assert response.status == 404
    assert response.headers == [(b"a", b"b")]
    assert response.content == b"abc"


# --- truncation (RFC 9292 section 3.8) ------------------------------------------------


def test_encoder_truncates_empty_trailing_sections() -> None:
    bare = BinaryRequest("GET", "https", "example.com", "/")
    # RFC 9458 appendix A request: nothing after the control data.
    assert bare.encode().hex() == "00034745540568747470730b6578616d706c652e636f6d012f"
    with_body = BinaryRequest("GET", content=b"x")
    assert with_body.encode().endswith(b"\x00\x01x")  # empty headers kept, trailers dropped
    assert BinaryResponse(200).encode().hex() == "0140c8"


@pytest.mark.parametrize(
    ("cut", "content", "trailers"),
    [
        (len(b"\x00" + CONTROL), b"", []),  # after control data
        (len(b"\x00" + CONTROL) + 8, b"", []),  # after headers
        (len(KNOWN_REQUEST) - 5, b"{}", []),  # after content
    ],
)
def test_truncated_sections_decode_as_empty(
    cut: int, content: bytes, trailers: list[object]
) -> None:
    decoded = decode_request(KNOWN_REQUEST[:cut])
    assert decoded.content == content
    assert decoded.trailers == trailers


def test_every_prefix_decodes_or_raises_encoding_error() -> None:
    boundaries = {
        len(b"\x00" + CONTROL),
        len(b"\x00" + CONTROL) + 8,
        len(KNOWN_REQUEST) - 5,
        len(KNOWN_REQUEST),
    }
    for cut in range(len(KNOWN_REQUEST) + 1):
        if cut in boundaries:
            decode_request(KNOWN_REQUEST[:cut])
        else:
            with pytest.raises(EncodingError):
                decode_request(KNOWN_REQUEST[:cut])


# --- malformed input ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "match"),
    [
        (b"", "offset 0, found the end"),
        (b"\x01" + CONTROL, "framing indicator 1 at offset 0 is not a request"),
        (b"\x04" + CONTROL, "framing indicator 4"),
        (KNOWN_REQUEST + b"\x00\x01", "non-zero byte at offset"),
        (b"\x00" + CONTROL + b"\x20\x04x-id\x017", "header section at offset 29 declares 32"),
        (b"\x00" + CONTROL + b"\x03\x04x-id\x017", "runs past the end of the header section"),
        (b"\x00" + CONTROL + b"\x02\x00\x00", "empty field name at offset 30"),
        (b"\x00" + CONTROL + b"\x05\x02:p\x01x", "pseudo-header"),
        (b"\x00" + CONTROL + b"\x00\x09ab", "content at offset 30 declares 9 bytes"),
        (b"\x00\x00\x00\x00\x00", "empty request method"),
        (b"\x02" + CONTROL + b"\x00\x02ab", "cut off at offset 33 before its terminator"),
        (b"\x02" + CONTROL + b"\x04x-id", "found the end"),
    ],
)
def test_malformed_request(message: bytes, match: str) -> None:
    with pytest.raises(EncodingError, match=match):
        decode_request(message)


@pytest.mark.parametrize(
    ("message", "match"),
    [
        (b"\x00\x40\xc8", "not a response"),
        (b"\x01\x3f", "status 63 at offset 1 not in 100..599"),
        (b"\x01\x42\x58", "status 600"),
        (b"\x01\x40\x67", "found the end"),  # 1xx but no final response
    ],
)
def test_malformed_response(message: bytes, match: str) -> None:
    with pytest.raises(EncodingError, match=match):
        decode_response(message)


@pytest.mark.parametrize(
    ("build", "match"),
    [
        (lambda: BinaryRequest(""), "method is empty"),
        (lambda: BinaryRequest("GET", headers=[("", "x")]), "empty field name"),
        (lambda: BinaryRequest("GET", headers=[(":path", "/")]), "pseudo-header"),
        (lambda: BinaryRequest("GET", headers=[("x", "caf\u00e9")]), "not ASCII"),
        (lambda: BinaryRequest("GET", path="/\u20ac").encode(), "above U\\+00FF"),
        (lambda: BinaryResponse(99), "not in 200..599"),
        (lambda: BinaryResponse(200, informational=[InformationalResponse(200)]), "100..199"),
        (lambda: BinaryResponse(200).encode(padding=-1), "padding"),
    ],
)
def test_invalid_construction(build: object, match: str) -> None:
    with pytest.raises(EncodingError, match=match):
        build()  # type: ignore[operator]


# --- properties -----------------------------------------------------------------------

_token = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)
_value = st.binary(max_size=40)
_fields = st.lists(st.tuples(_token.map(str.encode), _value), max_size=5)
_control = st.text(alphabet=st.characters(max_codepoint=255), max_size=20)


@settings(max_examples=150, deadline=None)
@given(
    method=_token.map(str.upper),
    scheme=_control,
    authority=_control,
    path=_control,
    headers=_fields,
    content=st.binary(max_size=300),
    trailers=_fields,
    padding=st.integers(0, 20),
    indeterminate=st.booleans(),
)
def test_request_round_trip(
    method: str,
    scheme: str,
    authority: str,
    path: str,
    headers: list[tuple[bytes, bytes]],
    content: bytes,
    trailers: list[tuple[bytes, bytes]],
    padding: int,
    indeterminate: bool,
) -> None:
    request = BinaryRequest(method, scheme, authority, path, headers, content, trailers)
    encoded = request.encode(padding=padding, indeterminate=indeterminate)
    assert decode_request(encoded) == request


@settings(max_examples=150, deadline=None)
@given(
    status=st.integers(200, 599),
    interim=st.lists(st.tuples(st.integers(100, 199), _fields), max_size=3),
    headers=_fields,
    content=st.binary(max_size=300),
    trailers=_fields,
    padding=st.integers(0, 20),
    indeterminate=st.booleans(),
)
def test_response_round_trip(
    status: int,
    interim: list[tuple[int, list[tuple[bytes, bytes]]]],
    headers: list[tuple[bytes, bytes]],
    content: bytes,
    trailers: list[tuple[bytes, bytes]],
    padding: int,
    indeterminate: bool,
) -> None:
    response = BinaryResponse(
        status, headers, content, trailers, [InformationalResponse(s, f) for s, f in interim]
    )
    encoded = response.encode(padding=padding, indeterminate=indeterminate)
    assert decode_response(encoded) == response


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=80))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    for decode in (decode_request, decode_response):
        with contextlib.suppress(EncodingError):
            decode(data)
