"""Gateway metrics in the Prometheus text exposition format (version 0.0.4).

Routes are recorded as templates (``/v2/models/{name}/infer``), never as raw paths, so a
client cannot blow up the label cardinality and model names do not leak into dashboards.
"""

from __future__ import annotations

import bisect
import threading
from collections import defaultdict

__all__ = ["CONTENT_TYPE_METRICS", "GatewayMetrics"]

CONTENT_TYPE_METRICS = "text/plain; version=0.0.4; charset=utf-8"

_PREFIX = "hybridsdk_gateway"
#: Latency buckets in seconds: sub-millisecond model calls up to slow upstreams.
BUCKETS: tuple[float, ...] = (
    0.0005,
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
    10.0,
)

_COUNTERS = {
    "replays_rejected_total": "Encapsulated requests refused as replays (repeated key share).",
    "dates_rejected_total": "Encapsulated requests refused for a missing or out-of-window Date.",
    "replay_window_narrowed_total": "Encapsulated requests refused while a full replay table "
    "narrowed the window (a flood?).",
    "idempotent_hits_total": "Requests answered from the idempotency store without running.",
    "decrypt_failures_total": "Encapsulated requests that failed to decrypt.",
    "key_errors_total": "Encapsulated requests naming an unknown key id or unoffered suite.",
    "upstream_errors_total": "Forwarded requests whose upstream failed or timed out.",
    "unauthorized_total": "Requests refused for a missing, bad, expired or spent credential.",
    "rate_limited_total": "Requests refused by a per-client or global rate limit.",
    "stalled_clients_total": "Streamed answers given up because the client read nothing for "
    "the upstream timeout (their upstream connection and slot were freed).",
}


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _labels(pairs: tuple[tuple[str, str], ...]) -> str:
    return ",".join(f'{name}="{_escape(value)}"' for name, value in pairs)


def _number(value: float) -> str:
    return repr(float(value)) if value != int(value) else str(int(value))


class GatewayMetrics:
    """Counters and one latency histogram, safe to update from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: dict[tuple[tuple[str, str], ...], int] = defaultdict(int)
        self._hist_counts: dict[tuple[tuple[str, str], ...], list[int]] = {}
        self._hist_sum: dict[tuple[tuple[str, str], ...], float] = defaultdict(float)
        self._counters: dict[str, int] = dict.fromkeys(_COUNTERS, 0)

    def observe(
        self, *, route: str, method: str, status: int, transport: str, duration_s: float
    ) -> None:
        """Count one finished request and its latency.

        Args:
            route: the route template.
            method: the HTTP method.
            status: the response status.
            transport: ``plain``, ``ohttp`` (the outer encapsulated request) or
                ``ohttp-inner`` (the request inside it).
            duration_s: wall time spent on it.
        """
        key = (
            ("route", route),
            ("method", method),
            ("status", str(status)),
            ("transport", transport),
        )
        hist_key = (("route", route), ("transport", transport))
        index = bisect.bisect_left(BUCKETS, duration_s)
        with self._lock:
            self._requests[key] += 1
            counts = self._hist_counts.setdefault(hist_key, [0] * (len(BUCKETS) + 1))
            counts[index] += 1
            self._hist_sum[hist_key] += duration_s

    def inc(self, name: str) -> None:
        """Add one to counter `name` (one of the `*_total` counters above).

        Args:
            name: e.g. ``replays_rejected_total``.
        """
        with self._lock:
            self._counters[name] += 1

    def value(self, name: str) -> int:
        """The current value of counter `name`."""
        with self._lock:
            return self._counters[name]

    def render(self) -> str:
        """Everything in the Prometheus text format."""
        lines: list[str] = []
        with self._lock:
            name = f"{_PREFIX}_requests_total"
            lines += [f"# HELP {name} Requests answered, by route, method, status and transport."]
            lines.append(f"# TYPE {name} counter")
            for key, count in sorted(self._requests.items()):
                lines.append(f"{name}{{{_labels(key)}}} {count}")
            name = f"{_PREFIX}_request_duration_seconds"
            lines.append(f"# HELP {name} Time to answer a request.")
            lines.append(f"# TYPE {name} histogram")
            for key, counts in sorted(self._hist_counts.items()):
                cumulative = 0
                for bound, count in zip((*BUCKETS, float("inf")), counts, strict=True):
                    cumulative += count
                    le = "+Inf" if bound == float("inf") else repr(bound)
                    lines.append(f'{name}_bucket{{{_labels(key)},le="{le}"}} {cumulative}')
                lines.append(f"{name}_sum{{{_labels(key)}}} {_number(self._hist_sum[key])}")
                lines.append(f"{name}_count{{{_labels(key)}}} {cumulative}")
            for counter, help_text in _COUNTERS.items():
                name = f"{_PREFIX}_{counter}"
                lines.append(f"# HELP {name} {help_text}")
                lines.append(f"# TYPE {name} counter")
                lines.append(f"{name} {self._counters[counter]}")
        return "\n".join(lines) + "\n"
