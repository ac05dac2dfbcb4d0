"""Chunked Oblivious HTTP at the gateway resource (``message/ohttp-chunked-req``).

Same checks as RFC 9458 requests (`OhttpEndpoint._admit`: replay window, Date, auth and
rate limits inside the encryption), then any route: OIP answers and whole chat answers go
back whole (in chunks of at most `MAX_CHUNK` bytes, the last one final); a streamed chat
answer goes back as it comes, each group of SSE events padded to 256-byte buckets
(`_bhttp_stream.pad_sse`) and sealed as one chunk, or as several of whole buckets when it
is over ~16 KB (one huge event, or many read at once): the client refuses chunks over
`MAX_SEALED_CHUNK`.

The inner answer is an indeterminate-length Binary HTTP response: its head (status,
headers) is the first chunk, each padded event group one content piece per chunk, and
the final chunk ends the content. When the upstream stream breaks, no final chunk is
sent and the connection is cut: the client sees a truncated message, never a short one
that looks whole.

Buffering relays: the client sends ``Incremental: ?1`` (draft section 3) when its relay
forwards incrementally. Without it, the gateway collects the whole answer and sends it as
the nonce and as few chunks as fit it (one final chunk for an answer under 16 KiB): still
the chunked media type (the draft warns that
switching media types would split clients into groups), only without per-event chunks
that a buffering relay would merely hold back.

Cost before authorization: a request may have at most ``max_chunks`` chunks (the gateway
allows one per KiB of its body limit; more is a 413 problem, in the clear), and a body of
more than a few chunks is opened on a worker thread, not on the event loop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import partial

import anyio.to_thread

from hybridsdk._exceptions import CryptoError, EncodingError
from hybridsdk.gateway._chat_routes import ChatStream, collect_chat
from hybridsdk.gateway._ohttp_endpoint import OhttpEndpoint
from hybridsdk.gateway._problems import (
    PROBLEM_BAD_REQUEST,
    PROBLEM_DECRYPT,
    PROBLEM_OHTTP_KEY,
    PROBLEM_TOO_LARGE,
    InnerResponse,
    Problem,
)
from hybridsdk.wire._bhttp_stream import (
    PAD_BUCKET,
    content_piece,
    pad_sse,
    response_end,
    response_head,
)
from hybridsdk.wire._chunked_ohttp import (
    MAX_CHUNK,
    MAX_SEALED_CHUNK,
    MEDIA_TYPE_CHUNKED_RESPONSE,
    ChunkedResponseSender,
    TooManyChunksError,
    decapsulate_chunked_request,
)
from hybridsdk.wire._keyconfig import UnknownKeyIdError, UnsupportedSuiteError
from hybridsdk.wire._openai_chat import CHAT_PATH

__all__ = ["DEFAULT_MAX_CHUNKS", "MEDIA_TYPE_CHUNKED_RESPONSE", "handle_chunked"]

#: Chunks allowed per request when the caller gives no limit (a 1 MiB body limit / 1 KiB).
DEFAULT_MAX_CHUNKS = 1024
#: Bodies up to this size are opened on the event loop (a few full-size chunks at most).
_INLINE_BYTES = 4 * MAX_SEALED_CHUNK
#: Content bytes per sealed chunk of a stream: whole 256-byte padding buckets, so every
#: piece of a split group keeps the bucket sizes, and with its length prefix within
#: `MAX_CHUNK`.
_PIECE = (MAX_CHUNK // PAD_BUCKET - 1) * PAD_BUCKET


def _fields(headers: list[tuple[str, str]]) -> list[tuple[bytes, bytes]]:
    return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers]


def _whole(response: InnerResponse) -> bytes:
    head = response_head(response.status, _fields(response.headers))
    body = content_piece(response.body) if response.body else b""
    return head + body + response_end()


async def handle_chunked(
    endpoint: OhttpEndpoint,
    body: bytes,
    *,
    incremental: bool,
    max_chunks: int = DEFAULT_MAX_CHUNKS,
) -> InnerResponse | AsyncIterator[bytes]:
    """Answer one chunked OHTTP request.

    Args:
        endpoint: the gateway's OHTTP endpoint (keys, replay state, access, routers).
        body: the whole request body (size-checked).
        incremental: the request carried ``Incremental: ?1``.
        max_chunks: most chunks a request may have; more is a 413 problem.

    Returns:
        A plain problem when it cannot be decrypted, else the chunked response body.
    """
    open_request = partial(
        decapsulate_chunked_request,
        endpoint.keyring.gateway_keys(),
        body,
        max_chunks=max_chunks,
    )
    try:
        if len(body) > _INLINE_BYTES:
            plaintext, reader = await anyio.to_thread.run_sync(open_request)
        else:
            plaintext, reader = open_request()
    except TooManyChunksError as exc:
        endpoint.metrics.inc("decrypt_failures_total")
        return Problem(413, PROBLEM_TOO_LARGE, str(exc)).response()
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
        yield _sealed_whole(sender, pad_whole(_whole(answer)))
        return
    assert answer.events is not None
    yield sender.start() + sender.seal(response_head(answer.status, _fields(answer.headers)))
    async for group in answer.events:  # UpstreamStreamBroken propagates: no final chunk
        # One padded group, in content pieces that each fit one chunk (a huge event, or
        # many read at once, would make a chunk the client refuses).
        yield b"".join(sender.seal(content_piece(part)) for part in _parts(pad_sse(group)))
    yield sender.seal_final(response_end())


def _parts(data: bytes, size: int = _PIECE) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)] or [data]


def _sealed_whole(sender: ChunkedResponseSender, message: bytes) -> bytes:
    """A whole response as the nonce, chunks of at most `MAX_CHUNK` bytes and the final
    chunk (the reader refuses chunks much larger; a buffering relay holds them all anyway).
    """
    parts = _parts(message, MAX_CHUNK)
    return (
        sender.start()
        + b"".join(sender.seal(part) for part in parts[:-1])
        + sender.seal_final(parts[-1])
    )


def pad_whole(message: bytes) -> bytes:
    """Pad a whole Binary HTTP message with trailing zeros (RFC 9292 section 3.8) to a
    multiple of 256 bytes, so its size says little about the answer's length."""
    return message + b"\x00" * ((-len(message)) % 256)
