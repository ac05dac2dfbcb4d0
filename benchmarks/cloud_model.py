"""The cloud stand-in (Qwen2.5-Coder-0.5B) next to the device model (SmolLM2-135M).

Both run through hybridsdk's ONNX export on plain ONNX Runtime, in one process, rounds
alternating so both see the same machine load: decode tok/s at 1 and 2 threads (median
step time, and per CPU second), load time, RSS added by loading, and perplexity on
hybridsdk/generate/heldout.txt. The two tokenisers differ (49k vs 152k entries), so
per-token perplexities are not comparable; bits per byte of the same text are.

    python -m benchmarks.cloud_model [--json] [--rounds 3] [--tokens 64]

Needs the stand-in built (``nox -s genai_model -- --model qwen2.5-coder-0.5b``); this
never builds it.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import time
from typing import Any

import numpy as np

from hybridsdk.generate import LocalGenerator
from hybridsdk.generate._build import CONFIG_FILE, heldout_text, model_dir
from hybridsdk.generate._models import model_spec

PROMPT = [{"role": "user", "content": "Write a short story about a lighthouse keeper and a storm."}]
NAMES = ("smollm2-135m", "qwen2.5-coder-0.5b")


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _round(gen: LocalGenerator, prompt: list[int], tokens: int) -> tuple[float, float]:
    """(median wall s per step, CPU s per step) of `tokens` greedy steps after a prefill."""
    dec = gen._decoder
    dec.reset(len(prompt) + tokens)
    tok = int(np.argmax(dec.forward(prompt)[-1]))
    steps = []
    cpu = time.process_time()
    for _ in range(tokens):
        t = time.perf_counter()
        tok = int(np.argmax(dec.forward([tok])[-1]))
        steps.append(time.perf_counter() - t)
    return statistics.median(steps), (time.process_time() - cpu) / tokens


def _bits_per_byte(gen: LocalGenerator, text: str) -> dict[str, float]:
    tokens = gen.tokenizer.encode(text, special=False)
    gen._decoder.reset(len(tokens))
    logits = gen._decoder.forward(tokens, keep=len(tokens)).astype(np.float64)[:-1]
    logits -= logits.max(axis=-1, keepdims=True)
    logz = np.log(np.exp(logits).sum(axis=-1))
    target = np.asarray(tokens[1:], dtype=np.int64)
    nll = float((logz - logits[np.arange(len(target)), target]).sum())
    scored = len(gen.tokenizer.decode(tokens[1:]).encode("utf-8"))
    return {
        "tokens": len(tokens),
        "perplexity_per_token": math.exp(nll / len(target)),
        "bits_per_byte": nll / math.log(2) / scored,
    }


def run(rounds: int, tokens: int) -> dict[str, Any]:
    """Measure both models; return the figures."""
    for name in NAMES:
        if not (model_dir(model_spec(name)) / CONFIG_FILE).exists():
            raise SystemExit(f"{name} is not built: nox -s genai_model -- --model {name}")
    out: dict[str, Any] = {"cpus": os.cpu_count(), "rounds": rounds, "tokens": tokens}
    gens: dict[str, dict[int, LocalGenerator]] = {}
    for name in NAMES:
        rss0 = _rss_mb()
        t = time.perf_counter()
        gen = LocalGenerator(model_dir(model_spec(name)), threads=1)
        load_s = time.perf_counter() - t
        out[name] = {
            "load_s": load_s,
            "rss_mb_loaded": _rss_mb() - rss0,
            "files_mb": sum(p.stat().st_size for p in model_dir(model_spec(name)).iterdir()) / 1e6,
            "heldout": _bits_per_byte(gen, heldout_text()),
            "build_gate": gen.config.get("perplexity"),
        }
        gens[name] = {1: gen, 2: LocalGenerator(model_dir(model_spec(name)), threads=2)}
    load: list[float] = []
    for threads in (1, 2):
        steps: dict[str, list[float]] = {n: [] for n in NAMES}
        cpu: dict[str, list[float]] = {n: [] for n in NAMES}
        prompts = {n: gens[n][threads].prompt_tokens(PROMPT) for n in NAMES}
        for n in NAMES:
            _round(gens[n][threads], prompts[n], 4)  # warm-up
        for _ in range(rounds):
            for n in NAMES:
                wall, per_cpu = _round(gens[n][threads], prompts[n], tokens)
                steps[n].append(wall)
                cpu[n].append(per_cpu)
            load.append(os.getloadavg()[0])
        for n in NAMES:
            out[n][f"decode_tok_s_{threads}t"] = 1.0 / statistics.median(steps[n])
            out[n][f"decode_tok_per_cpu_s_{threads}t"] = 1.0 / statistics.median(cpu[n])
    out["load_average_1m_median"] = statistics.median(load)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.rounds, args.tokens)
    if args.json:
        print(json.dumps(result, indent=1))
        return
    for name in NAMES:
        r = result[name]
        print(
            f"{name}: decode {r['decode_tok_s_1t']:.1f} tok/s (1 thread), "
            f"{r['decode_tok_s_2t']:.1f} (2 threads); heldout {r['heldout']['bits_per_byte']:.3f} "
            f"bits/byte (ppl/token {r['heldout']['perplexity_per_token']:.2f}); "
            f"RSS +{r['rss_mb_loaded']:.0f} MB; load {r['load_s']:.1f} s"
        )
    print(f"load average {result['load_average_1m_median']:.1f}")


if __name__ == "__main__":
    main()
