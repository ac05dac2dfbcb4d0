"""The name/address/date-of-birth tagger: real ONNX Runtime session on the shipped model.

Texts here are written by hand, not drawn from the generator the tagger was trained on.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from hybridsdk._exceptions import ConfigurationError, MissingDependencyError
from hybridsdk.routing._detectors import PiiKind, PiiScanner, default_detectors
from hybridsdk.routing._ner import MODEL_PATH, MODEL_SHA256, NerDetector
from hybridsdk.routing._ner_features import N_FEATURES, featurize, tokenize
from hybridsdk.routing._privacy import PrivacyAction, PrivacyPolicy

pytest.importorskip("onnxruntime")

TAGGER = NerDetector()


def tagged(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.value(text)) for f in TAGGER(text)]


def test_shipped_model_matches_its_pinned_hash() -> None:
    assert hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest() == MODEL_SHA256


def test_a_tampered_model_is_refused(tmp_path: Path) -> None:
    data = bytearray(MODEL_PATH.read_bytes())
    data[-10] ^= 0xFF
    bad = tmp_path / "pii-ner.onnx"
    bad.write_bytes(bytes(data))
    with pytest.raises(ConfigurationError, match="sha256"):
        NerDetector(model_path=bad, sha256=MODEL_SHA256)
    with pytest.raises(ConfigurationError, match="no tagger model"):
        NerDetector(model_path=tmp_path / "missing.onnx")


def test_missing_onnxruntime_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    with pytest.raises(MissingDependencyError, match="onnx"):
        NerDetector()


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("My name is Margaret Thornton.", "person", "Margaret Thornton"),
        pytest.param(
            "Booked under Jean-Pierre Lefèvre, thanks",
            "person",
            "Jean-Pierre Lefèvre",
            marks=pytest.mark.xfail(strict=True, reason="a phrasing the linear tagger misses"),
        ),
        ("Patient Sofia Bianchi checked in.", "person", "Sofia Bianchi"),
        ("Please deliver to 221 Baker Street, London NW1 6XE.", "address", None),
        ("Ich wohne in der Hauptstraße 12, 10115 Berlin.", "address", None),
        ("Date of birth: 14/03/1987.", "dob", "14/03/1987"),
        pytest.param(
            "Geburtsdatum: 02.11.1975",
            "dob",
            "02.11.1975",
            marks=pytest.mark.xfail(strict=True, reason="a phrasing the linear tagger misses"),
        ),
    ],
)
def test_finds_names_addresses_and_birth_dates(text: str, kind: str, value: str | None) -> None:
    found = tagged(text)
    # The value must lie inside a span of its kind ("Patient Sofia Bianchi" covers it).
    assert any(k == kind and (value is None or value in v) for k, v in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The kiosk restarted twice during the night.",
        "Invoice due 12/31/2024, total 120.50 EUR.",
        "Version 2.4.17 shipped on Monday.",
        "the the the invoice invoice , , ,",
        "<PERSON_1> lives at <ADDRESS_1>",
        "invoice from Thursday , invoice",
        "from Thursday Thursday",
        "the the the , , invoice the , invoice",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert tagged(text) == []


def test_features_are_stable_and_padded() -> None:
    text = "Anna Müller, 東京都"
    spans = tokenize(text)
    assert [text[a:b] for a, b in spans] == ["Anna", "Müller", ",", "東", "京", "都"]
    f1, f2 = featurize(text, spans), featurize(text, spans)
    assert (f1 == f2).all() and f1.max() == N_FEATURES and f1.min() >= 0
    assert featurize("", []).shape[0] == 0


def test_regex_only_mode_has_no_tagger() -> None:
    kinds = {getattr(d, "kind", None) for d in default_detectors(ner=False)}
    assert not any(isinstance(d, NerDetector) for d in default_detectors(ner=False))
    assert PiiKind.PERSON not in kinds
    assert any(isinstance(d, NerDetector) for d in default_detectors(ner=True))


def test_names_do_not_reach_the_cloud() -> None:
    policy = PrivacyPolicy(scanner=PiiScanner(ner=True), confidential_action=PrivacyAction.REDACT)
    text = "My name is Margaret Thornton, call me on +44 20 7946 0018."
    payload = policy.prepare_for_cloud(text, "internal")
    assert "Margaret" not in payload.text_to_send and "7946" not in payload.text_to_send
    assert payload.record.scrubbed == {"person": 1, "phone": 1}
