"""Passenger names in travel formats: `SURNAME/GIVEN` as two person spans (surname; given
names), on GDS booking screens, group manifests, SSR DOCS and EDIFACT PAXLST NAD segments;
slashes that are no name's stay whole or unfound (session 11)."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import Finding, PiiKind, PiiScanner
from hybridsdk.routing._travel_names import travel_names

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def people(text: str, scanner: PiiScanner = SCANNER) -> list[str]:
    return [f.value(text) for f in scanner.scan(text) if f.kind is PiiKind.PERSON]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # GDS booking screen, title after the given names
        (
            "RP/LOSXX0101/LOSXX0101  AB/SU  12MAR/1204Z  QWE7RT\n"
            "  1.ADEBAYO/OLUWASEUN MR  2.ADEBAYO/FUNMILAYO MRS\n"
            "  3  ET 901 Y 12APR 4 LOSADD HK2  1030 1345",
            ["ADEBAYO", "OLUWASEUN", "ADEBAYO", "FUNMILAYO"],
        ),
        ("1.NGUYEN/THI MAI MS", ["NGUYEN", "THI MAI"]),
        ("  1.GARCÍA LÓPEZ/MARÍA JOSÉ MRS", ["GARCÍA LÓPEZ", "MARÍA JOSÉ"]),
        # a group manifest: no title, a passenger list heading
        (
            "GROUP MANIFEST  HAJJ 1447\nNO  NAME                     PASSPORT   DOB\n"
            "1   AL-SAADI/HAMAD           K1234567   01/02/1960\n"
            "12  TRAN VAN/MINH            C7654321   09/09/1985\n",
            ["AL-SAADI", "HAMAD", "TRAN VAN", "MINH"],
        ),
        ("Liste des passagers\n3  MBAYE/AWA KHADY\t\tA1234567", ["MBAYE", "AWA KHADY"]),
        # SSR DOCS: surname and given names after the birth date, sex and expiry
        (
            "SSR DOCS QR HK1 P/NP/09876543/NP/15JUN88/F/01JAN30/SHRESTHA/SITA KUMARI/P1",
            ["SHRESTHA", "SITA KUMARI"],
        ),
        # EDIFACT PAXLST party segments, components split by ":"
        (
            "UNH+1+PAXLST:D:05B:UN:IATA'\nNAD+FL+++KOVALENKO:OLENA'\nATT+2++F'\n"
            "NAD+FM+++DIALLO:MAMADOU SALIOU'\n",
            ["KOVALENKO", "OLENA", "DIALLO", "MAMADOU SALIOU"],
        ),
    ],
)
def test_travel_names_are_two_spans(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Allow TCP/IP and HTTP/HTTPS on port 443.",
        "RESULT  PASS/FAIL\nMODE  READ/WRITE\n",
        "Flight status: ON/OFF\n",
        "1.INPUT/OUTPUT MR\n",  # a title cannot make keywords a name
        "AC/DC  BACK IN BLACK\n",  # no travel document, no title
        "NAD+FL+++'\n",  # an empty party name
        "Passenger itinerary\nROUTE  NBO/ADD  ET 309\n1  LHR/JFK  BA 117\n",  # airport pairs
    ],
)
def test_slashes_that_are_no_names(text: str) -> None:
    assert people(text) == []


def _person(text: str, value: str) -> Finding:
    start = text.index(value)
    return Finding.from_span(PiiKind.PERSON, text, start, start + len(value), 0.9, "ner")


def test_a_found_name_is_split_at_its_slash() -> None:
    text = "Pax: Kowalska/Anna, seat 12C"
    out = travel_names(text, [_person(text, "Kowalska/Anna")])
    assert [f.value(text) for f in out] == ["Kowalska", "Anna"]


@pytest.mark.parametrize("value", ["Siti Noor a/p Ahmad", "Ravi s/o Kumar", "Mei d/o Tan"])
def test_malaysian_and_indian_relation_slashes_stay_whole(value: str) -> None:
    text = f"Patient: {value}, ward 3"
    out = travel_names(text, [_person(text, value)])
    assert [f.value(text) for f in out] == [value]


def test_other_kinds_are_kept_and_not_overlapped() -> None:
    text = "1.OKAFOR/CHINEDU MR  passport A12345678"
    kinds = [(f.kind.value, f.value(text)) for f in SCANNER.scan(text)]
    assert ("person", "OKAFOR") in kinds and ("person", "CHINEDU") in kinds
    assert not any(k == "person" and "/" in v for k, v in kinds)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dear Sir/Madam,\nthank you", "Sir/Madam"),
        ("Numitul/Numita Ion Pop, domiciliat", "Numitul/Numita Ion Pop"),
    ],
)
def test_no_split_outside_travel_documents(text: str, value: str) -> None:
    out = travel_names(text, [_person(text, value)])
    assert [f.value(text) for f in out] == [value]


def test_a_manifest_with_a_passport_column_is_a_travel_document() -> None:
    text = (
        "Manifiesto de grupo\n#  APELLIDO/NOMBRE     PASAPORTE\n1  QUISPE MAMANI/ROSA    A1234567\n"
    )
    assert people(text) == ["QUISPE MAMANI", "ROSA"]


def test_a_slash_joined_ssr_docs_element_is_no_secret_and_gives_its_names() -> None:
    text = "  4 SSR DOCS TK HK1 P/TUR/U12345678/TUR/07MAR91/M/02FEB33/YILMAZ/EMRE\n"
    token = "P/TUR/U12345678/TUR/07MAR91/M/02FEB33/YILMAZ/EMRE"
    at = text.index(token)
    secret = Finding.from_span(PiiKind.SECRET, text, at, at + len(token), 0.7, "entropy")
    out = travel_names(text, [secret])
    assert [(f.kind, f.value(text)) for f in out] == [
        (PiiKind.PERSON, "YILMAZ"),
        (PiiKind.PERSON, "EMRE"),
    ]


def test_one_grammar_reads_an_ssr_docs_element_s_fields() -> None:
    from hybridsdk.routing._ssr_docs import docs_elements

    text = "SSR DOCS QR HK1 P/NP/09876543/NP/15JUN88/F/01JAN30/SHRESTHA/SITA KUMARI/P1"
    (m,) = docs_elements(text)
    assert [m.group(g) for g in ("num", "dob", "fam", "giv")] == [
        "09876543", "15JUN88", "SHRESTHA", "SITA KUMARI",
    ]  # fmt: skip
    assert docs_elements("no such element here") == []


def test_ssr_docs_names_after_a_four_digit_birth_year_or_sex_x() -> None:
    # One grammar for the element: the names are read wherever its number and birth date
    # are (the names' own pattern wanted a two-digit year and M, F or U).
    text = "SSR DOCS LH HK1 P/DEU/C01X00T47/DEU/30JUN1973/X/14APR29/MUELLER/ANNA/P1"
    assert people(text) == ["MUELLER", "ANNA"]
