"""Generation through a hung first endpoint, with and without circuit breakers.

A real `hybridsdk llm-server` behind a real gateway process on 127.0.0.1; the first
endpoint is a `FaultProxy` in front of it that hangs every request (the endpoint's read
timeout ends each try), the second is the gateway itself. Each round makes a fresh
`Client` and sends `--calls` generations; rounds alternate between breakers off
(`breaker=None`: every call waits out the hung endpoint, as generations did before #14)
and the default `BreakerConfig()` (opens after 10 calls at >= 50% failures), side by side
in one run. Printed: median seconds per call, calls that reached the hung endpoint, and
the ratio.

    python -m benchmarks.generate_breaker --rounds 3 --calls 20
"""

from __future__ import annotations

import argparse
import statistics
import time

import httpx


def _round(
    gateway_url: str, proxy_url: str, keys: bytes, generator: object, calls: int, breaker: bool
) -> tuple[list[float], int]:
    from hybridsdk import Client
    from hybridsdk.cloud._breaker import BreakerConfig
    from hybridsdk.cloud._endpoint import CloudEndpoint
    from hybridsdk.cloud._retry import RetryPolicy
    from hybridsdk.routing._policy import Mode, Policy

    hung = CloudEndpoint(proxy_url, key_config=keys, name="hung", read_timeout_s=0.5)
    live = CloudEndpoint(gateway_url, key_config=keys, name="live")
    times: list[float] = []
    tried = 0
    with Client(
        cloud=[hung, live],
        policy=Policy(mode=Mode.CLOUD_ONLY),
        llm=generator,  # type: ignore[arg-type]
        device=False,
        retry=RetryPolicy(attempts=1),
        breaker=BreakerConfig() if breaker else None,
    ) as client:
        for _ in range(calls):
            started = time.perf_counter()
            result = client.generate(messages=[{"role": "user", "content": "Hi."}], max_tokens=2)
            times.append(time.perf_counter() - started)
            tried += "endpoint_failed" in [r.code for r in result.reasons]
    return times, tried


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=20)
    args = parser.parse_args()

    from hybridsdk.gateway._launch import launch_gateway
    from hybridsdk.generate._build import build_model
    from hybridsdk.generate._generator import LocalGenerator
    from hybridsdk.generate._openai_server import launch_llm_server
    from hybridsdk.testing import FaultPlan, FaultProxy

    folder = build_model()
    generator = LocalGenerator(folder, threads=1)
    with launch_llm_server(folder=folder, max_tokens_cap=8) as llm:
        extra = ["--llm-upstream", llm.url, "--llm-max-tokens", "8", "--no-access-log"]
        with launch_gateway(extra_args=extra) as gw:
            keys = httpx.get(gw.url + "/.well-known/ohttp-gateway", timeout=10).content
            with FaultProxy(("127.0.0.1", gw.port), max_lifetime_s=3600) as proxy:
                proxy.set_faults(FaultPlan(probabilities={"hang": 1.0}))
                runs: dict[bool, tuple[list[float], list[int]]] = {
                    False: ([], []),
                    True: ([], []),
                }
                for _ in range(args.rounds):
                    for breaker in (False, True):  # interleaved: same load for both
                        times, tried = _round(
                            gw.url, proxy.url, keys, generator, args.calls, breaker
                        )
                        runs[breaker][0].extend(times)
                        runs[breaker][1].append(tried)
    off, on = statistics.median(runs[False][0]), statistics.median(runs[True][0])
    print(f"calls per round {args.calls}, rounds {args.rounds}")
    print(f"breakers off: median {off:.3f} s/call, hung endpoint tried {runs[False][1]}")
    print(f"breakers on : median {on:.3f} s/call, hung endpoint tried {runs[True][1]}")
    mean_off = statistics.mean(runs[False][0])
    mean_on = statistics.mean(runs[True][0])
    print(f"mean s/call off {mean_off:.3f} on {mean_on:.3f}; ratio off/on {mean_off / mean_on:.2f}")


if __name__ == "__main__":
    main()
