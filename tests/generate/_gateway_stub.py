"""A gateway stand-in on httpx.MockTransport for exact fault sequences: it speaks real
chunked OHTTP with its own key and answers with the raw SSE bytes a test gives it, one
sealed chunk each, then either ends properly or stops (no final chunk)."""

from __future__ import annotations

import json

import httpx

from hybridsdk import Client
from hybridsdk.cloud._chat_transport import SyncChatIO
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.wire._bhttp import decode_request
from hybridsdk.wire._bhttp_stream import content_piece, pad_sse, response_end, response_head
from hybridsdk.wire._chunked_ohttp import decapsulate_chunked_request
from hybridsdk.wire._keyconfig import generate_key_config
from hybridsdk.wire._ohttp import gateway_keys
from hybridsdk.wire._openai_chat import SSE_DONE, chat_chunk, chat_completion, sse_event


def text_event(text: str) -> bytes:
    """One SSE event carrying `text` as a delta."""
    return sse_event(chat_chunk("c1", "big", content=text))


def last_event(usage: object, finish_reason: str = "stop") -> bytes:
    """The closing event with `usage` as given (any JSON, to lie with), then [DONE]."""
    chunk = chat_chunk("c1", "big", finish_reason=finish_reason)
    chunk["usage"] = usage
    return b"data: " + json.dumps(chunk).encode() + b"\n\n" + SSE_DONE


class RawGateway:
    """Answers every chat request with `events` (raw SSE bytes, one chunk each).

    Args:
        events: the SSE bytes of each chunk.
        complete: end with the final chunk (else the stream is cut after the events).
        tamper: flip a byte of this event's sealed chunk (its index in `events`).

    A whole request (``"stream": false``, the outbox drain) gets `whole_text` as one
    ``chat.completion`` with usage (11, 2), or none when `whole_usage` is False.
    """

    whole_text = ""
    whole_usage = True

    def __init__(self, events: list[bytes], *, complete: bool, tamper: int | None = None) -> None:
        self.tamper = tamper
        self.config, private = generate_key_config(4)
        self.keys = gateway_keys((self.config, private))
        self.events = events
        self.complete = complete
        self.seen: list[dict] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        plain, reader = decapsulate_chunked_request(self.keys, request.read())
        self.seen.append(json.loads(decode_request(plain).content))
        out = reader.response_sender()
        if self.seen[-1].get("stream") is False:
            whole = chat_completion(
                "c1",
                "big",
                text=self.whole_text,
                finish_reason="stop",
                prompt_tokens=11,
                completion_tokens=2,
            )
            if not self.whole_usage:
                del whole["usage"]
            head = response_head(200, [(b"content-type", b"application/json")])
            body = content_piece(json.dumps(whole).encode()) + response_end()
            return httpx.Response(200, content=out.start() + out.seal(head) + out.seal_final(body))
        parts = [
            out.start(),
            out.seal(response_head(200, [(b"content-type", b"text/event-stream")])),
        ]
        for i, event in enumerate(self.events):
            sealed = bytearray(out.seal(content_piece(pad_sse(event))))
            if i == self.tamper:
                sealed[-1] ^= 1
            parts.append(bytes(sealed))
        if self.complete:
            parts.append(out.seal_final(response_end()))
        return httpx.Response(
            200, content=b"".join(parts), headers={"content-type": "message/ohttp-chunked-res"}
        )


def cloud_client(generator, gateway: RawGateway, **kw) -> Client:  # type: ignore[no-untyped-def]
    """A cloud-only client whose chat I/O goes to `gateway`."""
    endpoint = CloudEndpoint("http://127.0.0.1:9", key_config=gateway.config.encode())
    options = {"policy": Policy(mode=Mode.CLOUD_ONLY), "cloud_cost": 0.002, **kw}
    client = Client(llm=generator, device=False, cloud=endpoint, **options)
    client._chat_io = SyncChatIO(transport=httpx.MockTransport(gateway))
    return client
