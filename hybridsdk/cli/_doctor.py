"""`hybridsdk doctor [--json]`: what this device is, what runs here, and what is wrong.

Other parts add their own sections (e.g. circuit breakers) with `register_section`: each
section is a callable returning JSON-able data, called when doctor runs and shown under
its name in both outputs (in the report's `extras`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from hybridsdk.cli._doctor_text import cloud_verdict, format_section

__all__ = ["format_report", "register", "register_section", "run"]

SectionProvider = Callable[[], Any]

# name -> provider; insertion order is display order.
_SECTIONS: dict[str, SectionProvider] = {}


def register_section(name: str, provider: SectionProvider) -> None:
    """Add a section to the doctor report.

    Args:
        name: the section's key in `extras` and its heading in the text output.
        provider: returns the section's JSON-able data; an exception it raises is shown
            as the section's error instead of stopping doctor.
    """
    _SECTIONS[name] = provider


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "doctor",
        help="probe this device: hardware, runtimes, accelerators, thermal state",
        description="Probe this device (and optionally a gateway and an outbox). Exit "
        "status: 0 all good; 1 the --cloud gateway is unreachable or fails its key pin, "
        "or --strict and a known-bad runtime version is installed; 2 bad usage.",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON only")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit with status 1 when a runtime version is known to be bad here",
    )
    parser.add_argument(
        "--cloud", metavar="URL", help="also probe this OHTTP gateway (exit 1 when it fails)"
    )
    parser.add_argument(
        "--key-pin", metavar="SHA256", help="with --cloud: the key fingerprint to expect"
    )
    parser.add_argument("--outbox", metavar="PATH", help="also report this outbox's state")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Probe the device and print the report."""
    from hybridsdk.edge._probe import probe_device

    report = probe_device()
    sections: dict[str, Any] = {}
    if getattr(args, "cloud", None):
        sections["cloud"] = _cloud_section(args.cloud, args.key_pin)
    if getattr(args, "outbox", None):
        sections["outbox"] = _outbox_section(args.outbox)
    for name, provider in _SECTIONS.items():
        try:
            sections[name] = provider()
        except Exception as exc:  # one broken section must not hide the rest
            sections[name] = {"error": f"{type(exc).__name__}: {exc}"}
    data = report.with_extras(**sections).to_dict()
    if args.json:
        json.dump(data, sys.stdout, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_report(data))
    if "cloud" in sections and not cloud_verdict(sections["cloud"])[0]:
        return 1  # the gateway is unreachable or fails its pin: scripts must see it
    return 1 if args.strict and data["warnings"] else 0


def _cloud_section(url: str, pin: str | None) -> dict[str, Any]:
    """Reachability, key configurations (pin-checked) and breaker state of one gateway."""
    import time
    from dataclasses import asdict

    from hybridsdk._exceptions import HybridSDKError
    from hybridsdk.cloud._client import CloudClient
    from hybridsdk.cloud._endpoint import CloudEndpoint

    try:
        endpoint = CloudEndpoint(url=url, key_pin_sha256=pin or ())
    except HybridSDKError as exc:
        bad = {"url": url, "error": str(exc)}
        return {**bad, "ok": False, "verdict": cloud_verdict(bad)[1]}
    with CloudClient(endpoint) as client:
        started = time.perf_counter()
        reachable = client.probe()
        data: dict[str, Any] = {
            "url": url,
            "reachable": reachable,
            "probe_ms": round((time.perf_counter() - started) * 1000.0, 2),
        }
        if reachable:
            try:
                configs = client.fetch_key_configs()
                data["keys"] = [{"key_id": c.key_id, "fingerprint": c.fingerprint} for c in configs]
                data["pinned"] = bool(pin)
            except HybridSDKError as exc:
                data["keys_error"] = f"{type(exc).__name__}: {exc}"
        data["ok"], data["verdict"] = cloud_verdict(data)
        data["breakers"] = [
            {**asdict(b), "state": b.state.value} for b in client.breaker_snapshots()
        ]
    return data


def _outbox_section(path: str) -> dict[str, Any]:
    from dataclasses import asdict

    from hybridsdk._exceptions import HybridSDKError
    from hybridsdk.outbox._store import Outbox

    try:
        with Outbox(path, create=False) as outbox:
            return asdict(outbox.stats())
    except HybridSDKError as exc:
        return {"path": path, "error": str(exc)}


def _gib(value: int | None) -> str:
    return "?" if value is None else f"{value / 2**30:.1f} GiB"


def _or_absent(value: Any, absent: dict[str, str], key: str) -> str:
    if value is not None and value != [] and value != {}:
        return str(value)
    return f"absent ({absent.get(key, 'not found')})"


def format_report(data: dict[str, Any]) -> str:
    """The human-readable report, from `DeviceReport.to_dict()` output.

    Args:
        data: the report as a dict.
    """
    absent: dict[str, str] = data["absent"]
    lines: list[tuple[str, str]] = []
    board = data["board"]
    board_text = _or_absent(board["model"], absent, "board.model")
    if board["jetson_l4t"]:
        board_text += f", Jetson Linux {board['jetson_l4t']}"
    lines.append(("board", f"{board_text} [{board['kind']}]"))
    lines.append(
        (
            "platform",
            f"{data['architecture']}, {data['python_implementation']} {data['python_version']}, "
            f"{data['os_name'] or 'unknown OS'}, kernel {data['kernel'] or '?'}",
        )
    )
    cpu = data["cpu"]
    usable = f", {cpu['usable_cores']} usable by this process" if cpu["usable_cores"] else ""
    lines.append(
        (
            "cpu",
            f"{cpu['physical_cores'] or '?'} physical / {cpu['logical_cores'] or '?'} logical cores"
            f"{usable}; {cpu['model'] or 'model unknown'}",
        )
    )
    memory = data["memory"]
    fraction = memory["available_fraction"]
    memory_text = (
        f"{_gib(memory['total_bytes'])} total, {_gib(memory['available_bytes'])} available"
    )
    if fraction is not None:
        memory_text += f" ({fraction:.0%})"
    lines.append(("memory", memory_text))
    pressure = memory["pressure"]
    lines.append(
        (
            "mem pressure",
            f"some avg10={pressure['some']['avg10']:.2f}%"
            if pressure
            else _or_absent(None, absent, "memory.pressure"),
        )
    )
    runtimes = ", ".join(
        f"{name} {version}" for name, version in data["runtimes"].items() if version
    )
    lines.append(("runtimes", runtimes or "none installed"))
    providers = data["ort_providers"]
    lines.append(
        (
            "ORT providers",
            ", ".join(providers) if providers else _or_absent(None, absent, "ort_providers"),
        )
    )
    delegates = data["litert_delegates"]
    lines.append(
        (
            "LiteRT",
            "; ".join(f"{k}: {v}" for k, v in delegates.items())
            if delegates
            else _or_absent(None, absent, "litert_delegates"),
        )
    )
    tpu = data["edge_tpu"]
    if tpu["usable"]:
        tpu_text = "usable"
    elif tpu["present"]:
        tpu_text = f"attached, library does not load: {tpu['load_error']}"
    else:
        tpu_text = _or_absent(None, absent, "edge_tpu")
    lines.append(("Edge TPU", tpu_text))
    zones = data["thermal_zones"]
    if zones:
        thermal = ", ".join(
            f"{z['type'] or z['name']} {z['temperature_c']:.1f} °C"
            if z["temperature_c"] is not None
            else f"{z['type'] or z['name']} ({z['error']})"
            for z in zones
        )
    else:
        thermal = _or_absent(None, absent, "thermal")
    lines.append(("thermal", thermal))
    throttling = data["throttling"]
    if throttling:
        now = ", ".join(throttling["active"]) or "nothing now"
        past = ", ".join(throttling["occurred"]) or "nothing"
        throttle_text = f"{throttling['raw_hex']}: {now}; since boot: {past}"
    else:
        throttle_text = _or_absent(None, absent, "throttling")
    lines.append(("throttling", throttle_text))
    battery = data["battery"]
    if battery:
        percent = "?" if battery["percent"] is None else f"{battery['percent']:.0f}%"
        source = {True: "on battery", False: "on external power", None: "power source unknown"}
        battery_text = f"{percent}, {source[battery['on_battery']]}"
    else:
        battery_text = _or_absent(None, absent, "battery")
    lines.append(("battery", battery_text))

    width = max(len(label) for label, _ in lines)
    out = ["hybridsdk doctor", ""]
    out += [f"  {label:<{width}}  {text}" for label, text in lines]
    for name, value in data["extras"].items():
        out += ["", *format_section(name, value)]
    out.append("")
    if data["warnings"]:
        out.append("warnings:")
        for warning in data["warnings"]:
            out.append(
                f"  ! {warning['package']} {warning['version']} [{warning['severity']}]: "
                f"{warning['reason']}"
            )
            out.append(f"    concerns: {warning['concerns']}; see {warning['reference']}")
    else:
        out.append("no known-bad runtime versions installed")
    return "\n".join(out) + "\n"
