"""`hybridsdk gateway`: run the reference OHTTP gateway and OIP server."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.cli._gateway_auth import add_auth_arguments, auth_config
from hybridsdk.cli._gateway_limits import add_limit_arguments, limit_settings, server_options
from hybridsdk.cli._gateway_start import bind_listening_socket, check_zoo
from hybridsdk.cli._needs import require_extras

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the `gateway` command.

    Args:
        subparsers: the top-level parser's subparsers action.
    """
    parser = subparsers.add_parser(
        "gateway",
        help="run the reference OHTTP gateway + Open Inference Protocol server",
        description="Serve the zoo's ONNX models (or forward to an OIP server) over plain "
        "HTTP and Oblivious HTTP (RFC 9458).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=8000, help="port to bind, 0 for any free one (default 8000)"
    )
    parser.add_argument(
        "--models", type=Path, default=None, help="zoo folder to serve (default: built-in zoo)"
    )
    parser.add_argument(
        "--models-key",
        type=Path,
        default=None,
        metavar="PATH",
        help="pinned public key of the zoo's signer (default: the zoo's own manifest.pub)",
    )
    parser.add_argument(
        "--allow-unsigned-models",
        action="store_true",
        help="serve a zoo without checking its manifest signature (logged as a warning)",
    )
    parser.add_argument(
        "--upstream",
        default=None,
        metavar="URL",
        help="forward OIP requests to this server (Triton, KServe, MLServer) instead",
    )
    parser.add_argument(
        "--llm-upstream",
        default=None,
        metavar="URL",
        help="forward /v1/chat/completions to this OpenAI-compatible server (llama.cpp, "
        "vLLM, TGI, `hybridsdk llm-server`), plain and through (chunked) OHTTP",
    )
    parser.add_argument(
        "--llm-max-tokens", type=int, default=512, help="max_tokens cap of chat requests"
    )
    parser.add_argument(
        "--llm-max-concurrent", type=int, default=4, help="chat requests at the upstream at once"
    )
    parser.add_argument(
        "--keys",
        type=Path,
        default=None,
        metavar="PATH",
        help="key directory from `hybridsdk keys generate` (default: ephemeral key)",
    )
    parser.add_argument(
        "--max-body-bytes", type=int, default=1 << 20, help="request size limit (default 1 MiB)"
    )
    parser.add_argument(
        "--date-window-s",
        type=float,
        default=60.0,
        help="how far an encrypted request's Date may lag our clock (default 60)",
    )
    parser.add_argument(
        "--max-future-skew-s",
        type=float,
        default=5.0,
        help="how far an encrypted request's Date may run ahead of our clock (default 5)",
    )
    parser.add_argument(
        "--replay-max-entries",
        type=int,
        default=100_000,
        help="key shares the in-memory replay table holds (default 100000); when full it "
        "narrows the window of old Dates, never opens it",
    )
    parser.add_argument(
        "--state-url",
        default=None,
        metavar="URL",
        help="keep replay and idempotency state in this Valkey/Redis server "
        "(redis://127.0.0.1:6379/0) so several replicas share it (default: in memory)",
    )
    parser.add_argument(
        "--threads", type=int, default=1, help="ONNX Runtime intra-op threads per model"
    )
    parser.add_argument(
        "--idempotency-ttl-s",
        type=float,
        default=600.0,
        help="how long a finished request's answer is kept for retries with the same "
        "Idempotency-Key (default 600); cover your clients' longest redelivery delay",
    )
    add_limit_arguments(parser)
    parser.add_argument("--no-access-log", action="store_true", help="do not log each request")
    add_auth_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Start the server and block until it stops."""
    from hybridsdk.gateway._app import create_app
    from hybridsdk.gateway._config import GatewayConfig
    from hybridsdk.gateway._serve import serve

    require_extras("the reference gateway", ["gateway"])
    if args.models is not None and args.upstream is not None:
        raise ConfigurationError("give --models or --upstream, not both")
    try:
        config = GatewayConfig(
            models_dir=args.models,
            models_public_key=args.models_key,
            allow_unsigned_models=args.allow_unsigned_models,
            upstream_url=args.upstream,
            keys_path=args.keys,
            max_body_bytes=args.max_body_bytes,
            date_window_s=args.date_window_s,
            max_future_skew_s=args.max_future_skew_s,
            state_url=args.state_url,
            replay_max_entries=args.replay_max_entries,
            intra_op_threads=args.threads,
            idempotency_ttl_s=args.idempotency_ttl_s,
            access_log=not args.no_access_log,
            llm_upstream_url=args.llm_upstream,
            llm_max_tokens=args.llm_max_tokens,
            llm_max_concurrent=args.llm_max_concurrent,
            **limit_settings(args),
            **auth_config(args),
        )
        options = server_options(args)
    except ValidationError as exc:
        raise ConfigurationError(f"invalid gateway option: {exc}") from None
    gateway_logger = logging.getLogger("hybridsdk.gateway")
    if gateway_logger.getEffectiveLevel() > logging.INFO:
        # A server's start-up facts and access log are its normal output.
        gateway_logger.setLevel(logging.INFO)
    if config.upstream_url is None:
        check_zoo(args.models, args.models_key, args.allow_unsigned_models)
    sock = bind_listening_socket(args.host, args.port)  # before saying we serve
    app = create_app(config)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(
        f"hybridsdk gateway listening on http://{shown}:{port} "
        f"(OHTTP: /.well-known/ohttp-gateway, OIP: /v2)",
        file=sys.stderr,
        flush=True,
    )
    try:
        serve(app, host=args.host, port=port, options=options, sock=sock)
    finally:
        sock.close()
    return 0
