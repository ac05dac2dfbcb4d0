"""The name/address/date-of-birth tagger: real ONNX Runtime session on the shipped model.

Texts here are written by hand, not drawn from the generator the tagger was trained on.
"""

from __future__ import annotations

import hashlib
import sys
import zlib
from pathlib import Path

import pytest

from hybridsdk._exceptions import (
    ConfigurationError,
    InputValidationError,
    MissingDependencyError,
)
from hybridsdk.routing._detectors import PiiKind, PiiScanner, default_detectors
from hybridsdk.routing._ner import MODEL_PATH, MODEL_SHA256, NerDetector, _legal_form_across_end
from hybridsdk.routing._ner_features import (
    GAZETTEER_LISTS,
    MAX_FEATURES_PER_TOKEN,
    N_FEATURES,
    Gazetteer,
    featurize,
    tokenize,
)
from hybridsdk.routing._privacy import PrivacyAction, PrivacyPolicy

pytest.importorskip("onnxruntime")

TAGGER = NerDetector()


def tagged(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.value(text)) for f in TAGGER(text)]


def test_shipped_model_matches_its_pinned_hash() -> None:
    assert hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest() == MODEL_SHA256


def test_a_tampered_model_is_refused(tmp_path: Path) -> None:
    data = bytearray(MODEL_PATH.read_bytes())
    data[-10] ^= 0xFF
    bad = tmp_path / "pii-ner.onnx"
    bad.write_bytes(bytes(data))
    with pytest.raises(ConfigurationError, match="sha256"):
        NerDetector(model_path=bad, sha256=MODEL_SHA256)
    with pytest.raises(ConfigurationError, match="no tagger model"):
        NerDetector(model_path=tmp_path / "missing.onnx")


def test_missing_onnxruntime_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    with pytest.raises(MissingDependencyError, match="onnx"):
        NerDetector()


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("My name is Margaret Thornton.", "person", "Margaret Thornton"),
        ("Booked under Jean-Pierre Lefèvre, thanks", "person", "Jean-Pierre Lefèvre"),
        ("Patient Sofia Bianchi checked in.", "person", "Sofia Bianchi"),
        ("Thanks for the quick fix!\n-- \nPieter van der Berg", "person", "Pieter van der Berg"),
        ("From: Ludovica Di Stefano <ludo@example.org>", "person", "Ludovica Di Stefano"),
        pytest.param(
            "hi priya, the courier is downstairs",
            "person",
            "priya",
            marks=pytest.mark.xfail(
                strict=True, reason="a name needs a capital (or a caseless script) to count"
            ),
        ),
        ("hi Priya, the courier is downstairs", "person", "Priya"),
        ("J. R. Hartley rang about the book", "person", "Hartley"),
        ('{"full_name": "Oksana Kovalenko", "plan": "pro"}', "person", "Oksana Kovalenko"),
        ("연락 주세요. 담당자 김민준", "person", "김민준"),
        ("担当者は佐藤健太です。", "person", "佐藤"),
        # Issue #12: forms the tagger once missed ("Фамилия Имя Отчество", "ул./д./кв.").
        ("Меня зовут Алфимова Лада Ермолаевна", "person", "Алфимова Лада Ермолаевна"),
        ("Адрес: г. Москва, ул. Тверская, д. 7, кв. 12", "address", "ул. Тверская, д. 7, кв. 12"),  # noqa: RUF001
        ("Please deliver to 221 Baker Street, London NW1 6XE.", "address", None),
        ("Ich wohne in der Hauptstraße 12, 10115 Berlin.", "address", None),
        ("Ship to:\n1600 Amphitheatre Parkway\nMountain View, CA 94043", "address", None),
        ('{"street": "Via Roma 14", "city": "Torino"}', "address", "Via Roma 14"),
        ("住所は東京都港区芝公園4丁目2番8号です", "address", "東京都港区芝公園4丁目2番8号"),
        # Layouts the tagger learned from whole styled documents (issue #12, v2/v3 dev sets):
        # chat speakers, a CSV column, "on behalf of" cues, native JSON keys, sign-offs.
        ("[08:14] Tomasz: the card reader beeps twice", "person", "Tomasz"),
        (
            "14:02 Agent: how can I help?\n14:03 Wilhelmina: my parcel never came",
            "person",
            "Wilhelmina",
        ),
        ("Telefon;Name;Stadt\n0171 5550123;Renate Kowalski;Bremen", "person", "Renate Kowalski"),
        ("Je vous écris au nom de Séverine Aubert.", "person", "Séverine Aubert"),
        ('{"Όνομα": "Σταύρος Κανάκης", "Τηλέφωνο": "2101234567"}', "person", "Σταύρος Κανάκης"),
        ("Saygılarımla,\nBerkay Ünsal", "person", "Berkay Ünsal"),
        (
            "[2025-03-02 10:11:12] WARN auth: user 'Gerlinde Hauk' locked out",
            "person",
            "Gerlinde Hauk",
        ),
        ("Date of birth: 14/03/1987.", "dob", "14/03/1987"),
        ("Geburtsdatum: 02.11.1975", "dob", "02.11.1975"),
        ("DOB 1990-07-23, blood type A", "dob", "1990-07-23"),
    ],
)
def test_finds_names_addresses_and_birth_dates(text: str, kind: str, value: str | None) -> None:
    found = tagged(text)
    # The value must lie inside a span of its kind ("Patient Sofia Bianchi" covers it).
    assert any(k == kind and (value is None or value in v) for k, v in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The kiosk restarted twice during the night.",
        "Invoice due 12/31/2024, total 120.50 EUR.",
        "Version 2.4.17 shipped on Monday.",
        "the the the invoice invoice , , ,",
        "<PERSON_1> lives at <ADDRESS_1>",
        "invoice from Thursday , invoice",
        "from Thursday Thursday",
        "the the the , , invoice the , invoice",
        "We ordered two Ford Focus cars from Johnson & Johnson Ltd.",
        "Main Street Bakery opens at 7.",
        "The Grand Hotel was nice, see you in Paris on Monday.",
        "Build 2.4.1 fixes the login page; see ticket 4471.",
        "Invoice from Weinhage Bolnbach KG attached.",
        "We switched to Miękina S.A. last year.",
        "Thanks to Henry, Stout and Bass, Inc. for sponsoring",
        "What is the capital of France?",
        "How do I reset the router?",
        # Greetings, subjects, labels, headers, products and shops (issue #12).
        "Guten Abend,\nder Automat nimmt keine Münzen mehr.",
        "Subject: Screen flickers\nHello,\nthe screen flickers since the update.",
        "Merhaba,\nekran donuyor.",
        "Telefon;E-Mail;Geburtsdatum;Stadt",
        '{"product": "Aurora Max 7", "qty": 2}',
        "Bäckerei Lindner hat die Lieferung bestätigt.",
        "#48213 Drucker offline\nPriorität: hoch",
        "Αριθμός παραγγελίας: 55123",
        "[10:01] Support: Good afternoon",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert tagged(text) == []


@pytest.mark.parametrize(
    ("text", "span", "company"),
    [
        ("We switched to Miękina S.A. last year.", "Miękina S.", True),  # cut inside "S.A."
        ("Rechnung von Weber & Ko", "Weber &", False),  # "& Ko" is no legal form
        ("Miękina S.A. wrote", "Miękina", False),  # ends before it: the other checks' case
        ("Thanks Anna, see Weber GmbH", "Anna", False),  # a legal form further on
    ],
)
def test_a_legal_form_across_the_span_end_makes_a_company(
    text: str, span: str, company: bool
) -> None:
    start = text.index(span)
    assert _legal_form_across_end(text, start, start + len(span)) is company


def test_trimmed_words_leave_no_bare_punctuation() -> None:
    # The tagger may run an address into ", flat upstairs"; the comma goes with the words.
    for _kind, value in tagged("The leak is at Rotuaari 286, 06512 Nurmes, flat upstairs"):
        assert not value.endswith(","), value


def test_spans_stop_at_the_name() -> None:
    # Words around a name stay out of its span.
    assert tagged("Cheryl Burke will call back tomorrow") == [("person", "Cheryl Burke")]
    assert ("person", "Marcelo Andrade") in tagged("Marcelo Andrade様、ありがとうございます")


def test_cjk_addresses_keep_their_units() -> None:
    text = "联系人：王伟，收货地址：北京市朝阳区建国路88号"
    assert tagged(text) == [("person", "王伟"), ("address", "北京市朝阳区建国路88号")]


@pytest.mark.xfail(
    strict=True,
    reason="the retrained tagger (issue #12) misses a Chinese address in running prose "
    "after 住在 (it finds it after a cue such as 收货地址); see docs/privacy.md",
)
def test_cjk_addresses_drop_the_verb_before() -> None:
    text = "我叫王伟，住在北京市朝阳区建国路88号。"
    assert tagged(text) == [("person", "王伟"), ("address", "北京市朝阳区建国路88号")]


def test_the_shipped_model_carries_its_gazetteer() -> None:
    gaz = TAGGER._gazetteer
    assert gaz is not None
    first, last, street = (1 << GAZETTEER_LISTS.index(n) for n in ("first", "last", "street"))
    assert gaz.flags("Anna") & first and gaz.flags("müller") & last
    assert gaz.flags("Straße") & street
    assert gaz.flags("invoice") == 0


def test_gazetteer_round_trip_and_bad_data() -> None:
    gaz = Gazetteer.from_words({"first": {"anna"}, "place": {"berlin"}})
    back = Gazetteer.from_bytes(gaz.to_bytes())
    assert back.flags("Anna") == 1 << GAZETTEER_LISTS.index("first")
    assert back.flags("BERLIN") == 1 << GAZETTEER_LISTS.index("place")
    with pytest.raises(ConfigurationError, match="not zlib"):
        Gazetteer.from_bytes(b"not a gazetteer")
    with pytest.raises(ConfigurationError, match="bytes, expected"):
        Gazetteer.from_bytes(zlib.compress(b"short"))


def test_a_model_with_a_broken_gazetteer_is_refused(tmp_path: Path) -> None:
    onnx = pytest.importorskip("onnx")
    model = onnx.load_from_string(MODEL_PATH.read_bytes())
    for prop in model.metadata_props:
        if prop.key == "gazetteer":
            prop.value = "%%% not base64 %%%"
    bad = tmp_path / "broken-gazetteer.onnx"
    bad.write_bytes(model.SerializeToString())
    with pytest.raises(ConfigurationError, match="base64"):
        NerDetector(model_path=bad)


@pytest.mark.parametrize("text", ["", "   \n\t ", "!!!", "1234 5678", "a" * 5000])
def test_odd_texts_give_no_error(text: str) -> None:
    assert isinstance(tagged(text), list)


def test_bad_inputs_are_refused() -> None:
    with pytest.raises(InputValidationError, match="str"):
        list(TAGGER(b"Anna Smith"))  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="min_confidence"):
        NerDetector(min_confidence=1.5)


def test_features_are_stable_and_padded() -> None:
    text = "Anna Müller, 東京都"
    spans = tokenize(text)
    assert [text[a:b] for a, b in spans] == ["Anna", "Müller", ",", "東", "京", "都"]
    f1, f2 = featurize(text, spans), featurize(text, spans)
    assert f1.shape == (len(spans), MAX_FEATURES_PER_TOKEN)
    assert (f1 == f2).all() and f1.max() <= N_FEATURES and f1.min() >= 0
    assert featurize("", []).shape[0] == 0


def test_regex_only_mode_has_no_tagger() -> None:
    kinds = {getattr(d, "kind", None) for d in default_detectors(ner=False)}
    assert not any(isinstance(d, NerDetector) for d in default_detectors(ner=False))
    assert PiiKind.PERSON not in kinds
    assert any(isinstance(d, NerDetector) for d in default_detectors(ner=True))


def test_names_do_not_reach_the_cloud() -> None:
    policy = PrivacyPolicy(scanner=PiiScanner(ner=True), confidential_action=PrivacyAction.REDACT)
    text = "My name is Margaret Thornton, call me on +44 20 7946 0018."
    payload = policy.prepare_for_cloud(text, "internal")
    assert "Margaret" not in payload.text_to_send and "7946" not in payload.text_to_send
    assert payload.record.scrubbed == {"person": 1, "phone": 1}


# Records and business documents (docs/privacy_tagger.md, "Records and business documents"): a
# name after a record label, an honorific outside the name, names in XML/SQL values and
# iCalendar properties, a quoted reply's signature, a receipt with no person at all. All
# examples made up.
_RECORDS = (
    (
        "Transfer confirmation\n\nPayer: Tomasz Wrona\nBeneficiary: Ilse Brandauer\nAmount: 120,00",
        "en_GB", {"Tomasz Wrona", "Ilse Brandauer"},
    ),
    (
        "Clinic note\nPatient: Mr. Okonkwo, DOB 03/04/1961\n- Allergy: amoxicillin.\n"
        "- BP 131/85, HR 77.\nNext appointment: 12.05.2025 09:30\nDr. Haverkamp",
        "en_GB", {"Okonkwo", "Haverkamp"},
    ),
    (
        '<customer id="88">\n  <givenName>Liisa</givenName>\n  <familyName>Tammsaar</familyName>\n'
        "  <address>\n    <line>Pikk 14</line>\n    <line>10123 Tallinn</line>\n  </address>\n</customer>",
        "et_EE", {"Liisa", "Tammsaar"},
    ),
    (
        "INSERT INTO customers (name, street, city_zip) VALUES\n"
        "  ('Orsolya Bende', 'Petőfi utca 12.', '6720 Szeged');",
        "hu_HU", {"Orsolya Bende"},
    ),
    (
        "BEGIN:VEVENT\nSUMMARY:Quarterly review\nORGANIZER;CN=Wiremu Tane:mailto:w.tane@example.org\nEND:VEVENT",
        "en_NZ", {"Wiremu Tane"},
    ),
    (
        "Thanks, see you then.\n\nBest,\nPriya\n\nOn 02.03.2025 10:15, Jonas Albrecht "
        "<j.albrecht@example.com> wrote:\n> Works for me, see you.\n>\n> Jonas",
        "en_US", {"Priya", "Jonas Albrecht", "Jonas"},
    ),
    (
        "SUPERMARKT 12\nBerlin  02.03.2025 10:15\n----\nVOLLMILCH 1L   1,19\nBROT           2,49\n"
        "SUMME  3,68\nDanke für Ihren Einkauf",
        "de_DE", set(),
    ),
)  # fmt: skip


@pytest.mark.parametrize(("text", "locale", "names"), _RECORDS)
def test_records_names_without_labels_or_honorifics(
    text: str, locale: str, names: set[str]
) -> None:
    found = PiiScanner().scan(text, locale=locale)
    assert {text[f.start : f.end] for f in found if f.kind.value == "person"} == names
    if "Tallinn" in text or "Szeged" in text:  # each address line is found
        lines = [text[f.start : f.end] for f in found if f.kind.value == "address"]
        assert any("Tallinn" in x or "Szeged" in x for x in lines), lines
