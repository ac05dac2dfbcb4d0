"""Every error hybridsdk raises, in one hierarchy.

Each message says what happened and what to do about it. Catch `HybridSDKError` to
handle them all.

    HybridSDKError
    ├── ConfigurationError ........... a setting or argument is invalid
    ├── MissingDependencyError ....... an optional extra is not installed (also ImportError)
    ├── ModelError
    │   ├── ModelNotFoundError ....... no such model in the manifest / on disk
    │   ├── ModelIntegrityError ...... sha256, size or manifest signature does not match
    │   ├── ModelLoadError ........... the runtime could not load a verified file
    │   └── InferenceError ........... the runtime failed running a loaded model
    ├── InputValidationError ......... inputs do not match the model (also ValueError)
    │   ├── InputNameError
    │   ├── InputShapeError
    │   ├── InputDTypeError
    │   ├── NonFiniteInputError
    │   └── BatchTooLargeError
    ├── AcceleratorUnavailableError .. strict mode and the wanted accelerator did not run
    ├── PrivacyError
    │   └── PrivacyViolationError .... the request would send data its label forbids
    ├── RoutingError ................. no path can serve the request under the policy
    │   ├── DeadlineExceededError .... the deadline passed, or cannot be met
    │   └── BudgetExceededError ...... the cost ceiling or budget window is spent
    ├── CloudError
    │   ├── EncodingError ............ malformed Binary HTTP / OIP / key configuration
    │   │   └── KeyConfigError
    │   │       ├── UnknownKeyIdError .. the gateway holds no key with that id (refetch keys)
    │   │       └── UnsupportedSuiteError  KEM/KDF/AEAD not implemented or not offered
    │   ├── CryptoError .............. decapsulation or decryption failed (tampering?)
    │   ├── KeyPinMismatchError ...... gateway key does not match the pinned one
    │   ├── TransportError ........... connection failed, timed out, reset
    │   │   ├── ConnectError ......... no connection made; nothing was sent
    │   │   └── ReadTimeoutError ..... sent, no answer in time; maybe processed
    │   ├── GatewayError ............. the gateway/upstream answered an error status
    │   │   ├── ClockSkewError ....... the gateway refused our Date: this clock is off
    │   │   ├── ReplayWindowNarrowedError  a flood narrowed the gateway's window; retried
    │   │   ├── RequestRejectedError . a 4xx about the request itself (also InputValidationError)
    │   │   └── CredentialsRejectedError  401/403: the endpoint's credentials (also
    │   │                                 ConfigurationError)
    │   └── CircuitOpenError ......... the endpoint's breaker is open; not attempted
    └── OutboxError
        ├── OutboxFullError .......... the durable outbox is full under a reject policy
        ├── OutboxFileGoneError ...... the outbox file was deleted or replaced while open
        ├── OutboxReadOnlyError ...... the outbox file or its directory is read-only
        └── UndeliverableRecordError . a stored record can never be sent (bad payload)
"""

from __future__ import annotations

__all__ = [
    "AcceleratorUnavailableError",
    "BatchTooLargeError",
    "BudgetExceededError",
    "CircuitOpenError",
    "ClockSkewError",
    "CloudError",
    "ConfigurationError",
    "ConnectError",
    "CredentialsRejectedError",
    "CryptoError",
    "DeadlineExceededError",
    "EncodingError",
    "GatewayError",
    "HybridSDKError",
    "InferenceError",
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
    "OutboxFileGoneError",
    "OutboxFullError",
    "OutboxReadOnlyError",
    "PrivacyError",
    "PrivacyViolationError",
    "ReadTimeoutError",
    "ReplayWindowNarrowedError",
    "RequestRejectedError",
    "RoutingError",
    "TransportError",
    "UndeliverableRecordError",
    "UnknownKeyIdError",
    "UnsupportedSuiteError",
]


class HybridSDKError(Exception):
    """Base class of every error raised by hybridsdk."""


class ConfigurationError(HybridSDKError, ValueError):
    """A setting or argument is invalid."""


class MissingDependencyError(HybridSDKError, ImportError):
    """An optional dependency is missing; the message names the extra to install."""

    def __init__(self, feature: str, extra: str, *, tried: tuple[str, ...] = ()) -> None:
        self.feature = feature
        self.extra = extra
        self.tried = tried
        tried_text = f" (tried: {', '.join(tried)})" if tried else ""
        super().__init__(
            f"{feature} needs an optional dependency that is not installed{tried_text}. "
            f'Install it with: pip install "hybridsdk[{extra}]"'
        )


class ModelError(HybridSDKError):
    """A model could not be found, verified or loaded."""


class ModelNotFoundError(ModelError, LookupError):
    """No model of that name in the manifest, or its file is missing."""


class ModelIntegrityError(ModelError):
    """A model file or manifest failed verification: corrupted or tampered with."""


class ModelLoadError(ModelError):
    """The runtime refused a file that passed verification."""


class InferenceError(ModelError):
    """The runtime failed while running a loaded model (not an input problem)."""


class InputValidationError(HybridSDKError, ValueError):
    """Inputs do not match what the model expects."""


class InputNameError(InputValidationError, KeyError):
    """An input is missing, or one the model does not have was given."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class InputShapeError(InputValidationError):
    """An input has the wrong rank or dimensions."""


class InputDTypeError(InputValidationError, TypeError):
    """An input has a dtype that cannot be converted safely."""


class NonFiniteInputError(InputValidationError):
    """An input holds NaN or infinity and the policy rejects them."""


class BatchTooLargeError(InputValidationError):
    """The batch is larger than the configured maximum."""


class AcceleratorUnavailableError(HybridSDKError):
    """Strict mode: the requested accelerator is not available or did not run."""


class PrivacyError(HybridSDKError):
    """Base class of privacy-policy errors."""


class PrivacyViolationError(PrivacyError):
    """Sending this request would let data leave the device that its label forbids."""


class RoutingError(HybridSDKError):
    """No path can serve the request under its policy."""


class DeadlineExceededError(RoutingError, TimeoutError):
    """The request's deadline has passed, or no path can meet it."""


class BudgetExceededError(RoutingError):
    """The request's cost ceiling or the budget window does not allow a cloud call."""


class CloudError(HybridSDKError):
    """Base class of errors on the cloud path."""


class EncodingError(CloudError, ValueError):
    """A wire message (Binary HTTP, OHTTP, Open Inference Protocol) is malformed."""


class KeyConfigError(EncodingError):
    """An OHTTP key configuration is malformed or uses an unsupported suite."""


class UnknownKeyIdError(KeyConfigError, LookupError):
    """An encapsulated request names a key id the gateway does not hold: refetch the keys."""


class UnsupportedSuiteError(KeyConfigError):
    """A KEM, KDF or AEAD id that this side does not implement or the key does not offer."""


class CryptoError(CloudError):
    """Decapsulation or decryption failed: the message was corrupted or tampered with."""


class KeyPinMismatchError(CloudError):
    """The gateway's key configuration does not match the pinned one; nothing was sent."""


class TransportError(CloudError):
    """The connection failed, timed out or was cut."""


class ConnectError(TransportError):
    """No connection was made (DNS failure, refused, connect timeout): nothing was sent."""


class ReadTimeoutError(TransportError):
    """The request was sent but no full answer came in time: it may have been processed."""


class GatewayError(CloudError):
    """The gateway or its upstream answered with an error status.

    Attributes:
        status: the HTTP status code.
        problem_type: the RFC 9457 problem type URI, when the body was problem+json.
        retry_after_s: the parsed Retry-After, when the server sent one.
        problem: the problem details (type, title, detail, status...), when kept; else {}.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        problem_type: str | None = None,
        retry_after_s: float | None = None,
        problem: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.problem_type = problem_type
        self.retry_after_s = retry_after_s
        self.problem: dict[str, object] = dict(problem or {})


class ClockSkewError(GatewayError):
    """The gateway refused the request's Date (RFC 9458 section 6.5): this device's
    clock is off. The client corrects itself once from the gateway's own Date; seeing
    this error means that did not help — set the clock (NTP).

    Attributes:
        server_time: the gateway's time (Unix seconds) from its authenticated answer.
    """

    def __init__(
        self, message: str, *, status: int, problem_type: str | None, server_time: float | None
    ) -> None:
        super().__init__(message, status=status, problem_type=problem_type)
        self.server_time = server_time


class ReplayWindowNarrowedError(GatewayError):
    """The gateway's replay table is full (a flood of requests?) and it temporarily
    accepts only freshly dated ones (503 with Retry-After). Not a clock problem: the
    client re-encapsulates with the current Date on its next attempt, so a retry
    normally succeeds; seeing this error means the retries ran out.
    """


class RequestRejectedError(GatewayError, InputValidationError):
    """The gateway refused the request itself (400, 405, 411, 413-415, 422...): resending
    it, to this endpoint or another, cannot help. Fix the request (the message and
    `problem` say what was wrong: too many tokens, a body too large...).

    Caught as `GatewayError` or as `InputValidationError` (a caller's error).

    Attributes:
        problem: the gateway's problem details (type, title, detail, status...), or {}.
    """


class CredentialsRejectedError(GatewayError, ConfigurationError):
    """The endpoint refused the credentials (401, 403): another try will not help until
    they are fixed (`CloudEndpoint.headers`, the private-token issuer).

    Caught as `GatewayError` or as `ConfigurationError`.

    Attributes:
        problem: the gateway's problem details, or {}.
    """


class CircuitOpenError(CloudError):
    """The endpoint's circuit breaker is open; the call was not attempted."""


class OutboxError(HybridSDKError):
    """The durable outbox could not accept or deliver a record."""


class OutboxFullError(OutboxError):
    """The outbox is full and its policy rejects new records."""


class OutboxFileGoneError(OutboxError):
    """The outbox file was deleted or replaced while open; nothing more can be stored in it."""


class OutboxReadOnlyError(OutboxError):
    """The outbox file, its directory or its filesystem is read-only; its records are intact."""


class UndeliverableRecordError(OutboxError):
    """An outbox record can never be sent (its payload is not a deferred call)."""
