"""hybridsdk: route each inference request to an on-device model or an encrypted cloud.

The front door. Importing it loads no model runtime, no HTTP stack, opens nothing and
reads no key: runtimes and clients are imported when first used.
"""

from __future__ import annotations

from hybridsdk._exceptions import (
    AcceleratorUnavailableError,
    BatchTooLargeError,
    BudgetExceededError,
    CircuitOpenError,
    CloudError,
    ConfigurationError,
    CryptoError,
    DeadlineExceededError,
    EncodingError,
    GatewayError,
    HybridSDKError,
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
    RoutingError,
    TransportError,
)
from hybridsdk._types import InferenceRequest, InferenceResult, PrivacyLabel, Reason, Route
from hybridsdk._version import __version__

__all__ = [
    "AcceleratorUnavailableError",
    "BatchTooLargeError",
    "BudgetExceededError",
    "CircuitOpenError",
    "CloudError",
    "ConfigurationError",
    "CryptoError",
    "DeadlineExceededError",
    "EncodingError",
    "GatewayError",
    "HybridSDKError",
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
    "Reason",
    "Route",
    "RoutingError",
    "TransportError",
    "__version__",
]
