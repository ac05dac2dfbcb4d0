"""Entry point: builds the argument parser from one module per command.

Each command lives in `hybridsdk/cli/_<command>.py` and exposes
`register(subparsers) -> None`, which adds its parser and sets `func` to a callable
taking the parsed namespace and returning an exit code. Command modules import their
heavy dependencies inside `func`, so `hybridsdk --help` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from hybridsdk._exceptions import HybridSDKError
from hybridsdk._version import __version__
from hybridsdk.cli._format import HelpParser

__all__ = ["build_parser", "main"]

# Order here is the order shown in --help.
_COMMANDS = (
    "demo",
    "models",
    "doctor",
    "bench",
    "calibrate",
    "gateway",
    "llm_server",
    "keys",
    "issuer",
    "outbox",
)


def build_parser() -> argparse.ArgumentParser:
    """The `hybridsdk` argument parser, one subcommand per `hybridsdk/cli/_<command>.py`."""
    parser = HelpParser(
        prog="hybridsdk",
        description="Hybrid edge/cloud inference: route, run locally, or send encrypted.",
    )
    parser.add_argument("--version", action="version", version=f"hybridsdk {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (-vv: debug)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=HelpParser)
    for name in _COMMANDS:
        importlib.import_module(f"hybridsdk.cli._{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `hybridsdk` command line; returns the exit code.

    Args:
        argv: the arguments after the program name (default: sys.argv[1:]).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    try:
        code: int = func(args)
        sys.stdout.flush()  # inside the try: a closed pipe shows up here, not at exit
    except HybridSDKError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`hybridsdk models list | head -1`): stop quietly. Point
        # stdout at devnull so the interpreter's final flush does not raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a shell reports a process killed by it
    return code
