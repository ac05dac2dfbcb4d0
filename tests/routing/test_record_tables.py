"""Every table of a text is read under its own header (hybridsdk/routing/_record_fields.py):
exports pasted one after another, a table deep in a long text, and a second header line
that must not be read as a row of names. All names are made up."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._span_rules import shape_free_form

P = PiiKind.PERSON


def _f(text: str, value: str) -> Finding:
    at = text.index(value)
    return Finding.from_span(P, text, at, at + len(value), 0.5, "ner")


def _people(text: str, findings: list[Finding]) -> list[str]:
    return sorted(f.value(text) for f in findings if f.kind is P)


@pytest.mark.parametrize(
    ("head", "rows", "sep"),
    [
        ("Vorname;Nachname;E-Mail", [("Irmgard", "Wolkenstein"), ("Bastian", "Oberlin")], "\n\n-----\n\n"),
        ("first_name,last_name,email", [("Harriet", "Quenby"), ("Oswin", "Tull")], "\n\n"),
        ("Prénom\tNom\tVille", [("Aurèle", "Chassagne"), ("Maëlys", "Verdier")], "\n=====\n"),
        ("Imię;Nazwisko;Miasto", [("Wiesława", "Trzaskowska"), ("Bożydar", "Kmita")], "\n--- eksport 2 ---\n"),
        ("Ad,Soyad,Şehir", [("Nurhayat", "Gündoğdu"), ("Tevfik", "Karaoğlan")], "\n\n"),
        ("Имя;Фамилия;Город", [("Всеволод", "Лапшин"), ("Евдокия", "Шмелёва")], "\n----\n"),
    ],
)  # fmt: skip
def test_names_of_every_table_are_found(head: str, rows: list[tuple[str, str]], sep: str) -> None:
    d = "\t" if "\t" in head else (";" if ";" in head else ",")
    tail = "x@example.org" if "mail" in head.casefold() else "Ortsname"
    first = f"{head}\n{d.join([*rows[0], tail])}\n"
    second = f"{head}\n{d.join([*rows[1], tail])}\n"
    text = first + sep + second
    # the tagger saw only the first table's given name
    out = shape_free_form(text, [_f(text, rows[0][0])])
    assert _people(text, out) == sorted(w for r in rows for w in r)


def test_a_second_header_right_after_a_table_is_no_row_of_names() -> None:
    text = (
        "Nombre;Apellido;Correo\nRigoberta;Anchieta;r@example.org\n"
        "Nombre;Apellido;Correo\nLeandro;Ibarzábal;l@example.org\n"
    )
    out = shape_free_form(text, [_f(text, "Rigoberta")])
    assert _people(text, out) == ["Anchieta", "Ibarzábal", "Leandro", "Rigoberta"]


def test_a_table_after_sixty_lines_of_prose_is_read() -> None:
    prose = "".join(f"line {i} of the log, nothing here\n" for i in range(80))
    text = "From Tamsin Orrell\n" + prose + "name,city,team\nPerpetua Lindqvist,Umeå,ops\n"
    out = shape_free_form(text, [_f(text, "Tamsin Orrell")])
    assert _people(text, out) == ["Perpetua Lindqvist", "Tamsin Orrell"]


def test_later_tables_without_a_name_header_get_no_names() -> None:
    text = (
        "Name;Team\nOdalys Fernsby;Ops\n\n-----\n\n"
        "Produkt;Farbe;Preis\nWinter Jacke;Blau;89\nSommer Hut;Rot;12\n"
    )
    out = shape_free_form(text, [_f(text, "Odalys Fernsby"), _f(text, "Winter Jacke")])
    assert _people(text, out) == ["Odalys Fernsby", "Winter Jacke"]  # the tagger's, kept
