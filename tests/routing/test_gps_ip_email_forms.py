"""Coordinates, IPv4 addresses and e-mail addresses in the forms issue 12 found missed or
misread: pair boundaries, DMS seconds without their sign, a prose letter before a DMS
pair, versions in many languages and product tokens that look like IPv4, addresses
spelled out in 30+ languages or glued to CJK text. Examples written here."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import Ipv4Detector, PiiScanner

FULL = PiiScanner(ner=False, use_phonenumbers=True)
SMALLEST = PiiScanner(ner=False, use_phonenumbers=False)


def found(text: str, kind: str, scanner: PiiScanner = FULL) -> list[str]:
    return [f.value(text) for f in scanner.scan(text) if f.kind.value == kind]


# ---------------------------------------------------------------- GPS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ich bin hier: 47.376887 8.541694 - bis gleich", "47.376887 8.541694"),
        ("here 40.4168, -3.7038\n[10:02] ok", "40.4168, -3.7038"),
        ("pin=[52.5200,13.4050]\n", "52.5200,13.4050"),
        ("punkt 59.3293 18.0686 ", "59.3293 18.0686"),
    ],
)
def test_decimal_pair_ends_at_its_last_digit(text: str, expected: str) -> None:
    assert found(text, "gps") == [expected]
    assert found(text, "gps", SMALLEST) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seconds without their sign, right before the hemisphere letter
        ('{"pos": "41°24\'12.2N 2°10\'26.5E"}', "41°24'12.2N 2°10'26.5E"),
        # "w" (Polish "in"), "o" and "e" are words of the prose, not hemispheres
        ("jestem w 52°13'47\"N 21°00'42\"E teraz", "52°13'47\"N 21°00'42\"E"),
        ("estoy e 40°25'01\"N 3°42'13\"W ya", "40°25'01\"N 3°42'13\"W"),
        ("N 48°51.493' E 2°17.670'", "N 48°51.493' E 2°17.670'"),
    ],
)
def test_dms_forms(text: str, expected: str) -> None:
    assert found(text, "gps") == [expected]


def test_dms_needs_valid_minutes_and_both_hemispheres() -> None:
    assert found("41°75'12N 2°10'26E", "gps") == []
    assert found("41°24'12.2N 2°10'26.5", "gps") == []


# ---------------------------------------------------------------- IPv4


@pytest.mark.parametrize(
    "text",
    [
        "User-Agent: ShopKiosk/3.18.2.140 (Linux; Android 14)",
        "Server: edge-proxy/1.24.0.7",
        "versión 3.2.10.4 instalada",
        "versione 3.2.10.4",
        "verze 3.2.10.4",
        "wersja 3.2.10.4",
        "sürüm 3.2.10.4",
        "версия 3.2.10.4",
        "έκδοση 3.2.10.4",
        "גרסה 3.2.10.4",
        "الإصدار 3.2.10.4",
        "संस्करण 3.2.10.4",
        "phiên bản 3.2.10.4",
        "バージョン 3.2.10.4",
        "版本3.2.10.4",
        "버전 3.2.10.4",
        "see section 2.1.3.4 of the spec",
        "§ 1.2.3.4",
        "Kapitel 10.2.3.1",
        "OID 1.3.6.1",
        "第3章1.2.3.4",
    ],
)
def test_versions_and_outline_numbers_are_no_ipv4(text: str) -> None:
    assert [f.value(text) for f in Ipv4Detector()(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://10.20.30.40/health", "10.20.30.40"),
        ("ssh admin@172.16.5.9", "172.16.5.9"),
        ("host/10.1.2.3 unreachable", "10.1.2.3"),
        ("地址192.168.1.10已连接", "192.168.1.10"),
        ("from 203.0.113.7 via gw", "203.0.113.7"),
        ("routing table 10.0.0.1 via eth0", "10.0.0.1"),
        ("firewall rule 10.9.8.7 denied", "10.9.8.7"),
    ],
)
def test_addresses_are_still_ipv4(text: str, expected: str) -> None:
    assert [f.value(text) for f in Ipv4Detector()(text)] == [expected]


# ---------------------------------------------------------------- e-mail


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "écrivez à jean.dupont arobase laposte point net merci",
            "jean.dupont arobase laposte point net",
        ),
        (
            "escríbeme a lucia punto gil arroba correo punto es",
            "lucia punto gil arroba correo punto es",
        ),
        ("scrivi a marco chiocciola posta punto it", "marco chiocciola posta punto it"),
        ("pisz na ania małpa poczta kropka pl", "ania małpa poczta kropka pl"),
        ("napište na petr zavináč seznam tečka cz", "petr zavináč seznam tečka cz"),
        ("írj a kata kukac freemail pont hu címre", "kata kukac freemail pont hu"),
        ("пишите ivan собака yandex точка ru", "ivan собака yandex точка ru"),
        ("मेल करें ravi एट example डॉट in पर", "ravi एट example डॉट in"),
        ("메일은 minsu 골뱅이 example 점 kr입니다", "minsu 골뱅이 example 점 kr"),
        ("メールは taro アット example ドット jpです", "taro アット example ドット jp"),
        ("联系 zhang (at) example (dot) cn就行", "zhang (at) example (dot) cn"),
        ("mail kim[@]example.org today", "kim[@]example.org"),
        ("mail to lee [at] mail [dot] example [dot] com.", "lee [at] mail [dot] example [dot] com"),
        ("write to info at example dot vn", "info at example dot vn"),
        ("sende an lena at firma dot se", "lena at firma dot se"),
    ],
)
def test_spelled_out_addresses(text: str, expected: str) -> None:
    assert found(text, "email") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "meet at noon dot com",
        "see you at the station dot",
        "look at this dot it works",
        "rendez-vous chez moi point final",
        "ring at 5 dot pm please",
        "we sat at home. No one came",
    ],
)
def test_prose_with_at_and_dot_is_no_address(text: str) -> None:
    assert found(text, "email") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我的邮箱是123456789@qq.com、谢谢", "123456789@qq.com"),
        ("邮箱5566778899＠example.cn。", "5566778899＠example.cn"),
        ("メールはhanako@example.jpです", "hanako@example.jp"),
        ("用户@例子.中国", "用户@例子.中国"),
    ],
)
def test_addresses_glued_to_cjk_text(text: str, expected: str) -> None:
    assert found(text, "email") == [expected]
