"""On-device inference: model zoo, verification, runtimes, device probe.

Public names load on first use (see `hybridsdk._lazy`)."""

import typing as _typing

from hybridsdk._lazy import lazy_exports as _lazy_exports

_LAZY = {
    "DeviceState": "hybridsdk.edge._device_info",
    "LocalModel": "hybridsdk.edge._local_model",
    "ModelRegistry": "hybridsdk.edge._registry",
    "load_model": "hybridsdk.edge._local_model",
    "probe_device": "hybridsdk.edge._probe",
}

if _typing.TYPE_CHECKING:
    from hybridsdk.edge._device_info import DeviceState
    from hybridsdk.edge._local_model import LocalModel, load_model
    from hybridsdk.edge._probe import probe_device
    from hybridsdk.edge._registry import ModelRegistry

__all__ = [
    "DeviceState",
    "LocalModel",
    "ModelRegistry",
    "load_model",
    "probe_device",
]
__getattr__, __dir__ = _lazy_exports(__name__, globals(), _LAZY, __all__)
