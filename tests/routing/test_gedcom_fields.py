"""A GEDCOM family tree read line by line (hybridsdk/routing/_gedcom_fields.py): a surname
found at its `SURN` line is masked at its `/surname/` in the `NAME` line too, tags are no
names, and an `ADDR` value is an address. All names and places are made up."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import Finding, PiiKind, PiiScanner
from hybridsdk.routing._gedcom_fields import gedcom_fields
from hybridsdk.routing._name_repeats import spread_free_form
from hybridsdk.routing._privacy import PrivacyAction, PrivacyPolicy
from hybridsdk.routing._span_rules import shape_free_form

P, A = PiiKind.PERSON, PiiKind.ADDRESS


def _tree(given: str, surname: str, address: str, town: str) -> str:
    return (
        "0 HEAD\n1 SOUR FamilyApp\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n"
        f"0 @I7@ INDI\n1 NAME {given} /{surname}/\n2 GIVN {given}\n2 SURN {surname}\n"
        f"1 SEX F\n1 BIRT\n2 DATE 3 MAR 1961\n2 PLAC {town}\n1 RESI\n2 ADDR {address}\n"
        "1 FAMS @F2@\n0 TRLR\n"
    )


_TREES = [
    ("Mirela", "Vătămanu", "str. Teilor 14, ap. 3, MD-2005 Orhei", "Soroca"),
    ("Kwabena", "Oppong-Nkansah", "House 12, Aburi Road, Koforidua", "Kumasi"),
    ("Élodie", "Mbarga Atangana", "Rue des Manguiers 8, Bafoussam", "Dschang"),
    ("Ελπίδα", "Χατζηκώστα", "Οδός Ηρακλέους 21, 3035 Λεμεσός", "Πάφος"),
    ("Zamira", "Hoxhallari", "Rruga e Elbasanit 40, 1001 Tiranë", "Korçë"),
    ("Janneke", "van der Walt", "Kerkstraat 9, 7600 Stellenbosch", "Paarl"),
    ("سلمى", "بنعيسى", "زنقة الياسمين 17، 20250 الدار البيضاء", "فاس"),
    ("Mei-ling", "Ó Briain", "Flat 2, 18 Harbour Lane, Cobh", "Tralee"),
]


@pytest.mark.parametrize(("given", "surname", "address", "town"), _TREES)
def test_fields_of_a_tree(given: str, surname: str, address: str, town: str) -> None:
    text = _tree(given, surname, address, town)
    names, addresses, no_names = gedcom_fields(text)
    assert [text[a:b] for a, b in names] == [given, surname, given, surname]
    assert [text[a:b] for a, b in addresses] == [address]
    blanked = {text[a:b] for a, b in no_names}
    assert {"0 HEAD", "0 @I7@ INDI", "1 BIRT", "2 SURN", "1 NAME", town} <= blanked


@pytest.mark.parametrize(("given", "surname", "address", "town"), _TREES)
def test_a_surname_misread_as_an_address_is_masked_everywhere(
    given: str, surname: str, address: str, town: str
) -> None:
    """The tagger took "2 SURN X" for a house number and street and missed "/X/": the
    surname is a name at both lines, and the tags are no names."""
    text = _tree(given, surname, address, town)
    at = text.index(f"2 SURN {surname}")
    tagged = [
        Finding.from_span(A, text, at, at + len(f"2 SURN {surname}"), 0.6, "ner"),
        Finding.from_span(P, text, text.index("INDI"), text.index("INDI") + 4, 0.6, "ner"),
        Finding.from_span(P, text, text.index("BIRT"), text.index("BIRT") + 4, 0.6, "ner"),
    ]
    found = spread_free_form(text, shape_free_form(text, tagged))
    people = [text[f.start : f.end] for f in found if f.kind is P]
    assert people.count(surname) == 2
    assert "INDI" not in people and "BIRT" not in people
    assert not any(f.kind is A and "SURN" in text[f.start : f.end] for f in found)


@pytest.mark.parametrize("surname", ["Lord", "Dame", "Sir"])
def test_a_surname_that_is_also_a_title_is_kept_whole(surname: str) -> None:
    """A `SURN` line holds the surname alone: no title is cut off it."""
    text = _tree("Harriet", surname, "4 Mill Lane, Bury", "Leeds")
    at = text.index(f"2 SURN {surname}")
    tagged = [Finding.from_span(A, text, at, at + len(f"2 SURN {surname}"), 0.6, "ner")]
    found = spread_free_form(text, shape_free_form(text, tagged))
    people = [text[f.start : f.end] for f in found if f.kind is P]
    assert people.count(surname) == 2


@pytest.mark.parametrize(
    "text",
    [
        "1 NAME is the first field\n2 steps later we stop\n3 ABC",  # prose with numbers
        "Shopping list\n2 EGGS\n1 MILK\n3 APPLES",  # no GEDCOM head, name or individual
        "1 NAME\n2 NAME\n",  # too few lines
        "Ana Ruiz lives at 2 Calle Mayor",
    ],
)
def test_other_texts_are_no_gedcom(text: str) -> None:
    assert gedcom_fields(text) == ([], [], [])


def test_a_name_without_slashes_and_an_empty_surname() -> None:
    text = "0 @I1@ INDI\n1 NAME Tavita Leauanae\n0 @I2@ INDI\n1 NAME Sione //\n1 SEX M\n"
    names, _, _ = gedcom_fields(text)
    assert [text[a:b] for a, b in names] == ["Tavita Leauanae", "Sione"]


def test_an_address_over_continuation_lines() -> None:
    text = "0 @I1@ INDI\n1 NAME Ina /Kola/\n1 RESI\n2 ADDR Rruga Dibrës 5\n3 CONT 1005 Tiranë\n1 SEX F\n"
    _, addresses, _ = gedcom_fields(text)
    assert [text[a:b] for a, b in addresses] == ["Rruga Dibrës 5", "1005 Tiranë"]


pytest.importorskip("onnxruntime")


@pytest.fixture(scope="module")
def policy() -> PrivacyPolicy:
    return PrivacyPolicy(
        scanner=PiiScanner(use_phonenumbers=True, ner=True),
        label_raises={k: "confidential" for k in PiiKind},
        confidential_action=PrivacyAction.PSEUDONYMISE,
    )


@pytest.mark.parametrize(("given", "surname", "address", "town"), _TREES[:5])
def test_no_surname_of_a_tree_reaches_the_cloud(
    policy: PrivacyPolicy, given: str, surname: str, address: str, town: str
) -> None:
    text = _tree(given, surname, address, town)
    sent = policy.prepare_for_cloud(text, "confidential").text_to_send
    assert surname not in sent
    assert given not in sent
    assert "INDI" in sent and "BIRT" in sent  # the tags stay readable
