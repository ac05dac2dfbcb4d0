"""Test and benchmark helpers: a fault-injecting loopback HTTP proxy, the seeded synthetic
PII text set, and the digits split the demo, `hybridsdk calibrate` and the benchmarks share.

Public names load on first use (see `hybridsdk._lazy`); the generators stay in private
modules (`_pii_text`, `_digits`)."""

import typing as _typing

from hybridsdk._lazy import lazy_exports as _lazy_exports

_LAZY = {
    "FaultPlan": "hybridsdk.testing._fault_proxy",
    "FaultProxy": "hybridsdk.testing._fault_proxy",
}

if _typing.TYPE_CHECKING:
    from hybridsdk.testing._fault_proxy import FaultPlan, FaultProxy

__all__ = ["FaultPlan", "FaultProxy"]
__getattr__, __dir__ = _lazy_exports(__name__, globals(), _LAZY, __all__)
