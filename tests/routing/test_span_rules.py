"""Structural rules on the tagger's names and addresses (hybridsdk/routing/_span_rules.py).

The tagger's raw spans are written out by hand here (what it does on such texts), so each
rule is tested on its own; the last tests run the real scanner with the ONNX tagger and
check what must hold whatever the tagger finds. All texts are made up for these tests.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import time

import pytest

from hybridsdk.routing._detectors import Finding, PiiKind, PiiScanner
from hybridsdk.routing._span_rules import shape_free_form

A, P = PiiKind.ADDRESS, PiiKind.PERSON


def _f(text: str, kind: PiiKind, value: str, nth: int = 0, detector: str = "ner") -> Finding:
    at = -1
    for _ in range(nth + 1):
        at = text.index(value, at + 1)
    return Finding.from_span(kind, text, at, at + len(value), 0.5, detector)


def _values(text: str, findings: list[Finding], kind: PiiKind | None = None) -> list[str]:
    return sorted(f.value(text) for f in findings if kind is None or f.kind is kind)


# ---------------------------------------------------------------- one span per line


def test_an_address_over_two_lines_becomes_one_span_per_line() -> None:
    text = "Grüße\nKarla Imhof\nRingstraße 14\n31785 Hameln\nTel. 0515 123456"
    raw = _f(text, A, "Ringstraße 14\n31785 Hameln")
    assert _values(text, shape_free_form(text, [raw])) == ["31785 Hameln", "Ringstraße 14"]


def test_the_next_fields_label_cut_into_a_span_is_dropped() -> None:
    # The tagger ran on into "N° de client" on the next line: "N" alone is no address.
    text = "Adresse:\t7 sentier des Saules, 21000 Dijon\nN° de dossier:\t88121"
    raw = _f(text, A, "7 sentier des Saules, 21000 Dijon\nN")
    assert _values(text, shape_free_form(text, [raw])) == ["7 sentier des Saules, 21000 Dijon"]


def test_a_forms_cue_before_a_tab_is_split_off() -> None:
    text = "Indirizzo\tVia dei Tigli 9, 06121 Perugia\nEmail\tx@y.it"
    raw = _f(text, A, "Indirizzo\tVia dei Tigli 9, 06121 Perugia")
    assert _values(text, shape_free_form(text, [raw])) == ["Via dei Tigli 9, 06121 Perugia"]


def test_a_bracket_the_span_opened_is_kept_at_its_end() -> None:
    text = "주소: 광주광역시 북구 용봉로 77 (61186)\n전화: 010"
    raw = _f(text, A, "광주광역시 북구 용봉로 77 (61186)\n")
    assert _values(text, shape_free_form(text, [raw])) == ["광주광역시 북구 용봉로 77 (61186)"]


# ---------------------------------------------------------------- stretching


def test_an_address_cut_at_an_abbreviations_stop_runs_to_the_end_of_its_field() -> None:
    text = '{"addr": "Birch Blvd. 4417, 99501 Northvale", "ok": true}'
    raw = _f(text, A, "Birch Blvd")
    assert _values(text, shape_free_form(text, [raw])) == ["Birch Blvd. 4417, 99501 Northvale"]


def test_no_stretch_over_a_sentence_after_a_stop() -> None:
    text = "I moved to 4 Elm St. It has 3 trees and a pond."
    raw = _f(text, A, "4 Elm St")
    assert _values(text, shape_free_form(text, [raw])) == ["4 Elm St"]


def test_two_parts_with_a_short_word_between_become_one() -> None:
    text = "teslim: Kavak Sk. No:5, 10115 Ostheim\n"
    parts = [_f(text, A, "Kavak Sk"), _f(text, A, "5, 10115 Ostheim")]
    assert _values(text, shape_free_form(text, parts)) == ["Kavak Sk. No:5, 10115 Ostheim"]


@pytest.mark.parametrize(
    ("line", "cut", "whole"),
    [
        (
            "entrega: Rua das Acácias, 88, Campinas - SP, 13010-111\n",
            "Rua das Acácias, 88, Campinas",
            "Rua das Acácias, 88, Campinas - SP, 13010-111",
        ),
        ("ул. Заречная, д. 3\nТверь, 170100\n", "Тверь", "Тверь, 170100"),
        ("ul. Polna 4\n85-001 Bydgoszcz\n", "85-001", "85-001 Bydgoszcz"),
        ("Lipová 12\n602 00 Brno 2\n", "602 00", "602 00 Brno 2"),
        (
            "주소:\t대전광역시 서구 둔산로 21 (35242)\n",
            "대전광역시 서구",
            "대전광역시 서구 둔산로 21 (35242)",
        ),
    ],
)
def test_a_trailing_state_code_postcode_or_city_is_taken_in(
    line: str, cut: str, whole: str
) -> None:
    raw = _f(line, A, cut)
    assert whole in _values(line, shape_free_form(line, [raw]))


def test_no_trailing_stretch_into_prose_or_a_checked_finding() -> None:
    prose = "Rua das Acácias, 88, Campinas - SP, 13010-111 and then we talked"
    raw = _f(prose, A, "Rua das Acácias, 88, Campinas")
    # the state code joins the city (state_code), and the postcode part before the prose
    # (`_address_bounds.comma_parts`), the prose after it does not
    assert _values(prose, shape_free_form(prose, [raw])) == [
        "Rua das Acácias, 88, Campinas - SP, 13010-111"
    ]
    text = "Av. Norte 12, Natal - RN, 59010-000\n"
    phone = _f(text, PiiKind.PHONE, "59010-000", detector="phone")
    out = shape_free_form(text, [_f(text, A, "Av. Norte 12, Natal"), phone])
    assert _values(text, out, A) == ["Av. Norte 12, Natal - RN"]


def test_a_stretch_never_swallows_the_next_address() -> None:
    text = "IBAN,addr\nCH93 0076 2011 6238 5295 7,江苏省南京市玄武区北京东路12号"
    iban = _f(text, PiiKind.IBAN, "CH93 0076 2011 6238 5295 7", detector="iban")
    found = [
        _f(text, A, "CH93 0076 2011 6238 5295 7"),
        _f(text, A, "江苏省南京市玄武区北京东路12号"),
    ]
    out = shape_free_form(text, [*found, iban])
    assert "江苏省南京市玄武区北京东路12号" in _values(text, out, A)
    assert all("," not in v for v in _values(text, out, A))


def test_the_house_number_and_postcode_before_a_street_are_taken_in() -> None:
    text = "पता:\t214, कमला नगर\nपिन 110007"
    raw = _f(text, A, "कमला नगर")
    assert _values(text, shape_free_form(text, [raw])) == ["214, कमला नगर"]
    jp = "住所：〒604-8005 京都府京都市中京区桜町3-1\n"
    raw = _f(jp, A, "8005 京都府京都市中京区桜町3-1")
    assert _values(jp, shape_free_form(jp, [raw])) == ["604-8005 京都府京都市中京区桜町3-1"]


def test_a_span_never_ends_inside_a_word() -> None:
    text = "Deliver: Unit 2, 9 Orchard Row, Leeds LS6 1QX; Phone: none"
    raw = _f(text, A, "Unit 2, 9 Orchard Row, Leeds LS6 1")
    assert _values(text, shape_free_form(text, [raw])) == ["Unit 2, 9 Orchard Row, Leeds LS6 1QX"]


# ---------------------------------------------------------------- structural filters


def test_json_keys_are_no_names() -> None:
    text = '{"Nombre completo": "Lía Ferrer", "Equipo": "kiosk-3"}'
    found = [_f(text, P, "Nombre completo"), _f(text, P, "Lía Ferrer"), _f(text, P, "Equipo")]
    assert _values(text, shape_free_form(text, found)) == ["Lía Ferrer"]


def test_csv_header_cells_are_dropped_and_data_cells_kept() -> None:
    text = "Kundennr;Voller Name;Festnetz\n4411;Jonas Weidner;0301234567\n"
    found = [_f(text, P, "Voller Name"), _f(text, P, "Jonas Weidner")]
    assert _values(text, shape_free_form(text, found)) == ["Jonas Weidner"]


def test_a_csv_row_without_header_keeps_its_names() -> None:
    text = "Jonas Weidner,0301234567,Berlin\nMila Roth,0409876543,Kiel\n"
    found = [_f(text, P, "Jonas Weidner"), _f(text, P, "Mila Roth")]
    assert len(shape_free_form(text, found)) == 2


def test_address_spans_are_cut_at_csv_cells_outside_quotes() -> None:
    text = 'id,adresse,ville\n4500123456,"Via Manin 7, 33100 Udine",Udine\n'
    raw = _f(text, A, '4500123456,"Via Manin 7, 33100 Udine",Udine')
    assert _values(text, shape_free_form(text, [raw])) == ["Via Manin 7, 33100 Udine"]


def test_prose_with_commas_on_its_first_lines_is_no_csv() -> None:
    text = (
        "1H NMR: δ 2.28 (3H, s), 2.31 (3H, s), 6.75 (1H, d), 7.08 (2H, d), 7.68 (1H, s)\n"
        "13C NMR: δ 21.3 (1C, s), 28.4 (1C, s), 126.9 (2C, s)\n"
    )
    raw = _f(text, A, "δ 2.28 (3H, s), 2.31 (3H, s), 6.75 (1H, d)")
    assert len(shape_free_form(text, [raw])) <= 1


def test_a_word_of_a_forms_label_is_no_name_but_a_chat_speaker_is() -> None:
    text = "Numéro client | 77120\nDate | 2026-01-02\n[10:02] Odile: bonjour\nFrau Lind: danke"
    found = [_f(text, P, "Numéro"), _f(text, P, "Odile"), _f(text, P, "Lind")]
    assert _values(text, shape_free_form(text, found)) == ["Lind", "Odile"]


def test_paths_versions_amounts_and_order_numbers_are_no_addresses() -> None:
    text = (
        "POST /api/v2/items HTTP/1.1\nUser-Agent: Shop/4.1.7\n"
        "Betrag 1234,56 €, Auftrag 450012345678 Nord\n"
    )
    found = [
        _f(text, A, "HTTP/1.1"),
        _f(text, A, "Shop/4.1.7"),
        _f(text, A, "Betrag 1234,56"),
        _f(text, A, "Auftrag 450012345678 Nord"),
    ]
    assert shape_free_form(text, found) == []


def test_a_reading_or_version_beside_a_real_address_does_not_drop_it() -> None:
    text = "proszę dostarczyć: ul. Lipowa 3, 15-001 Białystok firmware 4.1.7.22"
    raw = _f(text, A, "ul. Lipowa 3, 15-001 Białystok firmware 4.1.7.22")
    assert len(shape_free_form(text, [raw])) == 1
    text = "Temp 21,7 °C\nAdresse: Rue Haute 4, 1000 Bruxelles"
    raw = _f(text, A, "Rue Haute 4, 1000 Bruxelles")
    assert len(shape_free_form(text, [raw])) == 1


def test_a_sentence_with_a_field_later_on_its_line_is_no_label() -> None:
    text = "Lieferung nach Gartenweg 3, 55116 Mainz bitte - Passwort: x"
    raw = _f(text, A, "Gartenweg 3, 55116 Mainz")
    assert len(shape_free_form(text, [raw])) == 1
    text = "Gartenweg 3, 55116 Mainz bitte - Passwort: x"
    raw = _f(text, A, "Gartenweg 3, 55116 Mainz")
    assert len(shape_free_form(text, [raw])) == 1


def test_a_date_in_a_csv_cell_is_no_path() -> None:
    text = 'n,addr,born\n1,"12 Quay Street, Cork T12 X70",04/09/1961\n'
    raw = _f(text, A, "12 Quay Street, Cork T12 X70")
    assert _values(text, shape_free_form(text, [raw])) == ["12 Quay Street, Cork T12 X70"]


def test_house_numbers_with_a_slash_are_no_paths() -> None:
    text = "Address: House 12/B, Gulshan Avenue/Road 5, Dhaka 1212\n"
    raw = _f(text, A, "House 12/B, Gulshan Avenue/Road 5, Dhaka 1212")
    assert len(shape_free_form(text, [raw])) == 1


def test_an_address_with_neither_number_nor_comma_is_dropped() -> None:
    text = "Reni Caldas\nPadaria Sol Nascente\nTravessa do Carmo 5\n4050-164 Porto"
    found = [_f(text, A, "Padaria Sol Nascente"), _f(text, A, "Travessa do Carmo 5")]
    # the postcode line under the street is taken too (third pass, `neighbour_line`)
    assert _values(text, shape_free_form(text, found)) == ["4050-164 Porto", "Travessa do Carmo 5"]


def test_a_name_inside_an_address_is_part_of_the_address() -> None:
    text = "Lieferung an Karl-Marx-Allee 90, 10243 Berlin bitte"
    found = [_f(text, A, "Karl-Marx-Allee 90, 10243 Berlin"), _f(text, P, "Karl-Marx")]
    out = shape_free_form(text, found)
    assert [(f.kind, f.value(text)) for f in out] == [(A, "Karl-Marx-Allee 90, 10243 Berlin")]


def test_ticket_subjects_single_letters_and_acronyms_are_no_names() -> None:
    text = "[#55120] Lieferung verspätet\nthe kiosk IP reads 10.0.0.1\nQ\n李"
    found = [_f(text, P, "Lieferung"), _f(text, P, "IP"), _f(text, P, "Q"), _f(text, P, "李")]
    assert _values(text, shape_free_form(text, found)) == ["李"]


def test_digits_and_punctuation_only_are_dropped() -> None:
    text = "Ticket #884123 - 12/05"
    found = [_f(text, P, "#884123"), _f(text, A, "12/05")]
    assert shape_free_form(text, found) == []


def test_other_kinds_and_other_detectors_pass_unchanged() -> None:
    text = "Mail ana@example.org\nStreet 1\nTown"
    email = _f(text, PiiKind.EMAIL, "ana@example.org", detector="email")
    own = _f(text, A, "Street 1\nTown", detector="custom")
    assert shape_free_form(text, [email, own]) == [email, own]


# ---------------------------------------------------------------- cost


def test_linear_in_the_number_of_findings_on_one_long_line() -> None:
    def cost(n: int) -> float:
        unit = "Kavak Sk. No:5, 10115 Ostheim; Name: Ada Lind | "
        text = unit * n
        found = [
            f
            for i in range(n)
            for f in (
                Finding.from_span(A, text, i * len(unit), i * len(unit) + 8, 0.5, "ner"),
                Finding.from_span(P, text, i * len(unit) + 37, i * len(unit) + 45, 0.5, "ner"),
            )
        ]
        t0 = time.perf_counter()
        shape_free_form(text, found)
        return (time.perf_counter() - t0) / n

    cost(200)
    small, big = min(cost(1_000) for _ in range(3)), min(cost(10_000) for _ in range(3))
    assert big < 5 * small


# ---------------------------------------------------------------- with the real tagger

pytest.importorskip("onnxruntime")


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner(ner=True)


@pytest.mark.parametrize(
    "text",
    [
        "Mit Gruß\nOlaf Brinkmann\nBrinkmann Holzbau GmbH\nIm Wiesengrund 12\n"
        "79588 Efringen-Kirchen\nTelefon: 07628 1234",
        "Adresse:\t18 rue des Glycines, 44300 Nantes\nN° de dossier:\t55120",
        'id;name;adres\n1;"Wim de Groot";"Lindelaan 8, 3512 AB Utrecht"\n',
    ],
)
def test_with_the_tagger_no_free_form_span_crosses_a_line_or_a_label(
    scanner: PiiScanner, text: str
) -> None:
    for f in scanner.scan(text):
        if f.kind in (A, P):
            value = f.value(text)
            assert "\n" not in value and "\t" not in value, value
            assert value not in ("id", "name", "adres", "N"), value


# ---------------------------------------------------------------- titles (session 8)


@pytest.mark.parametrize(
    ("text", "raw", "name"),
    [
        ("Befund: Dr. med. Anke Vossberg", "Dr. med. Anke Vossberg", "Anke Vossberg"),
        ("Atiende: Sra. Lucía Ferrandis", "Sra. Lucía Ferrandis", "Lucía Ferrandis"),
        ("Dijemput Pak Agus Wibowo", "Pak Agus Wibowo", "Agus Wibowo"),
        ("Visit by Miss Odile Parfitt", "Miss Odile Parfitt", "Odile Parfitt"),
        ("Signed J. Carrow", "J. Carrow", "J. Carrow"),  # an initial stays
        ("受付：山田太郎様", "山田太郎様", "山田太郎"),
    ],
)
def test_a_title_before_a_name_is_not_part_of_it(text: str, raw: str, name: str) -> None:
    out = shape_free_form(text, [_f(text, P, raw)])
    assert _values(text, out) == [name]


def test_a_title_alone_moves_to_the_name_after_it_or_goes() -> None:
    text = "Pasien: Bapak Wayan, lahir 1980"
    assert _values(text, shape_free_form(text, [_f(text, P, "Bapak")])) == ["Wayan"]
    text = "Ground floor, see Dr\n"
    assert shape_free_form(text, [_f(text, P, "Dr")]) == []


# ---------------------------------------------------------------- field breaks (session 8)


def test_a_name_is_cut_at_a_spaced_slash() -> None:
    text = "Courier: Radek / Delivery attempted 3 May"
    raw = _f(text, P, "Radek / Delivery")
    # each side is a span of its own ("Anna / Piotr" are two names)
    assert _values(text, shape_free_form(text, [raw])) == ["Delivery", "Radek"]


def test_a_span_over_two_quoted_values_is_split() -> None:
    text = "INSERT INTO c VALUES ('Feldweg 3', '77654 Offenburg');"
    raw = _f(text, A, "Feldweg 3', '77654 Offenburg")
    assert _values(text, shape_free_form(text, [raw])) == ["77654 Offenburg", "Feldweg 3"]


def test_a_span_never_holds_a_markup_tag() -> None:
    text = "<address>\n  <line>Kirchgasse 7</line>\n  <city>4410 Liestal</city>\n</address>"
    raws = [_f(text, A, "line>Kirchgasse 7"), _f(text, A, "4410 Liestal</city")]
    assert _values(text, shape_free_form(text, raws)) == ["4410 Liestal", "Kirchgasse 7"]


# ---------------------------------------------------------------- address fields (session 8)


@pytest.mark.parametrize(
    ("text", "raw", "whole"),
    [
        # the street's first word in a quoted value, an element, after a label
        ("VALUES ('x@y.org', 'Am Kirchberg 3', '1')", "Kirchberg 3", "Am Kirchberg 3"),
        ("<street>Ulica Lipowa 8</street>", "Lipowa 8", "Ulica Lipowa 8"),
        # an abbreviated street type right before it, in prose
        ("locuiesc pe Bd. Unirii 12, Brasov", "Unirii 12, Brasov", "Bd. Unirii 12, Brasov"),
        # the unit after it, up to the field's end
        ("VALUES ('1200 Oak Ave Apt 4B', 'Reno')", "1200 Oak Ave", "1200 Oak Ave Apt 4B"),
        ("<line>Fő utca 9. 2. em. 4.</line>", "Fő utca 9. 2", "Fő utca 9. 2. em. 4."),
        # the city after a postcode, the state or district code after the city
        (
            "send it to Lindevej 9, 4000 Køge 🙂",
            "Lindevej 9, 4000",
            "Lindevej 9, 4000 Køge",
        ),
        (
            "Entrega: Rua B, 12, 18000-000 Sorocaba - SP\n",
            "Rua B, 12, 18000-000 Sorocaba",
            "Rua B, 12, 18000-000 Sorocaba - SP",
        ),
        (
            "Envío: Calle Sol 5, 31000 Chihuahua, Chih.\n",
            "Calle Sol 5, 31000 Chihuahua",
            "Calle Sol 5, 31000 Chihuahua, Chih.",
        ),
        ("a Via Po 3, 10100 Torino (TO).", "Via Po 3, 10100 Torino", "Via Po 3, 10100 Torino (TO)"),
        # a house number's stop when the address is all of its line
        ("Címzett:\nSétány 12.\n8000 Város", "Sétány 12", "Sétány 12."),
    ],
)
def test_an_address_is_completed_to_its_field(text: str, raw: str, whole: str) -> None:
    assert whole in _values(text, shape_free_form(text, [_f(text, A, raw)]))


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("vivo en Calle Luna 4, Sevilla", "Calle Luna 4, Sevilla"),  # prose words stay out
        ("Mandalo a Via Verdi 3, 20121 Milano. Chiamami dopo", "Via Verdi 3, 20121 Milano"),
        ("I moved to Elm Road 5.\nSee you", "Elm Road 5"),  # the sentence's stop
        ("小明 > 送货地址是上海市静安区人民路8号", "上海市静安区人民路8号"),  # a caseless cue
    ],
)
def test_an_address_does_not_take_in_prose(text: str, raw: str) -> None:
    assert _values(text, shape_free_form(text, [_f(text, A, raw)])) == [raw]


# ---------------------------------------------------------------- person filters (session 8)


def test_structural_marks_of_a_finding_that_is_no_name() -> None:
    text = (
        "Noted. > Okay, see you tomorrow.\nPatient: Jana Novak\nORGANIZER;CN=Ola Berg:mailto:o@b.no"
    )
    raws = [
        _f(text, P, "see you tomorrow."),  # the sentence's stop
        _f(text, P, "Patient"),  # a label before a name
        _f(text, P, "Jana Novak"),
        _f(text, P, "ORGANIZER"),  # an iCalendar property
        _f(text, P, "Ola Berg"),
    ]
    assert _values(text, shape_free_form(text, raws)) == ["Jana Novak", "Ola Berg"]


def test_a_chat_speaker_and_a_lower_case_transcript_keep_their_names() -> None:
    text = "Jana: see you at the gate\nOla: fine"
    assert _values(text, shape_free_form(text, [_f(text, P, "Jana")])) == ["Jana"]
    text = "um hi this is jana novak calling about the order"
    assert _values(text, shape_free_form(text, [_f(text, P, "jana novak")])) == ["jana novak"]
    text = "Hello team.\nThe parcel is ready for pickup."
    assert shape_free_form(text, [_f(text, P, "pickup")]) == []


def test_a_line_label_of_a_form_is_no_name_but_a_chat_speaker_is() -> None:
    form = "Datum: 2.3.2025\nPlatitel: Ivo Kral\nIBAN: CZ12 3456\nUcet: 123\nPoznamka: najem"
    raws = [_f(form, P, "Platitel"), _f(form, P, "Ivo Kral")]
    assert _values(form, shape_free_form(form, raws)) == ["Ivo Kral"]
    chat = "Ivo: ahoj\nDatum: zitra\nEva: ok\nIvo: super\nCas: 5\nMisto: dole"
    raws = [_f(chat, P, "Ivo"), _f(chat, P, "Eva"), _f(chat, P, "Ivo", 1)]
    assert _values(chat, shape_free_form(chat, raws)) == ["Eva", "Ivo", "Ivo"]


def test_a_place_or_department_after_a_header_dash_is_no_name() -> None:
    text = "Visit note — Outpatients\nPatient: Jana Novak"
    raws = [_f(text, P, "Outpatients"), _f(text, P, "Jana Novak")]
    assert _values(text, shape_free_form(text, raws)) == ["Jana Novak"]
    text = "[CRM] 3.4.2025 10:15 – Jana Novak\n* call back"
    assert _values(text, shape_free_form(text, [_f(text, P, "Jana Novak")])) == ["Jana Novak"]


def test_an_item_line_of_a_receipt_is_no_name() -> None:
    text = "----\nKESO FRESCO 2,45\nPan integral x2 3.10 €\n----\nUdo Kessler schrieb am 07.09.25:"
    raws = [_f(text, P, "KESO FRESCO"), _f(text, P, "Pan"), _f(text, P, "Udo Kessler")]
    assert _values(text, shape_free_form(text, raws)) == ["Udo Kessler"]


@pytest.mark.parametrize(
    ("text", "raw", "whole"),
    [
        # a floor number before its abbreviation, up to the sentence's end
        (
            "send til Lindevej 12, 3. tv., 4000 Køge. Tak",
            "Lindevej 12, 3",
            "Lindevej 12, 3. tv., 4000 Køge",
        ),
        # a chat's emoji ends the field: the state code joins
        (
            "moro na Rua C, 9, 13200-000 Jundiaí - SP 👍",
            "Rua C, 9, 13200-000 Jundiaí",
            "Rua C, 9, 13200-000 Jundiaí - SP",
        ),
    ],
)
def test_floors_and_codes_in_chat_lines(text: str, raw: str, whole: str) -> None:
    assert whole in _values(text, shape_free_form(text, [_f(text, A, raw)]))


def test_receipt_lines_and_note_phrases_are_no_address() -> None:
    text = "K0NSUM SUPERMARKET\n----\nMILCH 1L 2,49\nKAFFEE 450 Ft\n- Kontrolle in 2 wochen.\n"
    raws = [
        _f(text, A, "K0NSUM SUPERMARKET"),  # OCR'd heading: 0 for O
        _f(text, A, "MILCH 1L 2,49"),  # an item and its price
        _f(text, A, "KAFFEE 450 Ft"),
        _f(text, A, "2 wochen"),  # lower case in a capitalised text
    ]
    assert shape_free_form(text, raws) == []
    text = "Lieferadresse:\nRingstr. 5, 89073 Ulm\n"
    assert _values(text, shape_free_form(text, [_f(text, A, "Ringstr. 5, 89073 Ulm")])) == [
        "Ringstr. 5, 89073 Ulm"
    ]
    text = "VALUES ('Via Po 3', 'XK9348810');"  # a lone code stays covered: an id, maybe
    assert _values(text, shape_free_form(text, [_f(text, A, "XK9348810")])) == ["XK9348810"]


def test_a_surname_left_out_at_the_end_of_a_field_joins_the_name() -> None:
    text = "Beneficiaire: Rémi Fabre\nIBAN: FR76 3000"
    assert _values(text, shape_free_form(text, [_f(text, P, "Rémi")])) == ["Rémi Fabre"]
    text = "患者: 大森\u3000和香\n生年月日: 1981"
    assert _values(text, shape_free_form(text, [_f(text, P, "大森")])) == ["大森\u3000和香"]
    text = "this is Ines Carvalho Cheers"  # a sign-off at the text's end stays out
    raw = _f(text, P, "Ines Carvalho")
    assert _values(text, shape_free_form(text, [raw])) == ["Ines Carvalho"]


def test_a_first_name_left_out_after_a_label_and_split_names_join() -> None:
    text = "Beteg: Takacs Bence\nSzuletett: 1995"
    assert _values(text, shape_free_form(text, [_f(text, P, "Bence")])) == ["Takacs Bence"]
    text = "Ordonnance\nDr Lemoine\n> Hello Brenna,"  # a title or a greeting stays out
    raws = [_f(text, P, "Lemoine"), _f(text, P, "Brenna")]
    assert _values(text, shape_free_form(text, raws)) == ["Brenna", "Lemoine"]
    text = "Nev: Farkas Levente\nTel: 0036"
    raws = [_f(text, P, "Farkas"), _f(text, P, "Levente")]
    assert _values(text, shape_free_form(text, raws)) == ["Farkas Levente"]


def test_a_form_label_taken_for_a_name_hands_over_to_its_value() -> None:
    form = "Datum: 2.3.2025\nPlatitel: Ivo Kral\nIBAN: CZ12 3456\nUcet: 123\nPoznamka: najem"
    out = shape_free_form(form, [_f(form, P, "Platitel")])
    assert _values(form, out) == ["Ivo Kral"]


def test_a_postcode_alone_in_its_field_stays_an_address_line() -> None:
    text = "お届け先:\n北海道札幌市中央区北一条西1-2-3\n060-0001\n☎ 090"
    raw = _f(text, A, "060-0001")
    assert _values(text, shape_free_form(text, [raw])) == ["060-0001"]
    text = "sensor lux=7852\n"
    assert shape_free_form(text, [_f(text, A, "7852")]) == []
