"""ONNX vs llama.cpp backend: decode tok/s and TTFT through the same LocalGenerator API.

Both backends run the pinned SmolLM2-135M-Instruct Q4_1 GGUF (the ONNX one after export),
the same chat prompt, greedy, the same thread count, through `LocalGenerator.generate`, so
the figures are what a caller gets (sampling, stop checks and detokenising included) and
any change to the generator or the ONNX decoder shows up here unchanged. Rounds alternate
the order (ABBA) so both see the same machine load; medians and ratios are reported, per
wall second and per CPU second (on a shared machine wall time includes waiting for a core).

    hybridsdk bench generate_backends [--json] [--rounds 7] [--tokens 128] [--threads 1]

Without llama-cpp-python (`pip install "hybridsdk[llamacpp]"`) it reports the ONNX side
and says why llama.cpp is missing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from typing import Any

from hybridsdk.generate import LocalGenerator

__all__ = ["PROMPT", "add_arguments", "format_text", "run"]

PROMPT = [{"role": "user", "content": "Write a short story about a lighthouse keeper and a storm."}]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rounds", type=int, default=7, help="rounds per backend (default 7)")
    parser.add_argument("--tokens", type=int, default=128, help="max_tokens per round")
    parser.add_argument("--threads", type=int, default=1, help="threads per backend (default 1)")


def _round(gen: LocalGenerator, tokens: int, into: dict[str, list[float]]) -> str:
    cpu = time.process_time()
    result = gen.generate(PROMPT, max_tokens=tokens)
    cpu_s = time.process_time() - cpu
    decode_s = result.total_s - result.ttft_s
    into["ttft_s"].append(result.ttft_s)
    into["decode_tok_s"].append(result.decode_tokens_per_s)
    into["tokens"].append(result.completion_tokens)
    # CPU seconds of the decode part, assuming the prompt's share of CPU equals its share of
    # wall time (the two phases run on the same thread).
    if result.completion_tokens > 1 and result.total_s > 0:
        decode_cpu = cpu_s * decode_s / result.total_s
        into["decode_tok_per_cpu_s"].append((result.completion_tokens - 1) / decode_cpu)
    return result.text


def _summary(samples: dict[str, list[float]]) -> dict[str, float]:
    return {
        "decode_tok_s_median": statistics.median(samples["decode_tok_s"]),
        "decode_tok_per_cpu_s_median": statistics.median(samples["decode_tok_per_cpu_s"]),
        "ttft_ms_median": 1e3 * statistics.median(samples["ttft_s"]),
        "completion_tokens_median": statistics.median(samples["tokens"]),
    }


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):  # noqa: B905 - different lengths are the point
        if x != y:
            break
        n += 1
    return n


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Measure both backends side by side; return the figures."""
    onnx = LocalGenerator.from_pinned(threads=args.threads)
    out: dict[str, Any] = {
        "model": onnx.config["source"]["package"] + "==" + onnx.config["source"]["version"],
        "threads": args.threads,
        "prompt_tokens": len(onnx.prompt_tokens(PROMPT)),
        "max_tokens": args.tokens,
        "rounds": args.rounds,
        "cpus": os.cpu_count(),
    }
    try:
        llama: LocalGenerator | None = LocalGenerator.from_pinned(
            threads=args.threads, backend="llamacpp"
        )
    except ImportError as exc:  # MissingDependencyError is an ImportError
        llama, out["llama_cpp_missing"] = None, str(exc)
    keys = ("ttft_s", "decode_tok_s", "decode_tok_per_cpu_s", "tokens")
    ours: dict[str, list[float]] = {k: [] for k in keys}
    ref: dict[str, list[float]] = {k: [] for k in keys}
    warm: dict[str, list[float]] = {k: [] for k in keys}
    _round(onnx, 8, warm)
    if llama is not None:
        _round(llama, 8, warm)
    load0 = os.getloadavg()[0]
    texts: dict[str, str] = {}
    for i in range(args.rounds):
        order = [("onnx", onnx, ours), ("llama_cpp", llama, ref)]
        if i % 2:
            order.reverse()
        for name, gen, into in order:
            if gen is not None:
                texts[name] = _round(gen, args.tokens, into)
    out["load_average_1m"] = (load0 + os.getloadavg()[0]) / 2
    out["onnx"] = _summary(ours)
    if llama is not None:
        out["llama_cpp"] = _summary(ref)
        out["llama_cpp"]["version"] = llama.config["llama_cpp_version"]
        out["ratio_decode_onnx_over_llama_cpp"] = (
            out["onnx"]["decode_tok_s_median"] / out["llama_cpp"]["decode_tok_s_median"]
        )
        out["ratio_decode_per_cpu_s_onnx_over_llama_cpp"] = (
            out["onnx"]["decode_tok_per_cpu_s_median"]
            / out["llama_cpp"]["decode_tok_per_cpu_s_median"]
        )
        out["ratio_ttft_onnx_over_llama_cpp"] = (
            out["onnx"]["ttft_ms_median"] / out["llama_cpp"]["ttft_ms_median"]
        )
        out["same_greedy_text"] = texts["onnx"] == texts["llama_cpp"]
        out["common_prefix_chars"] = _common_prefix(texts["onnx"], texts["llama_cpp"])
        llama.close()  # type: ignore[attr-defined]
    return out


def format_text(result: dict[str, Any]) -> str:
    """A few lines for people."""
    o = result["onnx"]
    lines = [
        f"{result['model']}, {result['threads']} thread(s), {result['rounds']} alternating rounds "
        f"of max_tokens={result['max_tokens']}, {result['prompt_tokens']} prompt tokens, "
        f"load average {result['load_average_1m']:.1f} on {result['cpus']} CPUs",
        f"onnx:      decode {o['decode_tok_s_median']:.1f} tok/s "
        f"({o['decode_tok_per_cpu_s_median']:.1f} per CPU-s), TTFT {o['ttft_ms_median']:.1f} ms",
    ]
    ref = result.get("llama_cpp")
    if ref is None:
        lines.append(f"llama.cpp: not measured: {result.get('llama_cpp_missing')}")
        return "\n".join(lines)
    lines += [
        f"llama.cpp: decode {ref['decode_tok_s_median']:.1f} tok/s "
        f"({ref['decode_tok_per_cpu_s_median']:.1f} per CPU-s), TTFT {ref['ttft_ms_median']:.1f} ms"
        f" (llama-cpp-python {ref['version']})",
        f"ratios onnx/llama.cpp (medians): decode {result['ratio_decode_onnx_over_llama_cpp']:.2f}"
        f" (per CPU-s {result['ratio_decode_per_cpu_s_onnx_over_llama_cpp']:.2f}), "
        f"TTFT {result['ratio_ttft_onnx_over_llama_cpp']:.2f}",
        "greedy texts "
        + (
            "identical"
            if result["same_greedy_text"]
            else f"share their first {result['common_prefix_chars']} characters"
        ),
    ]
    return "\n".join(lines)
