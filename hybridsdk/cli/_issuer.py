"""`hybridsdk issuer generate|rotate|show`: Privacy Pass issuer keys on disk.

Nothing here prints a private key: `show` prints each key's token_key_id and the public
``token-key`` clients can check against the issuer directory.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from hybridsdk.cli._key_folders import key_actions, status, until
from hybridsdk.gateway._issuer_keys import (
    IssuerKey,
    generate_issuer_keys,
    read_issuer_keys,
    rotate_issuer_keys,
)
from hybridsdk.wire._private_token import b64url

__all__ = ["register"]

_DEFAULT_GRACE_HOURS = 1.0


def register(subparsers: Any) -> None:
    """Add the `issuer` command.

    Args:
        subparsers: the top-level parser's subparsers action.
    """
    add = key_actions(
        subparsers,
        "issuer",
        "generate, show and rotate the Privacy Pass issuer keys",
        "the issuer key directory",
    )
    add("generate", "create an issuer key directory with one RSA-2048 key").set_defaults(
        func=_generate
    )
    show = add("show", "print the issuer keys' ids and public token keys")
    show.set_defaults(func=_show)
    rotate = add("rotate", "add a key; tokens of the old ones stay redeemable for a grace period")
    rotate.add_argument(
        "--grace-hours",
        type=float,
        default=_DEFAULT_GRACE_HOURS,
        help=f"how long old keys' tokens stay redeemable (default {_DEFAULT_GRACE_HOURS:g})",
    )
    rotate.set_defaults(func=_rotate)


def _describe(key: IssuerKey, now: float) -> dict[str, Any]:
    return {
        "token_key_id": key.key_id.hex(),
        "status": status(key, now),
        "created_at": key.created_at,
        "retire_at": key.retire_at,
        "token_key": b64url(key.token_key),
    }


def _print(info: dict[str, Any]) -> None:
    retire = until(info["retire_at"])
    print(f"issuer key {info['token_key_id'][:16]}: {info['status']}{retire}")
    print(f"  token_key_id {info['token_key_id']}")


def _generate(args: argparse.Namespace) -> int:
    key = generate_issuer_keys(args.keys)
    if args.json:
        print(json.dumps({"keys_dir": str(args.keys), "key": _describe(key, time.time())}))
        return 0
    print(f"created {args.keys} (private key file mode 0600, never printed)")
    _print(_describe(key, time.time()))
    return 0


def _show(args: argparse.Namespace) -> int:
    now = time.time()
    described = [_describe(k, now) for k in read_issuer_keys(args.keys)]
    if args.json:
        print(json.dumps({"keys": described}, indent=2))
        return 0
    if not described:
        print(f"no issuer keys in {args.keys}; run `hybridsdk issuer generate --keys {args.keys}`")
        return 1
    for info in described:
        _print(info)
    return 0


def _rotate(args: argparse.Namespace) -> int:
    key = rotate_issuer_keys(args.keys, grace_s=args.grace_hours * 3600.0)
    if args.json:
        info = {"key": _describe(key, time.time()), "grace_hours": args.grace_hours}
        print(json.dumps(info))
        return 0
    print(f"added issuer key; older keys' tokens stay redeemable for {args.grace_hours:g} h")
    _print(_describe(key, time.time()))
    return 0
