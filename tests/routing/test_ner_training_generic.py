"""The tagger's session-10 training data (edge_models/build/_pii_ner_generic.py,
_pii_ner_given_names.py): random schemas in eleven container formats whose spans sit on
their values only, hard negatives in the same slots never labelled, and gender-guesser's
given names as a third name source that keeps each name in one script."""

from __future__ import annotations

import csv
import importlib
import io
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("faker")
pytest.importorskip("mimesis")

BUILD_DIR = Path(__file__).resolve().parents[2] / "edge_models" / "build"
LOCALES = ("de_DE", "pt_BR", "ru_RU", "ja_JP", "en_NG", "sw", "ka_GE", "is_IS", "ar_SA")


@pytest.fixture(scope="module")
def build() -> Iterator[dict[str, ModuleType]]:
    sys.path.insert(0, str(BUILD_DIR))
    try:
        yield {
            name: importlib.import_module(name) for name in ("_pii_ner_generic", "_pii_ner_data")
        }
    finally:
        sys.path.remove(str(BUILD_DIR))


@pytest.fixture(scope="module")
def texts(build: dict[str, ModuleType]) -> list[dict[str, Any]]:
    gen = build["_pii_ner_generic"]
    with build["_pii_ner_data"].frozen_faker_clock():
        return gen.generic_texts(500, 31, LOCALES, gen._faker_source)


def _spans(t: dict[str, Any], kind: str | None = None) -> list[str]:
    return [t["text"][a:b] for k, a, b in t["spans"] if kind is None or k == kind]


def test_every_container_is_written(texts: list[dict[str, Any]]) -> None:
    styles = {t["style"] for t in texts}
    assert styles == {
        f"generic-{n}"
        for n in (
            "kv",
            "inline",
            "csv",
            "table",
            "sql",
            "json",
            "yaml",
            "xml",
            "mail",
            "letter",
            "form",
        )
    }
    assert len(texts) >= 480


def test_spans_sit_on_their_values(texts: list[dict[str, Any]]) -> None:
    # most documents hold personal data; a few only a company or team in the name slot
    assert sum(bool(t["spans"]) for t in texts) >= 0.9 * len(texts)
    for t in texts:
        last_end = 0
        for kind, a, b in sorted(t["spans"], key=lambda s: s[1]):
            value = t["text"][a:b]
            assert kind in ("person", "address", "dob")
            assert value and value == value.strip(), (t["style"], value)
            assert "\n" not in value and '"' not in value, (t["style"], value)
            assert a >= last_end, t
            last_end = b


def test_the_same_seed_writes_the_same_texts(build: dict[str, ModuleType]) -> None:
    gen = build["_pii_ner_generic"]
    with build["_pii_ner_data"].frozen_faker_clock():
        a = gen.generic_texts(40, 5, LOCALES, gen._faker_source)
        b = gen.generic_texts(40, 5, LOCALES, gen._faker_source)
        c = gen.generic_texts(40, 6, LOCALES, gen._faker_source)
    # Product names come from mimesis objects cached for the process (as in the older
    # layouts), so a second call in one process may differ there; the labelled values may
    # not. A build is one process, so its texts repeat exactly.
    assert [_spans(t) for t in a] == [_spans(t) for t in b]
    assert [t["style"] for t in a] == [t["style"] for t in b]
    assert [_spans(t) for t in a] != [_spans(t) for t in c]


def _body(t: dict[str, Any]) -> str:
    """The document without the sentence that sometimes comes before it."""
    text = t["text"]
    head, sep, rest = text.partition("\n\n")
    return (
        rest
        if sep and not head.lstrip().startswith(("{", "[", "INSERT", "<")) and "\n" not in head
        else text
    )


def test_negative_slots_are_never_labelled(build: dict[str, ModuleType]) -> None:
    gen = build["_pii_ner_generic"]
    rng = random.Random(3)
    fake = gen._faker_source("de_DE", 3)
    for key in ("company", "job", "city", "country", "product", "team", "phone", "email", "id"):
        for _ in range(30):
            value, kind = gen._value(key, fake, rng, "de_DE", "de")
            assert value and kind is None, (key, value)
    # A name slot holds a company, a shop or a team now and then, unlabelled.
    draws = [gen._value("name", fake, rng, "de_DE", "de") for _ in range(600)]
    negatives = [v for v, k in draws if k is None]
    assert 20 <= len(negatives) <= 120
    assert not [v for v, k in draws if k == "person" and v in gen._TEAMS]


def test_teams_and_companies_stay_outside_person_spans(
    texts: list[dict[str, Any]], build: dict[str, ModuleType]
) -> None:
    teams = set(build["_pii_ner_generic"]._TEAMS)
    for t in texts:
        assert not teams & set(_spans(t, "person")), t["text"]
        for name in _spans(t, "person"):
            assert not name.endswith((" GmbH", " AG", " Ltd", " LLC", " Inc.", " S.A.")), name


def _walk(x: Any, values: set[str]) -> None:
    if isinstance(x, dict):
        x = list(x.values())
    if isinstance(x, list):
        for v in x:
            _walk(v, values)
    else:
        values.add(str(x))


def test_json_documents_parse_and_spans_are_their_values(texts: list[dict[str, Any]]) -> None:
    seen = 0
    for t in (x for x in texts if x["style"] == "generic-json"):
        data = json.loads(_body(t))
        values: set[str] = set()
        _walk(data, values)
        for span in _spans(t):  # a title ("Dr.") may stay outside the span
            assert any(span in v for v in values), (span, t["text"])
        seen += 1
    assert seen >= 20


def test_csv_rows_split_into_their_cells(texts: list[dict[str, Any]]) -> None:
    seen = 0
    for t in (x for x in texts if x["style"] == "generic-csv"):
        body = _body(t)
        first = body.split("\n", 1)[0]
        sep = max(("\t", ";", "|", ","), key=first.count)
        cells = {c for row in csv.reader(io.StringIO(body), delimiter=sep) for c in row}
        for span in _spans(t):
            assert any(span in c for c in cells), (span, body)
        seen += 1
    assert seen >= 20


def test_sql_values_are_quoted_and_labelled_inside_the_quotes(texts: list[dict[str, Any]]) -> None:
    for t in (x for x in texts if x["style"] == "generic-sql"):
        assert _body(t).startswith("INSERT INTO ")
        text = t["text"]
        for _, a, b in t["spans"]:  # inside one quoted value (a title may precede the span)
            assert text.rfind("'", 0, a) > max(text.rfind(", ", 0, a), text.rfind("(", 0, a))
            assert text[b] in "' ,", text[a - 5 : b + 5]  # or a suffix (", MD") after it


def test_given_names_of_many_countries() -> None:
    pytest.importorskip("gender_guesser")
    sys.path.insert(0, str(BUILD_DIR))
    try:
        gg = importlib.import_module("_pii_ner_given_names")
    finally:
        sys.path.remove(str(BUILD_DIR))
    names = gg.given_names()
    assert len(names) >= 50
    assert all(len(v) >= 20 for v in names.values())
    assert "+" not in "".join(names["china"])  # "+" joins are resolved
    for country in ("russia", "georgia", "greece", "china", "arabia"):
        fake = gg.GivenNameFake(country, 1)
        for _ in range(20):
            full = fake.name()
            # the Faker locale writes another script: the family name stays Latin too
            assert all(ch.isascii() or (ch.isalpha() and ord(ch) < 0x250) for ch in full), full
    korea = gg.GivenNameFake("korea", 2)
    firsts = [korea.name().split()[0] for _ in range(200)]
    assert sum(f in gg._ROMAN_SURNAMES["korea"] for f in firsts) > 60  # family name first
    german = gg.GivenNameFake("germany", 3)
    assert german.locale == "de_DE" and german.first_name() in names["germany"]
    assert german.city()  # everything else comes from the country's Faker locale


def test_init_from_reads_the_shipped_file_back(build: dict[str, ModuleType]) -> None:
    """`--init-from` (edge_models/build/_pii_ner_init.py): the pinned file's weights in torch's
    layout (gates r, z, n), its gazetteer the one the runtime loads."""
    pytest.importorskip("onnx")
    import numpy as np
    import onnx
    from onnx import numpy_helper

    from hybridsdk.routing._ner import MODEL_PATH
    from hybridsdk.routing._ner_features import N_FEATURES, Gazetteer

    sys.path.insert(0, str(BUILD_DIR))
    try:
        init = importlib.import_module("_pii_ner_init")
    finally:
        sys.path.remove(str(BUILD_DIR))
    weights, gazetteer = init.load_weights(Path(MODEL_PATH))
    raw = {t.name: numpy_helper.to_array(t) for t in onnx.load(str(MODEL_PATH)).graph.initializer}
    hidden = raw["R"].shape[-1]
    assert weights["emb.weight"].shape == (N_FEATURES + 1, raw["E"].shape[1])
    assert weights["emb.weight"].dtype == np.float32
    assert weights["gru.weight_hh_l0"].shape == (3 * hidden, hidden)
    r, z, n = np.split(weights["gru.weight_ih_l0_reverse"], 3)
    assert np.array_equal(np.concatenate([z, r, n]), raw["W"][1])  # back to ONNX's z, r, h
    r, z, n = np.split(weights["gru.bias_ih_l0"], 3)
    assert np.array_equal(np.concatenate([z, r, n]), raw["B"][0][: 3 * hidden])
    assert np.array_equal(weights["out.weight"].T, raw["Wout"])
    assert Gazetteer.from_bytes(gazetteer).to_bytes() == gazetteer


def test_institutions_and_codes_fill_negative_slots(build: dict[str, ModuleType]) -> None:
    """Session 11: universities, schools, hospitals (often after a year, as in a CV) and
    opaque codes (IBAN-, VIN-, ticket-, licence-shaped) sit in the company and id slots,
    unlabelled, in every language the labels use."""
    sys.path.insert(0, str(BUILD_DIR))
    try:
        neg = importlib.import_module("_pii_ner_generic_negatives")
    finally:
        sys.path.remove(str(BUILD_DIR))
    gen = build["_pii_ner_generic"]
    rng = random.Random(7)
    for locale, lang in (("de_DE", "de"), ("id_ID", "ms"), ("ja_JP", "ja"), ("tr_TR", "tr")):
        fake = gen._faker_source(locale, 7)
        companies = [gen._value("company", fake, rng, locale, lang)[0] for _ in range(300)]
        ids = [gen._value("id", fake, rng, locale, lang)[0] for _ in range(300)]
        years = [c for c in companies if c[:4].isdigit() and c[4] in " -:"]
        assert 5 <= len(years) <= 40, (lang, len(years))  # education lines among companies
        long_codes = [i for i in ids if len(i.replace(" ", "").replace("-", "")) >= 15]
        assert 30 <= len(long_codes) <= 150, (lang, len(long_codes))
    other = neg.institution(random.Random(1), gen._faker_source("fr_FR", 1), "xx")
    assert other  # a language without forms falls back to English
    iban = [neg.code(random.Random(s)) for s in range(200)]
    grouped = [c for c in iban if c[:2].isalpha() and c[2:4].isdigit() and " " in c]
    assert grouped and all(len(g) <= 4 for c in grouped for g in c.split(" "))


def test_given_names_source_is_off_by_default(build: dict[str, ModuleType]) -> None:
    """gender-guesser's data file is under the GNU FDL (licence not reviewed): generic_all
    draws no name from it unless asked, and the build's defaults do not ask."""
    gen = build["_pii_ner_generic"]
    with build["_pii_ner_data"].frozen_faker_clock():
        off = gen.generic_all(60, seed=2, known=set())
    assert len(off) >= 55
    sys.modules.pop("_pii_ner_given_names", None)
    with build["_pii_ner_data"].frozen_faker_clock():
        gen.generic_all(20, seed=2, known=set())
    assert "_pii_ner_given_names" not in sys.modules
    src = (BUILD_DIR / "build_pii_ner.py").read_text(encoding="utf-8")
    assert '"--given-names-source", action=argparse.BooleanOptionalAction, default=False' in src
