"""Run the gateway application under uvicorn with its connection limits."""

from __future__ import annotations

import logging
import socket
import sys
from typing import Any

from hybridsdk._exceptions import MissingDependencyError
from hybridsdk.gateway._http_guard import guarded_protocol
from hybridsdk.gateway._server_options import ServerOptions

__all__ = ["serve"]

logger = logging.getLogger("hybridsdk.gateway")


def _warn_if_fds_are_short(max_connections: int) -> None:
    """Warn when the connection cap leaves too few file descriptors for everything else."""
    if sys.platform == "win32":
        return
    import resource

    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and max_connections > soft - 64:
        logger.warning(
            "--max-connections %d is close to the file descriptor limit %d (ulimit -n): "
            "slow clients could still exhaust it; lower --max-connections or raise the limit",
            max_connections,
            soft,
        )


def serve(
    app: Any,
    *,
    host: str,
    port: int,
    options: ServerOptions | None = None,
    sock: socket.socket | None = None,
) -> None:
    """Serve `app` until SIGINT/SIGTERM (blocking).

    Args:
        app: the ASGI application (`create_app`).
        host: the address to bind.
        port: the port to bind.
        options: connection limits; default `ServerOptions()`.
        sock: a socket already bound and listening to serve on (host and port are then
            only shown in logs).

    Raises:
        MissingDependencyError: uvicorn or httptools is not installed.
    """
    try:
        import uvicorn
    except ImportError:
        raise MissingDependencyError("the reference gateway", "gateway") from None
    opts = options or ServerOptions()
    _warn_if_fds_are_short(opts.max_connections)
    # log_config=None keeps our logging set-up; our access log replaces uvicorn's, which
    # would print raw paths (model names) and client addresses.
    settings: dict[str, Any] = {
        "http": guarded_protocol(opts),
        "log_config": None,
        "access_log": False,
        "server_header": False,
        "lifespan": "on",
        "limit_concurrency": opts.limit_concurrency,
        "timeout_keep_alive": opts.timeout_keep_alive_s,
        "timeout_graceful_shutdown": opts.timeout_graceful_shutdown_s,
    }
    if sock is None:
        uvicorn.run(app, host=host, port=port, **settings)
        return
    # A socket bound and listening already (`hybridsdk gateway` binds first, so a port in
    # use is a clear error before anything says "listening").
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, **settings))
    server.run(sockets=[sock])
    if not server.started:
        raise SystemExit(3)  # uvicorn.run's exit status when start-up fails
