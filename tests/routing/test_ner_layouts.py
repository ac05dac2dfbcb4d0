# ruff: noqa: RUF001  (Arabic, Persian, Cyrillic and Hangul text)
"""The shipped tagger on the layouts and local forms of session 9's classes of error
(docs/privacy_tagger.md, "Retrain, session 9"): spreadsheets with a row-number column, vCards,
HTML forms, shipping labels, role labels, Malay, Arabic and Persian names, the address
formats of Malaysia, Iran, Lithuania, Turkey and Bulgaria, and the hard negatives (form
labels, technical text, bots, role speakers, nationalities).

Texts written by hand for these tests, not drawn from the generator or any evaluation set.
"""

from __future__ import annotations

import pytest

from hybridsdk.routing._ner import NerDetector

pytest.importorskip("onnxruntime")

TAGGER = NerDetector()


def tagged(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.value(text)) for f in TAGGER(text)]


def names(text: str) -> list[str]:
    return [v for k, v in tagged(text) if k == "person"]


def addresses(text: str) -> list[str]:
    return [v for k, v in tagged(text) if k == "address"]


def test_names_in_spreadsheet_rows_after_a_row_number() -> None:
    text = (
        "No.\tNama\tTelefon\tBandar\n"
        "1\tHaslinda binti Osman\t012-334 8812\tIpoh\n"
        "2\tRavi a/l Subramaniam\t016-221 0934\tKlang\n"
    )
    assert tagged(text) == [("person", "Haslinda binti Osman"), ("person", "Ravi a/l Subramaniam")]


def test_vcard_name_parts() -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nN:Petrauskas;Tomas;;;\nFN:Tomas Petrauskas\nORG:UAB Medis\nEND:VCARD\n"
    assert names(text) == ["Petrauskas", "Tomas", "Tomas Petrauskas"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '<label for="first_name">Vardas</label>\n<input type="text" id="first_name" value="Gintarė"/>\n'
            '<label for="last_name">Pavardė</label>\n<input type="text" id="last_name" value="Jankauskienė"/>\n',
            ["Gintarė", "Jankauskienė"],
        ),
        (
            "<dl>\n  <dt>Ad</dt><dd>Hülya</dd>\n  <dt>Soyad</dt><dd>Korkmaz</dd>\n  <dt>Şifre</dt><dd>****</dd>\n</dl>\n",
            ["Hülya", "Korkmaz"],
        ),
    ],
)
def test_html_form_values_are_names_and_their_labels_are_not(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Penerima:\nZULKARNAIN BIN HASHIM\nNo. 14, Jalan Kenari 3, Taman Puchong Jaya\n47100 Puchong, Selangor\n",
            [("person", "ZULKARNAIN BIN HASHIM"), ("address", "No. 14, Jalan Kenari 3, Taman Puchong Jaya"),
             ("address", "47100 Puchong, Selangor")],
        ),
        (
            "گیرنده:\nفرهاد صالحی‌پور\nاصفهان، خیابان حکیم نظامی، کوچه سروش، پلاک ۱۸، واحد ۳\n",
            [("person", "فرهاد صالحی‌پور"), ("address", "اصفهان، خیابان حکیم نظامی، کوچه سروش، پلاک ۱۸، واحد ۳")],
        ),
        (
            "المستلم:\nتركي بن سعد الشهري\n٤٢١٧ شارع الأمير سلطان، حي المرسلات، الرياض ١٢٤٦٣ - ٧٧٢١\n",
            [("person", "تركي بن سعد الشهري"), ("address", "٤٢١٧ شارع الأمير سلطان، حي المرسلات، الرياض ١٢٤٦٣ - ٧٧٢١")],
        ),
        (
            "Gavėjas:\nRimantas Kazlauskas\nLaisvės al. 53-7\nLT-44309 Kaunas\n",
            [("person", "Rimantas Kazlauskas"), ("address", "Laisvės al. 53-7"), ("address", "LT-44309 Kaunas")],
        ),
        (
            "Alıcı:\nSERKAN YILDIRIM\nAtatürk Mah. Lale Sok. No:7 D:3\n35530 Karşıyaka/İzmir\n",
            [("person", "SERKAN YILDIRIM"), ("address", "Atatürk Mah. Lale Sok. No:7 D:3"),
             ("address", "35530 Karşıyaka/İzmir")],
        ),
        (
            "Получател:\nДесислава Петкова\nул. „Иван Вазов“ № 12\n4000 Пловдив\n",
            [("person", "Десислава Петкова"), ("address", "ул. „Иван Вазов“ № 12"), ("address", "4000 Пловдив")],
        ),
    ],
)  # fmt: skip
def test_shipping_labels_of_the_weak_countries(text: str, want: list[tuple[str, str]]) -> None:
    assert tagged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ibu/bapa/penjaga ...... Norazlina binti Yusof\nNo. telefon ...... 013-441 2290\n", ["Norazlina binti Yusof"]),
        ("AHMAD FAUZI\nResume\n\nShah Alam · a.fauzi@example.my\n\nEducation\n2011  Universiti Teknologi\n", ["AHMAD FAUZI"]),
        ("Kiraya veren: Emine Aksoy\nKiracı: Burak Öztürk\n", ["Emine Aksoy", "Burak Öztürk"]),
    ],
)  # fmt: skip
def test_names_after_party_labels_and_as_cv_headers(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-credentials\n",
        "HTTP/1.1 500 Internal Server Error\nDate: Tue, 4 Mar 2025 10:12:44 GMT\n",
        'Traceback (most recent call last):\n  File "/srv/app/worker.py", line 88, in run\n'
        "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443)\n",
        "Nationality: Malaysian\nPassport no.: A12345678\n",
    ],
)
def test_technical_text_and_nationality_fields_hold_no_name(text: str) -> None:
    assert tagged(text) == []


def test_a_bot_display_name_is_no_name_but_a_person_is() -> None:
    text = (
        '{"from": {"user": {"displayName": "Deploy Bot"}}, "body": {"content": "ok"}}\n'
        '{"from": {"user": {"displayName": "Marta Kowalczyk"}}}'
    )
    assert names(text) == ["Marta Kowalczyk"]
