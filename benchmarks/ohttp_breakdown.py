"""Where OHTTP's added latency goes, measured inside an interleaved loopback run.

    python benchmarks/ohttp_breakdown.py [--pairs 600]

Starts the reference gateway on 127.0.0.1 and sends the same digits request through OHTTP
and plain OIP in turn, as `hybridsdk bench cloud` does, with timers around the client's
stages: building the inner request, encapsulating, the HTTP exchange (the gateway's work
plus loopback, and the client's next HPKE setup, made while it waits), and parsing the
answer. Medians in microseconds. The stages are timed in
place, with caches as the run leaves them, which is why they cost more than the warm
`encap_decap_us_1k` of `hybridsdk bench cloud`.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import numpy as np

from hybridsdk.cloud import _messages
from hybridsdk.cloud._client import CloudClient
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._retry import RetryPolicy
from hybridsdk.gateway._launch import launch_gateway
from hybridsdk.wire import _hpke

MODEL = "digits-svc-fp32"
times: defaultdict[str, list[float]] = defaultdict(list)


def _timed(label: str, func: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            times[label].append(time.perf_counter() - start)

    return wrapper


def _instrument() -> None:
    for name, label in (
        ("build_inner_request", "ohttp: build inner request"),
        ("encapsulate_request", "ohttp: encapsulate"),
        ("parse_ohttp_reply", "ohttp: decrypt + parse answer"),
        ("parse_plain_reply", "plain: parse answer"),
    ):
        setattr(_messages, name, _timed(label, getattr(_messages, name)))
    # Inside the exchange: the client prepares its next HPKE setup once the body is sent,
    # overlapping the gateway's work when a core is free.
    _hpke.SpareSetups.prefetch = _timed(  # type: ignore[method-assign]
        "ohttp: next setup, while waiting", _hpke.SpareSetups.prefetch
    )
    send = CloudClient._send

    def timed_send(self: CloudClient, call: Any, route: Any, job: Any) -> Any:
        start = time.perf_counter()
        try:
            return send(self, call, route, job)
        finally:
            times[f"{route.endpoint.mode}: HTTP exchange"].append(time.perf_counter() - start)

    CloudClient._send = timed_send  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=600, help="OHTTP/plain pairs (default 600)")
    args = parser.parse_args()
    from sklearn.datasets import load_digits

    inputs = {"pixels": np.asarray(load_digits().data[:1], dtype=np.float32)}
    _instrument()
    once = RetryPolicy(attempts=1)
    with launch_gateway(extra_args=["--no-access-log"]) as gateway:
        ohttp = CloudClient(CloudEndpoint(gateway.url), retry=once, breaker=None, budget=None)
        plain = CloudClient(
            CloudEndpoint(gateway.url, mode="plain"), retry=once, breaker=None, budget=None
        )
        with ohttp, plain:
            for _ in range(30):  # connections, key cache, model
                ohttp.infer(MODEL, inputs)
                plain.infer(MODEL, inputs)
            times.clear()
            for i in range(args.pairs):
                order = [(ohttp, "ohttp"), (plain, "plain")]
                for client, mode in order if i % 2 == 0 else order[::-1]:
                    start = time.perf_counter()
                    client.infer(MODEL, inputs)
                    times[f"{mode}: whole call"].append(time.perf_counter() - start)
    medians = {label: statistics.median(values) * 1e6 for label, values in times.items()}
    for label in sorted(medians):
        print(f"{label:32s} {medians[label]:8.1f} us")

    def m(label: str) -> float:
        return medians.get(label, 0.0)

    stages = ("build inner request", "encapsulate", "HTTP exchange")
    ohttp_rest = m("ohttp: whole call") - m("ohttp: decrypt + parse answer")
    ohttp_rest -= sum(m(f"ohttp: {stage}") for stage in stages)
    plain_rest = m("plain: whole call") - m("plain: parse answer") - m("plain: HTTP exchange")
    print(
        f"\nOHTTP adds {m('ohttp: whole call') - m('plain: whole call'):.0f} us: "
        f"exchange +{m('ohttp: HTTP exchange') - m('plain: HTTP exchange'):.0f} (the gateway, "
        f"the wire, and the next setup: {m('ohttp: next setup, while waiting'):.0f}, overlapping), "
        f"encapsulate +{m('ohttp: encapsulate'):.0f}, "
        f"answer +{m('ohttp: decrypt + parse answer') - m('plain: parse answer'):.0f}, "
        f"inner request +{m('ohttp: build inner request'):.0f}, "
        f"rest of the client +{ohttp_rest - plain_rest:.0f}"
    )


if __name__ == "__main__":
    main()
