"""Coordinates, phones, e-mails and cards in the forms of config files, URLs and device
logs (issue 12): GeoJSON [lon, lat], geo: URIs, map URLs, NMEA sentences, query strings;
tel: links, extensions, vanity numbers; quoted local parts, mailto:, angle brackets;
Amex and Diners groupings. And what must not count: UTM and MGRS grid references, masked
cards, retina image names, vectors and readings."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)
FULLWIDTH = {ord("0") + i: 0xFF10 + i for i in range(10)}
ARABIC = {ord("0") + i: 0x0660 + i for i in range(10)}


def found(text: str, locale: str | None = None) -> list[tuple[str, str]]:
    return [(f.kind.value, f.value(text)) for f in SCANNER.scan(text, locale=locale)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"type": "Point", "coordinates": [11.575500, 48.137400]}', "11.575500, 48.137400"),
        ("geo:48.13740,11.57550", "48.13740,11.57550"),
        ('<a href="geo:-33.868820,151.209290;u=35">map</a>', "-33.868820,151.209290"),
        ("https://www.google.com/maps/@48.1374000,11.5755000,15z", "48.1374000,11.5755000"),
        (
            "$GPGGA,123519.00,4807.0380,N,01131.0000,E,1,08,0.9,545.4,M,46.9,M,,*47",
            "4807.0380,N,01131.0000,E",
        ),
        (
            "$GPRMC,225446.00,A,4916.4500,N,12311.1200,W,000.5,054.7,191194,,,A*6C",
            "4916.4500,N,12311.1200,W",
        ),
        ("$GNGLL,3351.1234,S,15112.5678,E,120000.00,A,A*7B", "3351.1234,S,15112.5678,E"),
        ("GET /api/nearby?lat=48.13740&lon=11.57550&radius=500", "48.13740&lon=11.57550"),
        (
            "https://www.openstreetmap.org/?mlat=48.13740&mlon=11.57550#map=16",
            "48.13740&mlon=11.57550",
        ),
    ],
)
def test_gps_forms(text: str, value: str) -> None:
    assert found(text) == [("gps", value)]


def test_geojson_line_pairs_each_count() -> None:
    text = '{"type":"LineString","coordinates":[[11.5755,48.1374],[-0.1276,51.5072,35]]}'
    assert found(text) == [("gps", "11.5755,48.1374"), ("gps", "-0.1276,51.5072")]


def test_kml_tuples_each_count() -> None:
    text = "<coordinates>11.575500,48.137400,0 -0.127600,51.507200,35</coordinates>"
    assert found(text) == [("gps", "11.575500,48.137400"), ("gps", "-0.127600,51.507200")]


@pytest.mark.parametrize(
    "text",
    [
        "UTM 32U 691607 5334760",
        "UTM-Koordinaten: 32U 0691607 5334760",
        "MGRS 32UPU9160734760",
        "UTM zone 33N, E 389571.2 N 5820312.8",
        "accel x=0.0123 y=-0.9812 z=0.1523",
        "checksum field 4807.038,N is not a fix without a longitude",
        "transform: scale(1.2345, 0.9876)",
        "pH 7.4512, 7.3980 across the samples",
        "POINT(3 4) is a test geometry",
    ],
)
def test_not_gps_nor_phone(text: str) -> None:
    assert [k for k, _ in found(text, "de_DE") if k in ("gps", "phone")] == []


@pytest.mark.parametrize(
    ("text", "value", "locale"),
    [
        ('<a href="tel:+442079460958">Call us</a>', "+442079460958", "en_GB"),
        ("[Anrufen](tel:+49-30-1234567)", "+49-30-1234567", "de_DE"),
        ("Order flowers at 1-800-FLOWERS today", "1-800-FLOWERS", "en_US"),
        ("dial 1 (888) NEW-CARS anytime", "1 (888) NEW-CARS", "en_US"),
        ("Call +1 415-555-0132 ext. 204 for billing.", "+1 415-555-0132 ext. 204", "en_US"),
        ("Telefon +420 601 123 456", "+420 601 123 456", "cs_CZ"),
        ("Телефон +380 50 123 4567", "+380 50 123 4567", "uk_UA"),
        ("Tel: +90 532 123 45 67", "+90 532 123 45 67", "tr_TR"),
        ("Cep: 0532 123 45 67", "0532 123 45 67", "tr_TR"),  # "cep": a Turkish mobile
        ("Cep: (0212) 374 88 14", "(0212) 374 88 14", "tr_TR"),
        ("call +33.1.23.45.67.89 please", "+33.1.23.45.67.89", "en_US"),  # not a date
        ("+39.06.6981.2345", "+39.06.6981.2345", "de_DE"),
        ("call +46.8.12.39.86 please", "+46.8.12.39.86", "en_US"),  # not an IPv4
        ("call +688 90 1236 please", "+688 90 1236", "en_US"),  # Tuvalu, not an SSN
        ("number +687 75.12.57.", "+687 75.12.57", "fr_FR"),
        ("Office: (212) 555-0187 x312", "(212) 555-0187 x312", "en_US"),
    ],
)
def test_phone_forms(text: str, value: str, locale: str) -> None:
    assert found(text, locale) == [("phone", value)]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sipariş no 12345678950 kargoda", "tr_TR"),
        ("Замовлення № 3005805431 відправлено", "uk_UA"),
        ("call 1-800-FLOWERS2U now", "en_US"),  # nine symbols: no number
        ("CEP 01310-100, São Paulo", "pt_BR"),  # a Brazilian postcode
        ("CEP: 01310100", "pt_BR"),
        ("ratio 1-800-abcdefg", "en_US"),  # lower case: not how vanity numbers are written
    ],
)
def test_not_a_phone(text: str, locale: str) -> None:
    assert [k for k, _ in found(text, locale) if k == "phone"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('Reply-To: "john doe"@example.com', '"john doe"@example.com'),
        ("From: Anna Meyer <anna.meyer+invoices@example.com>", "anna.meyer+invoices@example.com"),
        ('<a href="mailto:sales@example.co.uk">write</a>', "sales@example.co.uk"),
        ("[Mail](mailto:kim.minjun@example.kr?subject=Hi)", "kim.minjun@example.kr"),
        ("Kontakt: jörg.weiß@müller-bäckerei.de", "jörg.weiß@müller-bäckerei.de"),
        ("write to siobhan.o'brien@example.ie, thanks", "siobhan.o'brien@example.ie"),
        ("reply to 'anna@example.com' please", "anna@example.com"),
        ("GET /subscribe?email=anna.meyer%40example.com&list=7", "anna.meyer%40example.com"),
        ("邮箱 用户@例子.中国 谢谢", "用户@例子.中国"),  # wholly in CJK, a CJK TLD
        ("연락처 kim@naver.com입니다", "kim@naver.com"),  # Hangul after an ASCII TLD: no part of it
    ],
)
def test_email_forms(text: str, value: str) -> None:
    assert found(text) == [("email", value)]


@pytest.mark.parametrize(
    "text",
    [
        "ship icon@2x.png and logo@3x.webp",
        "sprite@1.5x.jpg",
        "npm i @acme/ui@2.3.1",
        "git clone git@github.com:acme/app.git",
        "it's 100%40 percent",
        "价格@50元",
        "用户@例子",  # no top-level domain
    ],
)
def test_not_an_email(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Amex 3782 822463 10005 exp 09/28", "3782 822463 10005"),
        ("Card number: 3782-822463-10005", "3782-822463-10005"),
        ("Diners Club 3056 930902 5904", "3056 930902 5904"),
        ("carte Diners n° 30569309025904", "30569309025904"),
        (
            "カード番号：" + "4111 7226 0507 5735".translate(FULLWIDTH),
            "4111 7226 0507 5735".translate(FULLWIDTH),
        ),
        (
            "رقم البطاقة " + "4206 3810 0443 4708".translate(ARABIC),
            "4206 3810 0443 4708".translate(ARABIC),
        ),
    ],
)
def test_card_groupings(text: str, value: str) -> None:
    assert found(text) == [("card", value)]


@pytest.mark.parametrize(
    "text",
    [
        "card **** **** **** 4242 charged",
        "paid with XXXX-XXXX-XXXX-0005",
        "Amex •••• ••••• 10005",
        "Karte 4111 11** **** 1111 abgelehnt",
        "card ************1234",
    ],
)
def test_masked_cards_are_not_cards(text: str) -> None:
    assert [k for k, _ in found(text) if k == "card"] == []


@pytest.mark.parametrize("use_phonenumbers", [True, False])
def test_no_break_spaces_in_phone_numbers(use_phonenumbers: bool) -> None:
    scanner = PiiScanner(ner=False, use_phonenumbers=use_phonenumbers)
    text = "Mobil +46\u00a070\u00a0124\u00a024\u00a055"
    assert [(f.kind.value, f.value(text)) for f in scanner.scan(text, locale="sv_SE")] == [
        ("phone", "+46\u00a070\u00a0124\u00a024\u00a055")
    ]
