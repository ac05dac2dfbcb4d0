"""Span rules from the sixth set's classes: a bank statement's transaction lines and
heading (hybridsdk/routing/_ledger_lines.py) and tokens of logs, dumps and headers
(hybridsdk/routing/_log_tokens.py), called from _span_rules.shape_free_form.

The tagger's raw spans are written out by hand. All texts, names and numbers are made up.
"""

# ruff: noqa: RUF001

from __future__ import annotations

from hybridsdk.routing import _span_rules
from hybridsdk.routing._address_lines import middle_lines, postcode_tail
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._layout_names import layout_names
from hybridsdk.routing._ledger_lines import ledger_label, ledger_names
from hybridsdk.routing._log_tokens import log_token
from hybridsdk.routing._person_tokens import not_a_name
from hybridsdk.routing._record_fields import Records
from hybridsdk.routing._span_rules import shape_free_form

A, P = PiiKind.ADDRESS, PiiKind.PERSON


def _f(text: str, kind: PiiKind, value: str, nth: int = 0) -> Finding:
    at = -1
    for _ in range(nth + 1):
        at = text.index(value, at + 1)
    return Finding.from_span(kind, text, at, at + len(value), 0.5, "ner")


def _people(text: str, findings: list[Finding]) -> list[str]:
    return sorted(f.value(text) for f in findings if f.kind is P)


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in ledger_names(text)]


def _is_token(text: str, value: str) -> bool:
    at = text.index(value)
    return log_token(text, at, at + len(value))


# ---------------------------------------------------------------- ledger lines

STATEMENT = (
    "Kontoauszug — Jana Novak\n"
    "IBAN: DE44 5001 0517 5407 3249 31\n"
    "2025-03-14  PIET DU TOIT  -R1 200.00\n"
    "14.03.2025  IB TRANSFER Ólafur Þórsson  IS480270151622271504960004\n"
    "15/03/2025  Перевод Асель Жумабаева        ₸6 066,99\n"
    "16.03.2025  SEPA ROSARIA CAMILLERI MT75BOVL030725247936464846269\n"
    "2025-03-15  POS Spar Rondebosch 12  -R55.00\n"
    "2025-03-15  Ref 88812  +R55.00\n"
    "17.03.2025  Riferimento QX1234567  +CHF 42.00\n"
    "2025-03-16  SHOPRITE  -R9.00\n"
)


def test_a_statements_transaction_lines_and_heading_give_names() -> None:
    assert sorted(_names(STATEMENT)) == sorted(
        ["Jana Novak", "PIET DU TOIT", "ROSARIA CAMILLERI", "Асель Жумабаева", "Ólafur Þórsson"]
    )


def test_ledger_names_replace_the_taggers_pieces() -> None:
    found = shape_free_form(
        STATEMENT,
        [_f(STATEMENT, P, "DU TOIT"), _f(STATEMENT, A, "14.03.2025  IB TRANSFER Ólafur")],
    )
    people = _people(STATEMENT, found)
    assert "PIET DU TOIT" in people and "Ólafur Þórsson" in people
    assert not [f for f in found if f.kind is A]


def test_ledger_rule_can_be_switched_off() -> None:
    _span_rules.ENABLED.discard("ledger")
    try:
        found = shape_free_form(STATEMENT, [_f(STATEMENT, P, "DU TOIT")])
        assert _people(STATEMENT, found) == ["DU TOIT"]
    finally:
        _span_rules.ENABLED.add("ledger")


def test_no_names_from_merchant_fee_or_reference_lines_nor_other_layouts() -> None:
    names = _names(STATEMENT)
    assert not any(n.startswith(("POS", "Ref", "Riferimento", "SHOPRITE")) for n in names)
    # One blank between date and words, prose after a date, a heading without an account.
    text = (
        "2025-03-14 Maria Lopez  -R1 200.00\n"
        "On 14.03.2025  we met Ana Ruiz  twice\n"
        "Minutes — Jan Horak\nAgenda items below\n"
    )
    assert _names(text) == []


def test_a_reference_label_opening_a_transaction_line_is_no_name() -> None:
    text = "03/03/2025  Communication IW956521152  +312,67 €\n"
    at = text.index("Communication")
    assert ledger_label(text, at, at + len("Communication IW956521152"))
    text2 = "03/03/2025  Communication with Eva Stam about the lease\n"
    at = text2.index("Eva Stam")
    assert not ledger_label(text2, at, at + len("Eva Stam"))


# ---------------------------------------------------------------- log tokens


def test_log_tags_sql_keywords_and_header_keys_are_no_names() -> None:
    log = "2026-01-02 10:00:00 I/ProfileSync: ok\n2026-01-02 10:00:01 W/Http(123): 502\n"
    assert _is_token(log, "I/ProfileSync")
    assert _is_token(log, "Http")
    dump = "-- Host: db01    Database: shop\nLOCK TABLES `t` WRITE;\nUNLOCK TABLES;\n"
    dump += "INSERT INTO `t` VALUES (1,'x');\n"
    assert _is_token(dump, "Host")
    assert _is_token(dump, "UNLOCK TABLES")
    mail = "X-Mailer: Postbote 3.1\nFrom: Ilse Brandt <ilse@example.org>\n"
    assert _is_token(mail, "X-Mailer")


def test_names_in_logs_dumps_and_mails_stay() -> None:
    mail = "From: Ilse Brandt <ilse@example.org>\nAnna-Maria: see you at ten\n"
    assert not _is_token(mail, "Ilse Brandt")
    assert not _is_token(mail, "Anna-Maria")
    log = "2026-01-02 10:00:00 I/Auth: login by Tomasz Wrona\n"
    assert not _is_token(log, "Tomasz Wrona")
    # Upper-case words outside SQL, and a name in an SQL row.
    assert not _is_token("WRITE TABLES, said the note", "WRITE TABLES")
    sql = "INSERT INTO `u` VALUES (1,'Ilse Brandt');\n"
    assert not _is_token(sql, "Ilse Brandt")


def test_log_tokens_dropped_in_the_rules() -> None:
    log = '2026-01-02 10:00:00 I/ProfileSync: displayName="Ilse Brandt"\n'
    found = shape_free_form(log, [_f(log, P, "I/ProfileSync"), _f(log, P, "Ilse Brandt")])
    assert _people(log, found) == ["Ilse Brandt"]


# ---------------------------------------------------------------- CRM tables


def _record_names(text: str) -> list[str]:
    return [text[a:b] for a, b in Records(text).names]


def test_every_name_column_of_a_crm_export_gives_names_past_quoted_cells() -> None:
    text = (
        "Forenames,Surname,Email,Address,segment\n"
        'Odile,Marchetti,om@example.net,"4 Rue Haute, 1000 Bruxelles",lead\n'
        'Kaspar,Tamm,kt@example.net,"Pikk 9, Tallinn",vip\n'
    )
    assert _record_names(text) == ["Odile", "Marchetti", "Kaspar", "Tamm"]


def test_name_headers_in_snake_case_and_other_languages() -> None:
    for head in ("first_name;last_name", "Fornafn;Eftirnafn", "Eesnimi;Perekonnanimi"):
        text = f"{head};Email;segment\nSigrun;Halldorsdottir;sh@example.is;lead\n"
        assert _record_names(text) == ["Sigrun", "Halldorsdottir"], head
    text = "სახელი;გვარი;ტელ.;segment\nნინო;ბერიძე;555 12 34 56;vip\n"
    assert _record_names(text) == ["ნინო", "ბერიძე"]


def test_tables_without_a_name_header_or_with_broken_rows_give_no_names() -> None:
    text = "product,colour,price\nLinen Shirt,Sky Blue,29.90\nWool Scarf,Grey,19.00\n"
    assert _record_names(text) == []
    # A row whose cell count differs (an unclosed quote) ends the table.
    text = 'Surname,Email,Note\n"Vidal,vv@example.org\nBrun,bb@example.org,ok\n'
    assert _record_names(text) == []


# ---------------------------------------------------------------- layout names


def _layout(text: str) -> list[str]:
    return [text[a:b] for a, b in layout_names(text)]


def test_invites_logs_headers_passports_and_receipts_mark_names() -> None:
    text = (
        "ATTENDEE;CN=Rosa Quispe;ROLE=REQ-PARTICIPANT:mailto:rq@example.pe\n"
        'ORGANIZER;CN="Jonas Berg":mailto:jb@example.se\n'
        "Author: Li Wei <lw@example.sg>\n"
        'From: "Maja Horvat" <maja@example.si>\n'
        "5. MRZ name: ORTIZ<<ANA<LUCIA\n"
        "Driver: Tomasz · AB 123 · ★4.9\n"
        "Chauffeur : Marc Dubois\n"
        "Sürücü: Elvin Məmmədov · 10-AB-123\n"
    )
    assert _layout(text) == [
        "Rosa Quispe",
        "Jonas Berg",
        "Li Wei",
        "Maja Horvat",
        "ORTIZ<<ANA<LUCIA",
        "Tomasz",
        "Marc Dubois",
        "Elvin Məmmədov",
    ]


def test_layouts_without_a_name_give_none() -> None:
    text = (
        "ATTENDEE;CN=rooms@example.org:mailto:rooms@example.org\n"
        "To: team@example.org\n"
        "From: noreply <noreply@example.org>\n"
        "Driver: see the app for details\n"
        "Note: ORTIZ<<ANA is a sample\n"
        "Total: R 120.00\n"
    )
    assert _layout(text) == []


def test_layout_names_replace_the_taggers_pieces() -> None:
    text = "5. MRZ name: ORTIZ<<ANA\nDriver: Tomasz · AB 123\n"
    found = shape_free_form(text, [_f(text, P, "ORTIZ"), _f(text, A, "AB 123")])
    assert "ORTIZ<<ANA" in _people(text, found) and "Tomasz" in _people(text, found)


def test_numbered_and_slashed_form_labels_give_names() -> None:
    text = (
        "1. Surname: KOWALSKA\n2. Given names: EWA MARIA\n"
        "3) Surname/Given names: NOVAK/PETRA\n4. Purpose/Intended stay: TOURISM/10 DAYS\n"
    )
    assert _record_names(text) == ["KOWALSKA", "EWA MARIA", "NOVAK", "PETRA"]


# ---------------------------------------------------------------- address middle lines


def test_a_short_line_between_two_address_lines_is_part_of_the_address() -> None:
    text = "Ines Duarte\n12 Kloof Street\nGardens\nCape Town 8001\nCell: 021 555 0101\n"
    found = shape_free_form(
        text,
        [_f(text, A, "12 Kloof Street"), _f(text, A, "Cape Town 8001"), _f(text, P, "Ines Duarte")],
    )
    assert sorted(f.value(text) for f in found if f.kind is A) == [
        "12 Kloof Street",
        "Cape Town 8001",
        "Gardens",
    ]


def test_no_middle_line_from_prose_or_lines_not_between_addresses() -> None:
    assert middle_lines("Rua Nova 5\nthank you\nLisboa 1100\n", [(0, 10), (21, 32)]) == []
    text = "Rua Nova 5\nLisboa 1100\nBest regards\nAna\n"
    assert middle_lines(text, [(0, 10), (11, 22)]) == []
    # More than one line between: not one address.
    text = "Rua Nova 5\nBelém\nOeiras\nLisboa 1100\n"
    assert middle_lines(text, [(0, 10), (24, 35)]) == []


def test_attendee_lists_and_their_owners_in_checklists_are_names() -> None:
    text = (
        "**Attendees:** Ana Ruiz, Tomás, Eva Lind and Jon Berg (PM)\n"
        "Viðstaddir: Sigrún Óskarsdóttir, Kári og Hekla\n"
        "- [ ] Ana: send the slides\n"
        "- [x] Mario Rossi: book the room\n"
        "- [ ] Docs: update\n"
    )
    assert _layout(text) == [
        "Ana Ruiz",
        "Tomás",
        "Eva Lind",
        "Jon Berg",
        "Sigrún Óskarsdóttir",
        "Kári",
        "Hekla",
        "Ana",
    ]


def test_attendee_lines_that_are_not_plain_lists_of_names_give_none() -> None:
    text = (
        "Present: the whole team, see the wiki\n"
        "Participants: 12 people\n"
        "Attendees: Ana Ruiz, 3 guests\n"
        "- [ ] Docs: update the page\n"
    )
    assert _layout(text) == []


# ---------------------------------------------------------------- name tokens


def _not_name(text: str, value: str) -> bool:
    at = text.index(value)
    return not_a_name(text, at, at + len(value))


def test_codes_numbered_labels_order_items_and_pronoun_pairs_are_no_names() -> None:
    assert _not_name("Amount: 40 EUR — Reference QX771234", "Reference QX771234")
    assert _not_name("Sócio #236204\nNome: Rui Lopes", "Sócio")
    assert _not_name("Zahtjev br. 55 od 3.4.", "Zahtjev")
    assert _not_name("Order\n2 × Moka Express  R 499.00\n", "Moka Express")
    assert _not_name("Order\n1 x Galaxy Buds  €89\n", "Galaxy Buds")
    assert _not_name("She/he can be reached on 555 0101.", "She/he")
    assert _not_name("Él/ella puede venir.", "Él/ella")


def test_names_near_numbers_stay_names() -> None:
    assert not _not_name("Call Rui Lopes on 0721 555 010", "Rui Lopes")
    assert not _not_name("Nome: Rui Lopes, n.º de sócio 12", "Rui Lopes")
    assert not _not_name("Order for Ana Berg\n2 × Moka Express\n", "Ana Berg")
    assert not _not_name("Signed: Xu/Lee partners", "Xu/Lee")


def test_a_place_column_and_a_name_label_are_no_names() -> None:
    text = "id,full_name,email,city,segment\n1,Rui Lopes,rl@example.ao,Benguela,vip\n"
    found = shape_free_form(text, [_f(text, P, "Rui Lopes"), _f(text, P, "Benguela")])
    assert _people(text, found) == ["Rui Lopes"]
    text = "Visa application\n1. Surname: KOWALSKA\n2. Given names: EWA\n"
    found = shape_free_form(text, [_f(text, P, "Surname"), _f(text, P, "Given")])
    assert _people(text, found) == ["EWA", "KOWALSKA"]


def test_a_name_in_a_table_without_a_place_column_stays() -> None:
    text = "id,full_name,email,segment\n1,Rui Lopes,rl@example.ao,vip\nnote: Benguela Lopes\n"
    found = shape_free_form(text, [_f(text, P, "Benguela Lopes")])
    assert "Benguela Lopes" in _people(text, found)


def test_calendar_parameters_other_than_cn_are_no_names() -> None:
    text = "ATTENDEE;CN=Rosa Quispe;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rq@example.pe\n"
    assert _is_token(text, "REQ-PARTICIPANT")
    assert _is_token(text, "TRUE")
    assert not _is_token(text, "Rosa Quispe")
    assert not _is_token("Owner=Rosa Quispe", "Rosa Quispe")


def test_an_address_in_prose_takes_its_postcode_tail() -> None:
    text = "residing at Unit 5, 12 Rizal St., Brgy. Poblacion, 1870 Antipolo (the Buyer)."
    found = shape_free_form(text, [_f(text, A, "Unit 5, 12 Rizal St., Brgy. Poblacion")])
    assert [f.value(text) for f in found] == [
        "Unit 5, 12 Rizal St., Brgy. Poblacion, 1870 Antipolo"
    ]
    text = "the unit at Blk 4 Jurong Ave 1, #02-11, Singapore 640004 for S$ 1."
    end = text.index("Ave 1") + 5
    assert text[: postcode_tail(text, end)].endswith("Singapore 640004")


def test_no_postcode_tail_without_a_postcode_or_with_a_year_or_a_name() -> None:
    for text, last in (
        ("em Rua Nova, n.º 12, Bairro Alto, Benguela, como vendedor", "Bairro Alto"),
        ("at 5 Main St, Maria Costa (the buyer)", "Main St"),
        ("at 5 Main St, 2024 Annual Report is due", "Main St"),
        ("at 5 Main St, 4102 bacoor (lower case)", "Main St"),
    ):
        end = text.index(last) + len(last)
        assert postcode_tail(text, end) == end, text
