"""Security events a client met: a tampered model zoo, a gateway key that fails its pin, a
response that fails to decrypt.

Each is logged once per kind and cause at WARNING on ``hybridsdk.security`` (never with
key material or payloads) and kept, bounded, for `Client.health()`, so a request that
degraded quietly to another path still leaves a trace an operator can see.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from hybridsdk._exceptions import CryptoError, KeyPinMismatchError, ModelIntegrityError

__all__ = ["SecurityEvent", "SecurityEvents", "security_kind"]

logger = logging.getLogger("hybridsdk.security")

_KINDS: tuple[tuple[type[BaseException], str], ...] = (
    (ModelIntegrityError, "model_integrity"),
    (KeyPinMismatchError, "key_pin_mismatch"),
    (CryptoError, "decryption_failed"),
)


def security_kind(error: BaseException | None) -> str | None:
    """The security event kind behind `error` (searching causes and groups), or None."""
    seen: set[int] = set()
    stack = [error] if error is not None else []
    while stack:
        exc = stack.pop()
        if id(exc) in seen:
            continue
        seen.add(id(exc))
        for cls, kind in _KINDS:
            if isinstance(exc, cls):
                return kind
        stack.extend(e for e in (exc.__cause__, exc.__context__) if e is not None)
        stack.extend(getattr(exc, "exceptions", ()) or ())
        errors = getattr(exc, "errors", None)  # e.g. a failover error listing each attempt
        if isinstance(errors, (list, tuple)):
            stack.extend(e for e in errors if isinstance(e, BaseException))
    return None


@dataclass(frozen=True)
class SecurityEvent:
    """One security event: what kind, where, the error's message, when (wall clock)."""

    kind: str
    where: str
    message: str
    at: float


class SecurityEvents:
    """A bounded record of security events, logged at WARNING once per (kind, message).

    Args:
        max_events: how many recent events to keep.
        clock: wall-clock seconds, for the events' timestamps.
    """

    def __init__(self, max_events: int = 20, clock: Callable[[], float] = time.time) -> None:
        self._events: deque[SecurityEvent] = deque(maxlen=max_events)
        self._counts: dict[str, int] = {}
        self._logged: set[tuple[str, str]] = set()
        self._clock = clock
        self._lock = threading.Lock()

    def observe(self, error: BaseException | None, where: str) -> str | None:
        """Record `error` when it is a security event; returns its kind, or None."""
        kind = security_kind(error)
        if kind is None or error is None:
            return None
        message = str(error)
        with self._lock:
            self._events.append(SecurityEvent(kind, where, message, self._clock()))
            self._counts[kind] = self._counts.get(kind, 0) + 1
            first = (kind, message) not in self._logged
            self._logged.add((kind, message))
        if first:  # once per cause: a tampered zoo must not flood the log on every request
            logger.warning("security event %s on the %s path: %s", kind, where, message)
        return kind

    def snapshot(self) -> dict[str, Any]:
        """JSON-able: `ok` (no event seen), counts per kind, and the recent events."""
        with self._lock:
            return {
                "ok": not self._counts,
                "counts": dict(self._counts),
                "recent": [asdict(e) for e in self._events],
            }
