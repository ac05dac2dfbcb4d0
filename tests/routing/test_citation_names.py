"""Authors of BibTeX and RIS records: one person span per author, "Family, Given" whole,
in any language or script; corporate authors, "others" and placeholders are no person
(session 11)."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def people(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind is PiiKind.PERSON]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "@article{okon2021,\n  author = {Okonkwo, Chiamaka Grace and Ben Youssef, Amira"
            " and Lindqvist, Sven},\n  title = {Rainfall and maize yields},\n  year = {2021}\n}",
            ["Okonkwo, Chiamaka Grace", "Ben Youssef, Amira", "Lindqvist, Sven"],
        ),
        (
            '@book{dup, AUTHOR = "Dupont, Marie-Claire and Jean-Luc Mbemba",\n'
            "  editor = {Al-Hashimi, Layla}}",
            ["Dupont, Marie-Claire", "Jean-Luc Mbemba", "Al-Hashimi, Layla"],
        ),
        ("@misc{v, author = {Nguyễn Văn, An}}", ["Nguyễn Văn, An"]),
        (
            "@misc{a, author = {الهاشمي، ليلى and Tesfaye, Dawit}}",
            ["الهاشمي، ليلى", "Tesfaye, Dawit"],
        ),
        ("@misc{z, author = {王, 小明 and Haile, Meron}}", ["王, 小明", "Haile, Meron"]),
        ("@phdthesis{g, author = {Gonz{\\'a}lez, Ana}}", ["Gonz{\\'a}lez, Ana"]),
        (
            "TY  - JOUR\nAU  - Haile, Meron\nAU  - Tesfaye, Dawit\nTI  - Soil carbon\nER  - \n",
            ["Haile, Meron", "Tesfaye, Dawit"],
        ),
    ],
)
def test_each_author_is_one_span(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "@techreport{who, author = {{World Health Organization}}}",
        "@misc{x, author = {others}}",
        "template: author = {name}, year = {2020}",
        "@misc{x, author = {Team 7}}",
        "TY  - JOUR\nTI  - Soil carbon and rainfall\nER  - \n",
    ],
)
def test_no_person_in_corporate_or_placeholder_authors(text: str) -> None:
    assert people(text) == []


def test_and_others_is_dropped_but_the_authors_kept() -> None:
    text = "@article{k, author = {Mwangi, Grace and others}}"
    assert people(text) == ["Mwangi, Grace"]
