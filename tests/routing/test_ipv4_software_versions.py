"""Dotted quads named a version by a software header, a build/SDK word or a calibration
word are no IPv4 addresses (issue 12, session 9). Every example is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def ips(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "ipv4"]


@pytest.mark.parametrize(
    "text",
    [
        "From: a@b.de\nX-Mailer: Thunderbird 17.3.21.9\nSubject: Re: Rechnung",
        "X-Mailer: Microsoft Outlook 16.0.17328.20",
        "User-Agent: Evolution 3.44.1.2\nTo: someone",
        "X-Powered-By: PHP 8.2.12.1",
        "-- MariaDB dump 10.19  Distrib 10.11.6.3, for Linux",
        "Requires min SDK 9.12.27.16 or later",
        "target SDK: 14.2.0.7",
        "sensor 7 offset=0.12 calib 23.11.8.4",
        "Kalibrierung 12.10.3.1 bestanden",
        "étalonnage : 18.4.22.9",
        "калибровка 5.17.24.2",
    ],
)
def test_versions_are_no_addresses(text: str) -> None:
    assert ips(text) == []


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("X-Originating-IP: [81.12.201.7]\nX-Mailer: Thunderbird 17.3.21.9", "81.12.201.7"),
        ("Received: from mail (83.14.22.9)\nUser-Agent: Mutt", "83.14.22.9"),
        ("server: 81.12.201.7", "81.12.201.7"),
        ("client 90.43.12.8 calibrated the sensor", "90.43.12.8"),
        ("login from 101.33.9.44 after the SDK update", "101.33.9.44"),
    ],
)
def test_addresses_near_such_words_are_kept(text: str, ip: str) -> None:
    assert ips(text) == [ip]
