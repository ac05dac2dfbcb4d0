"""`hybridsdk bench KIND`: run `benchmarks/KIND.py` of a source checkout and print its figures.

Benchmarks are not installed with the package. The folder is found, in this order, at
$HYBRIDSDK_BENCHMARKS, next to the `hybridsdk` package of an editable/source install, or
in the current directory; without one, the command says so and how to get it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from hybridsdk._exceptions import ConfigurationError

# Order shown in --help; each is benchmarks/<kind>.py.
KINDS = (
    "local",
    "routing",
    "privacy",
    "cloud",
    "chaos",
    "gateway",
    "gateway_state",
    "generate",
    "generate_backends",
)
ENV_VAR = "HYBRIDSDK_BENCHMARKS"


def benchmarks_dir() -> Path | None:
    """The `benchmarks/` folder to run, or None when there is none (a wheel install)."""
    candidates = []
    if env := os.environ.get(ENV_VAR):
        candidates.append(Path(env))
    candidates.append(Path(__file__).resolve().parents[2] / "benchmarks")
    candidates.append(Path.cwd() / "benchmarks")
    for path in candidates:
        if (path / "__init__.py").is_file():
            return path.resolve()
    return None


def _load(folder: Path, kind: str) -> ModuleType:
    root = str(folder.parent)
    if root not in sys.path:
        sys.path.insert(0, root)  # benchmarks import each other as `benchmarks.<kind>`
    return importlib.import_module(f"{folder.name}.{kind}")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("bench", help="run a benchmark and print its figures")
    folder = benchmarks_dir()
    if folder is None:
        parser.add_argument("kind", metavar="KIND", help=", ".join(KINDS))
        parser.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
        parser.set_defaults(func=_missing)
        return
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind in KINDS:
        module = _load(folder, kind)
        sub = kinds.add_parser(kind, help=(module.__doc__ or kind).strip().splitlines()[0])
        sub.add_argument("--json", action="store_true", help="print JSON only")
        module.add_arguments(sub)
        sub.set_defaults(func=_runner(module))


def _missing(args: argparse.Namespace) -> int:
    raise ConfigurationError(
        f"hybridsdk bench {args.kind}: no benchmarks/ folder found. Benchmarks ship with the "
        "source, not the wheel: run from a git checkout of hybridsdk (pip install -e .), or "
        f"set {ENV_VAR} to its benchmarks/ folder."
    )


def _runner(module: ModuleType) -> Any:
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
