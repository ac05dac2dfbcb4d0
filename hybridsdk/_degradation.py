"""What answers when the preferred path cannot: the degradation chain and its cache.

A chain is an ordered tuple of steps, tried until one answers:

    "local"   the local model's answer, flagged `degraded`, with its confidence
    "cache"   a recent cloud answer for the same inputs
    "canned"  a fixed answer configured for the task
    "defer"   a deferrable request is stored in the durable outbox and sent later
    "fail"    a typed error (always the implicit last step)

Every result says which step answered and why, so a caller can tell a fresh cloud answer
from a stale cached one.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from hybridsdk._exceptions import ConfigurationError

__all__ = ["DEFAULT_CHAIN", "DegradationChain", "ResponseCache", "inputs_digest"]

STEPS = ("local", "cache", "canned", "defer")
DEFAULT_CHAIN = ("local", "cache", "canned", "defer")


@dataclass(frozen=True)
class DegradationChain:
    """The fallbacks of one task, in order.

    Args:
        steps: any of "local", "cache", "canned", "defer", in the order to try them.
        canned: the outputs the "canned" step answers with (None: the step is skipped).
    """

    steps: tuple[str, ...] = DEFAULT_CHAIN
    canned: Mapping[str, np.ndarray] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        unknown = [s for s in self.steps if s not in STEPS]
        if unknown:
            raise ConfigurationError(
                f"unknown degradation step(s) {unknown}; use any of {', '.join(STEPS)}"
            )
        if len(set(self.steps)) != len(self.steps):
            raise ConfigurationError(f"degradation steps repeat: {self.steps}")


def inputs_digest(model: str, inputs: Mapping[str, np.ndarray]) -> str:
    """A stable key for (model, inputs): names, dtypes, shapes and bytes."""
    h = hashlib.blake2b(model.encode(), digest_size=20)
    for name in sorted(inputs):
        array = np.ascontiguousarray(inputs[name])
        h.update(f"\x00{name}\x00{array.dtype.str}\x00{array.shape}\x00".encode())
        if array.dtype.kind == "O":
            h.update("\x1f".join(map(str, array.reshape(-1))).encode())
        else:
            h.update(array.tobytes())
    return h.hexdigest()


class ResponseCache:
    """A bounded in-memory LRU of recent cloud answers, with a time to live.

    Args:
        max_entries: entries kept; the least recently used goes first.
        ttl_s: an entry older than this is not served.
        clock: monotonic seconds (injectable for tests).
    """

    def __init__(
        self,
        *,
        max_entries: int = 1024,
        ttl_s: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_entries < 1 or ttl_s <= 0:
            raise ConfigurationError("ResponseCache needs max_entries >= 1 and ttl_s > 0")
        self.max_entries = max_entries
        self.ttl_s = ttl_s
        self._clock = clock
        self._items: OrderedDict[str, tuple[float, dict[str, np.ndarray]]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> tuple[dict[str, np.ndarray], float] | None:
        """The cached outputs and their age in seconds, or None."""
        now = self._clock()
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            stored_at, outputs = item
            if now - stored_at > self.ttl_s:
                del self._items[key]
                return None
            self._items.move_to_end(key)
            return outputs, now - stored_at

    def put(self, key: str, outputs: Mapping[str, np.ndarray]) -> None:
        with self._lock:
            self._items[key] = (self._clock(), dict(outputs))
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)
