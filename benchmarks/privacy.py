"""Privacy detectors: precision and recall per kind on a synthetic labelled set, and throughput.

Runs the scanner with `phonenumbers` and with the regex phone fallback side by side, on the
same seeded set (`hybridsdk.testing._pii_text`). A finding matches a labelled span when
kind, start and end are equal (exact); `overlap` also counts same-kind spans that overlap.
Throughput is texts per second, the median of several timed passes over the whole set.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.routing._detectors import PiiScanner, phonenumbers_available
from hybridsdk.routing._privacy import PrivacyAction, PrivacyPolicy
from hybridsdk.testing._pii_text import KINDS, LabelledText, generate

__all__ = ["add_arguments", "evaluate", "format_text", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Adds this benchmark's options.

    Args:
        parser: the `bench privacy` sub-parser.
    """
    parser.add_argument("--n", type=int, default=800, help="texts in the set (default 800)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the set (default 0)")
    parser.add_argument("--repeats", type=int, default=5, help="timed passes (default 5)")
    parser.add_argument(
        "--eval-file",
        default=None,
        help=(
            "held-out labelled set (default: benchmarks/privacy_data/eval.jsonl of the checkout; "
            "the second, blind set is benchmarks/privacy_data/eval_v2.jsonl)"
        ),
    )
    parser.add_argument(
        "--no-eval-set", action="store_true", help="only the small synthetic set (no eval.jsonl)"
    )


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def evaluate(scanner: PiiScanner, data: Sequence[LabelledText]) -> dict[str, Any]:
    """Span-level precision and recall per kind and overall.

    Args:
        scanner: the scanner under test.
        data: labelled texts.
    """
    exact: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    loose: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    for item in data:
        truth = {(s.kind, s.start, s.end) for s in item.spans}
        # This set labels only the structured kinds: names and addresses are not scored.
        found = {(f.kind.value, f.start, f.end) for f in scanner.scan(item.text) if f.kind in KINDS}
        for kind, start, end in found:
            exact[kind]["tp" if (kind, start, end) in truth else "fp"] += 1
            hit = any(k == kind and s < end and start < e for k, s, e in truth)
            loose[kind]["tp" if hit else "fp"] += 1
        for kind, start, end in truth:
            if (kind, start, end) not in found:
                exact[kind]["fn"] += 1
            if not any(k == kind and s < end and start < e for k, s, e in found):
                loose[kind]["fn"] += 1
    per_kind = {k: _prf(c["tp"], c["fp"], c["fn"]) for k, c in exact.items()}
    total = sum(exact.values(), Counter())
    loose_total = sum(loose.values(), Counter())
    return {
        "per_kind": per_kind,
        "overall": _prf(total["tp"], total["fp"], total["fn"]),
        "overall_overlap": _prf(loose_total["tp"], loose_total["fp"], loose_total["fn"]),
    }


def _throughput(fn: Any, texts: Sequence[str], repeats: int) -> float:
    rates = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for text in texts:
            fn(text)
        rates.append(len(texts) / (time.perf_counter() - t0))
    return round(statistics.median(rates), 1)


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Runs the benchmark and returns its figures.

    Args:
        args: parsed options (`n`, `seed`, `repeats`).
    """
    if args.n < 1 or args.repeats < 1:
        raise ConfigurationError("--n and --repeats must be >= 1")
    data = generate(args.n, seed=args.seed)
    texts = [d.text for d in data]
    n_spans = Counter(s.kind for d in data for s in d.spans)
    result: dict[str, Any] = {
        "dataset": {
            "texts": len(data),
            "seed": args.seed,
            "spans": sum(n_spans.values()),
            "spans_per_kind": dict(sorted(n_spans.items())),
            "texts_without_pii": sum(1 for d in data if not d.spans),
        },
        "repeats": args.repeats,
        "scanners": {},
    }
    variants = [("regex_phone", False)]
    if phonenumbers_available():
        variants.insert(0, ("phonenumbers", True))
    for name, use_pn in variants:
        scanner = PiiScanner(use_phonenumbers=use_pn, ner=False)
        figures = evaluate(scanner, data)
        figures["scan_texts_per_s"] = _throughput(scanner.scan, texts, args.repeats)
        policy = PrivacyPolicy(
            scanner=scanner,
            label_raises={k: "confidential" for k in KINDS},
            confidential_action=PrivacyAction.PSEUDONYMISE,
        )
        figures["prepare_for_cloud_texts_per_s"] = _throughput(
            lambda t, p=policy: p.prepare_for_cloud(t, "internal"), texts, args.repeats
        )
        result["scanners"][name] = figures
    if not args.no_eval_set:
        from ._privacy_eval import TARGETS, evaluate_modes, load_eval_set

        held_out = load_eval_set(args.eval_file)
        result["eval_set"] = {
            "texts": len(held_out),
            "spans_per_kind": dict(
                sorted(Counter(k for d in held_out for k, _, _ in d["spans"]).items())
            ),
            "locales": sorted({d["locale"] for d in held_out}),
            "targets": TARGETS,
            "modes": evaluate_modes(held_out, with_tagger=_tagger_available()),
        }
    return result


def _tagger_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("onnxruntime") is not None


def format_text(result: dict[str, Any]) -> str:
    """A readable table of the figures.

    Args:
        result: what `run` returned.
    """
    ds = result["dataset"]
    lines = [
        f"privacy bench: {ds['texts']} texts (seed {ds['seed']}), {ds['spans']} labelled spans, "
        f"{ds['texts_without_pii']} texts without PII; median of {result['repeats']} passes",
    ]
    for name, fig in result["scanners"].items():
        lines.append(
            f"\n[{name}]  scan {fig['scan_texts_per_s']:.0f} texts/s, "
            f"prepare_for_cloud {fig['prepare_for_cloud_texts_per_s']:.0f} texts/s"
        )
        lines.append(f"  {'kind':<8} {'prec':>6} {'recall':>6} {'tp':>5} {'fp':>4} {'fn':>4}")
        for kind, m in fig["per_kind"].items():
            lines.append(
                f"  {kind:<8} {m['precision']:>6.3f} {m['recall']:>6.3f} "
                f"{m['tp']:>5} {m['fp']:>4} {m['fn']:>4}"
            )
        for label in ("overall", "overall_overlap"):
            m = fig[label]
            lines.append(
                f"  {label:<8} {m['precision']:>6.3f} {m['recall']:>6.3f} "
                f"{m['tp']:>5} {m['fp']:>4} {m['fn']:>4}"
            )
    held = result.get("eval_set")
    if held:
        lines.append(f"\nheld-out set: {held['texts']} texts, {len(held['locales'])} locales")
        for mode, fig in held["modes"].items():
            cloud = fig.get("cloud", {})
            lines.append(
                f"\n[{mode}]  {fig['texts_per_s']:.0f} texts/s, p50 "
                f"{fig['p50_ms_per_100_chars']:.2f} ms per 100 chars, leaked "
                f"{cloud.get('leaked_values', '-')} (detected {cloud.get('leaked_detected_values', '-')})"
            )
            for kind, m in fig["per_kind"].items():
                lines.append(
                    f"  {kind:<12} {m['precision']:>6.3f} {m['recall']:>6.3f} "
                    f"{m['tp']:>5} {m['fp']:>4} {m['fn']:>4}"
                )
    return "\n".join(lines)
