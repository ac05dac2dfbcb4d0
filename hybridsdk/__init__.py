"""hybridsdk: route each inference request to an on-device model or an encrypted cloud.

The front door. Importing it loads no model runtime, no HTTP stack, opens nothing and
reads no key. Exceptions are defined eagerly (they are tiny); every other public name is
loaded on first use (PEP 562), so `import hybridsdk` costs a few milliseconds and pulls in
neither numpy nor pydantic until a request is built.
"""

import typing as _typing

from hybridsdk._exceptions import (
    AcceleratorUnavailableError,
    BatchTooLargeError,
    BudgetExceededError,
    CircuitOpenError,
    ClockSkewError,
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
    OutboxFileGoneError,
    OutboxFullError,
    OutboxReadOnlyError,
    PrivacyError,
    PrivacyViolationError,
    ReadTimeoutError,
    ReplayWindowNarrowedError,
    RoutingError,
    TransportError,
    UndeliverableRecordError,
)
from hybridsdk._lazy import lazy_exports as _lazy_exports
from hybridsdk._version import __version__

__all__ = [
    "AcceleratorUnavailableError",
    "AsyncClient",
    "BatchTooLargeError",
    "BreakerConfig",
    "BudgetExceededError",
    "CircuitOpenError",
    "Client",
    "ClockSkewError",
    "CloudEndpoint",
    "CloudError",
    "ConfigurationError",
    "ConnectError",
    "CryptoError",
    "DeadlineExceededError",
    "DegradationChain",
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
    "LocalModel",
    "MissingDependencyError",
    "Mode",
    "ModelError",
    "ModelIntegrityError",
    "ModelLoadError",
    "ModelNotFoundError",
    "ModelRegistry",
    "NonFiniteInputError",
    "OutboxError",
    "OutboxFileGoneError",
    "OutboxFullError",
    "OutboxReadOnlyError",
    "Policy",
    "PrivacyError",
    "PrivacyLabel",
    "PrivacyPolicy",
    "PrivacyViolationError",
    "ReadTimeoutError",
    "Reason",
    "ReplayWindowNarrowedError",
    "RetryPolicy",
    "Route",
    "RoutingError",
    "RuntimeOptions",
    "Task",
    "TransportError",
    "UndeliverableRecordError",
    "__version__",
    "load_model",
    "probe_device",
]

# public name -> module that defines it; loaded on first attribute access.
_LAZY = {
    "AsyncClient": "hybridsdk._client",
    "BreakerConfig": "hybridsdk.cloud._breaker",
    "Client": "hybridsdk._client",
    "CloudEndpoint": "hybridsdk.cloud._endpoint",
    "DegradationChain": "hybridsdk._degradation",
    "InferenceRequest": "hybridsdk._types",
    "InferenceResult": "hybridsdk._types",
    "LocalModel": "hybridsdk.edge._local_model",
    "Mode": "hybridsdk.routing._policy",
    "ModelRegistry": "hybridsdk.edge._registry",
    "Policy": "hybridsdk.routing._policy",
    "PrivacyLabel": "hybridsdk._types",
    "PrivacyPolicy": "hybridsdk.routing._privacy",
    "Reason": "hybridsdk._types",
    "RetryPolicy": "hybridsdk.cloud._retry",
    "Route": "hybridsdk._types",
    "RuntimeOptions": "hybridsdk.edge._runtime_options",
    "Task": "hybridsdk._tasks",
    "load_model": "hybridsdk.edge._local_model",
    "probe_device": "hybridsdk.edge._probe",
}

if _typing.TYPE_CHECKING:
    from hybridsdk._client import AsyncClient, Client
    from hybridsdk._degradation import DegradationChain
    from hybridsdk._tasks import Task
    from hybridsdk._types import InferenceRequest, InferenceResult, PrivacyLabel, Reason, Route
    from hybridsdk.cloud._breaker import BreakerConfig
    from hybridsdk.cloud._endpoint import CloudEndpoint
    from hybridsdk.cloud._retry import RetryPolicy
    from hybridsdk.edge._local_model import LocalModel, load_model
    from hybridsdk.edge._probe import probe_device
    from hybridsdk.edge._registry import ModelRegistry
    from hybridsdk.edge._runtime_options import RuntimeOptions
    from hybridsdk.routing._policy import Mode, Policy
    from hybridsdk.routing._privacy import PrivacyPolicy

__getattr__, __dir__ = _lazy_exports(__name__, globals(), _LAZY, __all__)
