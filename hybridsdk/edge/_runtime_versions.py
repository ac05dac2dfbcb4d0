"""The known-bad runtime versions table and the check of installed versions against it.

Works on distribution metadata only: nothing here imports a runtime.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "KNOWN_BAD_VERSIONS",
    "KnownBadVersion",
    "RuntimeVersionWarning",
    "check_runtime_versions",
]


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
