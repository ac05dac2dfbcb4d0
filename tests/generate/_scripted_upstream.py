"""A scripted OpenAI-compatible upstream on 127.0.0.1 for the gateway's chat route: a real
HTTP server on a real socket whose answer to ``POST /v1/chat/completions`` is the SSE bytes
a test gives it (for shapes the ONNX model does not produce on demand: one huge event, a
thousand tiny ones, a stream that never ends). It records how each answer ended: sent in
full, or cut by the other side (the gateway closed the connection)."""

from __future__ import annotations

import json
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from hybridsdk.wire._openai_chat import SSE_DONE, chat_chunk, chat_completion, sse_event

Script = Callable[[], Iterator[bytes]]


def events(texts: list[str], *, usage: tuple[int, int] = (5, 1)) -> Script:
    """One event per text, then the closing event with `usage` and [DONE]."""

    def script() -> Iterator[bytes]:
        for text in texts:
            yield sse_event(chat_chunk("s1", "scripted", content=text))
        yield sse_event(chat_chunk("s1", "scripted", finish_reason="stop", usage=usage))
        yield SSE_DONE

    return script


def endless(every_s: float) -> Script:
    """A stream that never ends: one small event every `every_s` seconds."""

    def script() -> Iterator[bytes]:
        while True:
            yield sse_event(chat_chunk("s1", "scripted", content="la "))
            time.sleep(every_s)

    return script


class ScriptedUpstream:
    """Serves `script` to every chat request until closed.

    Attributes:
        url: the base URL (for ``--llm-upstream``).
        bodies: the JSON bodies received.
        outcomes: per answer, "sent" or "cut" (the reader went away mid-answer).
        compress: gzip the answer when the request's Accept-Encoding allows it (as a
            compressing proxy in front of an upstream does).
        whole_text: the answer to a whole request (``"stream": false``, the outbox
            drain), as one ``chat.completion`` with usage (5, 3); like the script, it
            ignores the request's ``stop``.
    """

    whole_text = "ok"

    def __init__(self, script: Script, *, compress: bool = False) -> None:
        self.script = script
        self.compress = compress  # gzip the answer when the request accepts it
        self.bodies: list[dict] = []
        self.outcomes: list[str] = []
        self.cut = threading.Event()
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                upstream.bodies.append(json.loads(self.rfile.read(length)))
                if upstream.bodies[-1].get("stream") is False:
                    self._whole()
                    return
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                gzip = upstream.compress and "gzip" in self.headers.get("accept-encoding", "")
                packer = zlib.compressobj(wbits=31) if gzip else None
                if packer is not None:
                    self.send_header("content-encoding", "gzip")
                self.end_headers()  # HTTP/1.0: the body runs until the connection closes
                try:
                    for data in upstream.script():
                        if packer is not None:
                            data = packer.compress(data) + packer.flush(zlib.Z_SYNC_FLUSH)
                        self.wfile.write(data)
                        self.wfile.flush()
                    if packer is not None:
                        self.wfile.write(packer.flush())
                except (BrokenPipeError, ConnectionResetError):
                    upstream.outcomes.append("cut")
                    upstream.cut.set()
                    return
                upstream.outcomes.append("sent")

            def _whole(self) -> None:
                answer = chat_completion(
                    "s1",
                    "scripted",
                    text=upstream.whole_text,
                    finish_reason="stop",
                    prompt_tokens=5,
                    completion_tokens=3,
                )
                data = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                upstream.outcomes.append("sent")

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> ScriptedUpstream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
