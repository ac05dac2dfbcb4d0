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

The pieces live in small modules: `_device_info` (the dataclasses), `_live_signals` (the
shared readers), `_throttle`, `_runtime_versions` and `_device_state`. This module keeps
`probe_device` and the readers only the full report needs, and re-exports the public names.
"""

from __future__ import annotations

import importlib.metadata
import logging
import os
import platform
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Literal

from hybridsdk.edge._device_info import (
    BatteryInfo,
    BoardInfo,
    CpuInfo,
    DeviceReport,
    DeviceState,
    EdgeTpuInfo,
    MemoryInfo,
    ThermalZone,
    _max_temperature,
)
from hybridsdk.edge._device_state import read_device_state
from hybridsdk.edge._live_signals import (
    Runner,
    _at,
    _is_live,
    _memory_fraction,
    _read,
    _read_battery,
    _read_meminfo,
    _read_pressure,
    _read_thermal_zones,
    _read_throttling,
    _resolve_psutil,
    run_command,
)
from hybridsdk.edge._runtime_versions import (
    KNOWN_BAD_VERSIONS,
    KnownBadVersion,
    RuntimeVersionWarning,
    _normalise_dist,
    check_runtime_versions,
)
from hybridsdk.edge._throttle import ThrottleStatus, parse_throttled

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
