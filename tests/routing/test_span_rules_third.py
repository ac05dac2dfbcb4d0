"""Span rules, third pass: records, name shapes, address joins and edges
(hybridsdk/routing/_record_fields.py, _person_shapes.py, _address_joins.py,
_address_edges.py, called from _span_rules.shape_free_form).

The tagger's raw spans are written out by hand (what it does on such texts), so each rule
is tested on its own, with hard negatives. All texts, names and streets are made up.
"""

# ruff: noqa: RUF001

from __future__ import annotations

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._span_rules import shape_free_form

A, P = PiiKind.ADDRESS, PiiKind.PERSON


def _f(text: str, kind: PiiKind, value: str, nth: int = 0, detector: str = "ner") -> Finding:
    at = -1
    for _ in range(nth + 1):
        at = text.index(value, at + 1)
    return Finding.from_span(kind, text, at, at + len(value), 0.5, detector)


def _values(text: str, findings: list[Finding], kind: PiiKind | None = None) -> list[str]:
    return sorted(f.value(text) for f in findings if kind is None or f.kind is kind)


# ---------------------------------------------------------------- records: vCard


VCARD = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Ostrowska;Teodora;;;\nFN:Teodora Ostrowska\n"
    "ORG:Ostrowski Meble\nADR;TYPE=HOME:;;ul. Jaśminowa 12/4;Lublin;;20-418;Polska\n"
    "END:VCARD"
)


def test_a_vcards_name_fields_are_names_whatever_the_tagger_saw() -> None:
    raw = [_f(VCARD, A, "Teodora Ostrowska"), _f(VCARD, P, "Ostrowski Meble")]
    out = shape_free_form(VCARD, raw)
    assert _values(VCARD, out, P) == ["Ostrowska", "Teodora", "Teodora Ostrowska"]


def test_a_vcards_adr_is_one_address_without_its_country() -> None:
    raw = [_f(VCARD, A, "ul. Jaśminowa 12/4"), _f(VCARD, P, "Polska")]
    out = shape_free_form(VCARD, raw)
    assert _values(VCARD, out, A) == ["ul. Jaśminowa 12/4;Lublin;;20-418"]
    assert "Polska" not in _values(VCARD, out, P)


def test_a_short_adr_drops_its_last_part_when_that_is_a_country() -> None:
    text = "BEGIN:VCARD\nFN:Rui Matos\nADR:;;Calle 9 # 14-20, Pasto;Colombia\nEND:VCARD"
    out = shape_free_form(text, [_f(text, A, "Calle 9 # 14-20")])
    assert _values(text, out, A) == ["Calle 9 # 14-20, Pasto"]


def test_no_vcard_no_record_names() -> None:
    text = "FN: Aldo Ferri wrote\nN: Ferri;Aldo"  # no BEGIN:VCARD
    out = shape_free_form(text, [_f(text, P, "Aldo")])
    assert _values(text, out, P) == ["Aldo"]


# ---------------------------------------------------------------- records: tables


def test_a_name_column_of_a_table_holds_names_in_every_row() -> None:
    text = (
        "#\tNome completo\tTelemóvel\tCidade\n"
        "1\tIrene Valadares\t+351 912 000 111\tBraga\n"
        "2\tTomé Azinheira\t+351 913 000 222\tFaro\n"
        "3\tVasco Lobato\t+351 914 000 333\tÉvora\n"
    )
    raw = [_f(text, P, "Tomé Azinheira"), _f(text, P, "Telemóvel")]
    out = shape_free_form(text, raw)
    assert _values(text, out, P) == ["Irene Valadares", "Tomé Azinheira", "Vasco Lobato"]


def test_a_table_without_a_name_header_gets_no_names() -> None:
    text = "Produkt\tMenge\tPreis\nHafer Drink\t2\t3,98\nBergkäse\t1\t7,50\n"
    out = shape_free_form(text, [_f(text, P, "Bergkäse")])
    assert set(_values(text, out, P)) <= {"Bergkäse"}  # no cell became a name


def test_cells_with_digits_or_at_signs_are_not_names() -> None:
    text = "Name;Email\nx9 build;ops@example.org\nLidia Cortés;l.cortes@example.org\n"
    out = shape_free_form(text, [_f(text, P, "Lidia Cortés")])
    assert _values(text, out, P) == ["Lidia Cortés"]


def test_a_house_number_before_a_tab_is_not_taken_into_an_address() -> None:
    text = "Nr\tStrasse\tOrt\n4\tLindenweg 8\tAarau\n"
    out = shape_free_form(text, [_f(text, A, "Lindenweg 8")])
    assert _values(text, out, A) == ["Lindenweg 8"]


# ---------------------------------------------------------------- records: forms, headers


def test_form_inputs_and_labelled_lines_carry_names() -> None:
    text = (
        '<input id="first_name" name="first_name" value="Maelle"/>\n'
        '<input id="city" name="city" value="Rennes"/>\n'
        "<dl><dt>Apellido</dt><dd>Quiroga</dd></dl>\n"
    )
    out = shape_free_form(text, [_f(text, P, "Rennes")])
    assert _values(text, out, P) == ["Maelle", "Quiroga"]


def test_a_labelled_name_line_loses_its_title() -> None:
    text = "Delivery slip 4411\nName: Dr. Imogen Harte\nDeliver to: 3 Quay Row"
    out = shape_free_form(text, [_f(text, P, "Dr. Imogen Harte")])
    assert _values(text, out, P) == ["Imogen Harte"]


def test_a_labelled_line_that_is_no_name_stays_unfound() -> None:
    text = "Name: project kickoff 2025\nNome: 12 pezzi"
    out = shape_free_form(text, [_f(text, P, "Nome")])
    assert "project kickoff 2025" not in _values(text, out, P)
    assert "12 pezzi" not in _values(text, out, P)


def test_a_header_line_matching_the_email_is_a_name() -> None:
    text = "OLAVO BRANDT\nCurriculum\n\nolavo.brandt77@example.net | +49 151 000000\n"
    out = shape_free_form(text, [_f(text, P, "Curriculum")])
    assert "OLAVO BRANDT" in _values(text, out, P)


def test_a_header_line_unrelated_to_the_email_is_not_a_name() -> None:
    text = "QUARTERLY REVIEW\n\nsend notes to office@example.net\n"
    out = shape_free_form(text, [_f(text, P, "QUARTERLY REVIEW")])
    assert "QUARTERLY REVIEW" in _values(text, out, P)  # left as the tagger had it
    out = shape_free_form(text, [_f(text, A, "office")])
    assert _values(text, out, P) == []


def test_an_airline_passenger_name_before_its_title() -> None:
    text = "NAME OF PASSENGER  MARQUES/ODETE MRS\nFROM OPO  TO FRA  FLIGHT LH 1177"
    out = shape_free_form(text, [_f(text, A, "FROM OPO  TO FRA  FLIGHT LH 1177")])
    assert _values(text, out, P) == ["MARQUES/ODETE"]
    assert _values(text, out, A) == []  # a flight line is no address


# ---------------------------------------------------------------- name shapes


def test_a_patronymic_joins_both_names() -> None:
    text = "Reported by: Hakim bin Sulaiman (hakim@example.my)\nPenerima: Devi a/p Raman\n"
    raw = [_f(text, P, "Hakim"), _f(text, P, "Raman")]
    out = shape_free_form(text, raw)
    assert _values(text, out, P) == ["Devi a/p Raman", "Hakim bin Sulaiman"]


def test_bin_in_prose_is_not_a_patronymic() -> None:
    text = "Put it in the bin before Friday, said Moira."
    out = shape_free_form(text, [_f(text, P, "Moira")])
    assert _values(text, out, P) == ["Moira"]


def test_a_chat_speaker_field_is_the_whole_name() -> None:
    text = "09:14 Ravi Menon > the build is green\n09:15 Ana > ok"
    out = shape_free_form(text, [_f(text, P, "Menon")])
    assert _values(text, out, P) == ["Ravi Menon"]


def test_code_and_log_tokens_are_no_names() -> None:
    text = (
        "urllib3.exceptions.ReadTimeoutError: pool closed\n"
        '  File "/opt/app/run.py", line 12\n'
        "curl -H 'Accept-Language: de' https://example.org\n"
        "Date: Fri, 03 Jan 2025 10:00:00 GMT\n"
        "DB_OWNER: reports\n"
    )
    raw = [
        _f(text, P, "ReadTimeoutError"),
        _f(text, P, "File"),
        _f(text, P, "H 'Accept-Language"),
        _f(text, P, "Fri"),
        _f(text, P, "DB_OWNER"),
    ]
    assert _values(text, shape_free_form(text, raw), P) == []


def test_a_name_in_a_form_value_is_not_code() -> None:
    text = '<input name="fullname" value="Greta Lind"/>'
    out = shape_free_form(text, [_f(text, P, "Greta Lind")])
    assert _values(text, out, P) == ["Greta Lind"]


def test_a_markup_label_is_no_name() -> None:
    text = '<label for="surname">Nachname</label>\n<th>Voornaam</th>\n<p>Jonas Weber</p>'
    raw = [_f(text, P, "Nachname"), _f(text, P, "Voornaam"), _f(text, P, "Jonas Weber")]
    assert _values(text, shape_free_form(text, raw), P) == ["Jonas Weber"]


def test_a_nationality_value_is_no_name() -> None:
    text = "Guest: Oona Kivi\nStaatsangehörigkeit:   Finnland\nУйруғу: ...\nNationality: Irish"
    raw = [_f(text, P, "Oona Kivi"), _f(text, P, "Finnland"), _f(text, P, "Irish")]
    assert _values(text, shape_free_form(text, raw), P) == ["Oona Kivi"]


def test_a_kinship_contact_is_no_name_but_a_named_one_is() -> None:
    text = "[12.03.25, 10:01] Mutti: bist du da?\n[12.03.25, 10:02] Dominik: ja"
    raw = [_f(text, P, "Mutti"), _f(text, P, "Dominik")]
    assert _values(text, shape_free_form(text, raw), P) == ["Dominik"]


def test_a_company_with_its_legal_form_is_no_name() -> None:
    text = "Pay Kowal Plumbing Ltd. by Friday.\nEmployer: Yıldız İnşaat A.Ş.\nSigned: Ewa Kowal"
    raw = [_f(text, P, "Kowal", 0), _f(text, P, "Yıldız"), _f(text, P, "Ewa Kowal")]
    assert _values(text, shape_free_form(text, raw), P) == ["Ewa Kowal"]


def test_a_name_before_a_lower_case_word_and_a_legal_form_is_kept() -> None:
    text = "Merci Aline Favre vom Beispiel AG-Team"
    out = shape_free_form(text, [_f(text, P, "Aline Favre")])
    assert _values(text, out, P) == ["Aline Favre"]


def test_a_skill_list_is_no_name_nor_address() -> None:
    text = "SKILLS\nRust, Kotlin, Terraform, Figma\n"
    raw = [_f(text, P, "Rust, Kotlin"), _f(text, A, "Terraform, Figma")]
    assert shape_free_form(text, raw) == []


def test_a_post_name_title_is_taken_off_or_dropped() -> None:
    text = "Sayın Oya Tekin Hanım\nKemal Bey"
    raw = [_f(text, P, "Oya Tekin Hanım"), _f(text, P, "Bey")]
    assert _values(text, shape_free_form(text, raw), P) == ["Oya Tekin"]


def test_cv_year_lines_and_places_are_no_names() -> None:
    text = "2016 – 2019  Lagerist, Nordhafen Logistik\nOrt: Bremen\nBremen, 4. März 2025\n"
    raw = [_f(text, P, "Lagerist"), _f(text, P, "Bremen", 0), _f(text, P, "Bremen", 1)]
    assert shape_free_form(text, raw) == []


def test_a_street_ending_in_its_abbreviation_is_no_name() -> None:
    text = "Teslimat: Lale Sok. No:7 Kadıköy\nAlıcı: Lale Güven"
    raw = [_f(text, P, "Lale Sok"), _f(text, P, "Lale Güven")]
    assert _values(text, shape_free_form(text, raw), P) == ["Lale Güven"]


def test_a_city_after_a_postcode_becomes_the_address_line() -> None:
    text = "Sender:\nKalnų g. 4\nLT-10100 Vilnius\n"
    out = shape_free_form(text, [_f(text, P, "Vilnius")])
    assert _values(text, out, P) == []
    assert "LT-10100 Vilnius" in _values(text, out, A)


# ---------------------------------------------------------------- address joins and edges


def test_a_street_and_its_postcode_line_over_a_dash_are_one_address() -> None:
    text = "Local: Rua do Salitre 41 - 1250-198 Lisboa\nData: 3 de março"
    raw = [_f(text, A, "Rua do Salitre 41"), _f(text, A, "1250-198 Lisboa")]
    assert _values(text, shape_free_form(text, raw), A) == ["Rua do Salitre 41 - 1250-198 Lisboa"]


def test_a_span_before_a_dash_takes_the_postcode_and_city_but_not_the_sentence() -> None:
    text = "the van was parked at 88 Harbour Road - Cork T12 XY34 when it was hit"
    out = shape_free_form(text, [_f(text, A, "88 Harbour Road")])
    assert _values(text, out, A) == ["88 Harbour Road - Cork T12 XY34"]


def test_a_dash_before_words_alone_is_not_taken() -> None:
    text = "Meet at 12 Baker Lane - bring the keys please"
    out = shape_free_form(text, [_f(text, A, "12 Baker Lane")])
    assert _values(text, out, A) == ["12 Baker Lane"]


def test_a_span_from_the_house_number_takes_its_street_back() -> None:
    text = "Адрес: ул. „Липа“ № 14, ет. 2, 9000 Варна\n"
    out = shape_free_form(text, [_f(text, A, "14, ет. 2, 9000 Варна")])
    assert _values(text, out, A) == ["ул. „Липа“ № 14, ет. 2, 9000 Варна"]


def test_no_street_is_taken_back_over_prose() -> None:
    text = "we moved last spring to 14 Elm Court, Leeds LS6 2AB"
    out = shape_free_form(text, [_f(text, A, "14 Elm Court, Leeds LS6 2AB")])
    assert _values(text, out, A) == ["14 Elm Court, Leeds LS6 2AB"]


def test_an_address_cue_is_taken_off_and_units_are_taken_in() -> None:
    text = "الموقع: العنوان 4410 شارع النخيل، حي الورود\n地址：台中市西區民生路12巷3弄8號\n"
    raw = [_f(text, A, "العنوان 4410 شارع النخيل، حي الورود"), _f(text, A, "台中市西區民生路12")]
    assert _values(text, shape_free_form(text, raw), A) == [
        "4410 شارع النخيل، حي الورود",
        "台中市西區民生路12巷3弄8號",
    ]


def test_a_bracketed_postcode_before_the_span_is_taken_in() -> None:
    text = "받는 분:\n(04524) 서울특별시 중구 세종대로 9\n"
    out = shape_free_form(text, [_f(text, A, "서울특별시 중구 세종대로 9")])
    assert _values(text, out, A) == ["(04524) 서울특별시 중구 세종대로 9"]


def test_the_rest_of_an_address_line_is_taken() -> None:
    text = "Ship to:\n12 Orchard Close, Swords, Co.\nDublin\n17 Main St, Naas Kildare\n"
    out = shape_free_form(text, [_f(text, A, "17 Main St, Naas")])
    assert _values(text, out, A) == ["17 Main St, Naas Kildare"]


def test_the_rest_of_a_line_in_prose_is_not_taken() -> None:
    text = "Lieferung an 17 Main St, Naas bitte morgen"
    out = shape_free_form(text, [_f(text, A, "17 Main St, Naas")])
    assert _values(text, out, A) == ["17 Main St, Naas"]


def test_street_and_postcode_lines_next_to_a_found_one_are_taken() -> None:
    text = "Gavėjas:\nRūta Jonaitė\nPušų g. 19\nLT-50100 Kaunas\nTel. +370 600 00000\n"
    out = shape_free_form(text, [_f(text, A, "LT-50100 Kaunas")])
    assert _values(text, out, A) == ["LT-50100 Kaunas", "Pušų g. 19"]


def test_a_phone_or_label_line_is_no_neighbour() -> None:
    text = "Tel. 0049 30 1234567\n10115 Berlin\nKundennr.: 88812\n"
    out = shape_free_form(text, [_f(text, A, "10115 Berlin")])
    assert _values(text, out, A) == ["10115 Berlin"]


def test_datelines_ids_and_year_lines_are_no_addresses() -> None:
    text = 'Ljubljana, 3. maja 2024\n"user": "U07QX2LM9KA",\n2019–2021  Tovarna Lesa d.o.o.\n'
    raw = [
        _f(text, A, "Ljubljana, 3"),
        _f(text, A, "U07QX2LM9KA"),
        _f(text, A, "2019–2021  Tovarna Lesa d.o.o."),
    ]
    assert shape_free_form(text, raw) == []


def test_a_labelled_address_value_is_an_address() -> None:
    text = (
        "<dl><dt>نشانی</dt><dd>یزد، خیابان قیام، کوچه ۷، پلاک ۱۲</dd></dl>\nAdres: Lipowa 3, Kielce"
    )
    out = shape_free_form(text, [_f(text, P, "Kielce")])
    assert _values(text, out, A) == ["Lipowa 3, Kielce", "یزد، خیابان قیام، کوچه ۷، پلاک ۱۲"]


def test_a_labelled_address_without_a_number_or_with_an_email_is_not_taken() -> None:
    text = "Address: see below\nAdresse: info@example.fr 12\n"
    out = shape_free_form(text, [_f(text, P, "Address")])
    assert _values(text, out, A) == []


def test_a_kinship_word_with_a_final_sigma_is_no_name() -> None:
    text = "Μπαμπάς, [04.05.2025 09:12]\nέρχομαι\nΝίκος, [04.05.2025 09:13]\nok"
    raw = [_f(text, P, "Μπαμπάς"), _f(text, P, "Νίκος")]
    assert _values(text, shape_free_form(text, raw), P) == ["Νίκος"]
