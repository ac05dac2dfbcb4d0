"""Readers of the live device signals, shared by `probe_device` and `read_device_state`.

Thermal zones, memory (meminfo, PSI) and battery come from files under an injectable
`root` (Linux /sys and /proc); throttling comes from `vcgencmd` through an injectable
command runner. The `_read_*` readers return a value and None, or no value and the reason
it is absent.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.edge._device_info import BatteryInfo, ThermalZone
from hybridsdk.edge._throttle import ThrottleStatus, parse_throttled

__all__ = ["Runner", "run_command"]

logger = logging.getLogger("hybridsdk.edge")

Runner = Callable[[Sequence[str], float], str]
"""Runs argv with a timeout in seconds and returns stdout.

Raises FileNotFoundError when the program does not exist, subprocess.CalledProcessError
on a non-zero exit and subprocess.TimeoutExpired on timeout.
"""

_COMMAND_TIMEOUT_S = 2.0

# Readings outside this range are sensor errors (unset zones report e.g. -273 °C).
_PLAUSIBLE_TEMP_C = (-50.0, 200.0)


def run_command(argv: Sequence[str], timeout_s: float) -> str:
    """Run a command and return its stdout; the default `run` of the probes.

    Args:
        argv: the program and its arguments.
        timeout_s: how long to wait before giving up.

    Raises:
        FileNotFoundError: the program is not on PATH (checked without forking).
        subprocess.CalledProcessError: it exited non-zero.
        subprocess.TimeoutExpired: it ran longer than `timeout_s`.
    """
    # Checking PATH first keeps the hot path free of a fork when the tool is absent.
    if shutil.which(argv[0]) is None:
        raise FileNotFoundError(f"{argv[0]} not found on PATH")
    completed = subprocess.run(
        list(argv), capture_output=True, text=True, timeout=timeout_s, check=True
    )
    return completed.stdout


def _at(root: Path, path: str) -> Path:
    return root / path.lstrip("/")


def _read(path: Path) -> str:
    # Sysfs files can fail with EINVAL/ENODATA/EOPNOTSUPP on read even though they exist.
    return path.read_text(encoding="utf-8", errors="replace")


def _why(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"{exc.filename or 'file'} does not exist"
    return f"{type(exc).__name__}: {exc.strerror or exc}"


def _is_live(root: Path) -> bool:
    try:
        return root.resolve() == Path("/")
    except OSError:
        return False


def _read_thermal_zones(root: Path) -> tuple[tuple[ThermalZone, ...], str | None]:
    base = _at(root, "/sys/class/thermal")
    try:
        names = [p.name for p in base.iterdir() if p.name.startswith("thermal_zone")]
    except OSError as exc:
        return (), f"no thermal zones: {_why(exc)}"
    if not names:
        return (), f"no thermal zones under {base}"
    zones = []
    for name in sorted(names, key=_zone_index):
        zone_dir = base / name
        try:
            zone_type: str | None = _read(zone_dir / "type").strip() or None
        except OSError:
            zone_type = None
        try:
            text = _read(zone_dir / "temp").strip()
        except OSError as exc:
            zones.append(ThermalZone(name, zone_type, None, _why(exc)))
            continue
        try:
            celsius = int(text) / 1000.0
        except ValueError:
            zones.append(ThermalZone(name, zone_type, None, f"unparseable reading {text!r}"))
            continue
        low, high = _PLAUSIBLE_TEMP_C
        if not low <= celsius <= high:
            zones.append(ThermalZone(name, zone_type, None, f"implausible reading {celsius} °C"))
            continue
        zones.append(ThermalZone(name, zone_type, celsius))
    return tuple(zones), None


def _zone_index(name: str) -> tuple[int, str]:
    suffix = name.removeprefix("thermal_zone")
    return (int(suffix), name) if suffix.isdigit() else (1 << 30, name)


def _read_throttling(run: Runner) -> tuple[ThrottleStatus | None, str | None]:
    try:
        output = run(["vcgencmd", "get_throttled"], _COMMAND_TIMEOUT_S)
    except FileNotFoundError:
        return None, "vcgencmd not found (not a Raspberry Pi, or firmware tools missing)"
    except subprocess.TimeoutExpired:
        return None, f"vcgencmd get_throttled timed out after {_COMMAND_TIMEOUT_S} s"
    except subprocess.CalledProcessError as exc:
        stderr = (exc.stderr or "").strip() if isinstance(exc.stderr, str) else ""
        return None, f"vcgencmd get_throttled failed (exit {exc.returncode}) {stderr}".strip()
    except OSError as exc:
        return None, f"vcgencmd could not run: {_why(exc)}"
    try:
        return parse_throttled(output), None
    except ConfigurationError as exc:
        return None, str(exc)


def _parse_psi(text: str) -> dict[str, dict[str, float]]:
    result: dict[str, dict[str, float]] = {}
    for line in text.splitlines():
        kind, _, rest = line.strip().partition(" ")
        if kind not in ("some", "full"):
            continue
        values: dict[str, float] = {}
        for item in rest.split():
            key, _, value = item.partition("=")
            try:
                values[key] = float(value)
            except ValueError:
                continue
        result[kind] = values
    return result


def _read_pressure(root: Path) -> tuple[dict[str, dict[str, float]] | None, str | None]:
    path = _at(root, "/proc/pressure/memory")
    try:
        text = _read(path)
    except FileNotFoundError:
        return None, f"{path} does not exist (kernel older than 4.20 or built without PSI)"
    except OSError as exc:
        # The file exists but reads fail when the kernel was booted with psi=0.
        return None, f"PSI unreadable ({_why(exc)}); boot the kernel with psi=1"
    psi = _parse_psi(text)
    if "avg10" not in psi.get("some", {}):
        return None, f"{path} has no 'some avg10' value"
    return psi, None


def _read_meminfo(root: Path) -> tuple[dict[str, int], str | None]:
    path = _at(root, "/proc/meminfo")
    try:
        text = _read(path)
    except OSError as exc:
        return {}, _why(exc)
    values: dict[str, int] = {}
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        parts = rest.split()
        if not parts:
            continue
        try:
            number = int(parts[0])
        except ValueError:
            continue
        unit = parts[1].lower() if len(parts) > 1 else ""
        values[key.strip()] = number * 1024 if unit == "kb" else number
    return values, None


def _memory_fraction(meminfo: Mapping[str, int]) -> float | None:
    total, available = meminfo.get("MemTotal"), meminfo.get("MemAvailable")
    if not total or available is None:
        return None
    return available / total


def _read_battery_sysfs(root: Path) -> tuple[BatteryInfo | None, str | None]:
    base = _at(root, "/sys/class/power_supply")
    try:
        supplies = sorted(base.iterdir())
    except OSError as exc:
        return None, f"no power supplies: {_why(exc)}"
    capacities: list[float] = []
    statuses: list[str] = []
    external_online: list[bool] = []
    for supply in supplies:
        try:
            kind = _read(supply / "type").strip()
        except OSError:
            continue
        if kind == "Battery":
            # Peripherals (mice, keyboards) expose their batteries with scope=Device.
            try:
                if _read(supply / "scope").strip() == "Device":
                    continue
            except OSError:
                pass
            with contextlib.suppress(OSError, ValueError):
                capacities.append(float(_read(supply / "capacity").strip()))
            with contextlib.suppress(OSError):
                statuses.append(_read(supply / "status").strip())
        else:  # Mains, USB, USB_C, ...: external power
            try:
                external_online.append(_read(supply / "online").strip() == "1")
            except OSError:
                continue
    if not capacities and not statuses:
        return None, f"no system battery under {base}"
    if external_online:
        on_battery: bool | None = not any(external_online)
    elif "Discharging" in statuses:
        on_battery = True
    elif any(s in ("Charging", "Full", "Not charging") for s in statuses):
        on_battery = False
    else:
        on_battery = None
    percent = sum(capacities) / len(capacities) if capacities else None
    return BatteryInfo(percent, on_battery, statuses[0] if statuses else None, "sysfs"), None


def _read_battery_psutil() -> tuple[BatteryInfo | None, str | None] | None:
    """Battery via psutil; None when psutil is not installed (fall back to sysfs)."""
    try:
        import psutil
    except ImportError:
        return None
    sensors_battery = getattr(psutil, "sensors_battery", None)
    if sensors_battery is None:
        return None
    try:
        battery = sensors_battery()
    except Exception as exc:  # psutil raises assorted errors on odd sysfs contents
        logger.debug("psutil.sensors_battery failed: %s", exc)
        return None
    if battery is None:
        return None, "no battery (psutil.sensors_battery() found none)"
    plugged = battery.power_plugged
    return (
        BatteryInfo(
            percent=float(battery.percent),
            on_battery=None if plugged is None else not plugged,
            status=None,
            source="psutil",
        ),
        None,
    )


def _read_battery(root: Path, use_psutil: bool) -> tuple[BatteryInfo | None, str | None]:
    if use_psutil:
        result = _read_battery_psutil()
        if result is not None:
            return result
    return _read_battery_sysfs(root)


def _resolve_psutil(root: Path, use_psutil: bool | None) -> bool:
    # psutil reads the live system, so it only makes sense when root is the real "/".
    return _is_live(root) if use_psutil is None else use_psutil
