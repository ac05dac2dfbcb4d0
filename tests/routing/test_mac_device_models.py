"""Bare 12-hex MACs after an equipment word and a make and model, or before a router's
filter (session 10). Every value is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=False)


def macs(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "mac"]


@pytest.mark.parametrize(
    ("text", "mac"),
    [
        ("장비: Hanwha XNV8080 / 00162C4A7B9E", "00162C4A7B9E"),
        ("Equipo: Zebra ZD421 / 00074d8e1f2a", "00074d8e1f2a"),
        ("Kamera: Axis P1455 / 00408cd1e2f3", "00408cd1e2f3"),
        ("Lecteur : HID Signo 20 / 0006b3a4c5d6", "0006b3a4c5d6"),
        ("Router: Keenetic Giga / 5c4b3a2d1e0f", "5c4b3a2d1e0f"),
        ("Camera: Reolink RLC 810A / ec71db2a3b4c", "ec71db2a3b4c"),
        ("j'ai ajouté b8d7af12c3e4 au filtre", "b8d7af12c3e4"),
        ("he añadido 7c2e0d9a1b3f al filtro del router", "7c2e0d9a1b3f"),
    ],
)
def test_mac_after_equipment_and_model(text: str, mac: str) -> None:
    assert macs(text) == [mac]


@pytest.mark.parametrize(
    "text",
    [
        "device id: 3f2a9b1c4d5e",
        "commit 3cdb9d09d17f fixed the build",
        "Drucker: Brother L2350 / serial 4a5b6c7d8e9f",
        "Kamera: Axis P1455 / 004081234567",
        "Equipo: Dell / token 9f8e7d6c5b4a",
        "build 7e1f2a3b4c5d released",
    ],
)
def test_ids_serials_and_hashes_stay_no_mac(text: str) -> None:
    assert macs(text) == []
