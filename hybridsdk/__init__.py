"""hybridsdk: route each inference request to an on-device model or an encrypted cloud.

The front door. Importing it loads no model runtime, no HTTP stack, opens nothing and
reads no key. Exceptions are defined eagerly (they are tiny); every other public name is
loaded on first use (PEP 562), so `import hybridsdk` costs a few milliseconds and pulls in
neither numpy nor pydantic until a request is built.
"""

import importlib as _importlib
import typing as _typing

from hybridsdk._exceptions import (
    AcceleratorUnavailableError,
    BatchTooLargeError,
    BudgetExceededError,
    CircuitOpenError,
    CloudError,
    ConfigurationError,
    ConnectError,
    CryptoError,
    DeadlineExceededError,
    EncodingError,
    GatewayError,
    HybridSDKError,
    InferenceError,
    InputDTypeError,
    InputNameError,
    InputShapeError,
    InputValidationError,
    KeyConfigError,
    KeyPinMismatchError,
    MissingDependencyError,
    ModelError,
    ModelIntegrityError,
    ModelLoadError,
    ModelNotFoundError,
    NonFiniteInputError,
    OutboxError,
    OutboxFullError,
    PrivacyError,
    PrivacyViolationError,
    ReadTimeoutError,
    RoutingError,
    TransportError,
    UnknownKeyIdError,
    UnsupportedSuiteError,
)
from hybridsdk._version import __version__

__all__ = [
    "AcceleratorUnavailableError",
    "BatchTooLargeError",
    "BudgetExceededError",
    "CircuitOpenError",
    "CloudError",
    "ConfigurationError",
    "ConnectError",
    "CryptoError",
    "DeadlineExceededError",
    "EncodingError",
    "GatewayError",
    "HybridSDKError",
    "InferenceError",
    "InferenceRequest",
    "InferenceResult",
    "InputDTypeError",
    "InputNameError",
    "InputShapeError",
    "InputValidationError",
    "KeyConfigError",
    "KeyPinMismatchError",
    "MissingDependencyError",
    "ModelError",
    "ModelIntegrityError",
    "ModelLoadError",
    "ModelNotFoundError",
    "NonFiniteInputError",
    "OutboxError",
    "OutboxFullError",
    "PrivacyError",
    "PrivacyLabel",
    "PrivacyViolationError",
    "ReadTimeoutError",
    "Reason",
    "Route",
    "RoutingError",
    "TransportError",
    "UnknownKeyIdError",
    "UnsupportedSuiteError",
    "__version__",
]

# public name -> module that defines it; loaded on first attribute access.
_LAZY = {
    "InferenceRequest": "hybridsdk._types",
    "InferenceResult": "hybridsdk._types",
    "PrivacyLabel": "hybridsdk._types",
    "Reason": "hybridsdk._types",
    "Route": "hybridsdk._types",
}

if _typing.TYPE_CHECKING:
    from hybridsdk._types import InferenceRequest, InferenceResult, PrivacyLabel, Reason, Route


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hybridsdk' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
