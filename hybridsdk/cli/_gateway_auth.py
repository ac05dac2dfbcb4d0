"""`hybridsdk gateway` options for authorization, rate limits and /metrics."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hybridsdk.gateway._auth_config import BEARER_TOKENS_ENV, METRICS_TOKEN_ENV, AuthConfig

__all__ = ["add_auth_arguments", "auth_config"]


def add_auth_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the authorization options to the `gateway` parser.

    Args:
        parser: the `gateway` command's parser.
    """
    group = parser.add_argument_group("authorization and limits")
    group.add_argument(
        "--bearer-tokens",
        type=Path,
        default=None,
        metavar="FILE",
        help="file (mode 0600) of 'client-id:token' lines; $"
        f"{BEARER_TOKENS_ENV} adds more. Requests then need a credential",
    )
    group.add_argument(
        "--issuer-keys",
        type=Path,
        default=None,
        metavar="PATH",
        help="issuer key directory (`hybridsdk issuer generate`): accept anonymous one-time "
        "Privacy Pass tokens inside OHTTP requests and issue them to bearer clients",
    )
    group.add_argument("--issuer-name", default="hybridsdk-gateway", help="token issuer name")
    group.add_argument(
        "--token-epoch-s",
        type=float,
        default=300.0,
        help="tokens are bound to epochs of this length (default 300; life <= 3 epochs)",
    )
    group.add_argument(
        "--issuance-per-minute",
        type=float,
        default=120.0,
        help="anonymous tokens each bearer client may get per minute (default 120)",
    )
    group.add_argument(
        "--issuance-burst", type=int, default=32, help="tokens a client may get at once"
    )
    group.add_argument(
        "--rate-limit-rps", type=float, default=None, help="per-client requests per second"
    )
    group.add_argument("--rate-limit-burst", type=int, default=20, help="per-client burst")
    group.add_argument(
        "--global-rate-limit-rps", type=float, default=None, help="gateway requests per second"
    )
    group.add_argument("--global-rate-limit-burst", type=int, default=200, help="global burst")
    group.add_argument(
        "--metrics",
        choices=("open", "token", "off"),
        default="open",
        help=f"/metrics access (token: Bearer from --metrics-token or ${METRICS_TOKEN_ENV})",
    )
    group.add_argument(
        "--metrics-token", type=Path, default=None, metavar="FILE", help="file with the token"
    )


def auth_config(args: argparse.Namespace) -> dict[str, Any]:
    """The `GatewayConfig` keyword for the parsed options.

    Args:
        args: the parsed `gateway` namespace.
    """
    return {
        "auth": AuthConfig(
            bearer_tokens_path=args.bearer_tokens,
            issuer_keys_path=args.issuer_keys,
            issuer_name=args.issuer_name,
            token_epoch_s=args.token_epoch_s,
            issuance_per_minute=args.issuance_per_minute,
            issuance_burst=args.issuance_burst,
            rate_limit_rps=args.rate_limit_rps,
            rate_limit_burst=args.rate_limit_burst,
            global_rate_limit_rps=args.global_rate_limit_rps,
            global_rate_limit_burst=args.global_rate_limit_burst,
            metrics=args.metrics,
            metrics_token_path=args.metrics_token,
        )
    }
