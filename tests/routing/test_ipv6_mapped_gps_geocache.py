"""IPv6 addresses with an embedded IPv4 part, read whole, and geocaching coordinates with
decimal minutes and no prime (session 10). Every value is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=False)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.value(text)) for f in SCANNER.scan(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("remote=[::ffff:10.20.30.40]:5000 GET /", "::ffff:10.20.30.40"),
        ("client ::ffff:203.0.113.77 closed", "::ffff:203.0.113.77"),
        ("nat64 64:ff9b::198.51.100.23 ok", "64:ff9b::198.51.100.23"),
    ],
)
def test_ipv4_mapped_ipv6_is_one_address(text: str, value: str) -> None:
    assert found(text) == [("ipv6", value)]


@pytest.mark.parametrize(
    "text",
    ["from [2001:db8:4::17]:443", "iface fe80::2a0:c9ff:fe14:8a2b%wlan0 up"],
)
def test_plain_ipv6_unchanged(text: str) -> None:
    assert [k for k, _ in found(text)] == ["ipv6"]


def test_clock_times_are_no_ipv6() -> None:
    assert found("at 12:30:45.5 the door opened") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Cache: S 33°27.104 W 070°38.612", "S 33°27.104 W 070°38.612"),
        ("Skjól: N 65° 41.220 W 018° 05.334.", "N 65° 41.220 W 018° 05.334"),
        ("Start N 46° 03.117, E 014° 30.562 (parking)", "N 46° 03.117, E 014° 30.562"),
    ],
)
def test_decimal_minutes_without_prime(text: str, value: str) -> None:
    assert found(text) == [("gps", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Oven 21° 45.123 then 12° 33.456",
        "it was 25° 12.500 today and W 3° 1.25 tomorrow",
        "angle 12° 30.5 and 14° 10.25",
    ],
)
def test_degrees_with_decimals_but_no_hemispheres_are_no_location(text: str) -> None:
    assert found(text) == []
