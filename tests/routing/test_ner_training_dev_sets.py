"""The tagger's training source from the dev sets' generators (edge_models/build/
_pii_ner_dev_sets.py): fresh texts under seeds of its own, never a committed record, only
person / address / dob spans, and the generators left as they were (their --check holds)."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("faker")

ROOT = Path(__file__).resolve().parents[2]
BUILD_DIR = ROOT / "edge_models" / "build"
DATA = ROOT / "benchmarks" / "privacy_data"


@pytest.fixture(scope="module")
def dev_sets() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BUILD_DIR))
    try:
        yield importlib.import_module("_pii_ner_dev_sets")
    finally:
        sys.path.remove(str(BUILD_DIR))


def _committed(module_name: str) -> list[dict[str, object]]:
    path = DATA / (module_name.removesuffix("_gen") + ".jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("version", ["4", "5", "6", "7", "8"])
def test_draws_are_fresh_labelled_and_deterministic(dev_sets: ModuleType, version: str) -> None:
    for name, func, size in dev_sets.GENERATORS[version]:
        committed = {str(r["text"]) for r in _committed(name)}
        draws = [dev_sets.draw(name, func, size, k) for k in range(25)]
        assert draws == [dev_sets.draw(name, func, size, k) for k in range(25)]
        assert not committed & {d["text"] for d in draws}, name
        assert any(d["spans"] for d in draws), name
        for d in draws:
            for kind, start, end in d["spans"]:
                assert kind in ("person", "address", "dob")
                assert 0 <= start < end <= len(d["text"])


def test_the_generators_still_make_their_committed_records(dev_sets: ModuleType) -> None:
    for name, func, size in dev_sets.GENERATORS["5"] + dev_sets.GENERATORS["8"]:
        dev_sets.draw(name, func, size, 3)
        module = sys.modules[name]
        out = getattr(module, func)(7)
        out = out[0] if isinstance(out, tuple) else out
        out = json.loads(out) if isinstance(out, str) else out
        assert out == _committed(name)[7], name


def test_a_second_round_reseeds_instead_of_repeating(dev_sets: ModuleType) -> None:
    name, func, size = dev_sets.GENERATORS["6"][0]
    first, again = dev_sets.draw(name, func, size, 0), dev_sets.draw(name, func, size, size)
    assert first["locale"] == again["locale"] and first["text"] != again["text"]


def test_shares_and_zero(dev_sets: ModuleType) -> None:
    assert dev_sets.dev_set_texts(0, ["3", "4"]) == []
    texts = dev_sets.dev_set_texts(10, ["6", "7"])
    assert len(texts) == 10
    locales = {t["locale"] for t in texts}
    assert len(locales) >= 5  # shuffled indices: not the first locale block of each set


def test_a_missing_package_stops_the_build_instead_of_skipping(
    dev_sets: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_stdnum(*_: object) -> None:
        raise ModuleNotFoundError("No module named 'stdnum'", name="stdnum")

    monkeypatch.setattr(dev_sets, "draw", no_stdnum)
    with pytest.raises(SystemExit, match="stdnum"):
        dev_sets.dev_set_texts(4, ["4"])
