"""Dotted quads named as firmware or software versions in many languages, by XML elements
and keys, or written as dotted eight-digit phone numbers after a phone cue; and addresses
that stay addresses (issue 12). Every example is made up for this file."""

# Text in many scripts is what this file is about.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._ipv4_context import dotted_phone, version_context

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)
SMALLEST = PiiScanner(ner=False, use_phonenumbers=False)


def found(
    text: str, locale: str | None = None, scanner: PiiScanner = SCANNER
) -> list[tuple[str, str]]:
    return [(f.kind.value, f.value(text)) for f in scanner.scan(text, locale=locale)]


@pytest.mark.parametrize(
    "text",
    [
        "<device>\n  <fw>3.1.44.2</fw>\n</device>",
        "<firmwareVersion>2.8.1.4</firmwareVersion>",
        '"fwVersion": "2.8.1.4"',
        "build_number=4.12.0.77",
        "Прошивка 1.4.22.3 обновлена вчера",
        "Mise à jour 2.0.17.5 installée hier",
        "Päivitys 5.2.11.1 asennettu.",
        "Fastvaren 7.14.0.2 er installert.",
        "Laiteohjelmisto 4.6.13.2 toimii",
        "Η ενημέρωση 3.3.14.2 ολοκληρώθηκε",
        "קושחה 2.2.10.9 הותקנה",
        "Güncelleme 6.1.0.12 yüklendi",
        "Firmware-Aktualisierung auf 8.0.3.1 abgeschlossen",
        "phiên bản 2.0.1.45, cập nhật 3.1.2.4",
        "ファームウェア 1.0.22.7 に更新",
        "version 4.3.2.1 installed",
        "2.7.11.3 installiert",
    ],
)
def test_versions_are_no_addresses(text: str) -> None:
    assert [k for k, _ in found(text)] == []
    assert [k for k, _ in found(text, scanner=SMALLEST)] == []


@pytest.mark.parametrize(
    "text",
    [
        "host 10.0.4.12 down; router at 192.168.1.20",
        "system 10.1.1.1 unreachable",
        "login from 203.0.113.54 failed",
        "<ip>198.51.100.7</ip>",
        "client_ip=198.51.100.23 status=200",
        "server 41.72.36.18 svarer ikke",  # two-digit groups, no phone cue
        "Ping 10.20.30.40 ok",
        "SERVER=188.220.48.46\nPORT=443",  # "ver" inside a longer key names no version
        '  server: "94.119.231.174",',
        "DRIVER=10.1.2.3",
    ],
)
def test_addresses_stay_addresses(text: str) -> None:
    assert "ipv4" in [k for k, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("Ring på: 41.72.36.18 hvis ingen åbner", "da_DK", "41.72.36.18"),
        ("Mobil: 93.41.27.65", "nb_NO", "93.41.27.65"),
        ("Tlf. 22.33.44.55", "da_DK", "22.33.44.55"),
    ],
)
def test_dotted_phones_after_a_phone_cue(text: str, locale: str, value: str) -> None:
    assert found(text, locale) == [("phone", value)]


def test_helpers_on_plain_spans() -> None:
    text = "Mobil: 93.41.27.65 / fw 1.2.3.4"
    assert dotted_phone(text, 7, 18)
    assert not dotted_phone(text, 24, 31)  # not four two-digit groups
    assert version_context(text, 24, 31)
    assert not version_context("host 10.0.0.1 up", 5, 13)


def test_bad_spans_give_no_answer_not_an_error() -> None:
    # spans past the text or empty are never asked by the detector; they read as "no"
    assert not dotted_phone("short", 0, 99)
    assert not version_context("", 0, 0)
