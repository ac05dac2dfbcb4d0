"""What this device is, and what state it is in.

Two entry points:

- `probe_device()` builds a full `DeviceReport` (board, CPU, memory, runtimes,
  accelerators, thermal, throttling, battery, known-bad runtime versions). It is what
  `hybridsdk doctor` prints; it may import onnxruntime to list its providers.
- `read_device_state()` reads only the live signals the router weighs (temperature,
  throttling, battery, memory pressure) into a small `DeviceState`. It imports no runtime.

Every reading comes from a file under an injectable `root` (Linux /sys and /proc) or from an
injectable command runner, so tests feed fake trees. A signal this machine does not have is
reported as absent with a reason, never guessed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib.metadata
import logging
import os
import platform
import re
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from hybridsdk._exceptions import ConfigurationError

__all__ = [
    "KNOWN_BAD_VERSIONS",
    "BatteryInfo",
    "BoardInfo",
    "CpuInfo",
    "DeviceReport",
    "DeviceState",
    "EdgeTpuInfo",
    "KnownBadVersion",
    "MemoryInfo",
    "RuntimeVersionWarning",
    "ThermalZone",
    "ThrottleStatus",
    "check_runtime_versions",
    "parse_throttled",
    "probe_device",
    "read_device_state",
    "run_command",
]

logger = logging.getLogger("hybridsdk.edge")

Runner = Callable[[Sequence[str], float], str]
"""Runs argv with a timeout in seconds and returns stdout.

Raises FileNotFoundError when the program does not exist, subprocess.CalledProcessError
on a non-zero exit and subprocess.TimeoutExpired on timeout.
"""

_COMMAND_TIMEOUT_S = 2.0

# Distributions whose versions the report lists. Read from metadata only: importing a
# runtime just to learn its version costs time and, for a known-bad build, the process.
_RUNTIME_DISTRIBUTIONS = (
    "onnxruntime",
    "onnxruntime-gpu",
    "onnxruntime-openvino",
    "ai-edge-litert",
    "tflite-runtime",
    "psutil",
    "numpy",
)
_ORT_DISTRIBUTIONS = ("onnxruntime", "onnxruntime-gpu", "onnxruntime-openvino")

# Coral Edge TPU USB ids: 1a6e (Global Unichip) before its firmware is loaded, 18d1:9302
# (Google) after.
_EDGETPU_USB_VENDOR_ANY = "1a6e"
_EDGETPU_USB_IDS = (("18d1", "9302"),)

# Readings outside this range are sensor errors (unset zones report e.g. -273 °C).
_PLAUSIBLE_TEMP_C = (-50.0, 200.0)


# --------------------------------------------------------------------------- throttling

# Bits of the Raspberry Pi firmware's get_throttled word (vcgencmd get_throttled).
_THROTTLE_BITS: tuple[tuple[int, str], ...] = (
    (0, "under_voltage"),
    (1, "arm_frequency_capped"),
    (2, "throttled"),
    (3, "soft_temperature_limit"),
    (16, "under_voltage_occurred"),
    (17, "arm_frequency_capped_occurred"),
    (18, "throttled_occurred"),
    (19, "soft_temperature_limit_occurred"),
)
_NOW_BITS = 0x0000F
# Under-voltage alone does not slow the CPU; the firmware reacts by capping the frequency,
# which sets bit 1. So "slowed now" is bits 1-3.
_SLOWED_NOW_MASK = 0b1110

_THROTTLED_RE = re.compile(r"^\s*throttled\s*=\s*(0[xX][0-9a-fA-F]+|[0-9]+)\s*$")


@dataclass(frozen=True)
class ThrottleStatus:
    """The Raspberry Pi firmware's throttling word, decoded.

    Attributes:
        raw: the word as reported, e.g. 0x50005.
        flags: every named bit and whether it is set.
        active: names of the conditions present now.
        occurred: names of the conditions seen since boot ("..._occurred" bits).
        slowed_now: the CPU runs below its nominal speed now (capped, throttled or at the
            soft temperature limit).
    """

    raw: int
    flags: dict[str, bool]
    active: tuple[str, ...]
    occurred: tuple[str, ...]
    slowed_now: bool

    @property
    def raw_hex(self) -> str:
        return f"0x{self.raw:x}"


def parse_throttled(text: str) -> ThrottleStatus:
    """Decode the output of `vcgencmd get_throttled` (e.g. ``throttled=0x50005``).

    Args:
        text: the command's stdout.

    Raises:
        ConfigurationError: the text is not a `throttled=<number>` line.
    """
    match = _THROTTLED_RE.match(text.strip())
    if match is None:
        raise ConfigurationError(
            f"cannot parse vcgencmd get_throttled output {text.strip()[:80]!r}: expected "
            "'throttled=0x<hex>'; check that vcgencmd is the Raspberry Pi firmware tool"
        )
    raw = int(match.group(1), 0)
    flags = {name: bool(raw >> bit & 1) for bit, name in _THROTTLE_BITS}
    active = tuple(name for bit, name in _THROTTLE_BITS if bit < 16 and flags[name])
    occurred = tuple(
        name.removesuffix("_occurred") for bit, name in _THROTTLE_BITS if bit >= 16 and flags[name]
    )
    return ThrottleStatus(
        raw=raw,
        flags=flags,
        active=active,
        occurred=occurred,
        slowed_now=bool(raw & _SLOWED_NOW_MASK),
    )


# ------------------------------------------------------------------ known-bad versions


@dataclass(frozen=True)
class KnownBadVersion:
    """One entry of the known-bad runtime table.

    Attributes:
        package: the distribution name on PyPI.
        versions: the exact versions concerned; ``("*",)`` means every version.
        machines: `platform.machine()` values concerned; empty means every machine.
        severity: ``crash`` (the process dies), ``broken`` or ``deprecated``.
        concerns: which devices or setups the entry is known to concern.
        reason: what goes wrong and what to do.
        reference: where the report lives.
        blocks_import: importing the package may kill the process, so the probe must not.
    """

    package: str
    versions: tuple[str, ...]
    machines: frozenset[str]
    severity: Literal["crash", "broken", "deprecated"]
    concerns: str
    reason: str
    reference: str
    blocks_import: bool = False

    def matches(self, package: str, version: str, machine: str) -> bool:
        if _normalise_dist(package) != _normalise_dist(self.package):
            return False
        if self.machines and machine.lower() not in self.machines:
            return False
        return "*" in self.versions or _base_version(version) in self.versions


KNOWN_BAD_VERSIONS: tuple[KnownBadVersion, ...] = (
    KnownBadVersion(
        package="onnxruntime",
        versions=("1.21.0",),
        machines=frozenset({"aarch64", "arm64"}),
        severity="crash",
        concerns=(
            "64-bit ARM Linux; reported on ARMv8.0-A cores such as the Raspberry Pi 4 "
            "(Cortex-A72) and the Synaptics SL1680 (Cortex-A73)"
        ),
        reason=(
            "`import onnxruntime` dies with SIGILL (Illegal instruction) with the 1.21.0 "
            "aarch64 wheels; 1.20.x is reported to work. Pin another version, e.g. "
            "pip install 'onnxruntime!=1.21.0'"
        ),
        reference="https://github.com/microsoft/onnxruntime/issues/23957",
        blocks_import=True,
    ),
    KnownBadVersion(
        package="tflite-runtime",
        versions=("*",),
        machines=frozenset(),
        severity="deprecated",
        concerns="every platform",
        reason=(
            "tflite-runtime is no longer released: Google moved the TFLite interpreter to "
            "LiteRT. Install ai-edge-litert instead (pip install 'hybridsdk[tflite]')"
        ),
        reference="https://ai.google.dev/edge/litert",
    ),
)


@dataclass(frozen=True)
class RuntimeVersionWarning:
    """An installed runtime version that matches a `KnownBadVersion` entry."""

    package: str
    version: str
    severity: str
    concerns: str
    reason: str
    reference: str
    blocks_import: bool


def check_runtime_versions(
    versions: Mapping[str, str | None],
    *,
    machine: str,
    table: Sequence[KnownBadVersion] = KNOWN_BAD_VERSIONS,
) -> list[RuntimeVersionWarning]:
    """Match installed runtime versions against the known-bad table.

    Args:
        versions: distribution name -> installed version (None when not installed).
        machine: the CPU architecture, as `platform.machine()` reports it.
        table: the entries to check; defaults to `KNOWN_BAD_VERSIONS`.
    """
    found: list[RuntimeVersionWarning] = []
    for package, version in sorted(versions.items()):
        if version is None:
            continue
        for entry in table:
            if entry.matches(package, version, machine):
                found.append(
                    RuntimeVersionWarning(
                        package=package,
                        version=version,
                        severity=entry.severity,
                        concerns=entry.concerns,
                        reason=entry.reason,
                        reference=entry.reference,
                        blocks_import=entry.blocks_import,
                    )
                )
    return found


def _normalise_dist(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _base_version(version: str) -> str:
    # "1.21.0+cpu" is the same release as "1.21.0" for this table's purpose.
    return version.split("+", 1)[0].strip()


# ---------------------------------------------------------------------------- report


@dataclass(frozen=True)
class BoardInfo:
    """What the board says it is.

    Attributes:
        kind: ``raspberry_pi``, ``jetson`` or ``generic``.
        model: the device-tree model or DMI product name, when readable.
        jetson_l4t: the Jetson Linux (L4T) release, e.g. ``R35.4.1``.
    """

    kind: Literal["raspberry_pi", "jetson", "generic"]
    model: str | None
    jetson_l4t: str | None


@dataclass(frozen=True)
class CpuInfo:
    """CPU counts and model.

    Attributes:
        physical_cores: distinct cores (SMT siblings counted once).
        logical_cores: online logical CPUs.
        usable_cores: CPUs this process may run on (affinity / cpuset), live probe only.
        model: the CPU model name from /proc/cpuinfo.
    """

    physical_cores: int | None
    logical_cores: int | None
    usable_cores: int | None
    model: str | None


@dataclass(frozen=True)
class MemoryInfo:
    """Memory totals and pressure.

    Attributes:
        total_bytes: MemTotal.
        available_bytes: MemAvailable (what can be allocated without swapping).
        available_fraction: available / total.
        pressure: PSI memory lines as the kernel prints them (avg* in percent, total in
            microseconds), e.g. {"some": {"avg10": 1.25, ...}, "full": {...}}.
    """

    total_bytes: int | None
    available_bytes: int | None
    available_fraction: float | None
    pressure: dict[str, dict[str, float]] | None


@dataclass(frozen=True)
class ThermalZone:
    """One /sys/class/thermal zone.

    Attributes:
        name: the zone directory, e.g. ``thermal_zone0``.
        type: what the zone measures, e.g. ``cpu-thermal``, ``x86_pkg_temp``.
        temperature_c: the reading in degrees Celsius, None when unreadable.
        error: why there is no reading.
    """

    name: str
    type: str | None
    temperature_c: float | None
    error: str | None = None


@dataclass(frozen=True)
class BatteryInfo:
    """The system battery.

    Attributes:
        percent: charge in percent.
        on_battery: True when running from the battery, None when unknown.
        status: the driver's status text (``Charging``, ``Discharging``, ...), if any.
        source: ``psutil`` or ``sysfs``.
    """

    percent: float | None
    on_battery: bool | None
    status: str | None
    source: str


@dataclass(frozen=True)
class EdgeTpuInfo:
    """Coral Edge TPU presence.

    Attributes:
        library: what `ctypes.util.find_library("edgetpu")` found.
        loadable: libedgetpu.so.1 loads (None when not tried).
        load_error: why it did not load.
        pcie_device: /dev/apex_0 exists (M.2 / PCIe Coral).
        usb_devices: ``vendor:product`` of Coral USB accelerators found.
    """

    library: str | None
    loadable: bool | None
    load_error: str | None
    pcie_device: bool
    usb_devices: tuple[str, ...]

    @property
    def present(self) -> bool:
        """A device is attached (the library may still be missing)."""
        return self.pcie_device or bool(self.usb_devices)

    @property
    def usable(self) -> bool:
        """A device is attached and its delegate library loads."""
        return self.present and self.loadable is True


@dataclass(frozen=True)
class DeviceReport:
    """Everything `probe_device` learnt. Absent signals are None and listed in `absent`.

    Attributes:
        architecture: `platform.machine()`, e.g. ``aarch64``.
        python_version: e.g. ``3.11.2``.
        python_implementation: e.g. ``CPython``.
        os_name: PRETTY_NAME from os-release.
        kernel: the kernel release.
        board: what the board says it is.
        cpu: core counts and model.
        memory: totals and PSI pressure.
        runtimes: distribution -> installed version (None when not installed).
        ort_providers: ONNX Runtime's available execution providers.
        litert_delegates: delegate name -> how it is available.
        edge_tpu: Coral Edge TPU presence.
        thermal_zones: every thermal zone found.
        throttling: the Raspberry Pi throttling word.
        battery: the system battery.
        warnings: installed runtime versions known to be bad here.
        absent: signal name -> why it is absent.
        extras: sections other parts add later (e.g. circuit breakers); JSON-able values.
    """

    architecture: str
    python_version: str
    python_implementation: str
    os_name: str | None
    kernel: str | None
    board: BoardInfo
    cpu: CpuInfo
    memory: MemoryInfo
    runtimes: dict[str, str | None]
    ort_providers: tuple[str, ...] | None
    litert_delegates: dict[str, str]
    edge_tpu: EdgeTpuInfo
    thermal_zones: tuple[ThermalZone, ...]
    throttling: ThrottleStatus | None
    battery: BatteryInfo | None
    warnings: tuple[RuntimeVersionWarning, ...]
    absent: dict[str, str]
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def max_temperature_c(self) -> float | None:
        """The hottest readable zone."""
        return _max_temperature(self.thermal_zones)

    def with_extras(self, **sections: Any) -> DeviceReport:
        """A copy with more `extras` sections (values must be JSON-able).

        Args:
            sections: section name -> JSON-able value.
        """
        return dataclasses.replace(self, extras={**self.extras, **sections})

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-able data."""
        data = dataclasses.asdict(self)
        data["max_temperature_c"] = self.max_temperature_c
        data["edge_tpu"]["present"] = self.edge_tpu.present
        data["edge_tpu"]["usable"] = self.edge_tpu.usable
        if self.throttling is not None:
            data["throttling"]["raw_hex"] = self.throttling.raw_hex
        return data


@dataclass(frozen=True)
class DeviceState:
    """The live signals the router weighs; None means the signal is absent here.

    Attributes:
        temperature_c: the hottest thermal zone.
        throttled: the CPU is slowed now (Raspberry Pi firmware flags).
        battery_percent: battery charge.
        on_battery: running from the battery.
        memory_pressure: PSI memory "some avg10" as a fraction in [0, 1]: the share of the
            last 10 s in which some task stalled waiting for memory (the kernel prints it
            in percent: 1.25 there is 0.0125 here, matching the router's [0, 1] scale).
        memory_available_fraction: MemAvailable / MemTotal.
        absent: signal name -> why it is absent.
    """

    temperature_c: float | None
    throttled: bool | None
    battery_percent: float | None
    on_battery: bool | None
    memory_pressure: float | None
    memory_available_fraction: float | None
    absent: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


# ------------------------------------------------------------------------ readers


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


def _max_temperature(zones: Sequence[ThermalZone]) -> float | None:
    readings = [z.temperature_c for z in zones if z.temperature_c is not None]
    return max(readings) if readings else None


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


# ------------------------------------------------------------------------ state


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
        memory_pressure=psi["some"]["avg10"] / 100.0 if psi else None,
        memory_available_fraction=fraction,
        absent=absent,
    )


# ------------------------------------------------------------------------ report


def _package_version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def _default_ort_providers() -> tuple[str, ...]:
    import onnxruntime

    return tuple(onnxruntime.get_available_providers())


def _load_library(name: str) -> None:
    import ctypes

    ctypes.CDLL(name)


def _find_library(name: str) -> str | None:
    import ctypes.util

    return ctypes.util.find_library(name)


def _read_board(root: Path, absent: dict[str, str]) -> BoardInfo:
    model: str | None = None
    for candidate in ("/proc/device-tree/model", "/sys/firmware/devicetree/base/model"):
        try:
            model = _read(_at(root, candidate)).rstrip("\x00\n ").strip() or None
        except OSError:
            continue
        if model:
            break
    l4t: str | None = None
    try:
        first = _read(_at(root, "/etc/nv_tegra_release")).splitlines()[0]
        # "# R35 (release), REVISION: 4.1, GCID: ..., BOARD: ..."
        match = re.search(r"R(\d+)\s*\(release\),\s*REVISION:\s*([\d.]+)", first)
        l4t = f"R{match.group(1)}.{match.group(2)}" if match else first.lstrip("# ").strip()
    except (OSError, IndexError):
        pass
    if model is None:
        # x86 boards and laptops describe themselves through DMI instead of a device tree.
        parts = []
        for name in ("sys_vendor", "product_name"):
            try:
                parts.append(_read(_at(root, f"/sys/class/dmi/id/{name}")).strip())
            except OSError:
                continue
        model = " ".join(p for p in parts if p) or None
    if model is None:
        absent["board.model"] = "no device-tree model and no DMI product name"
    kind: Literal["raspberry_pi", "jetson", "generic"] = "generic"
    if model and model.startswith("Raspberry Pi"):
        kind = "raspberry_pi"
    elif l4t is not None or (model and "jetson" in model.lower()):
        kind = "jetson"
    return BoardInfo(kind=kind, model=model, jetson_l4t=l4t)


def _parse_cpu_list(text: str) -> int:
    count = 0
    for chunk in text.strip().split(","):
        if not chunk:
            continue
        low, _, high = chunk.partition("-")
        count += int(high) - int(low) + 1 if high else 1
    return count


def _read_cpu(root: Path, live: bool, use_psutil: bool, absent: dict[str, str]) -> CpuInfo:
    try:
        cpuinfo = _read(_at(root, "/proc/cpuinfo"))
    except OSError:
        cpuinfo = ""
    model: str | None = None
    for key in ("model name", "Model", "Hardware", "cpu model"):
        match = re.search(rf"^{key}\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
        if match:
            model = match.group(1).strip()
            break

    logical: int | None = None
    try:
        logical = _parse_cpu_list(_read(_at(root, "/sys/devices/system/cpu/online")))
    except (OSError, ValueError):
        processors = re.findall(r"^processor\s*:", cpuinfo, re.MULTILINE)
        logical = len(processors) or (os.cpu_count() if live else None)

    physical: int | None = None
    cores: set[tuple[str, str]] = set()
    for topo in _at(root, "/sys/devices/system/cpu").glob("cpu[0-9]*/topology"):
        try:
            cores.add(
                (_read(topo / "physical_package_id").strip(), _read(topo / "core_id").strip())
            )
        except OSError:
            continue
    if cores:
        physical = len(cores)
    else:
        pairs = set()
        for block in cpuinfo.split("\n\n"):
            package = re.search(r"^physical id\s*:\s*(\d+)", block, re.MULTILINE)
            core = re.search(r"^core id\s*:\s*(\d+)", block, re.MULTILINE)
            if package and core:
                pairs.add((package.group(1), core.group(1)))
        if pairs:
            physical = len(pairs)
        elif live and use_psutil:
            try:
                import psutil

                physical = psutil.cpu_count(logical=False)
            except ImportError:
                pass
    if physical is None:
        absent["cpu.physical_cores"] = "no CPU topology in sysfs or /proc/cpuinfo"
    if logical is None:
        absent["cpu.logical_cores"] = "no online CPU list in sysfs or /proc/cpuinfo"

    usable: int | None = None
    if live and hasattr(os, "sched_getaffinity"):
        usable = len(os.sched_getaffinity(0))
    return CpuInfo(physical_cores=physical, logical_cores=logical, usable_cores=usable, model=model)


def _read_os(root: Path, live: bool, absent: dict[str, str]) -> tuple[str | None, str | None]:
    os_name: str | None = None
    for candidate in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            text = _read(_at(root, candidate))
        except OSError:
            continue
        match = re.search(r'^PRETTY_NAME=(["\']?)(.*)\1\s*$', text, re.MULTILINE)
        if match:
            os_name = match.group(2)
            break
    kernel: str | None = None
    try:
        kernel = _read(_at(root, "/proc/sys/kernel/osrelease")).strip() or None
    except OSError:
        kernel = platform.release() if live else None
    if os_name is None:
        absent["os_name"] = "no PRETTY_NAME in /etc/os-release"
    if kernel is None:
        absent["kernel"] = "no /proc/sys/kernel/osrelease"
    return os_name, kernel


def _read_edge_tpu(
    root: Path,
    find_library: Callable[[str], str | None],
    load_library: Callable[[str], None],
) -> EdgeTpuInfo:
    library = find_library("edgetpu")
    loadable: bool | None
    load_error: str | None = None
    try:
        load_library("libedgetpu.so.1")
        loadable = True
    except OSError as exc:
        loadable, load_error = False, str(exc)
    usb: list[str] = []
    for device in _at(root, "/sys/bus/usb/devices").glob("*"):
        try:
            vendor = _read(device / "idVendor").strip().lower()
            product = _read(device / "idProduct").strip().lower()
        except OSError:
            continue
        if vendor == _EDGETPU_USB_VENDOR_ANY or (vendor, product) in _EDGETPU_USB_IDS:
            usb.append(f"{vendor}:{product}")
    return EdgeTpuInfo(
        library=library,
        loadable=loadable,
        load_error=load_error,
        pcie_device=_at(root, "/dev/apex_0").exists(),
        usb_devices=tuple(sorted(usb)),
    )


def _litert_delegates(runtimes: Mapping[str, str | None], edge_tpu: EdgeTpuInfo) -> dict[str, str]:
    delegates: dict[str, str] = {}
    if runtimes.get("ai-edge-litert") or runtimes.get("tflite-runtime"):
        delegates["xnnpack"] = "built in: the interpreter's default CPU delegate"
    if edge_tpu.usable:
        delegates["edgetpu"] = "libedgetpu.so.1 loads and a device is attached"
    return delegates


def _read_ort_providers(
    runtimes: Mapping[str, str | None],
    warnings: Sequence[RuntimeVersionWarning],
    ort_providers: Callable[[], Sequence[str]],
) -> tuple[tuple[str, ...] | None, str | None]:
    installed = [d for d in _ORT_DISTRIBUTIONS if runtimes.get(d)]
    if not installed:
        return None, 'onnxruntime is not installed (pip install "hybridsdk[onnx]")'
    for warning in warnings:
        if warning.blocks_import and _normalise_dist(warning.package) in installed:
            return None, (
                f"not imported: {warning.package} {warning.version} is known to crash on "
                f"import here ({warning.reference})"
            )
    try:
        return tuple(ort_providers()), None
    except Exception as exc:  # a broken install raises anything from ImportError to OSError
        return None, f"importing onnxruntime failed: {type(exc).__name__}: {exc}"


def probe_device(
    *,
    root: Path = Path("/"),
    run: Runner = run_command,
    machine: str | None = None,
    use_psutil: bool | None = None,
    package_version: Callable[[str], str | None] = _package_version,
    ort_providers: Callable[[], Sequence[str]] = _default_ort_providers,
    find_library: Callable[[str], str | None] = _find_library,
    load_library: Callable[[str], None] = _load_library,
) -> DeviceReport:
    """Probe the device: hardware, runtimes, accelerators, live signals. Never raises.

    Imports onnxruntime (to list its providers) unless it is absent or known to crash on
    import here; everything else comes from files, metadata and `run`.

    Args:
        root: the filesystem root to read /sys, /proc, /etc and /dev under.
        run: runs a command and returns stdout (see `run_command`).
        machine: the CPU architecture; defaults to `platform.machine()`.
        use_psutil: use psutil for battery and core counts; default: only when root is "/".
        package_version: distribution name -> installed version or None.
        ort_providers: returns ONNX Runtime's available providers (imports it).
        find_library: `ctypes.util.find_library`.
        load_library: loads a shared library, raising OSError when it cannot.
    """
    absent: dict[str, str] = {}
    live = _is_live(root)
    psutil_ok = _resolve_psutil(root, use_psutil)
    arch = machine or platform.machine() or "unknown"

    os_name, kernel = _read_os(root, live, absent)
    board = _read_board(root, absent)
    cpu = _read_cpu(root, live, psutil_ok, absent)

    meminfo, why = _read_meminfo(root)
    if "MemTotal" not in meminfo:
        absent["memory.total_bytes"] = why or "no MemTotal in /proc/meminfo"
    if "MemAvailable" not in meminfo:
        absent["memory.available_bytes"] = why or "no MemAvailable in /proc/meminfo"
    pressure, why = _read_pressure(root)
    if pressure is None:
        absent["memory.pressure"] = why or "unknown"
    memory = MemoryInfo(
        total_bytes=meminfo.get("MemTotal"),
        available_bytes=meminfo.get("MemAvailable"),
        available_fraction=_memory_fraction(meminfo),
        pressure=pressure,
    )

    runtimes = {name: package_version(name) for name in _RUNTIME_DISTRIBUTIONS}
    warnings = check_runtime_versions(runtimes, machine=arch)
    providers, why = _read_ort_providers(runtimes, warnings, ort_providers)
    if providers is None:
        absent["ort_providers"] = why or "unknown"

    edge_tpu = _read_edge_tpu(root, find_library, load_library)
    if not edge_tpu.present:
        absent["edge_tpu"] = "no /dev/apex_0 and no Coral USB device (1a6e:*, 18d1:9302)"
    elif not edge_tpu.usable:
        absent["edge_tpu"] = (
            f"device attached but libedgetpu.so.1 does not load: {edge_tpu.load_error}"
        )
    delegates = _litert_delegates(runtimes, edge_tpu)
    if not delegates:
        absent["litert_delegates"] = (
            'no LiteRT interpreter installed (pip install "hybridsdk[tflite]")'
        )

    zones, why = _read_thermal_zones(root)
    if _max_temperature(zones) is None:
        absent["thermal"] = why or "no thermal zone gave a readable temperature"
    throttling, why = _read_throttling(run)
    if throttling is None:
        absent["throttling"] = why or "unknown"
    battery, why = _read_battery(root, psutil_ok)
    if battery is None:
        absent["battery"] = why or "unknown"

    for warning in warnings:
        # Info, not warning: the report carries it, and doctor prints it once.
        logger.info(
            "%s %s: %s (%s)", warning.package, warning.version, warning.reason, warning.reference
        )
    return DeviceReport(
        architecture=arch,
        python_version=platform.python_version(),
        python_implementation=platform.python_implementation(),
        os_name=os_name,
        kernel=kernel,
        board=board,
        cpu=cpu,
        memory=memory,
        runtimes=runtimes,
        ort_providers=providers,
        litert_delegates=delegates,
        edge_tpu=edge_tpu,
        thermal_zones=zones,
        throttling=throttling,
        battery=battery,
        warnings=tuple(warnings),
        absent=absent,
    )
