# ruff: noqa: RUF001  (Arabic and Persian text)
"""The tagger's session-9 training layouts and local forms (edge_models/build/
_pii_ner_layouts.py, _pii_ner_layouts_people.py, _pii_ner_local_forms.py): spans on their
values only, one span per address line, the hard negatives (form labels, technical text,
bots, role speakers, cities, nationalities) outside every span, and the local name and
address forms of the countries they were written for."""

from __future__ import annotations

import importlib
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("faker")
pytest.importorskip("mimesis")

BUILD_DIR = Path(__file__).resolve().parents[2] / "edge_models" / "build"
LOCALES = ("ms_MY", "fa_IR", "ko_KR", "lt_LT", "ar_SA", "tr_TR", "bg_BG", "en_IN", "es_CO", "de_DE")


@pytest.fixture(scope="module")
def build() -> Iterator[dict[str, ModuleType]]:
    sys.path.insert(0, str(BUILD_DIR))
    try:
        yield {
            name: importlib.import_module(name)
            for name in ("_pii_ner_layouts", "_pii_ner_local_forms", "_pii_ner_data")
        }
    finally:
        sys.path.remove(str(BUILD_DIR))


@pytest.fixture(scope="module")
def texts(build: dict[str, ModuleType]) -> list[dict[str, Any]]:
    with build["_pii_ner_data"].frozen_faker_clock():
        return list(build["_pii_ner_layouts"].layout_texts(700, 21, LOCALES))


def _spans(t: dict[str, Any], kind: str | None = None) -> list[str]:
    return [t["text"][a:b] for k, a, b in t["spans"] if kind is None or k == kind]


def test_every_layout_is_written(texts: list[dict[str, Any]]) -> None:
    kinds = {t["style"] for t in texts}
    assert kinds == {
        "layout-sheet", "layout-vcard", "layout-html", "layout-label", "layout-letter",
        "layout-voice", "layout-chat", "layout-tech", "layout-registration", "layout-agreement",
        "layout-cv", "layout-boarding", "layout-slack", "layout-post",
    }  # fmt: skip
    assert len(texts) >= 680  # a locale without some Faker method may skip a few, not many


def test_spans_sit_on_their_values_one_line_each(texts: list[dict[str, Any]]) -> None:
    for t in texts:
        last_end = 0
        for kind, a, b in sorted(t["spans"], key=lambda s: s[1]):
            value = t["text"][a:b]
            assert kind in ("person", "address", "dob")
            assert value and value == value.strip(), (t["style"], value)
            assert "\n" not in value, (t["style"], value)
            assert a >= last_end, t
            last_end = b


def test_the_same_seed_writes_the_same_texts(build: dict[str, ModuleType]) -> None:
    with build["_pii_ner_data"].frozen_faker_clock():
        a = build["_pii_ner_layouts"].layout_texts(60, 5, LOCALES)
        b = build["_pii_ner_layouts"].layout_texts(60, 5, LOCALES)
    assert a == b


def test_form_labels_and_markup_are_never_labelled(texts: list[dict[str, Any]]) -> None:
    seen = 0
    for t in (t for t in texts if t["style"] == "layout-html"):
        for m in re.finditer(r"<(label|dt)[^>]*>([^<]+)</\1>", t["text"]):
            seen += 1
            a, b = m.span(2)
            assert not any(s < b and a < e for _, s, e in t["spans"]), m.group(2)
        assert not any("<" in v or ">" in v or "=" in v for v in _spans(t)), _spans(t)
    assert seen > 50


def test_technical_text_bots_roles_and_cities_are_negatives(
    build: dict[str, ModuleType], texts: list[dict[str, Any]]
) -> None:
    layouts = build["_pii_ner_layouts"]
    bots = set(layouts._BOTS)
    roles = {r for v in layouts._ROLE_SPEAKERS.values() for r in v.split("|")}
    for t in texts:
        values = _spans(t)
        assert not bots & set(values)
        if t["style"] == "layout-chat":  # a role speaker ("Mum", "Szef") is no name
            assert not roles & set(values), values
        assert not any(
            w in v for v in values for w in ("Secret", "POSTGRES", "Error", "Content-Type")
        )
    tech = [t for t in texts if t["style"] == "layout-tech"]
    assert tech and sum(not t["spans"] for t in tech) >= len(tech) // 3  # many hold no value at all


def test_sheet_rows_label_names_but_not_the_row_number_or_city(texts: list[dict[str, Any]]) -> None:
    rows = 0
    for t in (t for t in texts if t["style"] == "layout-sheet"):
        for kind, a, _b in t["spans"]:
            line_start = t["text"].rfind("\n", 0, a) + 1
            rows += kind == "person" and bool(
                re.fullmatch(r"\d+(\t|;|,| \| )", t["text"][line_start:a])
            )
    assert rows > 20  # names right after a row number are labelled, the number is not


def test_boarding_pass_name_without_its_honorific(texts: list[dict[str, Any]]) -> None:
    names = [v for t in texts if t["style"] == "layout-boarding" for v in _spans(t, "person")]
    assert names and all(re.fullmatch(r"[^/\s]+(?: [^/\s]+)*/[^/]+", v) for v in names), names
    assert not any(v.endswith((" MR", " MRS", " MS")) for v in names)


def test_malay_names_carry_their_patronymic_links(build: dict[str, ModuleType]) -> None:
    forms = build["_pii_ner_local_forms"]
    fake = forms.MalaysianFake(3)
    rng = random.Random(3)
    names = [forms.malay_name(fake, rng) for _ in range(300)]
    assert any(" bin " in n for n in names) and any(" binti " in n for n in names)
    assert any(re.search(r" (a/l|a/p|s/o|d/o) ", n) for n in names)
    assert any(n.split()[0] in forms.CHINESE_MY_SURNAMES for n in names)
    assert re.fullmatch(r"(\+60 |01|\+601|03-)[\d\- ]+", fake.phone_number())


def test_local_addresses_have_their_country_shapes(build: dict[str, ModuleType]) -> None:
    from faker import Faker

    forms = build["_pii_ner_local_forms"]
    rng = random.Random(8)

    def many(locale: str, fake: Any = None) -> list[str]:
        if fake is None:
            fake = Faker(locale)
            fake.seed_instance(1)
        return [" | ".join(forms.local_address(fake, rng, locale)) for _ in range(120)]

    assert all("Jalan" in a or "Jln." in a or "Lorong" in a or "Lrg." in a or "Persiaran" in a or "Lebuh" in a
               for a in many("ms_MY", forms.MalaysianFake(1)))  # fmt: skip
    assert all(re.search(r"\b\d{5} ", a) for a in many("ms_MY", forms.MalaysianFake(2)))
    iran = many("fa_IR")
    assert all("پلاک" in a for a in iran) and any(re.search("[۰-۹]", a) for a in iran)
    saudi = many("ar_SA")
    assert any("حي " in a for a in saudi) and any(re.search("[٠-٩]", a) for a in saudi)
    assert all(re.search(r" (g\.|gatvė|pr\.|al\.|pl\.|skg\.) ", a) for a in many("lt_LT"))
    assert all(re.search(r"No:\d+", a) for a in many("tr_TR"))
    assert all(re.search(r"(ул\.|бул\.|пл\.|ж\.к\.)", a) for a in many("bg_BG"))
    assert all(re.search(r"(#|No\.|N°) \d+-\d+", a) for a in many("es_CO"))
    assert any(re.fullmatch(r"\(\d{5}\) \| .+", a) for a in many("ko_KR"))
    assert forms.local_address(Faker("de_DE"), rng, "de_DE") is None  # no local form: Faker's


def test_inflected_and_compound_names(build: dict[str, ModuleType]) -> None:
    from faker import Faker

    forms = build["_pii_ner_local_forms"]
    rng = random.Random(4)
    lt = Faker("lt_LT")
    lt.seed_instance(4)
    lith = [forms.lithuanian_name(lt, rng) for _ in range(300)]
    assert any(re.search(r"(ienė|aitė|ytė|utė)$", n) for n in lith)
    assert any(re.search(r"(o|io|aus|ui)$", n.split()[-1]) for n in lith)
    fa = Faker("fa_IR")
    fa.seed_instance(4)
    persian = [forms.persian_name(fa, rng) for _ in range(300)]
    assert any("الله" in n for n in persian) and any(n.endswith(("زاده", "پور")) for n in persian)
    ar = Faker("ar_SA")
    ar.seed_instance(4)
    arabic = [forms.arabic_name(ar, rng) for _ in range(300)]
    assert any(" بن " in n for n in arabic) and any(re.search(r"\bAl[- ]", n) for n in arabic)
