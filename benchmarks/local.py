"""Local runtimes: the bare runtime call vs LocalModel.run on every zoo model, side by side.

For each model, `raw_us` is the median single-sample latency of the runtime alone
(`session.run`, or LiteRT `set_tensor` + `invoke` + `get_tensor`), and `sdk_us` the same
input through `LocalModel.run` (validation included), measured in alternating rounds in
one process so drift hits both equally. `--startup` also times `load_model` in two fresh
processes sharing an empty graph cache: the first start builds the optimized graph, the
second loads it.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from hybridsdk._exceptions import HybridSDKError
from hybridsdk.edge._local_model import LocalModel, load_model
from hybridsdk.edge._manifest import ModelEntry
from hybridsdk.edge._registry import ModelRegistry

__all__ = ["add_arguments", "format_text", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--models-dir", help="zoo folder (default: $HYBRIDSDK_MODELS_DIR or edge_models/)"
    )
    parser.add_argument("--model", action="append", help="only this model (repeatable)")
    parser.add_argument(
        "--repeats", type=int, default=300, help="max calls per round and side (default 300)"
    )
    parser.add_argument(
        "--rounds", type=int, default=6, help="alternating raw/sdk rounds (default 6)"
    )
    parser.add_argument(
        "--budget-s",
        type=float,
        default=2.0,
        help="rough time per model; slow models get fewer calls",
    )
    parser.add_argument("--batch", type=int, default=1, help="samples per call (default 1)")
    parser.add_argument(
        "--threads", type=int, default=None, help="intra-op threads (default: physical cores)"
    )
    parser.add_argument(
        "--startup", action="store_true", help="also time first vs second start (ONNX)"
    )
    parser.add_argument(
        "--startup-runs", type=int, default=3, help="fresh-cache start pairs (default 3)"
    )


def rss_mb() -> float | None:
    """This process's resident memory in MiB: psutil if present, else /proc/self/status."""
    try:
        import psutil
    except ImportError:
        try:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024, 1)
        except OSError:
            return None
        return None
    rss: int = psutil.Process().memory_info().rss
    return round(rss / 2**20, 1)


def sample_input(entry: ModelEntry, batch: int, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    feed = {}
    for spec in entry.inputs:
        shape = [
            batch if i == 0 and d is None else (d if d is not None else 1)
            for i, d in enumerate(spec.shape)
        ]
        dtype = np.dtype(spec.dtype)
        if dtype.kind == "f":
            feed[spec.name] = rng.uniform(0, 1, size=shape).astype(dtype)
        else:
            feed[spec.name] = rng.integers(0, 2, size=shape).astype(dtype)
    return feed


def raw_call(model: LocalModel, feed: dict[str, np.ndarray]) -> Callable[[], object]:
    """The bare runtime call the SDK wraps, with names and indices resolved beforehand."""
    native = model.backend.native
    if model.runtime == "onnxruntime":
        ins = [i.name for i in native.get_inputs()]
        outs = [o.name for o in native.get_outputs()]
        raw_feed = dict(zip(ins, feed.values(), strict=True))
        return lambda: native.run(outs, raw_feed)
    in_idx = [d["index"] for d in native.get_input_details()]
    out_idx = [d["index"] for d in native.get_output_details()]
    # The raw call feeds the interpreter's own dtype (quantized models take int8 directly).
    details = native.get_input_details()
    values = [v.astype(d["dtype"]) for v, d in zip(feed.values(), details, strict=True)]
    for i, v in zip(in_idx, values, strict=True):
        native.resize_tensor_input(i, list(v.shape))
    native.allocate_tensors()
    pairs = list(zip(in_idx, values, strict=True))

    def call() -> object:
        for i, v in pairs:
            native.set_tensor(i, v)
        native.invoke()
        return [native.get_tensor(o) for o in out_idx]

    return call


def _time_calls(fn: Callable[[], object], n: int, into: list[float]) -> None:
    clock = time.perf_counter_ns
    for _ in range(n):
        t0 = clock()
        fn()
        into.append((clock() - t0) / 1000.0)


def measure(
    model: LocalModel, feed: dict[str, np.ndarray], args: argparse.Namespace
) -> dict[str, Any]:
    raw = raw_call(model, feed)

    def sdk() -> object:
        return model.run(feed)

    for fn in (raw, sdk, raw, sdk):
        fn()  # warm up caches, allocations, XNNPACK packing
    t0 = time.perf_counter()
    sdk()
    one = max(time.perf_counter() - t0, 1e-6)
    n = int(min(args.repeats, max(5, args.budget_s / (2 * args.rounds * one))))
    raw_us: list[float] = []
    sdk_us: list[float] = []
    gc_was = gc.isenabled()
    gc.disable()  # a collection inside one side's round would bias it
    try:
        for r in range(args.rounds):
            first, second = (
                ((raw, raw_us), (sdk, sdk_us)) if r % 2 == 0 else ((sdk, sdk_us), (raw, raw_us))
            )
            _time_calls(first[0], n, first[1])
            _time_calls(second[0], n, second[1])
    finally:
        if gc_was:
            gc.enable()
    raw_med = statistics.median(raw_us)
    sdk_med = statistics.median(sdk_us)
    return {
        "raw_us": round(raw_med, 2),
        "sdk_us": round(sdk_med, 2),
        "overhead_us": round(sdk_med - raw_med, 2),
        "ratio": round(sdk_med / raw_med, 3) if raw_med > 0 else None,
        "calls_per_side": n * args.rounds,
    }


def _startup(name: str, models_dir: Path, threads: int | None, runs: int) -> dict[str, Any]:
    """Median load_model time over `runs` pairs of fresh processes, each pair sharing an
    empty cache dir: the first builds the optimized graph, the second loads it."""
    code = (
        "import json, sys, time\n"
        "import onnxruntime\n"  # import cost is the same both times: keep it out of the timing
        "from hybridsdk.edge._local_model import load_model\n"
        "from hybridsdk.edge._registry import ModelRegistry\n"
        "reg = ModelRegistry(sys.argv[2])\n"
        "t = time.perf_counter()\n"
        "m = load_model(sys.argv[1], registry=reg, threads=(int(sys.argv[3]) or None))\n"
        "print(json.dumps({'ms': (time.perf_counter() - t) * 1e3, 'cache': m.graph_cache}))\n"
    )
    times: dict[str, list[float]] = {"first_start": [], "second_start": []}
    states: dict[str, set[str]] = {"first_start": set(), "second_start": set()}
    for _ in range(max(1, runs)):
        with tempfile.TemporaryDirectory(prefix="hybridsdk-bench-cache-") as cache:
            env = {**os.environ, "HYBRIDSDK_CACHE_DIR": cache}
            for label in ("first_start", "second_start"):
                proc = subprocess.run(
                    [sys.executable, "-c", code, name, str(models_dir), str(threads or 0)],
                    capture_output=True,
                    text=True,
                    env=env,
                    timeout=120,
                    check=False,
                )
                if proc.returncode != 0:
                    return {"startup_error": proc.stderr.strip().splitlines()[-1:]}
                result = json.loads(proc.stdout.strip().splitlines()[-1])
                times[label].append(result["ms"])
                states[label].add(result["cache"])
    out: dict[str, Any] = {}
    for label in times:
        out[f"{label}_ms"] = round(statistics.median(times[label]), 1)
        out[f"{label}_cache"] = "/".join(sorted(states[label]))
    return out


def run(args: argparse.Namespace) -> list[dict[str, Any]]:
    """One row per model in the zoo (each file has one runtime); rows that cannot load say why."""
    registry = ModelRegistry(args.models_dir) if args.models_dir else ModelRegistry()
    names = args.model or registry.names()
    rows: list[dict[str, Any]] = []
    for name in names:
        entry = registry.entry(name)
        row: dict[str, Any] = {
            "model": name,
            "runtime": {"onnx": "onnxruntime", "tflite": "litert"}[entry.format],
            "precision": entry.precision,
        }
        before = rss_mb()
        try:
            t0 = time.perf_counter()
            model = load_model(
                name, registry=registry, threads=args.threads, max_batch=max(args.batch, 1)
            )
            row["load_ms"] = round((time.perf_counter() - t0) * 1e3, 1)
        except HybridSDKError as exc:
            row["skipped"] = f"{type(exc).__name__}: {exc}"
            rows.append(row)
            continue
        after = rss_mb()
        row.update(
            provider=model.accelerator,
            threads=model.threads,
            graph_cache=model.graph_cache,
            rss_mb=after,
            rss_delta_mb=round(after - before, 1)
            if after is not None and before is not None
            else None,
        )
        try:
            row.update(measure(model, sample_input(entry, args.batch), args))
        except HybridSDKError as exc:
            row["skipped"] = f"{type(exc).__name__}: {exc}"
        finally:
            model.close()
        if args.startup and entry.format == "onnx":
            row.update(_startup(name, registry.models_dir, args.threads, args.startup_runs))
        rows.append(row)
    return rows


def format_text(rows: list[dict[str, Any]]) -> str:
    head = f"{'model':28} {'runtime':11} {'prec':4} {'provider':20} {'raw_us':>9} {'sdk_us':>9} {'over_us':>8} {'ratio':>6} {'rss_mb':>7}"
    lines = [head, "-" * len(head)]
    for r in rows:
        if "skipped" in r:
            lines.append(
                f"{r['model']:28} {r['runtime']:11} {r['precision']:4} skipped: {r['skipped']}"
            )
            continue
        lines.append(
            f"{r['model']:28} {r['runtime']:11} {r['precision']:4} {r['provider']:20} "
            f"{r['raw_us']:9.1f} {r['sdk_us']:9.1f} {r['overhead_us']:8.1f} {r['ratio']:6.2f} {r['rss_mb'] or 0:7.1f}"
        )
        if "first_start_ms" in r:
            lines.append(
                f"{'':28} start: first {r['first_start_ms']} ms ({r['first_start_cache']}), "
                f"second {r['second_start_ms']} ms ({r['second_start_cache']})"
            )
    return "\n".join(lines)
