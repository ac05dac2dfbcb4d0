"""E-mail shapes in telephony and mail logs, and addresses as airline systems write them
(session 11). Every example is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._email_gds import gds_email_spans

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def found(text: str, kind: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == kind]


@pytest.mark.parametrize(
    "text",
    [
        'From: "Front Desk" <sip:2310@pbx.hotel.example>;tag=8812',
        "Contact: <sips:4471@10.20.0.5:5061;transport=tls>",
        "REGISTER sip:118@voip.example.net SIP/2.0",
        "Aug 14 09:12:55 relay postfix/cleanup[3312]: 9C1D2E3F4A: message-id=<7f3e9a1b2c4d@relay.example.de>",
        "Jan  3 02:01:44 mx sendmail[812]: 40AB12: from=<>, size=912, msgid=<x9.77@mail.example.fr>",
        "2026-12-07 08:15:02 1tXyZa-000Abc-7Q <= <> R=bounce U=exim P=local S=812 id=E1tXyZa-000@smtp.example.pl",
    ],
)
def test_sip_numbers_and_log_message_ids_are_no_addresses(text: str) -> None:
    assert found(text, "email") == []


def test_phone_in_a_sip_uri_stays_a_phone() -> None:
    text = "INVITE sip:+4915123456789@carrier.example.de SIP/2.0"
    assert found(text, "email") == []
    assert found(text, "phone") == ["+4915123456789"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('To: "Anna Berg" <sip:anna.berg@corp.example.se>', "anna.berg@corp.example.se"),
        (
            "Aug 14 09:12:55 relay postfix/qmgr[3312]: 9C1D2E3F4A: from=<jan.nowak@poczta.pl>, size=4410",
            "jan.nowak@poczta.pl",
        ),
        (
            "2026-12-07 08:15:02 1tXyZa-000Abc-7Q <= lea.roux@orange.fr H=mx1 S=812 id=E1tXyZa@relay.fr",
            "lea.roux@orange.fr",
        ),
    ],
)
def test_real_addresses_next_to_them_stay(text: str, value: str) -> None:
    assert found(text, "email") == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("  4 APE ANNA.LINDQVIST//GMAIL.COM\n", "ANNA.LINDQVIST//GMAIL.COM"),
        ("APE-J.OKONKWO//YAHOO.CO.UK", "J.OKONKWO//YAHOO.CO.UK"),
        ("CTCE KOWALCZYK..EWA//WP.PL", "KOWALCZYK..EWA//WP.PL"),
        ("5 APE NGUYENVANAN1988//OUTLOOK.COM.VN", "NGUYENVANAN1988//OUTLOOK.COM.VN"),
        ("3 APE MOHAMMED.ALI7//HOTMAIL.COM 4 AP DXB +97150", "MOHAMMED.ALI7//HOTMAIL.COM"),
    ],
)
def test_gds_addresses(text: str, value: str) -> None:
    assert found(text, "email") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "see https://WWW.EXAMPLE.COM/PATH",
        "copy C://TEMP.DIR and IN//OUT.TXT",
        "route FRA//LHR.LON",
        "path a//b.example.com",
        "SSR DOCS YY HK1 P/GB/123/GB/01JAN80/F/01JAN30/SMITH/ANNA",
    ],
)
def test_gds_shape_needs_capitals_and_a_domain(text: str) -> None:
    assert found(text, "email") == []
    assert gds_email_spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "UNH+1+INVOIC:D:96A:UN'\nCTA+OC+:WAFA AL-JADAWI'\nCOM+aljadawi.wafa@gmail.com:EM'\nCUX+2",
        "NAD+BY+++ANA RUIZ'CTA+OC'COM+aljadawi.wafa@gmail.com:EM'CUX+2:LYD:4'",
    ],
)
def test_edifact_com_segment_gives_the_address_without_its_tag(text: str) -> None:
    # "COM+<address>:EM": the tag and the "+" separator are EDIFACT's, not a sub-address.
    assert found(text, "email") == ["aljadawi.wafa@gmail.com"]


@pytest.mark.parametrize(
    "text, address",
    [
        ("write to ABC+news@example.org today", "ABC+news@example.org"),  # a real sub-address
        ("COM+ana@mail.ly and more", "COM+ana@mail.ly"),  # no channel qualifier after it
        ("o'brien@mail.ie:EM", "o'brien@mail.ie"),  # an apostrophe in a local part
    ],
)
def test_a_plus_or_apostrophe_outside_edifact_stays_in_the_address(text: str, address: str) -> None:
    assert found(text, "email") == [address]
