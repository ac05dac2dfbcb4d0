"""National phone numbers written with dots that read like decimals or IPv4 addresses
(issue 12, session 9). Every number is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._dotted_phones import dotted_national, trunk_quad

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def phones(text: str, locale: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text, locale=locale) if f.kind.value == "phone"]


@pytest.mark.parametrize(
    ("locale", "text", "number"),
    [
        ("en_SG", "Mobile: 9412.0733\n", "9412.0733"),
        ("en_SG", "id,name,email,phone\n7,Ann Lim,al@mail.sg,8123.4567\n", "8123.4567"),
        ("mt_MT", "Mowbajl: 7912.3344\n", "7912.3344"),
        ("is_IS", "{'phone': '612.3344'}", "612.3344"),
        ("is_IS", "Tel.: 862.3344", "862.3344"),
        ("sr_RS", "Mobilni: 064.1234567\n", "064.1234567"),
        ("sr_RS", "ime,email,tel\nMila,m@mts.rs,065.123456\n", "065.123456"),
        ("fr_BE", "Tél. 081.45.12.34", "081.45.12.34"),
        ("fr_BE", "'x@skynet.be','02.201.14.39','1961-07-10'", "02.201.14.39"),
        ("it_CH", "nuovo natel 079.123.45.67, mail", "079.123.45.67"),
        ("de_CH", "Tel. 044.123.45.67", "044.123.45.67"),
    ],
)
def test_dotted_national_numbers(locale: str, text: str, number: str) -> None:
    assert phones(text, locale) == [number]


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en_SG", "Amount: 1234.56"),
        ("is_IS", "Total 612.3344 kr"),
        ("en_AU", "lon 151.2093, lat -33.8688"),
        ("en_SG", "pi is 3.1415926"),
        ("en_US", "host 10.0.0.1 and 192.168.1.10"),
        ("sr_RS", "Iznos: 64.1234567 RSD"),
    ],
)
def test_decimals_and_addresses_stay_no_phones(locale: str, text: str) -> None:
    assert phones(text, locale) == []


def test_shapes() -> None:
    assert dotted_national("064.1234567", 0, 11)
    assert dotted_national("9412.0733", 0, 9)
    assert not dotted_national("1234.56", 0, 7)
    assert not dotted_national("612.3344", 0, 8)  # no cue
    assert trunk_quad("081.45.12.34")
    assert not trunk_quad("81.45.12.34")
