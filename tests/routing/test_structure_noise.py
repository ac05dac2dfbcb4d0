"""Labels of machine formats that the tagger reads as names (session 11, eighth set as a
dev set): keys with no value on their line, attribute values that name an element's
content, repeats of a misread word that land in keys, and columns of category words.
Written examples of each class in several formats and languages; hard negatives keep
the names these formats hold.
"""

from __future__ import annotations

import pytest

from hybridsdk.routing._amount_labels import (
    amount_label,
    row_number,
    timestamp_span,
    timestamp_word,
)
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._name_repeats import spread_free_form
from hybridsdk.routing._structure import Structure
from hybridsdk.routing._structure_spans import apply_structure

P = PiiKind.PERSON


def _f(text: str, value: str, nth: int = 0, detector: str = "ner") -> Finding:
    at = -1
    for _ in range(nth + 1):
        at = text.index(value, at + 1)
    return Finding.from_span(P, text, at, at + len(value), 0.8, detector)


def _people(text: str, values: list[str]) -> tuple[list[str], list[str]]:
    _, ps, names, _ = apply_structure(text, [], [_f(text, v) for v in values])
    return [text[f.start : f.end] for f in ps], [text[a:b] for a, b in names]


# ---------------------------------------------------------------- keys with no value

_CERT = (
    "Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n"
    "            0a:1b:2c:3d\n        Signature Algorithm: ecdsa-with-SHA384\n"
    "        Subject: C = PT, CN = Rui Barros\n        Subject Public Key Info:\n"
    "            Public Key Algorithm: id-ecPublicKey\n        X509v3 extensions:\n"
    "            X509v3 Authority Key Identifier: \n                01:02:03\n"
)


def test_a_certificate_s_keys_with_no_value_on_their_line_are_keys() -> None:
    st = Structure(_CERT)
    keys = {_CERT[a:b] for a, b in st.keys + st.form_keys}
    assert {"Serial Number", "Subject Public Key Info", "X509v3 Authority Key Identifier"} <= keys
    people, _ = _people(_CERT, ["Subject Public Key Info", "Authority Key Identifier"])
    assert people == []


def test_registry_keys_left_empty_are_keys_in_several_languages() -> None:
    text = (
        "Titular: Marta Vidal\nCódigo postal: \nPaís: ES\nTeléfono: +34 600 000 000\n"
        "Kontakt Name: Jonas Weber\nPostleitzahl:\nRegistrar: EXAMPLE\n"
    )
    people, _ = _people(text, ["Marta Vidal", "Código postal", "Postleitzahl", "Jonas Weber"])
    assert people == ["Marta Vidal", "Jonas Weber"]


def test_a_speaker_alone_on_a_line_stays_a_name() -> None:
    # a chat where the tagger read the speakers as names: no form, the names stay
    text = "Ana Ruiz:\nsee you at ten\nJoão Lima:\nok, bring the keys\nAna Ruiz:\nthanks\n"
    people, _ = _people(text, ["Ana Ruiz", "João Lima"])
    assert people == ["Ana Ruiz", "João Lima"]


# ---------------------------------------------------------------- attribute values


def test_an_attribute_that_names_the_content_is_a_key_not_a_name() -> None:
    text = (
        "<EventData>\n"
        '  <Data Name="TargetUserName">mbakari</Data>\n'
        '  <Data Name="SubjectUserName">Amina Bakari</Data>\n'
        '  <Data Name="LogonType">3</Data>\n'
        '  <Data Name="IpAddress">10.0.0.8</Data>\n'
        '  <Data Name="WorkstationName">WS-22</Data>\n'
        "</EventData>"
    )
    people, names = _people(text, ["LogonType", "IpAddress", "WorkstationName", "Amina Bakari"])
    assert people == ["Amina Bakari"]
    assert "LogonType" not in names and "WorkstationName" not in names
    assert "Amina Bakari" in names  # the content under a user-name key


def test_param_and_field_attributes_are_keys_in_config_xml() -> None:
    text = (
        '<settings><param name="Timeout">30</param><param name="RetryPolicy">linear</param>'
        '<field key="OwnerName">Kofi Mensah</field></settings>'
    )
    people, names = _people(text, ["Timeout", "RetryPolicy", "Kofi Mensah"])
    assert people == ["Kofi Mensah"]
    assert names == ["Kofi Mensah"]


def test_a_person_element_s_name_attribute_is_still_a_name() -> None:
    # a self-closing element: the attribute holds the value, no content is named
    text = '<contacts><person name="Leila Haddad" role="owner"/><person name="Tomás Ortega"/></contacts>'
    _, names = _people(text, [])
    assert names == ["Leila Haddad", "Tomás Ortega"]


# ---------------------------------------------------------------- repeats in keys


def test_a_misread_word_is_not_repeated_into_the_keys() -> None:
    text = (
        "Signature Algorithm: sha256WithRSAEncryption\nIssuer: CN = Root CA\n"
        "Validity Period: 365 days\n  Digital Signature, Certificate Sign\n"
        "Signature Value: 3a:4b\n"
    )
    out = spread_free_form(text, [_f(text, "Digital Signature")])
    assert [text[f.start : f.end] for f in out] == ["Digital Signature"]


def test_a_name_is_still_repeated_in_values_and_prose() -> None:
    text = "Nom: Awa Diallo\nVille: Thiès\nStatut: payé\nReçu remis à Awa Diallo, merci Diallo."
    out = spread_free_form(text, [_f(text, "Awa Diallo")])
    got = sorted(text[f.start : f.end] for f in out)
    assert got == ["Awa Diallo", "Awa Diallo", "Diallo"]


def test_a_greeting_before_a_blank_line_or_a_paragraph_is_no_key() -> None:
    for text in (
        "Hola Manuela:\n\nGracias por tu compra. Pedido: 1234\nTotal: 20 €\nEnvío: Correos\n",
        "Dear Kwame:\nThanks for your order.\nOrder: 77\nTotal: 12.00\nCarrier: DHL\n",
        "Bonjour Élodie :\n\nCommande : 88\nTotal : 9 €\nTransporteur : Colissimo\n",
    ):
        st = Structure(text)
        assert all(text[a:b] not in text.split("\n")[0] for a, b in st.keys + st.form_keys)


def test_an_edi_segment_s_elements_are_no_line_key() -> None:
    text = "UNH+1+PAXLST:D:05B:UN:IATA'\nNAD+FL+++NAKAMURA:KENJI'\nATT+2++M'\nNAT+2+JPN'\n"
    st = Structure(text)
    assert "NAD+FL+++NAKAMURA" not in {text[a:b] for a, b in st.keys}


def test_a_full_name_repeated_into_a_misread_header_stays() -> None:
    text = (
        "uid           [ full  ] Chidi Okafor (work) <chidi@example.org>\n"
        "uid           [ultimate] Chidi Okafor <chidi2@example.org>\n"
        "sub   cv25519 2024-01-14 [E]\n"
    )
    out = spread_free_form(text, [_f(text, "Chidi Okafor", 1)])
    assert [text[f.start : f.end] for f in out] == ["Chidi Okafor", "Chidi Okafor"]


# ---------------------------------------------------------------- category columns


def test_a_column_of_few_repeated_words_holds_no_names() -> None:
    text = (
        "NAMESPACE   AGE   TYPE      REASON     OBJECT\n"
        "default     3m    Normal    Pulled     pod/web-1\n"
        "billing     9m    Warning   BackOff    pod/api-2\n"
        "default     12m   Normal    Started    pod/web-3\n"
        "default     20m   Warning   Failed     pod/db-4\n"
    )
    people, _ = _people(text, ["Normal", "Warning"])
    assert people == []


def test_a_headerless_csv_column_of_one_application_word_holds_no_names() -> None:
    rows = [
        ('"","301","302","Salma Idrissi <301>","SIP/a-1","Dial","SIP/302,60","ANSWERED"'),
        ('"","303","304","Bruno Alves <303>","SIP/a-2","Dial","SIP/304,60","BUSY"'),
        ('"","305","306","Mei Lin <305>","SIP/a-3","Dial","SIP/306,60","ANSWERED"'),
    ]
    text = "\n".join(rows) + "\n"
    people, _ = _people(text, ["Salma Idrissi", "Bruno Alves", "Mei Lin", "Dial"])
    assert people == ["Salma Idrissi", "Bruno Alves", "Mei Lin"]


def test_a_csv_header_is_keys_and_its_status_column_holds_no_names() -> None:
    text = (
        "Summary,Key,Status,Assignee,Created\n"
        '"Login fails",OPS-1,Escalated,Nadia Petrova,2025-01-02\n'
        '"Slow export",OPS-2,Escalated,Tariq Aziz,2025-01-03\n'
        '"Typo",OPS-3,Closed,Nadia Petrova,2025-01-04\n'
    )
    people, _ = _people(text, ["Summary", "Assignee", "Escalated", "Nadia Petrova", "Tariq Aziz"])
    assert people == ["Nadia Petrova", "Tariq Aziz"]


def test_a_ledger_column_of_one_tenant_keeps_the_name() -> None:
    text = (
        "Mes,Inquilino,Monto\nEnero,Rosa Quispe,1200\nFebrero,Rosa Quispe,1200\n"
        "Marzo,Rosa Quispe,1200\n"
    )
    people, _ = _people(text, ["Rosa Quispe"])
    assert people == ["Rosa Quispe"]


def test_a_name_column_without_header_keeps_a_repeated_single_name() -> None:
    # single-word names that repeat in a column under a name header stay names
    text = "Nombre   Pago   Fecha\nLucía    120    02/01\nLucía    80     03/01\nMateo    50     04/01\n"
    people, _ = _people(text, ["Lucía", "Lucía", "Mateo"])
    assert "Mateo" in people


# ---------------------------------------------------------------- MARC and sheets

_MARC = (
    "LDR  01234nam a2200241 i 4500\n"
    "040  __ |a XX-UNIV |b fre |e rda\n"
    "100  1_ |a Mbeki, Thandiwe, |e auteur.\n"
    "245  10 |a Marchés informels urbains / |c Thandiwe Mbeki.\n"
    "264  _1 |a Dakar : |b Presses universitaires, |c 2021.\n"
    "336  __ |a texte |b txt |2 rdacontent\n"
    "502  __ |a Mémoire (Master) -- 2021.\n"
    "700  1_ $a Osei, Kwabena, $e directeur.\n"
)


def test_marc_subfields_outside_person_fields_hold_no_names() -> None:
    values = ["XX-UNIV", "Mbeki, Thandiwe", "Marchés", "Thandiwe Mbeki", "Dakar", "Mémoire"]
    people, _ = _people(_MARC, [*values, "Osei, Kwabena"])
    assert people == ["Mbeki, Thandiwe", "Thandiwe Mbeki", "Osei, Kwabena"]


def test_marc_subfield_codes_are_keys() -> None:
    keys = {_MARC[a:b] for a, b in Structure(_MARC).keys}
    assert {"|a", "|b", "$a", "245"} <= keys


def test_two_lines_with_bars_are_no_marc_record() -> None:
    text = "Costs |a lot| this year\n040  __ |a Lyon then\nNote: see Dakar\n"
    people, _ = _people(text, ["Lyon", "Dakar"])
    assert people == ["Lyon", "Dakar"]


def test_a_sheet_dump_s_first_row_is_keys_and_its_name_column_gives_names() -> None:
    text = (
        "Sheet: Cobros\nA1 = 'Nombre completo'\nB1 = 'Teléfono'\nC1 = 'Monto'\n"
        "A2 = 'Ingrid Solano Vega'\nB2 = '+506 8800 1122'\nC2 = 1200\n"
        "A3 = 'Wanjiru Kamau'\nB3 = '+254 700 000 111'\nC3 = 300\n"
    )
    people, names = _people(text, ["Cobros", "Monto", "Ingrid Solano Vega"])
    assert people == ["Ingrid Solano Vega"]
    assert names == ["Ingrid Solano Vega", "Wanjiru Kamau"]


def test_a_sheet_dump_with_sheet_names_and_anchors_is_read_as_the_id_columns_read_it() -> None:
    # One reader of cell dumps (`_structure_cells.cell_dump`) for the structure and the
    # identity columns: "Sheet1!$A$2" cells and unquoted values less their trailing blanks.
    text = (
        "Sheet1!$A$1 = 'Nombre completo'\nSheet1!$B$1 = 'Teléfono'\nSheet1!$C$1 = 'Monto'\n"
        "Sheet1!$A$2 = Ingrid Solano Vega  \nSheet1!$C$2 = 1200\n"
    )
    people, names = _people(text, ["Monto", "Ingrid Solano Vega"])
    assert people == ["Ingrid Solano Vega"]
    assert names == ["Ingrid Solano Vega"]


# ---------------------------------------------------------------- amounts and timestamps


def _amount_drops(text: str, value: str) -> bool:
    at = text.index(value)
    return amount_label(text, at, at + len(value))


def test_a_label_before_a_lettered_currency_and_an_amount_is_no_name() -> None:
    for text, value in (
        ("1) Nilda Paz — Premio B/. 12,300.50 — boleto 4411", "Premio B"),
        ("1) Nilda Paz — Premio B/. 12,300.50 — boleto 4411", "Premio"),
        ("Winner: Rashid Al-Amri\nPrize KWD 1,250.000\n", "Prize KWD"),
        ("Pemenang: Siti Aminah | Hadiah BND 500", "Hadiah"),
        ("ተሸላሚ: አበበ ከበደ — ሽልማት ETB 9,000", "ሽልማት ETB"),
        ("Winner: Tjiuma Kaura\nPrize N$ 4,500\n", "Prize N"),
        ("Total\tMOP 880.00", "Total"),
    ):
        assert _amount_drops(text, value), (text, value)


def test_a_name_before_an_amount_keeps() -> None:
    for text, value in (
        ("Ana Ruiz $500\nJoão Lima $320\n", "Ana Ruiz"),
        ("Sent today: paid to Kofi USD 20 for the rent", "Kofi"),
        ("1) Nilda Paz Rojas — B/. 12,300.50", "Nilda Paz Rojas"),
        ("Beneficiario: Mario Ulloa CRC 25,000", "Mario Ulloa"),
    ):
        assert not _amount_drops(text, value), (text, value)


def test_the_weekday_and_month_of_a_c_locale_timestamp_are_no_names() -> None:
    for text, value in (
        ("From awa@example.sn Mon Dec  2 09:02:00 2026\n", "Mon"),
        ("From awa@example.sn Mon Dec  2 09:02:00 2026\n", "Mon Dec"),
        ("Date: Fri, 6 Mar 2026 10:00:00 +0100\n", "Fri"),
        ("Jun 14 08:00:01 mail postfix/smtpd[1]: connect\n", "Jun"),
    ):
        at = text.index(value)
        assert timestamp_word(text, at, at + len(value)), (text, value)


def test_a_name_like_a_weekday_or_month_outside_a_timestamp_keeps() -> None:
    for text, value in (
        ("Signed by May Lin on the porch", "May"),
        ("Sun Yat-sen Road, 12", "Sun"),
        ("Meeting with Mon Sophea at 3 pm", "Mon"),
    ):
        at = text.index(value)
        assert not timestamp_word(text, at, at + len(value)), (text, value)


# ---------------------------------------------------------------- row numbers


def test_a_row_number_opening_a_table_row_is_no_postcode() -> None:
    text = (
        "No. | Nom | Adresse\n"
        "0815 | Awa Ndiaye | 12 rue Carnot, Dakar\n"
        "0526 | Moussa Fall | 4 avenue Bourguiba, Thiès\n"
    )
    at = text.index("0526")
    assert row_number(text, at, at + 4)
    tabbed = "12\tخالد العتيبي\tشارع 5\n13\tنورة السالم\tشارع 9\n"
    at = tabbed.index("13")
    assert row_number(tabbed, at, at + 2)


def test_a_postcode_alone_on_its_line_is_no_row_number() -> None:
    text = "Ana Ruiz\nCalle Mayor 4\n28013 | Madrid\nTel. 600 000 000\n"
    at = text.index("28013")
    assert not row_number(text, at, at + 5)
    one = "Kofi Mensah\n14 Ring Road\n00233\n"
    at = one.index("00233")
    assert not row_number(one, at, at + 5)


# ---------------------------------------------------------------- X.500 names


def _run_all(text: str, people: list[str], addrs: list[str]) -> tuple[list[str], list[str]]:
    ad = [
        Finding.from_span(PiiKind.ADDRESS, text, text.index(v), text.index(v) + len(v), 0.8, "ner")
        for v in addrs
    ]
    ad, ps, names, _ = apply_structure(text, ad, [_f(text, v) for v in people])
    return [text[f.start : f.end] for f in ps] + [text[a:b] for a, b in names], [
        text[f.start : f.end] for f in ad
    ]


def test_an_openssl_subject_gives_its_common_name_and_no_organisation() -> None:
    text = (
        "        Issuer: C = KE, O = Jamii Logistics Ltd, CN = Jamii Issuing CA 02\n"
        "        Subject: C = KE, L = Nairobi, O = Jamii Logistics Ltd, OU = IT, "
        "CN = Wanjiku Njoroge, emailAddress = wnjoroge@example.co.ke\n"
        "        Not After : Mar  3 10:00:00 2027 GMT\n"
    )
    people, addrs = _run_all(text, ["Jamii Logistics Ltd"], ["Jamii Issuing CA 02"])
    assert "Wanjiku Njoroge" in people and "Jamii Logistics Ltd" not in people
    assert addrs == []


def test_a_timestamp_is_no_address() -> None:
    for value in ("Jul  8 08:12:44 2026 GMT", "Mon Dec  2 09:02:00 2026", "3 Mar 2026 10:00"):
        assert timestamp_span(value), value
    for value in ("Calle Julio 8, 2026 Lima", "12 Mar Street", "Jun Road 4"):
        assert not timestamp_span(value), value


def test_a_speaker_s_first_name_repeated_as_its_own_key_stays() -> None:
    # a chat whose lines read as a form (distinct keys, values of three kinds)
    text = "Aylin Demir: Router at 10.0.0.1\nBaran Kaya: 4392075 ships\nAylin: No rush\nBaran: Ok\n"
    found = [_f(text, "Aylin Demir"), _f(text, "Baran Kaya")]
    st = Structure(text)
    assert any(text[a:b] == "Aylin" for a, b in st.keys)
    out = spread_free_form(text, found)
    got = [text[f.start : f.end] for f in out]
    assert got.count("Aylin") == 1 and got.count("Baran") == 1


def test_one_scan_reads_the_structure_once_and_keeps_no_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from hybridsdk.routing import _structure
    from hybridsdk.routing._detectors import PiiScanner

    built: list[int] = []
    real = _structure.Structure.__init__

    def counting(self: _structure.Structure, text: str) -> None:
        built.append(len(text))
        real(self, text)

    monkeypatch.setattr(_structure.Structure, "__init__", counting)
    # a form with a name found once and repeated: both the span rules and the repeat
    # pass (which checks repeats against the keys) need the text's structure
    text = (
        "Name: Ana Ruiz\nPhone: +34 600 123 456\nEmail: ana@example.org\n"
        "Note: Ruiz called twice. Ruiz wants a refund.\nRuiz Code: 12\n"
    )
    found = PiiScanner().scan(text)
    assert any(f.detector.endswith("_repeat") for f in found)
    assert len(built) == 1  # the two passes share one reading
    assert getattr(_structure._last, "value", None) is None
