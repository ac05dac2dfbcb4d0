"""Routing: privacy, complexity scoring, policies, calibration.

The rules a `Policy` composes (`rule_a | rule_b`, `&`, or a plain callable returning a
`Verdict`), the signals they read, `decide` as a pure function, and threshold
calibration. Scorers, detectors and learned routers live in the private modules.

Public names load on first use (see `hybridsdk._lazy`)."""

import typing as _typing

from hybridsdk._lazy import lazy_exports as _lazy_exports

_LAZY = {
    "ComplexityRule": "hybridsdk.routing._policy",
    "CostBudget": "hybridsdk.routing._signals",
    "DeviceRule": "hybridsdk.routing._policy",
    "Effect": "hybridsdk.routing._policy",
    "Mode": "hybridsdk.routing._policy",
    "NetworkRule": "hybridsdk.routing._policy",
    "OnlineThreshold": "hybridsdk.routing._calibration",
    "PiiScanner": "hybridsdk.routing._detectors",
    "Policy": "hybridsdk.routing._policy",
    "PrivacyPolicy": "hybridsdk.routing._privacy",
    "PrivacyRule": "hybridsdk.routing._policy",
    "Signals": "hybridsdk.routing._signals",
    "Verdict": "hybridsdk.routing._policy",
    "calibrate": "hybridsdk.routing._calibration",
    "cascade_curve": "hybridsdk.routing._calibration",
    "decide": "hybridsdk.routing._policy",
    "default_rules": "hybridsdk.routing._policy",
}

if _typing.TYPE_CHECKING:
    from hybridsdk.routing._calibration import OnlineThreshold, calibrate, cascade_curve
    from hybridsdk.routing._detectors import PiiScanner
    from hybridsdk.routing._policy import (
        ComplexityRule,
        DeviceRule,
        Effect,
        Mode,
        NetworkRule,
        Policy,
        PrivacyRule,
        Verdict,
        decide,
        default_rules,
    )
    from hybridsdk.routing._privacy import PrivacyPolicy
    from hybridsdk.routing._signals import CostBudget, Signals

__all__ = [
    "ComplexityRule",
    "CostBudget",
    "DeviceRule",
    "Effect",
    "Mode",
    "NetworkRule",
    "OnlineThreshold",
    "PiiScanner",
    "Policy",
    "PrivacyPolicy",
    "PrivacyRule",
    "Signals",
    "Verdict",
    "calibrate",
    "cascade_curve",
    "decide",
    "default_rules",
]
__getattr__, __dir__ = _lazy_exports(__name__, globals(), _LAZY, __all__)
