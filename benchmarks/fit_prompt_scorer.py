"""Fit the shipped prompt scorer from the committed routing labels: one command.

    python -m benchmarks.fit_prompt_scorer            # writes hybridsdk/routing/models/prompt_scorer.json
    python -m benchmarks.fit_prompt_scorer --check    # exit 1 when the shipped file is stale

Reads `tests/routing/data/prompt_labels.json`, keeps the TRAIN split only (the labels'
sha256 split: eval rows never reach the fit), labels each row "the cloud is right and the
device wrong" (routing helps) and fits `PromptScorer` (L2 logistic regression, l2=1). The
default cloud share is the training rows' share of that label, rounded to 0.01; its
threshold comes from `threshold_for_cloud_share` on the training prompts' scores. Rerun it
after any change to the labels (tests/routing/test_shipped_prompt_scorer.py fails until
then).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from hybridsdk.routing._prompt_scorer import PromptScorer
from hybridsdk.routing._shipped_prompt_scorer import SHIPPED_PATH, payload_of

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "tests" / "routing" / "data" / "prompt_labels.json"
L2 = 1.0


def routing_helps(row: dict[str, Any]) -> bool:
    """The label: the cloud stand-in answered right and the device wrong."""
    return bool(row["cloud_correct"]) and not bool(row["device_correct"])


def fit_payload(labels: Path = LABELS) -> dict[str, Any]:
    """The shipped file's content, fitted from `labels` (train rows only)."""
    raw = labels.read_bytes()
    rows = json.loads(raw)["rows"]
    train = [r for r in rows if r["split"] == "train"]
    if not train or not all("cloud_correct" in r for r in train):
        raise SystemExit(f"{labels}: need train rows with cloud_correct (prompt_labels_cloud)")
    texts = [r["text"] for r in train]
    helps = [routing_helps(r) for r in train]
    # PromptScorer.fit takes "the device may keep it": the complement of the label.
    scorer = PromptScorer.fit(texts, [not h for h in helps], l2=L2)
    try:
        labels_file = str(labels.resolve().relative_to(REPO))
    except ValueError:
        labels_file = labels.name
    return payload_of(
        scorer,
        scorer.scores(texts),
        default_cloud_share=round(sum(helps) / len(helps), 2),
        labels_sha256=hashlib.sha256(raw).hexdigest(),
        labels_file=labels_file,
        l2=L2,
    )


def dumps(payload: dict[str, Any]) -> str:
    """The file's text (stable: sorted keys are not used, the order is the payload's)."""
    return json.dumps(payload, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--out", type=Path, default=SHIPPED_PATH)
    ap.add_argument("--check", action="store_true", help="only say whether --out is current")
    args = ap.parse_args(argv)
    payload = fit_payload(args.labels)
    if args.check:
        current = args.out.read_text("utf-8") if args.out.exists() else ""
        if current != dumps(payload):
            print(f"{args.out} is stale: rerun python -m benchmarks.fit_prompt_scorer")
            return 1
        print(f"{args.out} matches {args.labels}")
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(payload), "utf-8")
    print(
        f"wrote {args.out}: {payload['n_train']} train rows, default cloud share "
        f"{payload['default_cloud_share']}, threshold {payload['threshold']:.4f}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
