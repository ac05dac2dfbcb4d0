"""The structural reader (`_structure`, `_structure_spans`, `_structure_keys`) on formats
that no dev set holds (EDI X12, INI, TOML, protobuf text, Windows event XML, vCalendar,
RADIUS, SIP, mbox, logfmt), in several languages: keys, tags and segment ids are no
names; values under a name's or an address's key are; chats and directories keep theirs.
"""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._record_fields import Records
from hybridsdk.routing._structure import Structure, key_words, value_kind
from hybridsdk.routing._structure_keys import no_name_key
from hybridsdk.routing._structure_spans import apply_structure

P, A = PiiKind.PERSON, PiiKind.ADDRESS


def _f(text: str, kind: PiiKind, value: str, nth: int = 0) -> Finding:
    at = -1
    for _ in range(nth + 1):
        at = text.index(value, at + 1)
    return Finding.from_span(kind, text, at, at + len(value), 0.8, "ner")


def _keys(text: str) -> list[str]:
    return [text[a:b] for a, b in Structure(text).keys]


def _run(text: str, people: list[str], addrs: list[str] = ()) -> tuple[list[str], list[str]]:
    """Values of the people and of the name fields after `apply_structure`."""
    ps = [_f(text, P, v) for v in people]
    ad = [_f(text, A, v) for v in addrs]
    ad, ps, names, _ = apply_structure(text, ad, ps)
    return [text[f.start : f.end] for f in ps], [text[a:b] for a, b in names]


# ---------------------------------------------------------------- key words


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("patient.givenName", "given name"),
        ("FIRST_NAME", "first name"),
        ("contact-name", "contact name"),
        ("FamilyName", "family name"),
        ("Nombre completo", "nombre completo"),
        ("姓名", "姓名"),
    ],
)
def test_key_words_read_any_case_style(key: str, words: str) -> None:
    assert key_words(key) == words


def test_value_kinds() -> None:
    kinds = [value_kind(v) for v in ("a@b.example", "+48 600 100 200", "Flat 2B", "Ana Ruiz")]
    assert kinds == ["mail", "number", "mixed", "words"]


# ---------------------------------------------------------------- keys found


def test_x12_segment_ids_are_keys_and_an_address_is_cut_to_its_value() -> None:
    text = "ISA*00*SENDER*ZZ~\nNM1*IL*1*KOWALCZYK*MAREK~\nN3*UL. LIPOWA 14~\nN4*KRAKOW*MA*30001~"
    assert {"ISA", "NM1", "N3", "N4"} <= set(_keys(text))
    ps = [_f(text, A, "N3*UL. LIPOWA 14~")]
    out, _, _, _ = apply_structure(text, ps, [])
    assert [text[f.start : f.end] for f in out] == ["UL. LIPOWA 14"]


def test_windows_event_xml_tags_attributes_and_identifiers_are_no_names() -> None:
    text = (
        "<Event><System><Computer>WS-07</Computer></System><EventData>"
        '<Data Name="TargetUserName">jvermeulen</Data>'
        '<Data Name="SubjectUserName">Joost Vermeulen</Data></EventData></Event>'
    )
    assert {"Event", "Data", "Name", "Computer"} <= set(_keys(text))
    people, names = _run(text, ["EventData", "TargetUserName", "Joost Vermeulen"])
    assert people == ["Joost Vermeulen"]
    assert "TargetUserName" not in names


def test_json_keys_in_chinese_and_arabic_are_keys_and_name_keys_give_names() -> None:
    text = '{"客户": {"姓名": "王秀英", "电话": "+86 138 0013 8000"}, "givenName": "Rania"}'
    assert {"客户", "姓名", "电话", "givenName"} <= set(_keys(text))
    people, names = _run(text, ["姓名", "王秀英"])
    assert people == ["王秀英"]
    assert set(names) >= {"王秀英", "Rania"}


def test_ini_and_toml_name_keys_give_names_and_address_keys_addresses() -> None:
    text = (
        "[owner]\nfirst_name = Ingrid\nlast_name = Solberg\n"
        "street_address = Storgata 12, 0155 Oslo\nport = 143\n"
    )
    _, _, names, places = apply_structure(text, [], [])
    assert [text[a:b] for a, b in names] == ["Ingrid", "Solberg"]
    assert [text[a:b] for a, b in places] == ["Storgata 12, 0155 Oslo"]


def test_protobuf_text_name_fields() -> None:
    text = 'person {\n  given_name: "Aiko"\n  family_name: "Tanabe"\n  id: 1234\n}'
    _, names = _run(text, [])
    assert names == ["Aiko", "Tanabe"]


def test_logfmt_and_radius_runs_give_names_up_to_the_next_key() -> None:
    text = "ts=2026-03-01 level=info user=jdoe fullName=Chiara Esposito plan=Premium\n"
    assert {"ts", "level", "user", "fullName", "plan"} <= set(_keys(text))
    _, names = _run(text, [])
    assert names == ["Chiara Esposito"]
    radius = 'User-Name="Kemal Aydın" NAS-IP-Address=10.0.0.5 Acct-Status-Type=Start'
    _, names = _run(radius, [])
    assert names == ["Kemal Aydın"]


def test_ldap_postal_address_is_split_at_its_dollar_lines() -> None:
    text = (
        "dn: uid=x\ncn: Olga Petrova\npostalAddress: ul. Lenina 5, kv. 3$190000 Sankt-Peterburg\n"
    )
    _, _, names, places = apply_structure(text, [], [])
    assert [text[a:b] for a, b in places] == ["ul. Lenina 5, kv. 3", "190000 Sankt-Peterburg"]
    assert [text[a:b] for a, b in names] == ["Olga Petrova"]


def test_sip_and_mbox_header_keys_are_no_names() -> None:
    text = (
        "Via: SIP/2.0/UDP pc33.example.com\nMax-Forwards: 70\n"
        "To: Bożena Wiśniewska <sip:bozena@example.com>\nContent-Type: application/sdp\n"
    )
    people, _ = _run(text, ["Max-Forwards", "Bożena Wiśniewska"])
    assert people == ["Bożena Wiśniewska"]


def test_vcalendar_parameters_are_keys() -> None:
    text = "ATTENDEE;CN=Tomás Iglesias;ROLE=REQ-PARTICIPANT:mailto:t@example.es"
    assert {"CN", "ROLE"} <= set(_keys(text))


# ---------------------------------------------------------------- forms and tables


def test_form_labels_in_several_languages_are_dropped() -> None:
    text = "Qëllimi: rinovim\nOra: 14:47\nEmail: a@b.example\nDrejtuesi: Arben Hoxha\n"
    people, _ = _run(text, ["Ora", "Arben Hoxha"])
    assert people == ["Arben Hoxha"]


def test_a_key_value_table_drops_its_keys_and_its_name_row_is_no_header() -> None:
    text = (
        "| Campo | Valor |\n|---|---|\n| Nombre | Juan Pérez |\n"
        "| Fecha de nacimiento | 1990-01-02 |\n| Celular | +502 5555 1234 |\n"
        "| Correo | jp@example.com |\n"
    )
    people, names = _run(text, ["Juan Pérez", "Celular", "Correo"])
    assert people == ["Juan Pérez"]
    assert names == ["Juan Pérez"]
    assert [text[a:b] for a, b in Records(text).names] == []


def test_values_under_place_vehicle_and_insurer_keys_hold_no_names() -> None:
    text = (
        "Lieu de naissance: Garoua\nVéhicule: Dacia Logan\nAssureur: Chanas\n"
        "Conducteur: Paul Mbarga\nTél: 699 00 00 00\n"
    )
    people, _ = _run(text, ["Garoua", "Dacia Logan", "Chanas", "Paul Mbarga"])
    assert people == ["Paul Mbarga"]


@pytest.mark.parametrize(
    "key",
    ["Place of birth", "Τόπος γέννησης", "Vendlindja", "Fahrzeugmodell", "Geschlecht", "出生地"],
)
def test_no_name_keys(key: str) -> None:
    assert no_name_key(key_words(key))


@pytest.mark.parametrize("key", ["Name", "Father", "Πατέρας", "Conductor", "Titular"])
def test_name_keys_are_not_no_name_keys(key: str) -> None:
    assert not no_name_key(key_words(key))


# ---------------------------------------------------------------- hard negatives


def test_a_chat_keeps_its_speakers() -> None:
    text = "Rouli: maaf telat\nSugih: siap\nRouli: ok nanti\nDewi: aku juga\n"
    people, _ = _run(text, ["Rouli", "Sugih", "Dewi"])
    assert people == ["Rouli", "Sugih", "Dewi"]


def test_a_note_line_with_a_name_in_its_subject_is_kept() -> None:
    text = "* Telefonat mit Jonas Weber: möchte wechseln\n* Datum: 3.4.\n* Ort: Bonn\n"
    people, _ = _run(text, ["Jonas Weber"])
    assert people == ["Jonas Weber"]


def test_a_directory_keeps_its_names_before_their_numbers() -> None:
    text = "Ana Ruiz: 2231\nBeatriz Gil: 2232\nCarla Soto: 2233\nDiego Paz: 2234\n"
    people, _ = _run(text, ["Ana Ruiz", "Beatriz Gil", "Carla Soto", "Diego Paz"])
    assert len(people) == 4


def test_tab_separated_rows_are_no_key_value_lines() -> None:
    text = "Merita Gjini\tNGO Vida\tm@example.al\nArta Leka\tPRESS\ta@example.al\nX\tY\tZ\n"
    people, _ = _run(text, ["Merita Gjini", "Arta Leka"])
    assert people == ["Merita Gjini", "Arta Leka"]


def test_a_name_value_must_look_like_a_name() -> None:
    text = '{"name": "CRM-API v2", "first_name": "ADMIN", "last_name": "n/a", "nombre": "Lía"}'
    _, names = _run(text, [])
    assert names == ["Lía"]


def test_plain_prose_has_no_structure() -> None:
    text = "Ana Ruiz met Jonas Weber in Bonn; they talked about the plan."
    st = Structure(text)
    assert not (st.keys or st.form_keys or st.fields)


def test_an_aligned_table_names_its_name_column_cells_and_drops_its_header() -> None:
    text = (
        "    nombre            nacimiento   saldo\n"
        "0  Ximena Quispe     1980-02-03   120.50\n"
        "1  Tadeo Mamani      1975-11-30   88.00\n"
    )
    assert _keys(text) == ["nombre", "nacimiento", "saldo"]
    people, names = _run(text, ["nombre", "Ximena"])
    assert people == ["Ximena"]
    assert names == ["Ximena Quispe", "Tadeo Mamani"]


def test_an_aligned_product_table_gives_no_names() -> None:
    text = "SKU      Article          Qty\nA1       Kaffeemühle Alba  2\nB2       Wasserkocher Nord 5\n"
    _, names = _run(text, [])
    assert names == []


def test_a_component_address_loses_its_trailing_country_code() -> None:
    text = "PID|1||77^^^H^MR||Quispe^Ana||19800101|F|||Jr. Lima 120^^15001 Lima^PE||"
    ad = [_f(text, A, "Jr. Lima 120^^15001 Lima^PE")]
    out, _, _, _ = apply_structure(text, ad, [])
    assert [text[f.start : f.end] for f in out] == ["Jr. Lima 120^^15001 Lima"]
    plain = "Dirección: Jr. Lima 120, Lima PE\nTel: 1\nCorreo: a@b.pe\n"
    out, _, _, _ = apply_structure(plain, [_f(plain, A, "Jr. Lima 120, Lima PE")], [])
    assert [plain[f.start : f.end] for f in out] == ["Jr. Lima 120, Lima PE"]


def test_inline_keys_of_a_form_are_keys() -> None:
    text = (
        "Nom: Awa Diop\nDate: 02.03.2026\nLieu: Thiès\n"
        "Immatriculation: DK-1234-A, Assurance: Sonam\n"
        " 1. Analyse I              6 ECTS   Note: 14\n"
    )
    people, _ = _run(text, ["Awa Diop", "Assurance", "Sonam", "Note"])
    assert people == ["Awa Diop"]


def test_an_inline_colon_in_prose_is_no_key() -> None:
    text = "Nom: Awa Diop\nDate: 02.03.2026\nLieu: Thiès\nMessage: merci,  Awa: je viens demain\n"
    assert "Awa" not in _keys(text)


def test_a_tab_separated_organisation_column_holds_no_names() -> None:
    text = (
        "Nombre\tOrganización\tCorreo\tCelular\n"
        "Lucía Paz\tFundación Sol\tlp@example.org\t5512 3344\n"
        "Iván Rey\t\tir@example.org\t5512 9988\n"
    )
    people, names = _run(text, ["Lucía Paz", "Fundación Sol", "Iván Rey"])
    assert people == ["Lucía Paz", "Iván Rey"]
    assert names == ["Lucía Paz", "Iván Rey"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Martor: Ilie Ciobanu, act nr. 5", "Ilie Ciobanu"),
        ("Beneficiary: Grace Mensah", "Grace Mensah"),
        ("Μάρτυρας: Νίκος Παππάς", "Νίκος Παππάς"),
        ("Bashkëshorti: Hysa, Elton", "Hysa, Elton"),
        ("监护人: 李小龙", "李小龙"),
    ],
)
def test_a_role_key_gives_its_name_shaped_value(line: str, name: str) -> None:
    text = f"{line}\nData: 01.02.2026\nTel: 0722 000 000\nEmail: x@example.org\n"
    _, names = _run(text, [])
    assert names == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Beneficiary: Yes",
        "Patient: stable, discharged",
        "Client: Nordlys Holding ASA",
        "Firma: ilegible",
    ],
)
def test_a_role_key_with_no_name_value_gives_nothing(line: str) -> None:
    text = f"{line}\nData: 01.02.2026\nTel: 0722 000 000\nEmail: x@example.org\n"
    _, names = _run(text, [])
    assert names == []


def test_the_first_string_of_a_json_array_under_a_name_key_is_a_name() -> None:
    text = '{"name": [{"family": "Kowalczyk", "given": ["Zofia", "Maria"]}], "tags": ["Vip"]}'
    _, names = _run(text, [])
    assert names == ["Kowalczyk", "Zofia"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Nom de l'enfant: Awa Ndiaye", "Awa Ndiaye"),
        ("Nombres y apellidos: Rosa Quispe Mamani", "Rosa Quispe Mamani"),
        ("اسم المريض: سارة يوسف", "سارة يوسف"),
        ("病患姓名: 陳美玲", "陳美玲"),
    ],
)
def test_a_key_with_a_name_word_among_others_gives_a_name(line: str, name: str) -> None:
    text = f"{line}\nData: 01.02.2026\nTel: 0722 000 000\nEmail: x@example.org\n"
    _, names = _run(text, [])
    assert names == [name]


@pytest.mark.parametrize(
    "line", ["File name: Quarterly Report", "Nom du produit: Savon Doux", "Host name: Core Router"]
)
def test_a_thing_s_name_key_gives_no_name(line: str) -> None:
    text = f"{line}\nData: 01.02.2026\nTel: 0722 000 000\nEmail: x@example.org\n"
    _, names = _run(text, [])
    assert names == []


def test_a_stacked_form_s_label_lines_are_no_names_and_the_lines_under_them_are() -> None:
    text = (
        "REPUBLIKA - OSOBNA ISKAZNICA\n~ Prezime / Surname\nHORVAT\n"
        "Ime / Name\nIvana\nSpol F   Državljanstvo HRV\n"
    )
    people, names = _run(text, ["Prezime", "Ime"])
    assert people == []
    assert names == ["HORVAT", "Ivana"]


def test_one_name_label_alone_on_its_line_is_no_stacked_form() -> None:
    text = "Dear team,\nName\nthe new project before Friday\nThanks\n"
    _, names = _run(text, [])
    assert names == []
