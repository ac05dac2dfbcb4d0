"""Which failures are set-up mistakes rather than network or cloud trouble.

When no path could answer a request, `RoutingError` ("check the network and the
gateway") is the wrong advice if the reason is a missing extra, an unknown model name, a
zoo that does not verify or a bad setting. The request flow raises the first such failure
itself instead: its type says what went wrong and its message what to do.
"""

from __future__ import annotations

from collections.abc import Sequence

from hybridsdk._exceptions import (
    ConfigurationError,
    HybridSDKError,
    MissingDependencyError,
    ModelIntegrityError,
    ModelLoadError,
    ModelNotFoundError,
)

__all__ = ["setup_error"]

_SETUP_ERRORS = (
    MissingDependencyError,
    ModelNotFoundError,
    ModelIntegrityError,
    ModelLoadError,
    ConfigurationError,
)


def setup_error(failures: Sequence[BaseException]) -> HybridSDKError | None:
    """The first failure that a change of set-up (not a retry) would fix, or None."""
    for failure in failures:
        if isinstance(failure, _SETUP_ERRORS):
            return failure
    return None
