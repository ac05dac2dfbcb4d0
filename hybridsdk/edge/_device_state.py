"""`read_device_state`: the cheap live reading the router weighs when it routes a request.

It must import no model runtime (onnxruntime, LiteRT): the client calls it on the request path.
"""

from __future__ import annotations

from pathlib import Path

from hybridsdk.edge._device_info import DeviceState, _max_temperature
from hybridsdk.edge._live_signals import (
    Runner,
    _memory_fraction,
    _read_battery,
    _read_meminfo,
    _read_pressure,
    _read_thermal_zones,
    _read_throttling,
    _resolve_psutil,
    run_command,
)

__all__ = ["read_device_state"]


def read_device_state(
    *,
    root: Path = Path("/"),
    run: Runner = run_command,
    use_psutil: bool | None = None,
    include_throttling: bool = True,
) -> DeviceState:
    """Read the live device signals the router weighs. Imports no runtime; never raises.

    Costs a few file reads, plus one `vcgencmd` call on a Raspberry Pi (a few ms; pass
    `include_throttling=False` to skip it).

    Args:
        root: the filesystem root to read /sys and /proc under (tests pass a fake tree).
        run: runs a command and returns stdout (see `run_command`).
        use_psutil: read the battery with psutil; default: only when `root` is "/".
        include_throttling: ask the Raspberry Pi firmware for its throttling flags.
    """
    absent: dict[str, str] = {}
    zones, why = _read_thermal_zones(root)
    temperature = _max_temperature(zones)
    if temperature is None:
        absent["temperature_c"] = why or "no thermal zone gave a readable temperature"

    throttled: bool | None = None
    if include_throttling:
        status, why = _read_throttling(run)
        if status is None:
            absent["throttled"] = why or "unknown"
        else:
            throttled = status.slowed_now
    else:
        absent["throttled"] = "not read (include_throttling=False)"

    battery, why = _read_battery(root, _resolve_psutil(root, use_psutil))
    if battery is None:
        absent["battery_percent"] = absent["on_battery"] = why or "unknown"
    else:
        if battery.percent is None:
            absent["battery_percent"] = "the battery reports no capacity"
        if battery.on_battery is None:
            absent["on_battery"] = "the power source could not be determined"

    psi, why = _read_pressure(root)
    if psi is None:
        absent["memory_pressure"] = why or "unknown"

    meminfo, why = _read_meminfo(root)
    fraction = _memory_fraction(meminfo)
    if fraction is None:
        absent["memory_available_fraction"] = why or "MemTotal/MemAvailable missing"

    return DeviceState(
        temperature_c=temperature,
        throttled=throttled,
        battery_percent=battery.percent if battery else None,
        on_battery=battery.on_battery if battery else None,
        # avg60, not avg10: a minute's average does not flap with each allocation burst.
        memory_pressure=psi["some"].get("avg60", psi["some"]["avg10"]) / 100.0 if psi else None,
        memory_available_fraction=fraction,
        absent=absent,
    )
