"""What the fault proxy injects (`FaultPlan`, `FAULT_KINDS`) and the checks of its
settings: numbers, and addresses that must be loopback (see `_fault_proxy`)."""

from __future__ import annotations

import ipaddress
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, Literal

from hybridsdk._exceptions import ConfigurationError

__all__ = ["FAULT_KINDS", "FaultPlan", "OutageMode"]

FAULT_KINDS: Final[tuple[str, ...]] = (
    "latency",
    "reset_before",
    "reset_after",
    "hang",
    "cut",
    "slow",
    "http_503",
    "http_429",
    "refuse",
)

OutageMode = Literal["refuse", "drop"]


def _check_number(name: str, value: object, *, positive: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"{name} must be a number, got {value!r}")
    number = float(value)
    if not math.isfinite(number) or number < 0 or (positive and number == 0):
        need = "a finite number > 0" if positive else "a finite number >= 0"
        raise ConfigurationError(f"{name} must be {need}, got {value!r}")
    return number


@dataclass(frozen=True)
class FaultPlan:
    """Which faults to inject and how.

    Args:
        probabilities: fault kind (one of `FAULT_KINDS`) -> probability in [0, 1]; the sum
            must be at most 1, the rest passes through untouched.
        latency_ms: fixed delay of a `latency` fault.
        jitter_ms: extra uniform delay in [0, jitter_ms] of a `latency` fault.
        bandwidth_bps: bytes per second of a `slow` response (required when `slow` > 0).
        retry_after_s: the Retry-After seconds of `http_503` / `http_429` answers.
        per: "request" draws a fault for each request (keep-alive aware); "connection" draws
            once per connection and applies it to every request on it.
    """

    probabilities: Mapping[str, float] = field(default_factory=dict, hash=False)
    latency_ms: float = 0.0
    jitter_ms: float = 0.0
    bandwidth_bps: int = 0
    retry_after_s: int = 1
    per: Literal["request", "connection"] = "request"

    def __post_init__(self) -> None:
        if not isinstance(self.probabilities, Mapping):
            raise ConfigurationError(
                f"probabilities must be a mapping of fault kind -> probability, "
                f"got {type(self.probabilities).__name__}"
            )
        probabilities: dict[str, float] = {}
        for kind, p in self.probabilities.items():
            if kind not in FAULT_KINDS:
                raise ConfigurationError(
                    f"unknown fault kind {kind!r}; use one of: {', '.join(FAULT_KINDS)}"
                )
            p = _check_number(f"probability of {kind!r}", p)
            if p > 1:
                raise ConfigurationError(f"probability of {kind!r} must be <= 1, got {p}")
            probabilities[kind] = p
        total = sum(probabilities.values())
        if total > 1 + 1e-9:
            raise ConfigurationError(
                f"fault probabilities sum to {total:.3f}; they must sum to at most 1 "
                "(one fault per request at most)"
            )
        object.__setattr__(self, "probabilities", MappingProxyType(probabilities))
        _check_number("latency_ms", self.latency_ms)
        _check_number("jitter_ms", self.jitter_ms)
        if probabilities.get("latency", 0) > 0 and self.latency_ms + self.jitter_ms == 0:
            raise ConfigurationError("a latency fault needs latency_ms or jitter_ms > 0")
        if isinstance(self.bandwidth_bps, bool) or not isinstance(self.bandwidth_bps, int):
            raise ConfigurationError(f"bandwidth_bps must be an int, got {self.bandwidth_bps!r}")
        if self.bandwidth_bps < 0:
            raise ConfigurationError(f"bandwidth_bps must be >= 0, got {self.bandwidth_bps}")
        if probabilities.get("slow", 0) > 0 and self.bandwidth_bps == 0:
            raise ConfigurationError("a slow fault needs bandwidth_bps > 0 (bytes per second)")
        if (
            isinstance(self.retry_after_s, bool)
            or not isinstance(self.retry_after_s, int)
            or self.retry_after_s < 0
        ):
            raise ConfigurationError(
                f"retry_after_s must be an int >= 0 (seconds), got {self.retry_after_s!r}"
            )
        if self.per not in ("request", "connection"):
            raise ConfigurationError(f"per must be 'request' or 'connection', got {self.per!r}")

    def _pick(self, u: float, *, include_refuse: bool) -> str | None:
        acc = 0.0
        for kind in FAULT_KINDS:
            if kind == "refuse" and not include_refuse:
                continue
            acc += self.probabilities.get(kind, 0.0)
            if u < acc:
                return kind
        return None


def _loopback_address(value: object, what: str, *, allow_port_zero: bool) -> tuple[str, int]:
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise ConfigurationError(
            f"{what} must be a (host, port) pair such as ('127.0.0.1', 8080), got {value!r}"
        )
    host, port = value
    if not isinstance(host, str):
        raise ConfigurationError(f"{what} host must be a string, got {host!r}")
    if host == "localhost":
        host = "127.0.0.1"
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        raise ConfigurationError(
            f"{what} host {host!r} is not an IP literal; the fault proxy only works on "
            "loopback: use '127.0.0.1' (or any 127.x.y.z) or '::1'"
        ) from None
    loopback = (isinstance(ip, ipaddress.IPv4Address) and ip.is_loopback) or (
        isinstance(ip, ipaddress.IPv6Address) and ip == ipaddress.IPv6Address("::1")
    )
    if not loopback:
        raise ConfigurationError(
            f"{what} host {host!r} is not a loopback address; the fault proxy refuses to "
            "listen on or connect to anything outside 127.0.0.0/8 and ::1"
        )
    low = 0 if allow_port_zero else 1
    if isinstance(port, bool) or not isinstance(port, int) or not low <= port <= 65535:
        raise ConfigurationError(
            f"{what} port must be an int in [{low}, 65535]"
            + (" (0 picks a free port)" if allow_port_zero else "")
            + f", got {port!r}"
        )
    return str(ip), port
