"""Structured values in the forms issue 12's blind set measured missing: IBANs in any
letter case, with no-break spaces or glued to CJK text; coordinates with leading
hemispheres, decimal commas and keys in more languages; IDN and spelled-out e-mail
addresses in more languages; IPs glued to "IP"; cards grouped with dots. Each with its
hard negatives."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner
from hybridsdk.testing._pii_text import iban_with_checksum

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def found(text: str, kind: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == kind]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("IBAN: DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
        ("iban de89370400440532013000", "de89370400440532013000"),
        ("IBAN De89370400440532013000.", "De89370400440532013000"),
        (
            "IBAN\u00a0: DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000",
            "DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000",
        ),
        ("振込先IBANDE89370400440532013000です", "DE89370400440532013000"),
        ("IBAN은 GB82 WEST 1234 5698 7654 32입니다", "GB82 WEST 1234 5698 7654 32"),
        ("конто DE89-3704-0044-0532-0130-00", "DE89-3704-0044-0532-0130-00"),
    ],
)
def test_iban_forms(text: str, value: str) -> None:
    assert found(text, "iban") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "IBAN DE89 3704 0044 0532 0130 01",  # mod 97 fails
        "DE89 3704 0044 0532 0130 00 1234",  # runs on into another group? still the IBAN
        "ref XX89370400440532013000",  # no such country
        "DE89370400440532013000ABC",  # glued to more letters
    ],
)
def test_iban_negatives(text: str) -> None:
    got = found(text, "iban")
    if text.endswith("1234"):
        assert got == ["DE89 3704 0044 0532 0130 00"]
    else:
        assert got == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("at S 33.8688, E 151.2093", "S 33.8688, E 151.2093"),
        ("fix N48.85837 E2.29448", "N48.85837 E2.29448"),
        ("Standort: 48,85837, 2,29448", "48,85837, 2,29448"),
        ("Koordinaten 48,85837; 2,29448", "48,85837; 2,29448"),
        ("坐标：39.90421，116.40739", "39.90421，116.40739"),
        ("GPS 48.858,2.294", "48.858,2.294"),
        ('"latlng": [48.137, 11.575]', "48.137, 11.575"),
        ("Lat/Lon: 48.137, 11.575", "48.137, 11.575"),
        ("الموقع 30.0444، 31.2357", "30.0444، 31.2357"),
        ("位置35.6812、139.7671です", "35.6812、139.7671"),
        ("ubicación 40º 25′ 1.2″ N, 3º 42′ 13.5″ W", "40º 25′ 1.2″ N, 3º 42′ 13.5″ W"),
        ("Breite 48.13743, Länge 11.57549", "48.13743, Länge 11.57549"),
        ("широта 55.75583, долгота 37.61730", "55.75583, долгота 37.61730"),
        ("szer. 52.22977, dł. 21.01178", "52.22977, dł. 21.01178"),
        ('{"緯度": 35.68123, "経度": 139.76712}', '35.68123, "経度": 139.76712'),
    ],
)
def test_gps_forms(text: str, value: str) -> None:
    assert found(text, "gps") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Preis 12.50, 13.25 EUR",  # three decimals needed after a location word, 4 without
        "Maße 12,5, 13,2 cm",
        "N 95.1234, E 10.1234",  # latitude out of range
        "ratio 0.1234, 0.5678",
        "Temperature 21.4567, 45.1234 humidity",
        "Temperatur 21,4567; 45,1234",
        "POS 12.50, 13.25 EUR",  # point of sale, two decimals
        "GPS 48.14,11.58",  # two decimals: about a kilometre, not read
    ],
)
def test_gps_negatives(text: str) -> None:
    assert found(text, "gps") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("E-Mail: müller.anna@example.com", "müller.anna@example.com"),
        ("пишите на иван@почта.рф", "иван@почта.рф"),
        ("連絡先：anna＠example.com", "anna＠example.com"),
        ("メールはanna@example.comです", "anna@example.com"),
        ("ईमेलanna@web.deपर", "anna@web.de"),
        ("γιάννης@παράδειγμα.gr", "γιάννης@παράδειγμα.gr"),
        ("البريدanna@web.com", "anna@web.com"),
        ("anna (at) web (punkt) de", "anna (at) web (punkt) de"),
        ("anna arroba example punto com", "anna arroba example punto com"),
        ("anna chez firma.co point uk", "anna chez firma.co point uk"),
        ("почта ivan собака yandex точка ru", "ivan собака yandex точка ru"),
        ("anna 艾特 example 点 com", "anna 艾特 example 点 com"),
        ("anna małpa wp kropka pl", "anna małpa wp kropka pl"),
        (
            "meine mail ist anna punkt müller at web punkt de danke",
            "anna punkt müller at web punkt de",
        ),
    ],
)
def test_email_forms(text: str, value: str) -> None:
    assert found(text, "email") == [value]


@pytest.mark.parametrize(
    "text",
    ["meet at noon dot com", "x@y", "Preis 5 punto 3", "anna chez elle point final"],
)
def test_email_negatives(text: str) -> None:
    assert found(text, "email") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("服务器IP10.1.2.3已连接", "ipv4", "10.1.2.3"),
        ("dev 10.1.2.3 is down", "ipv4", "10.1.2.3"),
        ("connect to 10.1.2.3:8080", "ipv4", "10.1.2.3"),
        ("carte n° 4111.1111.1111.1111", "card", "4111.1111.1111.1111"),
    ],
)
def test_ip_and_card_forms(text: str, kind: str, value: str) -> None:
    assert found(text, kind) == [value]


def test_versions_are_still_not_ips() -> None:
    assert found("firmware v 10.1.2.3", "ipv4") == []
    assert found("updated to 4.19.0.1", "ipv4") == []
    assert found("carte 4111.1111.1111.1112", "card") == []


@pytest.mark.parametrize(
    "text",
    [
        '{"ssn": "234567891"}',
        "social_security_number=234567891",
        "SSN#: 234567891",
        "SSN 234.56.7891",
    ],
)
def test_ssn_after_its_cue_in_more_forms(text: str) -> None:
    assert found(text, "ssn") == [text.split()[-1].split("=")[-1].strip('"}')]


def test_ssn_negatives() -> None:
    assert found("SSN 666123456", "ssn") == []  # area 666 is never issued
    assert found("order 234567891", "ssn") == []  # no cue


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Numer paszportu: EA1234567", "EA1234567"),
        ("Αριθμός διαβατηρίου: AE1234567", "AE1234567"),
        ("passnummer 12345678", "12345678"),
        ("паспорта 4507 123456", "4507 123456"),
        ("Steuernummer 21/815/08150", "21/815/08150"),
        ("UTR 1955839661", "1955839661"),
        ("Ausweisnummer: L01X00T47", "L01X00T47"),
        ("基礎年金番号：1234-567890", "1234-567890"),
        ("carte d'identité n° 880692310285", "880692310285"),
        ("BSN 1112 22 333", "1112 22 333"),
        ('{"my_number": "123456789018"}', "123456789018"),
        ("nie x1234567l", "x1234567l"),
        ("CA DL D1234567 exp 2027", "D1234567"),
        ("Driver's Lic. D123-4567-8901", "D123-4567-8901"),
    ],
)
def test_documents_after_inflected_cues(text: str, value: str) -> None:
    assert found(text, "national_id") == [value]


def test_documents_need_their_cue_and_format() -> None:
    assert found("passport AB123", "national_id") == []
    assert found("UTR 1955839662", "national_id") == []  # check digit
    assert found("Bestellung 12345678", "national_id") == []
    assert found("dl to be sent 12345678", "national_id") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("anna＠web．de", "anna＠web．de"),
        ("ANNA AT WEB DOT DE", "ANNA AT WEB DOT DE"),
        ("mail anna @ web.de", "anna @ web.de"),
        ("latitude 48.8584 / longitude 2.2945", "48.8584 / longitude 2.2945"),
        ("北緯35.6812 東経139.7671", "35.6812 東経139.7671"),
        ("N 48.1, E 11.5", "N 48.1, E 11.5"),
    ],
)
def test_more_email_and_gps_forms(text: str, value: str) -> None:
    kind = "email" if "@" in text or "＠" in text or " AT " in text else "gps"
    assert [f.value(text) for f in SCANNER.scan(text) if f.kind.value == kind] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "I am at home. com",
        "Mr. Smith at Example. De",
        "Look at example dot com",
        "see you at 5. de facto",
    ],
)
def test_prose_is_not_an_address(text: str) -> None:
    assert found(text, "email") == []


def test_card_then_cvv_keeps_the_16_digits() -> None:
    # 4291 4177 7631 7063 108 passes Luhn as 19 digits too; the CVV is not part of it.
    assert found("card 4291 4177 7631 7063 108 exp", "card") == ["4291 4177 7631 7063"]


def test_a_log_tag_is_not_a_version_word() -> None:
    assert found("[app] 10.0.0.1 GET /", "ipv4") == ["10.0.0.1"]
    assert found('"version": "1.2.3.4"', "ipv4") == []


@pytest.mark.parametrize(
    ("country", "bban"),
    [
        ("IR", "0" + "12" + "0000000" + "123456789012"),  # Iran's Sheba: 26 characters
        ("SN", "A12" + "345678901234567890123"[:21]),  # franc zone: 28
        ("MZ", "0" * 4 + "1234567890123456789"[:17]),  # Mozambique: 25
    ],
)
def test_ibans_of_countries_outside_the_swift_registry(country: str, bban: str) -> None:
    iban = iban_with_checksum(country, bban)
    spaced = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    for form in (iban, spaced, spaced.lower()):
        text = f"شماره شبا / IBAN: {form}\n"
        assert [(f.kind, f.value(text)) for f in PiiScanner(ner=False).scan(text)] == [
            (PiiKind.IBAN, form)
        ]
    broken = iban[:4] + ("1" if iban[4] != "1" else "2") + iban[5:]
    assert not any(f.kind is PiiKind.IBAN for f in PiiScanner(ner=False).scan(f"IBAN {broken}"))
