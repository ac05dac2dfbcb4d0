"""The name under a sender's or recipient's label (hybridsdk/routing/_party_lines.py),
with hard negatives. All names, streets and numbers are made up."""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._party_lines import party_names
from hybridsdk.routing._span_rules import shape_free_form


def _values(text: str) -> list[str]:
    return [text[a:b] for a, b in party_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ship to:\nOrla Finnegan-Reidy\nApt 4, 22 Quarry Lane\nGalway H91 X2Y3", "Orla Finnegan-Reidy"),
        ("Destinataire :\nAurélien Castagnède\n14 rue des Tanneurs\n31000 Toulouse", "Aurélien Castagnède"),
        ("Empfänger:\nJan van der Oost\nBirkenweg 7\n28195 Bremen", "Jan van der Oost"),
        ("Gönderici:\nNESLİHAN ÖZTÜRKMEN\nÇiçek Sok. No:12 D:3\n06510 Ankara", "NESLİHAN ÖZTÜRKMEN"),
        ("Получатель:\nВарвара Кудрявцева\nул. Лесная, д. 8, кв. 3\n620014 Екатеринбург", "Варвара Кудрявцева"),
        ("Αποστολέας:\nΣταματία Λιάπη\nΑγίου Νικολάου 41\n262 21 Πάτρα", "Σταματία Λιάπη"),
        ("נמען:\nשלומית אבוטבול\nרחוב הגפן 14, דירה 3\nחולון", "שלומית אבוטבול"),
        ("گیرنده:\nمهسا قنبری\nتبریز، خیابان امام، پلاک ۲۱\nکد پستی 51368", "مهسا قنبری"),
        ("받는 분:\n남궁서진\n부산광역시 해운대구 좌동순환로 77, 1203호", "남궁서진"),
        ("收件人:\n欧阳静怡\n上海市浦东新区世纪大道 100 号", "欧阳静怡"),
        ("Thanks! Delivery address:\nPrzemysław Wójcik\nul. Polna 5/2\n00-625 Warszawa", "Przemysław Wójcik"),
        ("მიმღები:\nთამარ ჯაფარიძე\nრუსთაველის გამზ. 12, თბილისი", "თამარ ჯაფარიძე"),
    ],
)  # fmt: skip
def test_the_line_under_the_label_is_a_name(text: str, name: str) -> None:
    assert _values(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a company, a department, a street or a lower-case line under the label
        "Sender:\nNorthwind Logistics Ltd\nUnit 5, Dock Road\nHull HU1 2AB",
        "From:\nHuman Resources Department\n4 Park Square\nLeeds",
        "Absender:\nAlte Lindenstraße\n12, 50667 Köln",
        "Ship to:\nback office reception\n22 Quarry Lane",
        # no digit on the line after it: no address block
        "To:\nAll Staff\nPlease read the notice below.",
        "Recipient:\nMarta Kowalczyk\nThanks for your order!",
        # a digit in the line itself, or a label that is no party's
        "Ship to:\nLocker 42B\n22 Quarry Lane",
        "Subject:\nQuarterly Report\nQ3 2025 figures",
        # one unspaced word is fine only in Han, kana or Hangul
        "Sender:\nAcme\n12 Main Street",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert _values(text) == []


def test_the_scanner_rules_take_it_whatever_the_tagger_saw() -> None:
    text = "Order 5521\nSender:\nOrla Finnegan\n22 Quarry Lane, Galway\nThank you, Orla"
    at = text.index("Quarry")
    tagged = Finding.from_span(PiiKind.ADDRESS, text, at, at + 20, 0.5, "ner")
    out = shape_free_form(text, [tagged])
    assert "Orla Finnegan" in [f.value(text) for f in out if f.kind is PiiKind.PERSON]


@pytest.mark.parametrize(
    "text",
    [
        "Подател:\nМесомакс Транс ЕООД\nбул. Витоша 12\n1000 София",
        "Remitente:\nDistribuciones Arcila S.A.S.\nCalle 10 # 4-21\nCali",
        "فرستنده:\nشرکت پخش البرز\nتهران، خیابان آزادی، پلاک ۱۲",
        "寄件人:\n華新電器\n台北市大安區復興南路一段 100 號",
        "寄件人:\n遠東航空\n台北市松山區敦化北路 340 號",
    ],
)
def test_companies_under_the_label_are_no_names(text: str) -> None:
    assert _values(text) == []
