"""The structured dev set (benchmarks/privacy_data/structured_dev.py) stays met: exact-span
recall >= 0.97 and precision >= 0.95 on every structured kind, regex-only mode with the
locale hint, and the committed JSONL is what the generator writes."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from hybridsdk.routing._detectors import PiiScanner

pytest.importorskip("stdnum")
ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location(
    "structured_dev", ROOT / "benchmarks" / "privacy_data" / "structured_dev.py"
)
assert SPEC is not None and SPEC.loader is not None
dev = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(dev)


def test_committed_file_is_what_the_generator_writes() -> None:
    lines = (ROOT / "benchmarks" / "privacy_data" / "structured_dev.jsonl").read_text("utf-8")
    committed = [json.loads(x) for x in lines.splitlines() if x]
    assert committed == dev.build()


def test_targets_met_on_the_dev_set() -> None:
    scanner = PiiScanner(ner=False, use_phonenumbers=True)
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for item in dev.build():
        text = item["text"]
        truth = {tuple(s) for s in item["spans"]}
        found = {
            (f.kind.value, f.start, f.end)
            for f in scanner.scan(text, locale=item["locale"])
            if f.kind.value not in ("phone", "secret", "person", "address", "dob")
        }
        for f in found:
            per[f[0]]["tp" if f in truth else "fp"] += 1
        for t in truth - found:
            per[t[0]]["fn"] += 1
    assert {"national_id", "iban", "gps", "email", "ipv4", "card"} <= set(per)
    for kind, c in per.items():
        recall = c["tp"] / (c["tp"] + c["fn"])
        precision = c["tp"] / (c["tp"] + c["fp"])
        assert recall >= 0.97 and precision >= 0.95, (kind, dict(c))
