"""`hybridsdk models list|verify`: what the edge model zoo holds, and whether it is intact."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from hybridsdk._exceptions import ConfigurationError, ModelError
from hybridsdk.edge._registry import ModelRegistry, check_bytes, default_models_dir
from hybridsdk.edge._signing import (
    PUBLIC_KEY_NAME,
    SIGNATURE_NAME,
    key_fingerprint,
    load_public_key,
    verify_manifest,
)


def register(subparsers: Any) -> None:
    """Add the `models` command and its `list` and `verify` subcommands.

    Args:
        subparsers: the top-level parser's subparsers action.
    """
    parser = subparsers.add_parser("models", help="list and verify the edge model zoo")
    actions = parser.add_subparsers(dest="models_command", metavar="ACTION", required=True)

    list_parser = actions.add_parser("list", help="list the models in the manifest")
    list_parser.add_argument("--json", action="store_true", help="print JSON only")
    list_parser.add_argument(
        "--dir", type=Path, default=None, help="zoo folder (default: built-in)"
    )
    list_parser.set_defaults(func=_list)

    verify_parser = actions.add_parser(
        "verify", help="check the manifest signature and every file's size and sha256"
    )
    verify_parser.add_argument("--json", action="store_true", help="print a JSON report only")
    verify_parser.add_argument(
        "--dir", type=Path, default=None, help="zoo folder (default: built-in)"
    )
    verify_parser.add_argument(
        "--public-key",
        type=Path,
        default=None,
        help=f"pinned Ed25519 public key (PEM or raw); default: the zoo's own {PUBLIC_KEY_NAME}, "
        "which detects corruption but not a swapped zoo",
    )
    verify_parser.set_defaults(func=_verify)


def _list(args: argparse.Namespace) -> int:
    registry = ModelRegistry(args.dir)
    rows = [
        {
            "name": entry.name,
            "task": entry.task,
            "role": entry.role,
            "format": entry.format,
            "precision": entry.precision,
            "file": entry.file,
            "size_bytes": entry.size_bytes,
            "inputs": [spec.model_dump(mode="json") for spec in entry.inputs],
            "outputs": [spec.model_dump(mode="json") for spec in entry.outputs],
            "test_accuracy": entry.test_accuracy,
        }
        for entry in registry.manifest.models
    ]
    if args.json:
        json.dump({"models_dir": str(registry.models_dir), "models": rows}, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"models in {registry.manifest_path}:")
    print(f"{'name':<28}{'role':<7}{'format':<8}{'prec':<6}{'bytes':>10}  {'test acc':>8}  input")
    for entry in registry.manifest.models:
        accuracy = "-" if entry.test_accuracy is None else f"{entry.test_accuracy:.4f}"
        spec = entry.inputs[0] if entry.inputs else None
        shape = "" if spec is None else f"{spec.name}{list(spec.shape)}".replace("None", "N")
        print(
            f"{entry.name:<28}{entry.role:<7}{entry.format:<8}{entry.precision:<6}"
            f"{entry.size_bytes:>10}  {accuracy:>8}  {shape}"
        )
    return 0


def verify_zoo(models_dir: Path | None, public_key_path: Path | None) -> dict[str, Any]:
    """Check the signature and every model file; never raises for a bad zoo.

    Args:
        models_dir: the zoo folder, or None for `default_models_dir()`.
        public_key_path: the pinned public key; None uses the zoo's own `manifest.pub`.

    Returns:
        A JSON-able report: `ok`, `signature` (with `ok`, `error`, key fingerprint and
        whether it was pinned) and one record per model with `ok` and `error`.
    """
    folder = models_dir if models_dir is not None else default_models_dir()
    pinned = public_key_path is not None
    key_path = public_key_path if public_key_path is not None else folder / PUBLIC_KEY_NAME
    signature: dict[str, Any] = {
        "ok": False,
        "file": str(folder / SIGNATURE_NAME),
        "public_key": str(key_path),
        "pinned": pinned,
        "fingerprint": None,
        "error": None,
    }
    report: dict[str, Any] = {"ok": False, "models_dir": str(folder), "signature": signature}
    try:
        key = load_public_key(key_path)
        signature["fingerprint"] = key_fingerprint(key)
        verify_manifest(folder, key)
        signature["ok"] = True
    except (ModelError, ConfigurationError) as exc:
        signature["error"] = f"{type(exc).__name__}: {exc}"

    models: list[dict[str, Any]] = []
    report["models"] = models
    try:
        # Parse even when the signature failed, so the report can say which files differ.
        # The signature was reported above; here the files are checked either way.
        registry = (
            ModelRegistry(folder, public_key=key_path)
            if signature["ok"]
            else ModelRegistry(folder, allow_unsigned=True)
        )
    except (ModelError, ConfigurationError) as exc:
        report["error"] = f"{type(exc).__name__}: {exc}"
        return report
    for entry in registry.manifest.models:
        record: dict[str, Any] = {
            "name": entry.name,
            "file": entry.file,
            "ok": False,
            "error": None,
        }
        path = registry.models_dir / entry.file
        try:
            data = path.read_bytes()
            check_bytes(entry, data, path)
            record["ok"] = True
        except FileNotFoundError:
            record["error"] = f"ModelNotFoundError: {path} is missing"
        except OSError as exc:
            record["error"] = f"OSError: cannot read {path}: {exc.strerror or exc}"
        except ModelError as exc:
            record["error"] = f"{type(exc).__name__}: {exc}"
        models.append(record)
    report["ok"] = signature["ok"] and all(record["ok"] for record in models)
    return report


def _verify(args: argparse.Namespace) -> int:
    try:
        report = verify_zoo(args.dir, args.public_key)
    except ModelError as exc:  # no zoo found at all: still answer in the asked format
        report = {"ok": False, "error": f"{type(exc).__name__}: {exc}", "models": []}
        if not args.json:
            raise
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0 if report["ok"] else 1
    signature = report["signature"]
    trust = "pinned key" if signature["pinned"] else "the zoo's own key (not pinned)"
    if signature["ok"]:
        print(f"signature OK under {trust} {signature['fingerprint']}")
    else:
        print(f"signature FAILED: {signature['error']}")
    if "error" in report:
        print(f"manifest FAILED: {report['error']}")
    for record in report["models"]:
        status = "OK" if record["ok"] else f"FAILED: {record['error']}"
        print(f"{record['name']:<28}{status}")
    print("zoo verified" if report["ok"] else "zoo NOT verified: do not load these models")
    return 0 if report["ok"] else 1
