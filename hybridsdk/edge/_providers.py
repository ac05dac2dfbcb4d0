"""Which accelerator to ask for, and how many threads a small board should use.

Pure functions over injected facts (what is available, what the CPU looks like), so the
choice is tested without the hardware.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path

from hybridsdk._exceptions import ConfigurationError

__all__ = [
    "CPU_PROVIDER",
    "DEFAULT_LITERT_DELEGATES",
    "DEFAULT_ORT_PROVIDERS",
    "default_threads",
    "physical_cores",
    "select_litert_delegates",
    "select_providers",
]

logger = logging.getLogger("hybridsdk.edge")

CPU_PROVIDER = "CPUExecutionProvider"

# Best first. Azure (remote) and the DirectML/ROCm desktop providers are left out on
# purpose: this list is for boards; pass `providers=` to use anything else.
DEFAULT_ORT_PROVIDERS: tuple[str, ...] = (
    "TensorrtExecutionProvider",
    "CUDAExecutionProvider",
    "QNNExecutionProvider",
    "CoreMLExecutionProvider",
    "OpenVINOExecutionProvider",
    "ArmNNExecutionProvider",
    "ACLExecutionProvider",
    "XnnpackExecutionProvider",
    CPU_PROVIDER,
)

LITERT_EDGETPU = "edgetpu"
LITERT_XNNPACK = "xnnpack"
LITERT_CPU = "cpu"
DEFAULT_LITERT_DELEGATES: tuple[str, ...] = (LITERT_EDGETPU, LITERT_XNNPACK, LITERT_CPU)
_LITERT_NAMES = frozenset(DEFAULT_LITERT_DELEGATES)


def select_providers(preferred: Sequence[str], available: Sequence[str]) -> list[str]:
    """The preferred providers that are available, in preference order, CPU always last.

    Args:
        preferred: provider names, best first.
        available: what this onnxruntime build offers (`onnxruntime.get_available_providers()`).
    """
    if isinstance(preferred, str):
        raise ConfigurationError(
            f"providers must be a list of names, not the string {preferred!r}; "
            f"write providers=[{preferred!r}]"
        )
    have = set(available)
    chosen: list[str] = []
    for name in preferred:
        if name in have and name not in chosen and name != CPU_PROVIDER:
            chosen.append(name)
    # ORT needs CPU as the home of any node an accelerator cannot take.
    chosen.append(CPU_PROVIDER)
    return chosen


def select_litert_delegates(preferred: Sequence[str]) -> list[str]:
    """Normalise and check LiteRT accelerator names ("edgetpu", "xnnpack", "cpu"), best first."""
    if isinstance(preferred, str):
        raise ConfigurationError(f"providers must be a list of names, e.g. [{preferred!r}]")
    chosen: list[str] = []
    for raw in preferred:
        name = raw.lower()
        if name not in _LITERT_NAMES:
            raise ConfigurationError(
                f"unknown LiteRT accelerator {raw!r}; use any of {', '.join(DEFAULT_LITERT_DELEGATES)}"
            )
        if name not in chosen:
            chosen.append(name)
    if LITERT_CPU not in chosen:
        chosen.append(LITERT_CPU)
    return chosen


def physical_cores(
    *,
    sys_cpu: Path = Path("/sys/devices/system/cpu"),
    affinity: set[int] | None = None,
) -> int:
    """Physical cores this process may use: SMT siblings count once.

    Oversubscribing a 4-core board with 8 ORT threads costs more than it gains, and a
    container's CPU set (affinity) can be smaller than the machine.

    Args:
        sys_cpu: the sysfs CPU folder (injectable for tests).
        affinity: the CPUs this process may run on; default `os.sched_getaffinity(0)`.
    """
    if affinity is None:
        try:
            affinity = set(os.sched_getaffinity(0))
        except (AttributeError, OSError):
            affinity = set(range(os.cpu_count() or 1))
    cores: set[str] = set()
    for cpu in affinity:
        siblings = sys_cpu / f"cpu{cpu}" / "topology" / "thread_siblings_list"
        try:
            cores.add(siblings.read_text().strip())
        except OSError:
            cores.add(f"cpu{cpu}")  # no topology: count it as its own core
    if not cores:
        return 1
    return len(cores)


def default_threads(
    requested: int | None, *, sys_cpu: Path = Path("/sys/devices/system/cpu")
) -> int:
    """Intra-op threads: the caller's number, or the physical cores we may use.

    Linux sysfs topology comes first: it is exact and free, while importing psutil costs
    ~20 ms of start-up on a small board. psutil covers other systems, and the logical CPU
    count is the last resort.
    """
    if requested is not None:
        if not isinstance(requested, int) or isinstance(requested, bool) or requested < 1:
            raise ConfigurationError(
                f"threads must be a positive integer or None, got {requested!r}"
            )
        return requested
    if sys_cpu.is_dir():
        return physical_cores(sys_cpu=sys_cpu)
    try:
        import psutil
    except ImportError:
        return max(1, os.cpu_count() or 1)
    return max(1, psutil.cpu_count(logical=False) or os.cpu_count() or 1)
