"""Structured kinds on the fifth dev sets (issue 12, session 9): dotted release versions
named by an update verb, a lot word or an image tag (at one mention, then at all); phone
look-alikes (year-numbered case numbers, Saudi postcodes and additional numbers, a house
number and a Polish or Portuguese postcode, id and prescription fields, dotted versions);
a spoken "plus" before a dictated number. Every example is made up for this file."""

# Text in many scripts is what this file is about.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

FULL = PiiScanner(ner=False, use_phonenumbers=True)
SMALLEST = PiiScanner(ner=False, use_phonenumbers=False)


def kinds(text: str, kind: str, locale: str | None = None, scanner: PiiScanner = FULL) -> list[str]:
    return [f.value(text) for f in scanner.scan(text, locale=locale) if f.kind.value == kind]


@pytest.mark.parametrize(
    "text",
    [
        "The tablet reboots since updating to 4.22.9.130 last night.",
        "After upgrading to 2.17.40.201 the sync fails.",
        "Desde que actualicé a 3.40.11.9 no sincroniza.",
        "Depois de atualizar para 5.3.88.12 deixou de funcionar.",
        "Nach dem Aktualisieren auf 6.1.23.240 startet es neu.",
        "Dopo aver aggiornato a 8.4.19.77 non si avvia.",
        "Po zaktualizowaniu do 9.2.31.156 nie działa.",
        "После обновления до 7.5.62.3 не работает.",
        "Güncelledikten sonra 1.9.47.220 sürümü çöküyor.",
        "更新到3.6.77.140之後就無法登入。",
        "image: registry.example.org/shop/api:4.18.7.203\n",
        "Lot 2.7.41.119   EXP 03/2027",
        "Ch.-B. 1.4.55.210",
    ],
)
def test_named_versions_are_no_addresses(text: str) -> None:
    assert kinds(text, "ipv4") == []
    assert kinds(text, "ipv4", scanner=SMALLEST) == []


def test_a_version_named_once_is_a_version_at_every_mention() -> None:
    text = (
        "Crash after upgrade to 3.12.44.190\n\nSteps: install 3.12.44.190 and open it.\n"
        "Env: android 14, app 3.12.44.190, commit 4be1c2a"
    )
    assert kinds(text, "ipv4") == []


@pytest.mark.parametrize(
    "text",
    [
        "ping 10.20.30.40 failed; the server moved to 10.20.30.40 yesterday",
        "proxy 192.168.40.2, then app 1.4.2.9 on 192.168.40.2",
        "curl http://registry.internal/api:10.1.2.3",
    ],
)
def test_addresses_stay_addresses(text: str) -> None:
    found = kinds(text, "ipv4")
    assert found and all(v.count(".") == 3 for v in found)
    assert "1.4.2.9" not in found


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sentry release: RELEASE=27.0.4511.93\n", "en_IN"),
        ("fw 141.0.8820.14 on the hub", "zh_TW"),
        ("升級到128.0.6613.120之後", "zh_TW"),
        ("Broj predmeta: 2023/48120\n", "hr_HR"),
        ("N.º do sinistro 2024/55091\n", "pt_PT"),
        ("شارع الأمير محمد، حي النخيل، الرياض 12643 - 7781\n", "ar_SA"),
        ("الدمام ٣٢٢٤١ - ٨٨٠٢\n", "ar_SA"),
        ("ul. Ogrodowa 17/4 - 61-821 Poznań", "pl_PL"),
        ("Avenida da Liberdade, 212 1250-147 Lisboa", "pt_PT"),
        ("Broj osobne iskaznice: 115903276\n", "hr_HR"),
        ("OIB 73629140385\n", "hr_HR"),
        ("FQTV LH 992710384\n", "de_DE"),
        ("Rx 7719034    12 kwietnia", "pl_PL"),
        ("رقم الإقامة: 2390145588\n", "ar_SA"),
        ("訂單編號8812047733已出貨", "zh_TW"),
    ],
)
def test_phone_look_alikes(text: str, locale: str) -> None:
    assert kinds(text, "phone", locale) == []
    assert kinds(text, "phone", locale, SMALLEST) == []


@pytest.mark.parametrize(
    ("text", "locale", "phone"),
    [
        ("Tel. 0201/29136 oder per Post", "de_DE", "0201/29136"),
        ("Mobitel: 091/287-1346\n", "hr_HR", "091/287-1346"),
        ("Mobil: 55.50.85.54", "da_DK", "55.50.85.54"),
        ("Tel +966 12 604 0811\nجدة", "ar_SA", "+966 12 604 0811"),
        ("Kontakt: 22 845 61 70, Warszawa", "pl_PL", "22 845 61 70"),
    ],
)
def test_real_phones_stay(text: str, locale: str, phone: str) -> None:
    assert kinds(text, "phone", locale) == [phone]


@pytest.mark.parametrize(
    ("text", "locale", "phone"),
    [
        ("nazovi plus 385 91 555 2044", "hr_HR", "plus 385 91 555 2044"),
        (
            "llamá al más cinco cuatro nueve uno uno cero cuatro cinco seis siete",
            "es_AR",
            "más cinco cuatro nueve uno uno cero cuatro cinco seis siete",
        ),
        ("ara artı 9 0 beş üç iki bir 4 4 5 6 7 8", "tr_TR", "artı 9 0 beş üç iki bir 4 4 5 6 7 8"),
        (
            "πάρε συν τρία μηδέν 6 9 εννιά 4 5 1 2 3 4",
            "el_GR",
            "συν τρία μηδέν 6 9 εννιά 4 5 1 2 3 4",
        ),
        ("撥打加886912345678", "zh_TW", "加886912345678"),
    ],
)
def test_spoken_plus_belongs_to_the_number(text: str, locale: str, phone: str) -> None:
    assert kinds(text, "phone", locale) == [phone]


def test_a_plus_in_prose_is_not_taken() -> None:
    text = "Tel: +44 20 7946 0000 plus VAT"
    assert kinds(text, "phone", "en_GB") == ["+44 20 7946 0000"]
