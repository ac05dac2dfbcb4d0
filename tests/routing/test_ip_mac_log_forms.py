"""IPs, MACs and coordinates in logs and tables (session 11): an Asterisk channel
"SIP/<ip>-<id>", a netmask, a RADIUS station id with its ":SSID" suffix, two columns of
rates. Every example is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def found(text: str, kind: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == kind]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('"SIP/trunk-7a1b2c3d","SIP/10.44.7.19-000a3f1","Dial"', "10.44.7.19"),
        ("channel PJSIP/192.0.2.77-00000012 answered", "192.0.2.77"),
        ("IAX2/203.0.113.9-4412 hung up", "203.0.113.9"),
        ("Local/100@from-internal;1 <-> SIP/172.16.5.40-0000a1b2", "172.16.5.40"),
    ],
)
def test_ip_in_a_pbx_channel(text: str, value: str) -> None:
    assert found(text, "ipv4") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "User-Agent: KioskApp/4.11.24.124 (Linux)",
        "Server: Asterisk/16.2.1.0",
    ],
)
def test_product_versions_stay_versions(text: str) -> None:
    assert found(text, "ipv4") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ipaddr=192.168.10.7\nnetmask=255.255.255.0\n", "192.168.10.7"),
        ("inet 10.1.2.3 netmask 255.255.0.0 broadcast 10.1.255.255", "10.1.2.3"),
        ("Máscara de subred . . : 255.255.255.192  Puerta: 10.9.8.1", "10.9.8.1"),
        ("IPADDR=172.20.1.5 NETMASK=255.255.255.252", "172.20.1.5"),
    ],
)
def test_a_mask_is_no_address(text: str, value: str) -> None:
    assert value in found(text, "ipv4")
    assert not any(v.startswith("255.") for v in found(text, "ipv4"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('\tCalled-Station-Id = "A4-5E-60-1B-2C-9D:CafeNet"', "A4-5E-60-1B-2C-9D"),
        ('\tCalled-Station-Id = "a4:5e:60:1b:2c:9d:eduroam"', "a4:5e:60:1b:2c:9d"),
        ("ap=0C-8D-DB-11-22-33:Guest-5G client=10.0.0.4", "0C-8D-DB-11-22-33"),
        ("BSSID 3C-84-6A-00-AB-CD:Biblioteca_Publica", "3C-84-6A-00-AB-CD"),
    ],
)
def test_mac_before_an_ssid(text: str, value: str) -> None:
    assert found(text, "mac") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "addr 12:34:56:78:9a:bc:def0 scope link",
        "run 0a:1b:2c:3d:4e:5f:6a end",
    ],
)
def test_a_longer_hex_run_is_no_mac(text: str) -> None:
    assert found(text, "mac") == []


@pytest.mark.parametrize(
    "text",
    [
        "Moneda   Compra     Venta\nAED      21.5997    21.9983\n",
        "Devise\tAchat\tVente\nCHF\t14.2210\t14.5120\n",
        "USD/ZAR      18.4410      18.6120",
    ],
)
def test_two_columns_of_rates_are_no_coordinates(text: str) -> None:
    assert found(text, "gps") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("loc 48.8584 2.2945", "48.8584 2.2945"),
        ("GPS: 18.5437, -72.3388", "18.5437, -72.3388"),
        ("48.8584 N   2.2945 E", "48.8584 N   2.2945 E"),
    ],
)
def test_coordinates_stay(text: str, value: str) -> None:
    assert found(text, "gps") == [value]
