"""Streamed answers that give up on a client that stops reading.

A chat stream holds an upstream connection and one of the upstream slots while it runs.
When the client stops reading (it hung, or it is a slow-loris), the socket buffers fill,
each send waits, and Starlette's `StreamingResponse` would wait for ever: the upstream
slot is never freed and, with ``--llm-max-concurrent`` such clients, the chat route
serves nobody. `SendTimeoutStreamingResponse` bounds each send: past `send_timeout_s`
without the client taking a piece, the stream's iterator is closed (the upstream
connection and the slot are released) and the response ends without its last piece, so the
server drops the connection (uvicorn logs "ASGI callable returned without completing
response") and the client sees a cut stream, never a whole one.

Imported only by `create_app`, after the gateway extra (Starlette) was checked.
"""

from __future__ import annotations

import logging
from typing import Any

import anyio
from starlette.responses import StreamingResponse
from starlette.types import Send

__all__ = ["SendTimeoutStreamingResponse"]

logger = logging.getLogger("hybridsdk.gateway")


class SendTimeoutStreamingResponse(StreamingResponse):
    """A `StreamingResponse` whose every send must finish within `send_timeout_s`.

    Args:
        content: the async iterator of body pieces.
        send_timeout_s: the longest a client may leave one piece untaken.
        on_stall: called once when a client is given up (metrics).
        **kwargs: `StreamingResponse`'s (status_code, headers, media_type).
    """

    def __init__(
        self,
        content: Any,
        *,
        send_timeout_s: float,
        on_stall: Any = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(content, **kwargs)
        self.send_timeout_s = send_timeout_s
        self._on_stall = on_stall

    async def stream_response(self, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        try:
            async for chunk in self.body_iterator:
                if not isinstance(chunk, bytes | memoryview):
                    chunk = chunk.encode(self.charset)
                with anyio.fail_after(self.send_timeout_s):
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
        except TimeoutError:
            logger.warning(
                "a client took nothing of a streamed answer for %.0f s; stream given up",
                self.send_timeout_s,
            )
            if self._on_stall is not None:
                self._on_stall()
            # Returning without the end of the body makes the server drop the connection
            # (it logs one line), so the client never takes a cut answer for a whole one.
            return
        finally:
            aclose = getattr(self.body_iterator, "aclose", None)
            if aclose is not None:
                with anyio.CancelScope(shield=True):
                    await aclose()  # the upstream connection and slot go now
        await send({"type": "http.response.body", "body": b"", "more_body": False})
