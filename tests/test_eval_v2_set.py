"""The second held-out privacy set (benchmarks/privacy_data/eval_v2.jsonl) and its generator.

Checks labels only: schema, offsets, overlaps, valid values, determinism, and that the file
on disk is what the generator makes. It never imports the detectors (the set stays blind).
"""

from __future__ import annotations

import ast
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "benchmarks" / "privacy_data"
GEN = DATA / "eval_v2_gen.py"
SET = DATA / "eval_v2.jsonl"
SCHEMA_KINDS = {
    "person", "address", "dob", "email", "phone", "card", "iban", "ssn", "national_id",
    "ipv4", "ipv6", "gps", "mac", "secret",
}  # fmt: skip
NON_LATIN = {"ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_EG", "hi_IN", "el_GR"}

pytest.importorskip("stdnum", reason="the generator needs python-stdnum (dev extra)")
pytest.importorskip("phonenumbers", reason="the generator needs phonenumbers (dev extra)")


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_v2_gen", GEN)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_v2_gen"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def records() -> list[dict[str, object]]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]


def test_the_file_is_what_the_generator_makes_on_a_sample(gen: ModuleType, tmp_path: Path) -> None:
    # The same seed makes the same set; the first 160 lines of the full set are a prefix
    # of it (records are drawn one after another from one generator).
    sample = gen.generate(160)
    assert gen.dumps(sample) == gen.dumps(gen.generate(160))
    head = "".join(SET.read_text(encoding="utf-8").splitlines(keepends=True)[:160])
    assert gen.dumps(sample) == head
    out = tmp_path / "sample.jsonl"
    assert gen.main(["--n", "160", "--out", str(out)]) == 0
    assert gen.main(["--n", "160", "--out", str(out), "--check"]) == 0
    first = json.loads(head.splitlines()[0])
    first["text"] += " (edited)"
    out.write_text(
        json.dumps(first, ensure_ascii=False) + "\n" + "".join(head.splitlines(keepends=True)[1:]),
        encoding="utf-8",
    )
    assert gen.main(["--n", "160", "--out", str(out), "--check"]) == 1
    out.unlink()
    assert gen.main(["--n", "160", "--out", str(out), "--check"]) == 1


def test_the_committed_file_is_exactly_what_the_generator_makes(gen: ModuleType) -> None:
    assert gen.main(["--check"]) == 0


def test_check_refuses_a_broken_span(gen: ModuleType) -> None:
    rec = {
        "text": "call 0176 1234567",
        "locale": "de_DE",
        "style": "chat",
        "spans": [["phone", 5, 17]],
    }
    gen.check_record(rec)
    with pytest.raises(gen.V.SetError, match="bad offsets"):
        gen.check_record({**rec, "spans": [["phone", 5, 40]]})
    with pytest.raises(gen.V.SetError, match="overlapping"):
        gen.check_record({**rec, "spans": [["phone", 5, 17], ["person", 10, 12]]})
    with pytest.raises(gen.V.SetError, match="touch"):
        gen.check_record({**rec, "spans": [["person", 0, 4], ["phone", 4, 17]]})
    with pytest.raises(gen.V.SetError, match="unknown kind"):
        gen.check_record({**rec, "spans": [["telephone", 5, 17]]})
    with pytest.raises(gen.V.SetError, match="!= inserted"):
        gen.check_record(rec, ["0176 7654321"])
    with pytest.raises(gen.V.SetError, match="invalid card"):
        gen.check_values(
            {
                "text": "4111 1111 1111 1112",
                "locale": "en_US",
                "style": "chat",
                "spans": [["card", 0, 19]],
            }
        )
    with pytest.raises(gen.V.SetError, match="invalid iban"):
        gen.check_values(
            {
                "text": "DE00 1001 0010 0000 0000 00",
                "locale": "de_DE",
                "style": "chat",
                "spans": [["iban", 0, 27]],
            }
        )


def test_every_record_keeps_the_schema(gen: ModuleType, records: list[dict[str, object]]) -> None:
    assert 1900 <= len(records) <= 2100
    for rec in records:
        assert set(rec) == {"text", "locale", "style", "spans"}
        gen.check_record(rec)
        for kind, start, end in rec["spans"]:  # type: ignore[attr-defined]
            assert kind in SCHEMA_KINDS
            assert 0 <= start < end <= len(rec["text"])  # type: ignore[arg-type]


def test_structured_values_are_valid(gen: ModuleType, records: list[dict[str, object]]) -> None:
    for rec in records[::7]:
        gen.check_values(rec)


def test_coverage(records: list[dict[str, object]]) -> None:
    locales = Counter(r["locale"] for r in records)
    styles = Counter(r["style"] for r in records)
    kinds = Counter(s[0] for r in records for s in r["spans"])  # type: ignore[attr-defined]
    assert len(locales) >= 12 and set(locales) >= NON_LATIN
    assert len(styles) >= 9
    assert set(kinds) == SCHEMA_KINDS and min(kinds.values()) >= 20
    without = sum(1 for r in records if not r["spans"])
    assert 0.05 * len(records) <= without <= 0.2 * len(records)
    texts = [str(r["text"]) for r in records]
    # Values written against CJK text without spaces, obfuscated e-mails, lowercase IBANs.
    assert any(
        r["locale"] in ("ja_JP", "zh_CN") and r["spans"] and _no_space_around(r) for r in records
    )
    assert any(
        s[0] == "email" and "@" not in str(r["text"])[s[1] : s[2]]
        for r in records
        for s in r["spans"]
    )  # type: ignore[attr-defined]
    assert any(
        s[0] == "iban" and str(r["text"])[s[1] : s[2]].islower()
        for r in records
        for s in r["spans"]
    )  # type: ignore[attr-defined]
    assert any("パスワード" in t for t in texts) and any("пароль" in t for t in texts)


def _no_space_around(rec: dict[str, object]) -> bool:
    text = str(rec["text"])
    return any(
        s[1] > 0 and s[2] < len(text) and not text[s[1] - 1].isspace() and not text[s[2]].isspace()
        for s in rec["spans"]  # type: ignore[attr-defined]
    )


def test_the_generator_is_blind() -> None:
    # Neither the generator nor this test may import the detectors or their training data.
    for path in [GEN, DATA / "eval_v2_values.py", DATA / "eval_v2_lang.py", Path(__file__)]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                assert not name.startswith(("hybridsdk", "faker", "pii_textgen")), (path, name)
