"""Privacy detection on the held-out labelled set (benchmarks/privacy_data/eval.jsonl).

The set is made by `benchmarks/privacy_data/pii_textgen.py` (split "eval": its own seed,
phrasings, frames and hard negatives, and ten locales never used for tuning). Figures per
scanner mode, per kind and per locale:

- exact span precision/recall (kind, start and end equal) and overlap recall;
- leaked: labelled values still present verbatim in what `prepare_for_cloud` sends under
  label "confidential" (every kind raising to confidential, pseudonymised), outside its
  placeholders, more often than the text holds them outside their labelled mentions (a
  one-character name "周" is not leaked by the "周" of "两周后", "in two weeks"; the
  surname "HO" not by the "<PHONE_3>" that masks a phone);
- texts/s, and the p50/p95 added latency per 100 characters of text (scan time of each
  text scaled to 100 characters, one thread).
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hybridsdk._exceptions import ConfigurationError, PrivacyViolationError
from hybridsdk.routing._detectors import PiiKind, PiiScanner
from hybridsdk.routing._privacy import PrivacyAction, PrivacyPolicy

__all__ = ["DEFAULT_EVAL_FILE", "TARGETS", "evaluate_modes", "load_eval_set"]

DEFAULT_EVAL_FILE = Path(__file__).resolve().parent / "privacy_data" / "eval.jsonl"
STRUCTURED = (
    "email", "phone", "card", "iban", "ssn", "ipv4", "ipv6", "gps", "mac", "secret",
    "national_id",
)  # fmt: skip
FREE_FORM = ("person", "address", "dob")
TARGETS = {
    "structured_recall": 0.97,
    "structured_precision": 0.95,
    "person_address_recall": 0.90,
    "p50_ms_per_100_chars": 2.0,
    "leaked_detected_values": 0,
}


def load_eval_set(path: str | Path | None = None) -> list[dict[str, Any]]:
    """The labelled texts, one dict per line ({"text", "locale", "style", "spans"}).

    Args:
        path: the JSONL file (default: benchmarks/privacy_data/eval.jsonl of a checkout).
    """
    p = Path(path) if path is not None else DEFAULT_EVAL_FILE
    if not p.is_file():
        raise ConfigurationError(
            f"no privacy eval set at {p}; run from a source checkout or pass --eval-file "
            "(python benchmarks/privacy_data/pii_textgen.py writes it)"
        )
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line]


def _prf(c: Counter[str]) -> dict[str, float | int]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    return {
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def _score(scanner: PiiScanner, data: Sequence[dict[str, Any]], hint: bool) -> dict[str, Any]:
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    per_locale: dict[str, Counter[str]] = defaultdict(Counter)
    overlap: dict[str, Counter[str]] = defaultdict(Counter)
    per_100: list[float] = []
    total = 0.0
    for item in data:
        text, locale = item["text"], item["locale"]
        truth = {(k, a, b) for k, a, b in item["spans"]}
        t0 = time.perf_counter()
        found_list = scanner.scan(text, locale=locale if hint else None)
        dt = time.perf_counter() - t0
        total += dt
        per_100.append(dt * 1000 * 100 / max(len(text), 1))
        found = {(f.kind.value, f.start, f.end) for f in found_list}
        for kind, a, b in found:
            hit = (kind, a, b) in truth
            per_kind[kind]["tp" if hit else "fp"] += 1
            per_locale[locale]["tp" if hit else "fp"] += 1
        for kind, a, b in truth:
            if (kind, a, b) not in found:
                per_kind[kind]["fn"] += 1
                per_locale[locale]["fn"] += 1
            near = any(k == kind and s < b and a < e for k, s, e in found)
            overlap[kind]["tp" if near else "fn"] += 1
    q = statistics.quantiles(per_100, n=20)
    return {
        "per_kind": {
            k: {**_prf(c), "overlap_recall": _prf(overlap[k])["recall"]}
            for k, c in sorted(per_kind.items())
        },
        "per_locale": {k: _prf(c) for k, c in sorted(per_locale.items())},
        "texts_per_s": round(len(data) / total, 1),
        "p50_ms_per_100_chars": round(statistics.median(per_100), 3),
        "p95_ms_per_100_chars": round(q[18], 3),
    }


def _leaks(scanner: PiiScanner, data: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Labelled values that reach the cloud verbatim, split by whether they were found."""
    policy = PrivacyPolicy(
        scanner=scanner,
        label_raises={k: "confidential" for k in PiiKind},
        confidential_action=PrivacyAction.PSEUDONYMISE,
    )
    leaked: Counter[str] = Counter()
    leaked_detected = 0
    kept_local = 0
    for item in data:
        text = item["text"]
        try:
            payload = policy.prepare_for_cloud(text, "confidential", locale=item["locale"])
        except PrivacyViolationError:
            kept_local += 1
            continue
        found = {(f.kind.value, f.start, f.end) for f in payload.assessment.findings}
        for kind, a, b in item["spans"]:
            if _reaches(text, item["spans"], text[a:b], payload.text_to_send):
                leaked[kind] += 1
                if any(s < b and a < e for _, s, e in found):
                    leaked_detected += 1
    return {
        "leaked_values_per_kind": dict(sorted(leaked.items())),
        "leaked_values": sum(leaked.values()),
        "leaked_detected_values": leaked_detected,
        "texts_kept_local": kept_local,
    }


# The policy's placeholders ("<PHONE_3>", "<NATIONAL_ID_1>"): letters the masking wrote,
# not the text's. Blanked (same length) before counting, in the text too (a text may hold
# such tokens of its own).
_PLACEHOLDER_RE = re.compile(r"<[A-Z][A-Z0-9_]*_\d+>")


def _blank_placeholders(s: str) -> str:
    return _PLACEHOLDER_RE.sub(lambda m: "\0" * len(m.group(0)), s)


def _reaches(text: str, spans: Sequence[Sequence[Any]], value: str, sent: str) -> bool:
    """Whether a labelled value reaches the cloud: it occurs in what is sent, outside the
    policy's placeholders, more often than in the text outside its labelled mentions ("周"
    the name masked, "两周后" kept; the surname "HO" masked, "<PHONE_3>" sent). Any
    occurrence counts, glued or not: Korean particles ("서석범라고") and Hebrew prefixes
    ("מרחוב ביאליק") attach to the value they follow or precede."""
    sent = _blank_placeholders(sent)
    if value not in sent:
        return False
    mentions = sum(1 for _, a, b in spans if text[a:b] == value)
    return sent.count(value) > _blank_placeholders(text).count(value) - mentions


def _summary(fig: dict[str, Any]) -> dict[str, Any]:
    kinds = fig["per_kind"]
    s = [kinds[k] for k in STRUCTURED if k in kinds]
    return {
        "structured_min_recall": min((k["recall"] for k in s), default=None),
        "structured_min_precision": min((k["precision"] for k in s), default=None),
        "person_recall": kinds.get("person", {}).get("recall", 0.0),
        "address_recall": kinds.get("address", {}).get("recall", 0.0),
        "dob_recall": kinds.get("dob", {}).get("recall", 0.0),
    }


def evaluate_modes(data: Sequence[dict[str, Any]], *, with_tagger: bool) -> dict[str, Any]:
    """Figures for each scanner mode on the labelled set.

    Args:
        data: the labelled texts.
        with_tagger: include the modes that use the ONNX name/address tagger.
    """
    modes: list[tuple[str, PiiScanner, bool]] = []
    if with_tagger:
        full = PiiScanner(use_phonenumbers=True, ner=True)
        modes.append(("full_with_locale_hint", full, True))
        modes.append(("full_no_hint", full, False))
    modes.append(("regex_only", PiiScanner(use_phonenumbers=True, ner=False), True))
    modes.append(
        ("regex_only_no_phonenumbers", PiiScanner(use_phonenumbers=False, ner=False), True)
    )
    out: dict[str, Any] = {}
    for name, scanner, hint in modes:
        scanner.scan("warm up the caches: Anna Smith, 030 12345678", locale="de_DE")
        fig = _score(scanner, data, hint)
        fig["summary"] = _summary(fig)
        if hint:
            fig["cloud"] = _leaks(scanner, data)
        out[name] = fig
    return out
