"""A bound on request-body bytes being received at once, over all connections.

The body-size cap bounds one request; it does not bound 300 clients each uploading 90% of
a 1 MB body and stalling (about 280 MB held until the body timeout). Bodies count against
this budget while they arrive; a chunk that would overflow it gets 503 + Retry-After and
the connection is closed, so the attacker's bytes are dropped, not buffered.
"""

from __future__ import annotations

__all__ = ["BodyBudget"]


class BodyBudget:
    """Bytes of request bodies being received, across every connection, at most `max_bytes`.

    Args:
        max_bytes: the budget; at least one body of the largest allowed size should fit.
    """

    def __init__(self, max_bytes: int) -> None:
        if max_bytes < 1:
            raise ValueError("max_bytes must be >= 1")
        self.max_bytes = max_bytes
        self.used = 0

    def take(self, size: int) -> bool:
        """Reserve `size` bytes; False (and nothing reserved) when they do not fit."""
        if self.used + size > self.max_bytes:
            return False
        self.used += size
        return True

    def give(self, size: int) -> None:
        """Return `size` bytes reserved earlier."""
        self.used = max(0, self.used - size)
