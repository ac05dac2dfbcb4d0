"""Local generation: decode tok/s (1 thread), time to first token, RSS, perplexity.

Runs the pinned SmolLM2-135M-Instruct through hybridsdk's ONNX export and, when
llama-cpp-python is installed, through llama.cpp on the same GGUF, side by side in one
process, alternating rounds so both see the same machine load. Reports medians and ratios,
per wall second and per CPU second (on a shared machine wall time includes waiting for a
core), and the 1-minute load average.

    hybridsdk bench generate [--json] [--rounds 5] [--tokens 128] [--threads 1]

With the routing labels present (benchmarks/prompt_labels.py), it also reports prompt
routing on their held-out split: quality vs cloud share, APGR, AUROC of every signal,
cloud tokens saved (see benchmarks/generate_routing.py).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks import generate_routing
from hybridsdk.generate import LocalGenerator
from hybridsdk.generate._artifacts import ensure_gguf
from hybridsdk.generate._build import build_model, heldout_text, perplexity

# CPU seconds per decode step: on a shared machine wall time includes waiting for a core.
CPU_S: dict[str, list[float]] = {"ours": [], "llama_cpp": []}
PROMPT = [{"role": "user", "content": "Write a short story about a lighthouse keeper and a storm."}]


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _ours_round(gen: LocalGenerator, prompt: list[int], tokens: int) -> tuple[float, list[float]]:
    dec = gen._decoder
    dec.reset(len(prompt) + tokens)
    t0 = time.perf_counter()
    logits = dec.forward(prompt, copy=False)[-1]
    ttft = time.perf_counter() - t0
    steps = []
    tok = int(np.argmax(logits))
    cpu = time.process_time()
    for _ in range(tokens):
        t = time.perf_counter()
        logits = dec.forward([tok], copy=False)[-1]
        steps.append(time.perf_counter() - t)
        tok = int(np.argmax(logits))
    CPU_S["ours"].append((time.process_time() - cpu) / tokens)
    return ttft, steps


def _llama_round(llm: Any, prompt: list[int], tokens: int) -> tuple[float, list[float]]:
    llm.reset()
    t0 = time.perf_counter()
    llm.eval(prompt)
    ttft = time.perf_counter() - t0
    steps = []
    tok = int(np.argmax(llm.scores[llm.n_tokens - 1]))
    cpu = time.process_time()
    for _ in range(tokens):
        t = time.perf_counter()
        llm.eval([tok])
        steps.append(time.perf_counter() - t)
        tok = int(np.argmax(llm.scores[llm.n_tokens - 1]))
    CPU_S["llama_cpp"].append((time.process_time() - cpu) / tokens)
    return ttft, steps


__all__ = ["add_arguments", "format_text", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds (default 5)")
    parser.add_argument("--tokens", type=int, default=128, help="decode steps per round")
    parser.add_argument("--threads", type=int, default=1, help="intra-op threads (default 1)")
    parser.add_argument(
        "--labels", type=Path, default=generate_routing.LABELS, help="prompt-routing labels"
    )


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Measure; return the figures."""

    rss0 = _rss_mb()
    t = time.perf_counter()
    folder = build_model()
    gen = LocalGenerator(folder, threads=args.threads)
    load_s = time.perf_counter() - t
    pages = gen._decoder.huge_pages
    if pages is not None:
        pages.wait()  # the weights' background move onto huge pages, before timing
    prompt = gen.prompt_tokens(PROMPT)
    rss_loaded = _rss_mb()
    config = gen.config

    llm = None
    try:
        import llama_cpp

        llm = llama_cpp.Llama(
            model_path=str(ensure_gguf()),
            n_threads=args.threads,
            n_threads_batch=args.threads,
            n_ctx=1024,
            logits_all=True,
            verbose=False,
        )
    except ImportError:
        pass

    ours: dict[str, list[float]] = {"ttft": [], "step": []}
    ref: dict[str, list[float]] = {"ttft": [], "step": []}
    _ours_round(gen, prompt, 8)  # warm-up
    if llm is not None:
        _llama_round(llm, prompt, 8)
    for _ in range(args.rounds):
        ttft, steps = _ours_round(gen, prompt, args.tokens)
        ours["ttft"].append(ttft)
        ours["step"].extend(steps)
        if llm is not None:
            ttft, steps = _llama_round(llm, prompt, args.tokens)
            ref["ttft"].append(ttft)
            ref["step"].extend(steps)
    end_to_end = gen.generate(PROMPT, max_tokens=args.tokens)

    out: dict[str, Any] = {
        "model": config["source"]["package"] + "==" + config["source"]["version"],
        "threads": args.threads,
        "prompt_tokens": len(prompt),
        "decode_steps_per_round": args.tokens,
        "rounds": args.rounds,
        "load_average_1m": os.getloadavg()[0],
        "cpus": os.cpu_count(),
        "ours": {
            "decode_tok_s_median": 1.0 / statistics.median(ours["step"]),
            "decode_tok_per_cpu_s_median": 1.0 / statistics.median(CPU_S["ours"]),
            "ttft_ms_median": 1e3 * statistics.median(ours["ttft"]),
            "load_s": load_s,
            "rss_mb_loaded": rss_loaded - rss0,
            "huge_pages_mb": pages.bytes_done / 2**20 if pages is not None else 0.0,
            "generate_tok_s": end_to_end.decode_tokens_per_s,
            "generate_ttft_ms": 1e3 * end_to_end.ttft_s,
            "perplexity_build_gate": config.get("perplexity"),
        },
        "peak_rss_mb_process": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "target_decode_tok_s": 170,
    }
    if llm is not None:
        tokens = gen.tokenizer.encode(heldout_text(), special=False)[:384]
        llm.reset()
        llm.eval(tokens)
        ppl_llama = perplexity(np.asarray(llm.scores[: len(tokens)], dtype=np.float32), tokens)
        gen._decoder.reset(len(tokens))
        ppl_ours = perplexity(gen._decoder.forward(tokens, keep=len(tokens)), tokens)
        out["llama_cpp"] = {
            "decode_tok_s_median": 1.0 / statistics.median(ref["step"]),
            "decode_tok_per_cpu_s_median": 1.0 / statistics.median(CPU_S["llama_cpp"]),
            "ttft_ms_median": 1e3 * statistics.median(ref["ttft"]),
            "perplexity": ppl_llama,
        }
        out["ours"]["perplexity"] = ppl_ours
        out["ratio_decode_ours_over_llama_cpp"] = (
            out["ours"]["decode_tok_s_median"] / out["llama_cpp"]["decode_tok_s_median"]
        )
        out["ratio_perplexity_ours_over_llama_cpp"] = ppl_ours / ppl_llama
    if args.labels.exists():
        out["routing"] = generate_routing.routing_figures(
            generate_routing.load_rows(args.labels),
            count_tokens=lambda text: len(gen.prompt_tokens([{"role": "user", "content": text}])),
        )
    return out


def format_text(result: dict[str, Any]) -> str:
    """A few lines for people."""
    ours = result["ours"]
    lines = [
        f"{result['model']}, {result['threads']} thread(s), load average {result['load_average_1m']:.1f}"
        f" on {result['cpus']} CPUs",
        f"ours:      decode {ours['decode_tok_s_median']:.1f} tok/s "
        f"({ours['decode_tok_per_cpu_s_median']:.1f} per CPU-s), TTFT {ours['ttft_ms_median']:.0f} ms"
        f" ({result['prompt_tokens']} prompt tokens), RSS +{ours['rss_mb_loaded']:.0f} MB",
    ]
    ref = result.get("llama_cpp")
    if ref:
        lines.append(
            f"llama.cpp: decode {ref['decode_tok_s_median']:.1f} tok/s "
            f"({ref['decode_tok_per_cpu_s_median']:.1f} per CPU-s), TTFT {ref['ttft_ms_median']:.0f} ms"
        )
        lines.append(
            f"ratios ours/llama.cpp: decode {result['ratio_decode_ours_over_llama_cpp']:.2f}, "
            f"perplexity {result['ratio_perplexity_ours_over_llama_cpp']:.4f}"
        )
    if "routing" in result:
        lines.extend(generate_routing.format_routing(result["routing"]))
    return "\n".join(lines)
