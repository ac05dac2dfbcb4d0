"""What rating a prompt costs `client.generate`: the learned scorer vs `score_text`, A/B.

    python -m benchmarks.prompt_routing_overhead [--rounds 30]

Per round, interleaved: `score_text(text).score` (the classifier path's pre-hoc score,
what `generate` used before), `prehoc_decision` with the shipped learned scorer (features,
personal-data scan, logistic regression, threshold, rules), and `failed_checks` on the
stored device answer; over the eval prompts of the routing labels. Prints the medians of
the per-prompt means and the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import time

from benchmarks.generate_routing import load_rows
from hybridsdk._types import InferenceRequest
from hybridsdk.routing._answer_checks import failed_checks
from hybridsdk.routing._complexity import score_text
from hybridsdk.routing._policy import Policy
from hybridsdk.routing._prompt_routing import prehoc_decision
from hybridsdk.routing._shipped_prompt_scorer import load_prompt_scorer
from hybridsdk.routing._signals import Signals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=30)
    args = ap.parse_args(argv)
    rows = [r for r in load_rows() if r["split"] == "eval"]
    load_prompt_scorer()  # the file is read once per process: not what a call costs
    policy, signals = Policy(), Signals(now=0.0)
    prepared = [
        (r["text"], [{"role": "user", "content": r["text"]}], InferenceRequest(text=r["text"]))
        for r in rows
    ]

    def old() -> None:
        for text, _, _ in prepared:
            score_text(text)

    def new() -> None:
        for _, messages, request in prepared:
            prehoc_decision(
                request, signals, policy, messages, cloud_possible=True, cloud_share=None
            )

    def checks() -> None:
        for r in rows:
            failed_checks(r["text"], r["output"], "stop")

    times: dict[str, list[float]] = {"score_text": [], "learned": [], "checks": []}
    for _ in range(args.rounds):
        for name, fn in (("score_text", old), ("learned", new), ("checks", checks)):
            t = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - t) / len(rows) * 1e6)
    med = {k: statistics.median(v) for k, v in times.items()}
    print(
        f"{len(rows)} eval prompts, {args.rounds} interleaved rounds, median us per prompt: "
        f"score_text {med['score_text']:.0f}, learned prehoc_decision {med['learned']:.0f} "
        f"(ratio {med['learned'] / med['score_text']:.1f}x), answer checks {med['checks']:.0f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
