"""Where an address starts and ends, fourth pass (hybridsdk/routing/_address_bounds.py),
called from _span_rules.shape_free_form.

The tagger's raw spans are written out by hand. All texts, streets and numbers are made up.
"""

from __future__ import annotations

import pytest

from hybridsdk.routing import _address_bounds as ab
from hybridsdk.routing._address_lines import middle_lines
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._span_rules import shape_free_form
from hybridsdk.routing._street_words import ends_in_street_word, is_street_word, is_unit_word

A, P = PiiKind.ADDRESS, PiiKind.PERSON


def _f(text: str, kind: PiiKind, value: str) -> Finding:
    at = text.index(value)
    return Finding.from_span(kind, text, at, at + len(value), 0.5, "ner")


def _addresses(text: str, *raw: str, people: tuple[str, ...] = ()) -> list[str]:
    found = [_f(text, A, v) for v in raw] + [_f(text, P, v) for v in people]
    return sorted(f.value(text) for f in shape_free_form(text, found) if f.kind is A)


def _free(a: int, b: int) -> bool:
    return True


def _span(text: str, value: str) -> tuple[int, int]:
    at = text.index(value)
    return at, at + len(value)


# ---------------------------------------------------------------- street words


def test_street_and_unit_words_of_many_conventions() -> None:
    for word in ("Ave.", "ul.", "Calle", "Rua", "Triq", "küç.", "გამზ.", "ул.", "Jr.", "Lor"):
        assert is_street_word(word), word
    for word in ("Blk", "Flat", "кв.", "apto", "bl.", "বাড়ি"):
        assert is_unit_word(word), word
    assert ends_in_street_word("Lindenstraße") and ends_in_street_word("Puistokatu")
    assert not is_street_word("Maria") and not ends_in_street_word("Weg")


# ---------------------------------------------------------------- the start


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("Funeral: 03-04-2031, 12 Elm Road, Leeds", "03-04-2031, 12 Elm Road, Leeds", "12 Elm"),
        ("Velório: 2031-04-03, Rua Nova 5, Porto", "2031-04-03, Rua Nova 5, Porto", "Rua Nova"),
        ("Pohřeb: 3. 4. 2031, Dlouhá 5, Brno", "3. 4. 2031, Dlouhá 5, Brno", "Dlouhá"),
        ("Útför: 3. maí 2031, Langahlíð 5, 105 Reykjavík", "2031, Langahlíð 5", "Langahlíð"),
    ],
)
def test_a_leading_date_is_no_part_of_the_address(text: str, value: str, want: str) -> None:
    a, b = _span(text, value)
    assert text[ab.lead_date(text, a, b) :].startswith(want)


def test_a_house_number_or_a_lone_year_is_kept() -> None:
    text = "Office: 2031, Triq il-Kbira, Mosta"  # no date before the year
    a, b = _span(text, "2031, Triq il-Kbira")
    assert ab.lead_date(text, a, b) == a
    text = "12-14, Rue Haute, Namur"  # a house number range, not a date
    assert ab.lead_date(text, 0, len(text)) == 0


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("Départ: Chaussée d'Alsemberg 12, 1180 Uccle", "Alsemberg 12, 1180 Uccle", "Chaussée"),
        ("Origen: Jr. de la Paz 410, Cusco", "Paz 410, Cusco", "Jr. de la Paz"),
        ("Ünvan: Nizami küç. 14, Gəncə", "14, Gəncə", "Nizami küç. 14"),
        ("მისამართი: ჭავჭავაძის გამზ. 12, ბათუმი", "12, ბათუმი", "ჭავჭავაძის გამზ."),
        ("Pickup: Blk 12 Bedok North Ave 3", "Ave 3", "Blk 12 Bedok North"),
    ],
)
def test_a_span_started_inside_its_street_name_takes_the_name(
    text: str, value: str, want: str
) -> None:
    a, b = _span(text, value)
    assert text[ab.street_left(text, a, b, _free) :].startswith(want)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("we moved to Rose Hill 5, Leeds", "Rose Hill 5, Leeds"),  # prose before
        ("neue Anschrift Lindenstraße 12, Bonn", "Lindenstraße 12, Bonn"),  # a cue, a street
        ("Name: Ann Lee, 5 Elm Road", "5 Elm Road"),  # a comma: another field
        ("Trafic. Calea Mare 5", "Calea Mare 5"),  # a sentence's end
        ("ვცხოვრობ ქალაქში 12, ბათუმი", "12, ბათუმი"),  # uncased prose, no street word
        ("Avenida 5 de Outubro, 99, 8.º Dto. 4011-360 Porto", "4011-360 Porto"),  # a postcode
    ],
)
def test_no_left_stretch_over_prose_cues_or_fields(text: str, value: str) -> None:
    a, b = _span(text, value)
    assert ab.street_left(text, a, b, _free) == a


def test_prose_or_a_cue_the_tagger_took_in_before_the_street() -> None:
    text = "Мы переехали, новый адрес 420000, Казань, ул. Лесная, д. 5"
    assert text[ab.head_words(text, 0, len(text)) :].startswith("420000")
    text = "pick up from Str. Morii nr. 5, Iași"
    assert text[ab.head_words(text, 0, len(text)) :].startswith("Str.")
    text = "ul. Polna 5, 00-001 Warszawa"  # a lower-case street word opens it: kept
    assert ab.head_words(text, 0, len(text)) == 0


# ---------------------------------------------------------------- the end


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("at Oak Road 5 (near no. 7)\n", "Oak Road 5 (near no. 7)", "Oak Road 5"),
        ("по адресу: ул. Лесная, д. 5 (продавец), и", "ул. Лесная, д. 5 (продавец)", "д. 5"),
        ("Pickup: Rue Neuve 5, Namur (50.46, 4.87)\n", "Rue Neuve 5, Namur (50.46, 4.87)", "Namur"),
        ("me: 5 Elm Rd, 110 Town, Passport No. X1234567", "5 Elm Rd, 110 Town, Passport", "Town"),
        ("Via Po 5, 10100 Torino, tessera 88881234\n", "Via Po 5, 10100 Torino", "Torino"),
        ("at Kolejowa 5, 31-508 Kraków w dniu 3", "Kolejowa 5, 31-508 Kraków w", "Kraków"),
        (
            "nouto Rantatie 5, 01300 Vantaa, ovikoodi 4417.",
            "Rantatie 5, 01300 Vantaa, ovikoodi 4417",
            "Vantaa",
        ),
    ],
)
def test_remarks_id_labels_and_prose_are_cut_off(text: str, value: str, want: str) -> None:
    a, b = _span(text, value)
    assert text[a : ab.trail_remark(text, a, b)].endswith(want)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ul. Polna 5, 00-001 Warszawa, m. 4\n", "Ul. Polna 5, 00-001 Warszawa, m. 4"),
        ("C/ Mayor, 12, bajo\n", "C/ Mayor, 12, bajo"),
        ("Storgata 5, leil. H0101, 0150 Oslo\n", "Storgata 5, leil. H0101, 0150 Oslo"),
        ("Vrtna ulica 5, 8000 Novo mesto\n", "Vrtna ulica 5, 8000 Novo mesto"),
        ("5 Elm St, Springfield 62704 for you", "5 Elm St, Springfield 62704"),
        ("Main St 5, Dublin (Ireland)", "Main St 5, Dublin (Ireland)"),
    ],
)
def test_unit_parts_and_town_words_are_kept(text: str, value: str) -> None:
    a, b = _span(text, value)
    assert ab.trail_remark(text, a, b) == b


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("Origen: Calle Sol 5, Centro, Temuco (-38.7, -72.6)", "Calle Sol 5, Centro", "Temuco"),
        (
            "residente em Rua A, n.º 5, Viana, Luanda, como vendedor",
            "Rua A, n.º 5, Viana",
            "Luanda",
        ),
        ("Götürmə: Nizami küç. 5, Şəki AZ5500 (41.1, 47.1)", "Nizami küç. 5, Şəki", "AZ5500"),
        ("LOCATION:Vrtna ulica 5\\, 8000 Novo mesto\nUID:1", "Vrtna ulica 5\\, 8000 Novo", "mesto"),
        ("Ship to: 34 Mabini St., Brgy. Ubos\n8000 Davao", "34 Mabini St., Brgy", "Brgy. Ubos"),
        ("Pickup: Flat 2, 9, Triq il-Kbira, Mosta MST 1010\n", "Flat 2, 9, Triq", "MST 1010"),
        ("Adres: Žalgirio g. 5, LT-01234 Vilnius · tel", "Žalgirio g. 5, LT-01234", "Vilnius"),
        ("Me: Unit 2, 5 Rizal Ave., Brgy. Roque, 1600 Pasig\n", "Unit 2, 5 Rizal Ave", "Pasig"),
        ("at Main St 5, B7600XYZ Mar del Plata, el día", "Main St 5", "Mar del Plata"),
    ],
)
def test_a_span_cut_before_its_last_parts_takes_them(text: str, value: str, want: str) -> None:
    a, b = _span(text, value)
    assert text[a : ab.comma_parts(text, a, b, _free, "")].endswith(want)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("at 12 Oak St, Leeds, Passport No. X1234567", "12 Oak St, Leeds"),  # an id's label
        ("Hauptstraße 5, 69117 Heidelberg, Klingel unten", "Hauptstraße 5, 69117 Heidelberg"),
        ("at 12 Oak St, Springfield, IL 62704 Thanks so much", "12 Oak St, Springfield, IL 62704"),
        ("Calle Sol 5, (4000) Tucumán, el timbre no anda", "Calle Sol 5, (4000) Tucumán"),
        ("Kolejowa 5, 31-508 Kraków data urodzenia", "Kolejowa 5, 31-508 Kraków"),  # prose
        ("Rua Nova, Porto, Portugal", "Rua Nova, Porto"),  # no number: no address to finish
    ],
)
def test_no_tail_taken_over_labels_prose_or_closed_addresses(text: str, value: str) -> None:
    a, b = _span(text, value)
    assert ab.comma_parts(text, a, b, _free, "") == b


def test_comma_parts_stop_at_a_csv_comma() -> None:
    text = "Rua Nova 5, Porto, ACTIVE\n"
    assert ab.comma_parts(text, 0, 10, _free, ",") == 10
    text = "Rua Nova 5,Porto,ACTIVE\n"  # a comma without a blank: a cell's end
    assert ab.comma_parts(text, 0, 10, _free, "") == 10
    assert ab.comma_join(text, [(0, 10), (11, 16)], _free) == [(0, 10), (11, 16)]


def test_a_lower_case_town_word_only_in_a_field_of_its_own() -> None:
    text = "Lieferung an Lindenweg 9, 10243 Berlin bitte\n"
    a, b = _span(text, "Lindenweg 9, 10243 Berlin")
    assert ab.comma_parts(text, a, b, _free, "") == b
    text = "Naslov: Vrtna ulica 5, 8000 Novo mesto\n"
    a, b = _span(text, "Vrtna ulica 5, 8000 Novo")
    assert text[a : ab.comma_parts(text, a, b, _free, "")].endswith("Novo mesto")


def test_a_sentence_end_is_no_abbreviation() -> None:
    text = "Calle Sol 29, Col. Centro, 06000 Ciudad, CDMX. Me conecto luego."
    a, b = _span(text, "Calle Sol 29, Col. Centro")
    assert not text[a : ab.comma_parts(text, a, b, _free, "")].endswith(("Me", "."))


def test_two_spans_with_only_a_comma_between_them_are_one() -> None:
    text = "Address: Unit 2, 5 Rizal Ave., Brgy. San Roque, Pasig City\n"
    a = _span(text, "Unit 2, 5 Rizal Ave")
    b = _span(text, "Brgy. San Roque, Pasig City")
    assert ab.comma_join(text, [a, b], _free) == [(a[0], b[1])]
    text = "Keeper: Flat 2, 9, Triq il-Wied, Mosta MST 1010\n"  # a street word before a blank
    a = _span(text, "Flat 2, 9, Triq")
    b = _span(text, "il-Wied, Mosta MST 1010")
    assert ab.comma_join(text, [a, b], _free) == [(a[0], b[1])]
    text = "Rua A 5 Rua B 6"  # a blank after a house number: two addresses
    assert len(ab.comma_join(text, [(0, 7), (8, 15)], _free)) == 2
    text = "Rua A 5; Rua B 6"  # another field
    assert len(ab.comma_join(text, [(0, 7), (9, 16)], _free)) == 2


# ---------------------------------------------------------------- whole lines


def test_town_and_unit_lines_after_an_address_line() -> None:
    text = "Ship to:\nAmy Tan\nBlk 9 Bedok Ave 3\n#05-12\nSingapore 460123\n+65 6123 4567\n"
    got = [text[a:b] for a, b in ab.city_lines(text, [_span(text, "Blk 9 Bedok Ave 3")], _free)]
    assert got == ["#05-12", "Singapore 460123"]
    text = "Av. Sol 25\nÑuble, Chillán\n\nTotal"
    got = [text[a:b] for a, b in ab.city_lines(text, [_span(text, "Av. Sol 25")], _free)]
    assert got == ["Ñuble, Chillán"]


@pytest.mark.parametrize(
    "after",
    ["Thanks a lot", "Tel: 555 1234", "TOTAL 12345", "Maria Silva", "Meter no. 12345"],
)
def test_no_town_line_from_names_labels_or_receipts(after: str) -> None:
    text = f"12 Oak Road\n{after}\n"
    assert ab.city_lines(text, [(0, 11)], _free) == []


def test_a_middle_line_is_read_under_indentation() -> None:
    text = "Address:\n  12 Oak Road\n  Rosebank\n  Durban, 4001\n"
    spans = [_span(text, "12 Oak Road"), _span(text, "Durban, 4001")]
    assert [text[a:b] for a, b in middle_lines(text, spans)] == ["Rosebank"]


# ---------------------------------------------------------------- what is no address


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("FOR SALE: flat in Elm Street, Leeds\nNear the park.", "Elm Street, Leeds"),
        ("Plate: AB 123 | Rue Haute, Namur | 12/03/2031", "Rue Haute, Namur"),
        ("Acme Ltd., Market Square, Bray.", "Market Square, Bray"),
        ("Ünvan yoxdur. Mağaza: Nizami küç., Gəncə", "Nizami küç., Gəncə"),
    ],
)
def test_a_street_or_place_alone_is_no_address(text: str, value: str) -> None:
    assert ab.lone_street(text, [_span(text, value)]) == [False]


def test_a_street_without_number_next_to_an_address_line_is_kept() -> None:
    text = "Dar il-Ward, Triq il-Kbira\nMosta MST 1010\n"
    spans = [_span(text, "Dar il-Ward, Triq il-Kbira"), _span(text, "Mosta MST 1010")]
    assert ab.lone_street(text, spans) == [True, True]
    text = "Address: Rose Cottage, Main Street, Bray\n"  # an address cue before it
    assert ab.lone_street(text, [_span(text, "Rose Cottage, Main Street, Bray")]) == [True]


@pytest.mark.parametrize(
    "value",
    ["Cork, 14th March 2031", "En Lima, el 4 de enero", "Back in 10 min", "Arrive in 3 days"],
)
def test_dates_and_durations_are_no_address(value: str) -> None:
    text = value + " thanks"
    assert ab.date_words(text, 0, len(value))


@pytest.mark.parametrize(
    "value", ["Calle 5 de Mayo 123, Puebla", "12 May Road, Leeds", "Storgata 5, 0150 Oslo"]
)
def test_streets_named_for_dates_stay_addresses(value: str) -> None:
    assert not ab.date_words(value, 0, len(value))


# ---------------------------------------------------------------- through shape_free_form


def test_the_pass_runs_in_shape_free_form() -> None:
    text = "Velório: 03-04-2031, Rua Nova 5, Viana, Luanda, como vendedor.\n"
    got = _addresses(text, "03-04-2031, Rua Nova 5, Viana")
    assert got == ["Rua Nova 5, Viana, Luanda"]
    text = "Parking: Elm Street, Leeds | 12/03/2031\n"
    assert _addresses(text, "Elm Street, Leeds") == []
    text = "Sent to Rua Nova 5, Maria Lopes said so.\n"  # the tagger's name blocks the tail
    assert _addresses(text, "Rua Nova 5", people=("Maria Lopes",)) == ["Rua Nova 5"]
