"""The data the device probes return: `DeviceReport`, `DeviceState` and their parts.

Plain frozen dataclasses; the readers that fill them live in `_live_signals`, `_probe` and
`_device_state`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from hybridsdk.edge._runtime_versions import RuntimeVersionWarning
from hybridsdk.edge._throttle import ThrottleStatus

__all__ = [
    "BatteryInfo",
    "BoardInfo",
    "CpuInfo",
    "DeviceReport",
    "DeviceState",
    "EdgeTpuInfo",
    "MemoryInfo",
    "ThermalZone",
]


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


def _max_temperature(zones: Sequence[ThermalZone]) -> float | None:
    readings = [z.temperature_c for z in zones if z.temperature_c is not None]
    return max(readings) if readings else None
