"""Person spans that are words of machines (hybridsdk/routing/_machine_words.py), called
last in _span_rules.shape_free_form. The tagger's raw spans are written out by hand; all
texts and names are made up.
"""

from __future__ import annotations

from hybridsdk.routing import _span_rules
from hybridsdk.routing._amount_labels import amount_label
from hybridsdk.routing._chat_speakers import chat_speakers
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._machine_words import machine_word
from hybridsdk.routing._role_nouns import landmark, role_noun
from hybridsdk.routing._span_rules import shape_free_form

P = PiiKind.PERSON


def _f(text: str, value: str) -> Finding:
    at = text.index(value)
    return Finding.from_span(P, text, at, at + len(value), 0.5, "ner")


def test_camel_case_identifiers_and_platforms_are_no_names() -> None:
    for value in ("ValidationError", "ConsoleLogin", "WebInspector", "GatewayOffline"):
        assert machine_word(value)
    for value in ("Android", "Ubuntu Linux", "iOS", "Windows"):
        assert machine_word(value)


def test_names_with_an_inner_capital_stay() -> None:
    for value in ("McKenzie", "MacArthur", "DeShawn", "LaToya", "DiCaprio", "VanDyke"):
        assert not machine_word(value)
    for value in ("Anna Smith", "Linus Torvalds", "Windows Smith", "Olivia"):
        assert not machine_word(value)


def test_json_values_dropped_in_the_rules() -> None:
    text = '{"type": "ValidationError", "os": "Android", "user": "Mara Ionescu"}'
    found = [_f(text, "ValidationError"), _f(text, "Android"), _f(text, "Mara Ionescu")]
    assert [f.value(text) for f in shape_free_form(text, found)] == ["Mara Ionescu"]
    _span_rules.ENABLED.discard("machine_word")
    try:
        kept = shape_free_form(text, found)
    finally:
        _span_rules.ENABLED.add("machine_word")
    assert "ValidationError" in [f.value(text) for f in kept]


def test_currency_abbreviations_and_letterless_spans_are_no_names() -> None:
    for value in ("KSh", "Rs.", "रु", "1", "2."):
        assert machine_word(value)
    assert not machine_word("Rosa")


def test_roles_trades_and_cohorts_are_no_names() -> None:
    for value in ("The Plaintiff", "Plaintiff", "The", "LE TRIBUNAL", "Réu", "Lawyer", "Turma"):
        assert role_noun(value)
    for value in ("Farmer", "Anna Baker", "The Weeknd Smith", "A", "Ana Lawyer"):
        assert not role_noun(value)


def test_a_gift_label_before_a_currency_abbreviation_is_no_name() -> None:
    for text, value in (
        ("1) Ali — Salami Rs. 3,180", "Salami Rs"),
        ("2) Wanjiru — Zawadi KSh 500", "Zawadi KSh"),
        ("3) Sita — उपहार रु. 500", "उपहार रु."),
    ):
        at = text.index(value)
        assert amount_label(text, at, at + len(value))
    text = "— Ana B. 5 years"
    assert not amount_label(text, 2, 7)


def test_x12_person_segments_give_one_span_per_name_part() -> None:
    text = (
        "ISA*00*~\nNM1*IL*1*PERERA*NIMALI****ZZ*199012345678~\n"
        "N3*BOBUR KOCHASI, 29-UY~\nNM1*P5*2*ACME HEALTH~\n"
    )
    found = [_f(text, "PERERA*NIMALI"), _f(text, "BOBUR KOCHASI"), _f(text, "ACME HEALTH")]
    out = shape_free_form(text, found)
    assert sorted(f.value(text) for f in out if f.kind is P) == ["NIMALI", "PERERA"]
    assert [f.value(text) for f in out if f.kind is PiiKind.ADDRESS] == ["BOBUR KOCHASI, 29-UY"]


def test_chat_export_speakers_are_names() -> None:
    text = (
        "[19/08/2024, 10:12:16] Sadia Khan: fee voucher Friday tak\n"
        "[19/08/2024, 10:19:30] Baba Joy: sawa\n"
        "[19/08/2024, 10:26:15] +92 300 1234567: ok\n"
        "[19/08/2024, 10:30:00] Anahera (Lachlan's mum): thanks\n"
    )
    assert [text[s:e] for s, e in chat_speakers(text)] == ["Sadia Khan", "Joy", "Anahera"]
    line = "11:54\tแม่น้องนุ่น\tสวัสดีค่ะ\n12:01\tปู\tค่ะ\n12:08\tโอ๊ต\t555\n"
    assert [line[s:e] for s, e in chat_speakers(line)] == ["นุ่น", "ปู", "โอ๊ต"]
    found = [_f(text, "Sadia Khan")]
    people = sorted(f.value(text) for f in shape_free_form(text, found))
    assert people == ["Anahera", "Joy", "Sadia Khan"]


def test_log_lines_and_short_chats_give_no_speakers() -> None:
    log = "".join(f"2024-01-02 10:00:0{i} INFO auth: login ok\n" for i in range(4))
    assert chat_speakers(log) == []
    assert chat_speakers("[19/08/2024, 10:12:16] Sadia Khan: hi\n") == []


def test_contacts_saved_under_a_role_are_no_speakers() -> None:
    text = "".join(
        f"[19/08/2024, 10:1{i}:00] {w}: ok\n" for i, w in enumerate(("Szef", "İş", "Ola"))
    )
    assert [text[s:e] for s, e in chat_speakers(text)] == ["Ola"]


def test_landmarks_are_no_names() -> None:
    for value in ("Kalma Chowk", "Kenyatta Market", "Terminal Asunción", "Плошча Перамогі"):
        assert landmark(value)
    for value in ("Julian Mercado", "Min-jun Park", "Ana Plaza"):
        assert not landmark(value)
