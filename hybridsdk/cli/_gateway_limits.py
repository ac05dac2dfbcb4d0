"""`hybridsdk gateway` flags for work limits and connection limits."""

from __future__ import annotations

import argparse
from typing import Any

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.gateway._limits import ModelLimits
from hybridsdk.gateway._server_options import ServerOptions

__all__ = ["add_limit_arguments", "limit_settings", "parse_model_limit", "server_options"]

_DEFAULT_LIMITS = ModelLimits()
_DEFAULT_SERVER = ServerOptions()


def add_limit_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the limit flags to the `gateway` command's parser.

    Args:
        parser: the `gateway` sub-command parser.
    """
    work = parser.add_argument_group("work limits (per request, checked before a model runs)")
    work.add_argument(
        "--max-batch-size",
        type=int,
        default=_DEFAULT_LIMITS.max_batch_size,
        help=f"largest first dimension of an input (default {_DEFAULT_LIMITS.max_batch_size})",
    )
    work.add_argument(
        "--max-elements",
        type=int,
        default=_DEFAULT_LIMITS.max_elements,
        help=f"most input elements per request (default {_DEFAULT_LIMITS.max_elements})",
    )
    work.add_argument(
        "--max-bytes-elements",
        type=int,
        default=_DEFAULT_LIMITS.max_bytes_elements,
        help="most strings (BYTES elements) per request "
        f"(default {_DEFAULT_LIMITS.max_bytes_elements})",
    )
    work.add_argument(
        "--model-limit",
        action="append",
        default=[],
        metavar="NAME:KEY=N[,KEY=N]",
        help="limits for one model, e.g. intent-cloud-fp32:max_bytes_elements=16 "
        "(keys: max_batch_size, max_elements, max_bytes_elements; repeatable)",
    )
    work.add_argument(
        "--max-concurrent-runs", type=int, default=4, help="model runs at once (default 4)"
    )
    work.add_argument(
        "--max-waiting-runs",
        type=int,
        default=64,
        help="requests waiting for a run; beyond, 503 + Retry-After (default 64)",
    )
    conn = parser.add_argument_group("connection limits")
    conn.add_argument(
        "--body-timeout-s", type=float, default=30.0, help="request body deadline (default 30)"
    )
    conn.add_argument(
        "--max-pending-body-bytes",
        type=int,
        default=64 << 20,
        help="body bytes being received at once, all connections (default 64 MiB)",
    )
    conn.add_argument(
        "--header-timeout-s",
        type=float,
        default=_DEFAULT_SERVER.header_timeout_s,
        help=f"request headers deadline (default {_DEFAULT_SERVER.header_timeout_s:g})",
    )
    conn.add_argument(
        "--max-header-bytes",
        type=int,
        default=_DEFAULT_SERVER.max_header_bytes,
        help=f"request line + headers size limit (default {_DEFAULT_SERVER.max_header_bytes})",
    )
    conn.add_argument(
        "--max-connections",
        type=int,
        default=_DEFAULT_SERVER.max_connections,
        help="open connections at most; the oldest idle or slow one makes room "
        f"(default {_DEFAULT_SERVER.max_connections}; keep it below ulimit -n)",
    )
    conn.add_argument(
        "--limit-concurrency",
        type=int,
        default=None,
        help="uvicorn's cap on connections + running requests (503 beyond; default none)",
    )
    conn.add_argument(
        "--timeout-keep-alive-s",
        type=int,
        default=_DEFAULT_SERVER.timeout_keep_alive_s,
        help=f"idle keep-alive timeout (default {_DEFAULT_SERVER.timeout_keep_alive_s})",
    )
    conn.add_argument(
        "--timeout-graceful-shutdown-s",
        type=int,
        default=_DEFAULT_SERVER.timeout_graceful_shutdown_s,
        help="on SIGTERM, how long running requests may finish "
        f"(default {_DEFAULT_SERVER.timeout_graceful_shutdown_s})",
    )


def parse_model_limit(text: str) -> tuple[str, ModelLimits]:
    """Parse one ``--model-limit NAME:KEY=N[,KEY=N]`` value.

    Args:
        text: the flag's value.

    Raises:
        ConfigurationError: the value is malformed or names an unknown key.
    """
    name, sep, rest = text.rpartition(":")
    if not sep or not name or not rest:
        raise ConfigurationError(
            f"--model-limit {text!r}: expected NAME:KEY=N[,KEY=N], "
            "e.g. intent-cloud-fp32:max_bytes_elements=16"
        )
    values: dict[str, Any] = dict(_DEFAULT_LIMITS.model_dump())
    for part in rest.split(","):
        key, eq, number = part.partition("=")
        key = key.strip().replace("-", "_")
        if not eq or key not in values or not number.strip().isdigit():
            raise ConfigurationError(
                f"--model-limit {text!r}: {part!r} is not KEY=N with KEY one of {', '.join(values)}"
            )
        values[key] = int(number)
    return name, ModelLimits(**values)


def limit_settings(args: argparse.Namespace) -> dict[str, Any]:
    """`GatewayConfig` keyword arguments from the parsed flags.

    Raises:
        ConfigurationError: a --model-limit is malformed.
        pydantic.ValidationError: a value is out of range.
    """
    return {
        "limits": ModelLimits(
            max_batch_size=args.max_batch_size,
            max_elements=args.max_elements,
            max_bytes_elements=args.max_bytes_elements,
        ),
        "model_limits": dict(parse_model_limit(v) for v in args.model_limit),
        "max_concurrent_runs": args.max_concurrent_runs,
        "max_waiting_runs": args.max_waiting_runs,
        "body_timeout_s": args.body_timeout_s,
        "max_pending_body_bytes": args.max_pending_body_bytes,
    }


def server_options(args: argparse.Namespace) -> ServerOptions:
    """`ServerOptions` from the parsed flags.

    Raises:
        pydantic.ValidationError: a value is out of range.
    """
    return ServerOptions(
        header_timeout_s=args.header_timeout_s,
        max_header_bytes=args.max_header_bytes,
        max_connections=args.max_connections,
        limit_concurrency=args.limit_concurrency,
        timeout_keep_alive_s=args.timeout_keep_alive_s,
        timeout_graceful_shutdown_s=args.timeout_graceful_shutdown_s,
    )
