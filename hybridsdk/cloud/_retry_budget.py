"""A retry budget: a token bucket that stops retry storms (gRPC retry throttling, gRFC A6).

Every failed attempt costs one token, every successful request refills `token_ratio`
tokens, and retries are allowed only while more than half the bucket is left. First
attempts are never throttled: the budget only decides whether to *add* traffic.

Why this bounds retries to about `token_ratio` of the traffic: a retry is granted only
when, right after its own failure was charged, the bucket holds more than `max_tokens / 2`.
Let T_k be the tokens at the k-th grant. T_1 <= max_tokens - 1, and from one grant to the
next the bucket pays the next failure's full token and gains only what successes refill,
so T_R <= max_tokens - R + token_ratio * S, with S successes. T_R > max_tokens / 2 gives

    retries < max_tokens / 2 + token_ratio * S,   and S <= N requests.

With the defaults (10 tokens, ratio 0.1): fewer than 5 + 10% of N retries for any failure
pattern, and against a fully failing backend (S = 0) at most 4 retries in total, however
many requests. The bound holds under concurrency too: each grant is decided atomically
with its own charge (`record_failure` returns the grant).

Counting is in integer milli-tokens, as gRPC does, so long runs do not drift.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from hybridsdk._exceptions import ConfigurationError

__all__ = ["RetryBudget", "RetryBudgetSnapshot"]

_MILLI = 1000
_MAX_TOKENS_LIMIT = 1000  # gRPC's upper bound: beyond it the budget no longer throttles


@dataclass(frozen=True)
class RetryBudgetSnapshot:
    """The budget's state, for metrics and `doctor`.

    Attributes:
        tokens: tokens left.
        max_tokens: bucket size.
        token_ratio: tokens a success refills.
        retry_allowed: whether a retry would be allowed now.
    """

    tokens: float
    max_tokens: float
    token_ratio: float
    retry_allowed: bool


class RetryBudget:
    """A thread-safe token bucket that throttles retries (no I/O, no clock).

    Share one per endpoint across all requests: the point is to see the endpoint's
    failure rate as a whole.

    Args:
        max_tokens: bucket size, in (0, 1000]. Half of it is the retry threshold.
        token_ratio: tokens refilled per success, in (0, max_tokens]; also the long-run
            ceiling on retries as a share of requests. Kept to 3 decimals.
    """

    def __init__(self, *, max_tokens: float = 10.0, token_ratio: float = 0.1) -> None:
        if not 0 < max_tokens <= _MAX_TOKENS_LIMIT:
            raise ConfigurationError(
                f"RetryBudget max_tokens must be in (0, {_MAX_TOKENS_LIMIT}], got {max_tokens!r}"
            )
        if not 0 < token_ratio <= max_tokens:
            raise ConfigurationError(
                f"RetryBudget token_ratio must be in (0, max_tokens={max_tokens}], "
                f"got {token_ratio!r}"
            )
        milli_ratio = round(token_ratio * _MILLI)
        if milli_ratio < 1:
            raise ConfigurationError(
                f"RetryBudget token_ratio {token_ratio!r} rounds to 0 at 3 decimals; use >= 0.001"
            )
        self._max = round(max_tokens * _MILLI)
        self._ratio = milli_ratio
        self._threshold = self._max // 2
        self._tokens = self._max
        self._lock = threading.Lock()

    def record_failure(self) -> bool:
        """Charge one token for a failed attempt.

        Returns:
            whether a retry is still allowed after the charge.
        """
        with self._lock:
            self._tokens = max(0, self._tokens - _MILLI)
            return self._tokens > self._threshold

    def record_success(self) -> None:
        """Refill `token_ratio` tokens after a successful request."""
        with self._lock:
            self._tokens = min(self._max, self._tokens + self._ratio)

    def allow_retry(self) -> bool:
        """Whether a retry may be sent now (more than half the bucket is left)."""
        with self._lock:
            return self._tokens > self._threshold

    @property
    def tokens(self) -> float:
        """Tokens left."""
        with self._lock:
            return self._tokens / _MILLI

    def snapshot(self) -> RetryBudgetSnapshot:
        """The state in one consistent read."""
        with self._lock:
            tokens = self._tokens
        return RetryBudgetSnapshot(
            tokens=tokens / _MILLI,
            max_tokens=self._max / _MILLI,
            token_ratio=self._ratio / _MILLI,
            retry_allowed=tokens > self._threshold,
        )

    def __repr__(self) -> str:
        s = self.snapshot()
        return f"RetryBudget(tokens={s.tokens:g}/{s.max_tokens:g}, token_ratio={s.token_ratio:g})"
