"""What `hybridsdk keys` and `hybridsdk issuer` share: the actions' common flags and how a
key's status is told."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hybridsdk.gateway._key_folder import TimedKey

__all__ = ["key_actions", "status", "until"]


def key_actions(
    subparsers: Any, command: str, help_text: str, folder: str
) -> Callable[[str, str], argparse.ArgumentParser]:
    """Add `command` and return a function adding one of its actions, each with
    ``--keys PATH`` (required) and ``--json``.

    Args:
        subparsers: the top-level parser's subparsers action.
        command: the command's name ("keys").
        help_text: its help line.
        folder: what ``--keys`` names ("the key directory").
    """
    parser = subparsers.add_parser(command, help=help_text)
    actions = parser.add_subparsers(dest=f"{command}_command", metavar="ACTION", required=True)

    def add(name: str, action_help: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = actions.add_parser(name, help=action_help)
        sub.add_argument("--keys", type=Path, required=True, metavar="PATH", help=folder)
        sub.add_argument("--json", action="store_true", help="print JSON only")
        return sub

    return add


def status(key: TimedKey, now: float) -> str:
    """``current`` (no end), ``retiring`` (in use until its end) or ``retired``."""
    if key.retire_at is None:
        return "current"
    return "retiring" if key.current(now) else "retired"


def until(retire_at: float | None) -> str:
    """`` until <UTC time>`` for a key with an end, else an empty string."""
    if retire_at is None:
        return ""
    return " until " + time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(float(retire_at)))
