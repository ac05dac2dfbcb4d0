"""Connection-level limits of the reference gateway's HTTP server (uvicorn + httptools)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["ServerOptions"]


class ServerOptions(BaseModel):
    """How the gateway's HTTP server treats connections; every field has a safe default.

    Args:
        header_timeout_s: a request's line and headers must arrive within this many
            seconds of its first byte (or of the connection opening); else 408 and close.
            Stops slowloris clients from holding connections.
        max_header_bytes: the most bytes of request line + headers; else 431 and close.
        max_connections: open connections at most. A new connection beyond it closes the
            oldest connection that is idle or still sending headers; if every connection
            is busy with a request, the new one gets 503. Keep it below the process's
            file descriptor limit (``ulimit -n``) minus what models and logs use.
        limit_concurrency: uvicorn's own cap on connections and running requests
            together (503 beyond); None: no cap beyond `max_connections`.
        timeout_keep_alive_s: close an idle keep-alive connection after this long.
        timeout_graceful_shutdown_s: on SIGTERM, wait this long for running requests
            before cancelling them. Connections still sending headers or a body are
            closed at once.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    header_timeout_s: float = Field(default=10.0, gt=0)
    max_header_bytes: int = Field(default=32 * 1024, ge=1024)
    max_connections: int = Field(default=768, gt=0)
    limit_concurrency: int | None = Field(default=None, gt=0)
    timeout_keep_alive_s: int = Field(default=5, gt=0)
    timeout_graceful_shutdown_s: int = Field(default=5, ge=0)
