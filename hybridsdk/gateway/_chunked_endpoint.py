"""Chunked Oblivious HTTP at the gateway resource (``message/ohttp-chunked-req``).

Same checks as RFC 9458 requests (`OhttpEndpoint._admit`: replay window, Date, auth and
rate limits inside the encryption), then any route: OIP answers and whole chat answers go
back as one final chunk; a streamed chat answer goes back as it comes, one sealed chunk
per group of SSE events, each padded to 256-byte buckets (`_bhttp_stream.pad_sse`).

The inner answer is an indeterminate-length Binary HTTP response: its head (status,
headers) is the first chunk, each padded event group one content piece per chunk, and
the final chunk ends the content. When the upstream stream breaks, no final chunk is
sent and the connection is cut: the client sees a truncated message, never a short one
that looks whole.

Buffering relays: the client sends ``Incremental: ?1`` (draft section 3) when its relay
forwards incrementally. Without it, the gateway collects the whole answer and sends it as
the nonce and one final chunk: still the chunked media type (the draft warns that
switching media types would split clients into groups), only without per-event chunks
that a buffering relay would merely hold back.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from hybridsdk._exceptions import CryptoError, EncodingError
from hybridsdk.gateway._chat_routes import ChatStream, collect_chat
from hybridsdk.gateway._ohttp_endpoint import OhttpEndpoint
from hybridsdk.gateway._problems import (
    PROBLEM_BAD_REQUEST,
    PROBLEM_DECRYPT,
    PROBLEM_OHTTP_KEY,
    InnerResponse,
    Problem,
)
from hybridsdk.wire._bhttp_stream import content_piece, pad_sse, response_end, response_head
from hybridsdk.wire._chunked_ohttp import (
    MEDIA_TYPE_CHUNKED_RESPONSE,
    ChunkedResponseSender,
    decapsulate_chunked_request,
)
from hybridsdk.wire._keyconfig import UnknownKeyIdError, UnsupportedSuiteError
from hybridsdk.wire._openai_chat import CHAT_PATH

__all__ = ["MEDIA_TYPE_CHUNKED_RESPONSE", "handle_chunked"]


def _fields(headers: list[tuple[str, str]]) -> list[tuple[bytes, bytes]]:
    return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers]


def _whole(response: InnerResponse) -> bytes:
    head = response_head(response.status, _fields(response.headers))
    body = content_piece(response.body) if response.body else b""
    return head + body + response_end()


async def handle_chunked(
    endpoint: OhttpEndpoint, body: bytes, *, incremental: bool
) -> InnerResponse | AsyncIterator[bytes]:
    """Answer one chunked OHTTP request.

    Args:
        endpoint: the gateway's OHTTP endpoint (keys, replay state, access, routers).
        body: the whole request body (size-checked).
        incremental: the request carried ``Incremental: ?1``.

    Returns:
        A plain problem when it cannot be decrypted, else the chunked response body.
    """
    try:
        plaintext, reader = decapsulate_chunked_request(endpoint.keyring.gateway_keys(), body)
    except (UnknownKeyIdError, UnsupportedSuiteError) as exc:
        endpoint.metrics.inc("key_errors_total")
        return Problem(400, PROBLEM_OHTTP_KEY, str(exc)).response()
    except CryptoError as exc:
        endpoint.metrics.inc("decrypt_failures_total")
        return Problem(400, PROBLEM_DECRYPT, str(exc)).response()
    except EncodingError as exc:
        endpoint.metrics.inc("decrypt_failures_total")
        return Problem(400, PROBLEM_BAD_REQUEST, str(exc)).response()
    sender = reader.response_sender()
    admitted = await endpoint._admit(body, plaintext)
    answer: InnerResponse | ChatStream
    if isinstance(admitted, tuple):
        answer = admitted[1]
    elif endpoint.chat is not None and admitted.path == CHAT_PATH:
        answer = await endpoint.chat.handle(admitted)
    else:
        answer = (await endpoint.router.handle(admitted))[1]
    if isinstance(answer, ChatStream) and not incremental:
        answer = await collect_chat(answer)
    return _stream(sender, answer)


async def _stream(
    sender: ChunkedResponseSender, answer: InnerResponse | ChatStream
) -> AsyncIterator[bytes]:
    if isinstance(answer, InnerResponse):
        yield sender.whole(pad_whole(_whole(answer)))
        return
    assert answer.events is not None
    yield sender.start() + sender.seal(response_head(answer.status, _fields(answer.headers)))
    async for group in answer.events:  # UpstreamStreamBroken propagates: no final chunk
        yield sender.seal(content_piece(pad_sse(group)))
    yield sender.seal_final(response_end())


def pad_whole(message: bytes) -> bytes:
    """Pad a whole Binary HTTP message with trailing zeros (RFC 9292 section 3.8) to a
    multiple of 256 bytes, so its size says little about the answer's length."""
    return message + b"\x00" * ((-len(message)) % 256)
