"""`hybridsdk keys generate|show|rotate`: the gateway's OHTTP keys on disk.

Nothing here ever prints a private key: `show` prints the public key configurations and
the SHA-256 fingerprints a client pins.
"""

from __future__ import annotations

import argparse
import base64
import json
import time
from typing import Any

from hybridsdk.cli._key_folders import key_actions, status, until
from hybridsdk.gateway._keystore import (
    StoredKey,
    generate_keys,
    read_keys,
    retire_keys,
    rotate_keys,
)
from hybridsdk.wire._keyconfig import encode_key_configs

__all__ = ["register"]

_DEFAULT_GRACE_HOURS = 24.0


def register(subparsers: Any) -> None:
    """Add the `keys` command and its `generate`, `show` and `rotate` actions.

    Args:
        subparsers: the top-level parser's subparsers action.
    """
    add = key_actions(
        subparsers, "keys", "generate, show and rotate the gateway's keys", "the key directory"
    )
    generate = add("generate", "create a key directory with one fresh key")
    generate.add_argument("--key-id", type=int, default=None, help="0..255 (default random)")
    generate.set_defaults(func=_generate)

    show = add("show", "print the key configurations and fingerprints to pin")
    show.set_defaults(func=_show)

    rotate = add("rotate", "add a key; the old ones are served for a grace period")
    rotate.add_argument(
        "--grace-hours",
        type=float,
        default=_DEFAULT_GRACE_HOURS,
        help=f"how long old keys stay served (default {_DEFAULT_GRACE_HOURS:g})",
    )
    rotate.add_argument(
        "--retire",
        action="store_true",
        help="finish a rotation: stop serving every key but the newest, now",
    )
    rotate.set_defaults(func=_rotate)


def _describe(key: StoredKey, now: float) -> dict[str, Any]:
    encoded = key.config.encode()
    return {
        "key_id": key.config.key_id,
        "status": status(key, now),
        "retire_at": key.retire_at,
        "fingerprint_sha256": key.config.fingerprint,
        "config_hex": encoded.hex(),
        "config_base64": base64.b64encode(encoded).decode("ascii"),
    }


def _print_key(info: dict[str, Any]) -> None:
    retire = until(info["retire_at"])
    print(f"key {info['key_id']}: {info['status']}{retire}")
    print(f"  fingerprint sha256:{info['fingerprint_sha256']}")
    print(f"  config hex     {info['config_hex']}")
    print(f"  config base64  {info['config_base64']}")


def _generate(args: argparse.Namespace) -> int:
    key = generate_keys(args.keys, key_id=args.key_id)
    if args.json:
        print(json.dumps({"keys_dir": str(args.keys), "key": _describe(key, time.time())}))
        return 0
    print(f"created {args.keys} (private key file mode 0600, never printed)")
    _print_key(_describe(key, time.time()))
    return 0


def _show(args: argparse.Namespace) -> int:
    now = time.time()
    keys = read_keys(args.keys)
    described = [_describe(k, now) for k in keys]
    served = [k.config for k in keys if k.current(now)]
    collection = encode_key_configs(served) if served else b""
    if args.json:
        print(
            json.dumps(
                {
                    "keys": described,
                    "ohttp_keys_hex": collection.hex(),
                    "ohttp_keys_base64": base64.b64encode(collection).decode("ascii"),
                },
                indent=2,
            )
        )
        return 0
    if not described:
        print(f"no keys in {args.keys}; run `hybridsdk keys generate --keys {args.keys}`")
        return 1
    for info in described:
        _print_key(info)
    print(f"application/ohttp-keys (served now) base64: {base64.b64encode(collection).decode()}")
    return 0


def _rotate(args: argparse.Namespace) -> int:
    if args.retire:
        retired = retire_keys(args.keys)
        if args.json:
            print(json.dumps({"retired_key_ids": list(retired)}))
            return 0
        print(f"retired key ids {retired or 'none'}; only the newest key is served now")
        return 0
    key = rotate_keys(args.keys, grace_s=args.grace_hours * 3600.0)
    if args.json:
        info = {"key": _describe(key, time.time()), "grace_hours": args.grace_hours}
        print(json.dumps(info))
        return 0
    print(f"added key {key.config.key_id}; older keys stay served for {args.grace_hours:g} h")
    _print_key(_describe(key, time.time()))
    return 0
