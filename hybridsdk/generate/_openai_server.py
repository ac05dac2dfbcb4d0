"""`hybridsdk llm-server`: a minimal OpenAI-compatible server over `LocalGenerator`.

Routes::

    POST /v1/chat/completions   OpenAI chat completions; ``"stream": true`` answers with SSE
    GET  /v1/models             the one model served
    GET  /health                200 once the model is loaded

Enough of the OpenAI API for the gateway's ``--llm-upstream`` and for tests: messages,
``max_tokens`` (capped), ``stop``, ``temperature``, ``seed``, ``stream``. Every answer
carries ``usage`` (the last streamed chunk too). One generation runs at a time (the model
is single-stream); ``max_waiting`` more may queue, beyond that 503. A client that goes
away mid-stream cancels its generation.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hybridsdk._exceptions import ConfigurationError, InputValidationError, MissingDependencyError
from hybridsdk.wire._openai_chat import (
    CHAT_PATH,
    SSE_DONE,
    chat_chunk,
    chat_completion,
    parse_chat_request,
    sse_event,
)

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.responses import Response

    from hybridsdk.generate._generator import LocalGenerator

__all__ = ["LaunchedLlmServer", "create_llm_app", "launch_llm_server"]

logger = logging.getLogger("hybridsdk.generate.server")

DEFAULT_MODEL = "smollm2-135m-instruct"


def _error(status: int, message: str, kind: str) -> Response:
    from starlette.responses import JSONResponse

    return JSONResponse({"error": {"message": message, "type": kind}}, status_code=status)


def create_llm_app(
    generator: LocalGenerator,
    *,
    model_name: str = DEFAULT_MODEL,
    max_tokens_cap: int = 512,
    max_waiting: int = 8,
) -> Starlette:
    """The OpenAI-compatible application serving `generator`.

    Args:
        generator: the loaded local model.
        model_name: the name reported in answers and /v1/models.
        max_tokens_cap: the largest max_tokens accepted (and the default).
        max_waiting: requests that may wait for the model; more get 503.
    """
    try:
        from starlette.applications import Starlette
        from starlette.concurrency import run_in_threadpool
        from starlette.requests import Request
        from starlette.responses import JSONResponse, StreamingResponse
        from starlette.routing import Route
    except ImportError:
        raise MissingDependencyError("the OpenAI-compatible server", "gateway") from None

    lock = asyncio.Lock()
    waiting = 0

    async def chat(request: Request) -> Response:
        nonlocal waiting
        body = await request.body()
        try:
            chat_request = parse_chat_request(body, max_tokens_cap=max_tokens_cap)
            # Template and length checks happen here, before any answer starts.
            stream = generator.stream(
                chat_request.messages,
                max_tokens=chat_request.max_tokens,
                stop=chat_request.stop or None,
                temperature=chat_request.temperature,
                seed=chat_request.seed,
            )
        except InputValidationError as exc:
            return _error(400, str(exc), "invalid_request_error")
        if waiting >= max_waiting:
            stream.close()
            return _error(503, "the model is busy; retry later", "server_busy")
        completion_id = "chatcmpl-" + uuid.uuid4().hex[:24]
        if not chat_request.stream:
            waiting += 1
            try:
                async with lock:
                    result = await run_in_threadpool(_drain, stream)
            finally:
                waiting -= 1
            return JSONResponse(
                chat_completion(
                    completion_id,
                    model_name,
                    text=result.text,
                    finish_reason=_openai_finish(result.finish_reason),
                    prompt_tokens=result.prompt_tokens,
                    completion_tokens=result.completion_tokens,
                )
            )

        async def events() -> AsyncIterator[bytes]:
            nonlocal waiting
            waiting += 1
            try:
                async with lock:
                    yield sse_event(chat_chunk(completion_id, model_name, content=""))
                    while True:
                        piece = await run_in_threadpool(next, stream, None)
                        if piece is None:
                            break
                        yield sse_event(chat_chunk(completion_id, model_name, content=piece))
                    result = stream.result
                    yield sse_event(
                        chat_chunk(
                            completion_id,
                            model_name,
                            finish_reason=_openai_finish(result.finish_reason),
                            usage=(result.prompt_tokens, result.completion_tokens),
                        )
                    )
                    yield SSE_DONE
            finally:
                # Normal end, or the client went away: stop decoding after this token.
                stream.cancel()
                with contextlib.suppress(ValueError):  # still running in its thread
                    stream.close()
                waiting -= 1

        return StreamingResponse(
            events(), media_type="text/event-stream", headers={"cache-control": "no-store"}
        )

    async def models(request: Request) -> Response:
        return JSONResponse(
            {"object": "list", "data": [{"id": model_name, "object": "model", "owned_by": "local"}]}
        )

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "model": model_name})

    return Starlette(
        routes=[
            Route(CHAT_PATH, chat, methods=["POST"]),
            Route("/v1/models", models, methods=["GET"]),
            Route("/health", health, methods=["GET"]),
        ]
    )


def _drain(stream: Any) -> Any:
    for _ in stream:
        pass
    return stream.result


def _openai_finish(reason: str) -> str:
    # OpenAI has no "cancelled"; a cancelled generation stopped early.
    return "stop" if reason == "cancelled" else reason


def load_server_model(
    *,
    threads: int = 1,
    folder: str | None = None,
    backend: str | None = None,
    gguf: str | None = None,
    model: str | None = None,
) -> tuple[LocalGenerator, str]:
    """The generator `hybridsdk llm-server` serves, and the model name it reports.

    Args:
        threads: ONNX Runtime or llama.cpp threads.
        folder: a built ONNX model folder (the onnx backend).
        backend: "onnx" (default) or "llamacpp".
        gguf: any GGUF file, on llama.cpp.
        model: a pinned model by name (see `hybridsdk.generate._models.MODELS`).

    Raises:
        ConfigurationError: the options contradict each other or name an unknown model.
    """
    from hybridsdk.generate._generator import LocalGenerator
    from hybridsdk.generate._models import DEFAULT_MODEL as PINNED_DEFAULT
    from hybridsdk.generate._models import model_spec

    if gguf is not None:
        if folder is not None or model is not None or backend == "onnx":
            raise ConfigurationError(
                "--gguf runs on llama.cpp; it cannot be combined with --model, --model-dir or "
                "--backend onnx (an ONNX folder is built from a pinned GGUF only)"
            )
        return LocalGenerator.from_gguf(gguf, threads=threads), Path(gguf).stem.lower()
    if folder and model:
        raise ConfigurationError("pass --model or --model-dir, not both")
    spec = model_spec(model or PINNED_DEFAULT)  # an unknown name fails before any download
    name = model or DEFAULT_MODEL
    if backend == "llamacpp":
        if folder is not None:
            raise ConfigurationError(
                "--model-dir is an ONNX folder; with --backend llamacpp pass --gguf FILE "
                "(or nothing, for the pinned GGUF)"
            )
        return LocalGenerator.from_pinned(spec, threads=threads, backend="llamacpp"), name
    if backend not in (None, "onnx"):
        raise ConfigurationError(f"backend={backend!r}; use onnx or llamacpp")
    if folder:
        return LocalGenerator(folder, threads=threads), DEFAULT_MODEL
    return LocalGenerator.from_pinned(spec, threads=threads), name


def serve_llm(
    *,
    host: str,
    port: int,
    threads: int = 1,
    max_tokens_cap: int = 512,
    folder: str | None = None,
    model: str | None = None,
    backend: str | None = None,
    gguf: str | None = None,
) -> None:
    """Load the pinned model (or `folder`, or the pinned model called `model`, or `gguf` on
    llama.cpp) and serve it until SIGINT/SIGTERM."""
    try:
        import uvicorn
    except ImportError:
        raise MissingDependencyError("the OpenAI-compatible server", "gateway") from None
    generator, model_name = load_server_model(
        threads=threads, folder=folder, backend=backend, gguf=gguf, model=model
    )
    app = create_llm_app(generator, model_name=model_name, max_tokens_cap=max_tokens_cap)
    uvicorn.run(app, host=host, port=port, log_config=None, access_log=False)


@dataclass(frozen=True)
class LaunchedLlmServer:
    """A running `hybridsdk llm-server` child process."""

    url: str
    port: int
    pid: int


@contextlib.contextmanager
def launch_llm_server(
    *,
    folder: str | os.PathLike[str] | None = None,
    model: str | None = None,
    backend: str | None = None,
    gguf: str | os.PathLike[str] | None = None,
    port: int | None = None,
    max_tokens_cap: int = 512,
    timeout_s: float = 60.0,
) -> Iterator[LaunchedLlmServer]:
    """Run `hybridsdk llm-server` on 127.0.0.1 until the block ends (tests, demo).

    Args:
        folder: a built model folder (default: the pinned model, built on first use).
        model: a pinned model by name (see `hybridsdk.generate._models.MODELS`).
        backend: "onnx" (default) or "llamacpp".
        gguf: a GGUF file to serve on llama.cpp.
        port: the port (default: a free one).
        max_tokens_cap: the server's max_tokens cap.
        timeout_s: how long to wait for /health.

    Raises:
        ConfigurationError: it exited or did not answer in time (with its last output).
    """
    import httpx

    from hybridsdk.gateway._launch import free_port

    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    argv = [sys.executable, "-m", "hybridsdk.cli", "llm-server", "--port", str(port)]
    argv += ["--max-tokens", str(max_tokens_cap)]
    if folder is not None:
        argv += ["--model-dir", str(folder)]
    if model is not None:
        argv += ["--model", model]
    if backend is not None:
        argv += ["--backend", backend]
    if gguf is not None:
        argv += ["--gguf", str(gguf)]
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
        try:
            deadline = time.monotonic() + timeout_s
            while True:
                if proc.poll() is not None:
                    log.seek(0)
                    tail = log.read()[-2000:].decode(errors="replace")
                    raise ConfigurationError(f"llm-server exited with {proc.returncode}:\n{tail}")
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(url + "/health", timeout=1.0).status_code == 200:
                        break
                if time.monotonic() > deadline:
                    raise ConfigurationError(f"llm-server did not answer within {timeout_s:g} s")
                time.sleep(0.1)  # polling a child process
            yield LaunchedLlmServer(url=url, port=port, pid=proc.pid)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
