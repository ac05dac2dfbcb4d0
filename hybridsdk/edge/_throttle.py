"""Decoding the Raspberry Pi firmware's throttling word (`vcgencmd get_throttled`).

Pure parsing: running the command is `_live_signals._read_throttling`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hybridsdk._exceptions import ConfigurationError

__all__ = ["ThrottleStatus", "parse_throttled"]

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
