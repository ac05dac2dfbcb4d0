"""`hybridsdk bench KIND`: benchmarks that print ratios measured side by side in one run."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from typing import Any

# kind -> module exposing `add_arguments(parser)` and `run(args) -> JSON-able object`.
_BENCHES = {
    "local": "hybridsdk.bench._local",
    "routing": "hybridsdk.bench._routing",
    "privacy": "hybridsdk.bench._privacy",
    "cloud": "hybridsdk.bench._cloud",
    "chaos": "hybridsdk.bench._chaos",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("bench", help="run a benchmark and print its figures")
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, module_name in _BENCHES.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # not built yet
            raise
        sub = kinds.add_parser(kind, help=(module.__doc__ or kind).strip().splitlines()[0])
        sub.add_argument("--json", action="store_true", help="print JSON only")
        module.add_arguments(sub)
        sub.set_defaults(func=_runner(module))


def _runner(module: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        result = module.run(args)
        if args.json:
            json.dump(result, sys.stdout, indent=2)
            sys.stdout.write("\n")
        else:
            print(
                module.format_text(result)
                if hasattr(module, "format_text")
                else json.dumps(result, indent=2)
            )
        return 0

    return run
