"""The MiniLM sentence encoder, fp32 against int8, side by side on this machine.

    python benchmarks/text_encoder.py [--repeats 5] [--json]

Single requests (one text, one ONNX Runtime thread, as on a board) and batches of 32,
interleaving fp32 and int8 runs so both see the same machine load; medians and the
int8/fp32 ratio. The Pi-class figure is an ESTIMATE, not a measurement (no board here):
the encoder's floating-point work for the median request, counted from its shapes,
divided by an assumed sustained rate for one Cortex-A72 core (Raspberry Pi 4) running
ONNX Runtime's fp32 GEMM on small matrices (PI4_GFLOPS, printed with the result).
The texts are tests/data/intent_sample.jsonl (written for the tests, not CLINC150).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from hybridsdk.textenc._bert_config import BertConfig  # noqa: E402
from hybridsdk.textenc._encoder import SentenceEncoder, ensure_encoder_files  # noqa: E402

# Cortex-A72 @ 1.5 GHz: 2 x 128-bit NEON FMA = 12 GFLOP/s peak fp32 per core; MLAS on
# 10-40 row matrices sustains about half of that. An assumption, stated as one.
PI4_GFLOPS = 6.0


def flops(config: BertConfig, tokens: int) -> float:
    """Multiply-adds x 2 of one forward pass over `tokens` word pieces."""
    h, i = config.hidden_size, config.intermediate_size
    dense = tokens * (4 * h * h + 2 * h * i)
    attention = 2 * tokens * tokens * h
    return 2.0 * config.num_layers * (dense + attention)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sample = REPO / "tests" / "data" / "intent_sample.jsonl"
    texts = [json.loads(line)["text"] for line in sample.read_text().splitlines() if line]
    encoders = {}
    for precision in ("fp32", "int8"):
        model, tokenizer = ensure_encoder_files(precision)  # type: ignore[arg-type]
        encoders[precision] = (SentenceEncoder(model, tokenizer, intra_op_threads=1), len(model))
    single: dict[str, list[float]] = {"fp32": [], "int8": []}
    batch: dict[str, list[float]] = {"fp32": [], "int8": []}
    for encoder, _ in encoders.values():
        encoder.encode(texts[:4])  # warm up
    for _ in range(args.repeats):
        for precision, (encoder, _) in encoders.items():
            for text in texts:
                start = time.perf_counter()
                encoder.encode([text])
                single[precision].append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            encoder.encode((texts * 2)[:32])
            batch[precision].append((time.perf_counter() - start) * 1000)
    tokens = sorted(int(encoders["fp32"][0].tokenize([t])[1].sum()) for t in texts)
    median_tokens = tokens[len(tokens) // 2]
    work = flops(BertConfig(), median_tokens)
    fp32_ms = statistics.median(single["fp32"])
    result = {
        "single_ms_median": {p: round(statistics.median(v), 3) for p, v in single.items()},
        "batch32_ms_median": {p: round(statistics.median(v), 2) for p, v in batch.items()},
        "int8_over_fp32_single": round(statistics.median(single["int8"]) / fp32_ms, 3),
        "int8_over_fp32_batch32": round(
            statistics.median(batch["int8"]) / statistics.median(batch["fp32"]), 3
        ),
        "model_mb": {p: round(size / 1e6, 1) for p, (_, size) in encoders.items()},
        "median_tokens": median_tokens,
        "gflop_per_request": round(work / 1e9, 3),
        "effective_gflops_here_fp32": round(work / 1e9 / (fp32_ms / 1000), 1),
        "pi4_estimate_fp32_ms": round(work / (PI4_GFLOPS * 1e9) * 1000, 1),
        "pi4_assumption": f"one Cortex-A72 core sustaining {PI4_GFLOPS} GFLOP/s fp32 (an "
        "estimate; the int8 ratio measured here uses AVX-512 VNNI, which the A72 lacks)",
    }
    print(
        json.dumps(result, indent=2)
        if args.json
        else "\n".join(f"{k}: {v}" for k, v in result.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
